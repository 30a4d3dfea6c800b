#!/usr/bin/env bash
# The January 2026 Vienna session of the Ad Hoc Committee on Cybercrime: accreditation-only (accreditation
# was not reopened), registration from 1 December 2025 to 22 January 2026, 6 p.m. Vienna time, one delegate
# per organisation, late registrations accepted and marked late; delegates of four accredited organisations.
set -euo pipefail
api=$REGISTRATION_URL
curl -fs "$REGISTRATION_READY" >/dev/null || { echo "  registration-service is not running: skipped"; exit 0; }
secretariat=$("$PLENARY" token secretariat)
title="Ad Hoc Committee on Cybercrime, Vienna, 26-30 January 2026"

session=$(curl -fsS "$api/sessions?bodyId=ahc-cybercrime&size=100" | jq -r --arg t "$title" '.items[] | select(.title == $t) | .sessionId' | head -n 1)
if [ -z "$session" ]; then
  session=$(curl -fsS -X POST "$api/sessions" -H "Authorization: Bearer $secretariat" -H 'Content-Type: application/json' -d @- <<JSON | jq -r .sessionId
{"bodyId": "ahc-cybercrime", "title": "$title", "venue": "Vienna International Centre", "timeZone": "Europe/Vienna",
 "startDate": "2026-01-26", "endDate": "2026-01-30",
 "registrationOpensAt": "2025-12-01", "registrationDeadline": "2026-01-22T18:00",
 "participation": "ACCREDITATION_ONLY", "accreditationCutoff": "2026-01-22T18:00",
 "delegateQuota": 1, "latePolicy": "ACCEPT_LATE", "confirmationRequired": true, "nominationLetterRequired": false,
 "meetingParts": [{"name": "Plenary", "stakeholdersMayAttend": true},
                  {"name": "Informal consultations", "stakeholdersMayAttend": false}],
 "sideEventProposalDeadline": "2026-01-12T18:00", "submissionDeadline": "2026-01-19", "submissionWordLimit": 2000}
JSON
)
  echo "  session $session created: $title"
else
  echo "  session $session exists"
fi

register() { # organisation name function [joinWaitingList]
  local token
  token=$("$PLENARY" token organisation "$1")
  curl -fsS -X POST "$api/sessions/$session/registrations" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d "$(jq -n --arg name "$2" --arg email "$(tr 'A-Z ' 'a-z.' <<<"$2")@$1.example" --arg fn "$3" \
      --argjson wl "${4:-false}" '{delegate: {name: $name, email: $email, function: $fn, headOfDelegation: true}, joinWaitingList: $wl}')"
}

while IFS='|' read -r org name function; do
  token=$("$PLENARY" token organisation "$org")
  if [ "$(curl -fsS -H "Authorization: Bearer $token" "$api/registrations?sessionId=$session" | jq -r .total)" != 0 ]; then
    echo "  $org: already registered"
    continue
  fi
  for _ in $(seq 1 60); do
    [ "$(curl -fsS -H "Authorization: Bearer $token" "$api/sessions/$session/eligibility" | jq -r .eligible)" = true ] && break
    sleep 1
  done
  id=$(register "$org" "$name" "$function" | jq -r .id)
  curl -fsS -X POST "$api/registrations/$id/confirmation" -H "Authorization: Bearer $secretariat" >/dev/null
  echo "  $org: $name registered and confirmed"
done <<'DELEGATES'
hrw|Deborah Brown|Senior researcher, technology and human rights
access-now|Raman Jit Singh Chima|Global cybersecurity lead
article19|Katitza Rodriguez|Policy director, global privacy
privacy-international|Tomaso Falchetta|Head of advocacy
DELEGATES

hrw=$("$PLENARY" token organisation hrw)
if [ "$(curl -fsS -H "Authorization: Bearer $hrw" "$api/registrations?sessionId=$session" | jq -r .total)" -lt 2 ]; then
  register hrw "Second Delegate" "Researcher" true | jq -r '"  hrw: a second delegate is " + .status + " (quota of one)"'
fi

#!/usr/bin/env bash
# Side events at the January 2026 Vienna session of the Ad Hoc Committee on Cybercrime: two rooms, the lunch-time
# slots, and side events by Human Rights Watch and Access Now on the Convention against Cybercrime and its human
# rights safeguards, approved into rooms and slots. Builds on the registration demo data, which confirms the
# registrations of hrw and access-now. Safe to run twice.
set -euo pipefail
api=$SIDEEVENT_URL
reg=$REGISTRATION_URL
curl -fs "$SIDEEVENT_READY" >/dev/null || { echo "  side-event-service is not running: skipped"; exit 0; }
curl -fs "$REGISTRATION_READY" >/dev/null || { echo "  registration-service is not running: skipped"; exit 0; }
secretariat=$("$PLENARY" token secretariat)

get() { # token path
  curl -fsS -H "Authorization: Bearer $1" "$api$2"
}
send() { # method token path json
  curl -fsS -X "$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$4" "$api$3"
}
# Polls (at most 90 s) until the command succeeds; the side-event service learns sessions and registrations
# from the registration service's events, a moment after they happen.
await() { # description command...
  local what=$1 i
  shift
  for i in $(seq 1 90); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "  the side-event service does not know $what after 90 s: side-event demo data skipped" >&2
  exit 0
}

# The Vienna session, as the registration service lists it.
session=$(curl -fsS -H "Authorization: Bearer $secretariat" "$reg/sessions?bodyId=ahc-cybercrime" | jq -r '
  (if type == "array" then . else .items end)
  | (map(select((.startDate // "") == "2026-01-26" or ((.venue // "") | test("Vienna")))) + .)
  | .[0] | (.id // .sessionId // empty)')
if [ -z "$session" ]; then
  echo "  no session of ahc-cybercrime at the registration service: skipped"
  exit 0
fi
await "session $session" get "$secretariat" "/sessions/$session"
eligible() { get "$secretariat" "/sessions/$session/eligibility/$1" | jq -e '.eligible' >/dev/null; }
await "hrw's confirmed registration" eligible hrw
await "access-now's confirmed registration" eligible access-now
echo "  session $session known, with the confirmed registrations of hrw and access-now"

# Rooms of the Vienna International Centre.
room_id() { get "$secretariat" "/sessions/$session/rooms" | jq -r --arg name "$1" '.[] | select(.name == $name) | .id'; }
ensure_room() { # name capacity equipment-json
  if [ -n "$(room_id "$1")" ]; then
    echo "  room $1: already there"
    return
  fi
  send POST "$secretariat" "/sessions/$session/rooms" "$(jq -n --arg name "$1" --argjson capacity "$2" \
    --argjson equipment "$3" '{name: $name, capacity: $capacity, equipment: $equipment}')" >/dev/null
  echo "  room $1 ($2 seats) added"
}
ensure_room "Conference Room M3" 80 '["projector","microphones","interpretation booths","hybrid meeting kit"]'
ensure_room "Boardroom B" 30 '["screen","microphones"]'
m3=$(room_id "Conference Room M3")
boardroom=$(room_id "Boardroom B")

# The 50-minute lunch-time slots of every day of the session (13:15 in Vienna).
slots=$(send POST "$secretariat" "/sessions/$session/slots/standard" '{"periods":["LUNCH"]}')
echo "  lunch-time slots: $(jq length <<<"$slots")"
slot_on() { jq -r --arg day "$1" '.[] | select(.venueDate == $day and .label == "LUNCH") | .id' <<<"$slots"; }
tuesday=$(slot_on 2026-01-27)
wednesday=$(slot_on 2026-01-28)

# organisation | room | slot | format | expected attendance | co-organisers | title | description
while IFS='|' read -r org room slot format attendance coorganisers title description; do
  [ -n "$org" ] || continue
  token=$("$PLENARY" token organisation "$org")
  existing=$(get "$token" "/proposals?sessionId=$session&size=100" |
    jq -r --arg title "$title" '.items[] | select(.title == $title and .status != "WITHDRAWN") | .id' | head -n 1)
  if [ -z "$existing" ]; then
    existing=$(send POST "$token" "/sessions/$session/proposals" "$(jq -n --arg title "$title" \
      --arg description "$description" --arg format "$format" --argjson attendance "$attendance" \
      --argjson co "$coorganisers" --arg slot "$slot" \
      '{title: $title, description: $description, format: $format, expectedAttendance: $attendance,
        coOrganisers: $co, preferredSlotIds: [$slot]}')" | jq -r .id)
    echo "  $org proposed \"$title\""
  fi
  status=$(get "$secretariat" "/proposals/$existing" | jq -r .status)
  if [ "$status" = PENDING ]; then
    send POST "$secretariat" "/proposals/$existing/approval" \
      "$(jq -n --arg room "$room" --arg slot "$slot" '{roomId: $room, slotId: $slot}')" >/dev/null
    status=APPROVED
  fi
  echo "  $org: \"$title\" $status"
done <<EVENTS
hrw|$m3|$tuesday|HYBRID|70|{"organisations":["access-now"],"memberStates":[]}|The Convention against Cybercrime: human rights safeguards in practice|How States implementing the UN Convention against Cybercrime can apply its Article 6 and Article 24 safeguards (judicial oversight, proportionality, limits on surveillance) so that its powers are not used against journalists, human rights defenders and security researchers.
access-now|$boardroom|$wednesday|IN_PERSON|25|{"organisations":[],"memberStates":[]}|Cross-border data access and encryption: conditions for international cooperation|Civil society and technical experts on the conditions and safeguards that should govern requests for electronic evidence and real-time collection under the Convention, and why strong encryption must stay outside its scope.
EVENTS

echo "  programme: $api/sessions/$session/programme (iCalendar: $api/sessions/$session/programme.ics)"

#!/usr/bin/env bash
# Accreditation to the Ad Hoc Committee on Cybercrime: organisations from one public joint statement on the
# Convention, some through the ECOSOC fast track, some in the non-objection period, one objected to.
set -euo pipefail
api=$ACCREDITATION_URL
curl -fs "$ACCREDITATION_READY" >/dev/null || { echo "  accreditation-service is not running: skipped"; exit 0; }
secretariat=$("$PLENARY" token secretariat)
body=ahc-cybercrime

post() { # token path [json]
  curl -fsS -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "${3:-{\}}" "$api$2"
}

if ! curl -fs "$api/bodies/$body" >/dev/null; then
  post "$secretariat" /bodies '{"id":"ahc-cybercrime","name":"Ad Hoc Committee on Cybercrime (preparing the Conference of the States Parties to the UN Convention against Cybercrime)","nonObjectionDays":30,"ecosocFastTrack":"ON_CONFIRMATION","objectionDisclosure":"REASON_ONLY"}' >/dev/null
  echo "  body $body defined"
fi
# The list of organisations in consultative status with ECOSOC that the fast track relies on, in the shape of
# UN DESA's published list (name, status, year granted, website). A small list for the demo, not the real one:
# the years are illustrative. Imported on every run (each import replaces the list).
curl -fsS -X PUT -H "Authorization: Bearer $secretariat" -H 'Content-Type: text/csv; charset=UTF-8' \
  "$api/ecosoc-list?listDate=2025-09-01" --data-binary @- >/dev/null <<'ECOSOC'
name,status,year,website
Human Rights Watch,special,1993,https://www.hrw.org
Access Now,special,2016,https://www.accessnow.org
ARTICLE 19,special,1991,https://www.article19.org
Privacy International,special,2016,https://privacyinternational.org
Association for Progressive Communications,general,1995,https://www.apc.org
International Press Institute,special,1993,https://ipi.media
Open Net Korea,special,2019,https://opennet.or.kr
ECOSOC
echo "  ECOSOC list imported (demo list of 2025-09-01)"

# The demo states follow the committee: their focal points' list shows its applications open to objection.
for state in AT FR XA; do
  curl -fsS -X PUT -H "Authorization: Bearer $("$PLENARY" token state "$state")" -H 'Content-Type: application/json' \
    -d "{\"bodyIds\":[\"$body\"]}" "$api/states/me/followed-bodies" >/dev/null
done
echo "  states AT, FR and XA follow $body"

loaded=$(curl -fsS -H "Authorization: Bearer $secretariat" "$api/applications?bodyId=$body&size=1" | jq -r .total)
if [ "$loaded" -ge 10 ]; then
  echo "  accreditation demo data already loaded ($loaded applications)"
  exit 0
fi
curl -fsS -X POST -H "Authorization: Bearer $secretariat" "$api/bodies/$body/accreditation/reopen" >/dev/null

# id | name | acronym | country | type | website | ECOSOC status | what happens
while IFS='|' read -r id name acronym country type website ecosoc fate; do
  [ -n "$id" ] || continue
  token=$("$PLENARY" token organisation "$id")
  existing=$(curl -fsS -H "Authorization: Bearer $token" "$api/applications?bodyId=$body" | jq -r '.total')
  if [ "$existing" != 0 ]; then
    echo "  $name: already applied"
    continue
  fi
  ecosoc_json=null
  [ -n "$ecosoc" ] && ecosoc_json="\"$ecosoc\""
  application=$(post "$token" /applications "$(jq -n --arg body "$body" --arg name "$name" --arg acronym "$acronym" \
    --arg country "$country" --arg type "$type" --arg website "$website" --argjson ecosoc "$ecosoc_json" --arg id "$id" \
    '{bodyId: $body, organisation: {name: $name, acronym: $acronym, country: $country, type: $type, website: $website,
      contactEmail: ("focal-point@" + $id + ".example"), ecosocStatus: $ecosoc,
      description: "Co-signatory of a joint civil-society statement on the UN Convention against Cybercrime."}}')")
  app=$(jq -r .id <<<"$application")
  case "$fate" in
    fast-track) post "$secretariat" "/applications/$app/ecosoc-confirmation" >/dev/null ;;
    non-objection) post "$secretariat" "/applications/$app/clearance" >/dev/null ;;
    objected)
      post "$secretariat" "/applications/$app/clearance" >/dev/null
      post "$("$PLENARY" token state XA)" "/applications/$app/objections" \
        '{"reason":"The organisation'"'"'s activities fall outside the scope of the Convention."}' >/dev/null ;;
    information)
      post "$secretariat" "/applications/$app/information-request" \
        '{"reason":"Please send your statutes and your latest annual report."}' >/dev/null ;;
    review) ;;
  esac
  echo "  $name: applied ($fate)"
done <<'ORGS'
hrw|Human Rights Watch|HRW|US|NGO|https://www.hrw.org|SPECIAL|fast-track
access-now|Access Now||US|NGO|https://www.accessnow.org|SPECIAL|fast-track
article19|ARTICLE 19||GB|NGO|https://www.article19.org|SPECIAL|fast-track
privacy-international|Privacy International|PI|GB|NGO|https://privacyinternational.org|SPECIAL|fast-track
apc|Association for Progressive Communications|APC|ZA|NGO|https://www.apc.org|GENERAL|fast-track
ipi|International Press Institute|IPI|AT|NGO|https://ipi.media|SPECIAL|fast-track
eff|Electronic Frontier Foundation|EFF|US|NGO|https://www.eff.org||non-objection
epicenter-works|epicenter.works||AT|NGO|https://epicenter.works||objected
kictanet|Kenya ICT Action Network|KICTANet|KE|NGO|https://www.kictanet.or.ke||review
tedic|TEDIC||PY|NGO|https://www.tedic.org||information
ORGS

# The January 2026 session did not reopen accreditation.
curl -fsS -X POST -H "Authorization: Bearer $secretariat" "$api/bodies/$body/accreditation/close" >/dev/null
echo "  accreditation to $body closed (not reopened for the January 2026 session)"

#!/usr/bin/env bash
# A written submission by ARTICLE 19 to the January 2026 Vienna session (in English, on Rule 17), published by
# the secretariat. Safe to run twice.
set -euo pipefail
api=$SUBMISSION_URL
curl -fs "$SUBMISSION_READY" >/dev/null || { echo "  submission-service is not running: skipped"; exit 0; }
secretariat=$("$PLENARY" token secretariat)
article19=$("$PLENARY" token organisation article19)
session=$(curl -fsS "$REGISTRATION_URL/sessions?bodyId=ahc-cybercrime&size=100" | jq -r '.items[] | select(.title | contains("Vienna")) | .sessionId' | head -n 1)
[ -n "$session" ] || { echo "  no Vienna session: skipped"; exit 0; }

if [ "$(curl -fsS -H "Authorization: Bearer $article19" "$api/submissions?sessionId=$session" | jq -r .total)" != 0 ]; then
  echo "  article19: submission already filed"
  exit 0
fi

# A small, valid one-page PDF, written by hand: its xref offsets are computed as it is built.
pdf=$(mktemp --suffix=.pdf)
trap 'rm -f "$pdf"' EXIT
text="ARTICLE 19 on Rule 17: observers should take part in the Conference as they did in the negotiations."
objects=(
  "<< /Type /Catalog /Pages 2 0 R >>"
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
  "STREAM"
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
)
stream="BT /F1 11 Tf 50 780 Td ($text) Tj ET"
body="%PDF-1.4"$'\n'
offsets=()
for i in "${!objects[@]}"; do
  offsets+=("${#body}")
  if [ "${objects[$i]}" = STREAM ]; then
    body+="$((i + 1)) 0 obj"$'\n'"<< /Length ${#stream} >>"$'\n'"stream"$'\n'"$stream"$'\n'"endstream"$'\n'"endobj"$'\n'
  else
    body+="$((i + 1)) 0 obj"$'\n'"${objects[$i]}"$'\n'"endobj"$'\n'
  fi
done
xref=${#body}
body+="xref"$'\n'"0 $(( ${#objects[@]} + 1 ))"$'\n'"0000000000 65535 f "$'\n'
for offset in "${offsets[@]}"; do
  body+="$(printf '%010d 00000 n ' "$offset")"$'\n'
done
body+="trailer"$'\n'"<< /Size $(( ${#objects[@]} + 1 )) /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n'"%%EOF"$'\n'
printf '%s' "$body" >"$pdf"

for _ in $(seq 1 60); do
  answer=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $article19" \
    -F "title=Rule 17: participation of non-governmental organisations" \
    -F "agendaItem=Rules of procedure of the Conference of the States Parties" \
    -F "language=en" -F "file=@$pdf;type=application/pdf;filename=article19-rule-17.pdf" \
    "$api/sessions/$session/submissions")
  [ "$answer" = 201 ] && break
  sleep 1
done
[ "$answer" = 201 ] || { echo "  article19: submission refused ($answer): skipped"; exit 0; }
id=$(curl -fsS -H "Authorization: Bearer $article19" "$api/submissions?sessionId=$session" | jq -r '.items[0].id')
curl -fsS -X POST -H "Authorization: Bearer $secretariat" "$api/submissions/$id/publication" >/dev/null
echo "  article19: written submission $id filed and published ($api/submissions/published/$id/file)"

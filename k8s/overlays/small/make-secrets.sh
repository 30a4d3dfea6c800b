#!/usr/bin/env bash
# Creates the files the small overlay turns into Secrets (secrets/, ignored by git), once: a random password
# per database login (the services' and Keycloak's). Tokens are Keycloak's: no key to make.
# Existing files are kept: delete one to make it again.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=$HERE/secrets
mkdir -p "$OUT"
chmod 700 "$OUT"
for login in accreditation registration sideevent submission notification keycloak; do
  file=$OUT/$login-db.password
  if [ ! -s "$file" ]; then
    (umask 077 && openssl rand -hex 24 | tr -d '\n' >"$file")
    echo "made $file"
  fi
done
# The key that signs the notification service's unsubscribe links.
file=$OUT/notification-unsubscribe.secret
if [ ! -s "$file" ]; then
  (umask 077 && openssl rand -hex 32 | tr -d '\n' >"$file")
  echo "made $file"
fi

#!/usr/bin/env bash
# Creates the files the small overlay turns into Secrets (secrets/, ignored by git), once: a random password
# per database login, and the public key that verifies the services' tokens. The key is the local run's
# (deploy/local/.run/jwt, so `deploy/local/plenary token ...` mints tokens the cluster accepts) when it exists;
# otherwise a new key pair is made here (secrets/jwt-private.pem signs, secrets/jwt-public.pem verifies).
# Existing files are kept: delete one to make it again.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
OUT=$HERE/secrets
mkdir -p "$OUT"
chmod 700 "$OUT"
for login in accreditation registration sideevent submission; do
  file=$OUT/$login-db.password
  if [ ! -s "$file" ]; then
    (umask 077 && openssl rand -hex 24 | tr -d '\n' >"$file")
    echo "made $file"
  fi
done
if [ ! -s "$OUT/jwt-public.pem" ]; then
  if [ -s "$ROOT/deploy/local/.run/jwt/public.pem" ]; then
    cp "$ROOT/deploy/local/.run/jwt/public.pem" "$OUT/jwt-public.pem"
    echo "copied the local run's token key to $OUT/jwt-public.pem"
  else
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/jwt-private.pem" 2>/dev/null)
    openssl pkey -in "$OUT/jwt-private.pem" -pubout -out "$OUT/jwt-public.pem"
    echo "made a token key pair in $OUT (jwt-private.pem signs, jwt-public.pem verifies)"
  fi
fi

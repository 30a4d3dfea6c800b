#!/usr/bin/env bash
# Creates the files the small overlay turns into Secrets (secrets/, ignored by git), once: a random password
# per database login (the services' and Keycloak's), the unsubscribe links' key, and a place for the portal's client
# secret. Tokens are Keycloak's: no key to make.
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
# The secret of the portal's Keycloak client (plenary-portal). Keycloak makes it when it imports the realm (the
# realm import carries no secret), so it cannot be made here: until it is copied in, the portal's public pages work
# and signing in does not. Copy it once Keycloak runs (admin console: Clients -> plenary-portal -> Credentials; the
# operator's admin login is in the Secret plenary-keycloak-initial-admin), then apply the overlay again and restart
# the portal (kubectl rollout restart -n plenary deployment/portal).
file=$OUT/portal-oidc.secret
if [ ! -s "$file" ]; then
  (umask 077 && printf 'copy-the-secret-of-client-plenary-portal-from-keycloak' >"$file")
  echo "made $file: replace its content with the client secret of plenary-portal from Keycloak"
fi
# The same for the notification service's client (plenary-notification): until it is copied in, mail waits for the
# focal points to be known (kubectl rollout restart -n plenary deployment/notification-service after copying).
file=$OUT/notification-keycloak.secret
if [ ! -s "$file" ]; then
  (umask 077 && printf 'copy-the-secret-of-client-plenary-notification-from-keycloak' >"$file")
  echo "made $file: replace its content with the client secret of plenary-notification from Keycloak"
fi
# The Gateway's certificate, self-signed for the host names it serves (a browser warns once; production has
# cert-manager make a real one).
if [ ! -s "$OUT/plenary-tls.crt" ] || [ ! -s "$OUT/plenary-tls.key" ]; then
  names=plenary.example.org
  for host in accreditation registration side-events submissions notifications auth; do
    names="$names,$host.plenary.example.org"
  done
  (umask 077 && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 365 \
    -subj "/CN=plenary.example.org" -addext "subjectAltName=$(echo "DNS:$names" | sed 's/,/,DNS:/g')" \
    -keyout "$OUT/plenary-tls.key" -out "$OUT/plenary-tls.crt" 2>/dev/null)
  echo "made $OUT/plenary-tls.crt and .key (self-signed)"
fi

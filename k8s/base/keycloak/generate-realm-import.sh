#!/usr/bin/env bash
# Writes realm-import.yaml (beside this script): the KeycloakRealmImport of the realm plenary, made from the local
# realm deploy/keycloak/plenary-realm.json without what is local only: no users but the portal's service account
# (no password, only its realm-management roles), no demo organisations, no client plenary-cli (password grant), no
# client secret (Keycloak generates the portal's; read it in the admin console), no SMTP settings (the cluster's
# relay is set in the admin console, Realm settings -> Email).
# Run it after changing the local realm.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REALM=$(cd "$HERE/../../.." && pwd)/deploy/keycloak/plenary-realm.json
{
  echo "# Generated from deploy/keycloak/plenary-realm.json by k8s/base/keycloak/generate-realm-import.sh: do not"
  echo "# edit by hand. The realm's JSON is YAML too."
  cat <<'YAML'
apiVersion: k8s.keycloak.org/v2alpha1
kind: KeycloakRealmImport
metadata:
  name: plenary-realm
  labels:
    app.kubernetes.io/part-of: plenary
spec:
  keycloakCRName: plenary-keycloak
  realm:
YAML
  jq '.users |= map(select(.serviceAccountClientId != null) | del(.credentials))
      | del(.organizations, .smtpServer)
      | .clients |= map(select(.clientId != "plenary-cli") | del(.secret))' "$REALM" | sed 's/^/    /'
} >"$HERE/realm-import.yaml"

#!/usr/bin/env python3
"""Signs bearer tokens with the benchmark's own key (the services it starts verify them with its public half),
with the claims Keycloak's realm gives: issuer, audience plenary-api, upn, groups and, for an organisation's focal
point, organisation_id. Signed with openssl, so that nothing beyond Python's standard library is needed.

  tokens.py KEY.pem secretariat                 one token on stdout
  tokens.py KEY.pem organisations PREFIX FROM TO  "org token" lines, PREFIX-FROM .. PREFIX-TO (zero-padded)
"""
import base64, json, subprocess, sys, time

ISSUER = "http://localhost:8180/realms/plenary"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign(key: str, claims: dict) -> str:
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": "plenary-api", "iat": now, "exp": now + 3000, **claims}
    signing_input = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
    signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(),
                               capture_output=True, check=True).stdout
    return signing_input + "." + b64(signature)


def main():
    key, kind = sys.argv[1], sys.argv[2]
    if kind == "secretariat":
        print(sign(key, {"upn": "officer@secretariat.bench", "groups": ["secretariat"]}))
        return
    prefix, first, last = sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    for n in range(first, last + 1):
        organisation = f"{prefix}-{n:05d}"
        token = sign(key, {"upn": f"focal-point@{organisation}.bench", "groups": ["organisation"],
                           "organisation_id": organisation})
        print(organisation, token)


if __name__ == "__main__":
    main()

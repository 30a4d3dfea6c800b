#!/usr/bin/env python3
"""Accredits organisations by the ECOSOC fast track: each applies to the body with the name and website of its
entry on the imported list and is accredited at once (the body's fast track is AUTOMATIC).

  accredit.py load ACCREDITATION_URL BODY TOKENS_FILE [THREADS]
      every organisation of TOKENS_FILE ("org token" lines), THREADS at a time; exits non-zero on any failure
  accredit.py propagation ACCREDITATION_URL REGISTRATION_URL BODY SESSION TOKENS_FILE STOP_FILE OUT.json
      one organisation after the other, while the rush runs (until STOP_FILE exists): the time from the
      accreditation's answer until the registration service finds the organisation eligible for the session
      (its eligibility endpoint, asked every 2 ms)
"""
import http.client, json, os, sys, threading, time, urllib.parse


def connection(url):
    u = urllib.parse.urlparse(url)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=30)


def application(body, organisation):
    return json.dumps({"bodyId": body, "organisation": {
        "name": f"Organisation {organisation}", "acronym": organisation.upper()[:10], "country": "AT", "type": "NGO",
        "website": f"https://{organisation}.bench", "contactEmail": f"focal-point@{organisation}.bench",
        "ecosocStatus": "SPECIAL", "description": "An organisation of the deadline-rush benchmark."}})


def apply(conn, body, organisation, token):
    conn.request("POST", "/applications", application(body, organisation),
                 {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    answer = conn.getresponse()
    data = answer.read()
    if answer.status != 201 or json.loads(data).get("status") != "ACCREDITED":
        raise RuntimeError(f"{organisation}: {answer.status} {data[:300]!r}")


def load(url, body, tokens_file, threads=8):
    pairs = [line.split() for line in open(tokens_file)]
    failures, done = [], [0]
    lock = threading.Lock()

    def work(part):
        conn = connection(url)
        for organisation, token in part:
            try:
                apply(conn, body, organisation, token)
            except Exception as e:  # noqa: BLE001 - reported below
                failures.append(str(e))
                conn = connection(url)
            with lock:
                done[0] += 1
                if done[0] % 500 == 0:
                    print(f"[rush] {done[0]} of {len(pairs)} organisations accredited", flush=True)

    workers = [threading.Thread(target=work, args=(pairs[i::threads],)) for i in range(threads)]
    [w.start() for w in workers]
    [w.join() for w in workers]
    if failures:
        print(f"[rush] {len(failures)} accreditations failed, the first: {failures[0]}", file=sys.stderr)
        sys.exit(1)


def propagation(accreditation_url, registration_url, body, session, tokens_file, stop_file, out):
    pairs = [line.split() for line in open(tokens_file)]
    accreditations, registrations = connection(accreditation_url), connection(registration_url)
    samples = []
    for organisation, token in pairs:
        if os.path.exists(stop_file):
            break
        apply(accreditations, body, organisation, token)
        answered = time.monotonic()
        while True:
            registrations.request("GET", f"/sessions/{session}/eligibility",
                                  headers={"Authorization": "Bearer " + token})
            answer = registrations.getresponse()
            data = answer.read()
            if answer.status == 200 and json.loads(data).get("eligible"):
                break
            if time.monotonic() - answered > 60:
                raise RuntimeError(f"{organisation} not eligible a minute after its accreditation: {data[:300]!r}")
            time.sleep(0.002)
        samples.append((time.monotonic() - answered) * 1000)
    json.dump({"samplesMs": samples}, open(out, "w"))
    print(f"[rush] propagation: {len(samples)} organisations accredited during the rush", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "load":
        load(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 8)
    else:
        propagation(*sys.argv[2:9])

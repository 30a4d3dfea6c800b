#!/usr/bin/env python3
"""The rush's report: reads the run's figures (stdin, JSON), the requests wrk's script timed (WORK/latency-*.txt)
and the propagation samples, and writes OUT/rush.md (the table, with the targets), OUT/rush.json and
OUT/rush-latency.svg (each request's latency over the run, and the p50/p99 of each second).

  report.py WORK OUT < figures.json
"""
import glob, json, os, sys


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p / 100 * len(values) + 0.5)) - 1))]


def svg(samples, path):
    """Each request as a dot (seconds from the start, latency in ms, log scale), and each second's p50 and p99."""
    import math
    width, height, left, bottom = 900, 420, 60, 40
    t0 = min(s[0] for s in samples)
    duration = max((s[0] - t0) / 1000 for s in samples) or 1
    top = max(s[1] for s in samples)
    floor = max(0.1, min(s[1] for s in samples))
    lo, hi = math.log10(floor), math.log10(top * 1.2)
    x = lambda t: left + (width - left - 20) * t / duration
    y = lambda ms: height - bottom - (height - bottom - 20) * (math.log10(max(ms, floor)) - lo) / ((hi - lo) or 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
             f'font-size="11"><rect width="100%" height="100%" fill="white"/>',
             f'<text x="{left}" y="14">Registration latency over the rush (ms, log scale), {len(samples)} requests</text>']
    step = max(1, len(samples) // 4000)
    for t, ms, status in samples[::step]:
        colour = "#9ab" if status == 201 else "#d22"
        parts.append(f'<circle cx="{x((t - t0) / 1000):.1f}" cy="{y(ms):.1f}" r="1.2" fill="{colour}"/>')
    seconds = {}
    for t, ms, _ in samples:
        seconds.setdefault(int((t - t0) / 1000), []).append(ms)
    for p, colour in ((50, "#06c"), (99, "#c60")):
        points = " ".join(f"{x(s + 0.5):.1f},{y(percentile(v, p)):.1f}" for s, v in sorted(seconds.items()))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
    parts.append(f'<text x="{width - 170}" y="30" fill="#06c">p50 of each second</text>')
    parts.append(f'<text x="{width - 170}" y="44" fill="#c60">p99 of each second</text>')
    for decade in range(math.floor(lo), math.ceil(hi) + 1):
        for m in (1, 2, 5):
            v = m * 10 ** decade
            if floor <= v <= top * 1.2:
                parts.append(f'<line x1="{left}" x2="{width - 20}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#eee"/>'
                             f'<text x="{left - 5}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    for s in range(0, int(duration) + 1, max(1, int(duration) // 10)):
        parts.append(f'<text x="{x(s):.1f}" y="{height - bottom + 15}" text-anchor="middle">{s} s</text>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="20" y2="{height - bottom}" stroke="black"/>'
                 f'<line x1="{left}" x2="{width - 20}" y1="{height - bottom}" y2="{height - bottom}" stroke="black"/>')
    parts.append("</svg>")
    open(path, "w").write("\n".join(parts))


def main():
    work, out = sys.argv[1], sys.argv[2]
    run = json.load(sys.stdin)
    samples = []
    for f in glob.glob(os.path.join(work, "latency-*.txt")):
        for line in open(f):
            if line.strip():
                t, ms, status = line.split()
                samples.append((float(t), float(ms), int(status)))
    latencies = [s[1] for s in samples]
    accepted = sum(1 for s in samples if s[2] == 201)
    stored, stored_span_ms = (int(v) for v in run["stored"].split())
    wall = (max(s[0] + s[1] for s in samples) - min(s[0] for s in samples)) / 1000
    rate = len(samples) / wall
    latency = {f"p{p}": round(percentile(latencies, p), 1) for p in (50, 95, 99)}
    latency["max"] = round(max(latencies), 1)
    propagation = json.load(open(os.path.join(work, "propagation.json")))["samplesMs"]
    prop = {"organisations": len(propagation), "p50": round(percentile(propagation, 50), 1),
            "p99": round(percentile(propagation, 99), 1), "max": round(max(propagation or [0]), 1)}
    pg = run["pgbench"]
    relay = run["relay"]
    result = {**run, "requests": len(samples), "accepted": accepted, "errors": len(samples) - accepted,
              "storedRegistrations": stored, "perSecond": round(rate), "wallSeconds": round(wall, 2),
              "latencyMs": latency, "propagationMs": prop}
    del result["stored"]
    json.dump(result, open(os.path.join(out, "rush.json"), "w"), indent=2)
    svg(samples, os.path.join(out, "rush-latency.svg"))

    def ratio(a, b):
        return f"{100 * a / b:.0f} %" if b else "n/a"

    ok = lambda good: "met" if good else "**missed**"
    services = run["services"]
    rows = [
        ("registrations/s", f"{rate:,.0f}", "≥ 1,500", ok(rate >= 1500)),
        ("… as a share of pgbench (b), the minimal transaction", ratio(rate, pg["minimal"]), "≥ 50 %",
         ok(rate >= 0.5 * pg["minimal"])),
        ("… as a share of pgbench (a), a one-row insert", ratio(rate, pg["insert"]), "", ""),
        ("… as a share of pgbench (c), one session lock", ratio(rate, pg["sessionLock"]), "", ""),
        ("latency p50 / p95 / p99 / max, ms",
         f'{latency["p50"]} / {latency["p95"]} / {latency["p99"]} / {latency["max"]}', "p99 ≤ 50",
         ok(latency["p99"] <= 50)),
        ("errors (answers other than 201)", f"{len(samples) - accepted} of {len(samples)}", "0",
         ok(len(samples) == accepted)),
        ("registered events on Kafka (counted from the topic)", f'{run["kafkaEvents"]} of {run["registrations"]}',
         "all", ok(run["kafkaEvents"] >= run["registrations"])),
        ("… the last one, from the rush's start", f'{run["lastEventMs"] / 1000:.1f} s (rush {wall:.1f} s)', "", ""),
        ("event propagation p50 / p99 / max, ms",
         f'{prop["p50"]} / {prop["p99"]} / {prop["max"]} ({prop["organisations"]} organisations)', "p99 ≤ 100",
         ok(prop["p99"] <= 100)),
        ("relay, events/s", f'{relay["perSecond"]:,}', "", ""),
        (f'… against Kafka\'s ProducerPerformance ({relay["producerPerformance"]:,.0f}/s, acks=all, '
         f'{relay["recordBytes"]} B)', ratio(relay["perSecond"], relay["producerPerformance"]), "≥ 50 %",
         ok(relay["perSecond"] >= 0.5 * relay["producerPerformance"])),
        ("projection rebuild, events/s", f'{run["rebuild"]["perSecond"]:,} ({run["rebuild"]["records"]:,} events)',
         "≥ 20,000", ok(run["rebuild"]["perSecond"] >= 20000)),
    ]
    for name, s in services.items():
        rows.append((f"{name}: start-up (launch to ready) / RSS after the run",
                     f'{s["startupMs"] / 1000:.1f} s / {s["rssMb"]} MB', "≤ 2 s / ≤ 250 MB",
                     ok(s["startupMs"] <= 2000 and s["rssMb"] <= 250)))
    lines = [f'The deadline rush: {run["registrations"]:,} registrations of {run["organisations"]:,} organisations '
             f'into one session, {run["connections"]} connections (wrk with a Lua script), {run["machine"]}.', "",
             "| measure | figure | target | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines += ["", f'pgbench, {pg["clients"]} clients, transactions/s: (a) one-row insert {pg["insert"]:,.0f}; '
                  f'(b) the minimal registration transaction {pg["minimal"]:,.0f}; '
                  f'(c) the same rules under the session\'s row lock {pg["sessionLock"]:,.0f}. '
                  f'{stored:,} registrations stored, the first to the last in {stored_span_ms / 1000:.1f} s.']
    open(os.path.join(out, "rush.md"), "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

-- wrk: one signed-in page requested over and over (the session cookie comes after "--" on the command line:
-- wrk ... -s page.lua URL -- COOKIE). Prints, at the end, one line: requests, answers of status 400 or more, socket
-- errors, latency p50, p95 and p99 in milliseconds, and bytes per answer.
local cookie

init = function(args)
  cookie = args[1]
end

request = function()
  return wrk.format("GET", nil, { ["Cookie"] = cookie })
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("result %d %d %d %.1f %.1f %.1f %d\n",
    summary.requests, summary.errors.status, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0))
end

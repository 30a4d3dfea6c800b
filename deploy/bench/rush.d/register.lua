-- The deadline rush, for wrk: each of wrk's threads holds one connection and posts its share of the registrations,
-- one after the other; organisation n (of ORGANISATIONS) registers delegates 0, 1, 2... until every thread has
-- posted its share. Each thread times its own requests (CLOCK_MONOTONIC, through LuaJIT's FFI) and writes them to
-- OUT/latency-<thread>.txt as "start_ms latency_ms status" lines, for the percentiles and the plot, once it has
-- posted its share, and stops. (wrk itself waits out its -d window: the benchmark interrupts it once every thread
-- has written its file.)
--   wrk -t64 -c64 -d600s -s register.lua URL   (environment: SESSION, TOKENS, TOTAL, THREADS, OUT)
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec;
  int clock_gettime(int clk_id, timespec *tp);
]]
local ts = ffi.new("timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  session = os.getenv("SESSION")
  total = tonumber(os.getenv("TOTAL"))
  out = os.getenv("OUT")
  threads_count = tonumber(os.getenv("THREADS"))
  share = math.floor(total / threads_count) + ((id < total % threads_count) and 1 or 0)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    local organisation, token = line:match("^(%S+) (%S+)$")
    table.insert(tokens, { organisation = organisation, token = token })
  end
  done_count, errors = 0, 0
  samples = {}
  path = "/sessions/" .. session .. "/registrations"
end

function request()
  -- Registration number k of the run (0 .. TOTAL-1), the threads interleaved; counted from the answers received,
  -- so that a request wrk writes again (after a reconnection) is the same registration.
  local k = id + done_count * threads_count
  local organisation = tokens[(k % #tokens) + 1]
  local delegate = math.floor(k / #tokens)
  local body = string.format(
    '{"delegate":{"name":"Delegate %d of %s","email":"d%d@%s.bench","function":"Delegate","headOfDelegation":false},"joinWaitingList":false}',
    delegate, organisation.organisation, delegate, organisation.organisation)
  started = now_ms()
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. organisation.token,
    ["Content-Type"] = "application/json",
  }, body)
end

function response(status, headers, body)
  local t = now_ms()
  done_count = done_count + 1
  if status ~= 201 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("[rush] answer " .. status .. ": " .. body .. "\n") end
  end
  samples[#samples + 1] = string.format("%.3f %.3f %d", started, t - started, status)
  if done_count >= share then
    local f = io.open(out .. "/latency-" .. id .. ".txt", "w")
    f:write(table.concat(samples, "\n"), "\n")
    f:close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local errors = 0
  for _, t in ipairs(threads) do errors = errors + (t:get("errors") or 0) end
  io.write(string.format("[rush] wrk: %d requests in %.2f s, %d not 201, socket errors %d\n", summary.requests,
    summary.duration / 1e6, errors, summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout))
end

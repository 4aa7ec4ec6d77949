-- One wrk scenario, configured by environment: BENCH_METHOD, BENCH_BODY (file), BENCH_ACCEPT, BENCH_IF_NONE_MATCH,
-- BENCH_BALLOT_TOKENS (a fresh device token per request, so every ballot is a new participant).
local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY")
local accept = os.getenv("BENCH_ACCEPT")
local if_none_match = os.getenv("BENCH_IF_NONE_MATCH")
local ballot_tokens = os.getenv("BENCH_BALLOT_TOKENS") ~= nil

wrk.method = method
if body_file then
  local file = io.open(body_file, "r")
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end
if accept then wrk.headers["Accept"] = accept end
if if_none_match then wrk.headers["If-None-Match"] = if_none_match end

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local counter = 0
function request()
  if ballot_tokens then
    counter = counter + 1
    wrk.headers["X-Ballot-Token"] = string.format("bench-%d-%d-%d", os.time(), id, counter)
  end
  return wrk.format()
end

function done(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.2f %.2f\n", summary.requests, summary.errors.status,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

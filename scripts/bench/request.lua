-- One wrk scenario, configured by environment: BENCH_METHOD, BENCH_BODY (file), BENCH_ACCEPT, BENCH_IF_NONE_MATCH.
-- Ballots are sent without X-Ballot-Token (the server issues tokens and refuses made-up ones), so every ballot is a
-- new device.
local method = os.getenv("BENCH_METHOD") or "GET"
local body_file = os.getenv("BENCH_BODY")
local accept = os.getenv("BENCH_ACCEPT")
local if_none_match = os.getenv("BENCH_IF_NONE_MATCH")

wrk.method = method
if body_file then
  local file = io.open(body_file, "r")
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end
if accept then wrk.headers["Accept"] = accept end
if if_none_match then wrk.headers["If-None-Match"] = if_none_match end

function done(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.2f %.2f\n", summary.requests, summary.errors.status,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

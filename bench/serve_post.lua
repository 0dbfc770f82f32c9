-- SPDX-License-Identifier: MIT
-- wrk script of bench/serve_wrk.sh: POST the bundled county (SCHOOLS, default examples/data/jinchuan.csv) to
-- /v1/evaluate as text/csv; prints requests/s and the latency percentiles, and fails on any non-2xx answer.
local path = os.getenv("SCHOOLS") or "examples/data/jinchuan.csv"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/csv"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("requests: %d in %.2f s\n", summary.requests, seconds))
  io.write(string.format("requests/s: %.1f\n", summary.requests / seconds))
  io.write(string.format("latency p50: %.2f ms  p90: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("errors: %d (non-2xx %d)\n", bad, summary.errors.status))
  if bad > 0 or summary.requests == 0 then
    io.write("FAILED: some requests did not succeed\n")
    os.exit(1)
  end
end

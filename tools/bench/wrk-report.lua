-- wrk script: POSTs the body in $BENCH_BODY with $BENCH_HEADERS and prints one JSON line at the end.
local body_file = os.getenv("BENCH_BODY")
local f = assert(io.open(body_file, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
for pair in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^|]+") do
  local name, value = pair:match("^([^:]+):%s*(.*)$")
  if name then wrk.headers[name] = value end
end

local non2xx = 0
response = function(status)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

done = function(summary, latency)
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"errors":%d,"non2xx":%d,"latency_us":{"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    non2xx, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end

-- wrk reports p50 and p99 by itself; the benchmark wants p95 and the error count, on one line.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.2f p50=%.1f p95=%.1f errors=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000, errors))
end

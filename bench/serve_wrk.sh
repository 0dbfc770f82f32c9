#!/bin/sh
# SPDX-License-Identifier: MIT
# Bounded load test of `yjjh serve` with wrk (Debian wrk): POST /v1/evaluate with the bundled county as text/csv
# for a fixed time; prints requests per second and the p50/p90/p99 latency (bench/serve_post.lua).
#   bench/serve_wrk.sh            10 s, 2 wrk threads, 16 connections, a server with 4 worker threads
#   bench/serve_wrk.sh --smoke    2 s, 1 thread, 4 connections (the ctest serve_wrk_smoke)
# Environment: YJJH_CLI (default build/tools/yjjh), WRK (default wrk), SCHOOLS (default the bundled county),
# DURATION, CONNECTIONS, THREADS override the figures.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cli=${YJJH_CLI:-$root/build/tools/yjjh}
wrk=${WRK:-wrk}
export SCHOOLS="${SCHOOLS:-$root/examples/data/jinchuan.csv}"
if [ "${1:-}" = "--smoke" ]; then
  duration=${DURATION:-2s} connections=${CONNECTIONS:-4} threads=${THREADS:-1}
else
  duration=${DURATION:-10s} connections=${CONNECTIONS:-16} threads=${THREADS:-2}
fi
tmp=$(mktemp -d)
"$cli" serve --port 0 --threads 4 >"$tmp/out" 2>"$tmp/err" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
i=0
while ! grep -q '^listening on ' "$tmp/out"; do
  i=$((i + 1))
  if [ $i -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
    echo "serve_wrk: the server did not start:" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$tmp/out")
echo "yjjh serve at $url; wrk -t$threads -c$connections -d$duration, POST /v1/evaluate ($(basename "$SCHOOLS"))"
"$wrk" -t"$threads" -c"$connections" -d"$duration" --latency -s "$root/bench/serve_post.lua" "$url/v1/evaluate"

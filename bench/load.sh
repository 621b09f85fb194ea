#!/usr/bin/env bash
# Throughput and latency of the main read paths at saturation (wrk, 2 threads, 10 connections,
# 15 s after a 5 s warm-up), client and server on the same machine. Needs a built tree and wrk
# (apt-get install wrk). Usage: bench/load.sh   — prints the figures recorded in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
port=8232
work="$(mktemp -d /tmp/kb-load.XXXXXX)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
. bench/server.sh
kb_start "$work/data" content "$work/server.log" "$port"
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.5; done
base="http://127.0.0.1:$port"
for path in \
  "/api/v1/search?q=where%20is%20my%20refund&locale=en" \
  "/api/v1/search?q=%D0%BA%D0%B0%D0%BA%20%D0%B2%D0%B5%D1%80%D0%BD%D1%83%D1%82%D1%8C%20%D1%82%D0%BE%D0%B2%D0%B0%D1%80&locale=ru" \
  "/search.xhtml?q=refund" \
  "/articles/delivery-times" \
  "/" ; do
  wrk -t2 -c10 -d5s "$base$path" > /dev/null
  echo "== $path"
  wrk -t2 -c10 -d15s --latency "$base$path" | grep -E "Requests/sec|  50%|  99%|Non-2xx"
done
echo "RSS after load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"

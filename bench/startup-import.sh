#!/usr/bin/env bash
# Measures, on a built tree (./mvnw -Prun or ./mvnw package first):
#   1. time from `java -jar payara-micro` to the first 200 of the home page, and RSS after it,
#      with the shipped content/ on an empty database;
#   2. the import of N generated articles (default 1000) on an empty database, from the start-up log;
#   3. a restart over the same N unchanged files (the hash check skips them).
# Usage: bench/startup-import.sh [N]   — prints the figures recorded in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
port=8231
work="$(mktemp -d /tmp/kb-bench.XXXXXX)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

. bench/server.sh

start() { # $1 = data dir, $2 = content dir, $3 = log
  local t0; t0=$(date +%s%N)
  kb_start "$1" "$2" "$3" "$port"
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $3"; tail -30 "$3"; exit 1; }
    sleep 0.2
  done
  echo "first 200 after $(( ($(date +%s%N) - t0) / 1000000 )) ms; RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
  grep -o "startup step 'import content'.*" "$3" | head -1
}
stop() { kb_stop; }

echo "== shipped content/, empty database"
start "$work/data-shipped" content "$work/shipped.log"; stop

echo "== $n generated articles, empty database"
gen="$work/content"; mkdir -p "$gen/articles"; cp content/categories.yml "$gen/"
mapfile -t sources < <(find content/articles -name en.md | sort)
for i in $(seq 1 "$n"); do
  src="${sources[$(( i % ${#sources[@]} ))]}"
  dir="$gen/articles/bench-$(printf %04d "$i")"; mkdir -p "$dir"
  cp "$src" "$dir/en.md"
done
start "$work/data-gen" "$gen" "$work/gen.log"; stop
echo "== restart over the same $n unchanged files"
start "$work/data-gen" "$gen" "$work/gen2.log"; stop

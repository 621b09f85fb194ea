#!/usr/bin/env bash
# The gap report at scale: N logged searches (default 1,000,000) over 90 days in a fresh H2 site,
# the aggregation's time to read them, then the report's response times through REST.
# Usage: bench/gaps.sh [N]   (build first: ./mvnw -q install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
n=${1:-1000000}
data=$(mktemp -d /tmp/kb-gaps-XXXX)
port=8093
base=http://127.0.0.1:$port
ready() { for _ in $(seq 1 240); do curl -sf -o /dev/null "$base/" && return 0; sleep 1; done; return 1; }

echo "== migrate a fresh database"
kb_start "$data" content "$data/server1.log" $port
ready
kb_stop

echo "== seed $n searches"
./mvnw -B -ntp -q -pl kb-model -Pbench -Dbench.main=kb.bench.SeedSearchLog \
  -Dexec.args="jdbc:h2:file:$data/db/kb sa $n 90"

echo "== aggregate"
kb_start "$data" content "$data/server2.log" $port
ready
start=$(date +%s)
until grep -q "gap report: .* aggregated" "$data/server2.log"; do sleep 2; done
grep "gap report: .* aggregated" "$data/server2.log" | sed 's/.*gap report/gap report/' | head -3
echo "first aggregation finished within $(( $(date +%s) - start )) s of the site being ready"

timeit() { # name url: 3 warm-up requests, then 20 timed
  for _ in 1 2 3; do curl -sf -o /dev/null -u editor:demo-password-1 "$2"; done
  for _ in $(seq 1 20); do
    curl -sf -o /dev/null -u editor:demo-password-1 -w '%{time_total}\n' "$2"
  done | sort -n | awk -v name="$1" '{t[NR]=$1} END {printf "%-34s p50 %4.0f ms  p95 %4.0f ms  max %4.0f ms\n", name, t[10]*1000, t[19]*1000, t[20]*1000}'
}
echo "== report response times (20 requests each, after 3 warm-ups)"
timeit "GET /gaps?days=30" "$base/api/v1/gaps?days=30"
timeit "GET /gaps?days=90" "$base/api/v1/gaps?days=90"
timeit "GET /gaps?days=30&locale=ru" "$base/api/v1/gaps?days=30&locale=ru"
timeit "GET /gaps/summary?days=30" "$base/api/v1/gaps/summary?days=30"
timeit "GET /gaps/summary?days=90" "$base/api/v1/gaps/summary?days=90"
curl -sf -u editor:demo-password-1 "$base/api/v1/gaps?days=90&limit=3" | head -c 1500; echo
for t in gap gap_query gap_day gap_visitor query_day; do :; done
kb_stop
echo "data left in $data"

#!/usr/bin/env bash
# Search speed on a large catalogue: N generated articles (default 100,000) written straight into a
# fresh H2 database, then the site started on it, which finds its index out of step and rebuilds it
# from the database (re-index throughput); then GET /api/v1/search at a constant 500 requests/s
# (open model, latency from the moment each request was due) and at saturation (wrk, 2 threads,
# 10 connections); heap and RSS afterwards. Needs a built tree and wrk. Usage: bench/search-speed.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
port=8233
work="$(mktemp -d /tmp/kb-speed.XXXXXX)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=""
./mvnw -q -pl kb-model -Pbench -Dbench.main=kb.bench.GenerateArticles -Dexec.args="$work/data $n"
. bench/server.sh
kb_start "$work/data" content "$work/server.log" "$port"
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  grep -q "Exception \[EclipseLink" "$work/server.log" && { echo "server cannot reach its database"; exit 1; }
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/server.log"; exit 1; }
  sleep 1
done
grep -o "startup step 'search index'.*(.*ms)" "$work/server.log" | head -1
base="http://127.0.0.1:$port"
queries=("where is my refund" "delivery times" "cancel my order" "gift card balance" "payment declined"
  "kamiro tenso" "return label" "warranty headphones" "change delivery address" "promo code")
url="$base/api/v1/search?locale=en&q=%s"
qargs="$(printf '%s ' "${queries[@]// /+}")"
./mvnw -q -pl kb-model -Pbench -Dbench.main=kb.bench.OpenLoad -Dexec.args="$url 200 10 $qargs" > /dev/null
echo "== open model, 500 requests/s, 30 s"
./mvnw -q -pl kb-model -Pbench -Dbench.main=kb.bench.OpenLoad -Dexec.args="$url 500 30 $qargs"
cat > "$work/queries.lua" <<'LUA'
local qs = {"where+is+my+refund", "delivery+times", "cancel+my+order", "gift+card+balance",
  "payment+declined", "kamiro+tenso", "return+label", "warranty+headphones",
  "change+delivery+address", "promo+code"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?locale=en&q=" .. qs[(i % #qs) + 1])
end
LUA
echo "== saturation (wrk -t2 -c10, 20 s)"
wrk -t2 -c10 -d5s -s "$work/queries.lua" "$base" > /dev/null
wrk -t2 -c10 -d20s --latency -s "$work/queries.lua" "$base" | grep -E "Requests/sec|  50%|  99%|Non-2xx"
echo "heap: $(jcmd "$pid" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1); RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB"

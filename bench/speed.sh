#!/usr/bin/env bash
# The speed benchmark of docs/benchmarks.md, in one run on this machine:
#  1. the ceiling: Payara Micro alone with a one-class war (bench/ceiling), trivial JSON and a 25 KB
#     static page;
#  2. the site on an empty data folder: time to the first page, then each read path warmed 10 s and
#     measured 15 s with wrk (2 threads, 10 connections), search also with a distinct query per
#     request (no cached result helps) and in an open model at 500 requests/s;
#  3. RSS after the load. Every figure is printed with its share of the JSON ceiling.
# Needs a built tree (./mvnw -q install -DskipTests) and wrk (apt-get install wrk).
# Usage: bench/speed.sh [--record]   (--record appends the table to docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
record="${1:-}"
work="$(mktemp -d /tmp/kb-bench.XXXXXX)"
pid=""
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
. bench/server.sh
api="$(find ~/.m2/repository/jakarta/platform/jakarta.jakartaee-web-api -name '*.jar' | head -1)"
mkdir -p "$work/ceiling/WEB-INF/classes"
javac -q -cp "$api" -d "$work/ceiling/WEB-INF/classes" bench/ceiling/Ping.java 2>/dev/null ||
  javac -cp "$api" -d "$work/ceiling/WEB-INF/classes" bench/ceiling/Ping.java
head -c 25600 /dev/zero | tr '\0' 'x' | sed 's/^/<!DOCTYPE html><html><body><p>/' > "$work/ceiling/page.html"
(cd "$work/ceiling" && jar cf ../ceiling.war .)

measure() { # name url [wrk args...] → "rps p50 p99"
  local url="$1"; shift
  wrk -t2 -c10 -d10s "$@" "$url" > /dev/null
  wrk -t2 -c10 -d15s --latency "$@" "$url" > "$work/wrk.txt"
  local rps p50 p99 errors
  rps="$(awk '/Requests\/sec/ {printf "%d", $2}' "$work/wrk.txt")"
  p50="$(awk '$1=="50%" {print $2}' "$work/wrk.txt")"
  p99="$(awk '$1=="99%" {print $2}' "$work/wrk.txt")"
  errors="$(awk '/Non-2xx/ {print $5}' "$work/wrk.txt")"
  echo "$rps $p50 $p99 ${errors:-0}"
}

port=8240
kb_start_war "$work/ceiling.war" "$work/ceiling-data" "$work/ceiling.log" "$port"
until curl -fs -o /dev/null "http://127.0.0.1:$port/ping"; do sleep 0.5; done
read -r json_rps json_p50 json_p99 _ < <(measure "http://127.0.0.1:$port/ping")
read -r static_rps static_p50 static_p99 _ < <(measure "http://127.0.0.1:$port/page.html")
kb_stop

port=8241
started=$(date +%s%N)
kb_start "$work/data" content "$work/server.log" "$port"
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.2; done
first_page_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss_start=$(( $(ps -o rss= -p "$pid") / 1024 ))
base="http://127.0.0.1:$port"

# Distinct searches: two words drawn from the English articles' 400 commonest longer words.
words="$(cat content/articles/*/en.md | tr 'A-Z' 'a-z' | tr -cs 'a-z' '\n' | awk 'length($0) > 3' |
  sort | uniq -c | sort -rn | head -400 | awk '{printf "\"%s\",", $2}')"
cat > "$work/distinct.lua" <<LUA
local w = {${words%,}}
local n = 0
setup = function(thread) n = n + 1; thread:set("id", n) end
init = function() math.randomseed(id * 7919) end
request = function()
  return wrk.format("GET", "/api/v1/search?locale=en&q=" .. w[math.random(#w)] .. "+" .. w[math.random(#w)])
end
LUA

rows=()
row() { # label path [wrk args...]
  local label="$1" path="$2"; shift 2
  local rps p50 p99 errors
  read -r rps p50 p99 errors < <(measure "$base$path" "$@")
  rows+=("| $label | $rps | $(awk -v a="$rps" -v b="$json_rps" 'BEGIN {printf "%.2f", a / b}') | $p50 | $p99 | $errors |")
  echo "${rows[-1]}"
}
echo "| path | req/s | share of JSON ceiling | p50 | p99 | non-2xx |"
row '`GET /api/v1/search` (one query, repeated)' '/api/v1/search?q=where+is+my+refund&locale=en'
row '`GET /api/v1/search` (a new two-word query each time)' '/' -s "$work/distinct.lua"
row '`GET /articles/delivery-times`' '/articles/delivery-times'
row '`GET /`' '/'
row '`GET /search.xhtml?q=refund`' '/search.xhtml?q=refund'
open_model="$(./mvnw -q -pl kb-model -Pbench -Dbench.main=kb.bench.OpenLoad \
  -Dexec.args="$base/api/v1/search?locale=en&q=%s 500 30 --pairs $(echo "$words" | tr -d '"' | tr ',' ' ' | cut -d' ' -f1-200)" 2>&1 | tail -3 | tr '\n' ' ')"
rss_end=$(( $(ps -o rss= -p "$pid") / 1024 ))
sessions="$(curl -s -D - -o /dev/null "$base/articles/delivery-times" | grep -ci 'set-cookie: JSESSIONID' || true)"

{
  echo
  echo "## Speed run — $(date -u +%F), \`bench/speed.sh\`"
  echo
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Ceiling (Payara Micro with a one-class war, same run): trivial JSON **$json_rps req/s** (p50 $json_p50, p99 $json_p99);"
  echo "25 KB static page $static_rps req/s (p50 $static_p50, p99 $static_p99)."
  echo
  echo "| path | req/s | share of JSON ceiling | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "- open model, 500 searches/s for 30 s, distinct queries from the same words: $open_model"
  echo "- empty data folder → first page: $(awk -v m="$first_page_ms" 'BEGIN {printf "%.1f", m / 1000}') s; RSS $rss_start MB after start, $rss_end MB after the load (${KB_JAVA_OPTS:--Xmx512m}, MALLOC_ARENA_MAX=2)"
  echo "- HTTP sessions created by an anonymous article view: $sessions"
} | tee "$work/report.md"
if [ "$record" = "--record" ]; then
  cat "$work/report.md" >> docs/benchmarks.md
  echo "appended to docs/benchmarks.md"
fi

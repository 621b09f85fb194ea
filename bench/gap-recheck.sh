#!/usr/bin/env bash
# The check run when an article is published (issue 20): N open English gaps (default 10,000) in a
# fresh H2 site, then articles published through REST; the server logs each check's time, the gaps
# it searched again and those it found covered.
# Usage: bench/gap-recheck.sh [N]   (build first: ./mvnw -q install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
n=${1:-10000}
data=$(mktemp -d /tmp/kb-recheck-XXXX)
port=8094
base=http://127.0.0.1:$port
export KB_GAPS_INTERVAL=PT2S
ready() { for _ in $(seq 1 240); do curl -sf -o /dev/null "$base/" && return 0; sleep 1; done; return 1; }
checks() { grep -c "gap recheck:" "$1" || true; }
wait_check() { # log count: wait until the log has more than count checks
  for _ in $(seq 1 300); do [ "$(checks "$1")" -gt "$2" ] && return 0; sleep 1; done; return 1
}

echo "== migrate a fresh database, import content/ and check it (no gaps yet)"
kb_start "$data" content "$data/server1.log" $port
ready
wait_check "$data/server1.log" 0
kb_stop

echo "== seed $n open gaps"
./mvnw -B -ntp -q -pl kb-model -Pbench -Dbench.main=kb.bench.SeedGaps \
  -Dexec.args="jdbc:h2:file:$data/db/kb sa $n"

kb_start "$data" content "$data/server2.log" $port
ready
publish() { # slug title body
  local before; before=$(checks "$data/server2.log")
  local code
  for _ in $(seq 1 60); do # the site may still be starting (index, import) when / answers
    code=$(curl -s -o /dev/null -w '%{http_code}' -u editor:demo-password-1 \
      -H 'Content-Type: application/json' \
      -d "{\"slug\":\"$1\",\"locale\":\"en\",\"title\":\"$2\",\"markdown\":\"$3\",\"category\":\"orders\",\"status\":\"PUBLISHED\"}" \
      "$base/api/v1/articles")
    [ "$code" = 201 ] && break
    sleep 1
  done
  [ "$code" = 201 ] || { echo "publishing $1 answered $code"; kb_stop; exit 1; }
  wait_check "$data/server2.log" "$before"
  printf '%-28s ' "$1"; grep "gap recheck:" "$data/server2.log" | tail -1 | sed 's/.*gap recheck: //'
}
echo "== publish articles one at a time ($n open gaps in English)"
for i in 1 2 3; do
  publish "gift-wrapping-$i" "Gift wrapping $i" "We wrap gifts in recycled paper for a small fee."
done
# each names 10 of the 40 words the seeded gaps are about (disjoint sets): about 1 gap in 17
publish storage-1 "Storing your box and lid" "Keep the box, lid, cord, plug, strap, bolt, nut, hook, lamp and desk dry."
publish storage-2 "Storing your rug and mat" "Keep the rug, mat, pot, pan, cup, jar, bag, belt, hat and cap dry."
publish storage-3 "Storing your sock and coat" "Keep the sock, coat, vest, scarf, ring, clock, bell, drum, kit and tent dry."
kb_stop
echo "data left in $data"

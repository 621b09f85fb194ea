#!/usr/bin/env bash
# The injection campaign of issue 14: starts the built site on a fresh H2 data folder, sends every
# string of ../shared/data (blns, xss, sqli) to every field of the endpoints in
# bench/injection/Campaign.java, signed out and as each role, and prints the counts that
# docs/security.md records. Usage: ./mvnw -q install -DskipTests && bench/injection.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
[ -f "$data/blns.json" ] || { echo "no $data/blns.json: nothing to send"; exit 0; }
. bench/server.sh
work=$(mktemp -d)
port=${KB_BENCH_PORT:-8093}
# mail on (to a closed port: deliveries fail and are logged) so that the reset and confirmation
# endpoints take their real paths rather than answering "this site sends no mail"
KB_MAIL_ENABLED=true KB_MAIL_HOST=127.0.0.1 KB_MAIL_PORT=9 \
  kb_start "$work/data" "$PWD/content" "$work/server.log" "$port"
trap 'kb_stop; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
java bench/injection/Campaign.java "http://127.0.0.1:$port" "$data"
echo "server log lines with SEVERE: $(grep -c SEVERE "$work/server.log" || true)"

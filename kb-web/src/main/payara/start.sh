#!/usr/bin/env bash
# Starts the built site on Payara Micro. Called by `./mvnw -Prun` from the repository root;
# reads the KB_* variables of the README's configuration table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$(cd "$here/../../../target" && pwd)"
port="${KB_PORT:-8080}"
export KB_HOST="${KB_HOST:-127.0.0.1}"
export KB_DATA_DIR="${KB_DATA_DIR:-$PWD/data}"
mkdir -p "$KB_DATA_DIR"
# Payara Micro has no bind-address flag: bind the HTTP listener with a pre-boot command.
preboot="$target/preboot.asadmin"
sed "s/127\.0\.0\.1/$KB_HOST/" "$here/preboot.asadmin" > "$preboot"
echo "KB: starting on http://$KB_HOST:$port/ (data in $KB_DATA_DIR); Ctrl-C stops it."
# Two malloc arenas instead of one per core and thread: ~60 MB less resident memory, same speed.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec java ${KB_JAVA_OPTS:--Xmx512m} \
  -Dhazelcast.config="$here/hazelcast.xml" \
  -jar "$target/payara-micro.jar" \
  --deploy "$target/kb.war" --contextroot / \
  --port "$port" --nocluster --disablephonehome \
  --prebootcommandfile "$preboot" \
  --hzconfigfile "$here/hazelcast.xml" \
  --rootdir "$KB_DATA_DIR/payara"

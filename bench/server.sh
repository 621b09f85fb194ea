# Sourced by the bench scripts: starts and stops one Payara Micro with the built war on 127.0.0.1.
# kb_start DATA_DIR CONTENT_DIR LOG PORT sets $pid; kb_stop stops it.
kb_start() {
  local web=kb-web
  [ -f "$web/target/kb.war" ] || { echo "build first: ./mvnw -q install -DskipTests"; exit 1; }
  MALLOC_ARENA_MAX=2 KB_DATA_DIR="$1" KB_CONTENT_DIR="$2" KB_HOST=127.0.0.1 java ${KB_JAVA_OPTS:--Xmx512m} \
    -jar "$web/target/payara-micro.jar" --deploy "$web/target/kb.war" --contextroot / \
    --port "$4" --nocluster --disablephonehome \
    --prebootcommandfile "$web/src/main/payara/preboot.asadmin" \
    --hzconfigfile "$web/src/main/payara/hazelcast.xml" --rootdir "$1/payara" > "$3" 2>&1 &
  pid=$!
}
kb_stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
# kb_start_war WAR DATA_DIR LOG PORT: Payara Micro with any war (the benchmark's ceiling) at /.
kb_start_war() {
  java -Xmx1g -jar kb-web/target/payara-micro.jar --deploy "$1" --contextroot / --port "$4" \
    --nocluster --disablephonehome --prebootcommandfile kb-web/src/main/payara/preboot.asadmin \
    --hzconfigfile kb-web/src/main/payara/hazelcast.xml --rootdir "$2/payara" > "$3" 2>&1 &
  pid=$!
}

#!/usr/bin/env bash
# Profiles journey starts: runs the server (H2 file database in target/profile-start, as the
# default run) under JFR with scripts/profile-start.jfc and stack depth 1024, warms it up, then
# records while CLIENTS clients POST /api/inquiries for SECONDS seconds, and prints the top frames.
# Usage: scripts/profile-start.sh            (CLIENTS=8 SECONDS=60 WARMUP=60 PORT=18080 by default)
# Leaves target/profile-start/start.jfr (open in JDK Mission Control) and target/profile-start/top.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-8}"
SECONDS_LOAD="${SECONDS:-60}"
WARMUP="${WARMUP:-60}"
PORT="${PORT:-18080}"
OUT=target/profile-start

./mvnw -q -ntp compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime.classpath
rm -rf "$OUT" && mkdir -p "$OUT"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -XX:FlightRecorderOptions=stackdepth=1024 -cp "target/classes:$(cat target/runtime.classpath)" \
  io.meridian.MeridianApplication --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:./$OUT/db;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
  --meridian.rules.stored-builds="./$OUT/rule-builds" \
  --logging.level.root=WARN > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do
  kill -0 $SERVER 2>/dev/null || { echo "the server stopped; see $OUT/server.log"; exit 1; }
  sleep 1
done
echo "server ready; warming up for ${WARMUP} s with $CLIENTS clients"
java scripts/ProfileStart.java load "http://127.0.0.1:$PORT" "$CLIENTS" "$WARMUP"
jcmd $SERVER JFR.start name=start settings="$PWD/scripts/profile-start.jfc" > /dev/null
echo "recording ${SECONDS_LOAD} s with $CLIENTS clients"
java scripts/ProfileStart.java load "http://127.0.0.1:$PORT" "$CLIENTS" "$SECONDS_LOAD" | tee "$OUT/top.txt"
jcmd $SERVER JFR.stop name=start filename="$PWD/$OUT/start.jfr" > /dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); JVM $(java -version 2>&1 | head -1); -Xmx1g" | tee -a "$OUT/top.txt"
java scripts/ProfileStart.java top "$OUT/start.jfr" 25 | tee -a "$OUT/top.txt"
jfr summary "$OUT/start.jfr" | head -20

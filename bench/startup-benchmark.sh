#!/usr/bin/env bash
# Start-up and memory benchmark: time to the first ready response and resident memory after start-up
# of a new instance on an existing H2 database, for
#   - the minimal Quarkus REST app of the same version (bench/minimal-app), the issue's yardstick;
#   - the pinned stack of ../shared/DESIGN.md with one entity and nothing of ours
#     (bench/pinned-stack-app): the floor while that stack is pinned;
#   - ours, and ours with a class-data-sharing archive made by one earlier run (docs/operations.md).
# Each app: one unrecorded start that creates and migrates its database, then RUNS timed restarts,
# the apps taking turns so that load from elsewhere falls on all of them alike. Also reports each
# start's CPU time (all threads), which waiting for a core does not inflate.
# Writes its section of docs/benchmarks.md. Usage: bench/startup-benchmark.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
HEAP=${HEAP:--Xmx192m -XX:+UseSerialGC}   # the run command of README and docs/operations.md
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PORT=18095
WORK=$(mktemp -d /tmp/startup-bench.XXXX)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; true' EXIT

if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q -f bench/minimal-app/pom.xml package -DskipTests
  ./mvnw -B -q -f bench/pinned-stack-app/pom.xml package -DskipTests
fi

declare -A JAR=([minimal]=bench/minimal-app/target/quarkus-app/quarkus-run.jar
  [pinned]=bench/pinned-stack-app/target/quarkus-app/quarkus-run.jar
  [ours]=target/quarkus-app/quarkus-run.jar [ours-cds]=target/quarkus-app/quarkus-run.jar)
declare -A URL=([minimal]=/ [pinned]=/q/health/ready [ours]=/q/health/ready [ours-cds]=/q/health/ready)
declare -A FLAGS=([minimal]= [pinned]= [ours]= [ours-cds]="-XX:SharedArchiveFile=$WORK/app.jsa")
APPS="minimal pinned ours ours-cds"

# Starts APP with extra JVM flags, waits until ready; appends "ms cpu_ms rss_mb" to $WORK/APP.
start_once() {
  local app=$1; shift
  local t0; t0=$(date +%s%N)
  java $HEAP ${FLAGS[$app]} "$@" -Dquarkus.http.port=$PORT -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/db-${app%-cds}" \
    -jar "${JAR[$app]}" > "$WORK/$app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT${URL[$app]}"; do
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/$app.log"; exit 1; }
    sleep 0.02
  done
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "$ms $(awk '{print ($14 + $15) * 1000 / 100}' "/proc/$pid/stat") $(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status")"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
for app in minimal pinned ours; do start_once "$app" > /dev/null; done
start_once ours -XX:ArchiveClassesAtExit="$WORK/app.jsa" > /dev/null   # the archive is written at exit
for _ in $(seq "$RUNS"); do
  for app in $APPS; do start_once "$app" >> "$WORK/$app"; done
done

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
declare -A NAME=([minimal]="minimal Quarkus REST app (the yardstick)" [pinned]="pinned stack, one entity, nothing of ours"
  [ours]="ours" [ours-cds]="ours with a class-data-sharing archive")
{
  echo "## Start-up and memory (bench/startup-benchmark.sh)"
  echo
  echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -1); every JVM with \`$HEAP\`, \`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\`."
  echo "Load average before / after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg). Medians of $RUNS restarts on an existing H2 database, the apps taking turns."
  echo "Goals (issue 14): start-up within 2x and resident memory within 1.5x of the minimal app."
  echo
  echo "| app | start-up to ready | CPU time of the start (all threads) | RSS after start-up | start-up / minimal | RSS / minimal |"
  echo "|---|---|---|---|---|---|"
  for app in $APPS; do
    echo "| ${NAME[$app]} | $(col "$app" 1) ms | $(col "$app" 2) ms | $(col "$app" 3) MB | $(ratio "$(col "$app" 1)" "$(col minimal 1)")x | $(ratio "$(col "$app" 3)" "$(col minimal 3)")x |"
  done
  echo
  echo "Ours against the pinned stack alone: start-up $(ratio "$(col ours 1)" "$(col pinned 1)")x, CPU $(ratio "$(col ours 2)" "$(col pinned 2)")x, RSS $(ratio "$(col ours 3)" "$(col pinned 3)")x."
  echo "Command: \`RUNS=$RUNS bench/startup-benchmark.sh\`"
} | bench/section.sh startup
echo "wrote the startup section of docs/benchmarks.md"

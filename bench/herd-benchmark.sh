#!/usr/bin/env bash
# A scheduled mock: STUDENTS accounts in one class start its assigned paper within SPREAD seconds,
# on the packaged app re-augmented for PostgreSQL (the database an institute runs a mock on). The
# paper is generated and stored when the teacher assigns it, before the start. Driver: bench/Herd.java.
# Writes its section of docs/benchmarks.md. Needs root (.ci/postgres) and the local PostgreSQL 15.
# Usage: bench/herd-benchmark.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
STUDENTS=${STUDENTS:-1000}; SPREAD=${SPREAD:-10}; QUESTIONS=${QUESTIONS:-100}; SETS=${SETS:-4}
HEAP=${HEAP:--Xmx192m -XX:+UseSerialGC}   # the run command of README and docs/operations.md
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PORT=18180; DB=bench_herd
WORK=$(mktemp -d /tmp/herd-bench.XXXX)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT

[ "${1:-}" = "--skip-build" ] || ./mvnw -B -q package -DskipTests
cp -r target/quarkus-app "$WORK/"
QUIZ_DB_KIND=postgresql java -Dquarkus.launch.rebuild=true -jar "$WORK/quarkus-app/quarkus-run.jar" > "$WORK/rebuild.log" 2>&1
.ci/postgres "$DB"
cat > "$WORK/grant.sh" <<SH
#!/bin/sh
PGPASSWORD=prelims psql -q -h 127.0.0.1 -U prelims -d $DB -c "UPDATE app_user SET role = 'user,teacher' WHERE username = '\$1'"
SH
chmod +x "$WORK/grant.sh"

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
QUIZ_SESSION_KEY=$(head -c 32 /dev/urandom | base64) java $HEAP -Dquarkus.http.port=$PORT \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dquarkus.datasource.username=prelims \
  -Dquarkus.datasource.password=prelims -Dsignup.per-address=1000000 \
  -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
  -Dquarkus.http.proxy.trusted-proxies=127.0.0.1 -jar "$WORK/quarkus-app/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do kill -0 $pid || { cat "$WORK/app.log"; exit 1; }; sleep 0.2; done
java bench/Herd.java "http://127.0.0.1:$PORT" "$STUDENTS" "$SPREAD" "$QUESTIONS" "$SETS" "$WORK/grant.sh" | tee "$WORK/herd.txt"
LOAD_AFTER=$(cut -d" " -f1-3 /proc/loadavg)
RSS=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
{
  echo "## A scheduled mock: 1,000 starts within 10 seconds (bench/herd-benchmark.sh)"
  echo
  echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores, PostgreSQL 15 on the same machine, one instance with \`$HEAP\`; load average before / after: $LOAD_BEFORE / $LOAD_AFTER."
  echo "Command: \`STUDENTS=$STUDENTS SPREAD=$SPREAD QUESTIONS=$QUESTIONS SETS=$SETS bench/herd-benchmark.sh\`. A teacher's class of $STUDENTS accounts; the paper ($QUESTIONS questions, $SETS sets) is generated and stored when assigned; then each student posts the class page's Start (\`POST /classes/{id}/papers/{paper}/start\`, answered 303 to the new attempt) at evenly spread moments over $SPREAD s. Latency is from sending to the answer. Resident memory after: $RSS MB."
  echo
  echo '```'
  cat "$WORK/herd.txt"
  echo '```'
  echo
  echo "Goal: p99 start under 1 s."
} | bench/section.sh herd
echo "wrote the herd section of docs/benchmarks.md"

#!/usr/bin/env bash
# Quiz benchmark: the packaged app on its own H2 file (WRITE_DELAY=0, as shipped). Times starting a
# 50-question quiz and submitting it (sequential, one client), then wrk at 50 connections on the
# attempt page, the answer save and the state read, each attempt owned by its own guest.
# Traffic goes to 127.0.0.1 only. Writes docs/benchmarks-quiz.md.
# Needs: wrk, curl. Usage: bench/quiz-benchmark.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18182}
DURATION=${DURATION:-15}
QUIZZES=${QUIZZES:-100}
CONNECTIONS=${CONNECTIONS:-50}
WORK=$(mktemp -d /tmp/quiz-bench.XXXX)

if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -B -q package -DskipTests
fi

java -Dquarkus.http.port="$PORT" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/db;WRITE_DELAY=0" \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.1
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { awk '{printf "%.0f\n", $1 * 1000}'; }

# Attempts of 50 questions, each with its own guest cookie; the first 20 starts are timed.
echo "attempts = {" > "$WORK/attempts.lua"
: > "$WORK/start-times"
for i in $(seq "$QUIZZES"); do
  jar="$WORK/jar"; rm -f "$jar"
  out=$(curl -sf -c "$jar" -w '\n%{time_total}' -H 'Content-Type: application/json' \
    -d '{"count":50,"seed":'"$i"',"timeLimitSeconds":21600,"marking":"upsc-gs"}' "http://127.0.0.1:$PORT/api/quizzes")
  [ "$i" -le 20 ] && tail -1 <<<"$out" | ms >> "$WORK/start-times"
  id=$(head -1 <<<"$out" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  cookie=$(sed -E 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF>=7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
  echo "  {id=\"$id\", cookie=\"$cookie\"}," >> "$WORK/attempts.lua"
done
echo "}" >> "$WORK/attempts.lua"
START_MS=$(median < "$WORK/start-times")

cat "$WORK/attempts.lua" bench/wrk-page.lua > "$WORK/page.lua"
# Options 0 and 1 exist in every question (true/false has only two), so every save is valid.
cat "$WORK/attempts.lua" - > "$WORK/answer.lua" <<'EOF'
request = function()
  local a = attempts[math.random(#attempts)]
  return wrk.format("PUT", "/api/quizzes/" .. a.id .. "/answers/" .. math.random(0, 49),
    {["Cookie"] = a.cookie, ["Content-Type"] = "application/json"}, '{"option":' .. math.random(0, 1) .. '}')
end
EOF
cat "$WORK/attempts.lua" - > "$WORK/state.lua" <<'EOF'
request = function()
  local a = attempts[math.random(#attempts)]
  return wrk.format("GET", "/api/quizzes/" .. a.id, {["Cookie"] = a.cookie})
end
EOF
FIRST_ID=$(sed -n 2p "$WORK/attempts.lua" | sed -E 's/.*id="([^"]+)".*/\1/')
FIRST_COOKIE=$(sed -n 2p "$WORK/attempts.lua" | sed -E 's/.*cookie="([^"]*)".*/\1/')
PAGE_BYTES=$(curl -sf -H "Cookie: $FIRST_COOKIE" "http://127.0.0.1:$PORT/quiz/$FIRST_ID" | wc -c)

run_wrk() {  # script -> "rps p50 p99 errors"
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$1" "http://127.0.0.1:$PORT/")
  local rps p50 p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out"); sock=${sock:-0}
  echo "$rps $p50 $p99 $((non2xx + sock))"
}
PAGE=$(run_wrk "$WORK/page.lua")
ANSWER=$(run_wrk "$WORK/answer.lua")
STATE=$(run_wrk "$WORK/state.lua")

# Submits, sequential: the first submit scores the attempt, a second one returns the stored result.
: > "$WORK/submit-times"; : > "$WORK/resubmit-times"
for i in $(seq 2 21); do
  id=$(sed -n "${i}p" "$WORK/attempts.lua" | sed -E 's/.*id="([^"]+)".*/\1/')
  cookie=$(sed -n "${i}p" "$WORK/attempts.lua" | sed -E 's/.*cookie="([^"]*)".*/\1/')
  for f in submit-times resubmit-times; do
    curl -sf -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' -H "Cookie: $cookie" \
      "http://127.0.0.1:$PORT/api/quizzes/$id/submit" | ms >> "$WORK/$f"
  done
done
SUBMIT_MS=$(median < "$WORK/submit-times"); RESUBMIT_MS=$(median < "$WORK/resubmit-times")
RSS_MB=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP/status")

mkdir -p docs
{
  echo "## quiz"
  echo
  echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
  echo "$(free -g | awk '/Mem/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1); load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Command: \`bench/quiz-benchmark.sh\` (packaged app, H2 file with WRITE_DELAY=0; $QUIZZES attempts of 50 questions,"
  echo "each owned by its own guest; wrk -t2 -c$CONNECTIONS for ${DURATION} s per row; app and wrk share the cores)."
  echo
  echo "| what | requests/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|"
  for row in "attempt page GET /quiz/{id} ($PAGE_BYTES bytes)|$PAGE" "answer save PUT /api/quizzes/{id}/answers/{i}|$ANSWER" "state GET /api/quizzes/{id}|$STATE"; do
    read -r rps p50 p99 err <<<"${row#*|}"
    echo "| ${row%%|*} | $rps | $p50 | $p99 | $err |"
  done
  echo
  echo "- Start a 50-question quiz (POST /api/quizzes, generation and storing included), median of 20 sequential: $START_MS ms."
  echo "- Submit (scoring 50 questions exactly), median of 20: $SUBMIT_MS ms; a second submit of the same attempt: $RESUBMIT_MS ms."
  echo "- Resident memory of the app after the run: $RSS_MB MB (default JVM heap sizing, no -Xmx)."
  echo
  echo "What the page costs: each GET checks the owner and reads the current answers with one query, renders the"
  echo "small shell (timer, palette) with Qute and splices in the questions, whose UTF-8 HTML is rendered once per"
  echo "attempt and cached (they never change). Before that cache the page rendered all 50 questions on every"
  echo "request and ran at about a fifth of the rate. The machine is shared: rows move by a factor of two or more"
  echo "with the load average, so compare rows of one run, not runs."
} > docs/benchmarks-quiz.md
cat docs/benchmarks-quiz.md

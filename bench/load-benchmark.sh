#!/usr/bin/env bash
# Load benchmark: start-up and memory of the packaged app against a minimal Quarkus app of the
# same version; the quiz page and the answer-save call under wrk at 50 and 200 connections for
# DURATION seconds; the same page as a static file served by nginx, in the same run.
# Traffic goes to 127.0.0.1 only. Writes its section of docs/benchmarks.md.
# Needs: wrk, nginx, curl (Debian packages). Usage: bench/load-benchmark.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
QUIZZES=${QUIZZES:-200}
APP_PORT=18080; MIN_PORT=18090; NGINX_PORT=18081
WORK=$(mktemp -d /tmp/load-bench.XXXX)
chmod 755 "$WORK"   # nginx workers run as nobody
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q -f bench/minimal-app/pom.xml package -DskipTests
fi

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# Starts a jar, waits for a 200 on URL; prints "pid ms".
start_app() {
  local jar=$1 port=$2 url=$3; shift 3
  local t0; t0=$(date +%s%N)
  java "$@" -Dquarkus.http.port="$port" -jar "$jar" > "$WORK/app-$port.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/app-$port.log"; exit 1; }
    sleep 0.02
  done
  echo "$pid $(( ($(date +%s%N) - t0) / 1000000 ))"
}

startup_row() {  # name jar port url runs -> median start ms, median RSS MB after start
  local name=$1 jar=$2 port=$3 url=$4 runs=5 times=() mems=()
  for i in $(seq $runs); do
    rm -rf "$WORK/data"
    read -r pid ms < <(start_app "$jar" "$port" "$url" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/db")
    times+=("$ms"); mems+=("$(rss_mb "$pid")")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p); m=$(printf '%s\n' "${mems[@]}" | sort -n | sed -n 3p)
  echo "$name $t $m"
}

read -r _ OUR_MS OUR_MB < <(startup_row ours target/quarkus-app/quarkus-run.jar $APP_PORT "http://127.0.0.1:$APP_PORT/q/health/ready")
read -r _ MIN_MS MIN_MB < <(startup_row minimal bench/minimal-app/target/quarkus-app/quarkus-run.jar $MIN_PORT "http://127.0.0.1:$MIN_PORT/")

# The app under load, with QUIZZES attempts, each owned by its own guest.
rm -rf "$WORK/data"
read -r APP_PID _ < <(start_app target/quarkus-app/quarkus-run.jar $APP_PORT "http://127.0.0.1:$APP_PORT/q/health/ready" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/db")
pids+=("$APP_PID")
echo "attempts = {" > "$WORK/attempts.lua"
for i in $(seq "$QUIZZES"); do
  jar="$WORK/jar"; rm -f "$jar"
  created=$(curl -sf -c "$jar" -w '\n%{time_total}' -H 'Content-Type: application/json' \
    -d '{"count":50,"seed":'"$i"',"timeLimitSeconds":21600,"marking":"upsc-gs"}' \
    "http://127.0.0.1:$APP_PORT/api/quizzes")
  id=$(head -1 <<<"$created" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  tail -1 <<<"$created" >> "$WORK/start-seconds"
  cookie=$(sed -E 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF>=7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
  echo "  {id=\"$id\", cookie=\"$cookie\"}," >> "$WORK/attempts.lua"
done
echo "}" >> "$WORK/attempts.lua"
cat "$WORK/attempts.lua" bench/wrk-page.lua > "$WORK/page.lua"
cat "$WORK/attempts.lua" bench/wrk-answer.lua > "$WORK/answer.lua"
FIRST_ID=$(sed -n 2p "$WORK/attempts.lua" | sed -E 's/.*id="([^"]+)".*/\1/')
FIRST_COOKIE=$(sed -n 2p "$WORK/attempts.lua" | sed -E 's/.*cookie="([^"]*)".*/\1/')
mkdir -p "$WORK/static"
curl -sf -H "Cookie: $FIRST_COOKIE" "http://127.0.0.1:$APP_PORT/quiz/$FIRST_ID" > "$WORK/static/quiz.html"
PAGE_BYTES=$(wc -c < "$WORK/static/quiz.html")

sed -e "s|@PORT@|$NGINX_PORT|" -e "s|@ROOT@|$WORK/static|" bench/nginx.conf > "$WORK/nginx.conf"
mkdir -p "$WORK/nginx-logs"
nginx -p "$WORK" -c "$WORK/nginx.conf" &
pids+=($!)
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/quiz.html" && break; sleep 0.1; done
curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/quiz.html" || { cat "$WORK/nginx-logs/error.log"; exit 1; }

# wrk with a script -> "rps p50 p99 errors"
run_wrk() {
  local conns=$1 url=$2 script=${3:-}
  local out; out=$(wrk -t2 -c"$conns" -d"${DURATION}s" --latency ${script:+-s "$script"} "$url")
  echo "$out" > "$WORK/wrk-$conns-$(basename "${script:-static}").txt"
  local rps p50 p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out"); sock=${sock:-0}
  echo "$rps $p50 $p99 $((non2xx + sock))"
}

declare -A R
for c in 50 200; do
  R[page$c]=$(run_wrk $c "http://127.0.0.1:$APP_PORT/" "$WORK/page.lua")
  R[nginx$c]=$(run_wrk $c "http://127.0.0.1:$NGINX_PORT/quiz.html")
  R[answer$c]=$(run_wrk $c "http://127.0.0.1:$APP_PORT/" "$WORK/answer.lua")
done
LOADED_MB=$(rss_mb "$APP_PID")

# Submitting scores 50 questions exactly; a second submit returns the stored result.
median_ms() { sort -n | awk '{a[NR]=$1 * 1000} END {printf "%.0f", a[int((NR+1)/2)]}'; }
for n in $(seq 2 21); do
  line=$(sed -n "${n}p" "$WORK/attempts.lua")
  id=$(sed -E 's/.*id="([^"]+)".*/\1/' <<<"$line"); cookie=$(sed -E 's/.*cookie="([^"]*)".*/\1/' <<<"$line")
  for f in submit resubmit; do
    curl -sf -o /dev/null -w '%{time_total}\n' -X POST -H "Cookie: $cookie" \
      "http://127.0.0.1:$APP_PORT/api/quizzes/$id/submit" >> "$WORK/$f-seconds"
  done
done
START_MS=$(median_ms < "$WORK/start-seconds")
SUBMIT_MS=$(median_ms < "$WORK/submit-seconds"); RESUBMIT_MS=$(median_ms < "$WORK/resubmit-seconds")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
{
  echo "## Load, start-up and memory (bench/load-benchmark.sh)"
  echo
  echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1)."
  echo "Load average before / after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Command: \`bench/load-benchmark.sh\` (wrk -t2, ${DURATION} s per row, $QUIZZES attempts of 50 questions, each owned by its own guest; app and wrk share the 2 cores)."
  echo
  echo "| what | connections | requests/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|"
  for c in 50 200; do
    for k in page nginx answer; do
      read -r rps p50 p99 err <<<"${R[$k$c]}"
      case $k in page) name="quiz page GET /quiz/{id} (ours)";; nginx) name="same page, static file, nginx";; answer) name="answer save PUT /api/quizzes/{id}/answers/{i}";; esac
      echo "| $name | $c | $rps | $p50 | $p99 | $err |"
    done
  done
  echo
  for c in 50 200; do
    read -r ours _ <<<"${R[page$c]}"; read -r ngx _ <<<"${R[nginx$c]}"
    echo "- Quiz page at $c connections: ours / nginx = $(ratio "$ours" "$ngx") (goal at least 0.5). Page size $PAGE_BYTES bytes."
  done
  echo "- Starting a 50-question quiz (generation and storing), median of $QUIZZES sequential: $START_MS ms. Submitting (exact scoring), median of 20: $SUBMIT_MS ms; a second submit: $RESUBMIT_MS ms."
  echo "- Start-up to first ready response (median of 5): ours $OUR_MS ms, minimal Quarkus REST app $MIN_MS ms: $(ratio "$OUR_MS" "$MIN_MS")x (goal within 1.5x)."
  echo "- Resident memory after start-up (median of 5): ours $OUR_MB MB, minimal app $MIN_MB MB: $(ratio "$OUR_MB" "$MIN_MB")x (goal within 1.5x). Ours after the load runs: $LOADED_MB MB."
} | bench/section.sh load
echo "wrote the load section of docs/benchmarks.md"

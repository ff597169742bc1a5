#!/usr/bin/env bash
# Load benchmark, at the heap bound of the README's run command: for each database column
# (H2; PostgreSQL; two PostgreSQL instances behind nginx), the quiz page and the answer-save call
# under wrk at 50 and 200 connections for DURATION seconds, the same page as a static file served
# by nginx in the same run, and the resident memory after the load. Start-up time and memory after
# start-up: bench/startup-benchmark.sh.
# Traffic goes to 127.0.0.1 only. Writes its section of docs/benchmarks.md.
# Needs: wrk, nginx, curl, and for the PostgreSQL columns the local PostgreSQL 15 cluster and root
# (.ci/postgres). Usage: bench/load-benchmark.sh [--skip-build]; COLUMNS="h2 pg pg2" by default.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
QUIZZES=${QUIZZES:-200}
COLUMNS=${COLUMNS:-"h2 pg pg2"}
HEAP=${HEAP:--Xmx192m -XX:+UseSerialGC}   # the run command of README and docs/operations.md
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_PORT=18080; APP2_PORT=18082; NGINX_PORT=18081; PROXY_PORT=18084
WORK=$(mktemp -d /tmp/load-bench.XXXX)
chmod 755 "$WORK"   # nginx workers run as nobody
export QUIZ_SESSION_KEY=${QUIZ_SESSION_KEY:-$(head -c 32 /dev/urandom | base64)}
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -B -q package -DskipTests
fi

LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# The heaviest work at once: 16 worksheet PDFs (100 questions, two sets) and 16 flashcard PDFs (400
# cards); the renderer cap answers the excess 503. Prints "rendered/refused".
pdf_burst() {
  local base=$1 paper="title=Load&count=100&sets=2&duration=120&marking=upsc&seed=5&copy=teacher"
  local deck="count=400&seed=3&perPage=10&paper=a4&duplex=true&cutLines=true"
  for _ in $(seq 16); do
    curl -s -o /dev/null -w '%{http_code}\n' "$base/worksheets.pdf?$paper" >> "$WORK/pdf-codes-$COL" &
    curl -s -o /dev/null -w '%{http_code}\n' "$base/flashcards.pdf?$deck" >> "$WORK/pdf-codes-$COL" &
  done
  wait   # run in $(...): waits for this subshell's requests only
  echo "$(grep -c '^200$' "$WORK/pdf-codes-$COL")/$(grep -c '^503$' "$WORK/pdf-codes-$COL")"
}

# Starts a jar, waits for a 200 on URL; prints "pid ms".
start_app() {
  local jar=$1 port=$2 url=$3; shift 3
  local t0; t0=$(date +%s%N)
  # all the bench's aspirants come from one address: lift the per-address start quotas
  java $HEAP "$@" -Dquiz.limits.starts-per-address-per-minute=100000 -Dquiz.limits.questions-per-address-per-hour=100000000 \
    -Dquarkus.http.port="$port" -jar "$jar" > "$WORK/app-$port.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/app-$port.log"; exit 1; }
    sleep 0.02
  done
  echo "$pid $(( ($(date +%s%N) - t0) / 1000000 ))"
}

median_ms() { sort -n | awk '{a[NR]=$1 * 1000} END {printf "%.0f", a[int((NR+1)/2)]}'; }
# Submitting scores 50 questions exactly; a second submit returns the stored result (H2 column).
submit_timings() {
  for n in $(seq 2 21); do
    line=$(sed -n "${n}p" "$WORK/attempts.lua")
    id=$(sed -E 's/.*id="([^"]+)".*/\1/' <<<"$line"); cookie=$(sed -E 's/.*cookie="([^"]*)".*/\1/' <<<"$line")
    for f in submit resubmit; do
      curl -sf -o /dev/null -w '%{time_total}\n' -X POST -H "Cookie: $cookie" -H 'Content-Type: application/json' "$1/api/quizzes/$id/submit" >> "$WORK/$f-seconds"
    done
  done
}

# The PostgreSQL package: a copy of the same package, re-augmented as docs/operations.md says.
if [[ " $COLUMNS " == *" pg"* ]]; then
  mkdir -p "$WORK/pg" && cp -r target/quarkus-app "$WORK/pg/"
  QUIZ_DB_KIND=postgresql java -Dquarkus.launch.rebuild=true -jar "$WORK/pg/quarkus-app/quarkus-run.jar" > "$WORK/rebuild.log" 2>&1
fi
pg_env() { echo "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$1 -Dquarkus.datasource.username=prelims -Dquarkus.datasource.password=prelims"; }

# wrk with a script -> "rps p50 p99 errors"
run_wrk() {
  local conns=$1 url=$2 script=${3:-}
  local out; out=$(wrk -t2 -c"$conns" -d"${DURATION}s" --latency ${script:+-s "$script"} "$url")
  echo "$out" > "$WORK/wrk-$COL-$conns-$(basename "${script:-static}").txt"
  local rps p50 p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out"); sock=${sock:-0}
  echo "$rps $p50 $p99 $((non2xx + sock))"
}

# QUIZZES attempts at BASE, each owned by its own guest -> $WORK/attempts.lua (and start times)
make_attempts() {
  local base=$1
  echo "attempts = {" > "$WORK/attempts.lua"
  for i in $(seq "$QUIZZES"); do
    jar="$WORK/jar"; rm -f "$jar"
    created=$(curl -sf -c "$jar" -w '\n%{time_total}' -H 'Content-Type: application/json' \
      -d '{"count":50,"timeLimitSeconds":21600,"marking":"upsc-gs"}' "$base/api/quizzes")
    id=$(head -1 <<<"$created" | sed -E 's/.*"id":"([^"]+)".*/\1/')
    served=$(head -1 <<<"$created" | sed -E 's/.*"served":([0-9]+).*/\1/')
    tail -1 <<<"$created" >> "$WORK/start-seconds-$COL"
    # a browser views the page once before it reloads it: the view sets the form-token cookie
    curl -sf -b "$jar" -c "$jar" -o /dev/null "$base/quiz/$id"
    cookie=$(sed -E 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF>=7 {printf "%s%s=%s", sep, $6, $7; sep="; "}')
    echo "  {id=\"$id\", n=$served, cookie=\"$cookie\"}," >> "$WORK/attempts.lua"
  done
  echo "}" >> "$WORK/attempts.lua"
  cat "$WORK/attempts.lua" bench/wrk-page.lua > "$WORK/page.lua"
  cat "$WORK/attempts.lua" bench/wrk-answer.lua > "$WORK/answer.lua"
}

sed -e "s|@PORT@|$NGINX_PORT|" -e "s|@ROOT@|$WORK/static|" bench/nginx.conf > "$WORK/nginx.conf"
sed -e "s|@PORT@|$PROXY_PORT|" -e "s|@A@|$APP_PORT|" -e "s|@B@|$APP2_PORT|" bench/nginx-proxy.conf > "$WORK/nginx-proxy.conf"
mkdir -p "$WORK/nginx-logs" "$WORK/static"
declare -A R
for COL in $COLUMNS; do
  R[load_before_$COL]=$(cut -d" " -f1-3 /proc/loadavg)
  rm -rf "$WORK/data"
  col_pids=()
  case $COL in
    h2)
      read -r p _ < <(start_app target/quarkus-app/quarkus-run.jar $APP_PORT "http://127.0.0.1:$APP_PORT/q/health/ready" \
        -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/db")
      col_pids=("$p"); BASE="http://127.0.0.1:$APP_PORT";;
    pg)
      .ci/postgres bench_load
      read -r p _ < <(start_app "$WORK/pg/quarkus-app/quarkus-run.jar" $APP_PORT "http://127.0.0.1:$APP_PORT/q/health/ready" $(pg_env bench_load))
      col_pids=("$p"); BASE="http://127.0.0.1:$APP_PORT";;
    pg2)
      .ci/postgres bench_load
      read -r p _ < <(start_app "$WORK/pg/quarkus-app/quarkus-run.jar" $APP_PORT "http://127.0.0.1:$APP_PORT/q/health/ready" $(pg_env bench_load))
      read -r q _ < <(start_app "$WORK/pg/quarkus-app/quarkus-run.jar" $APP2_PORT "http://127.0.0.1:$APP2_PORT/q/health/ready" $(pg_env bench_load))
      col_pids=("$p" "$q"); BASE="http://127.0.0.1:$PROXY_PORT"
      nginx -p "$WORK" -c "$WORK/nginx-proxy.conf" &
      col_pids+=($!)
      for _ in $(seq 100); do curl -sf -o /dev/null "$BASE/q/health/ready" && break; sleep 0.1; done;;
  esac
  pids+=("${col_pids[@]}")
  make_attempts "$BASE"
  FIRST_ID=$(sed -n 2p "$WORK/attempts.lua" | sed -E 's/.*id="([^"]+)".*/\1/')
  FIRST_COOKIE=$(sed -n 2p "$WORK/attempts.lua" | sed -E 's/.*cookie="([^"]*)".*/\1/')
  curl -sf -H "Cookie: $FIRST_COOKIE" "$BASE/quiz/$FIRST_ID" > "$WORK/static/quiz.html"
  R[bytes_$COL]=$(wc -c < "$WORK/static/quiz.html")
  nginx -p "$WORK" -c "$WORK/nginx.conf" &
  npid=$!
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/quiz.html" && break; sleep 0.1; done
  # warm-up, not recorded: the JIT compiles the page and save paths before the measured rows
  run_wrk 50 "$BASE/" "$WORK/page.lua" > /dev/null; run_wrk 50 "$BASE/" "$WORK/answer.lua" > /dev/null
  for c in 50 200; do
    R[page_${COL}_$c]=$(run_wrk $c "$BASE/" "$WORK/page.lua")
    R[nginx_${COL}_$c]=$(run_wrk $c "http://127.0.0.1:$NGINX_PORT/quiz.html")
    R[answer_${COL}_$c]=$(run_wrk $c "$BASE/" "$WORK/answer.lua")
  done
  kill "$npid"; wait "$npid" 2>/dev/null || true
  n_apps=1; [ "$COL" = pg2 ] && n_apps=2
  R[rss_$COL]=$(for p in "${col_pids[@]:0:$n_apps}"; do rss_mb "$p"; echo; done | paste -sd/)
  R[pdf_$COL]=$(pdf_burst "$BASE")
  R[peak_$COL]=$(for p in "${col_pids[@]:0:$n_apps}"; do peak_rss_mb "$p"; echo; done | paste -sd/)
  if [ "$COL" = h2 ]; then submit_timings "$BASE"; fi
  for p in "${col_pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  R[load_after_$COL]=$(cut -d" " -f1-3 /proc/loadavg)
done
START_MS=$(median_ms < "$WORK/start-seconds-${COLUMNS%% *}")
SUBMIT_MS=$(median_ms < "$WORK/submit-seconds"); RESUBMIT_MS=$(median_ms < "$WORK/resubmit-seconds")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
cell() { read -r rps p50 p99 err <<<"$1"; echo "$rps/s, p50 $p50, p99 $p99${err:+, $err errors}"; }
declare -A TITLE=([h2]="H2, one instance" [pg]="PostgreSQL, one instance" [pg2]="PostgreSQL, two instances behind nginx")
{
  echo "## Load, start-up and memory (bench/load-benchmark.sh)"
  echo
  echo "Run $(date -u +%Y-%m-%d) on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1); every JVM with \`$HEAP\`."
  echo "Load average before / after the whole run: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Command: \`DURATION=$DURATION QUIZZES=$QUIZZES COLUMNS=\"$COLUMNS\" bench/load-benchmark.sh\` (wrk -t2, $DURATION s per row after one unrecorded row of pages and one of saves as warm-up, $QUIZZES attempts of 50 questions, each owned by its own guest; app, database, nginx and wrk share the 2 cores). nginx serves the same page bytes as a static file in the same column's run."
  echo
  printf '| what | conns |'; for col in $COLUMNS; do printf ' %s |' "${TITLE[$col]}"; done; echo
  printf '|---|---|'; for col in $COLUMNS; do printf -- '---|'; done; echo
  for c in 50 200; do
    for k in page nginx answer; do
      case $k in page) name="quiz page GET /quiz/{id}";; nginx) name="same bytes, static file, nginx";; answer) name="answer save PUT /api/quizzes/{id}/answers/{i}";; esac
      printf '| %s | %s |' "$name" "$c"; for col in $COLUMNS; do printf ' %s |' "$(cell "${R[${k}_${col}_$c]}")"; done; echo
    done
    printf '| **page / nginx** | %s |' "$c"
    for col in $COLUMNS; do read -r ours _ <<<"${R[page_${col}_$c]}"; read -r ngx _ <<<"${R[nginx_${col}_$c]}"; printf ' **%s** |' "$(ratio "$ours" "$ngx")"; done; echo
  done
  printf '| resident memory after the load (MB) | |'; for col in $COLUMNS; do printf ' %s |' "${R[rss_$col]}"; done; echo
  printf '| 32 PDF requests at once: rendered / refused 503 | |'; for col in $COLUMNS; do printf ' %s |' "${R[pdf_$col]}"; done; echo
  printf '| **peak resident memory** of the whole run, PDFs included (MB) | |'; for col in $COLUMNS; do printf ' **%s** |' "${R[peak_$col]}"; done; echo
  printf '| page bytes | |'; for col in $COLUMNS; do printf ' %s |' "${R[bytes_$col]}"; done; echo
  printf '| load average before / after | |'; for col in $COLUMNS; do printf ' %s / %s |' "${R[load_before_$col]}" "${R[load_after_$col]}"; done; echo
  echo
  echo "- Goals: page / nginx at least 0.5 at 50 and 200 connections; answer save p99 under 50 ms at 200 connections on PostgreSQL; peak resident memory under 512 MB with the run command's bounds (\`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\`, \`$HEAP\`)."
  echo "- Starting a 50-question quiz (generation and storing), median of $QUIZZES sequential (${COLUMNS%% *}): $START_MS ms. Submitting (exact scoring, H2), median of 20: $SUBMIT_MS ms; a second submit: $RESUBMIT_MS ms."
} | bench/section.sh load
echo "wrote the load section of docs/benchmarks.md"

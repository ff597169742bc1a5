#!/usr/bin/env bash
# Print benchmark: a 400-card duplex flashcard PDF and a 100-question, two-set worksheet PDF (teacher's
# copy) made by the packaged app over HTTP, against headless Chromium's --print-to-pdf of the very same
# HTML, served by the same app (/flashcards/sheets and /worksheets/paper). Each timing is wall-clock
# from request to the last byte (ours) or from process start to exit (Chromium), RUNS times, median.
# Traffic goes to 127.0.0.1 only. Writes its section of docs/benchmarks.md.
# Needs: curl, chromium, pdfinfo (poppler-utils). Usage: bench/print-benchmark.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
# Requests before timing: the JIT needs a few renders before it has compiled the PDF renderer's hot paths.
WARMUP=${WARMUP:-6}
PORT=18183
WORK=$(mktemp -d /tmp/print-bench.XXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -B -q package -DskipTests
fi

java -Dquarkus.http.port=$PORT -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/db" \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.1
done

BASE="http://127.0.0.1:$PORT"
# The engine makes about 130 distinct flashcards from the shipped fact base, so the 400-card deck
# takes every kind: exam items become cards with their options on the front.
DECK="count=400&seed=3&perPage=10&paper=a4&duplex=true&cutLines=true&kinds=flashcard,mcq,cloze,true-false,statements,how-many,pairs,chronology"
PAPER="title=Benchmark%20test&institute=Bench%20Academy&count=100&sets=2&duration=120&marking=upsc&seed=5&copy=teacher"

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

first_curl() {  # url out -> ms of one request (the first of its kind: cold)
  local t0; t0=$(date +%s%N); curl -sf -o "$2" "$1"; ms_since "$t0"
}

app_cpu_ms() {  # user + system CPU the app has used so far, all its threads (JIT and GC included)
  awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$APP_PID/stat"
}

time_curl() {  # url out name -> median wall ms over RUNS after WARMUP requests; mean app CPU ms in $WORK/name.cpu
  local url=$1 out=$2 name=$3 t0 i c0
  for i in $(seq "$WARMUP"); do curl -sf -o "$out" "$url"; done
  c0=$(app_cpu_ms)
  : > "$WORK/$name.walls"
  for i in $(seq "$RUNS"); do
    t0=$(date +%s%N); curl -sf -o "$out" "$url"; ms_since "$t0" >> "$WORK/$name.walls"
  done
  echo $(( ($(app_cpu_ms) - c0) / RUNS )) > "$WORK/$name.cpu"
  median < "$WORK/$name.walls" > "$WORK/$name.ms"
}

children_cpu_ms() {  # var -> user + system CPU ms of this shell's finished children (Chromium and its helpers)
  times > "$WORK/times"  # the builtin, in this shell: a $(...) subshell would count only its own children
  printf -v "$1" '%s' "$(tail -1 "$WORK/times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/);
    printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000 }')"
}

time_chromium() {  # url out name -> median wall ms over RUNS (one warm-up run) in $WORK/name.ms; mean CPU ms in name.cpu
  local url=$1 out=$2 name=$3 t0 i c0 c1 a0
  : > "$WORK/$name.walls"
  for i in $(seq 0 "$RUNS"); do
    if [ "$i" -eq 1 ]; then children_cpu_ms c0; a0=$(app_cpu_ms); fi
    t0=$(date +%s%N)
    chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
      --no-first-run --no-pdf-header-footer --print-to-pdf="$out" "$url" > /dev/null 2>&1
    if [ "$i" -gt 0 ]; then ms_since "$t0" >> "$WORK/$name.walls"; fi
  done
  children_cpu_ms c1
  echo $(( (c1 - c0 + $(app_cpu_ms) - a0) / RUNS )) > "$WORK/$name.cpu"
  median < "$WORK/$name.walls" > "$WORK/$name.ms"
}

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
DECK_COLD_MS=$(first_curl "$BASE/flashcards.pdf?$DECK" "$WORK/deck.pdf")
PAPER_COLD_MS=$(first_curl "$BASE/worksheets.pdf?$PAPER" "$WORK/paper.pdf")
time_curl "$BASE/flashcards/sheets?$DECK" "$WORK/deck.html" deck-html
time_curl "$BASE/flashcards.pdf?$DECK" "$WORK/deck.pdf" deck-ours
time_chromium "$BASE/flashcards/sheets?$DECK" "$WORK/deck-chromium.pdf" deck-chromium
time_curl "$BASE/worksheets/paper?$PAPER" "$WORK/paper.html" paper-html
time_curl "$BASE/worksheets.pdf?$PAPER" "$WORK/paper.pdf" paper-ours
time_chromium "$BASE/worksheets/paper?$PAPER" "$WORK/paper-chromium.pdf" paper-chromium
echo '<!DOCTYPE html><html><body><p>blank</p></body></html>' > "$WORK/blank.html"
time_chromium "file://$WORK/blank.html" "$WORK/blank.pdf" blank-chromium
for f in "$WORK"/*.ms "$WORK"/*.cpu; do
  n=$(basename "$f" | tr 'a-z.-' 'A-Z__'); printf -v "$n" '%s' "$(cat "$f")"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)
JAVA=$(java -version 2>&1 | head -1)
CHROMIUM=$(chromium --version 2>/dev/null | head -1)

bench/section.sh print <<MD
## PDFs against Chromium (bench/print-benchmark.sh)

PDFs made by the packaged app over HTTP against headless Chromium printing the same HTML, which the
same app serves. Command: \`bench/print-benchmark.sh\` (RUNS=$RUNS, median wall-clock ms; ours from
request to last byte after WARMUP=$WARMUP warm-up requests, Chromium from process start to exit
after one warm-up run). Run on $(date -u +%Y-%m-%d): $(nproc) cores ($CPU), $MEM RAM, $JAVA, $CHROMIUM.
Load average before/after: $LOAD_BEFORE / $LOAD_AFTER (the machine is shared; figures are noisy).

| job | pages (ours / Chromium) | our PDF, wall | of which HTML | Chromium, wall | Chromium / ours, wall | our PDF, CPU | Chromium, CPU | Chromium / ours, CPU |
|---|---|---|---|---|---|---|---|---|
| 400-card duplex deck, A4, 10 per page | $(pages "$WORK/deck.pdf") / $(pages "$WORK/deck-chromium.pdf") | $DECK_OURS_MS ms | $DECK_HTML_MS ms | $DECK_CHROMIUM_MS ms | $(ratio "$DECK_CHROMIUM_MS" "$DECK_OURS_MS")x | $DECK_OURS_CPU ms (HTML $DECK_HTML_CPU ms) | $DECK_CHROMIUM_CPU ms | $(ratio "$DECK_CHROMIUM_CPU" "$DECK_OURS_CPU")x |
| 100-question worksheet, 2 sets, teacher's copy | $(pages "$WORK/paper.pdf") / $(pages "$WORK/paper-chromium.pdf") | $PAPER_OURS_MS ms | $PAPER_HTML_MS ms | $PAPER_CHROMIUM_MS ms | $(ratio "$PAPER_CHROMIUM_MS" "$PAPER_OURS_MS")x | $PAPER_OURS_CPU ms (HTML $PAPER_HTML_CPU ms) | $PAPER_CHROMIUM_CPU ms | $(ratio "$PAPER_CHROMIUM_CPU" "$PAPER_OURS_CPU")x |

- The first request of each kind after start-up (JIT not yet warm) took $DECK_COLD_MS ms for the deck and
  $PAPER_COLD_MS ms for the worksheet.
- "of which HTML" is the same request for the HTML alone (question generation and Qute), so the
  PDF rendering itself is the difference.
- CPU is user + system time per PDF: for ours, every thread of the app (JIT and GC included); for
  Chromium, its processes plus the app serving it the HTML. Unlike wall time it hardly depends on
  what else the machine runs.
- Chromium printing a one-line blank page takes $BLANK_CHROMIUM_MS ms ($BLANK_CHROMIUM_CPU ms CPU): that much of each Chromium figure is
  its own start-up, which a per-request Chromium would pay too.
- The 400-card deck uses every question kind: the shipped fact base gives about 130 distinct
  flashcards, so exam items fill the rest (their options are printed on the front).
- Chromium's page counts differ where it has no running headers (it prints none) and breaks pages
  by its own rules; the card grid is the same.
MD
echo "wrote the print section of docs/benchmarks.md"

#!/usr/bin/env bash
# Question-engine benchmark over a SYNTHETIC fact base (made-up facts generated into
# target/bench-facts, never committed): load time, heap after load, and the latency of
# generating a 100-question quiz over 1,000 requests. Writes its section of docs/benchmarks.md.
# Usage: [BENCH_NICE=-10] [HEAP="..."] bench/engine-benchmark.sh [facts, default 50000]
# HEAP: the measuring JVM's memory flags, by default the run command's (README, docs/operations.md), as the
# load and herd benchmarks use; HEAP= (empty) measures with the JVM's own defaults.
# BENCH_NICE runs the measuring JVM at that niceness (negative needs root), so that other jobs on a
# shared machine disturb the figures less; the output says which was used.
set -euo pipefail
cd "$(dirname "$0")/.."
facts="${1:-50000}"
heap="${HEAP--Xmx192m -XX:+UseSerialGC}"

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
nice_level="${BENCH_NICE:-0}"
figures="$(nice -n "$nice_level" java $heap -cp "$cp" in.prelims.generation.EngineBenchmark "$facts" target/bench-facts | grep -v '^keep ')"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "$figures"

{
  echo "## Question engine (bench/engine-benchmark.sh)"
  echo
  echo "Question engine over a **synthetic** fact base of $facts made-up facts (500 source files,"
  echo "560 gazetteer entities; dates, figures with scale and unit, money, counts, ordinals, entities,"
  echo "relations and dated events), generated into \`target/bench-facts\` by"
  echo "\`SyntheticFactBase\`; nothing in it is a real fact. Measured $(date -u +%Y-%m-%d) with the"
  echo "JVM flags \`${heap:-none, JVM defaults}\` (by default the run command's; \`HEAP\` sets them), in one process: load = YAML read and validated by the fact loader plus"
  echo "the engine's indexes (JBoss logging is set up before the timed load, as Quarkus does before it loads"
  echo "the facts: \`logging_setup_before_load\`); heap = used heap after four \`System.gc()\`; latency = one"
  echo "\`generate(count=100, every kind but flashcards)\` per request, 1,500 warm-up requests (the JIT compiler is still busy through about the first 1,000), then"
  echo "1,000 timed requests with distinct seeds. \`wall\` is elapsed time; \`cpu\` is the"
  echo "thread's CPU time, which leaves out waiting for a core on a shared machine. The measuring JVM"
  echo "ran at niceness $nice_level (\`BENCH_NICE\`)."
  echo
  echo "| goal | measured |"
  echo "|---|---|"
  echo "| load < 3 s | $(echo "$figures" | awk '$1=="load_total"{printf "%.2f s wall", $2/1000} $1=="load_total_process_cpu"{printf ", %.2f s CPU (all threads)", $2/1000}') |"
  echo "| heap after load < 256 MB | $(echo "$figures" | awk '$1=="heap_after_load"{printf "%.0f MB", $2}') |"
  echo "| p99 < 10 ms (100-question quiz) | $(echo "$figures" | awk '$1=="quiz100_all_kinds_wall_p99"{printf "%.1f ms wall", $2} $1=="quiz100_all_kinds_cpu_p99"{printf ", %.1f ms cpu", $2}') |"
  echo
  echo '```'
  echo "$figures"
  echo '```'
  echo
  echo "Reading the figures: \`*_cpu_*\` is what one request costs; \`*_wall_*\` adds the young-generation"
  echo "collections (\`*_gc_pauses\`, \`*_gc_time\`, from the \`*_allocated_per_request\` of each quiz) and, on"
  echo "a shared machine, the time the thread waits for a core. \`load_total_process_cpu\` counts every"
  echo "thread (files are parsed in parallel; the JIT compiler and collector also run); even a dedicated"
  echo "2-core machine needs at least half of it in wall time. \`per_question_cpu_*\` is the CPU cost of one"
  echo "item of each kind in a 100-item quiz of that kind alone. \`machine_reference_*\` is the best of five sorts of the same"
  echo "500,000 numbers just before and after the timed requests: the same code runs slower when it is higher."
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
  echo "$(awk '/MemTotal/{printf "%.1f GB", $2/1024/1024}' /proc/meminfo) memory; load average $load_before before and $load_after after"
  echo "(other engineers' builds and load tests share these cores)."
  echo
  echo '```'
  java -version 2>&1
  echo '```'
  echo
  echo "Command: \`BENCH_NICE=$nice_level bench/engine-benchmark.sh $facts\`"
} | bench/section.sh engine
echo "wrote the engine section of docs/benchmarks.md"

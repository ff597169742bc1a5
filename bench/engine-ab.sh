#!/usr/bin/env bash
# The engine at two commits side by side in one JVM (bench/EngineAb.java): their papers must be
# identical, then their CPU time per 100-question paper is compared over the same SYNTHETIC base,
# alternating batches so that other jobs on a shared machine slow both alike. Prints; writes no docs.
# Usage: [BENCH_NICE=-10] [AB_PAPERS_MAY_DIFFER=1] bench/engine-ab.sh old-commit [facts, default 50000]
# AB_PAPERS_MAY_DIFFER compares a change that alters papers on purpose: it counts the papers that differ.
set -euo pipefail
cd "$(dirname "$0")/.."
old="$1"
facts="${2:-50000}"
work="target/engine-ab"
rm -rf "$work/old" && mkdir -p "$work/old"
git archive "$old" | tar -x -C "$work/old"
(cd "$work/old" && ./mvnw -B -q -o compile -Dspotless.check.skip=true)
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
nice -n "${BENCH_NICE:-0}" java -Xmx2g bench/EngineAb.java "$work/old" . target/bench-classpath.txt "$facts" | grep -v DEBUG
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# The teacher's results page for a paper with 500 submitted students x 100 items (synthetic answers
# from a simple ability/difficulty model), timed over HTTP inside a @QuarkusTest: cold = the first view
# after a submit (figures computed and the page rendered), warm = views served from the figure cache.
# Prints the figures; paste them into docs/benchmarks.md ("Class statistics").
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ClassStatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep '^BENCH'

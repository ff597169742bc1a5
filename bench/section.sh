#!/usr/bin/env bash
# Replaces (or appends) one benchmark's section of docs/benchmarks.md with standard input.
# Usage: some-benchmark | bench/section.sh NAME
# The section is kept between <!-- NAME:begin --> and <!-- NAME:end --> markers.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1
doc=docs/benchmarks.md
new=$(mktemp)
{ echo "<!-- $name:begin -->"; cat; echo "<!-- $name:end -->"; } > "$new"
touch "$doc"
if grep -q "<!-- $name:begin -->" "$doc"; then
  awk -v f="$new" -v b="<!-- $name:begin -->" -v e="<!-- $name:end -->" \
    '$0 == b {while ((getline l < f) > 0) print l; skip=1; next} $0 == e {skip=0; next} !skip' "$doc" > "$doc.tmp"
  mv "$doc.tmp" "$doc"
else
  { echo; cat "$new"; } >> "$doc"
fi
rm -f "$new"

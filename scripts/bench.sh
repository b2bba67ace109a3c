#!/usr/bin/env bash
# Benchmarks parallel-review side by side with the floor (benches/floor.rs), markdownlint-cli2
# and pandoc, on two corpus shapes, and prints one table of ratios. Not a test.
# Usage: scripts/bench.sh [COUNT]   (see scripts/bench.py)
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/bench.py "$@"

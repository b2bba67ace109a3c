#!/usr/bin/env bash
# Benchmarks parallel-review side by side with its peer tools, in one run, on the same
# synthetic corpus. Prints times, ratios (what to compare: these machines are shared and
# noisy) and peak memory. Not a test.
#
# Usage: scripts/bench.sh [COUNT]   (default 1000 reports of ~3,000 words)
# Needs: python3, node/npm (markdownlint-cli2 is installed under target/bench-tools),
#        hyperfine when present (otherwise a simple best-of-3 timer).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
corpus=target/bench/corpus-$count
tools=target/bench-tools
bin=target/release/parallel-review

cargo build --release --quiet
if [ ! -d "$corpus" ]; then
  python3 scripts/corpus.py "$corpus" "$count"
fi
if [ ! -x "$tools/node_modules/.bin/markdownlint-cli2" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent markdownlint-cli2
fi
mdl="$tools/node_modules/.bin/markdownlint-cli2"

# Seconds for a command: the mean of hyperfine's runs, or the best of three.
time_of() {
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs "${RUNS:-5}" --ignore-failure --export-json target/bench/h.json --style none "$1" >/dev/null 2>&1
    python3 -c "import json;print(json.load(open('target/bench/h.json'))['results'][0]['mean'])"
  else
    python3 - "$1" <<'PY'
import subprocess, sys, time
best = min((lambda t0: (subprocess.run(sys.argv[1], shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(3))
print(best)
PY
  fi
}

# Peak resident memory in MB of a command (which may exit 1: the corpus has defects).
peak_mb() {
  /usr/bin/time -v -o target/bench/time.txt "$@" >/dev/null 2>&1 || true
  awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print int($2/1024)}' target/bench/time.txt
}

words=$(cat "$corpus"/*.md | wc -w)
echo "corpus: $count reports, $words words ($corpus)"
echo
echo "## check"
ours=$(time_of "$bin check $corpus --format short")
theirs=$(time_of "$mdl '$corpus/**/*.md'")
python3 -c "o,t=$ours,$theirs;print(f'parallel-review check  {o:8.3f} s\nmarkdownlint-cli2      {t:8.3f} s\nratio                  {t/o:8.1f}x faster')"
peak=$(peak_mb "$bin" check "$corpus" --format short)
echo "peak memory (check)    $peak MB"

echo
echo "## render to HTML: 200 reports"
small=target/bench/corpus-200
if [ ! -d "$small" ]; then
  mkdir -p "$small"
  ls "$corpus"/*.md | head -200 | xargs -I{} cp {} "$small"/
fi
if command -v pandoc >/dev/null 2>&1; then
  rm -rf target/bench/site target/bench/pandoc && mkdir -p target/bench/pandoc
  ours=$(time_of "rm -rf target/bench/site && $bin render $small --out-dir target/bench/site")
  theirs=$(time_of "for f in $small/*.md; do pandoc -s --metadata pagetitle=r \"\$f\" -o target/bench/pandoc/\$(basename \"\$f\" .md).html; done")
  python3 -c "o,t=$ours,$theirs;print(f'parallel-review render (batch)  {o:8.3f} s  ({o/200*1000:.1f} ms per report)\npandoc -s, one per report       {t:8.3f} s  ({t/200*1000:.1f} ms per report)\nratio                           {t/o:8.1f}x faster')"
else
  echo "pandoc not installed (apt-get install pandoc): skipped"
fi

echo
echo "## render to PDF: overhead over a bare headless Chromium print of the same page"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -n "$browser" ]; then
  one=examples/ar-trade-union-jo.md
  "$bin" render "$one" -o target/bench/one.html 2>/dev/null
  profile=$(mktemp -d)
  bare="$browser --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer --user-data-dir=$profile --print-to-pdf=target/bench/bare.pdf file://$PWD/target/bench/one.html"
  ours=$(RUNS=5 time_of "$bin render $one -o target/bench/ours.pdf --browser $browser")
  theirs=$(RUNS=5 time_of "$bare")
  python3 -c "o,t=$ours,$theirs;print(f'parallel-review render --to pdf  {o:8.3f} s\nbare chromium --print-to-pdf     {t:8.3f} s\noverhead                         {(o/t-1)*100:7.1f} %')"
  rm -rf "$profile"
else
  echo "no Chromium-family browser: skipped"
fi

echo
echo "## coverage: time and peak memory at 1,000 and 10,000 reports"
big=target/bench/corpus-10000
if [ ! -d "$big" ]; then
  python3 scripts/corpus.py "$big" 10000
fi
for dir in "$corpus" "$big"; do
  n=$(ls "$dir" | wc -l)
  secs=$(RUNS=3 time_of "$bin coverage $dir --format json -o target/bench/coverage.json")
  mb=$(peak_mb "$bin" coverage "$dir" --format json -o target/bench/coverage.json)
  python3 -c "print(f'coverage, {$n:>6} reports  {$secs:8.3f} s   peak {$mb} MB')"
done

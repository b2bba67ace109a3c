#!/usr/bin/env python3
"""Benchmarks parallel-review side by side with the floor and its peer tools, in one run,
on the same synthetic corpora, and prints one table: each measure, ours, theirs, the ratio,
and peak memory. Ratios are what to compare: these machines are shared and noisy.

Usage: scripts/bench.py [COUNT]   (default 1000 reports of ~3,000 words)

Two corpus shapes (scripts/corpus.py): paragraphs wrapped in short lines, and paragraphs
as single lines of up to 4.8 KB (--long-paragraphs), as word processors export them.
The floor (benches/floor.rs) walks a corpus, reads each file and consumes every
pulldown-cmark event: what no program reading the reports can skip. CPU is user plus
system time. Two commands of ours compared with each other or with the floor run in turn,
A B A B..., and each ratio is of their medians, which neither a lucky nor a slowed run
moves; against the peer tools, theirs are the best of a few runs (ours, the median).
Needs python3 and cargo; node/npm for markdownlint-cli2 (installed under
target/bench-tools); pandoc for the render comparison (skipped when missing).
"""

import json
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("RUNS", "9"))


def sh(command, **kw):
    return subprocess.run(command, cwd=ROOT, check=True, **kw)


def measure(argv, runs=RUNS):
    """Best wall time, best CPU time (user + system) and peak memory (MB) over runs."""
    best_wall, best_cpu, peak = float("inf"), float("inf"), 0.0
    for _ in range(runs):
        probe = subprocess.run(
            [sys.executable, "-c", PROBE, *argv], cwd=ROOT, capture_output=True, text=True
        )
        wall, cpu, rss = map(float, probe.stdout.split())
        best_wall, best_cpu, peak = min(best_wall, wall), min(best_cpu, cpu), max(peak, rss)
    return best_wall, best_cpu, peak


PROBE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


def compare(a, b, runs=RUNS):
    """Median wall and CPU times and peak memory of two commands run in turn, so that
    whatever else the machine does falls on both alike."""
    samples = ([], [])
    for _ in range(runs):
        for argv, kept in zip((a, b), samples):
            kept.append(measure(argv, runs=1))
    return tuple(
        (statistics.median(s[0] for s in kept), statistics.median(s[1] for s in kept), max(s[2] for s in kept))
        for kept in samples
    )


def instructions(argv):
    """Instructions the command executes, counted by valgrind's callgrind."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        cwd=ROOT, capture_output=True, text=True,
    ).stderr
    for line in out.splitlines():
        if "refs:" in line:
            return int(line.split("refs:")[1].strip().replace(",", ""))
    raise SystemExit(f"valgrind gave no count for {argv}")


def floor_binary():
    out = sh(
        ["cargo", "build", "--release", "--bench", "floor", "--message-format=json", "--quiet"],
        capture_output=True,
        text=True,
    ).stdout
    for line in out.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "floor":
            if message.get("executable"):
                return message["executable"]
    raise SystemExit("could not build benches/floor.rs")


def corpus(name, count, *flags):
    path = os.path.join(ROOT, "target/bench", f"{name}-{count}")
    if not os.path.isdir(path):
        sh([sys.executable, "scripts/corpus.py", path, str(count), "3000", *flags])
    return path


def first_reports(source, n):
    """A folder holding the first `n` reports of a corpus."""
    path = os.path.join(ROOT, "target/bench", f"corpus-first-{n}")
    if not os.path.isdir(path):
        os.makedirs(path)
        for name in sorted(os.listdir(source))[:n]:
            shutil.copy(os.path.join(source, name), path)
    return path


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    sh(["cargo", "build", "--release", "--quiet"])
    ours = os.path.join(ROOT, "target/release/parallel-review")
    floor = floor_binary()
    tools = os.path.join(ROOT, "target/bench-tools")
    mdl = os.path.join(tools, "node_modules/.bin/markdownlint-cli2")
    if not os.path.exists(mdl) and shutil.which("npm"):
        os.makedirs(tools, exist_ok=True)
        sh(["npm", "install", "--prefix", tools, "--no-audit", "--no-fund", "--silent", "markdownlint-cli2"])
    rows = []

    def row(measure_name, ours_value, theirs_name, theirs_value, unit, note=""):
        rows.append((measure_name, ours_value, theirs_name, theirs_value, unit, note))

    for shape, flags in (("wrapped lines", ()), ("long paragraphs", ("--long-paragraphs",))):
        name = "corpus" if not flags else "corpus-long"
        path = corpus(name, count, *flags)
        check, base = compare([ours, "check", path, "--format", "short"], [floor, path])
        row(f"check vs floor, {shape} (CPU)", check[1], "floor", base[1], "s", "target: under 2x")
        if os.path.exists(mdl):
            lint = measure(["sh", "-c", f"'{mdl}' '{path}/**/*.md'"], runs=min(RUNS, 3))
            row(f"check vs markdownlint-cli2, {shape} (wall)", check[0], "markdownlint-cli2", lint[0], "s",
                "target: 100x faster" if flags else "")
        cov, check_again = compare(
            [ours, "coverage", path, "--format", "json", "-o", "target/bench/coverage.json"],
            [ours, "check", path, "--format", "short"],
        )
        row(f"coverage vs check, {shape} (CPU)", cov[1], "check", check_again[1], "s", "target: under 1.5x")
        for fmt in ("short", "json"):
            peak = measure([ours, "check", path, "--format", fmt], runs=1)[2]
            rows.append((f"check --format {fmt}, {shape}: peak memory", peak, "", None, "MB", ""))

    # Instructions executed (valgrind's callgrind) are the same from run to run, whatever
    # else the machine does: the steadiest of the ratios.
    if shutil.which("valgrind"):
        for shape, flags in (("wrapped lines", ()), ("long paragraphs", ("--long-paragraphs",))):
            path = corpus("corpus" if not flags else "corpus-long", count, *flags)
            floor_i = instructions([floor, path])
            check_i = instructions([ours, "check", path, "--format", "short"])
            cov_i = instructions([ours, "coverage", path, "--format", "json", "-o", "target/bench/coverage.json"])
            row(f"check vs floor, {shape} (instructions)", check_i / 1e6, "floor", floor_i / 1e6, "M",
                "target: under 2x")
            row(f"coverage vs check, {shape} (instructions)", cov_i / 1e6, "check", check_i / 1e6, "M",
                "target: under 1.5x")

    small = first_reports(corpus("corpus", count), 200)
    site = os.path.join(ROOT, "target/bench/site")
    render = measure(["sh", "-c", f"rm -rf '{site}' && '{ours}' render '{small}' --out-dir '{site}'"])
    if shutil.which("pandoc"):
        out = os.path.join(ROOT, "target/bench/pandoc")
        os.makedirs(out, exist_ok=True)
        loop = f"for f in '{small}'/*.md; do pandoc -s --metadata pagetitle=r \"$f\" -o '{out}'/$(basename \"$f\" .md).html; done"
        pandoc = measure(["sh", "-c", loop], runs=min(RUNS, 3))
        row("render to HTML, 200 reports, per report (wall)", render[0] / 200, "pandoc -s", pandoc[0] / 200, "s",
            "target: 100x faster")
    else:
        rows.append(("render to HTML, 200 reports, per report (wall)", render[0] / 200, "pandoc -s (not installed)", None, "s", ""))

    # A site of every report of the corpus: built, then built again with nothing changed,
    # against rendering the same reports' pages alone; the finder's index against the
    # reports' Markdown.
    source = corpus("corpus", count)
    published = os.path.join(ROOT, "target/bench/publish")
    pages_only = os.path.join(ROOT, "target/bench/publish-pages")
    first = measure(["sh", "-c", f"rm -rf '{published}' && '{ours}' publish '{source}' --out '{published}'"], runs=1)
    again = measure([ours, "publish", source, "--out", published], runs=min(RUNS, 3))
    alone = measure(["sh", "-c", f"rm -rf '{pages_only}' && '{ours}' render '{source}' --out-dir '{pages_only}'"], runs=1)
    row(f"publish {count} reports, first build (wall)", first[0], "render --out-dir, pages only", alone[0], "s",
        "the whole site against its report pages")
    row(f"publish {count} reports again, nothing changed (wall)", again[0], "first build", first[0], "s", "")
    markdown = sum(os.path.getsize(os.path.join(source, f)) for f in os.listdir(source) if f.endswith(".md"))
    index = os.path.getsize(os.path.join(published, "search-index.js"))
    rows.append((f"publish {count} reports: the finder's index", index / 1e6, "", None, "MB", ""))
    rows.append((f"publish {count} reports: their Markdown", markdown / 1e6, "", None, "MB", ""))

    browser = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    if browser:
        # 20 reports the size of the examples, printed in one run (one browser, the
        # contents' page numbers printed after a first print) against 20 bare prints.
        twenty = os.path.join(ROOT, "target/bench/print-20")
        pages = os.path.join(ROOT, "target/bench/print-20-html")
        examples = sorted(f for f in os.listdir(os.path.join(ROOT, "examples")) if f.endswith(".md"))
        for folder in (twenty, pages):
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
        for i in range(20):
            name = examples[i % len(examples)]
            shutil.copy(os.path.join(ROOT, "examples", name), os.path.join(twenty, f"r{i:02}-{name}"))
            page = os.path.join(pages, f"r{i:02}.html")
            sh([ours, "render", os.path.join(twenty, f"r{i:02}-{name}"), "-o", page], stderr=subprocess.DEVNULL)
        out = os.path.join(ROOT, "target/bench/print-20-pdf")
        profile = os.path.join(ROOT, "target/bench/profile")
        flags = ("--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
                 "--disable-component-update --disable-sync --no-pdf-header-footer")
        batch = measure(["sh", "-c", f"rm -rf '{out}' && '{ours}' render '{twenty}' --out-dir '{out}' --to pdf --browser '{browser}'"],
                        runs=min(RUNS, 3))
        loop = (f"for f in '{pages}'/*.html; do '{browser}' {flags} --user-data-dir='{profile}' "
                f"--print-to-pdf='{ROOT}/target/bench/bare.pdf' \"file://$f\"; done")
        bare = measure(["sh", "-c", loop], runs=min(RUNS, 3))
        row("render --to pdf, 20 reports in one run vs 20 bare Chromium prints (wall)", batch[0],
            "chromium --print-to-pdf", bare[0], "s", "target: 4x faster")

    cores = os.cpu_count()
    print(f"\n{count} reports per corpus, {cores} cores, {RUNS} runs of each of ours\n")
    print("| measure | parallel-review | compared with | theirs | ratio | note |")
    print("|---|---|---|---|---|---|")
    for measure_name, mine, theirs_name, theirs, unit, note in rows:
        if theirs is None:
            print(f"| {measure_name} | {fmt_value(mine, unit)} | {theirs_name} | | | {note} |")
            continue
        ratio = theirs / mine if mine else float("inf")
        shown = f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.2f}x the cost"
        print(f"| {measure_name} | {fmt_value(mine, unit)} | {theirs_name} | {fmt_value(theirs, unit)} | {shown} | {note} |")


def fmt_value(value, unit):
    if unit == "s" and value < 0.1:
        return f"{value * 1000:.2f} ms"
    if unit == "M":
        return f"{value:,.0f} M"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:.3f} {unit}"


if __name__ == "__main__":
    main()

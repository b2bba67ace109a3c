#!/usr/bin/env python3
"""Mutation fuzzing of `check`, `render` and `coverage` on the project's examples and
fixtures: byte flips, truncation, bidirectional controls, huge lines, deep nesting, YAML
anchors, tags and duplicate keys. Each run has a memory limit (prlimit --as) and a
timeout; an input that crashes the program (a signal, exit code 101), hangs or passes the
memory limit is saved under the findings folder with a note of the command.

Usage: scripts/fuzz.py [--seconds 900] [--binary target/release/parallel-review]
                       [--findings target/fuzz/findings] [--seed N] [--timeout 20]
Exits 1 when anything was found. Inputs worth keeping go to tests/fixtures/fuzz/, which
the test suite runs every command on.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MEMORY_LIMIT = 1024 * 1024 * 1024
# Exit codes the program may give: success, findings, could not run.
EXPECTED = {0, 1, 2}

BIDI = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u061c"]
CONTROLS = ["\x00", "\x1b[2J", "\x1b]52;c;aGk=\x07", "\r", "\x0b", "\x7f", "\ufeff"]
YAML = [
    "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n",
    "title: !!binary aGVsbG8=\n",
    "title: !custom x\n",
    "title: one\ntitle: two\n",
    "objectives: !!set {6: null}\n",
    "<<: *undefined\n",
    "country: &c JO\nlanguage: *c\n",
    "date: 2026-02-30\n",
    "objectives: [٦, ٢٢, 99, -1, 1e9, .nan]\n",
    "partners: " + "[" * 200 + "\n",
]
MARKDOWN = [
    "> " * 500 + "deep\n",
    "- " * 500 + "deep\n",
    "*" * 5000 + "\n",
    "[" * 5000 + "\n",
    "![" * 5000 + "\n",
    "| a " * 2000 + "|\n" + "| - " * 2000 + "|\n",
    "## Same\n\n" * 2000,
    "TODO " * 20000 + "\n",
    "[x](javascript:alert(1)) [y](//host/share) [z](ms-msdt:x) ![i](../../etc/passwd)\n",
    "<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n",
    "```\n" * 300,
    "[^1]: " * 1000 + "\n",
    "x" * 1_000_000 + "\n",
]


def seeds() -> list:
    """The examples and the rule fixtures, as bytes."""
    found = []
    for folder in ("examples", "tests/fixtures"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if name.endswith(".md"):
                    with open(os.path.join(dirpath, name), "rb") as f:
                        found.append(f.read())
    return found


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four mutations of one kind or another."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(9)
        at = rng.randrange(len(data) + 1)
        if kind == 0 and data:
            for _ in range(rng.randint(1, 16)):
                i = rng.randrange(len(data))
                data[i] ^= 1 << rng.randrange(8)
        elif kind == 1:
            data = data[: rng.randrange(len(data) + 1)]
        elif kind == 2:
            data[at:at] = rng.choice(BIDI).encode() * rng.randint(1, 50)
        elif kind == 3:
            data[at:at] = rng.choice(CONTROLS).encode()
        elif kind == 4:
            # Into the front matter when there is one.
            end = data.find(b"\n---", 3)
            at = rng.randrange(4, end + 1) if end > 4 else at
            at = data.rfind(b"\n", 0, at) + 1
            data[at:at] = rng.choice(YAML).encode()
        elif kind == 5:
            at = data.rfind(b"\n", 0, at) + 1
            data[at:at] = rng.choice(MARKDOWN).encode()
        elif kind == 6 and data:
            start = rng.randrange(len(data))
            piece = data[start : start + rng.randint(1, 200)]
            data[at:at] = piece * rng.randint(2, 2000)
        elif kind == 7 and data:
            del data[at : at + rng.randint(1, 100)]
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return bytes(data[: 16 * 1024 * 1024])


def run(binary: str, args: list, cwd: str, timeout: float) -> tuple:
    """Runs under the memory limit and the timeout: (what went wrong or None, detail)."""
    command = ["prlimit", f"--as={MEMORY_LIMIT}", "--", binary, *args]
    try:
        result = subprocess.run(
            command, cwd=cwd, capture_output=True, timeout=timeout, env={**os.environ, "NO_COLOR": "1"}
        )
    except subprocess.TimeoutExpired:
        return "hang", f"over {timeout} s"
    stderr = result.stderr.decode("utf-8", "replace")
    # An allocation refused under the limit aborts the program (SIGABRT).
    if "memory allocation" in stderr or "capacity overflow" in stderr:
        return "memory", stderr[-500:]
    if result.returncode < 0:
        return "crash", f"signal {-result.returncode}: {stderr[-500:]}"
    if result.returncode not in EXPECTED or "panicked" in stderr:
        return "crash", f"exit {result.returncode}: {stderr[-500:]}"
    return None, ""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=900)
    parser.add_argument("--binary", default=os.path.join(ROOT, "target/release/parallel-review"))
    parser.add_argument("--findings", default=os.path.join(ROOT, "target/fuzz/findings"))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--timeout", type=float, default=20, help="seconds a run may take")
    args = parser.parse_args()
    if shutil.which("prlimit") is None:
        print("prlimit is missing (util-linux)", file=sys.stderr)
        return 2
    binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    corpus = seeds()
    counts = {"inputs": 0, "runs": 0, "crash": 0, "hang": 0, "memory": 0}
    started = time.time()
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "reports")
        os.makedirs(folder)
        report = os.path.join(folder, "report.md")
        commands = [
            ["check", "--format", "short", "reports/report.md"],
            ["check", "--format", "sarif", "--final", "reports"],
            ["render", "reports/report.md", "-o", "out.html"],
            ["coverage", "--format", "json", "reports"],
        ]
        while time.time() - started < args.seconds:
            data = mutate(rng.choice(corpus), rng)
            with open(report, "wb") as f:
                f.write(data)
            counts["inputs"] += 1
            for command in commands:
                counts["runs"] += 1
                problem, detail = run(binary, command, work, args.timeout)
                if problem:
                    counts[problem] += 1
                    os.makedirs(args.findings, exist_ok=True)
                    name = f"{problem}-{counts['inputs']:06d}-{args.seed}"
                    with open(os.path.join(args.findings, name + ".md"), "wb") as f:
                        f.write(data)
                    with open(os.path.join(args.findings, name + ".txt"), "w") as f:
                        f.write(f"parallel-review {' '.join(command)}\n{detail}\n")
                    print(f"{problem}: saved {name}.md ({' '.join(command)})", file=sys.stderr)
    elapsed = time.time() - started
    print(
        f"seed {args.seed}: {counts['inputs']} inputs, {counts['runs']} runs in {elapsed:.0f} s; "
        f"{counts['crash']} crashes, {counts['hang']} hangs, {counts['memory']} over the memory limit"
    )
    return 1 if counts["crash"] + counts["hang"] + counts["memory"] else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Peak memory of `check`, `render` and `coverage` on reports built to sit just inside the
limits (16 MB, 150,000 lines and Markdown marks) in the shapes that cost the parsers most,
and just outside them. Prints one line per run and exits 1 when a run passes the budget.

Usage: scripts/memory.py [BINARY] [--budget-mb 200]
Measures the resident set (ru_maxrss of the child) of each run.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HEAD = """---
title: Limits
organization: An organization
stakeholder: trade-union
country: JO
language: en
objectives: [6]
date: 2026-01-01
contact: a@example.org
---

## Executive summary

"""
MB = 1024 * 1024
MARKS = 150_000


def filled(unit: str, marks_per_unit: int, separator: str = "\n\n", per_block: int = 50) -> str:
    """`unit` repeated until the marks are nearly used up, in blocks of `per_block`, then
    plain text up to nearly 16 MB."""
    units = (MARKS - 10_000) // marks_per_unit
    blocks = []
    for start in range(0, units, per_block):
        blocks.append(unit * min(per_block, units - start))
    body = separator.join(blocks) + "\n\n"
    words = "نص عادي texte ordinaire plain text "
    room = 16 * MB - len((HEAD + body).encode()) - 1024
    line = words * 200 + "\n\n"
    body += line * max(0, room // len(line.encode()))
    return HEAD + body


SHAPES = {
    # Two marks make an emphasis node and its text.
    "emphasis": filled("*a* ", 2),
    # A cell per mark: the widest table a page shows, as many rows as the marks allow.
    "table": "".join(
        [HEAD, "|", "a|" * 999, "\n|", "-|" * 999, "\n"]
        + ["|" + "1|" * 999 + "\n"] * ((MARKS - 4_000) // 1_001)
    ),
    "links": filled("[a](https://example.org/a) ", 3),
    "images": filled("![a](missing.png) ", 3),
    "list": filled("- a\n", 3, separator="\n", per_block=1),
    "quotes": filled("> > > a\n", 5, separator="\n", per_block=1),
    "headings": filled("## Heading\n\n", 4, separator="", per_block=1),
    "footnotes": HEAD + "".join(f"a[^{i}]\n\n[^{i}]: b\n\n" for i in range(MARKS // 10)),
    "markers": HEAD + ("TODO " * 100_000 + "\n\n") * 30,
    "autolinks": filled("www.example.org/a ", 3),
    "plain": HEAD + ("كلمة texte mot " * 500 + "\n\n") * 1_700,
    # Just outside the limits: refused before parsing.
    "too-many-marks": HEAD + "*a* " * (MARKS // 2 + 10),
    "too-large": HEAD + "a " * (8 * MB + 10),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default="target/release/parallel-review")
    parser.add_argument("--budget-mb", type=float, default=200)
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in SHAPES.items():
            path = os.path.join(tmp, f"{name}.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            size = os.path.getsize(path) / MB
            for command in ("check", "render", "coverage"):
                argv = [args.binary, command, path]
                if command == "render":
                    argv += ["-o", os.path.join(tmp, f"{name}.html")]
                # Each run in its own Python child, so ru_maxrss is that run's alone.
                probe = subprocess.run(
                    [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True
                )
                code, peak = probe.stdout.split()
                peak = float(peak)
                worst = max(worst, peak)
                flag = "  OVER BUDGET" if peak > args.budget_mb else ""
                print(f"{name:15} {size:6.1f} MB  {command:8} exit {code:>3}  peak {peak:7.1f} MB{flag}")
    print(f"worst peak: {worst:.1f} MB (budget {args.budget_mb:.0f} MB)")
    return 1 if worst > args.budget_mb else 0


PROBE = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""

if __name__ == "__main__":
    sys.exit(main())

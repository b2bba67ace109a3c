#!/usr/bin/env python3
"""Writes a synthetic corpus of parallel review reports for benchmarks.

Usage: scripts/corpus.py OUT_DIR [COUNT] [WORDS] [--long-paragraphs]

Reports are built from the three examples (Arabic, French, English), their paragraphs
repeated until each report has about WORDS words (default 3,000), with objectives chosen
at random. One report in ten carries a defect (a missing section, a placeholder, an unknown
field, a bad country code, an undeclared objective). The same seed gives the same corpus.
With --long-paragraphs, the paragraphs of each section are joined into lines of up to
4.8 KB, as word processors export them: the shape Markdown linters find easiest.
"""
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLES = ["ar-trade-union-jo.md", "fr-migrant-organization-ma.md", "en-joint-civil-society-lb.md"]
LABEL = {"ar": "الهدف", "en": "Objective", "fr": "Objectif"}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def split(text):
    _, front, body = text.split("---\n", 2)
    return front, body


def sections(body):
    """Section heading -> paragraphs, objective sub-sections dropped."""
    out, current = [], None
    for block in body.split("\n\n"):
        block = block.strip()
        if block.startswith("## "):
            current = [block, []]
            out.append(current)
        elif block.startswith("### ") or block.startswith("<!--") or current is None:
            continue
        else:
            current[1].append(block)
    return out


def objective_text(body):
    return [b.strip() for b in body.split("\n\n") if b.strip() and not b.strip().startswith(("#", "<!--", "|", "1."))]


def words(text):
    return len(text.split())


def report(lang, front, body, rng, target):
    objectives = sorted(rng.sample(range(1, 24), rng.randint(3, 8)))
    front = re.sub(r"objectives: \[[^\]]*\]", "objectives: [%s]" % ", ".join(map(str, objectives)), front)
    secs = sections(body)
    filler = objective_text(body)
    base = sum(words(p) for _, paras in secs for p in paras)
    average = sum(map(words, filler)) / len(filler)
    per_objective = max(1, round((target - base) / (len(objectives) * average)))
    parts = []
    for heading, paras in secs:
        parts.append(heading)
        parts.extend(paras)
        if heading in (
            "## التقدم المحرز في تحقيق الأهداف",
            "## Progress on the objectives",
            "## Progrès accomplis au regard des objectifs",
        ):
            for n in objectives:
                number = str(n).translate(ARABIC_DIGITS) if lang == "ar" else str(n)
                sep = " :" if lang == "fr" else ":"
                parts.append(f"### {LABEL[lang]} {number}{sep} {rng.choice(filler)[:60]}")
                parts.extend(rng.choice(filler) for _ in range(per_objective))
    return "---\n" + front + "---\n\n" + "\n\n".join(parts) + "\n", objectives


def long_paragraphs(text):
    """Each run of paragraphs joined into one line of up to 4.8 KB."""
    front, body = text.split("---\n\n", 1)
    out, line = [], ""
    for block in body.split("\n\n"):
        block = block.strip()
        if not block or block.startswith(("#", "<!--", "|", "1.", "-")):
            if line:
                out.append(line)
                line = ""
            if block:
                out.append(block)
            continue
        block = " ".join(block.split("\n"))
        if line and len((line + " " + block).encode()) > 4800:
            out.append(line)
            line = block
        else:
            line = (line + " " + block).strip()
    if line:
        out.append(line)
    return front + "---\n\n" + "\n\n".join(out) + "\n"


def defect(text, rng):
    kind = rng.choice(["section", "placeholder", "field", "country", "objective"])
    if kind == "section":
        return re.sub(r"\n## [^\n]*\n", "\n", text, count=1)
    if kind == "placeholder":
        return text.replace("\n\n", "\n\nTODO\n\n", 1)
    if kind == "field":
        return text.replace("contact:", "contcat:", 1)
    if kind == "country":
        return re.sub(r"country: \w+", "country: XX", text, count=1)
    return re.sub(r"objectives: \[\d+", "objectives: [24", text, count=1)


def main():
    long = "--long-paragraphs" in sys.argv
    argv = [a for a in sys.argv if a != "--long-paragraphs"]
    out = argv[1]
    count = int(argv[2]) if len(argv) > 2 else 1000
    target = int(argv[3]) if len(argv) > 3 else 3000
    rng = random.Random(2024)
    os.makedirs(out, exist_ok=True)
    sources = []
    for name in EXAMPLES:
        with open(os.path.join(ROOT, "examples", name), encoding="utf-8") as f:
            front, body = split(f.read())
        sources.append((name[:2], front, body))
    for i in range(count):
        lang, front, body = sources[i % 3]
        text, _ = report(lang, front, body, rng, target)
        if long:
            text = long_paragraphs(text)
        if i % 10 == 9:
            text = defect(text, rng)
        with open(os.path.join(out, f"report-{i:05d}-{lang}.md"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

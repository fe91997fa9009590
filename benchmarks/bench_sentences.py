"""Sentence splitting on pySBD's English Golden Rules (48 cases; goal: at least 46 exact).

Usage: `.venv/bin/python benchmarks/bench_sentences.py [--details]`. A case counts only when every
sentence is exactly `text[start:end]` of the expected segmentation: offsets kept, nothing
stripped or rewritten. The cases are in `tests/fixtures/golden_rules_en.jsonl` (see the note there);
`tests/test_golden_rules.py` checks each one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from medialit.sentences import sentence_spans

CASES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "golden_rules_en.jsonl"


def load_cases(path: Path = CASES) -> list[dict]:
    """The Golden Rules cases: ``rule`` (1-48), ``text`` and ``expected`` (a list of sentences)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def split_one_paragraph(text: str) -> list[str]:
    """The sentences of `text` read as one body paragraph, each cut out of `text` by its offsets."""
    paragraphs = pd.DataFrame({"paragraph": [0], "start": [0], "end": [len(text)], "role": ["body"]})
    return [text[start:end] for _, start, end in sentence_spans(text, paragraphs)]


def misses(cases: list[dict]) -> list[tuple[dict, list[str]]]:
    """The cases whose sentences differ from the expected ones, with what the splitter gave."""
    out = []
    for case in cases:
        got = split_one_paragraph(case["text"])
        if got != case["expected"]:
            out.append((case, got))
    return out


def run() -> list[tuple]:
    cases = load_cases()
    missed = misses(cases)
    passed = len(cases) - len(missed)
    detail = "all exact, offsets kept" if not missed else "missed rules " + ", ".join(str(c["rule"]) for c, _ in missed)
    return [("Golden Rules (pySBD English) exact", f"{passed}/{len(cases)}", ">= 46/48", detail)]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print each missed case")
    args = parser.parse_args()
    for row in run():
        print(*row, sep="\t")
    if args.details:
        for case, got in misses(load_cases()):
            print(f"rule {case['rule']}: {case['text']!r}\n  got      {got}\n  expected {case['expected']}")

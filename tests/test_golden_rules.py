"""pySBD's 48 English Golden Rules (test data in tests/fixtures/golden_rules_en.jsonl): each split exactly, offsets kept."""

import json
from pathlib import Path

import pandas as pd
import pytest

from medialit.sentences import split_sentences

FIXTURE = Path(__file__).parent / "fixtures" / "golden_rules_en.jsonl"
RULES = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_all_48_rules_are_there():
    assert [rule["rule"] for rule in RULES] == list(range(1, 49))


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: f"rule{rule['rule']:02d}")
def test_golden_rule(rule):
    text = rule["text"]
    one_paragraph = pd.DataFrame({"paragraph": [0], "start": [0], "end": [len(text)], "role": ["body"]})
    frame = split_sentences(text, one_paragraph)
    assert frame["text"].tolist() == rule["expected"]
    assert all(text[row.start : row.end] == row.text for row in frame.itertuples())

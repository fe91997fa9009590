"""Statements named by a noun (issue 12): the owner before the noun is the source (`_attribution/nominal.py`).

Every sentence here was written for this file. A case gives the expected (source, cue, content start); a
near miss gives text where no row may come from the rule.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _rows(text: str, rule: str | None = None) -> list[tuple[str, str, str]]:
    frame = trace_attributions(Article.from_text("Town hall notes\n\n" + text))
    if rule is not None:
        frame = frame[frame["rule"] == rule]
    return [(r.source, r.cue, r.content) for r in frame.itertuples()]


def _has(rows, source: str, cue: str, content_start: str) -> bool:
    return any(s == source and c == cue and str(t).startswith(content_start) for s, c, t in rows)


# 'possessive-noun': the owner is the phrase right before "'s", not a phrase further back.
POSSESSIVE_OWNER = [
    (
        "Critics kept asking questions about the mayor's claim that the bridge was safe.",
        ("the mayor", "claim", "the bridge was safe"),
    ),
    (
        "The report found gaps in North Dakota's assertion that every ballot was counted.",
        ("North Dakota", "assertion", "every ballot was counted"),
    ),
    (
        "Despite Ms. Okafor's insistence that the fund was solvent, savers left.",
        ("Ms. Okafor", "insistence", "the fund was solvent"),
    ),
    (
        "As for Dr. Lind's claim that the vaccine failed, nobody has checked it.",
        ("Dr. Lind", "claim", "the vaccine failed"),
    ),
    (
        "Nobody believed the Harbor Board's statement that fees would stay flat.",
        ("the Harbor Board", "statement", "fees would stay flat"),
    ),
]


@pytest.mark.parametrize("text, expected", POSSESSIVE_OWNER)
def test_possessive_noun_owner_is_the_phrase_before_the_genitive(text, expected):
    assert _has(_rows(text, "possessive-noun"), *expected), _rows(text)


POSSESSIVE_NEAR_MISSES = [
    # "that" opens a relative clause: the claim was made, nothing is claimed here
    "The council's claim that was filed in May has been dropped.",
    # "it's" is "it is": no owner
    "It's statement that matters most, the coach joked.",
    # no owner at all
    "The claim that the bridge was safe came from nowhere.",
]


@pytest.mark.parametrize("text", POSSESSIVE_NEAR_MISSES)
def test_possessive_noun_near_misses(text):
    assert _rows(text, "possessive-noun") == []

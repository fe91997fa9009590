"""Direct quotations on the shapes real news gives them (issue 12): sentences written for these tests.

Each case names the structural rule it guards (`medialit.analysis._attribution.quoted`
and the rules that read quotations).
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions

HEAD = "Evening bulletin\n\n"


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    df = trace_attributions(Article.from_text(HEAD + text))
    return [(r.source, r.cue, r.content, r.rule) for r in df.itertuples()]


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in _rows(text)]


# ---------------------------------------------------------------- quotation, speaker, verb, more words
QUOTE_FIRST = [
    # a participle without a comma after the verb, with quoted words of its own: two statements
    (
        "“We need a fighter in that office,” she said introducing the mayor as a “tireless champion.”",
        [
            ("she", "said", "We need a fighter in that office"),
            ("she", "introducing", "the mayor as a “tireless champion.”"),
        ],
    ),
    # a time and "after <participle> that": the quotation, then the hint as a second statement
    (
        "“All options remain open,” Noor Haddad told reporters on Monday after hinting that “big changes” were near.",
        [
            ("Noor Haddad", "told", "All options remain open"),
            ("Noor Haddad", "hinting", "“big changes” were near"),
        ],
    ),
    # the speaker after the verb, then a relative clause holding quoted words
    (
        "“The count was fair,” said Ivo Brandt, who added that critics were “sore losers.”",
        [("Ivo Brandt", "said", "The count was fair"), ("who", "added", "critics were “sore losers.”")],
    ),
    # a question mark closes the quotation; the trailing phrase quotes a title
    (
        "“Who pays for the bridge?” asked Lena Morgan, host of the show “City Desk.”",
        [("Lena Morgan", "asked", "Who pays for the bridge?")],
    ),
]


@pytest.mark.parametrize("text, expected", QUOTE_FIRST)
def test_quotation_then_speaker_and_trailing_words(text, expected):
    assert _triples(text) == expected


def test_quoted_title_opening_the_sentence_is_not_the_content():
    # The quoted words are a show's name inside an opening phrase, not what was said.
    text = "On the radio show “Morning Line,” Rep. Ada Kerr said the levy would pass."
    assert _triples(text) == [("Rep. Ada Kerr", "said", "the levy would pass")]


def test_said_that_after_a_quotation_keeps_its_own_content():
    # The quotation closes with a comma, but "said that" opens a content of its own.
    text = "“Shameful,” the minister said, and she said that the vote would be held again."
    rows = _triples(text)
    assert ("the minister", "said", "Shameful") in rows

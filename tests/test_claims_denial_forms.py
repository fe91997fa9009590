"""find_claims on denials news writes without a denial verb: knowledge, flat answers, disputed numbers.

Sentences written for this file; each form has a near miss where the same words deny nothing.
"""

from __future__ import annotations

import pytest

from medialit import Article, find_claims


def denial_cues(sentence: str) -> list[str]:
    frame = find_claims(Article.from_text("A headline for the test\n\n" + sentence))
    return frame.loc[frame["stance"] == "denial", "cue"].tolist()


DENIALS = [
    ("The airline said it was not aware of any fault with the engine.", "was not aware of"),
    ("The council said it wasn't aware that the bridge was closed.", "wasn't aware that"),
    ("“There is no truth to these stories,” the club said.", "no truth to"),
    ("The firm said there was no basis for the allegations.", "no basis for the allegations"),
    ("The ministry disputed the figures published by the charity.", "disputed the figures"),
    ("Asked whether he would step down, the chairman replied: “Absolutely not.”", "Absolutely not."),
]

QUIET = [
    "The board denied him a second hearing.",  # refusing someone a thing
    "The council said it was aware of the problem.",
    "Many students are not aware of the grants they could claim.",  # a description, not an answer
    "The engineers disputed for hours over the design.",
    "The survey found no basis in law for the fee, but the mayor kept it.",  # not a claim it answers
]


@pytest.mark.parametrize("sentence, cue", DENIALS)
def test_denial_is_found(sentence, cue):
    assert cue in denial_cues(sentence)


@pytest.mark.parametrize("sentence", QUIET)
def test_near_miss_is_no_denial(sentence):
    assert denial_cues(sentence) == []

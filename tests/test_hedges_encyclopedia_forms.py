"""find_hedges on the doubt encyclopedia prose marks: legend, disputed causes, inferences from records.

Every sentence is written for this file. Each form has a near miss that must stay quiet: the same
words where they state a fact, a quarrel or a proposal rather than a doubt.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.hedges import find_hedges


def hedge_texts(text: str) -> list[str]:
    frame = find_hedges(Article.from_text("A title\n\n" + text))
    return frame.loc[frame["kind"] == "hedge", "text"].tolist()


FOUND = [
    ("According to legend, the well has never run dry.", "According to legend"),
    ("The chapel, according to tradition, was built by a shipwrecked sailor.", "according to tradition"),
    ("The cause of the outage remains disputed.", "remains disputed"),
    ("The origin of the blaze is still under investigation.", "is still under investigation"),
    ("Historians have long debated whether the duke was poisoned.", "have long debated whether"),
    ("Her diaries suggest he was already ill.", "suggest"),
    ("Early test results suggested the coating worked.", "suggested"),
    ("The tower is often described as the heart of the old town.", "is often described as"),
    ("His sculptures are widely seen as a break with the past.", "are widely seen as"),
    ("Little is known about the architect's training.", "Little is known about"),
]

QUIET = [
    "The island is disputed by two neighbouring states.",  # a quarrel, stated as a fact
    "The council debated the budget for three hours.",  # a debate held, not a doubt
    "She suggested they meet again on Friday.",  # a proposal
    "The hut is described as a single room in the survey of 1851.",  # a plain description
    "The witness was seen as she left the building.",  # 'as' starts a clause of time
    "Much is known about the bridge from the builder's accounts.",
]


@pytest.mark.parametrize("sentence, cue", FOUND)
def test_doubt_is_found(sentence, cue):
    assert cue in hedge_texts(sentence)


@pytest.mark.parametrize("sentence", QUIET)
def test_near_misses_stay_quiet(sentence):
    assert hedge_texts(sentence) == []

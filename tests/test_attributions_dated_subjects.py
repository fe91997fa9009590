"""A subject that a participle of publishing and a time modify (issue 12, `_noun_phrases._dated_participle`):
"New polls released Sunday show ...", "A Harbour Times poll of the north ward released on Tuesday found ...".

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest
from attribution_rows import sentence_rows

from medialit.analysis._noun_phrases import np_before


def _rows(text: str) -> list[tuple[str, str]]:
    return [(source, cue) for source, cue, _ in sentence_rows(text)]


# (sentence, speaker, cue)
READS = [
    ("New polls released Sunday show Mayor Ruiz ahead in the port wards.", "New polls released Sunday", "show"),
    (
        "A Harbour Times poll of the north ward released on Tuesday found that most voters back the ferry plan.",
        "A Harbour Times poll of the north ward released on Tuesday",
        "found",
    ),
    (
        "A survey of pilots published last week showed that fog delays doubled.",
        "A survey of pilots published last week",
        "showed",
    ),
]


@pytest.mark.parametrize("text, speaker, cue", READS)
def test_a_poll_released_on_a_day_is_the_source(text, speaker, cue):
    assert (speaker, cue) in _rows(text), _rows(text)


def test_a_verb_followed_by_a_time_is_still_the_verb():
    # 'released Sunday' after a name with no determiner or plural is the clause's verb, not a modifier:
    # the phrase before it is no subject of a later verb
    text = "Ms. Ruiz released Sunday"
    assert np_before(text + " said", 0, len(text)) is None
    # a plural noun before a verb other than one of publishing is not read as a modifier either
    text = "Pilots worked Sunday"
    assert np_before(text + " said", 0, len(text)) is None

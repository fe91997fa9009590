"""A subject set off by commas, then an auxiliary or adverb before the verb (issue 12,
`_attribution/adverb_gap.py`): "Ana Ruiz, the harbour master, has indicated ...".

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest
from attribution_rows import sentence_rows

from medialit.analysis._attribution.adverb_gap import comma_before_gap


def _rows(text: str) -> list[tuple[str, str]]:
    return [(source, cue) for source, cue, _ in sentence_rows(text)]


# (sentence, speaker, cue)
READS = [
    (
        "Ana Ruiz, the harbour master, has indicated she may close the north quay.",
        "Ana Ruiz, the harbour master",
        "indicated",
    ),
    ("Mr. Oduya, however, has denied that the ferry was late.", "Mr. Oduya", "denied"),
    ("The pilots union, for its part, has repeatedly warned of fog delays.", "The pilots union", "warned"),
    ("Tom Hale, a trustee since 2009, also praised the new timetable.", "Tom Hale", "praised"),
    ("After the storm, Ms. Lee, the mayor, has publicly praised the crews.", "Ms. Lee, the mayor", "praised"),
]

# (sentence, speaker that must not speak with this cue, cue)
NEAR_MISSES = [
    # a modal or a negation in the gap: nothing was stated
    ("Ms. Lee, the mayor, would not say whether she would run.", "Ms. Lee, the mayor", "say"),
    ("Ana Ruiz, the harbour master, has never said the quay was unsafe.", "Ana Ruiz, the harbour master", "said"),
    # the name before the comma is inside an opening phrase: the subject comes after it
    ("In a letter to Ms. Lee, the port authority has also praised the crews.", "Ms. Lee", "praised"),
]


@pytest.mark.parametrize("text, speaker, cue", READS)
def test_a_subject_before_a_comma_and_an_adverb_speaks(text, speaker, cue):
    assert (speaker, cue) in _rows(text), _rows(text)


@pytest.mark.parametrize("text, speaker, cue", NEAR_MISSES)
def test_a_near_miss_of_the_adverb_gap_gives_no_such_row(text, speaker, cue):
    assert (speaker, cue) not in _rows(text), _rows(text)


def test_the_gap_is_only_auxiliaries_and_adverbs():
    assert comma_before_gap("Ana Ruiz, the harbour master, has also ") == len("Ana Ruiz, the harbour master,")
    assert comma_before_gap("Ana Ruiz, the harbour master, quietly ") is not None
    assert comma_before_gap("Ana Ruiz, the harbour master, will ") is None  # a modal sets a flag
    assert comma_before_gap("Ana Ruiz, the harbour master ") is None

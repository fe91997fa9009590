"""A participle of saying that opens its clause at the start of a sentence or after "and"/"but" (issue 12,
`_attribution/participle_openings.py`).

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest
from attribution_rows import sentence_rows

from medialit.analysis._attribution.participle_openings import participle_opening

_rows = sentence_rows


# (sentence, speaker, cue, start of the content)
READS = [
    (
        "Noting that the ferry law had lapsed, the harbour master said fares would rise.",
        "the harbour master",
        "Noting",
        "the ferry law had lapsed",
    ),
    (
        "Warning that the pier was unsafe, Ms. Ruiz closed it on Friday.",
        "Ms. Ruiz",
        "Warning",
        "the pier was unsafe",
    ),
    (
        "The trustee said the dredging was late but suggesting the port could still open in May.",
        "The trustee",
        "suggesting",
        "the port could still open",
    ),
]

# (sentence, cue): no row with this cue
NEAR_MISSES = [
    # a gerund as the sentence's subject, not an opening clause
    ("Criticizing the harbour police will cost her votes.", "Criticizing"),
    # at the start of a sentence without a clause: where the statement came from, not a second one
    ("Citing two pilots, the harbour office said the fog would lift.", "Citing"),
    # after "and" with no earlier statement in the sentence: nobody to speak
    ("The band played on and chanting filled the square.", "chanting"),
]


@pytest.mark.parametrize("text, speaker, cue, content", READS)
def test_an_opening_participle_speaks_for_its_clause_subject(text, speaker, cue, content):
    got = [c for s, q, c in _rows(text) if s == speaker and q == cue]
    assert got and got[0].startswith(content), _rows(text)


@pytest.mark.parametrize("text, cue", NEAR_MISSES)
def test_a_near_miss_of_an_opening_participle_makes_no_row(text, cue):
    assert cue not in [q for _, q, _ in _rows(text)], _rows(text)


def test_where_a_participle_opens_its_clause():
    assert participle_opening("", " that the pier") == "sentence"
    assert participle_opening("And", " that the pier") == "sentence"
    assert participle_opening("", " two pilots,") is None
    assert participle_opening("The aide said it was late but") == "coordinated"
    assert participle_opening("The aide said it was late,") is None  # the comma rule reads it

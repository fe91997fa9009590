"""`quote-speaker` and `quote-intro` on two shapes of real news (issue 12). Sentences written for these tests.

A written text reads its words ('“Closed until May,” it read.'): "it" is the speaker only with
"read"; and a speaker placed by a short phrase before the verb ('The sign on the gate reads,
“...”') is still the clause's subject.
"""

from __future__ import annotations

import pytest
from attribution_rows import rows

_rows = rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Closed for repairs until May,” it read.", ("it", "read", "Closed for repairs until May", "quote-speaker")),
        ("“Back in ten minutes,” it reads.", ("it", "reads", "Back in ten minutes", "quote-speaker")),
        # a verb with a particle ("cried out", "cut in") ends the reporting clause
        ("“Never!” the crowd cried out, booing.", ("the crowd", "cried", "Never!", "quote-speaker")),
        (
            "The sign on the gate reads, “Closed for repairs until May.”",
            ("The sign", "on the gate reads", "Closed for repairs until May.", "quote-intro"),
        ),
        (
            "A fisherman at the quay shouted, “The ferry is sinking!”",
            ("A fisherman", "at the quay shouted", "The ferry is sinking!", "quote-intro"),
        ),
    ],
)
def test_speaker_of_a_quotation(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # "it" with any other verb is no text that speaks
        "“Closed for repairs until May,” it seemed.",
        "“Back in ten minutes,” it looks like.",
        # a word that only opens with a particle is no particle ("outrage")
        "“Never!” the crowd cried outrage at the plan.",
        # a phrase without a verb after the subject ("Gov. Lee, in Ohio,") introduces no quotation
        "Mayor Ruiz, in Leeds, “We are ready.”",
    ],
)
def test_no_speaker_of_a_quotation(text):
    assert [r for r in _rows(text) if r[3] in ("quote-speaker", "quote-intro")] == []

"""Who speaks in a participle of saying after a verb's object or another participle (issue 12, rules
`reduced-relative` and `participle`). Sentences written for these tests.

'She sent an email saying “...”': the email's sender speaks, also when the noun phrase before the
participle read the verb in ("sent an email"); 'holding signs and chanting “...”' shares the
speaker of the participle it is coordinated with; 'upon saying' is a participle after a
preposition. 'The board rejected reports claiming ...' keeps the reports as the speaker.
"""

from __future__ import annotations

import pytest
from attribution_rows import rows


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [row[:3] for row in rows(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Minutes later, she sent an email saying, “Done.”", ("she", "saying", "Done.")),
        (
            "The mayor emailed supporters saying: “The struggle continues.”",
            ("The mayor", "saying", "The struggle continues."),
        ),
        (
            "Outside the town hall, about 200 fishermen gathered in three groups, holding signs and chanting “Save our boats.”",
            ("about 200 fishermen", "chanting", "Save our boats."),
        ),
        (
            "She answered by mentioning the tides and adding, “I know who should fix it.”",
            ("She", "adding", "I know who should fix it."),
        ),
        ("Ruiz drew boos upon saying, “The ferry stays.”", ("Ruiz", "saying", "The ferry stays.")),
    ],
)
def test_the_clause_subject_speaks(text, expected):
    assert expected in _rows(text)


def test_a_coordinated_participle_inside_a_noun_phrase_shares_its_speaker():
    rows = _rows("The board rejected reports citing delays and claiming that the pier was unsafe.")
    assert ("reports", "claiming", "the pier was unsafe") in rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noun phrase itself speaks after a verb that publishes nothing
        (
            "The board rejected reports claiming that the pier was unsafe.",
            ("reports", "claiming", "the pier was unsafe"),
        ),
    ],
)
def test_the_noun_phrase_speaks(text, expected):
    assert expected in _rows(text)

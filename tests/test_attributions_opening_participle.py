"""A participle phrase opening the sentence with quoted words (issue 12). Sentences written for these tests.

'Citing “the long delays,” Mayor Ruiz said, “We are done.”': the mayor cites the words of the
opening phrase (rule ``quote-opening-participle``) and says the quotation after the verb, which
is the content of "said" (`quoted.own_quotation_follows`), not the phrase before the speaker.
"""

from __future__ import annotations

import pytest
from attribution_rows import rows

_rows = rows


def test_the_quotation_after_the_verb_is_what_was_said():
    rows = _rows("Citing the “long delays,” Mayor Ruiz said, “We are done with this ferry company.”")
    assert rows == [
        ("Mayor Ruiz", "Citing", "the “long delays,”", "quote-opening-participle"),
        ("Mayor Ruiz", "said", "We are done with this ferry company.", "source-cue-content"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Remarking upon the mayor’s “quiet patience,” Ana Vale said, “She deserves a medal.”",
            ("Ana Vale", "Remarking upon", "the mayor’s “quiet patience,”", "quote-opening-participle"),
        ),
        (
            "Citing the “long delays,” the board postponed the vote.",
            ("the board", "Citing", "the “long delays,”", "quote-opening-participle"),
        ),
    ],
)
def test_opening_participle_with_quoted_words(text, expected):
    assert _rows(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a preposition in -ing, and a phrase that ends before the quotation's comma
        "Including the “summer specials,” the menu runs to nine pages.",
        "Ignoring the “No entry” sign, the boys climbed the fence.",
        # no participle opens the sentence
        "After the “long delays,” the board postponed the vote.",
    ],
)
def test_no_opening_participle(text):
    assert "quote-opening-participle" not in [r[3] for r in _rows(text)]


def test_a_quotation_opening_the_sentence_stays_one_statement_in_two_parts():
    # '“A,” she said, “B.”': the first part is the content of "said"
    assert _rows("“We are done,” Ruiz said, “with this ferry company.”")[0][:3] == ("Ruiz", "said", "We are done")

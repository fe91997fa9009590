"""`quote-that-clause`: quoted words in the that-clause of a verb no list holds (issue 12). Sentences
written for these tests.

'Walter Hale sniped that Ruiz was “learning on the job”': the quotation marks say the words were
someone's, and the verb's subject is that someone. One row for the clause, however many
quotations it holds; a present tense after a phrase with no name ('The rules require that ...')
states a rule, not someone's words.
"""

from __future__ import annotations

import pytest
from attribution_rows import rows

_rows = rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Walter Hale sniped that Ruiz, a first-time mayor, was “learning on the job,” and left.",
            (
                "Walter Hale",
                "sniped",
                "Ruiz, a first-time mayor, was “learning on the job,” and left",
                "quote-that-clause",
            ),
        ),
        # a recipient between the verb and "that"; three quotations, one statement
        (
            "Flying home one night, she vented to her husband, Tom Vale, that it would be “incredibly ugly,” "
            "“a huge shock” and “a fight from start to finish.”",
            (
                "she",
                "vented",
                "it would be “incredibly ugly,” “a huge shock” and “a fight from start to finish.”",
                "quote-that-clause",
            ),
        ),
    ],
)
def test_that_clause_with_quoted_words(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a rule in the present tense, after a phrase with no name
        "The rules require that members wear “proper attire” on the quay.",
        # a verb of the lexicon reads the clause itself
        "Ruiz said that the pier was “unsafe for now.”",
        # no that-clause: the quotation is the verb's object
        "The ferry line posted a notice with the words “closed until May.”",
    ],
)
def test_no_that_clause_statement(text):
    assert "quote-that-clause" not in [r[3] for r in _rows(text)]

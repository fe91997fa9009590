"""Gate no-statement: a modal in a contraction, "let's", a cue word inside a name; a time for a source (issue 12).

"I'll say", "she'd tell" are future or conditional statements, as "will say" is; "let's say" supposes;
"Hope" in "spokeswoman Hope Lund" and "Report" in "the Harbour Report" are parts of names. None of them
reports a statement. Near misses: "he'd said" (had said), a headline in title case or in capitals,
where every verb is capitalised. A source that is only a time ("X, the chairman, this past week
announced") gives way to the sentence's subject; a name that is a time word ("Day said") stays. A stance
in the description of a speaker named after the verb ("said Ann Lee, who supports the bill") is no
statement of its own (rule speaker-description); a verb of saying there ("who added that ...") is.
Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis._attribution.not_statements import in_name, lets, modal_contraction, time_or_opener
from medialit.analysis.attributions import trace_attributions


def _rows(text: str) -> list[tuple[str, str]]:
    frame = trace_attributions(Article.from_text("Town notes\n\n" + text))
    return [(r.source, r.cue) for r in frame.itertuples()]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("She’ll tell anyone who listens that the dam is safe.", "tell"),
        ("I'd argue the bridge is safe enough for lorries.", "argue"),
        ("Let’s say the council agrees to the plan.", "say"),
        ("Harbour board spokeswoman Hope Lund said the dock would reopen.", "Hope"),
        ("The story ran first in the Harbour Report, which sold out by noon.", "Report"),
    ],
)
def test_no_statement(text: str, cue: str) -> None:
    assert cue not in [c for _, c in _rows(text)]


@pytest.mark.parametrize(
    "text, source, cue",
    [
        (
            "Harbour board spokeswoman Hope Lund said the dock would reopen.",
            "Harbour board spokeswoman Hope Lund",
            "said",
        ),
        ("He’d said the bridge was safe.", "He’d", "said"),
        ("Ada Lund Says The Harbour Bridge Is Safe For Lorries", "Ada Lund", "Says"),
        ("FERRY CREW REFUSES TO SAIL IN THE STORM", "FERRY CREW", "REFUSES"),
        ("Ada Lund, the harbour chairman, this past week announced a new ferry route.", "Ada Lund", "announced"),
        ("Day said the bridge was safe.", "Day", "said"),
        ("Tom Early described the vote as “a farce.”", "Tom Early", "described"),
    ],
)
def test_still_a_statement(text: str, source: str, cue: str) -> None:
    assert (source, cue) in _rows(text)


def test_the_helpers() -> None:
    assert modal_contraction("She’ll ", "tell") and modal_contraction("I'd ", "argue")
    assert not modal_contraction("He’d ", "said") and not modal_contraction("The mayor ", "said")
    assert lets("And let's ") and not lets("The outlet's ")
    text = "The harbour spokeswoman Hope Lund said so on Monday. Hope is low, she said."
    assert in_name(text, text.index("Hope"), text.index("Hope") + 4, 0, text.index(".") + 1)
    second = text.index("Hope is")
    assert not in_name(text, second, second + 4, second, len(text))  # the sentence's first word


def test_time_or_opener() -> None:
    text = "Ada Lund, the chairman, this past week announced it. Late Friday, Day said so."
    week = text.index("this past week")
    assert time_or_opener(text, week, week + len("this past week"), 0)
    late = text.index("Late Friday")
    assert time_or_opener(text, late, late + len("Late Friday"), late)
    day = text.index("Day said")
    assert not time_or_opener(text, day, day + 3, late)  # a capitalised word inside the sentence: a name
    assert not time_or_opener(text, 0, len("Ada Lund"), 0)


def test_a_stance_describing_a_speaker_is_no_second_statement() -> None:
    text = "“The levy is fair,” said Ann Lee, a councillor from Eastport, who supports the bill."
    assert _rows(text) == [("Ann Lee", "said")]


@pytest.mark.parametrize(
    "text, row",
    [
        # a verb of saying in the description is a statement of its own
        (
            "“The levy is fair,” said Ann Lee, a councillor from Eastport, who added that the vote was close.",
            ("who", "added"),
        ),
        # a stance of someone who is not the speaker just named
        ("The harbour union, which supports the strike, met on Monday.", ("which", "supports")),
        ("“We will win,” said Ann Lee. Her rival, who supports the bill, disagreed.", ("who", "supports")),
    ],
)
def test_other_relative_clauses_stay(text: str, row: tuple[str, str]) -> None:
    assert row in _rows(text)

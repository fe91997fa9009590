"""Gate no-statement: a modal in a contraction, "let's", and a cue word inside a name (issue 12).

"I'll say", "she'd tell" are future or conditional statements, as "will say" is; "let's say" supposes;
"Hope" in "spokeswoman Hope Lund" and "Report" in "the Harbour Report" are parts of names. None of them
reports a statement. Near misses: "he'd said" (had said), a headline in title case or in capitals,
where every verb is capitalised. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis._attribution.not_statements import in_name, lets, modal_contraction
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

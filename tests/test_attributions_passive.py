"""Sources after the cue in a by-phrase (issue 12): sentences written for these tests.

`passive-by` reads 'X was told by officials that ...'; `reduced-passive` reads a participle
right before its author ('a practice criticized by Miller', 'As reported by X, ...').
A by-phrase that names a time, a margin or a means is no author.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions

HEAD = "Evening bulletin\n\n"


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    df = trace_attributions(Article.from_text(HEAD + text))
    return [(r.source, r.cue, r.content, r.rule) for r in df.itertuples()]


CASES = [
    (
        "Smith was told by officials that the road would close.",
        [("officials", "told", "the road would close", "passive-by")],
    ),
    (
        "It was announced by the council that the library would reopen.",
        [("the council", "announced", "the library would reopen", "passive-by")],
    ),
    (
        "The new law ended a practice criticized by Miller and some civil rights advocates.",
        [("Miller and some civil rights advocates", "criticized", "a practice", "reduced-passive")],
    ),
    (
        "As reported by the Daily Ledger, the mayor resigned on Friday.",
        [("the Daily Ledger", "reported", "the mayor resigned on Friday", "reduced-passive")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_author_in_a_by_phrase(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _rows(text) == expected


TRAPS = [
    "He was hit by a car on Tuesday.",
    "The bill passed by 40 votes.",
    "The fence was painted by volunteers last spring.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_no_author_no_row(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(
    "text",
    ["Officials said by Tuesday that the road was closed.", "Officials said by phone that the road was closed."],
)
def test_a_time_or_means_is_not_the_source(text: str) -> None:
    rows = _rows(text)
    assert rows and all(r[0] == "Officials" for r in rows)
    assert all(r[3] != "reduced-passive" for r in rows)

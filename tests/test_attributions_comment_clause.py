"""Rule clause-source-cue after a comment clause and before an occasion with a title (issue 12).

"The bridge will close, as the harbour master noted in a letter." reports the clause before ", as":
the comment clause names the speaker and the occasion, not a content of its own. An occasion may name a
programme in quotation marks ("said on Radio Harbour’s “Morning Tide.”"): a title, not a quotation.
Near misses: "As X noted, ..." (the content follows) and ", as X noted that ..." (a content of its own).
Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest
from attribution_rows import rows


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [row[:3] for row in rows(text)]  # (source, cue, content): the rule is not what is tested


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "The bridge will close for a month, as the harbour master noted in a letter to residents.",
            ("the harbour master", "noted", "The bridge will close for a month"),
        ),
        (
            "Fares on the ferry will rise in May, Ada Lund said on Radio Harbour’s “Morning Tide.”",
            ("Ada Lund", "said", "Fares on the ferry will rise in May"),
        ),
        # near misses: the as-clause opens the sentence, or has a that-clause of its own
        (
            "As the harbour master noted, the bridge will close for a month.",
            ("the harbour master", "noted", "the bridge will close for a month"),
        ),
        (
            "The bridge will close for a month, as the harbour master noted that repairs were late.",
            ("the harbour master", "noted", "repairs were late"),
        ),
    ],
)
def test_the_content_of_a_comment_clause(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)

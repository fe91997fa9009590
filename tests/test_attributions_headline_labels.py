"""Headline-speaker: a word before a headline's colon that calls for attention names no speaker (issue 12).

"Senator Lee: The Bill Is Dead" gives Senator Lee the claim (rule headline-speaker). Real headlines also
open with an interjection ("LOOK:", "Wow:"), a past participle ("Revealed:", "BUSTED:") or a live-update tag
("The Latest:"); the lexicon row 'look:' (column colon, label) keeps them from being read as speakers.
Every headline here was written for this file.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions

BODY = "\n\nThe council met on Monday to discuss the harbour."


def _headline_rows(headline: str) -> list[tuple[str, str]]:
    frame = trace_attributions(Article.from_text(headline + BODY))
    return [(r.source, r.rule) for r in frame.itertuples() if r.sentence == 0]


@pytest.mark.parametrize(
    "headline",
    [
        "LOOK: Mayor Opens The New Bridge Across The Harbour Two Years Late",
        "Revealed: The Council's Secret Plan For The Old Docks And The Pier",
        "BUSTED: Harbour Board Caught Paying Itself Twice For The Same Dredging",
        "Wow: Ferry Captain Answers Critics With One Short Sentence On The Radio",
        "The Latest: Council votes to close the harbour pool for the winter",
    ],
)
def test_an_attention_word_is_no_speaker(headline: str) -> None:
    assert not [row for row in _headline_rows(headline) if row[1] == "headline-speaker"]


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Mayor Lund: The New Bridge Will Open Before The Summer Crowds Arrive", "Mayor Lund"),
        ("Harbour Watchers: Dredging Has Ruined The Oyster Beds For A Decade", "Harbour Watchers"),
        ("Report: Harbour board paid itself twice", "Report"),
    ],
)
def test_a_speaker_before_the_colon_still_speaks(headline: str, speaker: str) -> None:
    assert (speaker, "headline-speaker") in _headline_rows(headline)

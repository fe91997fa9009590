"""Helpers for the attribution tests of one rule family: the rows of a short text read as an article's body
(under a neutral title line, so the sentence is body text, not a headline)."""

from __future__ import annotations

from medialit import Article
from medialit.analysis.attributions import trace_attributions

HEAD = "Harbour notes\n\n"


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """`trace_attributions` of `text` after a headline, one (source, cue, content, rule) per row."""
    df = trace_attributions(Article.from_text(HEAD + text))
    return [(r.source, r.cue, r.content, r.rule) for r in df.itertuples()]


def sentence_rows(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every row with a source, for `text` read as an article's body."""
    frame = trace_attributions(Article.from_text("Council notes\n\n" + text))
    return [
        (r.source, r.cue, r.content if isinstance(r.content, str) else "")
        for r in frame.itertuples()
        if isinstance(r.source, str)
    ]


def found(text: str, speaker: str, cue: str) -> str | None:
    """The content of the row with this speaker and cue (any case), or None."""
    for source, c, content in sentence_rows(text):
        if source == speaker and c.lower() == cue:
            return content
    return None

"""The attribution rows of a short text, for the tests of one rule family: (source, cue, content, rule)."""

from __future__ import annotations

from medialit import Article
from medialit.analysis.attributions import trace_attributions

HEAD = "Harbour notes\n\n"


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """`trace_attributions` of `text` after a headline, one (source, cue, content, rule) per row."""
    df = trace_attributions(Article.from_text(HEAD + text))
    return [(r.source, r.cue, r.content, r.rule) for r in df.itertuples()]

"""One reading of an article, built once and shared by every finder.

`reading(article)` returns the article's `Reading`: the sentence index (which sentence holds
an offset), the paragraph spans, and the quotations (`quotes.find_quotes`) with their index.
It is computed on first use and kept on the article, so `analyze` (and a finder called alone)
builds each piece once, and every finder answers "which sentence?" and "inside a quotation?"
the same way. The first-word index (`word_starts`) lets every lexicon's regex skip the
positions where none of its cues can start.

Cue matches are not kept here: each lexicon is matched by one finder only, so keeping the
matches would cost memory (a match object per cue) and save no work. A lexicon read by
several finders (one speech-act lexicon) would be the place to add them.

The reading is derived from the article's text and frames only; it never changes them.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from ..quotes import Quote
from ..sentence_index import SentenceIndex
from ..span import Span, Spans
from .quotes import QuoteIndex
from .word_starts import WordStarts

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

__all__ = ["Reading", "reading"]

_CACHE = "_medialit_reading"  # the attribute of the Article that keeps its reading


class Reading:
    """The shared reading of one article; every piece is built on first use."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text: str = article.text

    @property
    def sentences(self) -> SentenceIndex:
        """Offsets to sentences (the article's own index)."""
        return self.article.sentence_index

    @cached_property
    def paragraphs(self) -> Sequence[Span]:
        """The span of each paragraph, in order (8-byte arrays: a Span object is made when one is read)."""
        p = self.article.paragraph_table
        return Spans(array("q", p["start"]), array("q", p["end"]))

    @cached_property
    def quotes(self) -> list[Quote]:
        """Every quotation (outer and nested), sorted by start, longest first."""
        return self.article.quotes  # found once, when the article was read

    @cached_property
    def quote_index(self) -> QuoteIndex:
        """Lookups over `quotes`: the quotation at an offset, its kind, one opening or closing at a place."""
        return QuoteIndex(self.quotes)

    @cached_property
    def word_starts(self) -> WordStarts:
        """The word starts by first letters: each cue regex is tried only where its first word can start."""
        return WordStarts(self.text)


def reading(article: Article) -> Reading:
    """The article's reading, built on first use and kept on the article."""
    found = article.__dict__.get(_CACHE)
    if found is None or found.article is not article:
        found = Reading(article)
        article.__dict__[_CACHE] = found  # a cache, not a field: the frozen Article's data is unchanged
    return found

"""Which sentence holds a character offset: one index over an article's sentence frame.

Every reader that maps an offset to its sentence asks this index (the article's
`Article.sentence_at`, the publication-date reader in `meta`, and every finder through
`medialit.analysis.reading`), so they agree. Sentences are sorted by start and never
overlap; an offset can still fall between two sentences (the spaces and the paragraph
breaks), and the two lookups say what happens there:

- `holding(pos)`: the sentence whose ``[start, end)`` holds `pos`, else None;
- `index_at(pos)`: the last sentence starting at or before `pos`, so an offset in the gap
  after a sentence belongs to it (a cue's span may end just past its sentence's end).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence

import pandas as pd

from .span import Spans


class SentenceIndex:
    """Offsets to sentence rows (positions ``0..n-1`` in the sentence frame), by bisection."""

    def __init__(self, sentences: pd.DataFrame, text: str):
        """`sentences`: the sentence frame (its ``text`` column is not read); `text`: the article's text."""
        # The frame's own 8-byte columns, read through memoryviews (each item a Python int when read),
        # not lists of ints (an int object and a pointer each): the index lives as long as the article.
        self.starts: Sequence[int] = _ints(sentences["start"])
        self.ends: Sequence[int] = _ints(sentences["end"])
        self.ids: Sequence[int] = _ints(sentences["sentence"])
        self.paragraphs: Sequence[int] = _ints(sentences["paragraph"])
        self.roles: list[str] = list(sentences["role"])
        self.texts: Sequence[str] = _Slices(text, self.starts, self.ends)

    def __len__(self) -> int:
        return len(self.starts)

    def __getstate__(self) -> dict:
        """Pickled with arrays in place of the memoryviews (which pickle cannot copy)."""
        state = dict(self.__dict__)
        for name in ("starts", "ends", "ids", "paragraphs"):
            state[name] = array("q", state[name])
        state["texts"] = _Slices(self.texts.text, state["starts"], state["ends"])
        return state

    def index_at(self, pos: int) -> int | None:
        """The row of the last sentence starting at or before `pos` (None before the first)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k if k >= 0 else None

    def holding(self, pos: int) -> int | None:
        """The row of the sentence whose ``[start, end)`` holds `pos`, or None (between sentences)."""
        k = self.index_at(pos)
        return k if k is not None and pos < self.ends[k] else None

    def id_at(self, pos: int) -> int | None:
        """The sentence id of `index_at(pos)`."""
        k = self.index_at(pos)
        return self.ids[k] if k is not None else None

    def id_holding(self, pos: int) -> int | None:
        """The sentence id of `holding(pos)`."""
        k = self.holding(pos)
        return self.ids[k] if k is not None else None


class _Slices(Spans):
    """``text[starts[k]:ends[k]]`` for each k, sliced when asked (not a second copy of the text)."""

    def __init__(self, text: str, starts: Sequence[int], ends: Sequence[int]) -> None:
        super().__init__(starts, ends)
        self.text = text

    def item(self, k: int) -> str:
        return self.text[self.starts[k] : self.ends[k]]


def _ints(column: pd.Series) -> Sequence[int]:
    """The column's int64 values without a copy when it has one contiguous buffer (else an array copy)."""
    values = column.to_numpy(dtype="int64")
    return memoryview(values) if values.flags["C_CONTIGUOUS"] and values.ndim == 1 else array("q", values)

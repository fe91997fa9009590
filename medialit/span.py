"""`Span`: the one type for a stretch of an article's text inside the analysis layer.

A span is a pair of character offsets, ``[start, end)``, into the unchanged article text.
It is a `NamedTuple`, so it stays a tuple: ``s, e = span``, ``span[0]``, sorting, hashing and
comparing with a plain ``(start, end)`` all work as before, and a tuple is cheap to build.
Frames never hold a `Span`: at the public boundary a span is two columns (``start``, ``end``,
or ``source_start``, ``source_end``, ...), as `docs/architecture.md` says.

It lives in the data layer (beside `quotes` and `sentence_index`, which use it) and is
re-exported by `medialit.analysis`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["Span", "Spans"]


class Span(NamedTuple):
    """``[start, end)`` offsets into an article's text."""

    start: int
    end: int

    @property
    def length(self) -> int:
        """How many characters the span covers (0 when empty)."""
        return max(0, self.end - self.start)

    def of(self, text: str) -> str:
        """The text the span covers: ``text[start:end]``."""
        return text[self.start : self.end]

    def overlaps(self, other: tuple[int, int]) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other[1] and other[0] < self.end

    def contains(self, other: int | tuple[int, int]) -> bool:
        """True for an offset inside ``[start, end)``, or a span lying within this one."""
        if isinstance(other, int):
            return self.start <= other < self.end
        return self.start <= other[0] and other[1] <= self.end


class Spans(Sequence):
    """Spans kept as two sequences of offsets (8-byte arrays, not a tuple per span): ``spans[k]`` is a
    `Span` made when read, ``spans.starts`` / ``spans.ends`` the offsets. `item` says what a read gives."""

    def __init__(self, starts: Sequence[int], ends: Sequence[int]) -> None:
        self.starts, self.ends = starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self.item(i) for i in range(*k.indices(len(self)))]
        return self.item(k)

    def item(self, k: int):
        return Span(self.starts[k], self.ends[k])

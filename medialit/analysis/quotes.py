"""Lookups over the article's quotations (found by `medialit.quotes.find_quotes`) without scans."""

from __future__ import annotations

import bisect

from ..quotes import Quote, quote_kind
from ._spans import IntervalIndex


class QuoteIndex:
    """`quote_at`, `quote_kind` and closing-quote lookups over one quote list, without full scans."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.inside = IntervalIndex(q.inner for q in quotes)
        self.spans = IntervalIndex(q.span for q in quotes)
        self.by_start: dict[tuple[int, int], Quote] = {}  # (level, start): not a span
        for q in quotes:
            self.by_start.setdefault((q.level, q.start), q)
        closed = sorted((q.end, n) for n, q in enumerate(quotes) if q.closed)
        self.closed_ends = [e for e, _ in closed]
        self.closed_order = [n for _, n in closed]

    def at(self, pos: int, level: int | None = None) -> Quote | None:
        """Same as `quote_at(quotes, pos, level)`."""
        best = None
        for n in self.inside.near(pos):
            q = self.quotes[n]
            if q.inner_start <= pos < q.inner_end and (level is None or q.level == level):
                if best is None or q.end - q.start < best.end - best.start:
                    best = q
        return best

    def kind(self, start: int, end: int, level: int) -> str:
        """Same as `quote_kind(quotes, start, end, level)`."""
        qs = [self.quotes[n] for n in self.spans.touching(start, end)]
        return quote_kind(qs, start, end, level)

    def starting_at(self, start: int, level: int) -> Quote | None:
        """The first quotation of `level` opening at `start`."""
        return self.by_start.get((level, start))

    def closing_before(self, text: str, pos: int, level: int, chars: str = " \t\u00a0,") -> Quote | None:
        """The first closed quotation of `level` ending at `pos` with only `chars` between."""
        lo = pos
        while lo > 0 and text[lo - 1] in chars:
            lo -= 1
        a = bisect.bisect_left(self.closed_ends, lo)
        b = bisect.bisect_right(self.closed_ends, pos)
        order = sorted(n for n in self.closed_order[a:b] if self.quotes[n].level == level)
        return self.quotes[order[0]] if order else None

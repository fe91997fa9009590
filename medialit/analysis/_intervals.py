"""An index of spans by position: which spans lie near an offset, without scanning them all."""

from __future__ import annotations

from collections.abc import Iterable

from ..span import Span


class IntervalIndex:
    """Spans bucketed by position, so a query looks at the spans near it instead of all of them.

    `near(pos)` returns the indices (ascending) of a superset of the spans with
    ``start <= pos <= end``; `touching(start, end)` a superset of those overlapping
    ``[start, end)``. Callers apply their exact test to these candidates, so results
    are the same as a scan over every span, in the same order. A span with a missing
    offset (None) is never found.
    """

    def __init__(self, spans: Iterable[Span | tuple[int | None, int | None]], bucket: int = 256):
        self.bucket = bucket
        self.size = 0
        self.buckets: dict[int, list[int]] = {}
        self.odd: list[int] = []  # end < start: can match only odd queries, checked always
        for i, (s, e) in enumerate(spans):
            self.size = i + 1
            if s is None or e is None:
                continue
            if e < s:
                self.odd.append(i)
                continue
            for b in range(s // bucket, e // bucket + 1):
                self.buckets.setdefault(b, []).append(i)

    def near(self, pos: int) -> list[int]:
        got = self.buckets.get(pos // self.bucket, [])
        return sorted(set(got).union(self.odd)) if self.odd else got

    def touching(self, start: int, end: int) -> list[int]:
        if end <= start:
            return list(range(self.size))
        b0, b1 = start // self.bucket, (end - 1) // self.bucket
        if b0 == b1 and not self.odd:
            return self.buckets.get(b0, [])
        found: set[int] = set(self.odd)
        for b in range(b0, b1 + 1):
            found.update(self.buckets.get(b, ()))
        return sorted(found)

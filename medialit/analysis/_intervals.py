"""An index of spans by position: which spans lie near an offset, without scanning them all."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

import numpy as np

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
        self.odd: list[int] = []  # end < start: can match only odd queries, checked always
        keys, ids = array("q"), array("q")  # (bucket, span) pairs: 8-byte items, not lists of int objects
        for i, (s, e) in enumerate(spans):
            self.size = i + 1
            if s is None or e is None:
                continue
            if e < s:
                self.odd.append(i)
                continue
            for b in range(s // bucket, e // bucket + 1):
                keys.append(b)
                ids.append(i)
        # The spans of bucket b are ids[offsets[b - first] : offsets[b - first + 1]], ascending.
        k = np.frombuffer(keys, dtype=np.int64) if keys else np.zeros(0, dtype=np.int64)
        order = np.argsort(k, kind="stable")
        k = k[order]
        self.first = int(k[0]) if len(k) else 0
        last = int(k[-1]) if len(k) else -1
        self.ids = array("q", np.frombuffer(ids, dtype=np.int64)[order].tobytes() if ids else b"")
        self.offsets = array("q", np.searchsorted(k, np.arange(self.first, last + 2)).astype(np.int64).tobytes())

    def _bucket(self, b: int) -> list[int]:
        j = b - self.first
        if j < 0 or j + 1 >= len(self.offsets):
            return []
        return self.ids[self.offsets[j] : self.offsets[j + 1]].tolist()

    def near(self, pos: int) -> list[int]:
        got = self._bucket(pos // self.bucket)
        return sorted(set(got).union(self.odd)) if self.odd else got

    def touching(self, start: int, end: int) -> list[int]:
        if end <= start:
            return list(range(self.size))
        b0, b1 = start // self.bucket, (end - 1) // self.bucket
        if b0 == b1 and not self.odd:
            return self._bucket(b0)
        found: set[int] = set(self.odd)
        for b in range(max(b0, self.first), min(b1, self.first + len(self.offsets) - 2) + 1):
            found.update(self._bucket(b))
        return sorted(found)

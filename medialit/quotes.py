"""The one quotation finder: the sentence splitter and every finder read these `Quote` spans.

`find_quotes` finds the outer (double-mark) quotations, a quotation continued over
paragraphs (each new paragraph opening with a mark, the newspaper convention), unbalanced
marks (an unclosed quotation ends at its paragraph, or where the next one opens), the
single-mark quotations nested inside them, and British-style single-mark quotations where
no double one is. `medialit.analysis.quotes.QuoteIndex` answers "which quotation holds this
offset" without scans.
`quotation_pieces` cuts them at paragraph breaks for the sentence frame's ``quote`` ids;
`medialit.analysis.reading` builds the quotations and their index once per article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pandas as pd

from .span import Span

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
QUOTE_CHARS = "“”„«»\"‘’'"


@dataclass(frozen=True, slots=True)  # slots: an article's quotations stay in its reading
class Quote:
    """A quotation: `start`/`end` include the marks; `level` 0 = outer (double), 1 = inner (single)."""

    start: int
    end: int
    level: int
    closed: bool = True
    mark: int = 1  # width of each quote mark: 2 for a doubled apostrophe ('' ... '')

    @property
    def inner_start(self) -> int:
        return self.start + self.mark

    @property
    def inner_end(self) -> int:
        return self.end - self.mark if self.closed else self.end

    @property
    def span(self) -> Span:
        """The quotation with its marks."""
        return Span(self.start, self.end)

    @property
    def inner(self) -> Span:
        """The quoted words, without the marks."""
        return Span(self.inner_start, self.inner_end)


def _para_spans(text: str, paragraphs: pd.DataFrame | None) -> list[Span]:
    if paragraphs is not None and len(paragraphs):
        return [Span(int(s), int(e)) for s, e in zip(paragraphs["start"], paragraphs["end"])]
    return [Span(0, len(text))] if text else []


def find_quotes(text: str, paragraphs: pd.DataFrame | None = None) -> list[Quote]:
    """Outer (double) quotations and the single-quoted ones inside them.

    A quotation may run over several paragraphs when each new paragraph opens with a
    quote mark and the earlier one was never closed (the newspaper convention). An
    opening mark that is never closed ends at its paragraph's end (``closed=False``);
    stray closing marks are ignored. Never raises.
    """
    quotes: list[Quote] = []
    paras = _para_spans(text, paragraphs)
    open_at: int | None = None
    open_mark = 1
    for n, (ps, pe) in enumerate(paras):
        i = ps - 1
        while i + 1 < pe:
            i += 1
            c = text[i]
            width = 1
            if c == "'" and text[i + 1 : i + 3] == "''" and open_at is not None and i + 2 < pe:
                continue  # three marks closing: the first ends a nested quotation, the pair the outer one
            if c == "'" and text[i + 1 : i + 2] == "'" and i + 1 < pe:
                c, width = '"', 2  # a doubled apostrophe is a double quote mark (some wire and archive text)
            if c == '"':
                c = "“" if open_at is None else "”"
            if c in OPEN_DOUBLE and open_at is not None and _closes_like(text, i, ps, pe):
                c = "”"  # '“It is unusual,“ said X': an opening mark typed where the closing one belongs
            if c in OPEN_DOUBLE:
                if open_at is not None and i == ps:
                    i += width - 1
                    continue  # the repeated mark that opens a continued paragraph
                if open_at is not None:  # unbalanced: close the old one before the new one
                    quotes.append(Quote(open_at, _rstrip_end(text, i), 0, closed=False, mark=open_mark))
                open_at, open_mark = i, width
            elif c in CLOSE_DOUBLE and open_at is not None:
                quotes.append(Quote(open_at, i + width, 0, mark=max(open_mark, width) if open_mark == width else 1))
                open_at = None
            i += width - 1
        if open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            if nxt is not None and (text[nxt] in OPEN_DOUBLE or text[nxt] == '"' or text.startswith("''", nxt)):
                continue  # the quotation goes on in the next paragraph
            quotes.append(Quote(open_at, pe, 0, closed=False, mark=open_mark))
            open_at = None
    inner: list[Quote] = []
    for q in quotes:
        inner.extend(_single_quotes(text, q.inner_start, q.inner_end))
    # British style: single marks are the outer quotation ('We are not going anywhere,' said ...).
    # Only where no double quotation is, only closed ones, and never an apostrophe.
    doubles = sorted((q.start, q.end) for q in quotes)
    outer_single: list[Quote] = []
    for ps, pe in paras:
        for q in _single_quotes(text, ps, pe):
            k = bisect.bisect_right(doubles, (q.end, q.end))
            if k and doubles[k - 1][1] > q.start:
                continue  # overlaps a double quotation (ordered and disjoint: only the one before can)
            outer_single.append(Quote(q.start, q.end, 0))
    return sorted(quotes + inner + outer_single, key=lambda q: (q.start, -q.end))


def _closes_like(text: str, i: int, ps: int, pe: int) -> bool:
    """Does the mark at `i` sit where a closing mark belongs: after punctuation, before a space or the end?"""
    return i > ps and text[i - 1] in ",.!?" and (i + 1 >= pe or text[i + 1].isspace())


def _rstrip_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


_SINGLE = re.compile("[‘’']")


def _single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """‘…’ (or '…') between `start` and `end`; apostrophes (Iraq’s, Shi’ite, it's) are skipped.

    An opening mark follows a non-letter and precedes a letter, digit or mark; a closing
    mark follows a non-space and is not followed by a letter. A plural possessive
    ("the coalitions’ response") looks like a closing mark: it is skipped when a later
    closing mark in the span can close the quotation instead.
    """
    found, open_at = [], None
    marks = [m.start() for m in _SINGLE.finditer(text, start, end)]
    for n, i in enumerate(marks):
        c = text[i]
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            if c in "‘'" and not before.isalnum() and (after.isalnum() or after in '“"') and i + 1 < end:
                open_at = i
        elif c in "’'" and not after.isalnum() and not before.isspace() and i > open_at + 2:
            possessive = before in "sS" and after == " " and text[i + 2 : i + 3].islower()
            if possessive and any(text[j] in "’'" for j in marks[n + 1 :]):
                continue
            found.append(Quote(open_at, i + 1, 1))
            open_at = None
    return found


def quote_at(quotes: list[Quote], pos: int, level: int | None = None) -> Quote | None:
    """The innermost quotation whose inside contains `pos`."""
    best = None
    for q in quotes:
        if q.inner_start <= pos < q.inner_end and (level is None or q.level == level):
            if best is None or q.end - q.start < best.end - best.start:
                best = q
    return best


def quote_kind(quotes: list[Quote], start: int, end: int, level: int) -> str:
    """direct (all inside one quotation of `level`), indirect (no quote marks), or mixed."""
    qs = [q for q in quotes if q.level == level and q.start < end and start < q.end]
    if not qs:
        return "indirect"
    if any(q.start <= start and end <= q.end for q in qs):
        return "direct"
    return "mixed"


def quotation_pieces(
    text: str, paragraphs: pd.DataFrame, quotes: list[Quote] | None = None
) -> list[tuple[int, int, int, int, bool]]:
    """(quote, paragraph, start, end, closed) of each outer quotation cut at paragraph ends, in order.

    ``quote`` numbers the outer quotations of `find_quotes` in order; a quotation continued
    over paragraphs gives one piece per paragraph, all with its number, the earlier pieces
    ``closed=False``. Trailing white space is not part of a piece. `quotes`: `find_quotes`'s
    result when already computed.
    """
    paras = [
        (int(n), int(s), int(e)) for n, s, e in zip(paragraphs["paragraph"], paragraphs["start"], paragraphs["end"])
    ]
    outer = [q for q in (find_quotes(text, paragraphs) if quotes is None else quotes) if q.level == 0]
    pieces: list[tuple[int, int, int, int, bool]] = []
    k = 0
    for qid, q in enumerate(outer):
        while k < len(paras) and paras[k][2] <= q.start:
            k += 1
        j = k
        while j < len(paras) and paras[j][1] < q.end:
            n, ps, pe = paras[j]
            s, e = max(q.start, ps), _rstrip_end(text, min(q.end, pe))
            last = q.end <= pe
            if e > s:
                pieces.append((qid, n, s, e, q.closed and last))
            j += 1
    return pieces

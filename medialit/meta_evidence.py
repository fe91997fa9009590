"""The evidence of a fact about an article: `Inference` (a value, its rule, its sentence and how sure), and the
map from text offsets to sentences the rules read through. Import these through :mod:`medialit.meta`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from .sentence_index import SentenceIndex


@dataclass(frozen=True)
class Inference:
    """A value read from the text, with the rule, the evidence and how sure we are."""

    value: str
    basis: str
    evidence: str
    sentence: int | None
    start: int | None
    end: int | None
    confidence: str  # "stated" or "inferred"
    #: For the publication date: the day as data when it is known (a stated date), else None.
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (JSON-ready: the date as an ISO string)."""
        found = asdict(self)
        found["date"] = self.date.isoformat() if self.date is not None else None
        return found


class _Sentences:
    """Map text offsets to sentence rows, through the article's one `SentenceIndex`."""

    def __init__(self, article) -> None:
        self.index: SentenceIndex = article.sentence_index

    def row_at(self, pos: int) -> tuple | None:
        """(sentence, start, end, text, role) of the sentence holding offset `pos`, or None."""
        i = self.index.holding(pos)
        if i is None:
            return None
        ix = self.index
        return ix.ids[i], ix.starts[i], ix.ends[i], ix.texts[i], ix.roles[i]

    def hits(self, rx: re.Pattern[str], text: str, *, skip_roles: tuple[str, ...] = ()):
        """(match, row) for each match of `rx` in `text` that starts and ends inside one sentence."""
        for m in rx.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start()].isalnum():
                continue  # inside a word: the patterns start with literals, not \\b, for speed
            row = self.row_at(m.start())
            if row is not None and m.end() <= row[2] and row[4] not in skip_roles:
                yield m, row


def inference_at(value: str, basis: str, row: tuple, confidence: str, day: dt.date | None = None) -> Inference:
    """An inference whose evidence is one sentence of the text (`row`: a `_Sentences` row)."""
    sid, start, end, text, _ = row
    return Inference(
        value=value, basis=basis, evidence=text, sentence=sid, start=start, end=end, confidence=confidence, date=day
    )


def page_fact(
    value: str, basis: str, evidence: str, confidence: str = "stated", day: dt.date | None = None
) -> Inference:
    """An inference from the page or the file rather than a sentence of the text: no sentence, no offsets."""
    return Inference(
        value=value,
        basis=basis,
        evidence=evidence,
        sentence=None,
        start=None,
        end=None,
        confidence=confidence,
        date=day,
    )


def stated(item: tuple[str, str, str] | None) -> Inference | None:
    """A fact the page states about itself, ``(value, where, evidence)``, as a "stated" inference."""
    if not item:
        return None
    value, where, evidence = item
    return page_fact(value, f"stated in {where}", evidence)

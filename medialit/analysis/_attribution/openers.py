"""Quoted words in a participle phrase opening the sentence: the main clause's subject said them.

'Citing “the long delays,” Mayor Ruiz said, “We are done.”' reports two statements of the
mayor: the quotation after the verb, and the words the opening phrase cites. News writes this
shape often ("Remarking upon ...", "Conceding that ...", "Holding signs calling X “...”"); the
speaker is the subject that the phrase leans on, right after its comma.

Only quotations that no other statement's content covers are read (after `uncovered`).
"""

from __future__ import annotations

import re

from .._intervals import IntervalIndex
from .._tokens import strip_span
from .quoted import NOT_PARTICIPLES
from .row import Row
from .tracer import Tracer
from .uncovered import _SPEAKER_VERB, _fragment_subject, _subject

#: The rule this module adds (documented in `attributions.RULES`).
OPENER_RULES = {
    "quote-opening-participle": "'Citing “the delays,” Ruiz said ...': quoted words in a participle phrase opening "
    "the sentence, said by the subject after its comma",
}

# A capitalised participle opening the sentence ("Citing", "Remarking upon").
_OPENING = re.compile(r"((?-i:[A-Z])[a-z]{2,}ing)(?:\s+(?:upon|on|about|to))?(?![\w’'-])")


def opening_participles(tr: Tracer, rows: list[Row]) -> list[Row]:
    """Rows for quotations inside a participle phrase opening their sentence that no content covers."""
    spans = [(r.content_start, r.content_end) for r in rows if r.content_start is not None]
    near = IntervalIndex(spans)  # the contents a quotation may overlap, found without a scan per quotation
    out = []
    for q in tr.quotes:
        if q.level != 0 or not q.closed:
            continue
        if any(spans[i][0] < q.inner_end and q.inner_start < spans[i][1] for i in near.touching(*q.inner)):
            continue
        row = _opening_participle(tr, q)
        if row is not None:
            out.append(row)
    return out


def _opening_participle(tr: Tracer, q) -> Row | None:
    text = tr.text
    found = tr.sentence_span(q.start)
    if found is None or tr.index.roles[found[0]] == "boilerplate":
        return None
    opening = _OPENING.match(text, found[1])
    if opening is None or opening.group(1).lower() in NOT_PARTICIPLES or q.start < opening.end():
        return None
    if re.search(r"[,;:.!?]", text[opening.end() : q.start]):
        return None  # the phrase ends at the quotation's comma, nowhere before
    inner = text[q.inner_start : q.inner_end].rstrip()
    comma = re.match(r"[ \t\u00a0]*,[ \t\u00a0]+", text[q.end :]) if not inner.endswith(",") else None
    after = q.end + (comma.end() if comma else len(text[q.end :]) - len(text[q.end :].lstrip(" \t\u00a0")))
    if not (inner.endswith(",") or comma):
        return None
    src = _subject(text, after, found[2])
    if src is None or not _fragment_subject(text, src) or not _SPEAKER_VERB.match(text, src[1], found[2]):
        return None  # "Citing the delays, the board postponed ...": a subject that then speaks or acts
    row = Row(
        opening.start(1), opening.end(), "neutral", "quote-opening-participle", source_start=src[0], source_end=src[1]
    )
    row.content_start, row.content_end = strip_span(text, opening.end(), q.end, " \t\u00a0,")
    return row

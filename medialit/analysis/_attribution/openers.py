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
from .uncovered import _PAST, _SPEAKER_VERB, _fragment_subject, _named, _subject

#: The rule this module adds (documented in `attributions.RULES`).
OPENER_RULES = {
    "quote-opening-participle": "'Citing “the delays,” Ruiz said ...': quoted words in a participle phrase opening "
    "the sentence, said by the subject after its comma",
    "quote-that-clause": "'Hale sniped that Ruiz was “learning on the job”': quoted words in the that-clause of a "
    "verb no list holds, said by the verb's subject",
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
        if out and out[-1].content_start <= q.inner_start < out[-1].content_end:
            continue  # a later quotation of a that-clause already read
        row = _opening_participle(tr, q) or _that_clause(tr, q)
        if row is not None:
            out.append(row)
    return out


# A verb, then at most a short object or recipient, then "that" ("sniped that", "assured the voters that").
_VERB_THAT = re.compile(
    r"(?<![\w’'-])([a-z]{3,}(?:ed|s)|wrote|said|told|thought)((?:\s+[^\s“”\"]+){0,8}?)\s*,?\s+that\s"
)


def _that_clause(tr: Tracer, q) -> Row | None:
    """`quote-that-clause`: 'Hale sniped that Ruiz was “learning on the job”': quoted words in a
    that-clause of a verb no list holds; the verb's subject opens its clause."""
    text = tr.text
    found = tr.sentence_span(q.start)
    if found is None or tr.index.roles[found[0]] == "boilerplate":
        return None
    verb = _VERB_THAT.search(text, found[1], q.start)
    if verb is None or re.search(r"[.;:!?“”\"]", text[verb.end() : q.start]):
        return None
    clause = max(found[1], *(text.rfind(ch, found[1], verb.start()) + 1 for ch in ",;—–("))
    start = clause + len(text[clause : verb.start()]) - len(text[clause : verb.start()].lstrip())
    src = _subject(text, start, verb.start())
    if src is None or not _fragment_subject(text, src) or text[src[1] : verb.start()].strip(" \t\u00a0"):
        return None  # the verb must follow its subject ("X sniped that"), perhaps past an adverb
    past = _PAST.fullmatch(verb.group(1)) is not None
    if not (past or _named(text, src)) or tr.rx.search(text, verb.start(), verb.end()):
        return None  # "the rules require that ...": a present after a phrase with no name; a cue of the lexicon
    row = Row(verb.start(1), verb.end(1), "neutral", "quote-that-clause", source_start=src[0], source_end=src[1])
    row.content_start, row.content_end = strip_span(text, verb.end(), found[2], " \t\u00a0,.")
    return row


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

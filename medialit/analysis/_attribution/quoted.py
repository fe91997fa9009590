"""Direct quotations read by their shape: a quotation that ends like a reporting clause's content.

News closes a quotation that a speaker and verb follow with a comma, question or
exclamation mark inside the marks ('“We won,” she said ...'). Whatever the reporting
clause goes on with after the verb (a time, a recipient, an apposition with quoted words
of its own) is not its content: the quotation is (`quotation_is_content`). A participle
clause in that tail ('..., she said, calling the vote “a disgrace”') is a second statement
of the same speaker (`tail_rows`, rule ``quote-tail``).
"""

from __future__ import annotations

import bisect
import re

from ...quotes import Quote
from .._tokens import rstrip_end, strip_span
from .row import Row
from .tracer import Tracer

#: The rule this module adds (documented in `attributions.RULES`).
TAIL_RULES = {
    "quote-tail": "'“...,” X said, calling it “a disgrace”': a participle after the reporting clause, same speaker",
}

# The punctuation a quoted statement ends with when a reporting clause follows it.
_CLAUSE_END = ",?!…—–"
# What would make the words after the verb a content of their own ("said that ...", "said: ...").
_OWN_CONTENT = re.compile(r"\s*(?:,\s*)?(?:that(?![\w-])|:)")
_COLON = re.compile(r"\s*,?\s*:")
# A participle opening a clause in the tail: after a comma, a time word ("after hinting"), or
# right after the verb or speaker ('he said introducing ...'); "instead"/"also" may come first.
_TAIL_PARTICIPLE = re.compile(
    r"(?:[^“”\"\n]{0,60}?(?:,|\s(?:after|before|while|when|by)))?\s+(?:(?:instead|also|then|later)\s+)?"
    r"([a-z]{3,}ing)\s+(?:that\s+)?"
)
# Words in -ing that do not open a participle clause.
NOT_PARTICIPLES = frozenset(
    {
        "during",
        "morning",
        "evening",
        "meeting",
        "briefing",
        "hearing",
        "building",
        "according",
        "including",
        "nothing",
        "something",
        "anything",
        "everything",
        "following",
        "regarding",
        "concerning",
        "spring",
    }
)


# A short phrase opening the sentence that may hold a quoted title ("Sunday on Fox’s “Morning Line,” X said").
_OPENING_PHRASE = re.compile(
    r"(?:[\w’'.-]+\s+){0,2}?(?:on|in|at|during|to|with|from|for)\s+(?:[^\s,;:]+\s+){0,6}", re.IGNORECASE
)


def _opening_phrase(text: str, rs: int, q: Quote) -> bool:
    return q.start > rs and _OPENING_PHRASE.fullmatch(text, rs, q.start) is not None


def quotation_is_content(text: str, q: Quote, rs: int, after: int, after_source: bool = False) -> bool:
    """'“...,” X said <anything>': the quotation ends with a comma, question or exclamation mark, is not a
    title inside an opening phrase, and `after` (the end of the cue or speaker) opens no content of its own."""
    inner = text[q.inner_start : q.inner_end].rstrip(" \t\u00a0")
    if not inner or inner[-1] not in _CLAUSE_END or _opening_phrase(text, rs, q):
        return False
    # After an inverted speaker ('“...,” said one owner of a shop that sells ...') "that" opens a relative
    # clause of the speaker's, never a content: only a colon does.
    return not (_COLON if after_source else _OWN_CONTENT).match(text, after)


def title_in_opening_phrase(text: str, rs: int, q: Quote, content_follows: bool) -> bool:
    """'On the show “Morning Line,” X said the levy would pass': a quotation inside a short phrase opening
    the sentence names a show or a title; when a content follows the verb, that content is what was said."""
    return content_follows and _opening_phrase(text, rs, q)


def closes_earlier_sentence(text: str, q: Quote, rs: int, content_follows: bool) -> bool:
    """'... “The Truman Show.” She says he ...': a quotation ending with a full stop before the cue's
    sentence closed the sentence before; when a content follows the verb, that content is what was said."""
    return content_follows and q.end <= rs and text[q.inner_start : q.inner_end].rstrip().endswith(".")


_PARTICIPLE_TAIL = re.compile(r",\s*(?:[a-z]+ly\s+)?[a-z]{3,}ing(?![\w-])")


def participle_tail(text: str, pos: int) -> bool:
    """'Sales were great, he said, wiping his face.': a participle clause after the reporting verb ends it."""
    return _PARTICIPLE_TAIL.match(text, pos) is not None


def another_content(text: str, q: Quote, rs: int, content_follows: bool) -> bool:
    """The quotation before the speaker is not this statement's content (`closes_earlier_sentence`,
    `title_in_opening_phrase`, `introduced_by_colon`)."""
    return (
        closes_earlier_sentence(text, q, rs, content_follows)
        or title_in_opening_phrase(text, rs, q, content_follows)
        or introduced_by_colon(text, q, rs)
    )


def own_quotation_follows(tr: Tracer, q: Quote, rs: int, after: int, level: int) -> bool:
    """'Citing “the delays,” Ruiz said, “We are done.”': the quotation before the speaker does not open the
    sentence and another opens right after the verb (past a comma or colon): that one is what was said. (A
    quotation opening the sentence, '“A,” she said, “B.”', is one statement in two parts.)"""
    text = tr.text
    if not text[rs : q.start].strip(" \t\u00a0“‘\"'"):
        return False
    gap = re.compile(r"[ \t\u00a0]*[,:]?[ \t\u00a0]*").match(text, after)
    return tr.qindex.starting_at(gap.end(), level) is not None


def introduced_by_colon(text: str, q: Quote, rs: int) -> bool:
    """'Clinton responded: “What difference does it make?” Her critics cited it ...': a quotation that a
    clause ending with a colon introduces, and that closes a sentence before the cue's, is that clause's
    statement (read by the ``quote-intro`` rule), not the next sentence's."""
    inner = text[q.inner_start : q.inner_end].rstrip(" \t\u00a0")
    before = rstrip_end(text, q.start, " \t\u00a0")  # the end of the words before the quotation
    return q.end <= rs and inner[-1:] in (".", "?", "!") and before > 0 and text[before - 1] == ":"


def mark_tail(base: Row, after: int) -> Row:
    """Remember where the reporting clause's tail starts (read by `tail_rows`)."""
    base.extra["tail_at"] = after
    return base


def tail_rows(tr: Tracer, rows: list[Row]) -> list[Row]:
    """The participle clause after '“...,” X said': the same speaker's second statement."""
    text, out = tr.text, []
    cues = sorted(r.cue_start for r in rows if r.cue_start is not None)
    for r in rows:
        at = r.extra.get("tail_at")
        found = tr.sentence_span(at) if at is not None else None
        if found is None or r.source_start is None:
            continue
        end = found[2]
        m = _TAIL_PARTICIPLE.match(text, at, end)
        if not m or m.group(1) in NOT_PARTICIPLES:
            continue
        n = bisect.bisect_left(cues, at)
        if n < len(cues) and cues[n] < end:
            continue  # a cue of the lexicon in the tail was read by its own rule
        c0, c1 = strip_span(text, m.end(), end)
        if c1 - c0 < 3:
            continue
        row = Row(m.start(1), m.end(1), r.category, "quote-tail", source_start=r.source_start, source_end=r.source_end)
        row.content_start, row.content_end, row.level = c0, c1, r.level
        out.append(row)
    return out

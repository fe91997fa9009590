"""Where a statement's content lies, once a rule has found its cue and source."""

from __future__ import annotations

import re

from ...quotes import Quote
from .._adverbials import skip_adverbials
from .._noun_phrases import np_after
from .._tokens import strip_span
from .patterns import LEADING_PHRASE, NAME_WORD
from .row import Row
from .tracer import Tracer


def according(tr: Tracer, base: Row, rs: int, re_: int) -> Row | None:
    """The source after "according to" (or an opening "In a poll by X,"); the content is the other side."""
    text = tr.text
    src = np_after(text, base.cue_end, re_, max_tokens=14, stop_prepositions=False)
    if not src:
        return None
    s0, s1 = src
    lead = text[rs : base.cue_start].strip(" \t\u00a0,")
    if text[base.cue_start : base.cue_end] == "In":
        # "In a poll released Monday by X, ...": the whole opening phrase names the poll
        comma = text.find(",", s1, min(re_, base.cue_end + 160))
        if lead or comma < 0:
            return None
        s1 = comma
    base.source_start, base.source_end = s0, s1
    if not lead:  # "According to X, content."
        base.content_start, base.content_end = strip_span(text, s1, re_)
    else:  # "content, according to X." (or in the middle: content is the longer side)
        tail = strip_span(text, s1, re_)
        head = strip_span(text, rs, base.cue_start)
        base.content_start, base.content_end = head if head[1] - head[0] >= tail[1] - tail[0] else tail
    if base.content_start >= base.content_end:
        return None
    return base


def post(tr: Tracer, base: Row, q: Quote, rs: int, src_s: int, src_e: int, recipient) -> Row:
    """The content came first and is a quotation: "“...,” X said"."""
    text = tr.text
    base.source_start, base.source_end = src_s, src_e
    if q.start <= rs or text[rs : q.start].strip() == "":
        base.content_start, base.content_end = strip_span(text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
    else:
        base.content_start, base.content_end = rs, q.end
    if recipient:
        base.recipient_start, base.recipient_end = recipient
    return base


def post_clause(tr: Tracer, base: Row, rs: int, comma: int, src_s: int, src_e: int, recipient) -> Row:
    """The content came first and ends at a comma: "..., X reported Monday."."""
    base.source_start, base.source_end = src_s, src_e
    start = rs
    # The clause may open with a quotation begun in an earlier sentence.
    q = tr.qindex.at(rs, level=base.level)
    if q is not None and q.start < rs:
        start = q.start
    base.content_start, base.content_end = strip_span(tr.text, start, comma)
    if recipient:
        base.recipient_start, base.recipient_end = recipient
    return base


def content_after(tr: Tracer, base: Row, pos: int, re_: int) -> Row | None:
    """The content after the cue (from `pos` to `re_`): past adverbials and "that", one whole quotation kept inside its marks."""
    text = tr.text
    pos = skip_adverbials(text, pos, re_)
    lead = LEADING_PHRASE.match(text, pos, re_)
    if lead:  # "said after a lunch on Tuesday that ...": the content starts after "that"
        pos = lead.end(1)
    m = re.match(r"\s*(?:that\b|:|,)?\s*", text[pos:re_])
    pos += m.end() if m else 0
    if pos + 1 < re_ and text[pos] in "”’\"'" and text[pos + 1].isspace():
        pos += 1  # the closing mark of a quoted fragment ending at the verb: '“denies” the account'
    start, end = strip_span(text, pos, re_)
    # A quotation that opens here may run past the sentence ("He said: “A. B.”").
    q = tr.qindex.starting_at(start, base.level)
    if q is not None and q.end >= end:
        # The content is one quotation: keep what is inside the marks, as for "“...,” X said".
        start, end = strip_span(text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
    if start >= end:
        # "X reported:" closing its paragraph introduces a block quote.
        if text[base.cue_end : re_].rstrip().endswith(":") and base.level == 0:
            return block(tr, base)
        if base.cue_end is not None and re.search(r"\s", text[base.cue_start : base.cue_end]):
            # A phrase that is a whole statement ("maintained his innocence", "declined to
            # comment"): the content is empty, at the end of the cue.
            base.content_start = base.content_end = base.cue_end
            return base
        return None
    base.content_start, base.content_end = start, end
    return base


def block(tr: Tracer, base: Row) -> Row | None:
    """A cue ending its paragraph with a colon ("X reported:"): the content is the next paragraph(s)."""
    n = tr.para_of(base.cue_start)
    if n is None or n + 1 >= len(tr.paras):
        return None
    source_text = tr.text[base.source_start : base.source_end] if base.source_start is not None else ""
    # A capitalised word, or an acronym in brackets ("(VOA)") without them. finditer, not findall:
    # findall would return the acronym group alone, '' for every capitalised name.
    names = {(m.group(1) or m.group(0)).lower() for m in NAME_WORD.finditer(source_text)}
    first = n + 1
    last = first
    for j in range(first + 1, min(first + 6, len(tr.paras))):
        ps, pe = tr.paras[j]
        if tr.role_of(ps) != "body":
            break
        para = tr.text[ps:pe]
        opens_quote = para[:1] in '“"«'
        mentions = any(re.search(rf"\b(?:to|told)\s+(?:the\s+)?{re.escape(nm)}\b", para, re.I) for nm in names)
        if opens_quote and mentions:
            last = j
        else:
            break
    if tr.role_of(tr.paras[first][0]) != "body":
        return None
    base.rule = "block-quote"
    base.block = True
    base.content_start, base.content_end = tr.paras[first][0], tr.paras[last][1]
    return base

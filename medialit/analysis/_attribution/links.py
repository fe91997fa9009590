"""Statements read against each other: sources filled in, statements dropped, contents clipped, quotations continued."""

from __future__ import annotations

import bisect
import re

from .._tokens import strip_span
from .light_verbs import frames_participle
from .not_statements import time_or_opener
from .participle_openings import main_clause_subject
from .patterns import FIRST_PERSON, NEGATIVE_SOURCE
from .row import Row
from .subjects import sentence_subject
from .tracer import Tracer


def keep(tr: Tracer, r: Row) -> bool:
    """Drop statements nobody made ("Nobody has claimed responsibility") and a speaker's
    own beliefs inside a quotation ("“I believe ...”": a hedge, not a report)."""
    if r.source_start is None:
        return True
    if r.extra.get("restates"):
        return False  # part of another row's statement (see fill_participles)
    src = tr.text[r.source_start : r.source_end].strip()
    if NEGATIVE_SOURCE.fullmatch(src):
        return False
    if r.category == "belief" or (
        r.cue_start is not None and tr.text[r.cue_start : r.cue_start + 5].lower() == "under"
    ):
        if r.level == 1 or src.lower() in FIRST_PERSON:
            return False
    if r.level == 1 and src.lower() in FIRST_PERSON and r.category != "denial":
        return False  # "“I say that because ...”": the quoted speaker's own turn of phrase, not a new report
    return True


# Statements read inside a noun phrase ("a syllabus called “Perception”", "reports claiming ..."):
# their source is no subject a later participle or coordinated verb can share.
_EMBEDDED = frozenset({"reduced-relative", "reduced-passive"})
# A dateline opening a lead: "WASHINGTON (AP) — ", "Philadelphia (AFP) – ".
_DATELINE = re.compile(r"[A-Z][\w.’' ,-]{0,40}\([A-Za-z]+\)\s*[—–-]+\s*")


def fix_time_sources(tr: Tracer, rows: list[Row]) -> None:
    """A source that is only a time or an opening word ("X, the chairman, this past week announced")
    becomes the sentence's subject (`sentence_subject`) when it has one."""
    for r in rows:
        if r.source_start is None or r.cue_start is None:
            continue
        k = tr.index.index_at(r.source_start)
        if k is None or not time_or_opener(tr.text, r.source_start, r.source_end, tr.index.starts[k]):
            continue
        found = sentence_subject(tr.text, tr.index.starts[k], min(r.cue_start, r.source_start))
        if found and not time_or_opener(tr.text, found[0], found[1], tr.index.starts[k]):
            r.source_start, r.source_end = found


def fill_participles(tr: Tracer, rows: list[Row]) -> None:
    # Rows are sorted by cue; the earlier statement of the same sentence is found by walking back.
    cues = [o.cue_start for o in rows]
    for r in rows:
        if not r.extra.get("needs_source"):
            continue
        k = tr.index.index_at(r.cue_start)
        found = None
        j = bisect.bisect_left(cues, r.cue_start) - 1
        while j >= 0 and tr.index.index_at(cues[j]) == k:
            o = rows[j]
            # A statement named by a noun ("his attacks on X") or read inside a noun phrase ("the
            # volunteers supporting ...") sits inside a phrase: no later verb shares its source, but a
            # participle coordinated with it does ("reports citing delays and claiming ...").
            embedded = o.extra.get("nominal") or (o.rule in _EMBEDDED and not r.extra.get("after_participle"))
            if o is not r and o.source_start is not None and not embedded:
                found = o
                break
            j -= 1
        if found is not None:
            r.source_start, r.source_end = found.source_start, found.source_end
            if "antecedent" in found.extra:
                r.extra["antecedent"] = found.extra["antecedent"]
            if found.category == "denial" and r.category == "judging":
                # "denied the charge, calling the report “baseless”": the label is the denial's
                # own wording, not a second statement.
                r.extra["restates"] = True
            elif frames_participle(tr.text, found, r):
                found.extra["restates"] = True  # "issued a statement saying ...": one statement, the participle's
        elif tr.text[r.cue_start : r.cue_end].lower() == "referring":
            r.extra["restates"] = True  # ", referring to X" only glosses a statement made just before it
        elif r.extra.get("opening") != "coordinated":  # "... and suggesting" needs an earlier statement
            stop = min(r.cue_start, tr.index.starts[k] + 300)  # a subject is near the start: bound the scan
            opening = r.extra.get("opening") == "sentence"
            if opening:  # "Noting ..., the mayor said": the main clause's subject, after the participle's
                stop = min(tr.index.ends[k], tr.index.starts[k] + 300)
            dateline = _DATELINE.match(tr.text, tr.index.starts[k], stop)  # not a subject: read past it
            found = sentence_subject(tr.text, dateline.end() if dateline else tr.index.starts[k], stop)
            if opening:
                found = main_clause_subject(tr.text, r.cue_end, found)
            if found:
                r.source_start, r.source_end = found


def clip(tr: Tracer, rows: list[Row]) -> None:
    """End a content before the next statement's source when a comma separates them."""
    text = tr.text
    # Only statements whose cue or source lies inside a content can clip it; find them by bisection.
    usable = [j for j, o in enumerate(rows) if o.source_start is not None and o.cue_start is not None]
    by_cue = sorted((rows[j].cue_start, j) for j in usable)
    by_src = sorted((rows[j].source_start, j) for j in usable)
    cue_pos = [p for p, _ in by_cue]
    src_pos = [p for p, _ in by_src]
    for r in rows:
        if r.content_start is None or r.block or r.rule.startswith(("quote-", "clause-", "according")):
            continue
        # Clipping only shrinks the content, so the candidates from its first extent cover every step.
        c0, c1 = r.content_start, r.content_end
        near = {j for _, j in by_cue[bisect.bisect_right(cue_pos, c0) : bisect.bisect_left(cue_pos, c1)]}
        near.update(j for _, j in by_src[bisect.bisect_right(src_pos, c0) : bisect.bisect_left(src_pos, c1)])
        for j in sorted(near):
            o = rows[j]
            if o is r or o.source_start is None or o.cue_start is None:
                continue
            if o.extra.get("coord_at") is not None and r.content_start < o.cue_start < r.content_end:
                # "denied X and said Y": the first content ends before the conjunction.
                if o.extra["coord_at"] > r.content_start:
                    r.content_start, r.content_end = strip_span(text, r.content_start, o.extra["coord_at"])
                continue
            if o.extra.get("needs_source") and r.content_start < o.cue_start < r.content_end:
                comma = text.rfind(",", r.content_start, o.cue_start)
                if comma > r.content_start:
                    r.content_start, r.content_end = strip_span(text, r.content_start, comma)
                    r.content_end = (
                        max(r.content_end, min(comma + 2, o.cue_start))
                        if text[comma + 1 : comma + 2] in "”’\"'"
                        else r.content_end
                    )
                continue
            o_start = o.extra.get("antecedent", (o.source_start,))[0]  # a relative clause: from its antecedent
            if r.content_start < o_start < r.content_end and o.cue_start > r.cue_start:
                comma = text.rfind(",", r.content_start, o_start)
                between = text[comma + 1 : o_start] if comma >= 0 else ""
                if comma > r.content_start and (
                    not between.strip() or re.fullmatch(r"\s*(?:something|a\s+\w+|an\s+\w+)\s*", between, re.I)
                ):
                    r.content_start, r.content_end = strip_span(text, r.content_start, comma)
        # An interrupting clause (", during which he stressed ..., main clause") ends at its comma.
        if r.source_start is not None:
            lead = text[max(0, r.source_start - 40) : r.source_start]
            if re.search(r",\s*(?:\w+\s+)?(?:which|who|whom|during which|in which|where)\s+$", lead):
                m = re.search(r",\s", text[r.content_start : r.content_end])
                if m:
                    r.content_end = strip_span(text, r.content_start, r.content_start + m.start())[1]


def continued_quotes(tr: Tracer, rows: list[Row]) -> list[Row]:
    out = []
    # covered[i] == 1 when some content [s, e) holds offset i: a quotation is covered when its
    # first or last character is (s <= q.start < e or s < q.end <= e).
    covered = bytearray(len(tr.text) + 1)

    def cover(s: int, e: int) -> None:
        e = min(e, len(covered))
        if e > s:
            covered[s:e] = b"\x01" * (e - s)

    for r in rows:
        if r.content_start is not None and not r.block:
            cover(r.content_start, r.content_end)
    cues = sorted(r.cue_start for r in rows if r.cue_start is not None)
    # (content end, order, row) of the statements a quotation may continue, sorted by end.
    prev = sorted((r.content_end, j, r) for j, r in enumerate(rows) if r.content_end is not None and r.level == 0)
    prev_ends = [e for e, _, _ in prev]
    for q in tr.quotes:
        if q.level != 0 or covered[q.start] or covered[q.end - 1]:
            continue
        c = bisect.bisect_left(cues, q.start)
        if c < len(cues) and cues[c] < q.end:
            continue
        k = tr.index.index_at(q.start)
        if k is None or tr.index.starts[k] != q.start or q.end < tr.index.ends[k] - 1:
            continue  # only a quotation that is a whole sentence
        # The statement whose content ends last before the quotation (the first such on a tie).
        n = bisect.bisect_right(prev_ends, q.start)
        if n == 0:
            continue
        p = prev[bisect.bisect_left(prev_ends, prev_ends[n - 1])][2]
        p_end = max(x for x in (p.source_end, p.cue_end, p.content_end, p.recipient_end) if x is not None)
        gap = tr.text[p_end : q.start]
        if (
            gap.strip(' \t\r\n\u00a0.,”’"')
            or gap.count("\n") > 2
            or p.rule not in ("quote-source-cue", "quote-cue-source", "continued-quote", "quote-speaker", "quote-intro")
        ):
            continue
        c0, c1 = strip_span(tr.text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
        # No source is written in the quotation's sentence: `source` stays empty (as PolNeAR reads it,
        # one statement in two fragments) and `resolve` gives the speaker as `source_resolved`.
        row = Row(None, None, p.category, "continued-quote", content_start=c0, content_end=c1)
        row.extra["continues"] = p
        out.append(row)
        # A third quotation may continue this one.
        at = bisect.bisect_right(prev_ends, c1)
        prev_ends.insert(at, c1)
        prev.insert(at, (c1, len(rows) + len(out), row))
        cover(c0, c1)
    return out

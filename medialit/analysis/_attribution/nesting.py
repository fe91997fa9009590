"""The parent of each statement (the content that holds it) and pronoun sources resolved to a name."""

from __future__ import annotations

import bisect
import re
import sys

from .._closed_words import PRONOUNS
from .._intervals import IntervalIndex
from .lexicons import is_organisation
from .patterns import FUNCTION_WORDS
from .row import Row
from .tracer import Tracer


def nest(tr: Tracer, rows: list[Row]) -> None:
    contents = IntervalIndex((o.content_start, o.content_end) for o in rows)
    for i, r in enumerate(rows):
        anchor = (r.cue_start, r.cue_end) if r.cue_start is not None else (r.content_start, r.content_end)
        best = None
        # A content holding the anchor holds its first offset: only those spans are candidates.
        cands = contents.near(anchor[0]) if anchor[1] >= anchor[0] else range(len(rows))
        for j in cands:
            o = rows[j]
            if j == i or o.content_start is None:
                continue
            if o.content_start <= anchor[0] and anchor[1] <= o.content_end and (o.start, o.end) != (r.start, r.end):
                if (
                    r.source_start is not None
                    and not (o.content_start <= r.source_start < o.content_end)
                    and r.rule not in ("quote-source-cue", "clause-source-cue")
                ):
                    if not r.rule.startswith(("participle",)):
                        continue
                if best is None or (o.content_end - o.content_start) < (
                    rows[best].content_end - rows[best].content_start
                ):
                    best = j
        if best is not None:
            r.parent, r.parent_rule = best, "contains"
    # No parent by anaphora: "the reports were found untrue" denies the earlier report, it does
    # not report it. The earlier report keeps the parent whose content holds it (Bas News), and
    # find_claims links the denial to it as its target.


def depth(rows: list[Row], i: int) -> int | None:
    seen, d = {i}, 0
    while rows[i].parent is not None:
        i = rows[i].parent
        if i in seen:
            return None
        seen.add(i)
        d += 1
    return d


def resolve(tr: Tracer, rows: list[Row]) -> None:
    text = tr.text
    by_src = sorted((o.source_start, j) for j, o in enumerate(rows) if o.source_start is not None)
    src_pos = [p for p, _ in by_src]
    for i, r in enumerate(rows):
        if "continues" in r.extra:  # a continued quotation: the speaker of the statement it continues
            r.source_resolved = r.extra["continues"].source_resolved
            continue
        # sys.intern: one string per distinct source ("he", "officials"), not one per statement.
        src = r.source if r.source is not None else sys.intern(text[r.source_start : r.source_end])
        r.source = src
        r.source_resolved = src
        if "antecedent" in r.extra:  # a relative pronoun: its antecedent (see rules.relative_clause)
            r.source_resolved = text[r.extra["antecedent"][0] : r.extra["antecedent"][1]]
            continue
        if src.lower() not in PRONOUNS or r.source_start is None:
            continue
        k = tr.index.index_at(r.source_start)
        # Look back two sentences, but never into a headline or other page furniture:
        # a pronoun in the story refers to someone named in the story.
        j = k
        while j > max(0, k - 2) and tr.index.roles[j - 1] == "body":
            j -= 1
        lo = tr.index.starts[j]
        # Earlier rows whose source lies in [lo, this source), in row order.
        window = by_src[bisect.bisect_left(src_pos, lo) : bisect.bisect_left(src_pos, r.source_start)]
        named = [
            rows[j] for j in sorted(j for _, j in window if j < i) if (rows[j].source or "").lower() not in PRONOUNS
        ]
        person = src.lower() in {"he", "she"}
        if person:
            # prefer a personal name: a run of capitalised words not led by "the"
            runs = list(
                re.finditer(r"(?<!the )(?<!The )\b(?:[A-Z][\w.’'-]+\s+){1,4}[A-Z][\w’'-]+", text[lo : r.source_start])
            )
            names = [m for m in runs if not is_organisation(m.group())]
            orgs = [(m.start(), m.end()) for m in runs if is_organisation(m.group())]
            if not names:  # a single capitalised word that is not a function word ("Trump said ...")
                names = [
                    m
                    for m in re.finditer(r"\b[A-Z][a-z][\w’'-]+", text[lo : r.source_start])
                    if re.sub(r"[’'](?:s|re|ve|ll|d|m|t)$", "", m.group()).lower() not in FUNCTION_WORDS
                    and m.group().lower() not in FUNCTION_WORDS
                    and not is_organisation(m.group())
                    and not any(a <= m.start() < b for a, b in orgs)
                ]  # not a word of "Cyber Command"
            if names:
                r.source_resolved = re.sub(r"[’']s$", "", names[-1].group())
                continue
        if person:
            named = [o for o in named if not is_organisation(o.source or "")]  # "he" is a person
        if named:
            r.source_resolved = named[-1].source

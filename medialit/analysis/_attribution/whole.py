"""Readings of whole lines rather than of a cue: headlines with a speaker, "SPEAKER:" transcripts."""

from __future__ import annotations

from .._tokens import strip_span
from .lexicons import is_colon_word
from .patterns import HEADLINE_SPEAKER, HEADLINE_TAG, SPEAKER_COLON
from .row import Row
from .tracer import Tracer


def speaker_colons(tr: Tracer) -> list[Row]:
    """A body line that opens with its speaker and a colon: a transcript ("SMITH: We won.") or a
    name before a quotation ("Jo Bell: “We won.”"). The content is the quotation, else the paragraph."""
    rows = []
    for s in tr.a.sentence_rows():
        if s.role != "body":
            continue
        m = SPEAKER_COLON.match(s.text)
        if not m or is_colon_word(m.group(1).strip().lower(), "label"):
            continue
        name = m.group(1)
        quoted = m.group(2) is not None
        if not quoted and not (name.isupper() and sum(c.isalpha() for c in name) >= 3):
            continue  # without a quotation only a transcript's capitals mark a speaker
        start = int(s.start)
        colon = start + m.end(1)
        c0 = start + (m.start(2) if quoted else m.end())
        q = tr.qindex.starting_at(c0, 0) if quoted else None
        if q is not None:
            c0, c1 = strip_span(tr.text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
        else:
            n = tr.para_of(start)
            c1 = tr.paras[n][1] if n is not None else int(s.end)
            c0, c1 = strip_span(tr.text, c0, c1)
        if c1 - c0 < 5:
            continue
        rows.append(
            Row(
                colon,
                colon + 1,
                "neutral",
                "speaker-colon",
                source_start=start + m.start(1),
                source_end=colon,
                content_start=c0,
                content_end=c1,
            )
        )
    return rows


def headline_tags(tr: Tracer) -> list[Row]:
    rows = []
    first_para = tr.sents[tr.sents["paragraph"] == tr.sents["paragraph"].min()] if len(tr.sents) else tr.sents
    for s in tr.a.sentence_rows():
        # The article's first line, when it is one short sentence, is read as a headline even if
        # the page furniture was not recognised (a title that ends in a full stop).
        title_line = (
            len(first_para) == 1 and s.paragraph == first_para["paragraph"].iloc[0] and len(s.text.split()) <= 20
        )
        if s.role not in ("headline", "related-headline") and not title_line:
            continue
        lead = HEADLINE_SPEAKER.match(s.text)
        who = lead.group(1).strip().lower() if lead else ""
        if (
            lead
            and not is_colon_word(who, "label")
            and (len(lead.group(2).split()) > 4 or is_colon_word(who, "speaker"))
        ):
            # "Senator Lee: The Bill Is Dead" / "Report: ...": the speaker (or a report) comes first.
            colon = int(s.start) + lead.end(1)
            c0, c1 = strip_span(tr.text, int(s.start) + lead.start(2), int(s.start) + lead.end(2))
            rows.append(
                Row(
                    colon,
                    colon + 1,
                    "hearsay",
                    "headline-speaker",
                    source_start=int(s.start) + lead.start(1),
                    source_end=colon,
                    content_start=c0,
                    content_end=c1,
                )
            )
            continue
        m = HEADLINE_TAG.search(s.text) if s.role in ("headline", "related-headline") else None
        if not m or ":" in s.text[: m.start()]:
            continue
        colon = int(s.start) + m.start()
        src_s, src_e = int(s.start) + m.start(1), int(s.start) + m.end(1)
        c0, c1 = strip_span(tr.text, int(s.start), colon)
        if c1 - c0 < 10:
            continue
        rows.append(
            Row(
                colon,
                colon + 1,
                "hearsay",
                "headline-tag",
                source_start=src_s,
                source_end=src_e,
                content_start=c0,
                content_end=c1,
            )
        )
    return rows

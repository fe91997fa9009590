"""`Cue`: one match of the lexicon and what the rules read around it, each part computed once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ...quotes import CLOSE_DOUBLE
from ...span import Span
from .._adverbials import skip_adverbials
from .._closed_words import PREPOSITIONS
from .._noun_phrases import np_after, np_before
from .adverb_gap import comma_before_gap
from .contents import content_after
from .lexicons import match_row
from .patterns import DASH_ASIDE, FUNCTION_WORDS, PARTICIPLE, REGION_MAX
from .row import Row
from .subjects import apposition, name_apposition, opening_subject, sentence_opener
from .tails import cut_recipient
from .tracer import Tracer

# Capitalised openers that are not a name ("Last month, ...", "Asked about it, ...").
_NOT_NAMES = frozenset({"asked", "speaking", "meanwhile", "earlier", "later", "still", "instead", "today", "yesterday"})

# A form of 'be' (and up to two adverbs or a negation) right before an -ing cue: the progressive.
_BE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:is|are|was|were|am|be|been)|[’'](?:re|m))\s+(?:(?:not|never|now|still|also|already|[a-z]+ly)\s+){0,2}$",
    re.IGNORECASE,
)

#: A rule's answer when the cue fits it but no statement was made: stop, emit nothing.
NO_STATEMENT = object()
Answer = Row | object | None


@dataclass
class Cue:
    """One match of the lexicon and what the rules read around it (computed once, on first use)."""

    tr: Tracer
    base: Row  # the row being filled; its cue, category and quotation level are set
    low: str  # the cue's text, lower case
    k: int  # its sentence
    s_start: int
    s_end: int
    rs: int  # the region read: the sentence, or the quotation holding the cue
    re_: int
    level: int
    lex_row: int = -1  # the lexicon row that matched

    @property
    def cs(self) -> int:
        return self.base.cue_start

    @property
    def ce(self) -> int:
        return self.base.cue_end

    @property
    def w0(self) -> int:
        # Only the last stretch before the cue matters to the end-anchored patterns; a bounded
        # window keeps one giant sentence linear.
        return max(self.rs, self.cs - 200)

    @cached_property
    def left_raw(self) -> str:
        return self.tr.text[self.w0 : self.cs]

    @cached_property
    def lead(self) -> str:
        return self.tr.text[self.rs : self.cs].rstrip(" \t\u00a0")

    @cached_property
    def participle(self) -> bool:
        # The first word decides: ", calling for a freeze" and ", pointing to the report" are participles
        # too ("according to" is a preposition).
        first = self.low.split()[0] if self.low.split() else ""
        return bool(PARTICIPLE.search(first)) and first != "according" and not self.progressive

    @cached_property
    def progressive(self) -> bool:
        """'The senator is saying ...', 'aides were pushing for ...': be + -ing is the verb itself, with
        the subject before 'be' (not a participle, and not a passive as `np_before` reads the 'be')."""
        return bool(re.match(r"\w+ing\b", self.low)) and bool(_BE_BEFORE.search(self.left_raw))  # "pushing for"

    @cached_property
    def before(self) -> tuple[int, int, set[str]] | None:
        """The subject before the cue (`np_before`), past an apposition or a dashed aside."""
        text, rs, cs = self.tr.text, self.rs, self.cs
        before = np_before(text, rs, cs)
        if before is None and re.search(r",\s*$", self.left_raw) and not self.participle:
            before = apposition(self.tr, rs, cs)
        dash = DASH_ASIDE.search(self.left_raw) if before is None else None
        if dash:  # "Jo Bell -- who lost in 2010 -- said": the subject stands before the aside
            head = np_before(text, rs, self.w0 + dash.start())
            if head is not None and not head[2]:
                before = head
        if before is None and re.search(r",\s*$", self.left_raw) and not self.participle:
            before = self.opening_name()
        gap = comma_before_gap(self.left_raw) if before is None and not self.participle else None
        if gap is not None:  # "X, the shipping magnate, has indicated": the subject ends at the comma
            before = apposition(self.tr, rs, self.w0 + gap) or self.opening_name(self.w0 + gap)
        if before is None and not self.participle:
            before = opening_subject(self.tr, rs, cs, self.ce, self.re_)
        return before

    def opening_name(self, end: int | None = None) -> tuple[int, int, set[str]] | None:
        """ "Tom Fitton, the president of X, a group that has sued ..., said": a name opening the
        sentence and set off by a comma is the subject when the long stretch after it ends at the
        cue with a comma (what `apposition` cannot take apart: clauses, several commas); `end`: where the
        comma-set stretch ends when it is not at the cue."""
        text, cs = self.tr.text, self.cs if end is None else end
        start = self.rs + len(re.match(r"\s*(?:(?:But|And|Yet|So|Still)\s+)?", text[self.rs : cs]).group())
        if cs - start > 300 or re.search(r"[“”\"‘:;]|''", text[start:cs]):
            return None
        name = re.match(r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,5}(?=,\s)", text[start:cs])
        if not name or name.group().lower().split()[0] in FUNCTION_WORDS | _NOT_NAMES or sentence_opener(name.group()):
            return None
        return start, start + name.end(), set()

    @property
    def flags(self) -> set[str]:
        flags = self.before[2] if self.before else set()
        return flags - {"passive"} if self.progressive else flags

    @cached_property
    def recipient(self) -> Span | None:
        """ "told VOA that ...", "asked the mayor whether ...": who was told."""
        if not self.low.startswith(("told", "tell", "ask")):
            return None
        text = self.tr.text
        return cut_recipient(text, np_after(text, skip_adverbials(text, self.ce, self.re_), self.re_))

    @property
    def after_cue(self) -> int:
        return self.recipient[1] if self.recipient else self.ce

    @cached_property
    def inverted_source(self) -> Span | None:
        """The speaker after the cue when the content came first ("..., said X")."""
        lead = self.lead
        if not lead or self.participle or self.before is not None:
            return None
        if not (lead.endswith(",") or lead[-1] in CLOSE_DOUBLE + "\"’'"):
            return None
        src = name_apposition(self.tr, np_after(self.tr.text, self.ce, self.re_), self.re_)
        if src and self.tr.text[src[0] : src[1]].split()[0].lower() in PREPOSITIONS:
            return None  # "..., pleaded guilty to two charges": no speaker after the verb
        return src

    def content_after(self, pos: int) -> Answer:
        """The content from `pos` to the end of the region (`contents.content_after`), claimed either way."""
        row = content_after(self.tr, self.base, pos, self.re_)
        return NO_STATEMENT if row is None else row


def make_cue(tr: Tracer, m: re.Match) -> Cue | None:
    """The cue at match `m`, or None where no statement can be (a pseudo row, boilerplate, no sentence)."""
    category = tr.category_of[match_row(m)]
    if category == "pseudo":
        return None
    cs, ce = m.start(), m.end()
    found = tr.sentence_span(cs)
    if found is None:
        return None
    k, s_start, s_end = found
    if tr.index.roles[k] == "boilerplate":
        return None
    rs, re_, level = tr.region(cs, s_start, s_end)
    # A real sentence is far shorter than this; a giant unpunctuated one (a scraped blob)
    # is read only near the cue, so each statement costs the same whatever the length.
    rs, re_ = max(rs, cs - REGION_MAX), min(re_, ce + REGION_MAX)
    base = Row(cs, ce, category, "", level=level)
    return Cue(tr, base, tr.text[cs:ce].lower(), k, s_start, s_end, rs, re_, level, match_row(m))

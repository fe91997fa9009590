"""Attributions: who says what, and through whom.

`trace_attributions(article)` returns one row per reported statement: the `source`
(who), the `cue` (the reporting verb or phrase, from ``lexicons/reporting_verbs.csv``),
the `content` (what), its `kind` (direct, indirect, mixed) and `parent`, the statement
this one is reported inside, so chains nest (article -> a news agency -> a ministry).

Method (rule-based, in the spirit of citron's cue/source/content triples): every cue in
the lexicon is found in the text; each is read by the first pattern that fits its
surroundings (see `RULES`); quotations are tracked across sentences and paragraphs;
then contents are clipped, block quotes attached, and nesting computed from spans.

Columns beyond docs/architecture.md, appended at the end:

- ``recipient_start``, ``recipient_end``: the span of `recipient` ("told VOA").
- ``source_resolved``: the source with a pronoun resolved to the most recent named
  source or name in the previous two sentences (else the source itself).
- ``cue_category``: the lexicon category of the cue (neutral, assertive, concessive,
  judging, denial, hearsay) or the structural rule's own word.
- ``last_sentence``: the sentence holding the end of the span (block and multi-sentence
  quotes cover several sentences; `sentence` is the one holding the start).
- ``parent_rule``: ``contains`` (the parent's content contains this statement). A later
  statement that refers back to this one ("the reports were found untrue") is not its
  parent: it denies it, and `find_claims` gives that link as the denial's `target`.

Choices worth knowing: a block quote (text set off in its own paragraphs after
"X reported:") counts as `direct`, since the layout does the work of quote marks; a
quotation continued in the next sentence without a new cue gets its own row
(`rule` ``continued-quote``) with the previous speaker as an implicit source (no offsets).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from ..lexicon import cue_regex, load_lexicon, read_lexicon
from ..quotes import CLOSE_DOUBLE, QUOTE_CHARS, Quote
from ._spans import (
    BOUNDARY,
    PREPOSITIONS,
    PRONOUNS,
    TIME_TAIL,
    WEEKDAYS_MONTHS,
    IntervalIndex,
    np_after,
    np_before,
    skip_adverbials,
    strip_span,
    tokens,
)
from .reading import reading

COLUMNS = [
    "id",
    "sentence",
    "start",
    "end",
    "text",
    "source",
    "source_start",
    "source_end",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "kind",
    "recipient",
    "parent",
    "depth",
    "rule",
]
EXTRA_COLUMNS = ["recipient_start", "recipient_end", "source_resolved", "cue_category", "last_sentence", "parent_rule"]
CATEGORIES = frozenset(
    {"neutral", "assertive", "concessive", "judging", "denial", "hearsay", "belief", "withheld", "pseudo"}
)

#: Every value of the `rule` column, with what it reads, in the order `_Tracer` tries them: each
#: cue of the lexicon by `_Tracer.read` (the first that fits wins), then the whole-article readings
#: (`headline_tags`, `speaker_colons`), then quotations that continue a quoted statement.
#: Documentation only; tests/test_attributions.py checks that every rule emitted is listed.
RULES = {
    "according-to": "'according to X, ...' or '..., according to X'",
    "coordinated": "'X denied ... and said ...': the second verb's speaker is the first verb's subject",
    "relative-clause": "'The company, which said ...': the antecedent of the relative pronoun speaks",
    "quote-source-cue": "'“...,” X said' (the content is the whole quotation, even over sentences)",
    "clause-source-cue": "'..., X reported Monday.' (content before the comma)",
    "quote-cue-source": "'“...,” said X'",
    "clause-cue-source": "'..., said X.'",
    "participle": "', adding ...' / ', saying ...': the speaker is the clause's earlier source",
    "reduced-relative": "'reports claiming ...', 'a statement saying ...'",
    "passive-by": "'... was reported by X'",
    "source-cue-content": "'X said (that) ...', 'X told Y (that) ...', 'X denied ...'",
    "object-gap": "'..., something X denied': the content is the word standing for an earlier statement",
    "block-quote": "'X reported:' ending a paragraph, content = the next paragraph(s)",
    "headline-tag": "a headline ending in ': source' (\"... killed in Syria: monitor\")",
    "headline-speaker": 'a headline opening with \'speaker:\' ("Senator Lee: The Bill Is Dead", "Report: ...")',
    "speaker-colon": "a body line opening with 'SPEAKER:' (a transcript) or 'Speaker: “...”'",
    "continued-quote": "a quotation right after a quoted statement, same speaker, no new cue",
}

_PARTICIPLE = re.compile(r"ing$", re.IGNORECASE)
# The words of a block quote's source that a later paragraph may name ("... told Bas News").
_NAME_WORD = re.compile(r"[A-Z][\w-]+|\(([A-Z]{2,})\)")
# "... and said", "..., but denied": a second verb sharing the first one's subject.
_COORDINATED = re.compile(
    r"(?:,\s*)?(?<![\w-])(?:and|but)\s+(?:(?:also|then|later|has|have|had|yet|still|now|again|swiftly|quickly|"
    r"immediately|promptly|strongly|flatly|categorically|repeatedly)\s+)*$",
    re.IGNORECASE,
)
# "X, who has denied ...", "X which said ...": the antecedent of the relative pronoun speaks.
_RELATIVE = re.compile(
    r"(,\s*)?(?<![\w-])(?-i:who|which)\s+(?:(?:has|have|had|also|previously|earlier|later|repeatedly|consistently|"
    r"always|initially|once|publicly|flatly|strongly|vehemently|categorically|since|first)\s+)*$",
    re.IGNORECASE,
)
_NEGATIVE_SOURCE = re.compile(r"(?:nobody|no\s*-?\s*one|none|neither|no\s+\S.*)", re.IGNORECASE)
_FIRST_PERSON = {"i", "we", "you"}
_REGION_MAX = 3000  # characters read on each side of a cue
_NAME_APPOSITION = re.compile(
    r",\s*((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4})(?=\s*(?:[.!?;]|$))", re.IGNORECASE
)
# What may follow "“...,” X said" before the sentence ends without being the content:
# a place or occasion ("in Geneva", "in a statement posted on its website"), a comma
# and a relative or participle clause (", who asked not to be named", ", speaking outside ...").
_TAIL_OPEN = re.compile(
    r"\s*(?:,\s*(?:who|which|whose|speaking|writing|adding|saying|noting|citing|referring|according|as|in|on|at|"
    r"after|before|while|when|during|but|and|before|"
    # an apposition describing the speaker: ", a professor at ...", ", founder of ..."
    r"a|an|the|his|her|its|their|one|former|then|now|also|author|director|founder|co-founder|president|"
    r"chairman|chairwoman|chair|head|chief|leader|member|spokesman|spokeswoman|spokesperson)\b|\s+(?:in|at|on|from|during|after|before|while|when|as|"
    r"outside|inside|via|through|with|late|early|earlier|later|last|this|yesterday|today)\b)",
    re.IGNORECASE,
)
_PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}", re.IGNORECASE)
# Words that open a parenthetical between a subject and its verb ("X, who ..., said").
_PARENTHETICAL = re.compile(
    r"\s*(?:who|which|whose|whom|where|when|while|if|after|before|as|speaking|aged?|of|from|in|at|for|now|then|"
    r"formerly|previously|currently|also|"
    r"himself|herself|themselves|itself|like|unlike|known|once|\d+|[a-z]+ing|[a-z]+ed)\b"
)
# A job description set off by commas after a name ("Jo Bell, executive director of the
# Leeds Trust, said"): up to 15 words, none of them a clause word or a finite verb, and
# perhaps a relative clause after them.
_DESCRIPTION = re.compile(
    r"\s*(?!(?:who|which|that|when|where|while|after|before|because|if|but|and|as|in|on|at)\b)"
    r"(?!(?:is|are|was|were|has|have|had|will|would|said|says|told|that|who|which)\b)[\w’'.&()/-]+"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|said|says|told|that|who|which)\b)[\w’'.&()/-]+){0,14}"
    r"(?:\s+(?:who|whose|which)\s[^“”\"‘:;]*)?\s*"
)  # "a builder who had been on the board"
# A time or occasion between a cue and "that" ("said after a lunch on Tuesday that ...").
_LEADING_PHRASE = re.compile(
    r"\s*,?\s*((?:after|before|during|at|in|on|while|following|late|early|last|this|over|outside|inside)\s+"
    r"[^,.;:“”\"?!]{0,80}?)\s*,?\s+(?=that\s)",
    re.IGNORECASE,
)
_INTRO_RECIPIENT = re.compile(
    r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:email|e-mail|interview|letter|message|statement|"
    r"call|phone\s+call|briefing|conversation)\s+(?:to|with)\s+",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"(?<![\w-])(?:the|these|those|such|this|that)\s+(?:(?:earlier|recent|media|news|initial)\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story|charges?)(?![\w-])",
    re.IGNORECASE,
)
_HEADLINE_TAG = re.compile(r":\s+((?:[A-Za-z][\w.&’'-]*)(?:\s+[A-Za-z][\w.&’'-]*){0,3})\s*$")
# A headline that opens with a speaker and a colon ("Senator Lee: The Bill Is Dead", "Report: ...").
_HEADLINE_SPEAKER = re.compile(
    r"\s*((?-i:[A-Z])[\w.’'&-]*(?:\s+(?:(?-i:[A-Z])[\w.’'&-]*|of|the|and|for|de)){0,5}):\s+(\S.{9,}?)\s*$"
)
# A body line opening with a speaker and a colon ("JO BELL: ...", "Jo Bell: “...”", "- Jo Bell: “...”").
_SPEAKER_COLON = re.compile(
    r"(?:[-–—]\s+)?((?-i:[A-Z])[\w.’'&-]*(?:\s+(?:(?-i:[A-Z])[\w.’'&-]*|\([\w.,-]+\))){0,4}):\s*([“\"‘])?"
)
# Labels of a page section, not speakers, before a headline's colon ("Live: ...", "Opinion: ...").
_SECTION_LABELS = frozenset(
    {
        "live",
        "update",
        "updated",
        "breaking",
        "breaking news",
        "watch",
        "video",
        "photos",
        "exclusive",
        "analysis",
        "opinion",
        "editorial",
        "review",
        "explainer",
        "fact check",
        "quiz",
        "podcast",
        "listen",
        "read",
        "in pictures",
    }
)
# Unnamed sources that open a headline ("Report: ...", "Sources: ..."): a speaker even before a short claim.
_REPORT_LABELS = frozenset(
    {
        "report",
        "reports",
        "source",
        "sources",
        "poll",
        "survey",
        "study",
        "rumor",
        "rumour",
        "officials",
        "police",
        "witnesses",
        "insiders",
        "aides",
    }
)
_TIME_OPENERS = frozenset(
    {
        "last",
        "this",
        "next",
        "earlier",
        "later",
        "late",
        "early",
        "since",
        "after",
        "before",
        "here",
        "there",
        "meanwhile",
        "still",
        "instead",
        "asked",
        "pressed",
        "questioned",
        "speaking",
        "writing",
        "responding",
        "told",
    }
)
# An aside set off by dashes right before a cue ("X -- who lost the race -- said").
_DASH_ASIDE = re.compile(r"\s+(?:--|–|—|-)\s+[^–—\n]{1,200}?\s+(?:--|–|—|-)\s*$")
_LINKABLE = {"hearsay", "judging"}
_FUNCTION_WORDS = (
    BOUNDARY
    | PRONOUNS
    | {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "last",
        "this",
        "after",
        "before",
        "despite",
        "nevertheless",
        "however",
        "meanwhile",
        "then",
        "when",
    }
)


@dataclass
class _Row:
    cue_start: int | None
    cue_end: int | None
    category: str
    rule: str
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    level: int = 0  # 1 when the cue sits inside a quotation
    recipient_start: int | None = None
    recipient_end: int | None = None
    start: int = 0
    end: int = 0
    parent: int | None = None
    parent_rule: str | None = None
    block: bool = False
    source_resolved: str | None = None
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """Last words of organisation names: lexicons/organisations.csv plus the media words of outlets.csv."""
    orgs = load_lexicon("organisations", categories={"org-word"})
    outlets = load_lexicon("outlets")
    media = outlets.loc[outlets["category"] == "media-word", "cue"]
    return frozenset(orgs["cue"]) | frozenset(media)


def _organisation(name: str) -> bool:
    """Does a capitalised name end like an organisation's ("U.S. Cyber Command", "Bas News")?"""
    words = re.findall(r"[\w’'-]+", name)
    return bool(words) and re.sub(r"[’']s$", "", words[-1]) in _organisation_words()


def _lexicon(lexicon) -> pd.DataFrame:
    if lexicon is None:
        return load_lexicon("reporting_verbs", categories=CATEGORIES)
    return read_lexicon(lexicon, categories=CATEGORIES)


def _match_row(m: re.Match) -> int:
    for name, value in m.groupdict().items():
        if value is not None and name.startswith("r"):
            return int(name[1:])
    return -1


def _cut_recipient(text: str, rec: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "told shareholders the merger ...": a determiner after the first word starts the content."""
    if rec is None:
        return None
    toks = tokens(text, rec[0], rec[1])
    for i in range(1, len(toks)):
        if toks[i].low in {
            "the",
            "a",
            "an",
            "this",
            "these",
            "those",
            "its",
            "his",
            "her",
            "their",
            "our",
            "no",
        } and toks[i - 1].low not in {"of", "for", "and"}:
            return rec[0], toks[i - 1].end
    return rec


def _only_tail(text: str, pos: int, end: int) -> bool:
    """True when nothing but time adverbials and final punctuation is left in [pos, end)."""
    rest = text[pos:end]
    if not rest.strip(" \t\r\n\u00a0.!?;”’\"'"):
        return True
    return bool(TIME_TAIL.match(rest))


_QUOTED_TITLE = re.compile(r"[“\"](?:(?-i:[A-Z])[\w’'-]*[\s.,!?]*){1,6}[”\"]")


def _tail(text: str, pos: int, end: int, quoted: bool, after_source: bool = False) -> bool:
    """Is [pos, end) only the end of a reporting clause (no content of its own)?

    Always: time adverbials (`_only_tail`), a named place ("in Geneva"), or a comma
    opening a relative or participle clause. After a quotation (`quoted`) also any
    prepositional phrase, as long as it holds no quote mark, colon or "that" (which
    would introduce a content).
    """
    if _only_tail(text, pos, end):
        return True
    rest = _QUOTED_TITLE.sub("", text[pos:end])  # 'who hosts the show “Money Tank.”': a title, not a quotation
    go_on = re.search(r",\s*[“\"‘]", rest)  # '“A,” said X, an economist, “and B.”': the quotation goes on
    if (
        quoted
        and not re.search(r"[“”\"‘:]", rest[: go_on.start()] if go_on else rest)
        and not re.match(r"\s*(?:that|,?\s*:)(?![\w-])" if not after_source else r"\s*,?\s*:", rest)
    ):
        # After a quotation, whatever ends the reporting clause (a time, a recipient, "several
        # months after ...", an apposition) is not content: the quotation is.
        return True
    place = _PLACE_TAIL.match(text, pos, end)
    if place and _only_tail(text, place.end(), end):
        return True
    m = _TAIL_OPEN.match(text, pos, end)
    if not m:
        return False
    if not quoted and not m.group().lstrip().startswith(","):
        return False
    if m.group().strip(" ,").lower() in {"adding", "saying", "noting"}:
        return True  # a participle cue: it is read as a statement of its own
    return not re.search(r"[“”\"‘:]|(?<![\w-])that(?![\w-])", text[m.end() : end])


class _Tracer:
    def __init__(self, article, lexicon):
        self.a = article
        self.text: str = article.text
        self.sents = article.sentences
        self.reading = reading(article)  # sentences, paragraphs and quotations: shared with the other finders
        self.index = self.reading.sentences if len(self.sents) else None
        self.quotes = self.reading.quotes
        self.qindex = self.reading.quote_index
        self.lex = _lexicon(lexicon)
        self.rx = cue_regex(self.lex)
        self.category_of = dict(zip(self.lex.index, self.lex["category"]))
        self.paras = self.reading.paragraphs
        self.para_starts = [s for s, _ in self.paras]
        # Bisection finds the first paragraph holding a position when paragraphs are ordered and disjoint.
        self.paras_sorted = all(self.paras[n][1] <= self.paras[n + 1][0] for n in range(len(self.paras) - 1))

    # -- helpers
    def sentence_span(self, pos: int) -> tuple[int, int, int] | None:
        k = self.index.index_at(pos) if self.index else None
        if k is None:
            return None
        return k, self.index.starts[k], self.index.ends[k]

    def region(self, pos: int, s_start: int, s_end: int) -> tuple[int, int, int]:
        q = self.qindex.at(pos, level=0)
        if q is None:
            return s_start, s_end, 0
        if q.start > s_start and q.end <= s_end + 1:
            lead = self.text[s_start : q.start].rstrip()
            if lead and lead[-1] not in ":,;.!?—–-([" and lead[-1] not in QUOTE_CHARS:
                # A quoted fragment inside a clause ('said it “strongly refutes” the claims'):
                # the cue's subject is outside the marks, so read it with the whole sentence.
                return s_start, s_end, 0
        return max(s_start, q.inner_start), min(s_end, q.inner_end), 1

    def para_of(self, pos: int) -> int | None:
        if self.paras_sorted:
            n = bisect.bisect_right(self.para_starts, pos) - 1
            if n >= 0 and self.paras[n][0] <= pos < self.paras[n][1]:
                return n
            return None
        for n, (s, e) in enumerate(self.paras):
            if s <= pos < e:
                return n
        return None

    # -- reading one cue
    def read(self, m: re.Match) -> _Row | None:
        category = self.category_of[_match_row(m)]
        if category == "pseudo":
            return None
        cs, ce = m.start(), m.end()
        found = self.sentence_span(cs)
        if found is None:
            return None
        k, s_start, s_end = found
        if self.index.roles[k] == "boilerplate":
            return None
        rs, re_, level = self.region(cs, s_start, s_end)
        # A real sentence is far shorter than this; a giant unpunctuated one (a scraped blob)
        # is read only near the cue, so each statement costs the same whatever the length.
        rs, re_ = max(rs, cs - _REGION_MAX), min(re_, ce + _REGION_MAX)
        text = self.text
        base = _Row(cs, ce, category, "", level=level)
        cue_low = text[cs:ce].lower()

        if re.fullmatch(r"according\s+to|in", cue_low):  # "in a poll" reads like "according to"
            return self.according(base, rs, re_)

        # Only the last stretch before the cue matters to these end-anchored patterns; a bounded
        # window keeps one giant sentence linear.
        w0 = max(rs, cs - 200)
        left_raw = text[w0:cs]
        coord = _COORDINATED.search(left_raw)
        if coord and not _PARTICIPLE.search(cue_low):
            # "denied the charges and said ...": the subject of the first verb speaks again.
            base.rule = "coordinated"
            base.extra["needs_source"] = True
            base.extra["coord_at"] = w0 + coord.start()
            return self.content_after(base, ce, rs, re_, s_end)
        rel = _RELATIVE.search(left_raw)
        if rel:
            # "The company, which said last year ...": the antecedent is the speaker.
            head = np_before(text, max(rs, w0 + rel.start() - 300), w0 + rel.start())
            if not rel.group(1) and (head is None or text[head[1] : w0 + rel.start()].strip()):
                # "the voters who said ...": a restrictive clause without a comma whose antecedent
                # the phrase finder cannot reach; the relative pronoun itself is the source.
                who = re.search(r"(?i:who|which)", rel.group(0))
                head = (w0 + rel.start() + who.start(), w0 + rel.start() + who.end(), set())
            if head is None or head[2]:
                return None
            base.rule, base.source_start, base.source_end = "relative-clause", head[0], head[1]
            row = self.content_after(base, ce, rs, re_, s_end)
            if row is not None and rel.group(1) and row.content_end > row.content_start:
                # a clause set off by commas ends at its closing comma
                close = re.search(r",\s", text[row.content_start : row.content_end])
                if close:
                    row.content_end = strip_span(text, row.content_start, row.content_start + close.start())[1]
            return row

        before = np_before(text, rs, cs)
        if before is None and re.search(r",\s*$", left_raw) and not _PARTICIPLE.search(cue_low):
            before = self.apposition(rs, cs)
        dash = _DASH_ASIDE.search(left_raw) if before is None else None
        if dash:  # "Jo Bell -- who lost in 2010 -- said": the subject stands before the aside
            head = np_before(text, rs, w0 + dash.start())
            if head is not None and not head[2]:
                before = head
        flags = before[2] if before else set()
        if flags & {"modal", "to", "negated"}:
            return None  # future, conditional, infinitive or negated: no statement was made
        if before is None and re.search(r"(?:\b(?:the|a|an|these|those|its|his|her|their|this)\s*)$", left_raw, re.I):
            return None  # a noun or adjective use: "the said company", "the reported attack"

        # Post-position: the content came first ("“...,” X said" / "..., X reported Monday.").
        after_cue = ce
        recipient = None
        if cue_low.startswith(("told", "tell", "ask")):  # "told VOA that ...", "asked the mayor whether ..."
            recipient = _cut_recipient(text, np_after(text, skip_adverbials(text, ce, re_), re_))
            if recipient:
                after_cue = recipient[1]
        if before and "passive" not in flags:
            src_s, src_e, _ = before
            q = self.qindex.closing_before(text, src_s, level)
            if _tail(text, after_cue, re_, quoted=q is not None):
                if q is not None:
                    return self.post(base, q, rs, src_s, src_e, "quote-source-cue", recipient)
                lead = text[rs:src_s].rstrip(" \t\u00a0")
                if lead.endswith(",") and len(lead) > 1:
                    return self.post_clause(base, rs, rs + len(lead) - 1, src_s, src_e, "clause-source-cue", recipient)
        # Inverted: "“...,” said X." / "'...,' said X." / "..., said X."
        lead = text[rs:cs].rstrip(" \t\u00a0")
        if (
            lead
            and (lead.endswith(",") or lead[-1] in CLOSE_DOUBLE + "\"’'")
            and not _PARTICIPLE.search(cue_low)
            and before is None
        ):
            src = self.name_apposition(np_after(text, ce, re_), re_)
            if src and text[src[0] : src[1]].split()[0].lower() in PREPOSITIONS:
                src = None  # "..., pleaded guilty to two charges": no speaker after the verb
            q = self.qindex.closing_before(text, rs + len(lead), level)
            if src and _tail(text, src[1], re_, quoted=q is not None, after_source=True):
                if q is not None:
                    return self.post(base, q, rs, src[0], src[1], "quote-cue-source", None)
                if lead.endswith(","):
                    return self.post_clause(base, rs, rs + len(lead) - 1, src[0], src[1], "clause-cue-source", None)

        # Participles: ", adding:", "reports claiming ...", "by saying ...", "while saying ..."
        if _PARTICIPLE.search(cue_low):
            if re.search(r",[”’\"']?$", lead) or re.search(
                r"(?<![\w-])(?:by|while|after|before|when|without)$", lead, re.I
            ):
                base.rule = "participle"
                base.extra["needs_source"] = True  # filled from the sentence's earlier statement
            elif before and not flags:
                base.rule = "reduced-relative"
                base.source_start, base.source_end = before[0], before[1]
            else:
                return None
            return self.content_after(base, ce, rs, re_, s_end)

        if "passive" in flags:
            by = re.match(r"\s+by\s+", text[ce:re_])
            if not by:
                return None  # "was told", "were reported missing": no speaker named
            src = self.name_apposition(np_after(text, ce + by.end(), re_), re_)
            if not src:
                return None
            base.rule, base.source_start, base.source_end = "passive-by", src[0], src[1]
            if before and _tail(text, src[1], re_, quoted=False):
                # "The claims were denied by its director.": what was denied is the subject.
                c0, c1 = strip_span(text, rs, before[1])
                if c1 > c0:
                    base.content_start, base.content_end = c0, c1
                    return base
            return self.content_after(base, src[1], rs, re_, s_end)

        if before is None:
            if self.index.roles[k] == "headline":
                return None
            return None
        base.rule = "source-cue-content"
        base.source_start, base.source_end = before[0], before[1]
        gap = re.search(r"(?<![\w-])(?:something|which|what|that)\s+$", text[rs : before[0]], re.I)
        if gap and _only_tail(text, after_cue, re_):
            # "..., something the coalition denied.": the content is the word that stands for it.
            base.rule = "object-gap"
            base.content_start, base.content_end = rs + gap.start(), rs + gap.start() + len(gap.group().rstrip())
            return base
        if recipient:
            base.recipient_start, base.recipient_end = recipient
        else:
            m_rec = None
            for m_rec in _INTRO_RECIPIENT.finditer(text, max(s_start, rs), before[0]):  # noqa: B007 (keeps the last match)
                pass
            if m_rec is not None:
                rec = np_after(text, m_rec.end(), before[0])
                if rec:
                    base.recipient_start, base.recipient_end = rec
        return self.content_after(base, after_cue, rs, re_, s_end)

    def name_apposition(self, src: tuple[int, int] | None, end: int) -> tuple[int, int] | None:
        """Extend a source that ends the clause by a name in apposition: "said the chairman, Tom Barnes"."""
        if src is None:
            return None
        m = _NAME_APPOSITION.match(self.text, src[1], end)
        if not m:
            return src
        end_ = m.end(1)
        while end_ > m.start(1) and self.text[end_ - 1] == ".":
            end_ -= 1  # the full stop of the sentence, not of the name
        return src[0], end_

    def apposition(self, rs: int, cs: int) -> tuple[int, int, set] | None:
        """The subject before comma-set phrases ending at the cue, as `np_before` returns it.

        "Sir Ann Lee, who chaired the inquiry, said" -> "Sir Ann Lee"; "The school's head,
        Mr Owusu, said" -> "The school's head, Mr Owusu" (a noun-phrase apposition is part
        of the name); "The official, speaking on condition of anonymity, said" -> "The
        official"; "Jo Bell, 41, of Leeds, pleaded" -> "Jo Bell". None unless every phrase
        between the subject and the cue is a parenthetical or an apposition.
        """
        text = self.text
        end = text.rfind(",", rs, cs)  # the comma just before the cue
        lo = max(rs, end - 400)  # parentheticals are short: look at most this far back
        commas = [m.start() for m in re.finditer(",", text[lo:end])]
        commas = [lo + c for c in commas][-4:]
        head = np_before(text, max(rs, end - 300), end)
        if (
            head is not None
            and not head[2]
            and head[1] == len(text[:end].rstrip())
            and text[head[0] : head[1]][:1].isupper()
            and text[head[1] - 1] == ")"
        ):
            return head[0], head[1], set()  # "Rep. Jane Doe (D-Wis.), said": a stray comma after the name
        # Try the nearest comma first: the subject ends there, what follows is parenthetical.
        for n in range(len(commas) - 1, -1, -1):
            head_end = commas[n]
            pieces = [(commas[j] + 1, commas[j + 1] if j + 1 < len(commas) else end) for j in range(n, len(commas))]
            head = np_before(text, max(rs, head_end - 300), head_end)
            if head is None or head[2] or head[1] != len(text[:head_end].rstrip()):
                continue
            head_text = text[head[0] : head[1]]
            if head_text[:1].islower() and head_text.split()[0].lower() not in (
                "the",
                "a",
                "an",
                "its",
                "his",
                "her",
                "their",
            ):
                continue  # "of Hayle Street", "aged 41": a parenthetical, look further left
            if re.fullmatch(r"[\d\s]+", head_text):
                continue
            src_end = head[1]
            ok = True
            for k, (p0, p1) in enumerate(pieces):
                piece = text[p0:p1]
                if not piece.strip() or len(piece.split()) > 40 or re.search(r"[“”\"‘:;]", piece):
                    ok = False
                    break
                if _PARENTHETICAL.match(piece):
                    continue
                np_ = np_after(text, p0 + len(piece) - len(piece.lstrip()), p1)
                words = piece.split()
                named = words[0][:1].isupper() or words[0].lower() in ("the", "a", "an", "his", "her", "its", "their")
                if np_ is None or np_[1] != p0 + len(piece.rstrip()) or len(words) > 6 or not named:
                    if not _DESCRIPTION.fullmatch(piece):
                        ok = False
                        break
                if k == 0 and np_ is not None and np_[1] == p0 + len(piece.rstrip()) and named and len(words) <= 6:
                    src_end = np_[1]  # "The school's headteacher, Mr Owusu"
            if ok:
                return head[0], src_end, set()
        return None

    def according(self, base: _Row, rs: int, re_: int) -> _Row | None:
        text = self.text
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
        # Trim a trailing time phrase that np_after kept ("according to Reuters last month").
        base.rule, base.source_start, base.source_end = "according-to", s0, s1
        if not lead:  # "According to X, content."
            base.content_start, base.content_end = strip_span(text, s1, re_)
        else:  # "content, according to X." (or in the middle: content is the longer side)
            tail = strip_span(text, s1, re_)
            head = strip_span(text, rs, base.cue_start)
            base.content_start, base.content_end = head if head[1] - head[0] >= tail[1] - tail[0] else tail
        if base.content_start >= base.content_end:
            return None
        return base

    def post(self, base: _Row, q: Quote, rs: int, src_s: int, src_e: int, rule: str, recipient) -> _Row:
        text = self.text
        base.rule, base.source_start, base.source_end = rule, src_s, src_e
        if q.start <= rs or text[rs : q.start].strip() == "":
            base.content_start, base.content_end = strip_span(text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
        else:
            base.content_start, base.content_end = rs, q.end
        if recipient:
            base.recipient_start, base.recipient_end = recipient
        return base

    def post_clause(self, base: _Row, rs: int, comma: int, src_s: int, src_e: int, rule: str, recipient) -> _Row:
        base.rule, base.source_start, base.source_end = rule, src_s, src_e
        start = rs
        # The clause may open with a quotation begun in an earlier sentence.
        q = self.qindex.at(rs, level=base.level)
        if q is not None and q.start < rs:
            start = q.start
        base.content_start, base.content_end = strip_span(self.text, start, comma)
        if recipient:
            base.recipient_start, base.recipient_end = recipient
        return base

    def content_after(self, base: _Row, pos: int, rs: int, re_: int, s_end: int) -> _Row | None:
        text = self.text
        pos = skip_adverbials(text, pos, re_)
        lead = _LEADING_PHRASE.match(text, pos, re_)
        if lead:  # "said after a lunch on Tuesday that ...": the content starts after "that"
            pos = lead.end(1)
        m = re.match(r"\s*(?:that\b|:|,)?\s*", text[pos:re_])
        pos += m.end() if m else 0
        if pos + 1 < re_ and text[pos] in "”’\"'" and text[pos + 1].isspace():
            pos += 1  # the closing mark of a quoted fragment ending at the verb: '“denies” the account'
        start, end = strip_span(text, pos, re_)
        # A quotation that opens here may run past the sentence ("He said: “A. B.”").
        q = self.qindex.starting_at(start, base.level)
        if q is not None and q.end >= end:
            # The content is one quotation: keep what is inside the marks, as for "“...,” X said".
            start, end = strip_span(text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
        if start >= end:
            # "X reported:" closing its paragraph introduces a block quote.
            if text[base.cue_end : re_].rstrip().endswith(":") and base.level == 0:
                return self.block(base)
            if base.cue_end is not None and re.search(r"\s", text[base.cue_start : base.cue_end]):
                # A phrase that is a whole statement ("maintained his innocence", "declined to
                # comment"): the content is empty, at the end of the cue.
                base.content_start = base.content_end = base.cue_end
                return base
            return None
        base.content_start, base.content_end = start, end
        return base

    def block(self, base: _Row) -> _Row | None:
        n = self.para_of(base.cue_start)
        if n is None or n + 1 >= len(self.paras):
            return None
        source_text = self.text[base.source_start : base.source_end] if base.source_start is not None else ""
        # A capitalised word, or an acronym in brackets ("(VOA)") without them. finditer, not findall:
        # findall would return the acronym group alone, '' for every capitalised name.
        names = {(m.group(1) or m.group(0)).lower() for m in _NAME_WORD.finditer(source_text)}
        first = n + 1
        last = first
        for j in range(first + 1, min(first + 6, len(self.paras))):
            ps, pe = self.paras[j]
            if self.role_of(ps) != "body":
                break
            para = self.text[ps:pe]
            opens_quote = para[:1] in '“"«'
            mentions = any(re.search(rf"\b(?:to|told)\s+(?:the\s+)?{re.escape(nm)}\b", para, re.I) for nm in names)
            if opens_quote and mentions:
                last = j
            else:
                break
        if self.role_of(self.paras[first][0]) != "body":
            return None
        base.rule = "block-quote"
        base.block = True
        base.content_start, base.content_end = self.paras[first][0], self.paras[last][1]
        return base

    def role_of(self, pos: int) -> str | None:
        k = self.index.index_at(pos) if self.index else None
        return self.index.roles[k] if k is not None else None

    # -- whole article
    def speaker_colons(self) -> list[_Row]:
        """A body line that opens with its speaker and a colon: a transcript ("SMITH: We won.") or a
        name before a quotation ("Jo Bell: “We won.”"). The content is the quotation, else the paragraph."""
        rows = []
        for s in self.sents.itertuples(index=False):
            if s.role != "body":
                continue
            m = _SPEAKER_COLON.match(s.text)
            if not m or m.group(1).strip().lower() in _SECTION_LABELS:
                continue
            name = m.group(1)
            quoted = m.group(2) is not None
            if not quoted and not (name.isupper() and sum(c.isalpha() for c in name) >= 3):
                continue  # without a quotation only a transcript's capitals mark a speaker
            start = int(s.start)
            colon = start + m.end(1)
            c0 = start + (m.start(2) if quoted else m.end())
            q = self.qindex.starting_at(c0, 0) if quoted else None
            if q is not None:
                c0, c1 = strip_span(self.text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
            else:
                n = self.para_of(start)
                c1 = self.paras[n][1] if n is not None else int(s.end)
                c0, c1 = strip_span(self.text, c0, c1)
            if c1 - c0 < 5:
                continue
            rows.append(
                _Row(
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

    def headline_tags(self) -> list[_Row]:
        rows = []
        first_para = (
            self.sents[self.sents["paragraph"] == self.sents["paragraph"].min()] if len(self.sents) else self.sents
        )
        for s in self.sents.itertuples(index=False):
            # The article's first line, when it is one short sentence, is read as a headline even if
            # the page furniture was not recognised (a title that ends in a full stop).
            title_line = (
                len(first_para) == 1 and s.paragraph == first_para["paragraph"].iloc[0] and len(s.text.split()) <= 20
            )
            if s.role not in ("headline", "related-headline") and not title_line:
                continue
            lead = _HEADLINE_SPEAKER.match(s.text)
            who = lead.group(1).strip().lower() if lead else ""
            if lead and who not in _SECTION_LABELS and (len(lead.group(2).split()) > 4 or who in _REPORT_LABELS):
                # "Senator Lee: The Bill Is Dead" / "Report: ...": the speaker (or a report) comes first.
                colon = int(s.start) + lead.end(1)
                c0, c1 = strip_span(self.text, int(s.start) + lead.start(2), int(s.start) + lead.end(2))
                rows.append(
                    _Row(
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
            m = _HEADLINE_TAG.search(s.text) if s.role in ("headline", "related-headline") else None
            if not m or ":" in s.text[: m.start()]:
                continue
            colon = int(s.start) + m.start()
            src_s, src_e = int(s.start) + m.start(1), int(s.start) + m.end(1)
            c0, c1 = strip_span(self.text, int(s.start), colon)
            if c1 - c0 < 10:
                continue
            rows.append(
                _Row(
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

    def run(self) -> list[_Row]:
        if not self.text or self.index is None:
            return []
        rows = [r for r in (self.read(m) for m in self.reading.word_starts.finditer(self.rx)) if r is not None]
        rows += self.headline_tags()
        taken = {r.cue_start for r in rows}
        rows += [r for r in self.speaker_colons() if r.cue_start not in taken]
        rows.sort(key=lambda r: r.cue_start)
        self.fill_participles(rows)
        rows = [r for r in rows if (r.source_start is not None or r.source) and self.keep(r)]
        self.clip(rows)
        rows += self.continued_quotes(rows)
        for r in rows:
            r.start = min(x for x in (r.source_start, r.cue_start, r.content_start, r.recipient_start) if x is not None)
            r.end = max(x for x in (r.source_end, r.cue_end, r.content_end, r.recipient_end) if x is not None)
        rows.sort(key=lambda r: (r.start, -r.end, r.cue_start if r.cue_start is not None else r.content_start))
        self.nest(rows)
        self.resolve(rows)
        return rows

    def keep(self, r: _Row) -> bool:
        """Drop statements nobody made ("Nobody has claimed responsibility") and a speaker's
        own beliefs inside a quotation ("“I believe ...”": a hedge, not a report)."""
        if r.source_start is None:
            return True
        if r.extra.get("restates"):
            return False  # part of another row's statement (see fill_participles)
        src = self.text[r.source_start : r.source_end].strip()
        if _NEGATIVE_SOURCE.fullmatch(src):
            return False
        if r.category == "belief" or (
            r.cue_start is not None and self.text[r.cue_start : r.cue_start + 5].lower() == "under"
        ):
            if r.level == 1 or src.lower() in _FIRST_PERSON:
                return False
        if r.level == 1 and src.lower() in _FIRST_PERSON and r.category != "denial":
            return False  # "“I say that because ...”": the quoted speaker's own turn of phrase, not a new report
        return True

    def fill_participles(self, rows: list[_Row]) -> None:
        # Rows are sorted by cue; the earlier statement of the same sentence is found by walking back.
        cues = [o.cue_start for o in rows]
        for r in rows:
            if not r.extra.get("needs_source"):
                continue
            k = self.index.index_at(r.cue_start)
            found = None
            j = bisect.bisect_left(cues, r.cue_start) - 1
            while j >= 0 and self.index.index_at(cues[j]) == k:
                o = rows[j]
                if o is not r and o.source_start is not None:
                    found = o
                    break
                j -= 1
            if found is not None:
                r.source_start, r.source_end = found.source_start, found.source_end
                if found.category == "denial" and r.category == "judging":
                    # "denied the charge, calling the report “baseless”": the label is the denial's
                    # own wording, not a second statement.
                    r.extra["restates"] = True
            elif self.text[r.cue_start : r.cue_end].lower() == "referring":
                r.extra["restates"] = True  # ", referring to X" only glosses a statement made just before it
            else:
                s_start = self.index.starts[k]
                # The sentence's subject: "The judge refused bail, saying ...", "The trust
                # apologised and said ...". A phrase followed by a comma is an introduction
                # ("In a statement, the ministry ..."): the subject comes after it.
                stop = min(r.cue_start, s_start + 300)  # a subject is near the start: bound the scan
                found = np_after(self.text, s_start, stop)
                first_word = self.text[found[0] : found[1]].split()[0].lower() if found else ""
                # An opening prepositional or time phrase ("In an interview with CNN,", "Last month,") is
                # not the subject: the subject comes after it.
                opens_with_preposition = found and (
                    first_word in PREPOSITIONS or first_word in WEEKDAYS_MONTHS or first_word in _TIME_OPENERS
                )
                if not (found and re.match(r"\s+[a-z]", self.text[found[1] : found[1] + 2])) or opens_with_preposition:
                    lead = re.match(r"(?:[^,]{0,40},\s*)?", self.text[s_start:stop])
                    found = np_after(self.text, s_start + lead.end(), stop)
                if found:
                    r.source_start, r.source_end = found

    def clip(self, rows: list[_Row]) -> None:
        """End a content before the next statement's source when a comma separates them."""
        text = self.text
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
                if r.content_start < o.source_start < r.content_end and o.cue_start > r.cue_start:
                    comma = text.rfind(",", r.content_start, o.source_start)
                    between = text[comma + 1 : o.source_start] if comma >= 0 else ""
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

    def continued_quotes(self, rows: list[_Row]) -> list[_Row]:
        out = []
        # covered[i] == 1 when some content [s, e) holds offset i: a quotation is covered when its
        # first or last character is (s <= q.start < e or s < q.end <= e).
        covered = bytearray(len(self.text) + 1)

        def cover(s: int, e: int) -> None:
            e = min(e, len(covered))
            if e > s:
                covered[s:e] = b"\x01" * (e - s)

        for r in rows:
            if r.content_start is not None and not r.block:
                cover(r.content_start, r.content_end)
        cues = sorted(r.cue_start for r in rows if r.cue_start is not None)
        prev_rows = sorted((r.content_end, j) for j, r in enumerate(rows) if r.content_end is not None and r.level == 0)
        prev_ends = [e for e, _ in prev_rows]
        for q in self.quotes:
            if q.level != 0 or covered[q.start] or covered[q.end - 1]:
                continue
            c = bisect.bisect_left(cues, q.start)
            if c < len(cues) and cues[c] < q.end:
                continue
            k = self.index.index_at(q.start)
            if k is None or self.index.starts[k] != q.start or q.end < self.index.ends[k] - 1:
                continue  # only a quotation that is a whole sentence
            # The statement whose content ends last before the quotation (the first such on a tie).
            n = bisect.bisect_right(prev_ends, q.start)
            if n == 0:
                continue
            p = rows[prev_rows[bisect.bisect_left(prev_ends, prev_ends[n - 1])][1]]
            p_end = max(x for x in (p.source_end, p.cue_end, p.content_end, p.recipient_end) if x is not None)
            gap = self.text[p_end : q.start]
            if (
                gap.strip(" \t\r\n\u00a0.,")
                or gap.count("\n") > 2
                or p.rule not in ("quote-source-cue", "quote-cue-source", "continued-quote")
            ):
                continue
            c0, c1 = strip_span(self.text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
            src = p.source or self.text[p.source_start : p.source_end]
            row = _Row(None, None, p.category, "continued-quote", source=src, content_start=c0, content_end=c1)
            out.append(row)
            cover(c0, c1)
        return out

    def nest(self, rows: list[_Row]) -> None:
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

    @staticmethod
    def _depth(rows: list[_Row], i: int) -> int | None:
        seen, d = {i}, 0
        while rows[i].parent is not None:
            i = rows[i].parent
            if i in seen:
                return None
            seen.add(i)
            d += 1
        return d

    def resolve(self, rows: list[_Row]) -> None:
        text = self.text
        by_src = sorted((o.source_start, j) for j, o in enumerate(rows) if o.source_start is not None)
        src_pos = [p for p, _ in by_src]
        for i, r in enumerate(rows):
            src = r.source if r.source is not None else text[r.source_start : r.source_end]
            r.source = src
            r.source_resolved = src
            if src.lower() not in PRONOUNS or r.source_start is None:
                continue
            k = self.index.index_at(r.source_start)
            # Look back two sentences, but never into a headline or other page furniture:
            # a pronoun in the story refers to someone named in the story.
            j = k
            while j > max(0, k - 2) and self.index.roles[j - 1] == "body":
                j -= 1
            lo = self.index.starts[j]
            # Earlier rows whose source lies in [lo, this source), in row order.
            window = by_src[bisect.bisect_left(src_pos, lo) : bisect.bisect_left(src_pos, r.source_start)]
            named = [
                rows[j] for j in sorted(j for _, j in window if j < i) if (rows[j].source or "").lower() not in PRONOUNS
            ]
            person = src.lower() in {"he", "she"}
            if person:
                # prefer a personal name: a run of capitalised words not led by "the"
                runs = list(
                    re.finditer(
                        r"(?<!the )(?<!The )\b(?:[A-Z][\w.’'-]+\s+){1,4}[A-Z][\w’'-]+", text[lo : r.source_start]
                    )
                )
                names = [m for m in runs if not _organisation(m.group())]
                orgs = [(m.start(), m.end()) for m in runs if _organisation(m.group())]
                if not names:  # a single capitalised word that is not a function word ("Trump said ...")
                    names = [
                        m
                        for m in re.finditer(r"\b[A-Z][a-z][\w’'-]+", text[lo : r.source_start])
                        if re.sub(r"[’'](?:s|re|ve|ll|d|m|t)$", "", m.group()).lower() not in _FUNCTION_WORDS
                        and m.group().lower() not in _FUNCTION_WORDS
                        and not _organisation(m.group())
                        and not any(a <= m.start() < b for a, b in orgs)
                    ]  # not a word of "Cyber Command"
                if names:
                    r.source_resolved = re.sub(r"[’']s$", "", names[-1].group())
                    continue
            if person:
                named = [o for o in named if not _organisation(o.source or "")]  # "he" is a person
            if named:
                r.source_resolved = named[-1].source


def _frame(tracer: _Tracer, rows: list[_Row]) -> pd.DataFrame:
    text = tracer.text
    idx = tracer.index
    # Column lists, not a list of row dicts: one dict per row would cost 6x the text at the peak.
    columns: dict[str, list] = {c: [] for c in COLUMNS + EXTRA_COLUMNS}
    for i, r in enumerate(rows):

        def sub(s, e):
            return (text[s:e] if s is not None else None), s, e

        record = {
            "id": i,
            "sentence": idx.id_at(r.start),
            "start": r.start,
            "end": r.end,
            "text": text[r.start : r.end],
            "source": r.source,
            "source_start": r.source_start,
            "source_end": r.source_end,
            "cue": sub(r.cue_start, r.cue_end)[0],
            "cue_start": r.cue_start,
            "cue_end": r.cue_end,
            "content": text[r.content_start : r.content_end],
            "content_start": r.content_start,
            "content_end": r.content_end,
            "kind": "direct"
            if r.block
            else (
                "indirect"
                if r.content_start == r.content_end
                else tracer.qindex.kind(r.content_start, r.content_end, r.level)
            ),
            "recipient": sub(r.recipient_start, r.recipient_end)[0],
            "parent": r.parent,
            "depth": _Tracer._depth(rows, i) or 0,
            "rule": r.rule,
            "recipient_start": r.recipient_start,
            "recipient_end": r.recipient_end,
            "source_resolved": r.source_resolved,
            "cue_category": r.category,
            "last_sentence": idx.id_at(max(r.start, r.end - 1)),
            "parent_rule": r.parent_rule,
        }
        for name, value in record.items():
            columns[name].append(value)
    # (Empty lists would make float columns: from_records keeps the empty frame's object dtypes.)
    frame = pd.DataFrame(columns) if rows else pd.DataFrame.from_records([], columns=COLUMNS + EXTRA_COLUMNS)
    ints = [
        "source_start",
        "source_end",
        "cue_start",
        "cue_end",
        "content_start",
        "content_end",
        "parent",
        "recipient_start",
        "recipient_end",
        "sentence",
        "last_sentence",
    ]
    for col in ints:
        frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
    for col in ["id", "start", "end", "depth"]:
        frame[col] = frame[col].astype("int64")
    return frame


def trace_attributions(article, *, lexicon=None) -> pd.DataFrame:
    """One row per reported statement, sorted by `start`.

    Args:
        article: an `Article`.
        lexicon: optional reporting-verb lexicon (path, CSV text or frame with
            ``cue, category, pattern, note``) replacing ``lexicons/reporting_verbs.csv``.

    Returns:
        A DataFrame with the columns of docs/architecture.md plus `EXTRA_COLUMNS`
        (see the module docstring). Offsets are nullable integers (`<NA>` when absent).
    """
    tracer = _Tracer(article, lexicon)
    return _frame(tracer, tracer.run())


def chain(attributions: pd.DataFrame, id: int) -> list[int]:
    """The ids from the outermost report down to `id` (root first); [] for an unknown id."""
    parents = dict(zip(attributions["id"].astype(int), attributions["parent"]))
    if int(id) not in parents:
        return []
    out, seen, cur = [], set(), int(id)
    while cur is not None and cur not in seen and cur in parents:
        out.append(cur)
        seen.add(cur)
        p = parents[cur]
        cur = None if pd.isna(p) else int(p)
    return out[::-1]


def _source_key(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", str(name).strip(), flags=re.I)
    return re.sub(r"\s+", " ", name).lower()


def sources_summary(attributions: pd.DataFrame) -> pd.DataFrame:
    """Per source: `statements` (rows it is the source of) and `sentences` resting on it.

    A sentence rests on every source in the chain of each statement that covers it (the
    article quoting Bas News quoting a ministry: those sentences rest on both). Sources
    are grouped case-insensitively without a leading article; the first spelling is shown.
    """
    cols = ["source", "statements", "sentences"]
    if attributions is None or not len(attributions):
        return pd.DataFrame(columns=cols).astype({"statements": "int64", "sentences": "int64"})
    name_col = "source_resolved" if "source_resolved" in attributions.columns else "source"
    by_id = attributions.set_index("id")
    shown: dict[str, str] = {}
    statements: dict[str, int] = {}
    sentences: dict[str, set[int]] = {}
    for row in attributions.itertuples(index=False):
        key = _source_key(getattr(row, name_col))
        shown.setdefault(key, getattr(row, name_col))
        statements[key] = statements.get(key, 0) + 1
        first = row.sentence
        last = getattr(row, "last_sentence", first)
        if pd.isna(first):
            continue
        last = first if pd.isna(last) else last
        covered = set(range(int(first), int(last) + 1))
        for aid in chain(attributions, row.id):
            k = _source_key(by_id.loc[aid, name_col])
            shown.setdefault(k, by_id.loc[aid, name_col])
            sentences.setdefault(k, set()).update(covered)
    out = pd.DataFrame([(shown[k], statements.get(k, 0), len(sentences.get(k, ()))) for k in shown], columns=cols)
    return out.sort_values(["sentences", "statements"], ascending=False, kind="stable").reset_index(drop=True)

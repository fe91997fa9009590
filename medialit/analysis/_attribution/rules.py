"""The named structural rules that read one cue of the lexicon, tried in order (`CUE_RULES`).

Each rule looks at the cue's surroundings (a `Cue`) and returns a `Row` when it reads the
statement, `NO_STATEMENT` when it fits but nothing was stated ("would say", "the said
company"), or None when it does not fit, so that the next rule is tried. The first rule
that answers wins; its name is the row's `rule` column, unless the content turns out to
be a block quote (``block-quote``, see `contents.block`). The gates (`GATES`) only
ever answer `NO_STATEMENT`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...span import Span
from .._closed_words import DETERMINERS, QUANTIFIERS, WEEKDAYS_MONTHS
from .._noun_phrases import np_after, np_before
from .._tokens import strip_span
from .contents import according, post, post_clause
from .cue import NO_STATEMENT, Answer, Cue, make_cue
from .evidence import evidence_subject
from .nominal import noun_object, possessive_noun
from .not_statements import in_name, lets, modal_contraction
from .participle_openings import participle_opening
from .participles import after_preposition, completes_verb, object_of_verb, opens_clause
from .patterns import COORDINATED, INTRO_RECIPIENT, RELATIVE
from .prepositional import in_poll, in_view, to_experiencer
from .quoted import (
    NOT_PARTICIPLES,
    another_content,
    closes_earlier_sentence,
    mark_tail,
    own_quotation_follows,
    participle_tail,
    quotation_is_content,
)
from .row import Row
from .subjects import name_apposition
from .tails import ends_clause, occasion_tail, only_tail
from .tracer import Tracer
from .with_participle import with_participle

__all__ = ["CUE_RULES", "GATES", "NO_STATEMENT", "Cue", "read_cue"]


def read_cue(tr: Tracer, m: re.Match) -> Row | None:
    """Read one match of the lexicon by the first rule of `CUE_RULES` that answers."""
    c = make_cue(tr, m)
    if c is None:
        return None
    for name, rule in CUE_RULES:
        c.base.rule = name
        answer = rule(c)
        if answer is not None:
            return None if answer is NO_STATEMENT else answer
    return None


# ---------------------------------------------------------------- the rules, in the order tried


def according_to(c: Cue) -> Answer:
    """'according to X, ...' or '..., according to X' (and 'In a poll by X, ...')"""
    if not re.fullmatch(r"according\s+to|in", c.low):
        return None
    row = according(c.tr, c.base, c.rs, c.re_)
    return NO_STATEMENT if row is None else row


def coordinated(c: Cue) -> Answer:
    """'X denied ... and said ...': the second verb's speaker is the first verb's subject"""
    coord = COORDINATED.search(c.left_raw)
    if not coord or c.participle:
        return None
    c.base.extra["needs_source"] = True  # filled by links.fill_participles
    c.base.extra["coord_at"] = c.w0 + coord.start()
    return c.content_after(c.ce)


def relative_clause(c: Cue) -> Answer:
    """'The company, which said ...': the relative pronoun is the source, its antecedent the resolved source"""
    rel = RELATIVE.search(c.left_raw)
    if not rel:
        return None
    text, at = c.tr.text, c.w0 + rel.start()
    head = np_before(text, max(c.rs, at - 300), at)
    if not rel.group(1) and (head is None or text[head[1] : at].strip()):
        # "the voters who said ...": a restrictive clause without a comma whose antecedent
        # the phrase finder cannot reach; the relative pronoun itself is the source.
        pronoun = re.search(r"(?i:who|which)", rel.group(0))
        head = (at + pronoun.start(), at + pronoun.end(), set())
    if head is None or head[2]:
        return NO_STATEMENT
    # The source is the relative pronoun, as written; the antecedent is what it resolves to
    # (like "he" and the name before it): "Ann Lee, who said ..." -> source "who", resolved "Ann Lee".
    who = re.search(r"(?i:who|which)", rel.group(0))
    c.base.source_start, c.base.source_end = at + who.start(), at + who.end()
    if (head[0], head[1]) != (c.base.source_start, c.base.source_end):
        c.base.extra["antecedent"] = (head[0], head[1])
    row = c.content_after(c.ce)
    if row is not NO_STATEMENT and rel.group(1) and row.content_end > row.content_start:
        # a clause set off by commas ends at its closing comma
        close = re.search(r",\s", text[row.content_start : row.content_end])
        if close:
            row.content_end = strip_span(text, row.content_start, row.content_start + close.start())[1]
    return row


def no_statement(c: Cue) -> Answer:
    """Gate: a future, conditional, infinitive or negated verb ('I'll say' too), a noun use ('the said
    company'), "let's say", or a word of a name ('Hope Marlow')."""
    if c.flags & {"modal", "to", "negated"}:
        return NO_STATEMENT
    if modal_contraction(c.left_raw, c.low) or lets(c.left_raw):
        return NO_STATEMENT
    if in_name(c.tr.text, c.cs, c.ce, c.s_start, c.s_end):
        return NO_STATEMENT
    if c.before is None and re.search(r"(?:\b(?:the|a|an|these|those|its|his|her|their|this)\s*)$", c.left_raw, re.I):
        return NO_STATEMENT  # "the said company", "the reported attack"
    return None


def _source_first(c: Cue) -> Span | None:
    """The subject of an active verb ('X said'), for the rules where the content came first."""
    if not c.before or "passive" in c.flags:
        return None
    return Span(c.before[0], c.before[1])


def quote_source_cue(c: Cue) -> Answer:
    """'“...,” X said' (the content is the whole quotation, even over sentences)"""
    src = _source_first(c)
    q = c.tr.qindex.closing_before(c.tr.text, src[0], c.level) if src else None
    if q is None or another_content(c.tr.text, q, c.rs, not ends_clause(c.tr.text, c.after_cue, c.re_, quoted=False)):
        return None
    if own_quotation_follows(c.tr, q, c.rs, c.after_cue, c.level):
        return None  # 'Citing “the delays,” Ruiz said, “We are done.”': the quotation after the verb is the content
    if not ends_clause(c.tr.text, c.after_cue, c.re_, quoted=True):
        if not quotation_is_content(c.tr.text, q, c.rs, c.after_cue):
            return None
        mark_tail(c.base, c.after_cue)
    return post(c.tr, c.base, q, c.rs, src[0], src[1], c.recipient)


def clause_source_cue(c: Cue) -> Answer:
    """'..., X reported Monday.' and '..., as X noted in a column.' (content before the comma)"""
    src = _source_first(c)
    if not src or c.tr.qindex.closing_before(c.tr.text, src[0], c.level) is not None:
        return None
    text, lead = c.tr.text, c.tr.text[c.rs : src[0]].rstrip(" \t\u00a0")
    comment = re.search(r",\s+as$", lead)  # "..., as Ana Ruiz noted in the Ledger."
    if comment:
        lead = lead[: comment.start() + 1]
    if not (lead.endswith(",") and len(lead) > 1):
        return None
    if not (
        ends_clause(text, c.after_cue, c.re_, quoted=False)
        or participle_tail(text, c.after_cue)
        or occasion_tail(text, c.after_cue, c.re_, lead)
    ):
        return None
    return post_clause(c.tr, c.base, c.rs, c.rs + len(lead) - 1, src[0], src[1], c.recipient)


def quote_cue_source(c: Cue) -> Answer:
    """'“...,” said X'"""
    src = c.inverted_source
    q = c.tr.qindex.closing_before(c.tr.text, c.rs + len(c.lead), c.level) if src else None
    if q is None or closes_earlier_sentence(
        c.tr.text, q, c.rs, not ends_clause(c.tr.text, src[1], c.re_, quoted=False)
    ):
        return None
    if not ends_clause(c.tr.text, src[1], c.re_, quoted=True, after_source=True):
        if not quotation_is_content(c.tr.text, q, c.rs, src[1], after_source=True):
            return None
        mark_tail(c.base, src[1])
    return post(c.tr, c.base, q, c.rs, src[0], src[1], None)


def clause_cue_source(c: Cue) -> Answer:
    """'..., said X.'"""
    src = c.inverted_source
    if not src or not c.lead.endswith(","):
        return None
    if c.tr.qindex.closing_before(c.tr.text, c.rs + len(c.lead), c.level) is not None:
        return None
    if not ends_clause(c.tr.text, src[1], c.re_, quoted=False, after_source=True):
        return None
    return post_clause(c.tr, c.base, c.rs, c.rs + len(c.lead) - 1, src[0], src[1], None)


def participle(c: Cue) -> Answer:
    """', adding ...' / ', saying ...' / 'by saying ...': the speaker is the clause's earlier source"""
    if not c.participle:
        return None
    after_comma = re.search(r",[”’\"']?$", c.lead)
    if not after_comma and not re.search(r"(?<![\w-])(?:by|while|after|before|when|without)$", c.lead, re.I):
        opening = participle_opening(c.lead, c.tr.text[c.ce : c.ce + 12])
        if opening is None or (opening == "coordinated" and _coordinated_participle(c.lead)):
            return None  # "holding signs and chanting": rule reduced-relative gives the first participle's speaker
        c.base.extra["opening"] = opening  # who speaks is read in links.fill_participles
    c.base.extra["needs_source"] = True  # filled from the sentence's earlier statement
    return c.content_after(c.ce)


# A participle coordinated with an earlier one ("holding signs and chanting ..."): same speaker as the first.
_COORDINATED_PARTICIPLE = re.compile(r"(?<![\w-])([a-z]{3,}ing)\s+[^,;:“”\"]{1,60}?\s+and$")


def _coordinated_participle(lead: str) -> bool:
    m = _COORDINATED_PARTICIPLE.search(lead)
    return m is not None and m.group(1) not in NOT_PARTICIPLES  # not "during the morning and ..."


def reduced_relative(c: Cue) -> Answer:
    """'reports claiming ...', 'a statement saying ...'; the clause's subject speaks after a verb the participle
    completes ('she kept asking'), after a comma and adverbs ('..., instead calling'), after a verb's object
    ('issued a statement saying'), after a preposition ('was criticised for saying': a gerund) and after a
    participle it is coordinated with ('holding signs and chanting')"""
    if not c.participle:
        return None
    coordinated = _coordinated_participle(c.lead)
    if (
        completes_verb(c.lead)
        or opens_clause(c.lead)
        or after_preposition(c.lead)
        or coordinated
        or (c.before and object_of_verb(c.tr.text, c.before[0], c.before[1]))
    ):
        c.base.extra["needs_source"] = True  # filled like a participle after a comma
        c.base.extra["after_participle"] = coordinated  # the first participle's speaker, even inside a phrase
        return c.content_after(c.ce)
    if not c.before or c.flags:
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = c.before[0], c.before[1]
    return c.content_after(c.ce)


def passive_by(c: Cue) -> Answer:
    """'... was reported by X'"""
    if "passive" not in c.flags:
        return None
    text = c.tr.text
    by = re.match(r"\s+by\s+", text[c.ce : c.re_])
    if not by:
        return NO_STATEMENT  # "was told", "were reported missing": no speaker named
    src = name_apposition(c.tr, np_after(text, c.ce + by.end(), c.re_), c.re_)
    if not src:
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = src[0], src[1]
    if c.before and ends_clause(text, src[1], c.re_, quoted=False):
        # "The claims were denied by its director.": what was denied is the subject.
        c0, c1 = strip_span(text, c.rs, c.before[1])
        if c1 > c0:
            c.base.content_start, c.base.content_end = c0, c1
            return c.base
    return c.content_after(src[1])


# A participle of a reporting verb right before its author: "a practice criticized by Miller".
_PARTICIPLE_BY = re.compile(r"(?:ed|en|wn|told|said|made)$")
# The words a by-phrase's author may open with: a name, a determiner or a quantifier
# ("by Miller", "by the ministry", "by two aides"), never "by Tuesday", "by 40 votes", "by phone".
_AUTHOR_OPENERS = DETERMINERS | QUANTIFIERS - {"now", "however", "long", "more", "no"}


def reduced_passive(c: Cue) -> Answer:
    """'a practice criticized by Miller', 'the claims, denied by the company, ...', 'As reported by X, ...'"""
    if "passive" in c.flags or c.participle or not _PARTICIPLE_BY.search(c.low):
        return None
    text = c.tr.text
    by = re.match(r"\s+by\s+", text[c.ce : c.re_])
    src = np_after(text, c.ce + by.end(), c.re_) if by else None
    if src is None:
        return None
    first = text[src[0] : src[1]].split()[0]
    if first.lower() in WEEKDAYS_MONTHS or not (first[0].isupper() or first.lower() in _AUTHOR_OPENERS):
        return None
    src = name_apposition(c.tr, src, c.re_) or src
    if c.before and re.fullmatch(r",?\s*", text[c.before[1] : c.cs]):
        c.base.source_start, c.base.source_end = src[0], src[1]
        c.base.content_start, c.base.content_end = c.before[0], c.before[1]
        return c.base  # what was criticized, denied or reported is the phrase before
    comma = re.match(r"\s*,\s*", text[src[1] : c.re_])
    if re.fullmatch(r"(?i)\s*as", c.lead) and comma:
        c.base.source_start, c.base.source_end = src[0], src[1]
        return c.content_after(src[1] + comma.end())  # "As reported by X, ...": the clause after
    return None


def no_subject(c: Cue) -> Answer:
    """Gate: no speaker before the cue and none of the rules above fits."""
    return NO_STATEMENT if c.before is None else None


def object_gap(c: Cue) -> Answer:
    """'..., something X denied': the content is the word standing for an earlier statement"""
    text = c.tr.text
    gap = re.search(r"(?<![\w-])(?:something|which|what|that)\s+$", text[c.rs : c.before[0]], re.I)
    if not gap or not only_tail(text, c.after_cue, c.re_):
        return None
    c.base.source_start, c.base.source_end = c.before[0], c.before[1]
    c.base.content_start = c.rs + gap.start()
    c.base.content_end = c.base.content_start + len(gap.group().rstrip())
    return c.base


def source_cue_content(c: Cue) -> Answer:
    """'X said (that) ...', 'X told Y (that) ...', 'X denied ...'"""
    base, text = c.base, c.tr.text
    base.source_start, base.source_end = c.before[0], c.before[1]
    if c.recipient:
        base.recipient_start, base.recipient_end = c.recipient
    else:
        m_rec = None
        for m_rec in INTRO_RECIPIENT.finditer(text, max(c.s_start, c.rs), c.before[0]):  # noqa: B007 (keeps the last match)
            pass
        if m_rec is not None:
            rec = np_after(text, m_rec.end(), c.before[0])
            if rec:
                base.recipient_start, base.recipient_end = rec
    return c.content_after(c.after_cue)


#: The rules for one cue, in the order tried; each name is the `rule` its rows carry.
CUE_RULES: tuple[tuple[str, Callable[[Cue], Answer]], ...] = (
    ("in-poll", in_poll),  # before according-to, which reads any other cue "in"
    ("according-to", according_to),
    ("to-experiencer", to_experiencer),
    ("in-view", in_view),
    ("possessive-noun", possessive_noun),
    ("evidence-subject", evidence_subject),
    ("noun-object", noun_object),
    ("coordinated", coordinated),
    ("relative-clause", relative_clause),
    ("no-statement", no_statement),
    ("quote-source-cue", quote_source_cue),
    ("clause-source-cue", clause_source_cue),
    ("quote-cue-source", quote_cue_source),
    ("clause-cue-source", clause_cue_source),
    ("participle", participle),
    ("with-participle", with_participle),  # before reduced-relative, which would take the word before
    ("reduced-relative", reduced_relative),
    ("passive-by", passive_by),
    ("reduced-passive", reduced_passive),
    ("no-subject", no_subject),
    ("object-gap", object_gap),
    ("source-cue-content", source_cue_content),
)
#: Rules that only stop the reading; no row carries their name.
GATES = frozenset({"evidence-subject", "no-statement", "no-subject"})

"""Scare quotes: a short quoted phrase the writer holds at a distance, found structurally.

A short phrase (1-4 words) in quotation marks inside the writer's own sentence is a scare quote
only where the text shows that the writer keeps a distance from the word: a named signal, one
per rule of `SCARE_QUOTE_RULES`. A quoted title, name, survey answer or fragment of someone's
speech is not a scare quote. `scare_quotes` also returns where reported speech sits, so that
`find_hedges` can leave a loaded word in it to its speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..article import Article
from ..lexicon import word_list
from ..sentence_index import SentenceIndex
from ..span import Span
from .quotes import QuoteIndex
from .reading import reading

#: Why a short quotation is a scare quote: one named signal per rule (``rule`` column
#: ``scare-quote:<name>``). A short quotation with none of them is a title, a name, a survey
#: answer or a fragment of someone's speech: quoted, but not held at a distance.
SCARE_QUOTE_RULES: dict[str, str] = {
    "quoted-hedge": "The quotation is exactly one hedge ('the fighters “likely” did it'): the marks put "
    "distance on the hedge itself, whoever said it.",
    "quoted-loaded-word": "The quotation holds a loaded word ('the “wild west”'): the writer borrows a "
    "judging word and shows it is someone else's.",
    "in-disputed-claim": "The quotation sits in a claim that is denied or disputed ('denied that the "
    "militia “blocked” the troops'): the accuser's word, held at a distance.",
    "so-called": "A distancing word stands right before the quotation ('so-called “rebels”', "
    "'supposed “experts”'): the writer doubts the label.",
    "label-in-writers-phrase": "The writer's own determiner is right before the quotation and a noun "
    "follows it ('a “suspicious reconnaissance” operation'): someone's label, "
    "built into the writer's phrase with the marks left on.",
}
SCARE_QUOTE_NOTE = (
    "A short phrase in quotation marks inside the writer's own sentence, where the writer keeps a "
    "distance from the word. Ask whose word it is and why it is quoted."
)

_QUOTES = "“”\"‘’'«»„"
_WORD = rf"[^\s{_QUOTES}]+(?:['’][^\s{_QUOTES}]+)*"
_SHORT = rf"{_WORD}(?:[ \t\u00a0]+{_WORD}){{0,3}}"
_BEFORE = r"(?<![^\s(\[{—–/-])"  # an opening mark follows a space, bracket, dash or the start
_AFTER = r"(?=[\s)\]}.,;:!?—–/-]|$)"  # a closing mark precedes a space or punctuation
_SCARE = re.compile(
    rf"{_BEFORE}(?:[“\"«„](?P<d>{_SHORT})(?<=\S)[”\"»“]"
    rf"|[‘'](?P<s>{_SHORT})(?<=\S)[’']){_AFTER}"
)
_MAX_SCARE_CHARS = 60


@lru_cache(maxsize=1)
def _speech_before() -> re.Pattern[str]:
    """A colon, or a verb and a comma ("said,") right before a quotation: a full quotation follows.
    The verbs are the word list quote-intro of speech_acts.csv."""
    verbs = "|".join(word_list("quote-intro"))
    return re.compile(rf"(?:[:]|\b(?:{verbs})\s*,)\s*$", re.IGNORECASE)


_ONLY_OPENERS = re.compile(r"[ \t\u00a0(\[—–-]*")


def _quote_regions(quotes: QuoteIndex, start: int, end: int) -> list[Span]:
    """Spans of the shared reading's quotations in one paragraph, clipped to it (one continued
    over paragraphs counts in each), outer and nested."""
    regions = []
    for q in (quotes.quotes[n] for n in quotes.spans.touching(start, end)):
        if q.start < end and start < q.end:
            regions.append(Span(max(q.start, start), min(q.end, end)))
    return regions


# Reported speech: a speech-frame verb ("said", "called", "described ... as") earlier in the
# same clause, at most its reach (the row's max_scope) before the quotation.
# The frame's clause has ended: a semicolon, a dash aside, or a new coordinated clause.
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|[,)]\s*(?:and|but|while|whereas|although|though|yet)\s|[.!?][\s\"”’']",
    re.IGNORECASE,
)
# The writer's own determiner or possessive right before the quotation: the quoted words are
# built into the writer's noun phrase as a label ("the “wild west”", "a “sham” vote",
# "the singer's ‘pathetic’ apology"), which is what a scare quote does.
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:the|a|an|this|these|those|its|his|her|their|our|my|your|whose|such)"
    r"|(?<![\s(])(?<!\bit)(?<!\bhe)(?<!\bshe)(?<!\bthat)(?<!\bwhat)(?<!\bthere)(?<!\bhere)(?<!\bwho)"
    r"(?<!\bwhere)(?<!\bhow)(?<!\blet)['’]s?)[ \t\u00a0]*$",
    re.IGNORECASE,
)


# A distancing word right before the quotation ("so-called “rebels”", "the supposed ‘experts’").
_DISTANCING_BEFORE = re.compile(
    r"(?<![\w-])(?:so-called|so\s+called|self-(?:styled|proclaimed|described)|supposed|purported|alleged|"
    r"what\s+(?:\w+\s+){1,3}?(?:calls?|called|dubbed|terms?|termed))[ \t\u00a0]*$",
    re.IGNORECASE,
)
# A word right after the quotation that is a noun the quoted words modify ("a “sham” vote");
# function words and verbs of the clause do not count ("a “sham” and", "the “deal” was").
_NOT_A_NOUN_AFTER = frozenset(
    "a an the and or but nor for of to in on at by with from as than that which who whom whose what when "
    "where while if is are was were be been being has have had do does did will would could should may "
    "might must can not no so this these those it its he she they we i you his her their our my your "
    "there here yet also only just even still then now".split()
)
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([a-z][\w'’-]*)")


@dataclass(frozen=True)
class _Context:
    """What the signals read besides the quotation: the text, the speech frames and the other hits.

    `frames` are the lexicon's speech-frame/denial-frame hits ``(start, end, is_denial, reach)`` sorted by
    end, `frame_ends` their ends; `hedge_spans` and `loaded_spans` the cue hits of those kinds.
    """

    text: str
    frames: list[tuple[int, int, bool, int]]
    frame_ends: list[int]
    hedge_spans: set[tuple[int, int]]
    loaded_spans: list[tuple[int, int]]


def _frame_in_clause(ctx: _Context, start: int, sent_start: int) -> tuple[int, int, bool, int] | None:
    """The nearest speech or denial frame before `start` when it is in the quotation's clause, else None."""
    k = bisect.bisect_right(ctx.frame_ends, start) - 1
    frame = ctx.frames[k] if k >= 0 else None
    if (
        frame is not None
        and frame[0] >= sent_start
        and start - frame[1] <= frame[3]
        and not _CLAUSE_BREAK.search(ctx.text[frame[1] : start])
    ):
        return frame
    return None


def _scare_signal(ctx: _Context, start: int, end: int, body_span: Span, sent_start: int) -> str | None:
    """The name of the signal (a key of `SCARE_QUOTE_RULES`) that makes this quotation a scare quote.

    None when nothing in the text shows the writer keeping a distance: then the quotation is a
    title, a name, a word mentioned as a word, or a fragment of someone's speech.
    """
    text = ctx.text
    body_start, body_end = body_span
    if body_span in ctx.hedge_spans:
        return "quoted-hedge"
    before = text[max(sent_start, start - 60) : start]
    frame = _frame_in_clause(ctx, start, sent_start)
    if frame is not None and not frame[2] and not _DETERMINER_BEFORE.search(before):
        return None  # "said the cuts were “reckless”": completes a verb of saying, the speaker's words
    k = bisect.bisect_left(ctx.loaded_spans, (body_start, body_start))
    if k < len(ctx.loaded_spans) and ctx.loaded_spans[k][1] <= body_end:
        return "quoted-loaded-word"
    if _DISTANCING_BEFORE.search(before):
        return "so-called"
    if frame is not None and frame[2]:
        return "in-disputed-claim"
    body = text[body_start:body_end]
    if body[:1].islower() and len(body.split()) <= 3 and _DETERMINER_BEFORE.search(before):
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1).lower() not in _NOT_A_NOUN_AFTER:
            return "label-in-writers-phrase"
    return None


def _by_kind(text: str, regions: list[Span]) -> list[tuple[list[int], list[Span]]]:
    """The regions split by kind (double marks, single curly marks), each sorted, with its starts.

    Regions of one kind never overlap, so each list can be bisected (`_nested`).
    """
    by_kind = []
    for single in (False, True):
        kind = sorted(r for r in regions if (text[r[0]] == "‘") == single)
        by_kind.append(([r[0] for r in kind], kind))
    return by_kind


def _nested(by_kind: list[tuple[list[int], list[Span]]], start: int, end: int) -> bool:
    """True when [start, end) lies inside a longer quotation region."""
    for starts, regions in by_kind:
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0:
            rs, re_ = regions[k]
            if end <= re_ and (re_ - rs) > (end - start):
                return True
    return False


def _full_quotation(text: str, start: int, end: int, body: str, sent_start: int) -> bool:
    """True when the quoted span is someone's words in full rather than a short phrase held at a distance."""
    if end - start > _MAX_SCARE_CHARS or sum(c.isalpha() for c in body) < 2:
        return True  # too long for a phrase, or no word in it
    if body.rstrip()[-1:] in "?!" or re.search(r"[.!?]\s", body):
        return True  # an exclamation or several sentences
    before = text[sent_start:start]
    # Opens the sentence or follows "said," / a colon.
    return bool(_ONLY_OPENERS.fullmatch(before) or _speech_before().search(before[-200:]))


def _row(text: str, start: int, end: int, body: str, signal: str) -> dict:
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "cue": body.strip().rstrip(",.;:"),
        "category": "scare-quote",
        "kind": "hedge",
        "rule": f"scare-quote:{signal}",
        "note": _note(signal),
    }


@cache
def _note(signal: str) -> str:
    """The note of a scare-quote signal: one string shared by its hits, not one per hit."""
    return f"{SCARE_QUOTE_NOTE} {SCARE_QUOTE_RULES[signal]}"


def _paragraph_scare_quotes(
    ctx: _Context, ix: SentenceIndex, para_start: int, para_end: int, regions: list[Span]
) -> list[dict]:
    """The scare quotes of one paragraph, whose quotation regions are `regions`."""
    text = ctx.text
    by_kind = _by_kind(text, regions)
    hits = []
    for m in _SCARE.finditer(text, para_start, para_end):
        start, end = m.span()
        group = "d" if m.group("d") is not None else "s"
        body = m.group(group)
        k = ix.index_at(start)  # the sentence starting at or before the quotation
        sent_start = max(ix.starts[k] if k is not None else para_start, para_start)
        if _full_quotation(text, start, end, body, sent_start):
            continue
        if _nested(by_kind, start, end):
            continue  # nested in a longer quotation: the quoted speaker's marks, not the writer's
        body_start = m.start(group)
        body_end = body_start + len(body.rstrip().rstrip(",.;:"))
        signal = _scare_signal(ctx, start, end, Span(body_start, body_end), sent_start)
        if signal is not None:  # else a title, a name, a survey answer or someone's words: quoted, not distanced
            hits.append(_row(text, start, end, body, signal))
    return hits


def scare_quotes(
    article: Article,
    frames: list[tuple[int, int, bool, int]],
    hedge_spans: set[tuple[int, int]],
    loaded_spans: list[tuple[int, int]],
) -> tuple[list[dict], bytearray]:
    """Short quotations in the writer's own sentence that the writer holds at a distance.

    Skipped as full quotations: a sentence-initial quote, one after "said," or a colon, one
    nested in a longer quotation. Of the rest, only those with a distancing signal
    (`_scare_signal`, `SCARE_QUOTE_RULES`) are scare quotes.

    Also returns a mask of the text: 1 inside a quotation that is not a scare quote (reported speech).
    """
    text = article.text
    ix = reading(article).sentences
    quotes = reading(article).quote_index  # the quotations every finder shares
    frames = sorted(frames, key=lambda f: f[1])
    ctx = _Context(text, frames, [f[1] for f in frames], hedge_spans, loaded_spans)
    hits = []
    speech = bytearray(len(text))
    for para in article.paragraph_rows():
        regions = _quote_regions(quotes, int(para.start), int(para.end))
        found = _paragraph_scare_quotes(ctx, ix, int(para.start), int(para.end), regions)
        scare_spans = {(h["start"], h["end"]) for h in found}
        hits += found
        for rs, re_ in regions:
            if (rs, re_) not in scare_spans:
                speech[rs:re_] = b"\x01" * (re_ - rs)
    return hits, speech

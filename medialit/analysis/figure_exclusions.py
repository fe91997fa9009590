"""What is not a figure: years, dates, times, phone numbers, names with numbers, the pronoun "one".

Part of `find_figures` (see `figures.py` for the full list). `blocked_spans` marks the
spans no figure may overlap (dates, times, phone numbers); `exclusion` asks the named rules
of `EXCLUSIONS` in order why a number is not a figure. The word helpers here look at most
`WINDOW` characters back, so a sentence of a million characters stays linear.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..span import Span
from .figure_qualifiers import qualifier_words
from .number_lexicons import number_words
from .timeline import date_spans

FUNCTION_WORDS = frozenset(
    """
a an the and or but of in on at by for from to with about around some nearly over under only just all more less
fewer than almost roughly approximately up least as many much since after before during until another each every
some these those this that its their his her our no any killing killed including among between estimated
""".split()
)
PLURAL_IRREGULAR = frozenset("people men women children police personnel staff militia troops".split())
_YEAR_PREPS = frozenset(
    "in since by during until till of from before after between and to early late mid circa".split()
)
_TIME = re.compile(
    r"(?i)(?<![\w.])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|gmt|utc|o['’]clock|hrs|h\b)"
    r"|(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?!\d)|(?<![\d-])\d{3}-\d{4}(?![\d-])"
)


def blocked_spans(text: str) -> list[Span]:
    """Spans no figure may overlap: dates, times of day, phone numbers."""
    spans = list(date_spans(text))
    spans += [Span(*m.span()) for m in _TIME.finditer(text)]
    spans += [Span(*m.span()) for m in _PHONE.finditer(text)]
    return spans


#: How far the word and phrase helpers look back from a position. They only ever need a
#: few words; a bounded window keeps a sentence of a million characters linear.
WINDOW = 400
_PREV_WORD = re.compile(r"([\w.'’-]+)\W*$")
_NEXT_WORD = re.compile(r"\s*([\w'’-]+)")
_WORD_CHAR = re.compile(r"[\w]")


def prev_word(text: str, pos: int) -> tuple[str, int]:
    """The word before `pos` and where it starts (("", -1) when none)."""
    lo = max(0, pos - WINDOW)
    m = _PREV_WORD.search(text, lo, pos)
    if m and m.start(1) == lo and lo > 0:  # the window cut a long token: look at all of it
        m = _PREV_WORD.search(text[:pos])
        return (m.group(1), m.start(1)) if m else ("", -1)
    return (m.group(1), m.start(1)) if m else ("", -1)


def next_word(text: str, pos: int) -> str:
    """The word after `pos` ("" when none)."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def is_sentence_start(text: str, pos: int) -> bool:
    """Is there no word character before `pos`?"""
    return not _WORD_CHAR.search(text, 0, pos)


class _Number(NamedTuple):
    """A number the patterns found: `num` at [start, end) of `text`, its `kind` (digits or words)."""

    text: str
    start: int
    end: int
    num: str
    kind: str
    prev: str  # the word before it
    prev_at: int  # where that word starts (-1: none)
    nxt: str  # the word after it


def _year(n: _Number) -> str | None:
    """A four-digit number from 1800 to 2099 is a year unless it counts a plural ("2000 soldiers")."""
    # "2,000" with a thousands comma is never a year; "2000" usually is.
    if n.kind != "digits" or not (re.fullmatch(r"\d{4}", n.num) and 1800 <= int(n.num) <= 2099):
        return None
    text, end = n.text, n.end
    counted = (n.nxt.lower().endswith("s") and len(n.nxt) > 3) or n.nxt.lower() in PLURAL_IRREGULAR
    if not counted or n.prev.lower() in _YEAR_PREPS or text[end : end + 2] in ("'s", "’s"):
        return "year"
    if _names_an_event(text, end):
        return "year (the 2016 elections)"
    return None


def _capitalised_word(n: _Number) -> str | None:
    """A capitalised number word inside a sentence is part of a name ("the Big Three")."""
    if n.kind != "digits" and n.num[:1].isupper() and not is_sentence_start(n.text, n.start):
        return "name"
    return None


_ONE_BEFORE = frozenset("no any every the this that which a each someone".split())
_ONE_AFTER = frozenset("of another who that such which by way".split())


def _pronoun_one(n: _Number) -> str | None:
    """ "one of the bases", "no one", "one's": the pronoun, not the number."""
    if n.kind == "digits" or n.num.lower() != "one":
        return None
    if n.nxt.lower() in _ONE_AFTER or n.prev.lower() in _ONE_BEFORE:
        return "pronoun one"
    if n.text[n.end : n.end + 2] in ("'s", "’s"):
        return "pronoun one"
    return None


def _label(n: _Number) -> str | None:
    """A label word of the number-word table before the number ("Route 66", "No. 10")."""
    low = n.prev.lower()
    nw = number_words()
    if n.prev and (nw.category.get(low) == "label" or nw.category.get(low.rstrip(".")) == "label"):
        return "label (Route 66)"
    return None


def _named(n: _Number) -> str | None:
    """A capitalised non-function word right before a number names something ("Boeing 737", "Apollo 11")."""
    prev, low = n.prev, n.prev.lower()
    if (
        prev
        and n.kind == "digits"
        and prev[:1].isupper()
        and low not in FUNCTION_WORDS
        and low not in qualifier_words()
        and n.prev_at >= 0
        and n.text[n.prev_at + len(prev) : n.start].strip() == ""
        and not prev.endswith(".")
    ):
        return "name (Boeing 737)"
    return None


#: Why a number is not a figure, asked in order; the first reason wins.
EXCLUSIONS = (_year, _capitalised_word, _pronoun_one, _label, _named)


def exclusion(text: str, start: int, end: int, num: str, kind: str) -> str | None:
    """Why the number at [start, end) is not a figure, or None when it is one."""
    prev, prev_at = prev_word(text, start)
    n = _Number(text, start, end, num, kind, prev, prev_at, next_word(text, end))
    for rule in EXCLUSIONS:
        why = rule(n)
        if why:
            return why
    return None


def _names_an_event(text: str, end: int) -> bool:
    """Whether the words after a year-like number name what happened that year ("2016 elections",
    "2016 presidential elections"): an event noun from the number-word table within three words,
    before any other plural ("2000 soldiers" stays a count)."""
    events = set(number_words().of("year-noun"))
    for word in re.findall(r"[A-Za-z][\w'’-]*", text[end : end + 60])[:3]:
        low = word.lower()
        if low in events:
            return True
        if (low.endswith("s") and len(low) > 3) or low in PLURAL_IRREGULAR:
            return False
    return False

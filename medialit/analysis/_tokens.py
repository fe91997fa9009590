"""Tokens with offsets into the unchanged article text, and the tests the chunker makes on one token."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..span import Span
from ._closed_words import BOUNDARY, ED_ADJECTIVES, ING_NOUNS, LY_NOUNS


def _name_abbreviations() -> str:
    """Titles and name suffixes from ``lexicons/abbreviations.csv`` ("Sen.", "Dr.", "Jr."), as a regex."""
    from ..sentences import packaged_abbreviations  # the sentence splitter's list: one list for both

    words = sorted(packaged_abbreviations().titles | {"jr", "sr"}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


TOKEN = re.compile(
    r"\([^()\n]{0,60}\)|\[[^\[\]\n]{0,60}\]"  # (ISIS/ISIL), [the Islamic State], (D-Wis.)
    r"|(?:[A-Za-z]\.){2,}(?:-[\w’']+)*"  # U.S., U.S.-led
    rf"|(?i:\b(?:{_name_abbreviations()})\.)(?=[\s,]|$)"  # a title or suffix keeps its period: "Rep. Jane Doe", "Jr.,"
    r"|\b[A-Z]\.(?=\s+[A-Z])"  # a middle initial: "Adam B. Schiff"
    r"|[\w’'][\w’'\-/&]*(?<!['’-])"  # words, al-Shaabi, Iraq’s
    r"|\S"
)


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def is_wordlike(t: Tok) -> bool:
    # A lone quote mark is punctuation, not a word ('...,' said X must not give the source "'").
    # "42% said": a per cent sign is part of its number.
    return t.text[0].isalnum() or t.text[0] in "([" or (t.text[0] in "’'" and len(t.text) > 1) or t.text == "%"


def is_boundary(t: Tok) -> bool:
    """A clause word ends a noun phrase, but not an acronym spelled like one (WHO, US, IT)."""
    return t.low in BOUNDARY and not is_acronym(t)


def is_acronym(t: Tok) -> bool:
    return len(t.text) > 1 and t.text.isupper()


def is_verb_like(t: Tok) -> bool:
    low = t.low
    if "-" in low or not t.text[0].islower():
        return False
    if low.endswith("ed") and low not in ED_ADJECTIVES and len(low) > 4:
        return True
    if low.endswith("ing") and low not in ING_NOUNS and len(low) > 5:
        return True
    return False


def is_manner_adverb(t: Tok) -> bool:
    """'has consistently maintained', 'angrily denied': an -ly adverb between subject and verb."""
    return len(t.text) >= 7 and t.text.islower() and t.text.endswith("ly") and t.text not in LY_NOUNS


def rstrip_end(text: str, end: int, chars: str | None = None) -> int:
    """``len(text[:end].rstrip(chars))`` without copying the text before `end` (a copy per call
    on a long article costs its size in memory and time)."""
    if chars is None:
        while end > 0 and text[end - 1].isspace():
            end -= 1
    else:
        while end > 0 and text[end - 1] in chars:
            end -= 1
    return end


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n\u00a0.,;:") -> Span:
    """Trim whitespace and the given punctuation from both ends of a span."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end)

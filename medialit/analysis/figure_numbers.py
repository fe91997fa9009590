"""Numbers in a sentence: the patterns, their values, the figure candidates and the ranges they form.

Part of `find_figures` (see `figures.py`). `number_candidates` runs the named rules of
`CANDIDATE_RULES` in order (vague plurals, fractions, "one in five", multiples, numbers
with their scale, unit and currency); a span one rule took, or a blocked span (a date, a
time, a phone number), is not read again. `merge_ranges` joins "10 to 20" into one figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..span import Span
from .figure_exclusions import WINDOW, exclusion, is_sentence_start
from .number_lexicons import currencies, number_words


def _alt(words: list[str]) -> str:
    """A regex alternation of the words, each escaped."""
    return "|".join(re.escape(w) for w in words)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of each kind of number, from the number-word and currency tables."""
    nw = number_words()
    simple = _alt(nw.of("unit") + nw.of("tens"))
    scale = _alt(nw.of("scale"))
    word = rf"(?:{_alt(nw.of('tens'))})[\s-](?:{_alt(nw.of('unit'))})|{simple}"
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
    numeral = (
        rf"(?:(?:{word}|an?)\s+(?:{scale})(?:\s+and\s+(?:{word}))?"
        rf"(?:\s+(?:{scale}))?|{word})"
    )
    cur = currencies()
    currency = f"(?:{'|'.join(map(re.escape, cur.symbols))})"
    suffix = _alt(nw.of("suffix"))
    percent = r"(?:\s*%|\s+per\s*cent(?:age\s+points?)?(?![\w-])|\s+percentage\s+points?(?![\w-]))"
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in cur.words)
    money_word = rf"(?:\s+(?:(?:{'|'.join(map(re.escape, cur.prefixes))})\s+)?(?:{words})(?![\w-]))"
    signs = "".join(sorted({re.escape(s[-1]) for s in cur.symbols}))  # no number straight after a sign
    number = (
        rf"(?P<cur>{currency}\s?)?(?P<num>{digits}|(?i:{numeral}))"
        rf"(?P<scale>\s+(?i:{scale})(?![\w-])|(?<=\d)(?:{suffix})(?![\w-]))?"
        rf"(?P<pct>{percent})?(?P<money>{money_word})?"
    )
    frac_word = _alt(nw.of("fraction"))
    multiple = _alt(nw.of("multiple"))
    plural = _alt(nw.of("plural"))
    return {
        "number": re.compile(rf"(?<![\w{signs}.,/])(?<![A-Za-z]-){number}(?![\w/]|[.,]\d|-(?!\d))"),
        # "a third of", "two-thirds of", "half of", "half the", "one in five"
        "fraction": re.compile(
            rf"(?<![\w-])(?i:(?P<fnum>an?|one|{simple})[\s-]+(?P<fden>{frac_word})(?=\s+of\s)"
            rf"|(?P<half>half)(?=\s+(?:of|the|a|an|its|their|his|her|our|all)\s))"
        ),
        "one-in": re.compile(rf"(?<![\w-])(?i:(?P<a>one|\d+)\s+(?:in|out\s+of)\s+(?P<b>{simple}|\d+))(?![\w-])"),
        "multiple": re.compile(rf"(?<![\w-])(?i:(?P<mnum>an?|one|{simple})\s+(?P<mult>{multiple}))(?![\w-])"),
        "plural": re.compile(
            rf"(?<![\w-])(?i:(?P<plur>{plural})(?:\s+(?:and\s+(?:{plural})\s+)?of\s+(?P<pscale>thousands|millions|billions))?"
            rf")(?=\s+of\s)"
        ),
    }


def _words_value(phrase: str) -> float | None:
    """'twenty-two' -> 22, 'two hundred and fifty thousand' -> 250000, 'a million' -> 1e6."""
    nw = number_words()
    total, current = 0.0, 0.0
    for tok in re.split(r"[\s-]+", phrase.lower()):
        if tok in ("and", ""):
            continue
        if tok in ("a", "an"):
            current = 1.0
            continue
        cat = nw.category.get(tok)
        if cat in ("unit", "tens"):
            current += nw.value[tok][0]
        elif cat == "scale":
            v = nw.value[tok][0]
            if v == 100:
                current = (current or 1.0) * 100
            else:
                total += (current or 1.0) * v
                current = 0.0
        else:
            return None
    return total + current


def _to_float(num: str) -> float | None:
    """ "1,200" -> 1200.0, "twenty-two" -> 22.0; None when not a number."""
    num = num.strip()
    if re.fullmatch(r"[\d,]*\.?\d+", num):
        return float(num.replace(",", ""))
    return _words_value(num)


# Searched within a window ending at a number (pos/endpos keep `\b` true to the whole text).
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:first|second|third|last|latter|former|other)\s+$")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")


@dataclass
class Fig:
    """A figure candidate at [start, end) of its sentence, with its range and how it was read."""

    start: int
    end: int
    value: float
    low: float
    high: float
    kind: str  # digits, words, fraction, multiple, plural, ratio
    unit: str = ""  # "percent", "dollars", ...
    raw: float = math.nan  # the number before a scale word ("1.2" in "1.2 million")
    qualifier: str = ""
    rules: list[str] = field(default_factory=list)


class _Occupied:
    """Which characters of a sentence are blocked or already taken by a candidate.

    `blocked` is a list of spans or a function computing it, called only when some number
    pattern matches: most sentences hold no number, and the date scan behind the blocked
    spans is the costly part.
    """

    def __init__(self, text: str, blocked):
        self.text = text
        self.blocked = blocked
        self.taken: list[Span] = []
        self.occupied: bytearray | None = None  # one byte per character: blocked or already taken

    def free(self, s: int, e: int) -> bool:
        if self.occupied is None:
            if callable(self.blocked):
                self.blocked = self.blocked()
            self.occupied = bytearray(len(self.text))
            for bs, be in list(self.blocked) + self.taken:
                self.occupied[bs:be] = b"\x01" * max(0, be - bs)
        return self.occupied.find(1, s, e) == -1

    def take(self, s: int, e: int) -> None:
        self.taken.append(Span(s, e))
        if self.occupied is not None:
            self.occupied[s:e] = b"\x01" * max(0, e - s)


def _plural(text: str, m: re.Match) -> Fig | None:
    """ "dozens of", "hundreds of thousands of": the smallest number the words commit to (2 units), up to 10."""
    nw = number_words()
    unit = nw.value[m.group("plur").lower()][0]
    if m.group("pscale"):
        unit *= nw.value[m.group("pscale").lower()[:-1]][0]
    rule = f"number:plural:lexicon:number_words:{nw.line[m.group('plur').lower()]}"
    return Fig(m.start(), m.end(), 2 * unit, 2 * unit, 10 * unit, "plural", rules=[rule])


def _fraction(text: str, m: re.Match) -> Fig | None:
    """ "a third of", "two-thirds of", "half the": a proportion; "the second half of" is a part, not one."""
    nw = number_words()
    if m.group("half"):
        v = 0.5
        line = nw.line["half"]
    else:
        num = m.group("fnum").lower()
        top = 1.0 if num in ("a", "an") else (_words_value(num) or 1.0)
        v = top / nw.value[m.group("fden").lower()][0]
        line = nw.line[m.group("fden").lower()]
    if _ORDINAL_BEFORE.search(text, max(0, m.start() - WINDOW), m.start()):
        return None
    return Fig(m.start(), m.end(), v, v, v, "fraction", rules=[f"number:fraction:lexicon:number_words:{line}"])


def _one_in(text: str, m: re.Match) -> Fig | None:
    """ "one in five", "3 out of 10": a proportion below one."""
    a, b = _to_float(m.group("a")), _to_float(m.group("b"))
    if a and b and b > a:
        return Fig(m.start(), m.end(), a / b, a / b, a / b, "fraction", rules=["number:one-in-n"])
    return None


def _multiple(text: str, m: re.Match) -> Fig | None:
    """ "a dozen", "two dozen", "a couple": the range of the number-word table, times the count."""
    nw = number_words()
    word = m.group("mult").lower()
    low, high = nw.value[word]
    n = 1.0 if m.group("mnum").lower() in ("a", "an") else (_words_value(m.group("mnum")) or 1.0)
    if m.group("mnum")[:1].isupper() and not is_sentence_start(text, m.start()):
        return None
    rule = f"number:multiple:lexicon:number_words:{nw.line[word]}"
    return Fig(m.start(), m.end(), n * low, n * low, n * high, "multiple", rules=[rule])


def _unit(m: re.Match) -> str:
    """ "percent", the currency's name, or the money word written after the number ("" when none)."""
    if m.group("pct"):
        return "percent"
    if m.group("cur"):
        return currencies().names.get(m.group("cur").strip().lower(), "money")
    if m.group("money"):
        return " ".join(m.group("money").split())
    return ""


def _number(text: str, m: re.Match) -> Fig | None:
    """A number in digits or words, with its scale ("1.2 million"), per cent or currency; not an excluded one."""
    nw = number_words()
    num = m.group("num")
    kind = "digits" if re.match(r"[\d.]", num) else "words"
    value = _to_float(num)
    if value is None:
        return None
    if not m.group("cur") and not m.group("pct") and exclusion(text, m.start("num"), m.end("num"), num, kind):
        return None
    rules = [f"number:{kind}"]
    raw = value
    if m.group("scale"):
        sc = m.group("scale").strip().lower()
        value *= nw.value[sc][0]
        rules.append(f"scale:lexicon:number_words:{nw.line[sc]}")
    # Trailing "." of a sentence is not a decimal point: the pattern never takes it.
    return Fig(m.start(), m.end(), value, value, value, kind, unit=_unit(m), rules=rules, raw=raw)


#: (pattern name, rule) in the order they read a sentence: an earlier rule's span is not read again.
CANDIDATE_RULES: tuple[tuple[str, Callable[[str, re.Match], Fig | None]], ...] = (
    ("plural", _plural),
    ("fraction", _fraction),
    ("one-in", _one_in),
    ("multiple", _multiple),
    ("number", _number),
)


def number_candidates(text: str, blocked) -> list[Fig]:
    """Figure candidates in `text`, by start; `blocked` is a list of spans or a function computing it."""
    pats = _patterns()
    occupied = _Occupied(text, blocked)
    out: list[Fig] = []
    for name, rule in CANDIDATE_RULES:
        for m in pats[name].finditer(text):
            if not occupied.free(*m.span()):
                continue
            fig = rule(text, m)
            if fig is not None:
                out.append(fig)
                occupied.take(*m.span())
    out.sort(key=lambda f: f.start)
    return out


_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|or|and)\s*$", re.IGNORECASE)


def _range(text: str, f: Fig, g: Fig) -> Fig | None:
    """The range two neighbouring numbers form ("10 to 20", "between 10 and 20"), or None."""
    sep = _RANGE_SEP.fullmatch(text[f.end : g.start]) if g.start > f.end else None
    word = sep.group(0).strip().lower() if sep else ""
    between = _BETWEEN_BEFORE.search(text, max(0, f.start - WINDOW), f.start)
    frm = _FROM_BEFORE.search(text, max(0, f.start - WINDOW), f.start)
    if not sep or (word == "and" and not between):
        return None
    lo, hi = f.value, g.value
    # "1.2 to 1.5 million", "10-20%": a scale or unit written once applies to both ends.
    if f.value == f.raw and g.value != g.raw and g.raw:
        lo = f.raw * (g.value / g.raw)
    if lo > hi:
        return None
    start = between.start() if between else frm.start() if frm else f.start
    rules = f.rules + [f"range:{'between' if between else word}"]
    return Fig(start, g.end, (lo + hi) / 2, lo, hi, f.kind, unit=g.unit or f.unit, rules=rules, raw=lo)


def merge_ranges(text: str, figs: list[Fig]) -> list[Fig]:
    """'10 to 20', '10-20', 'between 10 and 20', 'from 10 to 20', 'two or three' -> one figure [10, 20]."""
    out: list[Fig] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        g = figs[i + 1] if i + 1 < len(figs) else None
        if g is not None and f.kind in ("digits", "words") and g.kind in ("digits", "words"):
            merged = _range(text, f, g)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(f)
        i += 1
    return out

"""Figures: every quantity in an article, with its range, what it counts, who gives it and its status.

`find_figures(article, *, attributions=None, claims=None)` returns one row per
figure ("at least 30 Hashd al-Shaabi fighters", "up to 150,000", "nearly a
third", "$1.2 billion", "12%", "a couple of days", "dozens of").

Columns (see docs/architecture.md): ``id, sentence, start, end, text, value,
low, high, qualifier, what, source, status, role, rule``.

Conventions (also in ``lexicons/qualifiers.csv``):

- ``text`` covers the qualifier too ("at least 30", "the estimated 5,000").
- ``value`` is the number as the text states it (1.2 billion for "$1.2
  billion", 12 for "12%", 1/3 for "a third"); for a range ("10 to 20") the
  midpoint; for a vague plural ("dozens of") the smallest number the words
  commit to (24).
- ``low``/``high`` keep the qualifier's direction: "at least 30" is [30, inf);
  "more than 30" is [30, inf) too (an open bound: we store 30, not 31, so
  decimals work alike); "up to 150,000" and "fewer than 10" are [0, v];
  "nearly a third" is [0.9 v, v] (just below v); "about 30" is [27, 33]
  (+-10%: our convention); "dozens of" is [24, 120] (2 to 10 dozen); "a
  couple of" is [2, 3].
- Percentages are in percent (12 for "12%"); ``what`` then starts with
  "percent". Fractions are proportions (1/3); money is in currency units and
  ``what`` starts with the currency ("dollars").
- ``what`` is the counted noun phrase after the number (up to the first
  plural noun, at most six words), without a partitive "of the" for counts
  ("22 of the Iran-linked forces" -> "Iran-linked forces") and with it for
  proportions ("a third of the seats in parliament" -> "the seats in
  parliament"). Empty when nothing is named ("killed 30.").
- ``status`` (first that applies): ``denied`` (the figure is in a claim that
  the article reports as denied), ``estimated`` (qualifier "estimated" or an
  estimate cue in the sentence: "according to various estimates"),
  ``reported`` (someone other than the article gives it), ``stated`` (the
  article's own voice).
- ``source``: the innermost attribution whose content contains the figure, from
  the ``attributions`` frame (given, or computed through the registry, so
  ``find_figures(article)`` equals ``analyze(article).figures``); when that
  frame has no rows, a local rule on the sentence (a reporting verb before the figure, "according to X",
  a trailing ", X said", or the speaker after the closing quote). A figure
  inside quotation marks is someone's words: its speaker when named, else
  "an unnamed speaker (in quotation marks)", status ``reported``. Else "the
  article".

Not figures: years ("2017", "in June 2017", "the 2016 elections": an event noun
from ``number_words.csv`` after the year), dates ("January 15"), times
("10:30", "9 a.m."), ordinals ("15th"), numbers inside names and codes ("F-16",
"COVID-19", "G7", "Route 66", "Boeing 737"), phone numbers, numbers glued to
a following hyphenated word ("a 30-year-old man": a modifier), capitalised
number words inside a sentence ("the Big Three"), and the pronoun "one" ("one
of the bases", "no one", "a one of"). Durations are quantities and stay
("a couple of days", what = "days"). "a few" and "several" are not figures:
they name no number.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache

import pandas as pd

from ..lexicon import cue_regex, load_lexicon, word_list
from ._spans import IntervalIndex
from .number_lexicons import NUMBER_WORD_CATEGORIES, currencies, number_words  # noqa: F401 (re-exported)
from .reading import reading
from .timeline import date_spans

COLUMNS = [
    "id",
    "sentence",
    "start",
    "end",
    "text",
    "value",
    "low",
    "high",
    "qualifier",
    "what",
    "source",
    "status",
    "role",
    "rule",
]

QUALIFIER_CATEGORIES = frozenset(
    {
        "at-least",
        "more-than",
        "up-to",
        "less-than",
        "nearly",
        "just-over",
        "about",
        "estimated",
        "exactly",
        "or-more",
        "or-so",
        "anaphor",
        "estimate",
    }
)
_BEFORE = ("at-least", "more-than", "up-to", "less-than", "nearly", "just-over", "about", "estimated", "exactly")
_AFTER = ("or-more", "or-so")

INF = math.inf


# ---------------------------------------------------------------- data files


@cache
def _qualifiers() -> pd.DataFrame:
    return load_lexicon("qualifiers", categories=QUALIFIER_CATEGORIES)


#: Cues that name a figure's source or deny it: the view "figure_speech" of speech_acts.csv (rules name its lines).
_SPEECH = ("report", "denial")


@cache
def _cue_pattern(categories: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    speech = set(categories) <= set(_SPEECH)
    lex = load_lexicon("figure_speech", categories=set(_SPEECH)) if speech else _qualifiers()
    frame = lex[lex["category"].isin(categories)]
    rows = {f"r{idx}": (str(cat), int(line)) for idx, cat, line in zip(frame.index, frame["category"], frame["line"])}
    return cue_regex(frame), rows


# A sentence is asked for its cues once per figure in it; remembering the last few answers
# keeps one very long sentence with many figures linear rather than quadratic.
@lru_cache(maxsize=256)
def _cues(text: str, categories: tuple[str, ...]) -> tuple[tuple[int, int, str, str, int], ...]:
    """(start, end, matched text, category, lexicon line) for each cue of `categories` in `text`."""
    pattern, rows = _cue_pattern(categories)
    out = []
    for m in pattern.finditer(text):
        name = m.lastgroup
        if name is None or name not in rows:
            continue
        category, line = rows[name]
        out.append((m.start(), m.end(), m.group(0), category, line))
    return tuple(out)


# ---------------------------------------------------------------- number patterns


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
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
    num = num.strip()
    if re.fullmatch(r"[\d,]*\.?\d+", num):
        return float(num.replace(",", ""))
    return _words_value(num)


# ---------------------------------------------------------------- exclusions

_FUNCTION_WORDS = frozenset(
    """
a an the and or but of in on at by for from to with about around some nearly over under only just all more less
fewer than almost roughly approximately up least as many much since after before during until another each every
some these those this that its their his her our no any killing killed including among between estimated
""".split()
)
_PLURAL_IRREGULAR = frozenset("people men women children police personnel staff militia troops".split())
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


@cache
def _qualifier_words() -> frozenset[str]:
    """Every word of the before-the-number qualifiers ("Exactly 17" is no name like "Boeing 737")."""
    lex = _qualifiers()
    cues = lex.loc[lex["category"].isin(_BEFORE), "cue"]
    return frozenset(w.lower() for cue in cues for w in cue.split())


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = list(date_spans(text))
    spans += [m.span() for m in _TIME.finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text)]
    return spans


#: How far the word and phrase helpers look back from a position. They only ever need a
#: few words; a bounded window keeps a sentence of a million characters linear.
_WINDOW = 400
_PREV_WORD = re.compile(r"([\w.'’-]+)\W*$")
_NEXT_WORD = re.compile(r"\s*([\w'’-]+)")
_WORD_CHAR = re.compile(r"[\w]")
# Searched within a window ending at a number (pos/endpos keep `\b` true to the whole text).
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:first|second|third|last|latter|former|other)\s+$")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")


def _prev_word(text: str, pos: int) -> tuple[str, int]:
    lo = max(0, pos - _WINDOW)
    m = _PREV_WORD.search(text, lo, pos)
    if m and m.start(1) == lo and lo > 0:  # the window cut a long token: look at all of it
        m = _PREV_WORD.search(text[:pos])
        return (m.group(1), m.start(1)) if m else ("", -1)
    return (m.group(1), m.start(1)) if m else ("", -1)


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _is_sentence_start(text: str, pos: int) -> bool:
    return not _WORD_CHAR.search(text, 0, pos)


def _exclusion(text: str, start: int, end: int, num: str, kind: str) -> str | None:
    """Why the number at [start, end) is not a figure, or None when it is one."""
    nw = number_words()
    prev, prev_at = _prev_word(text, start)
    nxt = _next_word(text, end)
    if kind == "digits":
        # "2,000" with a thousands comma is never a year; "2000" usually is.
        if re.fullmatch(r"\d{4}", num) and 1800 <= int(num) <= 2099:
            counted = (nxt.lower().endswith("s") and len(nxt) > 3) or nxt.lower() in _PLURAL_IRREGULAR
            if not counted or prev.lower() in _YEAR_PREPS or text[end : end + 2] in ("'s", "’s"):
                return "year"
            if _names_an_event(text, end):
                return "year (the 2016 elections)"
    else:
        # Capitalised number word inside a sentence is part of a name ("the Big Three").
        if num[:1].isupper() and not _is_sentence_start(text, start):
            return "name"
        if num.lower() == "one":
            if nxt.lower() in ("of", "another", "who", "that", "such", "which", "by", "way") or prev.lower() in (
                "no",
                "any",
                "every",
                "the",
                "this",
                "that",
                "which",
                "a",
                "each",
                "someone",
            ):
                return "pronoun one"
            if text[end : end + 2] in ("'s", "’s"):
                return "pronoun one"
    if prev:
        low = prev.lower()
        if nw.category.get(low) == "label" or nw.category.get(low.rstrip(".")) == "label":
            return "label (Route 66)"
        # A capitalised non-function word right before a number names something ("Boeing 737", "Apollo 11").
        if (
            kind == "digits"
            and prev[:1].isupper()
            and low not in _FUNCTION_WORDS
            and low not in _qualifier_words()
            and prev_at >= 0
            and text[prev_at + len(prev) : start].strip() == ""
            and not prev.endswith(".")
        ):
            return "name (Boeing 737)"
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
        if (low.endswith("s") and len(low) > 3) or low in _PLURAL_IRREGULAR:
            return False
    return False


# ---------------------------------------------------------------- candidates


@dataclass
class _Fig:
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


def _number_candidates(text: str, blocked) -> list[_Fig]:
    """Figure candidates in `text`; `blocked` is a list of spans or a function computing it.

    A function is called only when some number pattern matches: most sentences hold
    no number, and the date scan behind the blocked spans is the costly part.
    """
    pats = _patterns()
    nw = number_words()
    out: list[_Fig] = []
    taken: list[tuple[int, int]] = []
    occupied: bytearray | None = None  # one byte per character: blocked or already taken

    def free(s: int, e: int) -> bool:
        nonlocal blocked, occupied
        if occupied is None:
            if callable(blocked):
                blocked = blocked()
            occupied = bytearray(len(text))
            for bs, be in list(blocked) + taken:
                occupied[bs:be] = b"\x01" * max(0, be - bs)
        return occupied.find(1, s, e) == -1

    def take(s: int, e: int) -> None:
        taken.append((s, e))
        if occupied is not None:
            occupied[s:e] = b"\x01" * max(0, e - s)

    for m in pats["plural"].finditer(text):
        if not free(*m.span()):
            continue
        unit = nw.value[m.group("plur").lower()][0]
        if m.group("pscale"):
            unit *= nw.value[m.group("pscale").lower()[:-1]][0]
        out.append(
            _Fig(
                m.start(),
                m.end(),
                2 * unit,
                2 * unit,
                10 * unit,
                "plural",
                rules=[f"number:plural:lexicon:number_words:{nw.line[m.group('plur').lower()]}"],
            )
        )
        take(*m.span())
    for m in pats["fraction"].finditer(text):
        if not free(*m.span()):
            continue
        if m.group("half"):
            v = 0.5
            line = nw.line["half"]
        else:
            num = m.group("fnum").lower()
            top = 1.0 if num in ("a", "an") else (_words_value(num) or 1.0)
            v = top / nw.value[m.group("fden").lower()][0]
            line = nw.line[m.group("fden").lower()]
        # "the second half of" is a part, not a proportion.
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - _WINDOW), m.start()):
            continue
        out.append(
            _Fig(m.start(), m.end(), v, v, v, "fraction", rules=[f"number:fraction:lexicon:number_words:{line}"])
        )
        take(*m.span())
    for m in pats["one-in"].finditer(text):
        if not free(*m.span()):
            continue
        a, b = _to_float(m.group("a")), _to_float(m.group("b"))
        if a and b and b > a:
            out.append(_Fig(m.start(), m.end(), a / b, a / b, a / b, "fraction", rules=["number:one-in-n"]))
            take(*m.span())
    for m in pats["multiple"].finditer(text):
        if not free(*m.span()):
            continue
        word = m.group("mult").lower()
        low, high = nw.value[word]
        n = 1.0 if m.group("mnum").lower() in ("a", "an") else (_words_value(m.group("mnum")) or 1.0)
        if m.group("mnum")[:1].isupper() and not _is_sentence_start(text, m.start()):
            continue
        out.append(
            _Fig(
                m.start(),
                m.end(),
                n * low,
                n * low,
                n * high,
                "multiple",
                rules=[f"number:multiple:lexicon:number_words:{nw.line[word]}"],
            )
        )
        take(*m.span())
    for m in pats["number"].finditer(text):
        s, e = m.span()
        if not free(s, e):
            continue
        num = m.group("num")
        kind = "digits" if re.match(r"[\d.]", num) else "words"
        value = _to_float(num)
        if value is None:
            continue
        if not m.group("cur") and not m.group("pct"):
            why = _exclusion(text, m.start("num"), m.end("num"), num, kind)
            if why:
                continue
        rules = [f"number:{kind}"]
        raw = value
        if m.group("scale"):
            sc = m.group("scale").strip().lower()
            value *= nw.value[sc][0]
            rules.append(f"scale:lexicon:number_words:{nw.line[sc]}")
        unit = ""
        if m.group("pct"):
            unit = "percent"
        elif m.group("cur"):
            unit = currencies().names.get(m.group("cur").strip().lower(), "money")
        elif m.group("money"):
            unit = " ".join(m.group("money").split())
        # Trailing "." of a sentence is not a decimal point: the pattern never takes it.
        out.append(_Fig(s, e, value, value, value, kind, unit=unit, rules=rules, raw=raw))
        take(s, e)
    out.sort(key=lambda f: f.start)
    return out


_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|or|and)\s*$", re.IGNORECASE)


def _merge_ranges(text: str, figs: list[_Fig]) -> list[_Fig]:
    """'10 to 20', '10-20', 'between 10 and 20', 'from 10 to 20', 'two or three' -> one figure [10, 20]."""
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        g = figs[i + 1] if i + 1 < len(figs) else None
        if g is not None and f.kind in ("digits", "words") and g.kind in ("digits", "words"):
            sep = _RANGE_SEP.fullmatch(text[f.end : g.start]) if g.start > f.end else None
            word = sep.group(0).strip().lower() if sep else ""
            between = _BETWEEN_BEFORE.search(text, max(0, f.start - _WINDOW), f.start)
            frm = _FROM_BEFORE.search(text, max(0, f.start - _WINDOW), f.start)
            if sep and (word != "and" or between):
                lo, hi = f.value, g.value
                # "1.2 to 1.5 million", "10-20%": a scale or unit written once applies to both ends.
                if f.value == f.raw and g.value != g.raw and g.raw:
                    lo = f.raw * (g.value / g.raw)
                if lo <= hi:
                    start = between.start() if between else frm.start() if frm else f.start
                    out.append(
                        _Fig(
                            start,
                            g.end,
                            (lo + hi) / 2,
                            lo,
                            hi,
                            f.kind,
                            unit=g.unit or f.unit,
                            rules=f.rules + [f"range:{'between' if between else word}"],
                            raw=lo,
                        )
                    )
                    i += 2
                    continue
        out.append(f)
        i += 1
    return out


_RANGE_OF = {
    "at-least": lambda v: (v, INF),
    "more-than": lambda v: (v, INF),
    "or-more": lambda v: (v, INF),
    "up-to": lambda v: (0.0, v),
    "less-than": lambda v: (0.0, v),
    "nearly": lambda v: (0.9 * v, v),
    "just-over": lambda v: (v, 1.1 * v),
    "about": lambda v: (0.9 * v, 1.1 * v),
    "or-so": lambda v: (0.9 * v, 1.1 * v),
    "estimated": lambda v: (v, v),
    "exactly": lambda v: (v, v),
}


def _apply_qualifiers(text: str, figs: list[_Fig]) -> None:
    if not figs:
        return
    before = _cues(text, _BEFORE)
    after = _cues(text, _AFTER)
    for f in figs:
        if f.kind == "plural" or "range" in " ".join(f.rules):
            continue
        for s, e, cue, cat, line in sorted(before, key=lambda c: -c[1]):
            # Only a cue directly before the number qualifies it ("some 30", not "some PMF fighters").
            if e <= f.start and text[e : f.start].strip() == "":
                lo, hi = _RANGE_OF[cat](f.value)
                if f.kind == "multiple" and f.high > f.low:
                    lo, hi = _RANGE_OF[cat](f.low)[0], _RANGE_OF[cat](f.high)[1]
                f.low, f.high, f.start = lo, hi, s
                f.qualifier = " ".join(cue.lower().split())
                f.rules.append(f"qualifier:lexicon:qualifiers:{line}")
                break
        for s, e, cue, cat, line in after:
            if s >= f.end and text[f.end : s].strip() == "":
                lo, hi = _RANGE_OF[cat](f.value)
                f.low, f.high, f.end = (lo, hi, e)
                q = " ".join(cue.lower().split()).lstrip("-")
                f.qualifier = (f.qualifier + " " + q).strip()
                f.rules.append(f"qualifier:lexicon:qualifiers:{line}")
                break


# ---------------------------------------------------------------- what is counted

_STOP = frozenset(
    """
was were is are be been being has have had will would could should may might can did do does said say says told
reported killed died wounded injured who which that and or but in on at by for from to with as than into after
before during since against while when where because if were also not all across near under over per according
went came rose fell took gave got made left won lost saw ran grew became began held kept met paid sent spent stood
voted backed remain remained remains fled live lived""".split()
)
_DETERMINERS = frozenset("the these those its their his her our your my this that".split())


def _looks_plural(word: str) -> bool:
    w = word.lower()
    return w in _PLURAL_IRREGULAR or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _what(text: str, f: _Fig) -> str:
    """The counted noun phrase after the figure (see the module docstring)."""
    proportion = f.kind == "fraction" or f.unit == "percent"
    rest = text[f.end :]
    partitive = re.match(r"\s+of\s+", rest)
    pos = partitive.end() if partitive else 0
    words: list[str] = []
    end = pos
    for t in re.finditer(r"[^\W\d_][\w’'.-]*|\d[\w’'.,-]*|\S", rest[pos:]):
        w = t.group(0)
        abbreviation = re.fullmatch(r"(?:[A-Z]\.)+", w)
        if w.endswith(".") and not abbreviation:
            w = w.rstrip(".")
        if not w or not re.match(r"\w", w):
            break
        low = w.lower()
        if not words and low in _DETERMINERS:
            if proportion:
                words.append(w)
                end = pos + t.end()
            continue
        if low in _STOP or (low in _FUNCTION_WORDS and low not in _DETERMINERS):
            break
        after = re.match(r"\s*([\w’'-]+)", rest[pos + t.end() :])
        if low.endswith("ed") and (after is None or after.group(1).lower() in _STOP or w != t.group(0)):
            break  # a verb ("1.5% abstained."), not an adjective ("30 armed men")
        words.append(w)
        end = pos + t.start() + len(w)
        if _looks_plural(w) or len(words) >= 6 or w != t.group(0):
            break
    if words and words[-1].lower() in _DETERMINERS:
        words = []
    # A count above one names a plural noun; without one we likely ran into a verb ("13 million need aid").
    if words and not proportion and not f.unit and f.value != 1 and not _looks_plural(words[-1]):
        words = []
    phrase = " ".join(words)
    if proportion and phrase:
        # "a third of the seats in parliament": the whole needs its place.
        pp = re.match(r"\s+(?:in|of)\s+(?:the\s+)?[^\W\d_][\w’'-]*", rest[end:])
        if pp and pp.group(0).split()[-1].lower() not in _STOP:
            phrase = " ".join((phrase + pp.group(0)).split())
    if f.unit == "percent":
        return "percent of " + phrase if phrase and partitive else ("percent " + phrase).strip()
    if f.unit:
        return (f.unit + " " + phrase).strip()
    return phrase


# ---------------------------------------------------------------- source and status

_CLAUSE_WORDS = frozenset(
    "when that which who whom after before because while as if and but where since although "
    "though whereas once until so".split()
)
_AUX = frozenset(
    "have has had also earlier previously later reportedly allegedly had been is was were "
    "then first did does do not never didn't doesn't don't will would could may might can should "
    "has not".split()
)


def _np_before(text: str, pos: int) -> str:
    """The noun phrase right before a reporting verb at `pos` (a heuristic: back to a clause boundary)."""
    lo = max(0, pos - _WINDOW)
    cut = max(text.rfind(c, lo, pos) for c in ',;:“”"()[]')
    words = text[max(cut + 1, lo) : pos].split()
    if cut < lo and lo > 0 and words:
        words = words[1:]  # the window may have cut the first word; the phrase is its last few words anyway
    while words and words[-1].lower().strip(",") in _AUX:
        words.pop()
    out: list[str] = []
    for w in reversed(words):
        if w.lower() in _CLAUSE_WORDS or len(out) >= 6:
            break
        out.insert(0, w)
    return " ".join(out).strip(" ,.‘’'\"")


_NP_AFTER = re.compile(r"\s*([^,;:.“”\"()]+?)(?=\s*(?:[,;:“”\"()]|\.(?:\s|$)|$|\s+(?:that|on|in|at|who|which)\b))")


def _np_after(text: str, pos: int) -> str:
    """The noun phrase after 'according to' or after a verb in '..., said X.'"""
    m = _NP_AFTER.match(text, pos)
    return " ".join(m.group(1).split()[:7]) if m else ""


@lru_cache(maxsize=256)
def _source_cues(sentence: str) -> tuple[tuple, list[int], list[int]]:
    """The report and denial cues that can name a speaker, with their starts and ends (both sorted).

    A denial verb names its speaker too ("The ministry denied that 300 prisoners escaped").
    Cached per sentence: a sentence is asked once for each figure in it.
    """
    cues = tuple(
        c
        for c in _cues(sentence, ("report", "denial"))
        if c[3] == "report" or re.search(r"(?:ed|ies|deny)$", c[2].lower())
    )
    return cues, [c[0] for c in cues], [c[1] for c in cues]


def _fallback_source(sentence: str, para: str, s_in_para: int, f_start: int) -> tuple[str, str]:
    """(source, rule) from cues in the sentence around a figure at `f_start` (sentence offsets)."""
    cues, starts, ends = _source_cues(sentence)
    before = cues[: bisect_right(ends, f_start)]
    after = cues[bisect_left(starts, f_start) :]
    # The nearest report before the figure is the innermost one.
    for s, e, cue, _cat, line in reversed(before):
        if cue.lower() == "according to":
            src = _np_after(sentence, e)
        else:
            src = _np_before(sentence, s)
        if src and not _BARE_NUMBER.fullmatch(src):  # "Of 200 polled, 140 said": 140 is a count, not a source
            return src, f"source:before:lexicon:speech_acts:{line}"
    # "..., the Post noted." / "..., said the ministry." after the figure, at the end of the sentence.
    for s, e, _cue, _cat, line in after:
        k = max(sentence.rfind(c, 0, s) for c in ',”"')
        if k < f_start:
            continue
        src = sentence[k + 1 : s].strip()
        # Only "few words left" matters here; a long tail is many words, whatever its length.
        tail_words = len(sentence[e : e + _WINDOW].split()) if len(sentence) - e <= _WINDOW else _WINDOW
        if (
            src
            and len(src.split()) <= 7
            and not set(src.lower().split()) & _CLAUSE_WORDS
            and tail_words <= 4
            and not _BARE_NUMBER.fullmatch(src)
        ):
            return src, f"source:trailing:lexicon:speech_acts:{line}"
        if not src and tail_words <= 8:
            src = _np_after(sentence, e)
            if src:
                return src, f"source:trailing:lexicon:speech_acts:{line}"
    # Inside a quotation that closes later in the paragraph: the speaker named after the closing quote.
    pos = s_in_para + f_start
    opened = para.rfind("“", 0, pos)
    if opened >= 0 and para.rfind("”", 0, pos) < opened:
        close = para.find("”", pos)
        if close >= 0:
            m = _quote_tag().match(para[close + 1 :])
            if m:
                return m.group(1).strip(), "source:after-closing-quote"
    return "", ""


@cache
def _quote_tag() -> re.Pattern[str]:
    """'”, the ministry said': the speaker after a closing quotation (verbs: word list quote-tag, speech_acts.csv)."""
    return re.compile(rf"\s*,?\s*([^,.;:]{{1,60}}?)\s+({'|'.join(word_list('quote-tag'))})\b")


_BARE_NUMBER = re.compile(r"[\d.,]+\s*(?:%|per ?cent)?", re.I)

#: The source of a figure in quotation marks whose speaker the text does not name.
UNNAMED_QUOTE_SOURCE = "an unnamed speaker (in quotation marks)"


def _denied_fallback(sentences: pd.DataFrame, idx: int, s_text: str, f_start: int, f_end: int, reported: bool) -> str:
    """A rule name when the figure is in a claim the article reports as denied, else ''."""
    denials = _cues(s_text, ("denial",))
    for s, e, _cue, _cat, line in denials:
        prefix = s_text[max(0, s - 12) : s].lower()
        if re.search(r"(?:not|n't|never|no)\s+$", prefix):
            continue  # "did not deny"
        if e <= f_start:
            return f"status:denied:after-denial:lexicon:speech_acts:{line}"
        # ", something the coalition denied": a back-reference after the figure.
        if s >= f_end:
            between = s_text[f_end:s]
            if "," in between and _cues(between[between.find(",") :], ("anaphor",)):
                return f"status:denied:back-reference:lexicon:speech_acts:{line}"
    if not reported:
        return ""
    # A later sentence of the same paragraph denies "the reports".
    para = sentences.iloc[idx]["paragraph"]
    for j in range(idx + 1, min(idx + 3, len(sentences))):
        nxt = sentences.iloc[j]
        if nxt["paragraph"] != para:
            break
        t = str(nxt["text"])
        ds = [
            d
            for d in _cues(t, ("denial",))
            if not re.search(r"(?:not|n't|never|no)\s+$", t[max(0, d[0] - 12) : d[0]].lower())
        ]
        if ds and _cues(t, ("anaphor",)):
            return f"status:denied:next-sentence:lexicon:speech_acts:{ds[0][4]}"
    return ""


# A headline that ends in ": monitor" or ": officials" names its source after the colon.
_HEADLINE_TAG = re.compile(r":\s*([A-Za-z][\w.'’ -]{0,40}?)\s*$")


def _attribution_source(attributions: pd.DataFrame, start: int, end: int) -> str | None:
    a = attributions
    try:
        inside = a[(a["content_start"] <= start) & (a["content_end"] >= end)]
    except (KeyError, TypeError):
        return None
    if not len(inside):
        return None
    length = inside["content_end"] - inside["content_start"]
    row = inside.loc[length.astype(float).idxmin()]
    # A pronoun source ("he said") is only useful with the name it stands for.
    resolved = row.get("source_resolved")
    return str(resolved) if isinstance(resolved, str) and resolved.strip() else str(row["source"])


def _claims_denied(claims: pd.DataFrame, start: int, end: int) -> bool:
    try:
        c = claims
        inside = c[(c["content_start"] <= start) & (c["content_end"] >= end)]
        if (inside["stance"] == "denial").any():
            return True
        targets = set(c.loc[c["stance"] == "denial", "target"].dropna().tolist())
        return bool(set(inside["id"].tolist()) & targets)
    except (KeyError, TypeError):
        return False


class _SpanLookup:
    """`_attribution_source` and `_claims_denied` for many figures: candidates from an IntervalIndex.

    Built only for a frame with a unique index and integer offsets; otherwise (or on any
    surprise) the DataFrame functions above answer, so results are the same.
    """

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self.ok = False
        try:
            if not frame.index.is_unique:
                return
            starts, ends = frame["content_start"].tolist(), frame["content_end"].tolist()
            spans = []
            for cs, ce in zip(starts, ends):
                if pd.isna(cs) or pd.isna(ce):
                    spans.append((None, None))
                elif isinstance(cs, int) and isinstance(ce, int):
                    spans.append((cs, ce))
                else:
                    return
        except (KeyError, TypeError):
            return
        self.spans = spans
        self.index = IntervalIndex(spans)
        self.ok = True

    def containing(self, start: int, end: int) -> list[int]:
        """Positions of rows whose content holds [start, end], in frame order."""
        return [
            i
            for i in self.index.near(start)
            if self.spans[i][0] is not None and self.spans[i][0] <= start and self.spans[i][1] >= end
        ]


class _AttributionSources(_SpanLookup):
    def __init__(self, frame: pd.DataFrame):
        super().__init__(frame)
        if self.ok:
            self.rows = frame.reset_index(drop=True)

    def __call__(self, start: int, end: int) -> str | None:
        if not self.ok or end < start:
            return _attribution_source(self.frame, start, end)
        inside = self.containing(start, end)
        if not inside:
            return None
        # idxmin: the first row of least content length.
        best = min(inside, key=lambda i: (float(self.spans[i][1] - self.spans[i][0]), i))
        row = self.rows.iloc[best]
        resolved = row.get("source_resolved")
        return str(resolved) if isinstance(resolved, str) and resolved.strip() else str(row["source"])


class _DeniedClaims(_SpanLookup):
    def __init__(self, frame: pd.DataFrame):
        super().__init__(frame)
        if self.ok:
            try:
                self.denial = (frame["stance"] == "denial").tolist()
                self.ids = frame["id"].tolist()
                self.targets = set(frame.loc[frame["stance"] == "denial", "target"].dropna().tolist())
            except (KeyError, TypeError):
                self.ok = False

    def __call__(self, start: int, end: int) -> bool:
        if not self.ok or end < start:
            return _claims_denied(self.frame, start, end)
        inside = self.containing(start, end)
        if any(self.denial[i] for i in inside):
            return True
        return bool({self.ids[i] for i in inside} & self.targets)


# ---------------------------------------------------------------- main


def find_figures(
    article, *, attributions: pd.DataFrame | None = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every quantity in `article`, with its range, what it counts, its source and status.

    Args:
        article: an `Article`.
        attributions: the `trace_attributions` frame (computed through the registry when
            None, so a call alone reads what `analyze` reads); when it has rows, a figure's
            `source` is the innermost attribution whose content contains it.
        claims: the `find_claims` frame (computed likewise when None); when it has rows, a
            figure inside a denial's content, or inside a claim a denial targets, is `denied`.

    Returns:
        A DataFrame with `COLUMNS`, sorted by `start` (conventions in the module docstring).
    """
    from .registry import inputs  # the registry names this module: import at call time

    given = inputs(article, "figures", attributions=attributions, claims=claims)
    attributions, claims = given["attributions"], given["claims"]
    use_attr = isinstance(attributions, pd.DataFrame) and len(attributions) > 0
    use_claims = isinstance(claims, pd.DataFrame) and len(claims) > 0
    sentences = article.sentences.reset_index(drop=True)
    paragraphs = article.paragraphs.set_index("paragraph") if len(article.paragraphs) else None
    attribution_source = _AttributionSources(attributions) if use_attr else None
    claims_denied = _DeniedClaims(claims) if use_claims else None
    quotes = reading(article).quote_index  # the quotations every finder shares
    rows = []
    for idx, sent in enumerate(sentences.itertuples(index=False)):
        s_text, s_start = str(sent.text), int(sent.start)
        figs = _number_candidates(s_text, lambda s_text=s_text: _blocked_spans(s_text))
        if not figs:
            continue
        figs = _merge_ranges(s_text, figs)
        _apply_qualifiers(s_text, figs)
        para_text, s_in_para = s_text, 0
        if paragraphs is not None and sent.paragraph in paragraphs.index:
            para_text = str(paragraphs.loc[sent.paragraph, "text"])
            s_in_para = s_start - int(paragraphs.loc[sent.paragraph, "start"])
        estimate_cue = _cues(s_text, ("estimate",))
        for f in figs:
            rules = list(f.rules)
            source = None
            if use_attr:
                source = attribution_source(s_start + f.start, s_start + f.end)
                if source:
                    rules.append("source:attributions")
            else:
                src, rule = _fallback_source(s_text, para_text, s_in_para, f.start)
                tag = _HEADLINE_TAG.search(s_text) if str(sent.role) in ("headline", "related-headline") else None
                if not src and tag and tag.start() >= f.end:
                    src, rule = tag.group(1), "source:headline-tag"
                if src:
                    source = src
                    rules.append(rule)
            if not source and quotes.at(s_start + f.start, level=0) is not None:
                # Quoted words are someone's, never the article's own statement: name the speaker when the
                # sentence or paragraph does, else say that the speaker is not named.
                src, rule = _fallback_source(s_text, para_text, s_in_para, f.start)
                source = src or UNNAMED_QUOTE_SOURCE
                rules.append(rule or "source:inside-quotation")
            reported = bool(source)
            source = source or "the article"
            denied = ""
            if use_claims:
                if claims_denied(s_start + f.start, s_start + f.end):
                    denied = "status:denied:claims"
            else:
                denied = _denied_fallback(sentences, idx, s_text, f.start, f.end, reported)
            if denied:
                status = "denied"
                rules.append(denied)
            elif "estimated" in f.qualifier or estimate_cue or "estimate" in source.lower():
                status = "estimated"
                rules.append("status:estimated")
            elif reported:
                status = "reported"
            else:
                status = "stated"
            rows.append(
                {
                    "sentence": int(sent.sentence),
                    "start": s_start + f.start,
                    "end": s_start + f.end,
                    "text": s_text[f.start : f.end],
                    "value": float(f.value),
                    "low": float(f.low),
                    "high": float(f.high),
                    "qualifier": f.qualifier,
                    "what": _what(s_text, f),
                    "source": source,
                    "status": status,
                    "role": str(sent.role),
                    "rule": "; ".join(rules),
                }
            )
    frame = pd.DataFrame(rows, columns=COLUMNS[1:])
    frame = frame.sort_values("start", kind="stable").reset_index(drop=True)
    frame.insert(0, "id", range(len(frame)))
    for col in ("id", "sentence", "start", "end"):
        frame[col] = frame[col].astype("int64")
    for col in ("value", "low", "high"):
        frame[col] = frame[col].astype("float64")
    return frame[COLUMNS]

"""Date expressions: the named rules that find them in a text, and their spans.

`RULES` is the table the date finder scans with, in priority order (an earlier rule wins an
overlap). Each `DateRule` has a name (the ``date:<name>`` of a ``rule`` column), a ``kind``
(``absolute``, ``partial``, ``relative``), its pattern, whether it is a calendar expression
(`date_spans`) and the literals it cannot match without. `scan` returns the hits; how each is
placed on the calendar is `date_resolve`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..calendar_words import calendar_words
from ..span import Span
from .holidays import holiday_regex
from .number_lexicons import number_words

_CAL = calendar_words()  # month and weekday names: lexicons/calendar.csv

# Month names must be capitalised: "may" and "march" are also verbs.
_MONTH = rf"(?:{_CAL.month_alternation(abbreviations=False)}|(?:{_CAL.month_alternation(full=False)})\.?)"
_WEEKDAY = rf"(?:{_CAL.weekday_alternation()})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "on"/"in" do not change a date's meaning and belong to its span ("On Saturday", "in November").
_PREP = r"(?:(?:[Oo]n|[Ii]n)\s+)"
# Other prepositions cue a bare month or year but stay outside the span ("since 2015" spans "2015").
_CUE_WORDS = ("Since", "Until", "By", "During", "From", "Through", "Before", "After", "Of", "Early", "Late")
_CUE_BEHIND = "(?:" + "|".join(f"(?<=[{w[0]}{w[0].lower()}]{w[1:]} )" for w in _CUE_WORDS) + ")"
_PART = r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)"  # "early June", "mid-June"
# A count of days, weeks...: digits, "a"/"an", a unit word of lexicons/number_words.csv ("three"), or a
# vague count that names no number ("a few", "several": found, left unresolved).
UNIT_WORDS = {w: int(number_words().value[w][0]) for w in number_words().of("unit")}
_NUMW = rf"(?:\d+|an?|{'|'.join(UNIT_WORDS)}|a\s+couple\s+of|a\s+few|several)"
_UNIT = r"(?:days?|weeks?|months?|years?|hours?)"
_WD = rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?"  # a weekday written before a day ("Monday, Oct. 26")
_REL = r"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)"

# The pattern of each rule, by rule name.
_PATTERNS: dict[str, str] = {
    "iso-date": rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>{_DAY})(?![\w-])",
    "month-day-year": rf"{_PREP}?{_WD}(?P<month>{_MONTH})\s+(?P<d>{_DAY}){_ORD},?\s+(?P<y>{_YEAR})(?!\d)",
    "day-month-year": rf"{_PREP}?{_WD}(?<!\d)(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<y>{_YEAR})(?!\d)",
    "month-year": rf"{_PREP}?{_PART}?(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d)",
    "month-day": rf"{_PREP}?{_WD}(?P<month>{_MONTH})\s+(?P<d>{_DAY}){_ORD}(?![\d:.,]\d|\w)",
    "day-month": rf"{_PREP}?{_WD}(?:the\s+)?(?<![\d.,])(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<month>{_MONTH})(?!\w)",
    # A bare month name needs a cue before it ("in June", "last June"): "May" alone is usually a verb.
    "last-month-name": rf"(?<![\w-]){_REL}\s+(?P<month>{_MONTH})(?!\w)",
    "month-name": rf"(?:{_PREP}|{_PART}|{_CUE_BEHIND})(?:{_PART})?(?P<month>{_MONTH})(?!\w)",
    "year": rf"(?:{_PREP}|{_CUE_BEHIND})(?:{_PART})?(?P<y>{_YEAR})(?![\w-]|[.,]\d)",
    "weekday": rf"(?:{_REL}\s+|{_PREP})?(?P<wd>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?(?!\w)",
    "relative-period": (
        r"(?<![\w-])(?P<pre>(?:(?:[Ee]arlier|[Ll]ater)\s+)?)(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+"
        r"(?P<unit>week|weekend|month|year)(?![\w-])"
    ),
    "day-word": (
        r"(?<![\w-])(?P<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast\s+night"
        r"|[Tt]his\s+(?:morning|afternoon|evening))(?![\w-])"
    ),
    "ago": rf"(?<![\w-])(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+ago(?![\w-])",
    "event-relative": (
        rf"(?<![\w-])(?:(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+(?:after|later|before|earlier)"
        rf"|the\s+(?:day|week|month)\s+(?:after|before))(?![\w-])"
    ),
    "vague": r"(?<![\w-])(?:[Rr]ecent(?:ly)?|[Ll]ately)(?![\w-])",
}

# Literals a rule cannot match without (same case rules as the rule): a rule whose literal is
# absent from a text cannot match, so skipping it changes nothing and saves most scans.
_Y = re.compile(_YEAR)
_M = re.compile("|".join(sorted({name[:3] for name in _CAL.month_names + _CAL.month_abbrs})))
_I = re.IGNORECASE
_DAY_WORDS = re.compile("esterday|oday|night|omorrow|morning|afternoon|evening")
_SEQUENCE = re.compile("after|later|before|earlier", _I)


@dataclass(frozen=True)
class DateRule:
    """One named rule: `pattern` None is the holiday rule, built from lexicons/holidays.csv on first use."""

    name: str
    kind: str
    pattern: re.Pattern[str] | None
    needs: tuple[re.Pattern[str], ...] = ()
    calendar: bool = True


def _rule(name: str, kind: str, needs: tuple, calendar: bool = True, flags: int = 0) -> DateRule:
    return DateRule(name, kind, re.compile(_PATTERNS[name], flags), needs, calendar)


#: The rules in priority order; earlier rules win overlaps.
RULES: tuple[DateRule, ...] = (
    _rule("iso-date", "absolute", (_Y,)),
    DateRule("holiday", "partial", None),
    _rule("month-day-year", "absolute", (_Y, _M)),
    _rule("day-month-year", "absolute", (_Y, _M)),
    _rule("month-year", "absolute", (_Y, _M)),
    _rule("month-day", "partial", (_M,)),
    _rule("day-month", "partial", (_M,)),
    _rule("last-month-name", "relative", (_M,)),
    _rule("month-name", "partial", (_M,)),
    _rule("year", "absolute", (_Y,)),
    _rule("weekday", "relative", (re.compile("day"),)),
    _rule("relative-period", "relative", (re.compile("week|month|year"),), False),
    _rule("day-word", "relative", (_DAY_WORDS,), False),
    _rule("ago", "relative", (re.compile("ago", _I),), False, _I),
    _rule("event-relative", "relative", (_SEQUENCE,), False, _I),
    _rule("vague", "relative", (re.compile("ecent|ately"),), False),
)


@dataclass(frozen=True)
class Hit:
    """One date expression found by a rule: its span in the scanned text and the match."""

    start: int
    end: int
    rule: str
    kind: str
    match: re.Match
    calendar: bool


@lru_cache(maxsize=1)
def _holiday_pattern() -> re.Pattern[str]:
    """A named day (lexicons/holidays.csv), with "last"/"this"/"next" before it or a year after it."""
    names = holiday_regex().pattern
    return re.compile(
        rf"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+|{_PREP})?{names}(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d))?"
    )


def scan(text: str) -> list[Hit]:
    """All date expressions in `text`, non-overlapping, earlier rules winning."""
    taken: list[Span] = []
    hits: list[Hit] = []
    found: dict[re.Pattern[str], bool] = {}
    for rule in RULES:
        if not all(found[n] if n in found else found.setdefault(n, n.search(text) is not None) for n in rule.needs):
            continue
        if rule.pattern is None and holiday_regex().search(text) is None:
            continue  # no named day: the slower pattern with "last"/"on"/a year need not run
        kind = rule.kind
        for m in (rule.pattern or _holiday_pattern()).finditer(text):
            s, e = m.span()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append(Span(s, e))
            if rule.name == "holiday":  # a year makes it absolute, "last"/"next" relative
                kind = "absolute" if m["y"] else "relative" if m["rel"] else "partial"
            hits.append(Hit(s, e, rule.name, kind, m, rule.calendar))
    hits.sort(key=lambda h: h.start)
    return hits


def date_spans(text: str) -> list[Span]:
    """Spans of calendar expressions (month names, weekdays, years) in `text`.

    Used by `find_figures` so the numbers in "January 15" or "June 2017" are not
    counted. Durations such as "a couple of days after" are not included: they
    are quantities as well as dates.
    """
    if not isinstance(text, str) or not text:
        return []
    return [Span(h.start, h.end) for h in scan(text) if h.calendar]

"""Dates: find date expressions and place them on the calendar.

`find_dates(article, *, published=None)` returns one row per date expression:

- ``kind``: ``absolute`` (the year is written: "26 December 2018", "June 2017",
  "in 2017"), ``partial`` (month and day or month only, no year: "January 15",
  "in November") or ``relative`` (needs an anchor: "Monday", "last month",
  "Last June", "yesterday", "three days ago", "a couple of days after",
  "recent").
- ``date_low``/``date_high``: the calendar range as pandas Timestamps (equal for
  a single day; a whole month or week for "last month", "earlier this week").
  ``NaT`` when the expression cannot be placed.
- ``anchor``: what the date was resolved against, or what is missing.
- ``event``: up to 12 words of the clause the date sits in, without the date
  itself, so a timeline can label it. A heuristic, not a parse.

Newspaper conventions used to resolve against the publication date ``P``
(the usual reading; a reporter may mean otherwise). Where the sentence's tense
says which way to look, it decides (`sentence_tense`: the nearest cue from
``lexicons/tense_cues.csv`` before the date, else after it; "will", "planned",
"scheduled" look ahead, "was", "said", "claimed" look back):

- a weekday ("Monday", "on Saturday") is the most recent such day on or
  before ``P``, or the first after ``P`` when the sentence speaks of the future
  ("will meet on Saturday", "planned a demonstration on Saturday"); "last
  Monday" the one before that week's, "next Monday" the first after ``P``;
- "last month"/"this month"/"next month" and the same with week/year are
  calendar ranges (weeks run Monday to Sunday); "earlier this week" runs from
  that Monday to ``P``;
- "in November" (no year) is the most recent November on or before ``P``'s
  month (the next one in a future sentence); "last June" is the most recent
  June strictly before ``P``'s month;
- "January 15", "Jan. 14" (no year) is the occurrence nearest to ``P``, on or
  before it in a past sentence, on or after it in a future one; a weekday
  written with it ("Monday, Oct. 26") picks the year in which it falls on that
  day, and a weekday that contradicts a written year is pointed out in ``anchor``;
- a named day ("Election Day", "Thanksgiving", "Christmas Eve"; rules in
  ``lexicons/holidays.csv``) is placed like "January 15", or in the year
  written after it ("Easter 2020"), or by "last"/"next"/"this";
- "N days/weeks ago" and "a year ago" count back from ``P`` to a day; "N months
  ago" is that calendar month; "N days after/later" counts from another event
  and is left unresolved.

A date inside a quotation (by the shared reading's quotations, `reading.quotes`)
is resolved against the article's date too, though the quoted speaker may have
spoken days earlier: the ``anchor`` says so.

The publication date is `published` (a date, or text read as a date:
"2019-01-21", "January 21, 2019"), else ``article.meta["date"].date``: the
typed day `infer_meta` found stated ("Published January 21, 2019", a dateline,
the page's metadata). An inferred lower bound ("on or after ...") is no
publication date, so relative dates then stay unresolved.

`date_spans(text)` gives the spans of calendar expressions (with month names,
weekdays, years), which `find_figures` skips so "January 15" is no figure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..calendar_words import calendar_words
from ..lexicon import load_lexicon
from .holidays import describe_rule, holiday_regex, holiday_rule, rule_day
from .number_lexicons import number_words
from .reading import reading

COLUMNS = ["id", "sentence", "start", "end", "text", "kind", "anchor", "date_low", "date_high", "event", "rule"]

_CAL = calendar_words()  # month and weekday names: lexicons/calendar.csv
_MONTHS = _CAL.months
_WEEKDAYS = _CAL.weekdays

# Month names must be capitalised: "may" and "march" are also verbs.
_MONTH = rf"(?:{_CAL.month_alternation(abbreviations=False)}|(?:{_CAL.month_alternation(full=False)})\.?)"
_WEEKDAY = rf"(?:{_CAL.weekday_alternation()})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "on"/"in" do not change a date's meaning and belong to its span ("On Saturday", "in November").
_PREP = r"(?:(?:[Oo]n|[Ii]n)\s+)"
# Other prepositions cue a bare month or year but stay outside the span ("since 2015" spans "2015").
_CUE_BEHIND = (
    "(?:"
    + "|".join(
        f"(?<={w} )"
        for w in (
            "[Ss]ince",
            "[Uu]ntil",
            "[Bb]y",
            "[Dd]uring",
            "[Ff]rom",
            "[Tt]hrough",
            "[Bb]efore",
            "[Aa]fter",
            "[Oo]f",
            "[Ee]arly",
            "[Ll]ate",
        )
    )
    + ")"
)
_PART = r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)"  # "early June", "mid-June"
# A count of days, weeks...: digits, "a"/"an", a unit word of lexicons/number_words.csv ("three"), or a
# vague count that names no number ("a few", "several": found, left unresolved).
_UNIT_WORDS = {w: int(number_words().value[w][0]) for w in number_words().of("unit")}
_NUMW = rf"(?:\d+|an?|{'|'.join(_UNIT_WORDS)}|a\s+couple\s+of|a\s+few|several)"
_UNIT = r"(?:days?|weeks?|months?|years?|hours?)"

_NUMBER_WORDS = {"a": 1, "an": 1, **_UNIT_WORDS}

# (rule name, kind, compiled pattern, calendar?) in priority order; earlier rules win overlaps.
# The holiday rule's pattern is built from lexicons/holidays.csv on first use (`_holiday_pattern`).
_RULES: list[tuple[str, str, re.Pattern[str] | None, bool]] = [
    (
        "iso-date",
        "absolute",
        re.compile(rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>{_DAY})(?![\w-])"),
        True,
    ),
    ("holiday", "partial", None, True),
    (
        "month-day-year",
        "absolute",
        re.compile(
            rf"{_PREP}?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<d>{_DAY}){_ORD},?\s+(?P<y>{_YEAR})(?!\d)"
        ),
        True,
    ),
    (
        "day-month-year",
        "absolute",
        re.compile(
            rf"{_PREP}?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?<!\d)(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<y>{_YEAR})(?!\d)"
        ),
        True,
    ),
    (
        "month-year",
        "absolute",
        re.compile(rf"{_PREP}?{_PART}?(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d)"),
        True,
    ),
    (
        "month-day",
        "partial",
        re.compile(rf"{_PREP}?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<d>{_DAY}){_ORD}(?![\d:.,]\d|\w)"),
        True,
    ),
    (
        "day-month",
        "partial",
        re.compile(
            rf"{_PREP}?(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?<![\d.,])(?P<d>{_DAY}){_ORD}\s+(?:of\s+)?(?P<month>{_MONTH})(?!\w)"
        ),
        True,
    ),
    # A bare month name needs a cue before it ("in June", "last June"): "May" alone is usually a verb.
    (
        "last-month-name",
        "relative",
        re.compile(rf"(?<![\w-])(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?P<month>{_MONTH})(?!\w)"),
        True,
    ),
    (
        "month-name",
        "partial",
        re.compile(rf"(?:{_PREP}|{_PART}|{_CUE_BEHIND})(?:{_PART})?(?P<month>{_MONTH})(?!\w)"),
        True,
    ),
    ("year", "absolute", re.compile(rf"(?:{_PREP}|{_CUE_BEHIND})(?:{_PART})?(?P<y>{_YEAR})(?![\w-]|[.,]\d)"), True),
    (
        "weekday",
        "relative",
        re.compile(
            rf"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+|{_PREP})?(?P<wd>{_WEEKDAY})"
            rf"(?:\s+(?:morning|afternoon|evening|night))?(?!\w)"
        ),
        True,
    ),
    (
        "relative-period",
        "relative",
        re.compile(
            r"(?<![\w-])(?P<pre>(?:(?:[Ee]arlier|[Ll]ater)\s+)?)(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+"
            r"(?P<unit>week|weekend|month|year)(?![\w-])"
        ),
        False,
    ),
    (
        "day-word",
        "relative",
        re.compile(
            r"(?<![\w-])(?P<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast\s+night"
            r"|[Tt]his\s+(?:morning|afternoon|evening))(?![\w-])"
        ),
        False,
    ),
    (
        "ago",
        "relative",
        re.compile(rf"(?<![\w-])(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+ago(?![\w-])", re.IGNORECASE),
        False,
    ),
    (
        "event-relative",
        "relative",
        re.compile(
            rf"(?<![\w-])(?:(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+(?:after|later|before|earlier)"
            rf"|the\s+(?:day|week|month)\s+(?:after|before))(?![\w-])",
            re.IGNORECASE,
        ),
        False,
    ),
    ("vague", "relative", re.compile(r"(?<![\w-])(?:[Rr]ecent(?:ly)?|[Ll]ately)(?![\w-])"), False),
]


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    rule: str
    kind: str
    match: re.Match
    calendar: bool


# Literals each rule cannot match without (same case rules as the rule): a rule whose
# literal is absent cannot match, so skipping it changes nothing and saves most scans.
_NEED_YEAR = re.compile(_YEAR)
_NEED_MONTH = re.compile("|".join(sorted({name[:3] for name in _CAL.month_names + _CAL.month_abbrs})))
_NEEDS: dict[str, tuple[re.Pattern[str], ...]] = {
    "iso-date": (_NEED_YEAR,),
    "month-day-year": (_NEED_YEAR, _NEED_MONTH),
    "day-month-year": (_NEED_YEAR, _NEED_MONTH),
    "month-year": (_NEED_YEAR, _NEED_MONTH),
    "month-day": (_NEED_MONTH,),
    "day-month": (_NEED_MONTH,),
    "last-month-name": (_NEED_MONTH,),
    "month-name": (_NEED_MONTH,),
    "year": (_NEED_YEAR,),
    "weekday": (re.compile("day"),),
    "relative-period": (re.compile("week|month|year"),),
    "day-word": (re.compile("esterday|oday|night|omorrow|morning|afternoon|evening"),),
    "ago": (re.compile("ago", re.IGNORECASE),),
    "event-relative": (re.compile("after|later|before|earlier", re.IGNORECASE),),
    "vague": (re.compile("ecent|ately"),),
}


@lru_cache(maxsize=1)
def _holiday_pattern() -> re.Pattern[str]:
    """A named day (lexicons/holidays.csv), with "last"/"this"/"next" before it or a year after it."""
    names = holiday_regex().pattern
    return re.compile(
        rf"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+|{_PREP})?{names}(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})(?!\d))?"
    )


def _scan(text: str) -> list[_Hit]:
    """All date expressions in `text`, non-overlapping, earlier rules winning."""
    taken: list[tuple[int, int]] = []
    hits: list[_Hit] = []
    found: dict[re.Pattern[str], bool] = {}
    for rule, kind, pattern, is_calendar in _RULES:
        needs = _NEEDS.get(rule, ())
        if not all(found[n] if n in found else found.setdefault(n, n.search(text) is not None) for n in needs):
            continue
        if pattern is None and holiday_regex().search(text) is None:
            continue  # no named day: the slower pattern with "last"/"on"/a year need not run
        for m in (pattern or _holiday_pattern()).finditer(text):
            s, e = m.span()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if rule == "holiday":  # a year makes it absolute, "last"/"next" relative
                kind = "absolute" if m["y"] else "relative" if m["rel"] else "partial"
            hits.append(_Hit(s, e, rule, kind, m, is_calendar))
    hits.sort(key=lambda h: h.start)
    return hits


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of calendar expressions (month names, weekdays, years) in `text`.

    Used by `find_figures` so the numbers in "January 15" or "June 2017" are not
    counted. Durations such as "a couple of days after" are not included: they
    are quantities as well as dates.
    """
    if not isinstance(text, str) or not text:
        return []
    return [(h.start, h.end) for h in _scan(text) if h.calendar]


def _month_range(year: int, month: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    last = calendar.monthrange(year, month)[1]
    return pd.Timestamp(year, month, 1), pd.Timestamp(year, month, last)


def _safe_day(year: int, month: int, day: int) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(year, month, day)
    except ValueError:  # "February 30"
        return None


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    if word.startswith("a couple"):
        return 2
    return _NUMBER_WORDS.get(word)


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _nearest(
    candidates: list[pd.Timestamp | None], p: pd.Timestamp, tense: str | None, weekday: str | None
) -> tuple[pd.Timestamp | None, str]:
    """The candidate day nearest to `p`: on or after it if `tense` is future, on or before it if past.

    A `weekday` named with the date ("Monday, Oct. 26") keeps only the candidates that fall on it,
    when any does. Returns (day, what the weekday decided: "" when none was named).
    """
    days = [d for d in candidates if d is not None]
    how = ""
    if weekday:
        matching = [d for d in days if d.weekday() == _WEEKDAYS[weekday.lower()]]
        if matching:
            days, how = matching, f", the year in which it is a {weekday.capitalize()}"
        else:
            how = f" (no year near it has it on a {weekday.capitalize()}: check the text)"
    if tense == "future" and any(d >= p for d in days):
        days = [d for d in days if d >= p]
    elif tense == "past" and any(d <= p for d in days):
        days = [d for d in days if d <= p]
    if not days:
        return None, "not a calendar day"
    return min(days, key=lambda d: (abs(d - p), d > p)), how


def _resolve(
    hit: _Hit, published: dt.date | None, tense: str | None = None
) -> tuple[pd.Timestamp | None, pd.Timestamp | None, str]:
    """(low, high, anchor) for one hit; None where it cannot be placed. `tense`: "future", "past" or None."""
    m, rule = hit.match, hit.rule
    gd = m.groupdict()
    pub_anchor = f"publication date {published.isoformat()}" if published else ""
    missing = "needs the publication date"
    if rule in ("iso-date", "month-day-year", "day-month-year"):
        month = int(gd["m"]) if rule == "iso-date" else _MONTHS[gd["month"].rstrip(".").lower()]
        day = _safe_day(int(gd["y"]), month, int(gd["d"]))
        if day is None:
            return None, None, "not a calendar day"
        named = gd.get("wd")
        if named and day.weekday() != _WEEKDAYS[named.lower()]:
            return (
                day,
                day,
                f"none needed (but it was a {_CAL.weekday_names[day.weekday()]}, not a {named.capitalize()}: check the text)",
            )
        return day, day, "none needed"
    if rule == "holiday":
        name, how = holiday_rule(m)
        said = f"{name}: {describe_rule(how)}"
        if gd.get("y"):
            day = pd.Timestamp(rule_day(how, int(gd["y"])))
            return day, day, f"none needed ({said})"
        if published is None:
            return None, None, missing
        p = pd.Timestamp(published)
        rel = (gd.get("rel") or "").lower()
        days = [pd.Timestamp(rule_day(how, y)) for y in (p.year - 1, p.year, p.year + 1)]
        if rel == "last":
            day = max(d for d in days if d < p)
        elif rel == "next":
            day = min(d for d in days if d > p)
        elif rel == "this":
            day = days[1]
        else:
            day, _ = _nearest(days, p, tense, None)
        return day, day, f"{pub_anchor} ({said})"
    if rule == "month-year":
        low, high = _month_range(int(gd["y"]), _MONTHS[gd["month"].rstrip(".").lower()])
        return low, high, "none needed"
    if rule == "year":
        y = int(gd["y"])
        return pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31), "none needed"
    if rule == "vague":
        return None, None, "vague: no calendar date"
    if rule == "event-relative":
        return None, None, "relative to another event, not to the publication date"
    if published is None:
        return None, None, missing
    p = pd.Timestamp(published)
    if rule in ("month-day", "day-month"):
        month = _MONTHS[gd["month"].rstrip(".").lower()]
        candidates = [_safe_day(y, month, int(gd["d"])) for y in (p.year - 1, p.year, p.year + 1)]
        day, how = _nearest(candidates, p, tense, gd.get("wd"))
        if day is None:
            return None, None, how
        return day, day, pub_anchor + how
    if rule in ("month-name", "last-month-name"):
        month = _MONTHS[gd["month"].rstrip(".").lower()]
        rel = (gd.get("rel") or "").lower()
        if rel == "next":
            year = p.year if month > p.month else p.year + 1
        elif rel == "this":
            year = p.year
        elif rel in ("last", "past"):
            year = p.year if month < p.month else p.year - 1
        elif tense == "future":
            year = p.year if month >= p.month else p.year + 1
        else:
            year = p.year if month <= p.month else p.year - 1
        low, high = _month_range(year, month)
        return low, high, pub_anchor
    if rule == "weekday":
        wd = _WEEKDAYS[gd["wd"].lower()]
        rel = (gd.get("rel") or "").lower()
        back = (p.weekday() - wd) % 7
        day = p - pd.Timedelta(days=back)
        if rel == "next" or (not rel and tense == "future"):  # "will meet on Saturday": the coming one
            day = p + pd.Timedelta(days=(wd - p.weekday()) % 7 or 7)
        elif rel in ("last", "past"):
            # "last Monday": the Monday of the previous week when today is that weekday or earlier in the week.
            day = p - pd.Timedelta(days=back or 7)
        return day, day, pub_anchor
    if rule == "relative-period":
        unit, rel = gd["unit"].lower(), gd["rel"].lower()
        pre = gd["pre"].strip().lower()
        delta = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if unit == "month":
            y, mo = _shift_months(p.year, p.month, delta)
            low, high = _month_range(y, mo)
        elif unit == "year":
            low, high = pd.Timestamp(p.year + delta, 1, 1), pd.Timestamp(p.year + delta, 12, 31)
        elif unit == "weekend":
            saturday = p - pd.Timedelta(days=(p.weekday() - 5) % 7) + pd.Timedelta(days=7 * delta)
            if delta == 0 and saturday > p:
                saturday -= pd.Timedelta(days=7)
            low, high = saturday, saturday + pd.Timedelta(days=1)
        else:
            monday = p - pd.Timedelta(days=p.weekday()) + pd.Timedelta(days=7 * delta)
            low, high = monday, monday + pd.Timedelta(days=6)
        if pre == "earlier" and delta == 0:
            high = min(high, p)
        elif pre == "later" and delta == 0:
            low = max(low, p)
        return low, high, pub_anchor
    if rule == "day-word":
        word = " ".join(gd["word"].lower().split())
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        day = p + pd.Timedelta(days=offset)
        return day, day, pub_anchor
    if rule == "ago":
        n = _count(gd["n"])
        if n is None:  # "a few days ago", "several weeks ago"
            return None, None, "vague count: no calendar date"
        unit = gd["unit"].lower().rstrip("s")
        if unit == "hour":
            return p, p, pub_anchor
        if unit in ("day", "week"):
            day = p - pd.Timedelta(days=n * (7 if unit == "week" else 1))
            return day, day, pub_anchor
        if unit == "month":
            y, mo = _shift_months(p.year, p.month, -n)
            return _month_range(y, mo) + (pub_anchor,)
        day = _safe_day(p.year - n, p.month, p.day) or _safe_day(p.year - n, p.month, p.day - 1)
        return day, day, pub_anchor  # "a year ago": that day, a year before (28 February for a 29th)
    return None, None, missing


TENSE_CATEGORIES = frozenset({"future", "past"})
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


@lru_cache(maxsize=1)
def _tense_cues() -> dict[str, str]:
    frame = load_lexicon("tense_cues", categories=TENSE_CATEGORIES)
    return {str(c).lower(): str(k) for c, k in zip(frame["cue"], frame["category"])}


def _word_tense(word: str, cues: dict[str, str]) -> str | None:
    low = word.lower().replace("’", "'")
    if low in cues:
        return cues[low]
    if low.endswith("'ll"):
        return "future"  # "they'll"
    if word.islower() and len(word) >= 5 and word.endswith("ed"):
        return "past"  # "claimed", "started": a past form (lexicons/tense_cues.csv names the exceptions)
    return None


def sentence_tense(sentence: str, start: int, end: int) -> str | None:
    """ "future", "past" or None: what the sentence says about the date at [start, end).

    The nearest cue before the date decides ("planned a demonstration on Saturday": future;
    "claimed on January 15": past), or the word before "be" ("will be held on Monday": future), and
    "was"/"were"/"had" make it past ("was set on July 19"); with no cue before the date, the nearest
    after it ("On Saturday, the group will march"). Cues are in lexicons/tense_cues.csv; any other lower-case word in -ed is past.
    """
    cues = _tense_cues()
    before = _WORD.findall(sentence[:start])
    for i in range(len(before) - 1, -1, -1):
        tense = _word_tense(before[i], cues)
        if tense is None:
            continue
        helper = before[i - 1].lower() if i else ""
        if helper == "be":
            continue  # "will be held", "to be set": the word before "be" decides
        if helper in ("was", "were", "had"):
            return "past"  # "was set on July 19"
        return tense
    for word in _WORD.findall(sentence[end:]):
        tense = _word_tense(word, cues)
        if tense:
            return tense
    return None


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"]|\s[–—]\s")


def _event(sentence: str, start: int, end: int, max_words: int = 12) -> str:
    """Up to `max_words` of the clause around [start, end) in `sentence`, without the date."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    left = max(c for c in cuts if c <= start)
    right = min((c for c in cuts if c >= end), default=len(sentence))
    clause = (sentence[left:start] + " " + sentence[end:right]).strip(' ,;:.–—"“”')
    words = clause.split()
    if len(words) < 3:
        # The date is a clause of its own ("On Saturday, X reported:"): take the next clause.
        nxt = [c for c in cuts if c > right]
        if nxt:
            words = (clause + " " + sentence[right : nxt[0]]).strip(' ,;:.–—"“”()').split()
    if len(words) > max_words:
        # Keep the words nearest the date.
        before = len(sentence[left:start].split())
        lo = max(0, min(before - max_words // 2, len(words) - max_words))
        words = words[lo : lo + max_words]
    return " ".join(w.strip('“”"') for w in words).strip(" ,;:.")


def _published_from(article, published) -> dt.date | None:
    value = published
    if value is None:
        # The article's publication date as data (meta.Inference.date: a stated day), never its words: an
        # inferred "on or after December 26, 2018" is a lower bound, not the day to count from.
        inference = (getattr(article, "meta", None) or {}).get("date")
        value = getattr(inference, "date", None)
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, str):  # "Published January 21, 2019": read it as the timeline reads a date
        for hit in _scan(value):
            if hit.rule in ("month-day-year", "day-month-year", "iso-date"):
                low, high, _ = _resolve(hit, None)
                return low.date() if low is not None else None
    return None  # "January 2019", "late 2018": not a concrete day


def find_dates(article, *, published: dt.date | None = None) -> pd.DataFrame:
    """Date expressions in `article` with their calendar ranges.

    Args:
        article: an `Article`.
        published: the publication date to resolve relative dates against. Default:
            `article.meta["date"]` when it holds a concrete day, else relative dates stay NaT.

    Returns:
        A DataFrame with `COLUMNS`, sorted by `start`; `date_low`/`date_high` are Timestamps or NaT.
        ``frame.attrs["published"]`` is the day relative dates were resolved against, as data
        (a `datetime.date`, or None), so a chart need not read it back out of `anchor`.
    """
    pub = _published_from(article, published)
    quotes = reading(article).quote_index  # the quotations every finder shares
    rows = []
    for sent in article.sentences.itertuples(index=False):
        s_text, s_start = str(sent.text), int(sent.start)
        for hit in _scan(s_text):
            low, high, anchor = _resolve(hit, pub, sentence_tense(s_text, hit.start, hit.end))
            q = quotes.at(s_start + hit.start, level=0)
            inside = q is not None and s_start + hit.end <= q.end
            if anchor.startswith("publication date") and inside:
                anchor += " (inside a quotation: the speaker's own date may differ)"
            rows.append(
                {
                    "sentence": int(sent.sentence),
                    "start": s_start + hit.start,
                    "end": s_start + hit.end,
                    "text": s_text[hit.start : hit.end],
                    "kind": hit.kind,
                    "anchor": anchor,
                    "date_low": low if low is not None else pd.NaT,
                    "date_high": high if high is not None else pd.NaT,
                    "event": _event(s_text, hit.start, hit.end),
                    "rule": f"date:{hit.rule}",
                }
            )
    frame = pd.DataFrame(rows, columns=COLUMNS[1:])
    frame = frame.sort_values("start", kind="stable").reset_index(drop=True)
    frame.insert(0, "id", range(len(frame)))
    for col in ("date_low", "date_high"):
        frame[col] = pd.to_datetime(frame[col])
    for col in ("id", "sentence", "start", "end"):
        frame[col] = frame[col].astype("int64")
    frame = frame[COLUMNS]
    frame.attrs["published"] = pub
    return frame

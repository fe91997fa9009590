"""The publication date of an article: stated ("Published ...", a dateline, the page's metadata) or a lower
bound from the latest date the text mentions (the rules are listed in :mod:`medialit.meta`). Import these
through :mod:`medialit.meta`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .calendar_words import calendar_words
from .meta_evidence import Inference, _Sentences, inference_at, page_fact, stated

_ISO_HINT = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d\b")
_STATED_DATE = re.compile(
    r"(?m)^(?:first |last |originally )?(?:published|updated|posted)\b[\s:,-]*(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?", re.I
)


@dataclass(frozen=True)
class _DatePatterns:
    months: dict[str, int]
    month_names: tuple[str, ...]  # "" first, so that month_names[1] is January
    month_word: re.Pattern[str]
    dates: tuple[re.Pattern[str], ...]
    dateline_date: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _DatePatterns:
    """The date patterns, built from lexicons/calendar.csv on first use (importing medialit reads no list)."""
    cal = calendar_words()
    month = rf"(?P<month>{cal.month_alternation()})\.?"
    return _DatePatterns(
        months=cal.months,
        month_names=("", *cal.month_names),
        month_word=re.compile(rf"(?:{cal.month_alternation()})\b"),
        dates=(
            re.compile(rf"\b{month}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"),
            re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"),
            re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
            re.compile(rf"\b{month},?\s+(?P<year>(?:19|20)\d\d)\b(?!-)"),
        ),
        dateline_date=re.compile(
            rf"(?m)^[A-Z][A-Z .'’-]{{1,40}},\s+(?P<date>{month}\s+[0-3]?\d(?:,?\s+(?:19|20)\d\d)?)\s*(?:\([^)]{{1,30}}\))?\s*[-–—]"
        ),
    )


_FUTURE = re.compile(
    r"(?:will|shall|is (?:scheduled|due|set|expected)|are (?:scheduled|due|set|expected)|"
    r"scheduled for|next (?:week|month|year)|upcoming|plans? to|deadline)\b"
)


def _day(year: int | None, month: int, day: int | None) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year and day else None
    except ValueError:  # "February 30"
        return None


def _date_value(year: int | None, month: int, day: int | None) -> str:
    name = _patterns().month_names[month]
    parts = f"{name} {day}" if day else name
    return f"{parts}, {year}" if year and day else (f"{parts} {year}" if year else parts)


def _dates_in(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int | None, int, int | None, re.Match[str]]]:
    """(year, month, day, match) of each calendar date in text[lo:hi], in order, overlaps removed."""
    hi = len(text) if hi is None else hi
    found = []
    # Every written date has a month name or an ISO dash; find those fast, then read the date around it.
    pats = _patterns()
    anchors = [m.start() for m in pats.month_word.finditer(text, lo, hi)] + [
        m.start() for m in _ISO_HINT.finditer(text, lo, hi)
    ]
    for at in sorted(set(anchors)):
        if at > lo and text[at - 1].isalnum():
            continue
        left = max(lo, at - 12)
        for rank, rx in enumerate(pats.dates):
            if rank == 1:  # "15 January": the day stands before the month name
                m = next((c for c in rx.finditer(text, left, min(hi, at + 40)) if c.start("month") == at), None)
            else:
                m = rx.match(text, at, hi)
            if m is None:
                continue
            month = int(m.group("mnum")) if "mnum" in m.re.groupindex else pats.months[m.group("month").lower()]
            day = int(m.group("day")) if "day" in m.re.groupindex else None
            if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
                continue
            year = int(m.group("year")) if m.group("year") else None
            found.append((m.start(), rank, m.end(), (year, month, day, m)))
    found.sort(key=lambda f: (f[0], f[1]))
    kept, reach = [], -1
    for start, _, end, date in found:
        if start >= reach:
            kept.append(date)
            reach = end
    return kept


def _latest_yearless(dates: list[tuple[int, int, tuple]]) -> tuple[int, int, tuple]:
    """The latest of (month, day, ...) dates without a year, reading them as a run within one year.

    Sort by day of year and put the cut at the widest gap: the date just before it is the latest
    ("December 26" and "January 15" -> January 15, the gap from January to December being wider).
    """
    ordered = sorted(dates, key=lambda d: (d[0], d[1]))
    if len(ordered) == 1:
        return ordered[0]
    doy = [(m - 1) * 31 + d for m, d, _ in ordered]
    gaps = [((doy[(i + 1) % len(doy)] - doy[i]) % 372, i) for i in range(len(doy))]
    widest = max(gaps, key=lambda g: (g[0], g[1]))[1]
    return ordered[widest]


def infer_date(article) -> Inference | None:
    """The publication date if stated, else a lower bound from the latest date mentioned (see module doc)."""
    text = article.text
    rows = _Sentences(article)
    for m, row in rows.hits(_STATED_DATE, text):
        dates = _dates_in(text, m.end(), min(row[2], m.end() + 40))
        if m.start() == row[1] and dates and dates[0][3].start() == m.end() and dates[0][2]:
            year, month, day, _ = dates[0]
            return inference_at(
                _date_value(year, month, day),
                f"'{m.group().strip()}' followed by a date",
                row,
                "stated",
                _day(year, month, day),
            )
    for m, row in rows.hits(_patterns().dateline_date, text, skip_roles=("boilerplate", "related-headline")):
        if m.start() == row[1]:
            year, month, day, _ = _dates_in(m.group("date"))[0]
            return inference_at(
                _date_value(year, month, day), "dateline 'CITY, Month Day -'", row, "stated", _day(year, month, day)
            )
    future = {row[0] for _, row in rows.hits(_FUTURE, text)}
    with_year: list[tuple[tuple[int, int, int], tuple, str]] = []
    yearless: list[tuple[int, int, tuple]] = []
    for year, month, day, m in _dates_in(text):
        row = rows.row_at(m.start())
        if row is None or row[4] in ("related-headline", "boilerplate") or row[0] in future:
            continue
        if year:
            with_year.append(((year, month, day or 0), row, m.group()))
        elif day:
            yearless.append((month, day, (row, m.group())))
    basis = "latest calendar date mentioned ('{}'): the article cannot be older than the events it reports"
    if yearless:
        month, day, (row, said) = _latest_yearless(yearless)
        return inference_at(
            f"on or after {_patterns().month_names[month]} {day} (year not stated)", basis.format(said), row, "inferred"
        )
    if with_year:
        (year, month, day), row, said = max(with_year, key=lambda d: d[0])
        return inference_at(f"on or after {_date_value(year, month, day or None)}", basis.format(said), row, "inferred")
    return None


_ISO_DAY = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")


def stated_date(item: tuple[str, str, str] | None) -> Inference | None:
    """The page's stated publication date, with the day as data ("2024-03-05T09:00:00Z" -> 2024-03-05)."""
    found = stated(item)
    if found is None:
        return None
    iso = _ISO_DAY.match(found.value.strip())
    if iso:
        day = _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    else:
        dates = _dates_in(found.value)
        day = _day(*dates[0][:3]) if dates else None
    if day is None:
        return None  # a date we cannot read is no evidence; the text's rules decide
    value = f"{_patterns().month_names[day.month]} {day.day}, {day.year}"
    return page_fact(value, found.basis, found.evidence, day=day)

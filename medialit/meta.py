"""Publisher and date, inferred from evidence in the text, never guessed.

`infer_meta(article, page)` returns ``{"publisher": Inference | None, "date": Inference | None}``, plus
``author``, ``url``, ``reader`` and ``encoding`` when a loader read them (a web page's own metadata, the
address it came from, how its story was told from its furniture and anything not kept, the encoding of the
file). What a page states about itself in its metadata (JSON-LD,
Open Graph, ``<meta>`` tags, ``<time>``) is "stated" and wins; the text's evidence is the fallback.
An `Inference` carries its value, the rule that produced it (``basis``), the sentence
that is its evidence (``evidence``, ``sentence``, ``start``, ``end``: offsets into
``article.text``) and ``confidence``: ``"stated"`` when the text says it outright,
``"inferred"`` when it is a reading of indirect evidence. None when there is no evidence.

Publisher rules, strongest first:

1. stated: a wire dateline, ``WASHINGTON (Reuters) -`` / ``(AP) —``, at the start of a paragraph;
2. stated: a copyright line, ``Copyright 2019 The Outlet`` / ``© 2019 The Outlet``;
3. stated: a republication note, ``This article was first published by The Outlet``;
4. inferred: ``<Outlet> has learned`` / ``has obtained`` / ``can reveal``: an outlet speaks of itself
   in the third person;
5. inferred: ``told <Outlet>`` / ``in an interview with <Outlet>`` / ``in an email to <Outlet>``, when
   that outlet is not itself cited as a reporter anywhere in the text (``<Outlet> reported``,
   ``according to <Outlet>``): outlets write "told us" as "told <our name>".

Someone who "contributed to this report" is never the publisher. An outlet counts as one
when its name ends in a media word (News, Times, Post, ...) or is a known news brand: both
lists are data, in ``lexicons/outlets.csv`` (categories ``media-word`` and ``brand``).

Date rules:

1. stated: ``Published``/``Updated``/``Posted`` followed by a date, or a dateline date
   (``WASHINGTON, Jan. 15 (Reuters) -``);
2. inferred: the latest explicit calendar date the text mentions (outside future-tense
   sentences) is a lower bound: the article is from on or after it. Dates written without a
   year are taken to be recent (within a year of each other; "latest" wraps around the turn
   of the year) and, as in news style, later than any date given with a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from .calendar_words import calendar_words
from .lexicon import load_lexicon, word_list
from .sentence_index import SentenceIndex

#: Categories of lexicons/outlets.csv: a `media-word` ends an outlet's name (``Miami Herald``,
#: ``Fox News``); a `brand` is a news brand whose name has no media word (``Reuters``, ``Al Jazeera``).
OUTLET_CATEGORIES = frozenset({"media-word", "brand"})


@lru_cache(maxsize=1)
def outlet_names() -> tuple[frozenset[str], frozenset[str]]:
    """(media words, brands) from lexicons/outlets.csv, loaded once on first use; matched exactly."""
    frame = load_lexicon("outlets", categories=OUTLET_CATEGORIES)
    words = frozenset(frame.loc[frame["category"] == "media-word", "cue"])
    brands = frozenset(frame.loc[frame["category"] == "brand", "cue"])
    return words, brands


# A capitalised run on one line; a dot only inside a word ("U.S"), so a name never runs into the next sentence.
_NAME = (
    r"(?:[A-Z](?:[\w&'’-]|\.(?=\w))*|al-[A-Z][\w'-]*)"
    r"(?:[ \t\u00a0]+(?:[A-Z](?:[\w&'’-]|\.(?=\w))*|of|and|&|al-[A-Z][\w'-]*|de|du|la))*"
)
_OUTLET = rf"(?:the\s+|The\s+)?(?P<outlet>{_NAME})"
_TOLD = re.compile(
    # Literal cue words first (no leading \\b): the regex engine then scans long texts fast.
    rf"(?:told|tells|telling|[Ii]n an? (?:exclusive )?(?:interview|e-?mail|statement|phone call|phone interview)"
    rf" (?:with|to)|[Ss]peaking (?:to|with)|said to|wrote to|in comments to|confirmed to)\s+{_OUTLET}"
)
# Self-reference and credit cues are found first, then the name just before them.
_LEARNED = re.compile(
    r"(?:has|have|had) (?:learned|learnt|obtained|confirmed independently)\b|can (?:reveal|confirm)\b"
)
_NAME_BEFORE = re.compile(rf"{_OUTLET}[ \t\u00a0]+$")
_DATELINE = re.compile(r"(?m)^(?:[A-Z][\w .,'’-]{0,60}?\s)?\((?P<outlet>[A-Z][\w&.' -]{0,30}?)\)\s*[-–—:]")
_COPYRIGHT = re.compile(
    rf"(?:[Cc]opyright|COPYRIGHT|©|\([Cc]\))\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?,?\s*{_OUTLET}"
)
_REPUBLISHED = re.compile(rf"(?:first|originally) (?:published|appeared) (?:by|in|on|at)\s+{_OUTLET}")
_CONTRIBUTED = re.compile(r"contributed to this (?:report|story|article)")

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


@dataclass(frozen=True)
class Inference:
    """A value read from the text, with the rule, the evidence and how sure we are."""

    value: str
    basis: str
    evidence: str
    sentence: int | None
    start: int | None
    end: int | None
    confidence: str  # "stated" or "inferred"
    #: For the publication date: the day as data when it is known (a stated date), else None.
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (JSON-ready: the date as an ISO string)."""
        found = asdict(self)
        found["date"] = self.date.isoformat() if self.date is not None else None
        return found


def _clean_outlet(name: str) -> str:
    name = name.strip().rstrip(".,;:'’")
    name = re.sub(r"(?:['’]s)$", "", name)
    return re.sub(r"^(?:the|The)\s+", "", name)


def _trim_outlet(name: str) -> str | None:
    """The longest leading part of a capitalised run that is an outlet's name, or None."""
    media_words, brands = outlet_names()
    words = _clean_outlet(name).split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n]).rstrip(".,;:'’")
        cand = re.sub(r"['’]s$", "", cand)
        last = cand.split()[-1] if cand else ""
        if cand in brands or (last in media_words and n >= 2):
            return cand
    return None


class _Sentences:
    """Map text offsets to sentence rows, through the article's one `SentenceIndex`."""

    def __init__(self, article) -> None:
        self.index: SentenceIndex = article.sentence_index

    def row_at(self, pos: int) -> tuple | None:
        """(sentence, start, end, text, role) of the sentence holding offset `pos`, or None."""
        i = self.index.holding(pos)
        if i is None:
            return None
        ix = self.index
        return ix.ids[i], ix.starts[i], ix.ends[i], ix.texts[i], ix.roles[i]

    def hits(self, rx: re.Pattern[str], text: str, *, skip_roles: tuple[str, ...] = ()):
        """(match, row) for each match of `rx` in `text` that starts and ends inside one sentence."""
        for m in rx.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start()].isalnum():
                continue  # inside a word: the patterns start with literals, not \\b, for speed
            row = self.row_at(m.start())
            if row is not None and m.end() <= row[2] and row[4] not in skip_roles:
                yield m, row


def _names_before(rows: _Sentences, cue: re.Pattern[str], text: str):
    """(name, row) for each capitalised name standing just before a match of `cue` in the same sentence."""
    for m, row in rows.hits(cue, text):
        window = text[max(row[1], m.start() - 80) : m.start()]
        found = _NAME_BEFORE.search(window)
        if found:
            yield _clean_outlet(found.group("outlet")), row


def _inference(value: str, basis: str, row: tuple, confidence: str, day: dt.date | None = None) -> Inference:
    sid, start, end, text, _ = row
    return Inference(
        value=value, basis=basis, evidence=text, sentence=sid, start=start, end=end, confidence=confidence, date=day
    )


def _day(year: int | None, month: int, day: int | None) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year and day else None
    except ValueError:  # "February 30"
        return None


def infer_publisher(article) -> Inference | None:
    """The publisher from datelines, copyright lines, self-references or "told <Outlet>" (see module doc)."""
    text = article.text
    rows = _Sentences(article)
    contributors = {name for name, _ in _names_before(rows, _CONTRIBUTED, text)}
    for m, row in rows.hits(_DATELINE, text, skip_roles=("boilerplate",)):
        if m.start() != row[1]:
            continue  # a dateline opens its sentence
        name = _clean_outlet(m.group("outlet"))
        if (name in outlet_names()[1] or _trim_outlet(name)) and name not in contributors:
            return _inference(name, "wire dateline '(Outlet) -' at the start of a paragraph", row, "stated")
    for rx, basis in (
        (_COPYRIGHT, "copyright line names the owner"),
        (_REPUBLISHED, "republication note names the first publisher"),
    ):
        for m, row in rows.hits(rx, text):
            name = _trim_outlet(m.group("outlet")) or _clean_outlet(m.group("outlet"))
            if name and name not in contributors and name[0].isupper():
                return _inference(name, basis, row, "stated")
    for found, row in _names_before(rows, _LEARNED, text):
        name = _trim_outlet(found)
        if name and name not in contributors:
            return _inference(name, f"'{name} has learned': an outlet speaking of itself", row, "inferred")
    told: dict[str, list[tuple]] = {}
    for m, row in rows.hits(_TOLD, text, skip_roles=("boilerplate", "related-headline")):
        name = _trim_outlet(m.group("outlet"))
        if name and name not in contributors:
            told.setdefault(name, []).append(row)
    for name, found in sorted(told.items(), key=lambda item: (-len(item[1]), item[1][0][0])):
        if _cited_as_reporter(name, text):
            continue
        return _inference(
            name,
            f"a source 'told {name}' and {name} is never cited as reporting anything itself: "
            "outlets write 'told us' as 'told <our name>'",
            found[0],
            "inferred",
        )
    return None


def _cited_as_reporter(name: str, text: str) -> bool:
    """Does the text cite `name` as the reporter of something (so it is not the publisher)?"""
    n = re.escape(name)
    cite_verbs = "|".join(word_list("outlet-cite"))  # speech_acts.csv: "reported", "said", "broke the news" ...
    after = re.compile(
        rf"{n}\)?(?:\s*\([^)]{{1,20}}\))?(?:['’]s\s+\w+)?\s+(?:(?:has|had|have|also|first|later|earlier)\s+)?"
        rf"(?:{cite_verbs})\b|{n}['’]s? (?:report|reporting|story|article|analysis)\b"
    )
    before = re.compile(rf"(?:[Aa]ccording to|reported by|cited by|quoted by|via)\s+(?:the\s+)?{n}\b")
    return after.search(text) is not None or before.search(text) is not None


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
            return _inference(
                _date_value(year, month, day),
                f"'{m.group().strip()}' followed by a date",
                row,
                "stated",
                _day(year, month, day),
            )
    for m, row in rows.hits(_patterns().dateline_date, text, skip_roles=("boilerplate", "related-headline")):
        if m.start() == row[1]:
            year, month, day, _ = _dates_in(m.group("date"))[0]
            return _inference(
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
        return _inference(
            f"on or after {_patterns().month_names[month]} {day} (year not stated)", basis.format(said), row, "inferred"
        )
    if with_year:
        (year, month, day), row, said = max(with_year, key=lambda d: d[0])
        return _inference(f"on or after {_date_value(year, month, day or None)}", basis.format(said), row, "inferred")
    return None


def infer_meta(article, page: dict[str, Any] | None = None) -> dict[str, Inference | None]:
    """Return ``{"publisher": Inference | None, "date": Inference | None}`` from evidence in `article`.

    Args:
        article: the `Article`.
        page: what a loader read besides the text (`medialit.loaders.Document.info`): the page's own
            metadata (publisher, author, date, url: each becomes a "stated" inference that wins over
            the text's evidence), the address it was fetched from, the page reader's verdict and notes,
            and the encoding used. Keys ``author``, ``url``, ``reader`` and ``encoding`` are added only
            when a loader gave them.
    """
    page = page or {}
    stated = page.get("page") or {}
    found: dict[str, Inference | None] = {
        "publisher": _stated(stated.get("publisher")) or infer_publisher(article),
        "date": _stated_date(stated.get("date")) or infer_date(article),
    }
    author = _stated(stated.get("author"))
    if author is not None:
        found["author"] = author
    url = _stated(stated.get("url"))
    if page.get("url"):
        url = Inference(
            value=page["url"],
            basis="the address the page was fetched from"
            + (f" (after redirects from {page['requested_url']})" if page.get("requested_url") else ""),
            evidence=page["url"],
            sentence=None,
            start=None,
            end=None,
            confidence="stated",
        )
    if url is not None:
        found["url"] = url
    reader = page.get("reader")
    if reader:
        basis = {
            "trafilatura": "which blocks are the story: trafilatura's main-text extraction; the other blocks "
            "stay in the text as boilerplate",
            "own rules": "which blocks are the story: medialit's own rules (trafilatura kept next to none of "
            "the page's prose); the other blocks stay in the text as boilerplate",
        }.get(reader, reader)
        notes = page.get("notes") or []
        found["reader"] = Inference(
            value=reader,
            basis=basis + "".join(f"; NOTE: {n}" for n in notes),
            evidence="; ".join(notes),
            sentence=None,
            start=None,
            end=None,
            confidence="stated",
        )
    encoding = page.get("encoding")
    if encoding:
        how = {
            "byte-order mark": "a byte-order mark at the start of the file says so",
            "declared": "declared by the server or the page (charset)",
            "detected": "the bytes are valid UTF-8",
            "guessed": "guessed from the bytes (not declared)",
        }
        basis = how.get(encoding["source"], encoding["source"]) + (
            f"; {encoding['note']}" if encoding.get("note") else ""
        )
        found["encoding"] = Inference(
            value=encoding["encoding"],
            basis=basis,
            evidence=encoding.get("evidence", ""),
            sentence=None,
            start=None,
            end=None,
            confidence="stated" if encoding["source"] in ("byte-order mark", "declared") else "inferred",
        )
    return found


def _stated(item: tuple[str, str, str] | None) -> Inference | None:
    """A fact the page states about itself, ``(value, where, evidence)``, as a "stated" inference."""
    if not item:
        return None
    value, where, evidence = item
    return Inference(
        value=value,
        basis=f"stated in {where}",
        evidence=evidence,
        sentence=None,
        start=None,
        end=None,
        confidence="stated",
    )


_ISO_DAY = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")


def _stated_date(item: tuple[str, str, str] | None) -> Inference | None:
    """The page's stated publication date, with the day as data ("2024-03-05T09:00:00Z" -> 2024-03-05)."""
    found = _stated(item)
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
    return Inference(
        value=value,
        basis=found.basis,
        evidence=found.evidence,
        sentence=None,
        start=None,
        end=None,
        confidence="stated",
        date=day,
    )

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

The work is split by job: `date_rules` finds the expressions (one named rule each),
`date_resolve` places them (one named resolver per rule), `tense` reads which way a
sentence looks; this module builds the frame.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from ._row_views import FrameColumns, prefixed
from .date_resolve import resolve
from .date_rules import date_spans, scan
from .reading import reading
from .tense import TENSE_CATEGORIES, sentence_tense

__all__ = ["COLUMNS", "TENSE_CATEGORIES", "date_spans", "find_dates", "sentence_tense"]

COLUMNS = ["id", "sentence", "start", "end", "text", "kind", "anchor", "date_low", "date_high", "event", "rule"]

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
        for hit in scan(value):
            if hit.rule in ("month-day-year", "day-month-year", "iso-date"):
                low, high, _ = resolve(hit, None)
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
    # Typed columns, not a dict per row (2x the text while the frame is built on a long article).
    rows = FrameColumns(COLUMNS[1:], ints=("sentence", "start", "end"))
    for sent in article.sentence_rows():
        s_text, s_start = str(sent.text), int(sent.start)
        for hit in scan(s_text):
            low, high, anchor = resolve(hit, pub, sentence_tense(s_text, hit.start, hit.end))
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
                    "rule": prefixed("date:", hit.rule),
                }
            )
    frame = rows.frame()
    del rows
    frame = frame.sort_values("start", kind="stable").reset_index(drop=True)
    frame.insert(0, "id", range(len(frame)))
    for col in ("date_low", "date_high"):
        frame[col] = pd.to_datetime(frame[col])
    for col in ("id", "sentence", "start", "end"):
        frame[col] = frame[col].astype("int64")
    frame = frame[COLUMNS]
    frame.attrs["published"] = pub
    return frame

"""Calendar words come from one lexicon (lexicons/calendar.csv), whatever the machine's locale."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

import medialit
from medialit.calendar_words import calendar_words

PACKAGE = Path(medialit.__file__).parent
#: Files allowed to spell month or weekday names in code (none: every reader asks calendar_words).
NOT_YET: set[str] = set()
# Two calendar words side by side in a regex alternation or a list is a second copy of the lexicon.
SECOND_COPY = re.compile(r"(?:January|Jan)\W{1,4}(?:February|Feb)\b|Monday\W{1,4}Tuesday\b|\bMon\W{1,4}Tue\b")


def test_the_lexicon_has_every_month_and_weekday_in_order():
    cal = calendar_words()
    assert cal.month_names[0] == "January" and len(cal.month_names) == 12
    assert cal.weekday_names[0] == "Monday" and len(cal.weekday_names) == 7
    assert cal.months["sept"] == cal.months["sep"] == cal.months["september"] == 9
    assert cal.month_short(9) == "Sep" and cal.month_short(5) == "May"
    assert [cal.weekdays[d.lower()] for d in cal.weekday_names] == [
        dt.date(2019, 1, 21 + i).weekday() for i in range(7)
    ]
    # "Sept" before "Sep", so an alternation takes the longer form first.
    assert cal.month_alternation(full=False).split("|").index("Sept") < cal.month_alternation(full=False).split(
        "|"
    ).index("Sep")


def test_no_module_keeps_its_own_copy_of_the_calendar_words():
    copies = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in NOT_YET or rel == "calendar_words.py":
            continue
        if SECOND_COPY.search(path.read_text(encoding="utf-8")):
            copies.append(rel)
    assert copies == []


def test_every_date_reader_understands_a_short_month_from_the_lexicon():
    from medialit import Article, find_dates
    from medialit.plots import timeline_data

    article = Article.from_text("Vote Set\n\nWASHINGTON, Sept. 3 (Wire) - The vote was held on Sept. 1, 2020.\n")
    assert article.meta["date"].value.startswith("September 3")
    assert len(article.sentences) == 2  # "Sept." before a number ends no sentence
    dates = find_dates(article)
    assert pd.Timestamp("2020-09-01") in set(dates["date_low"])
    assert set(timeline_data(dates)["when"]) >= {"Tue 1 Sep 2020"}

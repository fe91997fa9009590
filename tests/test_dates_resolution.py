"""find_dates: days without a year, weekdays written with a date, "a year ago", tense, quotations, the anchor.

Sentences written for these tests; each resolved against a publication date chosen so that the old rule
(always the past, whole year, past weekday) gives a different answer.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from medialit.analysis.timeline import find_dates, sentence_tense
from medialit.article import Article

T = pd.Timestamp
HEADLINE = "Council news\n\n"  # so each sentence is body text


def resolve(sentence: str, published, words: str):
    frame = find_dates(Article.from_text(HEADLINE + sentence), published=published)
    start = len(HEADLINE) + sentence.index(words)
    rows = frame[(frame["start"] < start + len(words)) & (frame["end"] > start)]
    assert len(rows) == 1, frame[["text", "date_low"]]
    return rows.iloc[0]


def day(sentence: str, published, words: str) -> pd.Timestamp:
    row = resolve(sentence, published, words)
    assert row.date_low == row.date_high, (row.text, row.date_low, row.date_high)
    return row.date_low


TUE = dt.date(2020, 10, 20)  # a Tuesday

# (sentence, publication date, the date's words, the day)
CASES = [
    # a day without a year: the nearest occurrence, not always the past
    ("The hearing is on Jan. 24.", dt.date(2019, 1, 21), "Jan. 24", T(2019, 1, 24)),
    ("The deadline is now April 15.", dt.date(2021, 3, 2), "April 15", T(2021, 4, 15)),
    ("The electoral college votes on Dec. 19.", dt.date(2016, 11, 10), "Dec. 19", T(2016, 12, 19)),
    ("The inauguration is on Jan. 20.", dt.date(2016, 11, 10), "Jan. 20", T(2017, 1, 20)),
    ("Talks ended on Dec. 30.", dt.date(2019, 1, 3), "Dec. 30", T(2018, 12, 30)),
    # ... unless the tense says the direction
    ("The vote will take place on Jan. 14.", dt.date(2019, 1, 20), "Jan. 14", T(2020, 1, 14)),
    ("The bill passed on Jan. 30.", dt.date(2019, 1, 20), "Jan. 30", T(2018, 1, 30)),
    ("Protests started on 3 March.", dt.date(2019, 1, 21), "3 March", T(2018, 3, 3)),
    ("The festival will be held on Aug. 2.", dt.date(2022, 8, 30), "Aug. 2", T(2023, 8, 2)),
    ("A heat record was set on Sept. 10.", dt.date(2022, 8, 30), "Sept. 10", T(2021, 9, 10)),
    # a weekday written with the date picks (or checks) the year
    ("The rally is on Monday, Oct. 26.", dt.date(2019, 11, 1), "Monday, Oct. 26", T(2020, 10, 26)),
    ("It ended on Friday, Oct. 26.", dt.date(2019, 11, 1), "Friday, Oct. 26", T(2018, 10, 26)),
    ("Results come on Monday, April 30.", dt.date(2018, 4, 24), "Monday, April 30", T(2018, 4, 30)),
    # "a year ago" is a day
    ("A year ago, the district recorded its lowest turnout.", TUE, "A year ago", T(2019, 10, 20)),
    ("Two years ago the plant closed.", TUE, "Two years ago", T(2018, 10, 20)),
    ("A year ago the fair opened.", dt.date(2020, 2, 29), "A year ago", T(2019, 2, 28)),
    # a bare weekday: the past one, the coming one when the sentence speaks of the future
    ("Protesters marched downtown on Sunday.", TUE, "Sunday", T(2020, 10, 18)),
    ("Organizers planned a demonstration on Saturday.", TUE, "Saturday", T(2020, 10, 24)),
    ("The two sides will meet on Saturday.", TUE, "Saturday", T(2020, 10, 24)),
    ("On Saturday, the union will march again.", TUE, "Saturday", T(2020, 10, 24)),
    ("They'll vote on Tuesday.", TUE, "Tuesday", T(2020, 10, 27)),
    ("On Saturday, the agency reported the raid.", TUE, "Saturday", T(2020, 10, 17)),
]


@pytest.mark.parametrize("sentence, published, words, expected", CASES)
def test_day(sentence, published, words, expected):
    assert day(sentence, published, words) == expected


def test_a_contradicting_weekday_is_pointed_out():
    row = resolve("The vote was on Monday, Oct. 26, 2018.", TUE, "Oct. 26")
    assert row.date_low == T(2018, 10, 26)  # the written year stands ...
    assert "Friday" in row.anchor and "Monday" in row.anchor  # ... and the anchor says it was a Friday


def test_future_month_without_a_year_is_the_next_one():
    row = resolve("The council will vote in March.", dt.date(2019, 5, 2), "March")
    assert (row.date_low, row.date_high) == (T(2020, 3, 1), T(2020, 3, 31))
    row = resolve("The council voted in March.", dt.date(2019, 5, 2), "March")
    assert (row.date_low, row.date_high) == (T(2019, 3, 1), T(2019, 3, 31))


@pytest.mark.parametrize(
    "sentence, words, expected",
    [
        ("Activists planned a demonstration on Saturday.", "Saturday", "future"),
        ("The union will strike on Thursday.", "Thursday", "future"),
        ("The trial is scheduled to begin on May 7.", "May 7", "future"),
        ("The PMF claimed on January 15 that it had blocked them.", "January 15", "past"),
        ("The ceasefire began on Dec. 26.", "Dec. 26", "past"),
        ("The festival will be held on Aug. 2.", "Aug. 2", "future"),
        ("A record was set on July 19.", "July 19", "past"),
        ("On Saturday, the group will march.", "Saturday", "future"),
        ("The hearing is on Jan. 24.", "Jan. 24", None),
    ],
)
def test_sentence_tense(sentence, words, expected):
    start = sentence.index(words)
    assert sentence_tense(sentence, start, start + len(words)) == expected


# ---------------------------------------------------------------- inside a quotation or not (issue 15)


@pytest.mark.parametrize(
    "sentence, inside",
    [
        ("“We will stay,” the minister said last month.", False),  # the quotation closed before the date
        ('"We will stay," the minister said last month.', False),
        ("“We met last month,” he said.", True),
        ("“We will stay. We met last month,” he said.", True),  # the quotation opened in the sentence before
        ("The minister said last month that the “talks” had failed.", False),
    ],
)
def test_inside_a_quotation_is_read_from_the_quotation_marks(sentence, inside):
    row = resolve(sentence, TUE, "last month")
    assert ("inside a quotation" in row.anchor) is inside


# ---------------------------------------------------------------- the publication date from meta


class _Inference:
    def __init__(self, value, date=None):
        self.value, self.date = value, date


@pytest.mark.parametrize(
    "inference, expected",
    [
        (_Inference("something else", date=dt.date(2019, 1, 21)), T(2019, 1, 21)),  # the typed date is the date
        (_Inference("2020-05-05", date=dt.date(2019, 1, 21)), T(2019, 1, 21)),
        # Words without a typed day are evidence, not a date: never read back out of the prose.
        (_Inference("Published January 21, 2019"), None),
        (_Inference("on or after January 15, 2019"), None),  # an inferred lower bound is not the day
        (_Inference("January 2019"), None),  # not a day: relative dates stay open
    ],
)
def test_publication_date_from_meta(inference, expected):
    article = Article.from_text(HEADLINE + "Bas News reported Monday.")
    object.__setattr__(article, "meta", {"publisher": None, "date": inference})
    low = find_dates(article)["date_low"].iloc[0]
    assert pd.isna(low) if expected is None else low == expected


def test_a_stated_publication_date_anchors_find_dates_and_an_inferred_bound_does_not():
    stated = Article.from_text("Rally Held\n\nPublished January 21, 2019\n\nThe rally was on Monday.\n")
    assert stated.meta["date"].date == dt.date(2019, 1, 21)
    assert find_dates(stated)["date_low"].tolist()[-1] == T(2019, 1, 21)
    # "on or after January 15, 2019" (inferred from a date the text mentions) once anchored "Monday" on the 14th.
    inferred = Article.from_text("Rally Held\n\nOfficials met on January 15, 2019. The rally was on Monday.\n")
    assert inferred.meta["date"].date is None
    monday = find_dates(inferred).iloc[-1]
    assert pd.isna(monday["date_low"]) and monday["anchor"] == "needs the publication date"

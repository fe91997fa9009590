"""Named days (lexicons/holidays.csv): the rules give the right day, every row is found in a sentence."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from medialit.analysis.holidays import describe_rule, easter_sunday, holidays, rule_day
from medialit.analysis.timeline import find_dates
from medialit.article import Article
from medialit.errors import MedialitError

D = dt.date


@pytest.mark.parametrize(
    "year, easter",
    [
        (2016, D(2016, 3, 27)),
        (2018, D(2018, 4, 1)),
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
        (2038, D(2038, 4, 25)),
        (1818, D(1818, 3, 22)),
    ],
)
def test_easter(year, easter):
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    "rule, year, expected",
    [
        ("12-25", 2019, D(2019, 12, 25)),
        ("4 Thu 11", 2016, D(2016, 11, 24)),  # Thanksgiving
        ("4 Thu 11", 2019, D(2019, 11, 28)),
        ("1 Mon 11 +1", 2016, D(2016, 11, 8)),  # US Election Day: the Tuesday after the first Monday of November
        ("1 Mon 11 +1", 2020, D(2020, 11, 3)),
        ("1 Mon 11 +1", 2022, D(2022, 11, 8)),  # 1 November is a Tuesday: not Election Day
        ("-1 Mon 05", 2018, D(2018, 5, 28)),  # Memorial Day
        ("1 Mon 09", 2022, D(2022, 9, 5)),  # Labor Day
        ("easter -2", 2019, D(2019, 4, 19)),  # Good Friday
    ],
)
def test_rule_day(rule, year, expected):
    assert rule_day(rule, year) == expected


def test_a_bad_rule_is_one_readable_error():
    with pytest.raises(MedialitError, match="bad holiday rule"):
        rule_day("fourth Thursday", 2019)


def test_rules_in_words():
    assert describe_rule("4 Thu 11") == "the fourth Thursday of November"
    assert describe_rule("1 Mon 11 +1") == "1 day after the first Monday of November"
    assert describe_rule("easter -2") == "2 days before Easter Sunday"
    assert describe_rule("12-25") == "25 December"


@pytest.mark.parametrize("row", list(holidays().itertuples()), ids=lambda row: row.cue)
def test_every_row_is_found_and_placed(row):
    published = D(2019, 6, 15)
    text = f"Council news\n\nThe town marked {row.cue} 2018 quietly."
    frame = find_dates(Article.from_text(text), published=published)
    hit = frame[frame["text"].str.contains(row.cue.split()[0], regex=False)]
    assert len(hit) == 1 and hit.iloc[0].kind == "absolute", frame[["text", "kind"]]
    assert hit.iloc[0].date_low == pd.Timestamp(rule_day(row.rule, 2018))
    assert len(row.note) >= 15


# (sentence, publication date, day)
NAMED = [
    ("Voters went to the polls on Election Day.", D(2016, 11, 10), D(2016, 11, 8)),
    ("Families will gather for Thanksgiving.", D(2016, 11, 10), D(2016, 11, 24)),
    ("Stores will close on Christmas Day.", D(2019, 12, 20), D(2019, 12, 25)),
    ("The tree was lit on Christmas Eve.", D(2019, 1, 3), D(2018, 12, 24)),
    ("The mayor spoke on New Year's Day.", D(2019, 1, 3), D(2019, 1, 1)),
    ("Fireworks are planned for the Fourth of July.", D(2019, 6, 15), D(2019, 7, 4)),
    ("Parades were held on Memorial Day.", D(2019, 6, 15), D(2019, 5, 27)),
    ("Last Thanksgiving, the shelter served 2,000 meals.", D(2019, 12, 20), D(2019, 11, 28)),
    ("Next Easter the church reopens.", D(2019, 6, 15), D(2020, 4, 12)),
]


@pytest.mark.parametrize("sentence, published, expected", NAMED)
def test_named_day_in_a_sentence(sentence, published, expected):
    frame = find_dates(Article.from_text("Council news\n\n" + sentence), published=published)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row.date_low == row.date_high == pd.Timestamp(expected)
    assert ":" in row.anchor  # names the day and its rule


def test_a_named_day_without_a_publication_date_waits():
    frame = find_dates(Article.from_text("Council news\n\nVoters went to the polls on Election Day."))
    assert pd.isna(frame["date_low"].iloc[0]) and "publication date" in frame["anchor"].iloc[0]


def test_lower_case_is_not_a_name():
    assert find_dates(
        Article.from_text("Council news\n\nThe christmas lights were cheap."), published=D(2019, 1, 3)
    ).empty

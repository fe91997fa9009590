"""find_dates and date_spans: tables of sentences we wrote, the bundled article end to end, invariants."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from medialit import load_article
from medialit.analysis.timeline import COLUMNS, date_spans, find_dates
from medialit.article import Article

# A Monday, so weekdays and "this week" are easy to check by hand.
PUB = date(2019, 1, 21)
T = pd.Timestamp


def dates(text: str, published=PUB) -> pd.DataFrame:
    return find_dates(Article.from_text(text), published=published)


def check_invariants(article: Article, frame: pd.DataFrame) -> None:
    assert list(frame.columns) == COLUMNS
    assert frame["start"].is_monotonic_increasing
    for row in frame.itertuples(index=False):
        assert article.text[row.start : row.end] == row.text
        assert row.kind in {"absolute", "partial", "relative"}
        assert pd.isna(row.date_low) == pd.isna(row.date_high)
        if not pd.isna(row.date_low):
            assert row.date_low <= row.date_high
        assert row.anchor and row.rule.startswith("date:")


# (sentence, date text, kind, low, high) resolved against PUB = Monday 21 January 2019
RESOLVED = [
    ("Bas News reported Monday.", "Monday", "relative", T(2019, 1, 21), T(2019, 1, 21)),
    ("On Saturday, the agency reported the raid.", "On Saturday", "relative", T(2019, 1, 19), T(2019, 1, 19)),
    ("Officials met on Friday night.", "on Friday night", "relative", T(2019, 1, 18), T(2019, 1, 18)),
    ("He spoke last Monday.", "last Monday", "relative", T(2019, 1, 14), T(2019, 1, 14)),
    ("The vote is next Tuesday.", "next Tuesday", "relative", T(2019, 1, 22), T(2019, 1, 22)),
    ("Trump visited Iraq last month.", "last month", "relative", T(2018, 12, 1), T(2018, 12, 31)),
    ("This month, the Post reported it.", "This month", "relative", T(2019, 1, 1), T(2019, 1, 31)),
    ("The talks collapsed last week.", "last week", "relative", T(2019, 1, 14), T(2019, 1, 20)),
    ("The survey took place earlier this week.", "earlier this week", "relative", T(2019, 1, 21), T(2019, 1, 21)),
    ("Elections were held last year.", "last year", "relative", T(2018, 1, 1), T(2018, 12, 31)),
    ("The ministry said yesterday it had no comment.", "yesterday", "relative", T(2019, 1, 20), T(2019, 1, 20)),
    ("Talks resume today.", "today", "relative", T(2019, 1, 21), T(2019, 1, 21)),
    ("The raid happened three days ago.", "three days ago", "relative", T(2019, 1, 18), T(2019, 1, 18)),
    ("The law passed two weeks ago.", "two weeks ago", "relative", T(2019, 1, 7), T(2019, 1, 7)),
    ("Last June, tensions rose.", "Last June", "relative", T(2018, 6, 1), T(2018, 6, 30)),
    (
        "A spokesman said in November that it was not the mission.",
        "in November",
        "partial",
        T(2018, 11, 1),
        T(2018, 11, 30),
    ),
    ("The deal was signed in January.", "in January", "partial", T(2019, 1, 1), T(2019, 1, 31)),
    ("The PMF claimed on January 15 that it blocked them.", "on January 15", "partial", T(2019, 1, 15), T(2019, 1, 15)),
    ("The ceasefire began on Dec. 26.", "on Dec. 26", "partial", T(2018, 12, 26), T(2018, 12, 26)),
    ("Protests started on 3 March.", "on 3 March", "partial", T(2018, 3, 3), T(2018, 3, 3)),
    ("Fighting resumed in early June.", "in early June", "partial", T(2018, 6, 1), T(2018, 6, 30)),
    ("The drone was shot down in June 2017.", "in June 2017", "absolute", T(2017, 6, 1), T(2017, 6, 30)),
    ("Trump visited on 26 December 2018.", "on 26 December 2018", "absolute", T(2018, 12, 26), T(2018, 12, 26)),
    ("He died on December 26, 2018, in Baghdad.", "on December 26, 2018", "absolute", T(2018, 12, 26), T(2018, 12, 26)),
    ("The file is dated 2018-12-26.", "2018-12-26", "absolute", T(2018, 12, 26), T(2018, 12, 26)),
    ("The group was founded in 2014.", "in 2014", "absolute", T(2014, 1, 1), T(2014, 12, 31)),
]


@pytest.mark.parametrize("text, span, kind, low, high", RESOLVED)
def test_resolved(text, span, kind, low, high):
    frame = dates(text)
    assert frame["text"].tolist() == [span]
    row = frame.iloc[0]
    assert (row.kind, row.date_low, row.date_high) == (kind, low, high)


# (sentence, date text, kind): found, but nothing to resolve them against.
UNRESOLVED = [
    ("Bas News reported Monday.", "Monday", "relative"),
    ("Trump visited Iraq last month.", "last month", "relative"),
    ("The PMF claimed on January 15 that it blocked them.", "on January 15", "partial"),
    ("A spokesman said in November that it was not the mission.", "in November", "partial"),
]


@pytest.mark.parametrize("text, span, kind", UNRESOLVED)
def test_unresolved_without_publication_date(text, span, kind):
    frame = dates(text, published=None)
    assert frame["text"].tolist() == [span]
    row = frame.iloc[0]
    assert row.kind == kind and pd.isna(row.date_low) and "publication date" in row.anchor


# (sentence, date text, anchor fragment): never resolvable, whatever the publication date.
NEVER = [
    ("The report came a couple of days after the denial.", "a couple of days after", "another event"),
    ("Two days later, the army withdrew.", "Two days later", "another event"),
    ("Baghdad repudiated recent media reports.", "recent", "vague"),
    ("The town was recently retaken.", "recently", "vague"),
    ("It happened a few days ago.", "a few days ago", "vague count"),
]


@pytest.mark.parametrize("text, span, anchor", NEVER)
def test_never_resolved(text, span, anchor):
    frame = dates(text)
    assert frame["text"].tolist() == [span]
    assert pd.isna(frame["date_low"].iloc[0]) and anchor in frame["anchor"].iloc[0]


# Words that look like dates but are not.
NOT_DATES = [
    "The minister may resign.",
    "Protesters march on the capital.",
    "The 30 soldiers of the unit left.",
    "Route 66 was closed.",
    "He said it would take 2,000 troops.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert dates(text).empty


# (text, calendar spans) for date_spans: durations are not calendar spans.
SPANS = [
    ("in June 2017", ["in June 2017"]),
    ("claimed on January 15 that", ["on January 15"]),
    ("a couple of days after Monday", ["Monday"]),
    ("since 2015 and last month", ["2015"]),
    ("after Monday, in mid-June and by 2020", ["Monday", "in mid-June", "2020"]),
    ("", []),
]


@pytest.mark.parametrize("text, expected", SPANS)
def test_date_spans(text, expected):
    assert [text[s:e] for s, e in date_spans(text)] == expected


def test_published_from_meta_when_concrete():
    article = Article.from_text("Bas News reported Monday.")

    class Inference:
        value = "January 21, 2019"
        date = date(2019, 1, 21)

    object.__setattr__(article, "meta", {"publisher": None, "date": Inference()})
    assert find_dates(article)["date_low"].tolist() == [T(2019, 1, 21)]
    assert find_dates(article).attrs["published"] == date(2019, 1, 21)
    Inference.value, Inference.date = "January 2019", None  # not a concrete day: stays unresolved
    assert find_dates(article)["date_low"].isna().all()
    assert find_dates(article).attrs["published"] is None


def test_event_is_the_clause_without_the_date():
    frame = dates("On Saturday, Voice of America reported the raid.")
    assert frame["event"].iloc[0] == "Voice of America reported the raid"
    frame = dates("In the wake of Trump's visit to Iraq last month, fighters renewed threats.")
    assert "last month" not in frame["event"].iloc[0] and "visit to Iraq" in frame["event"].iloc[0]
    assert len(frame["event"].iloc[0].split()) <= 12


def test_date_in_quotation_says_the_speaker_may_differ():
    frame = dates("\u201cWe met on Monday,\u201d he said.")
    assert "quotation" in frame["anchor"].iloc[0]


ODD = [
    "",
    "\r\n",
    "🙂 Monday 🙂",
    "“last month",
    "January",
    "May 35",
    "on February 30",
    "in 1999s",
    "Monday Monday Monday",
    "x" * 1000,
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_does_not_crash(text):
    article = Article.from_text(text)
    check_invariants(article, find_dates(article, published=PUB))
    check_invariants(article, find_dates(article))


# ------------------------------------------------------------ the bundled article


@pytest.fixture(scope="module")
def article():
    return load_article()


@pytest.fixture(scope="module")
def resolved(article):
    return find_dates(article, published=PUB)


def one(frame: pd.DataFrame, text: str) -> pd.Series:
    hit = frame[frame["text"] == text]
    assert len(hit) == 1, frame["text"].tolist()
    return hit.iloc[0]


def test_article_invariants(article, resolved):
    check_invariants(article, resolved)
    check_invariants(article, find_dates(article))


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Monday", T(2019, 1, 21), T(2019, 1, 21)),
        ("On Saturday", T(2019, 1, 19), T(2019, 1, 19)),
        ("on January 15", T(2019, 1, 15), T(2019, 1, 15)),
        ("Last June", T(2018, 6, 1), T(2018, 6, 30)),
        ("in November", T(2018, 11, 1), T(2018, 11, 30)),
        ("in June 2017", T(2017, 6, 1), T(2017, 6, 30)),
        ("This month", T(2019, 1, 1), T(2019, 1, 31)),
        ("Last month", T(2018, 12, 1), T(2018, 12, 31)),
    ],
)
def test_article_resolved(resolved, text, low, high):
    row = one(resolved, text)
    assert (row.date_low, row.date_high) == (low, high)


def test_article_last_month_is_december_2018(resolved):
    rows = resolved[resolved["text"] == "last month"]
    assert len(rows) == 2
    assert (rows["date_low"] == T(2018, 12, 1)).all() and (rows["date_high"] == T(2018, 12, 31)).all()
    # Trump's visit (26 December 2018) falls in it
    visit = rows[rows["event"].str.contains("visit to Iraq")]
    assert len(visit) == 1


def test_article_without_publication_date(article):
    frame = find_dates(article)
    assert frame.loc[frame["kind"] == "absolute", "text"].tolist() == ["in June 2017"]
    assert frame.loc[frame["kind"] != "absolute", "date_low"].isna().all()


def test_article_date_list(resolved):
    assert resolved["text"].tolist() == [
        "recent",
        "Monday",
        "a couple of days after",
        "On Saturday",
        "earlier this week",
        "on January 15",
        "last month",
        "recent",
        "last month",
        "in June 2017",
        "Last month",
        "Last June",
        "in November",
        "This month",
        "recent",
    ]


def test_counted_days_ago_read_every_unit_word_of_the_lexicon():
    # "fifteen" was beyond the date finder's own list (one to twelve); number_words.csv has it.
    article = Article.from_text("Evening news\n\nThe strike began fifteen days ago and three weeks ago talks failed.")
    frame = find_dates(article, published=date(2019, 1, 21))
    days = dict(zip(frame["text"], frame["date_low"]))
    assert days["fifteen days ago"] == T(2019, 1, 6)
    assert "three weeks ago" in days

"""headline_stance / find_headline_stance: headlines written for this file, traps included."""

from __future__ import annotations

import pandas as pd
import pytest

from medialit import Article, MedialitError, find_headline_stance, headline_stance, load_article
from medialit.analysis.headline import COLUMNS

CASES = [
    # denies: a denial verb, or the headline calls the claim false
    ("Mayor denies taking cash from builder", "denies"),
    ("Photo of shark on flooded highway is a hoax", "denies"),
    ("No, the water supply is not poisoned", "denies"),
    ("Scientists debunk claim that the dam is cracking", "denies"),
    ("Minister rejects reports of cabinet split", "denies"),
    ("No evidence that the ballots were tampered with, judge rules", "denies"),
    ("Quote attributed to the coach is fake", "denies"),
    # reports: speech verbs, speaker colons, questions, hearsay words
    ("Governor says bridge will reopen in May", "reports"),
    ("Report: Hospital missed safety checks", "reports"),
    ("Union boss: strike will go ahead", "reports"),
    ("Is the ferry service worth saving?", "reports"),
    ("Striker reportedly agrees move to rival", "reports"),
    ("Survey finds most tenants cannot afford repairs", "reports"),
    ("Rumor: Carmaker to close its oldest plant", "reports"),
    ("\u201cWe will not give up,\u201d vow flood-hit farmers", "reports"),
    ("Dr. Amara Okoye: The clinic will stay open", "reports"),  # an abbreviation before the colon
    ("Coach calls the referee\u2019s decision \u2018a disgrace\u2019", "reports"),  # a quoted verdict
    # endorses: the claim in the writer's voice
    ("Council approves new cycle lanes", "endorses"),
    ("Flood waters recede as town begins cleanup", "endorses"),
    ("Protests grow after mayor says library will close", "endorses"),
    ("Watch: Firefighters free trapped horse", "endorses"),
    ("The stadium deal is a bad bet for the city", "endorses"),
    ("Polls miss the late swing to the challenger", "endorses"),
    ("Report card day brings good news for city schools", "endorses"),
    ("Senators call for an inquiry into the port deal", "endorses"),  # the call is reported as a fact
    ("Town calls off the summer fair", "endorses"),
    ("Museum adds a wall of a few tweets to its show", "endorses"),  # 'tweets' is a noun here
    ("Budget passes in the night. Treasurer: more cuts", "endorses"),  # no speaker before a sentence's end
]


@pytest.mark.parametrize("headline, stance", CASES)
def test_stance(headline, stance):
    row = find_headline_stance(headline).iloc[0]
    assert row["stance"] == stance, (row["cue"], row["rule"])


def test_one_row_with_columns_and_a_rule():
    frame = find_headline_stance("Minister denies report")
    assert list(frame.columns) == COLUMNS and len(frame) == 1
    row = frame.iloc[0]
    assert row["cue"] == "denies" and row["rule"].startswith("denies:speech_acts.csv:") and row["note"]


def test_named_structural_rules():
    assert find_headline_stance("Coach: we were robbed").iloc[0]["rule"] == "reports:speaker-colon"
    assert find_headline_stance("Will the bridge open on time?").iloc[0]["rule"] == "reports:question"
    assert find_headline_stance("Bridge opens on time").iloc[0]["rule"] == "endorses:no-cue"


def test_empty_headline_has_no_stance():
    assert pd.isna(find_headline_stance("   ").iloc[0]["stance"])


def test_bad_input_is_one_clear_error():
    with pytest.raises(MedialitError, match="headline as str"):
        find_headline_stance(None)  # type: ignore[arg-type]


def test_article_headline_and_fallback():
    article = Article.from_text("Mayor says budget is balanced\n\nThe mayor spoke on Monday. She took questions.")
    assert headline_stance(article).iloc[0]["stance"] == "reports"
    long_first = Article.from_text(" ".join(["The council met on Monday and talked about the budget."] * 5))
    assert pd.isna(headline_stance(long_first).iloc[0]["stance"])


def test_bundled_article_headline_denies():
    row = headline_stance(load_article()).iloc[0]
    assert row["stance"] == "denies" and row["cue"] == "Denies"

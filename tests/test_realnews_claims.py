"""Headline grammar and denying headlines (headlines written for these tests).

A headline's stance toward its claim, as the helpers read it: a denial row -> it denies;
a claim row with a cue (a speaker, "says", "Report:") -> it reports someone's claim; no row
at all -> the headline states the claim in its own voice (it endorses it). A question
headline is a hedge, and "rumor"/"purportedly" are hearsay hedges.
"""

from __future__ import annotations

import pytest

from medialit import Article, find_headline_stance, load_article
from medialit.analysis import find_claims, find_hedges, trace_attributions

BODY = "\n\nThe rest of the story followed in the body, which added little."


def _stance(headline: str) -> str:
    article = Article.from_text(headline + BODY)
    claims = find_claims(article)
    claims = claims[claims["sentence"] == 0]
    if (claims["stance"] == "denial").any():
        return "denies"
    if len(claims):
        return "reports"
    return "endorses"


@pytest.mark.parametrize(
    "headline",
    [
        "Port Authority Denies Ferry Was Overloaded",
        "Photo Of Flooded Runway Is A Hoax",
        "Video Of Mayor Dancing Is Fake",
        "Story About Banned Cookbooks Debunked",
        "No Evidence That Ballots Were Altered, Clerk Says",
        "Report That Coach Quit Is False",
        "Lottery Scandal Rumor Not True, Agency Says",
    ],
)
def test_denying_headlines(headline):
    assert _stance(headline) == "denies"


@pytest.mark.parametrize(
    "headline",
    [
        "Senator Says Farm Bill Will Pass By Friday",
        pytest.param(
            "Union Claims Pay Deal Is Close",
            marks=pytest.mark.xfail(
                reason="Title-Case 'Claims' before a capitalised word is also the noun ('Insurance Claims Rise'): "
                "telling them apart needs a tagger",
                strict=True,
            ),
        ),
        "Senator Okafor: The Farm Bill Will Pass This Week",
        "Report: Carmaker Plans Cheaper Electric Model",
        "Sources: Coach Set To Leave After Season",
    ],
)
def test_reporting_headlines(headline):
    assert _stance(headline) == "reports"


@pytest.mark.parametrize(
    "headline",
    [
        "Governor Signs Water Budget Into Law",
        "Ferry Service Resumes After Storm",
        "Man Sold Fake Concert Tickets Outside Arena",  # 'fake' describing a thing is no denial
    ],
)
def test_cue_less_headlines_endorse(headline):
    assert _stance(headline) == "endorses"


def test_a_title_line_ending_in_a_full_stop_still_has_its_speaker():
    rows = trace_attributions(Article.from_text("Okafor: No deal on the farm bill before the recess." + BODY))
    assert list(rows[rows["rule"] == "headline-speaker"]["source"]) == ["Okafor"]


def test_a_section_label_is_not_a_speaker():
    rows = trace_attributions(Article.from_text("Live: Storm Reaches The Coast Tonight With High Winds" + BODY))
    assert "headline-speaker" not in set(rows["rule"])


def test_speaker_before_the_colon_is_the_source():
    rows = trace_attributions(Article.from_text("Senator Okafor: The Farm Bill Will Pass This Week" + BODY))
    row = rows[rows["rule"] == "headline-speaker"].iloc[0]
    assert row["source"] == "Senator Okafor" and row["content"] == "The Farm Bill Will Pass This Week"


@pytest.mark.parametrize(
    "headline, category",
    [
        ("Councillor Purportedly Sold Seats On Board", "hearsay"),
    ],
)
def test_headline_hedges(headline, category):
    hedges = find_hedges(Article.from_text(headline + BODY))
    assert category in set(hedges[hedges["sentence"] == 0]["category"])


@pytest.mark.parametrize("headline", ["Will The Bridge Open On Time?", "Rumor: Studio Shelves Sequel"])
def test_question_and_rumor_headlines_report_rather_than_endorse(headline):
    # The headline's stance is read by headline_stance (the headline rows of speech_acts.csv), not by the hedge lexicon.
    assert find_headline_stance(headline)["stance"].iloc[0] == "reports"


def test_a_statement_in_the_body_is_not_a_question_headline():
    hedges = find_hedges(Article.from_text("Bridge Opens" + BODY + "\n\nWill it last? Nobody knows."))
    assert "question-headline" not in set(hedges["rule"])


def test_no_evidence_in_body_text_is_a_finding_not_a_denial():
    text = "Health notes" + BODY + "\n\nThere is no evidence that the tea prevents colds, the review concluded."
    claims = find_claims(Article.from_text(text))
    assert not (claims["stance"] == "denial").any()


def test_seed_article_channels_report_is_reported_by_bas_news_and_denied_by_the_cell():
    article = load_article()
    atts = trace_attributions(article).set_index("id")
    channels = atts[atts["source"] == "Several Iraqi news channels"].index[0]
    assert atts.loc[atts.loc[channels, "parent"], "source"] == "Bas News"
    claims = find_claims(article)
    cell = claims[claims["actor"].str.contains("war media cell") & (claims["stance"] == "denial")].iloc[0]
    assert claims.set_index("id").loc[cell["target"], "attribution"] == channels

"""Denying and hedged headlines, and headline stance as a registered finder.

Every headline is written for this file. Each form issue 12 names ("X denies ...", "... is a hoax",
"fake", "debunked", "not true", "no evidence that", "false"), and a few more ("is satire", "was a
prank", "is photoshopped"), has headlines that deny and traps where the same word names a thing or
an event ("hoax caller", "false alarm", "fake doctor", "prank call"). A headline that hedges ("may
have", "apparently", "likely to") reports a claim rather than endorsing it.
"""

from __future__ import annotations

import json

import pytest

import medialit
from medialit import Article, analyze, find_headline_stance
from medialit.analysis.registry import FINDERS

DENY = {
    "X denies": [
        "Councillor denies taking bribes from builder",
        "Airline denies pilots were drunk",
        "Senator Denies Affair Rumors",
        "Club owner denied any wrongdoing",
        "Ministry rejects claim troops crossed border",
        "Police dismiss reports of second gunman",
    ],
    "hoax": [
        "Shark photo from flooded motorway is a hoax",
        "Viral letter from the queen was a hoax, palace says",
    ],
    "fake": [
        "That quote from the president is fake",
        "Fake photo of burning stadium goes viral again",
        "Fake: no, the city is not banning bicycles",
    ],
    "debunked": [
        "Scientists debunk claim that 5G spreads flu",
        "Debunked: the ancient map that showed Antarctica",
        "Myth of the 'lazy teenager' debunked by new study",
    ],
    "not true": [
        "No, the mayor did not ban Christmas lights",
        "Claim that tap water contains drugs is not true",
        "It's not true that bananas cure cancer",
    ],
    "no evidence that": [
        "No evidence that mobile masts cause migraines, review finds",
        "There is no evidence the election was rigged",
        "Officials: No evidence of fraud in county vote",
    ],
    "false": [
        "False: Senator never said she would raise taxes",
        "Viral post about school closures is false",
        "Rumours of chief executive's death are false, company says",
        "False claims about flood aid spread online",
        "Report that factory will close is untrue",
    ],
    "satire, prank, doctored": [
        "Viral video of dancing bear is satire",
        "Story about school banning homework was a prank",
        "Photo of shark in subway is photoshopped",
        "Actor's death rumour is not real",
        "Quote from Einstein was made up",
        "Museum says famous painting is a forgery",
    ],
}


@pytest.mark.parametrize("form, headline", [(form, h) for form, hs in DENY.items() for h in hs])
def test_denying_headlines(form, headline):
    row = find_headline_stance(headline).iloc[0]
    assert row["stance"] == "denies", (form, row["cue"], row["rule"])


# The denial words naming a thing or an event, and other headlines that deny nothing.
NOT_DENYING = [
    ("False alarm sends shoppers fleeing mall", "endorses"),
    ("False start for city's new tram line", "endorses"),
    ("Hoax caller jailed for two years", "endorses"),
    ("Hoax calls to fire brigade double in a year", "endorses"),
    ("Police seize fake banknotes at border", "endorses"),
    ("Fake doctor jailed for treating patients", "endorses"),
    ("Fake-news law passes in parliament", "endorses"),
    ("Fact-checkers to join newsroom in new year", "endorses"),
    ("Denial of visa angers family of student", "endorses"),
    ("Governor says budget is balanced", "reports"),
    ("Police: suspect fled in stolen car", "reports"),
    ("Minister claims victory in budget vote", "reports"),
    ("Prank call leads to arrest", "endorses"),
    ("Satire magazine wins press award", "endorses"),
]


# A headline that hedges raises the claim without stating it: it reports, it does not endorse.
HEDGED = [
    ("Giant squid may have been spotted off Cornish coast", "reports"),
    ("Tech giant might be building its own car", "reports"),
    ("Singer apparently quits band after row", "reports"),
    ("New planet appears to orbit two suns", "reports"),
    ("Ancient coin could be oldest found in Britain", "reports"),
    ("Drought likely to push food prices higher", "reports"),
    ("Tiger possibly seen on the loose in Essex", "reports"),
    ("Barack Obama's Endorsement Couldn't Come At A Better Time For Her", "endorses"),
    ("Sales rise in May as shoppers return", "endorses"),
    ("Theresa May calls snap election", "endorses"),
    ("May Day parade draws record crowd", "endorses"),
    ("Parade shows off military might", "endorses"),
    ("Walkers less likely to need hospital care", "endorses"),
    ("Most likely voters back the mayor", "endorses"),
]


@pytest.mark.parametrize("headline, stance", NOT_DENYING + HEDGED)
def test_headlines_that_deny_nothing_and_hedged_headlines(headline, stance):
    row = find_headline_stance(headline).iloc[0]
    assert row["stance"] == stance, (row["cue"], row["rule"])


def test_headline_stance_is_a_registered_finder():
    assert FINDERS["headline_stance"].function == "medialit.analysis.headline:headline_stance"
    article = Article.from_text(
        "Ferry firm denies cutting safety checks\n\nThe firm said on Monday that all checks ran."
    )
    result = analyze(article)
    frame = result.headline_stance
    assert list(frame.columns) == FINDERS["headline_stance"].columns()
    assert frame.iloc[0]["stance"] == "denies" and frame.iloc[0]["cue"] == "denies"
    assert json.loads(result.to_json())["headline_stance"][0]["stance"] == "denies"
    assert medialit.headline_stance(article).equals(frame)  # called alone, the same frame


def test_an_article_without_a_headline_has_one_row_without_stance():
    article = Article.from_text(" ".join(["The council met on Monday and talked about the budget."] * 5))
    frame = analyze(article).headline_stance
    assert len(frame) == 1 and frame.iloc[0]["stance"] is None

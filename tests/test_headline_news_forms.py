"""Headline stance on forms real news headlines use: verdict words, negated answers, tags and questions.

Headlines written for this file. Each group has its near misses: the same words where they do not
decide the stance.
"""

from __future__ import annotations

import pytest

from medialit import find_headline_stance

DENIES = [
    "Clinic says patient records were not lost",  # a speaker answers a claim with a negation
    "Engineer says she never saw the safety memo",
    "Coach did not say that about the referee",
    "Paper retracts story on judge's finances",
    "Claims of ballot fraud lack evidence, court says",
    "Clip of 'flying car' was staged",
    "Minister's quote was taken out of context, aide says",
    "Photo of senator at rally was digitally altered",
    "Offer of free flights is a scam",
    "Senator's office calls viral letter a forgery",
    "Harbour: no link between spill and fish deaths",
    "No truth to rumours of club relocation, owner says",
    "Reports of wolf sightings were exaggerated, rangers say",
    "Story of secret tunnel dismissed by council",
    "Cure sold online has no scientific basis",
]

REPORTS = [
    "Singer and actor split after ten years: report",  # a source after the last colon
    "Was the vase stolen? Gallery silent",  # opens with a question
    "Drivers say queues at border stretch for miles",
    "Explosion reported near harbour",
    "Analysts expect rates to rise",
    "Director hints at sequel",
    "Video purports to show escaped tiger",
    "Tigers escape from zoo, keepers say",
    "Witnesses describe panic on platform",
    "Company says it will no longer sell cigarettes",  # 'no longer': a change, not an answer
    "Minister says no plans to raise fuel tax",  # 'no plans': an intention
    "Experts question whether the ban will work",
    "Mayor says she did not rule out a second term",  # a possibility left open, not an answer
    "Friends say the couple have never been happier",
]

ENDORSES = [
    "Residents told to boil water after pipe bursts",  # 'told to': an order, not words passed on
    "Voters say no to stadium tax",  # 'say no': a refusal
    "Have your say on the new park",
    "Man jailed over fake ticket scam",  # 'fake' names a thing, 'scam' an event
    "Students staged a walkout over fees",  # 'staged' without a copula: an act
    "Senator retracts endorsement of rival",  # not a story or a claim taken back
    "Why the old mill matters to the town: a history",  # 'a history' names the piece, not a source
    "Ten things to know before the budget vote: live",
    "Old mill reopens as museum",
    "Jobs report gives the mayor a lift",  # 'report' is a noun here
    "Singer turns up where nobody would expect her",
]


@pytest.mark.parametrize("headline", DENIES)
def test_denies(headline):
    row = find_headline_stance(headline).iloc[0]
    assert row["stance"] == "denies", (row["cue"], row["rule"])


@pytest.mark.parametrize("headline", REPORTS)
def test_reports(headline):
    row = find_headline_stance(headline).iloc[0]
    assert row["stance"] == "reports", (row["cue"], row["rule"])


@pytest.mark.parametrize("headline", ENDORSES)
def test_endorses(headline):
    row = find_headline_stance(headline).iloc[0]
    assert row["stance"] == "endorses", (row["cue"], row["rule"])


def test_the_new_structural_rules_are_named():
    assert find_headline_stance("Singer and actor split after ten years: report").iloc[0]["rule"] == (
        "reports:source-tag"
    )
    assert find_headline_stance("Was the vase stolen? Gallery silent").iloc[0]["rule"] == "reports:question"

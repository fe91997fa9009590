"""Denials in the forms real news uses (sentences written for these tests).

Each pattern of the denial rows of `lexicons/speech_acts.csv` added for real news gets a sentence that must give a
denial row, and traps that must not: refusals of offers or requests, "declined to comment",
a delayed deadline, moral judgements, poll answers. The cue (or the rebuttal phrase) must be
the row's cue, so the test fails if another rule happens to fire on the sentence.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis import find_claims

LEAD = "Harbor Budget Fight Goes On\n\nThe harbor board met on Monday to discuss the dredging budget. "


def _denials(sentence: str):
    claims = find_claims(Article.from_text(LEAD + sentence))
    return claims[claims["stance"] == "denial"]


@pytest.mark.parametrize(
    "sentence, cue",
    [
        # a judging word about another's statement, in a speaker's quote or in reported speech
        (
            "A board spokeswoman said the newsletter's account is misleading because it left out two meetings.",
            "misleading",
        ),
        ("“That is not the case,” the treasurer said of the dredging estimate.", "not the case"),
        ("“The survey cherry-picked three bad weeks,” said Omar Reyes, the harbor master.", "cherry-picked"),
        ("“They misrepresented what the engineers told us,” Reyes said.", "misrepresented"),
        ("The mayor's office called the newsletter's report about the dredger “absurd.”", "absurd"),
        (
            "Councillor Lund called the suggestion that the board hid the survey from the public outrageous.",
            "outrageous",
        ),
        ("Reyes said the fishermen were wrong about what the survey found.", "wrong about"),
        # negating the other side's claim or inference
        ("“A quiet spring does not mean the silt problem is solved,” the engineer said.", "does not mean"),
        ("“The new pier has nothing to do with the flooding,” the treasurer said.", "nothing to do with"),
        ("The treasurer said the old letters have “nothing to do with the board today.”", "nothing to do with"),
        ("The councillors listened to the treasurer but did not buy her argument about the tides.", "did not buy"),
        ("Asked whether the survey was late, Reyes said: “No, it arrived in March as promised.”", "No,"),
        # rebuttal verbs with their object, even where no reported statement follows
        ("Councillor Lund forcefully rejected the treasurer's claim.", "rejected"),
        ("The harbor master has begun to rebut that criticism in public meetings.", "rebut"),
        ("The board pushed back against the newsletter's account of the vote.", "pushed back"),
        ("The engineer disagrees with a finding of the survey on the silt depth.", "disagrees with"),
        ("The fishermen's union disputed the board's version of events.", "disputed"),
        # the writer's own verdict
        ("The treasurer repeated a false claim that the harbor had never flooded before.", "false claim"),
        ("Contrary to the treasurer's claims, the harbor flooded twice last year.", "Contrary to"),
        ("It is time to drop the canard that dredging pays for itself.", "canard"),
        # denial of knowledge
        ("Two board members told the auditors they were unaware of the missing invoices.", "unaware"),
        ("The clerk said he did not recall signing the second contract.", "did not recall"),
    ],
)
def test_real_news_denial_forms(sentence, cue):
    rows = _denials(sentence)
    assert len(rows), f"no denial in: {sentence}"
    assert any(cue.lower() in str(c).lower() for c in rows["cue"]), list(rows["cue"])


def test_rebuttal_actor_is_the_subject():
    rows = _denials("Councillor Lund forcefully rejected the treasurer's claim.")
    assert len(rows) == 1
    assert "Lund" in rows.iloc[0]["actor"]


def test_rebuttal_inside_a_reported_statement_is_one_row():
    # the attribution "rejected claims that ..." is a denial by its verb; the rebuttal row must not double it
    rows = _denials("The harbor master rejected claims that the dredger had damaged the reef.")
    assert len(rows) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The board rejected the dredging company's offer of a discount.",
        "The council rejected the motion to delay the vote.",
        "The harbor master declined to comment on the survey.",
        "The storm pushed back the deadline for the dredging contract by a week.",
        "The board faces challenges in finding a new dredger before the summer.",
        "A dispute over the survey's cost delayed the vote.",
        "Most residents answered no when the poll asked whether they had read the survey.",
        "“No, thank you,” the treasurer said when offered a seat on the committee.",
        "It was wrong to close the slipway without notice, the fishermen said.",
        "The clerk said the new rules do not cover small boats.",
        "The survey called the western basin shallow and the eastern basin deep.",
        "A false alarm sent the harbor crews running on Tuesday.",
        # real-news words that look like verdicts but deny nothing
        "Cheap steel was distorting the market for harbor cranes, the treasurer said.",
        "The candidate can do a lot of damage by cherry-picking districts where turnout is low.",
        "The committee may prosecute officials for false statements to the board.",
        "Most of the shortfall will be made up by the fishing fees.",
        "“I don't remember which berth it was, but it was far from the gate,” the clerk said.",
    ],
)
def test_not_denials(sentence):
    rows = _denials(sentence)
    assert not len(rows), list(zip(rows["cue"], rows["rule"]))


def test_plain_negation_answers_the_claim_it_negates():
    rows = _denials(
        "Fishermen said the dredger dumped silt on the reef. "
        "The dredging company said its crews never dumped anything there and did not dump silt on the reef."
    )
    assert "did not dump" in list(rows["cue"])


def test_plain_negation_sharing_only_names_is_not_a_denial():
    # the same names and places, but the negated verb is not what the claim asserts
    rows = _denials(
        "Fishermen said the dredger dumped silt on the reef near the old pier. "
        "The dredging company said its crews did not work near the old pier on the reef last week."
    )
    assert not len(rows), list(zip(rows["cue"], rows["rule"]))

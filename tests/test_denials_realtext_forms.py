"""Denial forms of real news added for the real-text dev set (sentences written for these tests).

Each new row of `lexicons/denials.csv` gets sentences that must give a denial whose cue is
the row's words (so the test fails if another rule fires instead), and traps that must not
give one: a place that "lies about 20 miles" away, a film that "is a fantasy", police who
"questioned the driver", a question that asks whether someone lied.
"""

from __future__ import annotations

import pytest
from test_claims_realnews_denials import _denials  # the denial rows of a sentence after a neutral lead

from medialit import Article, load_article
from medialit.analysis import find_claims


@pytest.mark.parametrize(
    "sentence, cue",
    [
        # an accusation of lying rejects the liar's account; answering it rejects the accusation
        ("“She lied to the voters about the levy, and she knows it,” Commissioner Ortiz said.", "lied to"),
        ("Ortiz said the treasurer had been lying about the reserve fund for months.", "lying about"),
        ("“I don't lie. I never have,” the treasurer told reporters.", "n't lie"),
        ("The treasurer said she had never lied about the fund.", "never lied"),
        # an emphatic negation is the form of an answer to a charge
        ("“At no time did the library share borrowers' records,” a spokeswoman said.", "At no time did"),
        ("The vendor said it did not, at any time, sell the records to anyone.", "did not, at any time"),
        # a claim said to lack support
        ("The auditor said the review hasn't shown that any money was misspent.", "hasn't shown that"),
        # a speaker's dismissal of what was said, a belief declared untrue
        ("“Frankly, that is a ridiculous thing to say,” the librarian said.", "ridiculous thing to say"),
        ("The notion that the levy pays for itself is largely a myth, the auditor said.", "is largely a myth"),
        # "No, ..." with the negated restatement; a proposition nobody believes; a motive denied
        ("“No, it's not true,” the treasurer said of the rumor.", "No, it's not true"),
        ("“No, that's no accident,” Ortiz said.", "No, that's no accident"),
        ("No one believes that the new branch will open on time, the architect said.", "No one believes that"),
        ("“We are not out to close any branch,” the chair said.", "are not out to"),
        # a charge put on a person, said not to apply
        ("“I'm not a crook,” the treasurer told the board.", "'m not a crook"),
        ("The chair is not a racist, her deputy said.", "is not a racist"),
    ],
)
def test_denial_forms(sentence, cue):
    denials = _denials(sentence)
    assert len(denials) == 1, denials[["cue", "rule"]]
    assert cue in str(denials.iloc[0]["cue"])


@pytest.mark.parametrize(
    "headline, cue",
    [
        ("No, the county is not closing the main library", "No, "),
        ("False: Commissioner Never Voted For Levy Cut", "False:"),
        ("Library closure rumor false, county says", "Library closure rumor false"),
        ("Viral Library Flood Photo Fake", "Viral Library Flood Photo Fake"),
        ("Chair slams 'fake' story on levy deal", "'fake' story"),
    ],
)
def test_denying_headlines(headline, cue):
    claims = find_claims(Article.from_text(headline + "\n\nThe county board met on Tuesday."))
    denials = claims[claims["stance"] == "denial"]
    assert list(denials["cue"]) == [cue]


@pytest.mark.parametrize(
    "sentence, rebuttal",
    [
        ("Two commissioners have questioned the auditor's findings.", "questioned the auditor's findings"),
        ("Critics cast doubt on her account of the meeting.", "cast doubt on her account"),
        ("The report calls into question the county's figures.", "calls into question the county's figures"),
    ],
)
def test_doubting_a_statement_is_a_rebuttal(sentence, rebuttal):
    # Where the verb is also a reporting cue ("questioned the timing"), the statement is a denial by
    # its verb (claim_rows.Rebuttals) and its cue is the verb alone; else the rebuttal is the cue.
    denials = _denials(sentence)
    assert len(denials) == 1
    row = denials.iloc[0]
    if row["rule"].startswith("rebuttal:"):
        assert row["cue"] == rebuttal
    else:
        assert row["rule"].startswith("denial-verb:") and rebuttal.startswith(row["cue"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The branch library lies about 20 miles north of the county seat.",
        "Books were lying on the floor after the storm.",
        "The candidate called his rival a liar at the rally.",  # labels a person, rejects no statement
        "The film shown at the library is a fantasy set in Scotland.",
        "The study has not shown the benefits its authors hoped for.",
        "Deputies questioned the driver for two hours.",
        "Reporters asked questions about the claim.",
        "The chair spoke for an hour, dismissing questions about the budget.",
        # a question asks; it declares nothing untrue
        "So is the treasurer lying about the reserve fund?",
        "“Did you lie to the board?” a resident asked the treasurer.",
        "Is the photo of the flooded library a hoax?",
        # "No," without a negation after it turns an argument; "thank you" declines
        "No, what the library needs is a new roof.",
        "“No, thank you,” the chair said when offered a second term.",
        "No one seriously believes the treasurer's excuses.",  # no proposition after "believes"
        "The vendor said it is not out of options.",
        "The site posts fake memes every day.",
        "“I'm not a lawyer, but the contract looks fine,” the chair said.",  # no charge in the label
        # turning down or belittling an effort is not denying a claim
        "The board rejected his attempts to extend the opening hours.",
        "The chair dismissed efforts by two members to delay the vote.",
    ],
)
def test_no_denial_traps(sentence):
    assert _denials(sentence).empty, _denials(sentence)[["cue", "rule"]]


def test_article_war_media_cell_denies_the_channels_report_not_bas_news():
    """Seed article: the cell's "the reports ... were found ‘untrue’" targets the Iraqi news
    channels' report, whose parent is Bas News (the chain is Bas News -> channels, Bas News -> cell)."""
    article = load_article()
    from medialit import analyze

    result = analyze(article)
    claims, atts = result.claims, result.attributions
    cell = claims[claims["actor"].str.contains("war media cell", na=False) & (claims["stance"] == "denial")].iloc[0]
    target = claims.loc[int(cell["target"])]
    assert target["actor"] == "Several Iraqi news channels"
    parent = atts.loc[int(atts.loc[int(target["attribution"]), "parent"])]
    assert parent["source"] == "Bas News"
    assert int(target["attribution"]) != int(atts.loc[int(cell["attribution"]), "parent"])


@pytest.mark.parametrize(
    "sentence, actor",
    [
        # the subject of a rebuttal in an infinitive is the subject of the verb before "to"
        ("But the chair has begun to rebut that criticism, holding meetings in every branch.", "the chair"),
        ("The union has sought to push back against the report.", "The union"),
        # an infinitive after a comma has no subject in the sentence: no actor rather than ", to"
        ("The board met on Tuesday, to push back against the report.", None),
    ],
)
def test_rebuttal_actor_past_an_infinitive(sentence, actor):
    denials = _denials(sentence)
    assert len(denials) == 1
    got = denials.iloc[0]["actor"]
    assert (got if isinstance(got, str) else None) == actor


def test_rebuttal_after_a_coordinated_verb_has_no_object_for_actor():
    """ "X champions the branches and commits to push back ...": the noun before "and" is an object."""
    denials = _denials("The senator champions the branches and commits to push back on every effort to close them.")
    assert len(denials) == 1 and not isinstance(denials.iloc[0]["actor"], str)

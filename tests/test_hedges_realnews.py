"""find_hedges on the kinds of uncertainty real news marks, and precision on general prose.

Every sentence here is written for this file (none is copied from a corpus). The first tables
check the cues news uses without the classic hedge words (conditionals, forecasts, evidentials,
accusations, likelihood nouns, beliefs); the traps check what must stay quiet: polling terms,
reported plans, vague counts, definitions with "if", quoted titles and names.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.hedges import find_hedges


def hedges(text: str) -> set[tuple[str, str]]:
    """(matched text, category) of every row of kind hedge."""
    frame = find_hedges(Article.from_text(text))
    frame = frame[frame["kind"] == "hedge"]
    return {(row.text, row.category) for row in frame.itertuples()}


def uncertain(text: str) -> bool:
    return bool(hedges(text))


FOUND = [
    # conditional
    (
        "If the senator loses the primary, the party would lose its majority.",
        {("If", "conditional"), ("would", "prediction")},
    ),
    ("The deal collapses unless both sides sign by Friday, negotiators warned.", {("unless", "conditional")}),
    ("Reporters asked whether she would run again.", {("whether", "conditional")}),
    ("It is not clear whether the money was ever repaid.", {("whether", "conditional")}),
    ("In a hypothetical race against the mayor, he trails by four points.", {("hypothetical", "conditional")}),
    ('"We have a problem if turnout drops," the organiser said.', {("if", "conditional")}),
    # prediction
    ("The council is expected to approve the budget on Monday.", {("is expected to", "prediction")}),
    ("Economists predict that prices will keep rising.", {("predict", "prediction")}),
    ("The new rules would cost farmers millions, the report found.", {("would", "prediction")}),
    ("Whether the truce holds remains to be seen.", {("remains to be seen", "prediction")}),
    ("The company is set to announce its results next week.", {("is set to", "prediction")}),
    ("It's going to be a very close race.", {("It's going to", "prediction")}),
    # evidential
    ("There are signs of a slowdown in the housing market.", {("signs of", "evidential")}),
    ("The campaign looks set to spend more than ever.", {("looks set to", "evidential")}),
    ("The result was seen as a rebuke to the governor.", {("was seen as", "evidential")}),
    ("The apparent leak came days before the vote.", {("apparent", "evidential")}),
    ("The coach seemed to blame the referee.", {("seemed", "evidential")}),
    # accusation
    ("The aide was accused of leaking the memo.", {("was accused of", "accusation")}),
    ("Police arrested a suspected smuggler at the port.", {("suspected", "accusation")}),
    ("The treasurer was charged with fraud last year.", {("was charged with", "accusation")}),
    ("The union accuses the board of hiding the losses.", {("accuses", "accusation")}),
    # probability: likelihood said with a noun
    ("He has little chance of winning the nomination.", {("little chance", "probability")}),
    ("The odds of a recession have risen.", {("odds", "probability")}),
    ("Officials raised the possibility of a second vote.", {("possibility", "probability")}),
    ("She is seen as a potential rival to the mayor.", {("potential", "probability")}),
    ("A higher turnout does not necessarily help the challenger.", {("not necessarily", "probability")}),
    # beliefs and a speaker's own uncertainty
    ('"I don\'t think the vote will pass," the senator said.', {("I don't think", "shield")}),
    ('"I have no idea who wrote it," she said.', {("I have no idea", "shield")}),
    ("The mayor believes the tax is unfair.", {("believes", "shield")}),
    ("She considers the plan a mistake.", {("considers", "shield")}),
    # vague sources: a quantity or a party stands for who says
    ("Several residents said the water smelled of gas.", {("Several residents", "vague-source")}),
    ("Many analysts believe the bank will cut rates.", {("Many analysts", "vague-source")}),
    ("Some have speculated that the minister will resign.", {("Some have speculated", "vague-source")}),
    ("Republicans say the bill is too expensive.", {("Republicans", "vague-source")}),
    ("There is widespread agreement that the bridge needs repair.", {("widespread agreement", "vague-source")}),
    # general prose: hearsay of tradition, attribution, approximate dates
    ("According to local legend, the well never runs dry.", {("According to local legend", "hearsay")}),
    ("The portrait is attributed to a pupil of the court painter.", {("is attributed to", "hearsay")}),
    ("The tower was built c. 1250 by the bishop.", {("c.", "approximator")}),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_found(text, expected):
    got = hedges(text)
    assert expected <= got, got


# Sentences that state something certain: no hedge may fire.
CERTAIN = [
    # polling terms and titles
    "The poll of 900 likely voters was taken last week.",
    "Among likely Democratic primary voters, the senator leads.",
    # a reported plan or promise is not a forecast
    "The mayor said he would resign on Friday.",
    "The firm said on Monday it would close two plants.",
    "Forty percent said they would vote for the governor.",
    "A spokesman would not comment on the report.",
    "The bill would have raised taxes, but it failed.",
    "She would later become the city's first female mayor.",
    # vague counts, frequency and degree words leave nothing in doubt
    "Several inns grew up at the southern end of the bridge.",
    "Millions of visitors come to the park every year.",
    "Dozens of volunteers cleaned the beach on Saturday.",
    "Some birds stay in the marshes all winter.",
    "Many of the jockeys are amateurs from local farms.",
    "Most members voted for the motion.",
    "The players often train in the rain.",
    "The females are mostly brown with pale heads.",
    # definitions and mechanisms with "if"
    "A number greater than one is called prime if it has no other divisors.",
    "If the pressure rises too high, a valve releases the steam.",
    "The law applies only if the company holds a licence.",
    "Regardless of whether the motion passes, the debate will be held.",
    # quoted titles, names and answers
    'Her second album, "Salt and Iron", sold well in Norway.',
    'The main square is known locally as "the Drum".',
    'The horse, named "Wet Tuesday", won the race.',
    'He appeared on the radio show "Morning Call" on Friday.',
    'Thirty percent of voters "strongly agree" with the plan.',
    'The senator called the report "deeply flawed".',
    # nouns that name what is disputed, and other false friends
    "The embassy rejected the allegations on Sunday.",
    "The suspect was arrested at his home.",
    "The two parties remain at odds over the budget.",
    "Let us know if you have any problems with the site.",
    "There are no plans to close the school.",
    "The train was due to arrive at noon.",
    "The committee was given a chance to speak.",
    "The cyclists ran over two miles before the climb.",
]


@pytest.mark.parametrize("text", CERTAIN)
def test_certain_sentences_stay_quiet(text):
    assert not uncertain(text), hedges(text)


def test_loaded_words_do_not_make_a_sentence_uncertain():
    frame = find_hedges(Article.from_text("The regime's thugs attacked the crowd."))
    assert len(frame) and set(frame["kind"]) == {"loaded"}


def test_scare_quote_rules_name_their_signal():
    cases = {
        "The fighters “likely” carried out the raid, the report said.": "scare-quote:quoted-hedge",
        "Reuters described the town as the “wild west” of the region.": "scare-quote:quoted-loaded-word",
        "The army denied that its soldiers had “looted” the shops.": "scare-quote:in-disputed-claim",
        "The so-called “rebels” took the town.": "scare-quote:so-called",
        "The group said it stopped a “routine patrol” operation.": "scare-quote:label-in-writers-phrase",
    }
    for text, rule in cases.items():
        frame = find_hedges(Article.from_text(text))
        assert rule in set(frame["rule"]), (text, list(frame["rule"]))


# A short encyclopedia-style article of our own: (sentence, uncertain?).
ENCYCLOPEDIA = [
    ("Saltmarsh Mill is a tide mill on the east coast, built in 1784.", False),
    ("Some of its machinery was replaced in 1890, and many of the original beams survive.", False),
    ("The mill ground grain for several nearby villages until 1951.", False),
    ("If the tide is high, water fills a pond behind the sluice gates.", False),
    ('The miller\'s house, known as "the Roundhouse", is now a museum.', False),
    ("The mill may stand on the site of a medieval predecessor.", True),
    ("According to local tradition, smugglers hid brandy in the wheel pit.", True),
    ("Its last miller is thought to have emigrated to Canada.", True),
    ("Restoring the wheel would cost about 2 million pounds, the trust estimates.", True),
    ("Visitors often come in summer, when the wheel turns on open days.", False),
]


def test_encyclopedia_style_precision_and_recall():
    body = "Saltmarsh Mill\n\n" + " ".join(s for s, _ in ENCYCLOPEDIA)
    article = Article.from_text(body)
    frame = find_hedges(article)
    starts = frame.loc[frame["kind"] == "hedge", "start"].tolist()
    tp = fp = fn = 0
    for sentence, gold in ENCYCLOPEDIA:
        a = body.index(sentence)
        got = any(a <= s < a + len(sentence) for s in starts)
        tp += got and gold
        fp += got and not gold
        fn += gold and not got
    assert fp == 0 and fn <= 1, (tp, fp, fn)

"""Readings added for real news (issue 12): verbs with a direct object, new cue rows, structural rules.

Every sentence here was written for this file. Each case gives the rows expected, as
(source, cue, content); a trap gives the cues that must not be read as statements.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _rows(text: str) -> list[tuple[str, str, str]]:
    df = trace_attributions(Article.from_text("Evening news summary\n\n" + text))
    return [(r.source, r.cue, r.content) for r in df.itertuples()]


# A reporting verb in the past followed by its object, without 'that' (lexicon rows argue,
# suggest, note, explain, declare, claim, write, respond, post).
OBJECT_CASES = [
    ("The mayor argued the tax would drive shops away.", ("The mayor", "argued", "the tax would drive shops away")),
    ("Two aldermen suggested a smaller levy.", ("Two aldermen", "suggested", "a smaller levy")),
    ("The auditor noted a gap of four million pounds.", ("The auditor", "noted", "a gap of four million pounds")),
    ("The coach explained his choice of keeper.", ("The coach", "explained", "his choice of keeper")),
    ("The union declared victory after the vote.", ("The union", "declared", "victory after the vote")),
    ("The rebels claimed control of the bridge.", ("The rebels", "claimed", "control of the bridge")),
    ("Ada Finch wrote an essay urging a recount.", ("Ada Finch", "wrote", "an essay urging a recount")),
    (
        "Tom Hale wrote a letter to the paper saying the park was unsafe.",
        ("Tom Hale", "wrote", "a letter to the paper saying the park was unsafe"),
    ),
    ("The club responded with a short statement.", ("The club", "responded", "with a short statement")),
    ("The singer posted a photo of the ballot.", ("The singer", "posted", "a photo of the ballot")),
]


# New rows of the lexicon.
NEW_CUES = [
    ("The bishop called on parishes to open their halls.", ("The bishop", "called on", "parishes to open their halls")),
    ("The minister made clear that no deal was near.", ("The minister", "made clear", "no deal was near")),
    ("The governor pointed to the drop in crime.", ("The governor", "pointed to", "the drop in crime")),
    ("Local imams denounced the attack on the shop.", ("Local imams", "denounced", "the attack on the shop")),
    ("The farmer lamented that prices had fallen again.", ("The farmer", "lamented", "prices had fallen again")),
    ("A judge questioned whether the search was lawful.", ("A judge", "questioned", "whether the search was lawful")),
    ("The host wondered aloud why the vote was delayed.", ("The host", "wondered", "aloud why the vote was delayed")),
    ("The comedian mocked the senator's new slogan.", ("The comedian", "mocked", "the senator's new slogan")),
    (
        "The nurse reminded parents that the clinic was open.",
        ("The nurse", "reminded", "parents that the clinic was open"),
    ),
    ("The deputy echoed the chief's warning about ice.", ("The deputy", "echoed", "the chief's warning about ice")),
    ("The candidate talked about her years as a teacher.", ("The candidate", "talked about", "her years as a teacher")),
]


# Traps: the same words where nobody makes a statement.
TRAPS = [
    ("The rise in cases is explained by better testing.", "explained"),  # a passive with a cause, not a speaker
    ("The report card arrived late.", "report"),
    ("The teacher was called on twice in class.", "called on"),  # passive, no speaker named
    ("The questions were hard.", "questions"),  # a noun
    ("They were talking about the weather in the queue.", "talking about"),  # only 'talked/talks about' counts
]


@pytest.mark.parametrize("text, cue", TRAPS)
def test_no_statement_in_traps(text, cue):
    assert all(c is None or c.lower() != cue for _, c, _ in _rows(text))


def test_a_name_suffix_before_a_comma_keeps_its_period():
    text = "“We are ready,” Tom Hale Jr., the club's treasurer, said on Monday."
    # the apposition is part of the source, as for any short one (see apposition)
    assert ("Tom Hale Jr., the club's treasurer", "said", "We are ready") in _rows(text)


def test_a_relative_pronoun_is_the_source_and_its_antecedent_the_resolved_source():
    text = "Evening news summary\n\nThe harbour master, who warned that the pier was unsafe, resigned on Friday."
    df = trace_attributions(Article.from_text(text))
    row = df[df["cue"] == "warned"].iloc[0]
    assert (row["source"], row["source_resolved"]) == ("who", "The harbour master")
    assert row["content"] == "the pier was unsafe"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The rival, who enthusiastically endorses the mayor, spoke first.", "endorses"),
        ("Her main rival, who has long opposed the tax, stayed home.", "opposed"),
    ],
)
def test_an_adverb_between_the_relative_pronoun_and_its_cue(text, cue):
    df = trace_attributions(Article.from_text("Evening news summary\n\n" + text))
    row = df[df["cue"] == cue].iloc[0]
    assert (row["source"], row["rule"]) == ("who", "relative-clause")


def test_a_denial_in_a_relative_clause_keeps_its_named_denier():
    from medialit.analysis.claims import find_claims

    text = "Evening news summary\n\nThe mayor, who denied that the budget was cut, spoke to reporters."
    claims = find_claims(Article.from_text(text))
    denial = claims[claims["stance"] == "denial"].iloc[0]
    assert denial["actor"] == "The mayor"


# 'call' as a label: a bare word after a pronoun, or a quotation further on.
CALL_CASES = [
    ("The senator called him divisive.", ("The senator", "called", "him divisive")),
    ("The mayor calls himself a socialist.", ("The mayor", "calls", "himself a socialist")),
    ("Neighbours call it the noisiest street in town.", ("Neighbours", "call", "it the noisiest street in town")),
    (
        "Ann Lee called the plan to open a new plant in the valley “an absolute disgrace.”",
        ("Ann Lee", "called", "the plan to open a new plant in the valley “an absolute disgrace.”"),
    ),
    ("He would scrap the boards, which he called “a closed shop.”", ("he", "called", "a closed shop.")),
]


def test_a_restrictive_relative_clause_with_its_own_verb_stays_in_the_subject():
    rows = _rows("Voters who attended the rally said the speech was too long.")
    assert ("Voters who attended the rally", "said", "the speech was too long") in rows


# 'possessive-noun': a statement named by a noun after its owner, before 'that' or a colon.
POSSESSIVE_CASES = [
    ("Trump's claim that thousands cheered was false.", ("Trump", "claim")),
    ("The governor’s statement that the roads were safe drew scorn.", ("The governor", "statement")),
    ("His pledge that taxes would fall was broken.", ("His", "pledge")),
    ("Their fear that the plant would close proved right.", ("Their", "fear")),
]


@pytest.mark.parametrize("text, source_cue", POSSESSIVE_CASES)
def test_possessive_noun(text, source_cue):
    assert source_cue in [(s, c) for s, c, _ in _rows(text)]


# The speaker after the verb, then a description of them: the content is what came before.
SPEAKER_AFTER = [
    (
        "The levy will hurt shops, said Jo Bell, head of the traders' guild on Mill Lane.",
        ("Jo Bell", "said", "The levy will hurt shops"),
    ),
    (
        "The ferry will not sail on Sunday, said an official who was briefed on the plan.",
        ("an official", "said", "The ferry will not sail on Sunday"),
    ),
    (
        "“We are ready,” said Ann Ramos, whose new book praises “stubborn” people.",
        ("Ann Ramos", "said", "We are ready"),
    ),
    (
        "“The shelves were empty,” says the film’s narrator, going on to list other “gifts.”",
        ("the film’s narrator", "says", "The shelves were empty"),
    ),
    ("“Nobody saw it coming,” said one unnamed coach.", ("one unnamed coach", "said", "Nobody saw it coming")),
    ("“Nobody saw it coming,” said one exhausted coach.", ("one exhausted coach", "said", "Nobody saw it coming")),
]


def test_a_quotation_that_goes_on_after_the_speaker_is_still_one_statement():
    rows = _rows("“We tried,” said Jo Bell, the coach, “and we lost.”")
    assert [(s, c) for s, c, _ in rows] == [("Jo Bell", "said")]


# Subjects the phrase finder lost: a clause opening with 'and'; a noun in -ing ('meeting').
SUBJECT_CASES = [
    (
        "The office had shut early, and some parents said they were turned away.",
        ("some parents", "said", "they were turned away"),
    ),
    (
        "A guest at the Friday meeting says the vote will be close.",
        ("A guest", "says", "the vote will be close"),
    ),
    ("The morning briefing said the roads were icy.", ("The morning briefing", "said", "the roads were icy")),
]


# Promises of what the source will do (read like 'pledged to'), opinions voiced, retorts.
INTENT_CASES = [
    ("The mayor vowed to reopen the library.", ("The mayor", "vowed", "to reopen the library")),
    ("The company promised to refund every ticket.", ("The company", "promised", "to refund every ticket")),
    ("Two doctors voiced concern about the new rota.", ("Two doctors", "voiced", "concern about the new rota")),
    ("The coach hit back at his critics on Sunday.", ("The coach", "hit back", "at his critics on Sunday")),
    ("The actor lashed out at the tabloids.", ("The actor", "lashed out", "at the tabloids")),
]


def test_an_intention_after_and_rounds_off_the_first_statement():
    rows = _rows("The senator denied the report and vowed to fight on.")
    assert [c for _, c, _ in rows] == ["denied"]


# A statement kept up or continued ('went on to', 'continued to'), a finding before a name,
# 'suggesting' after a statement.
MORE_CUES = [
    ("The mayor went on to praise the nurses.", ("The mayor", "went on to praise", "the nurses")),
    (
        "The minister continued to insist that the plan was sound.",
        ("The minister", "continued to insist", "the plan was sound"),
    ),
    ("A poll released Sunday showed Lee taking the lead.", ("A poll released Sunday", "showed", "Lee taking the lead")),
    (
        "A June poll found Smith receiving a fifth of the vote.",
        ("A June poll", "found", "Smith receiving a fifth of the vote"),
    ),
    (
        "The mayor praised the staff, suggesting that taxes would rise.",
        ("The mayor", "suggesting", "taxes would rise"),
    ),
]


# Remarks made, speech on a subject, aims pursued, hopes, feelings expressed.
REMARK_CASES = [
    ("The bishop made similar remarks about the war.", ("The bishop", "made similar remarks", "about the war")),
    ("The mayor made the case for a new bridge.", ("The mayor", "made the case", "for a new bridge")),
    ("The coach spoke out against the new rules.", ("The coach", "spoke out", "against the new rules")),
    ("The campaign sought to reassure its donors.", ("The campaign", "sought to", "reassure its donors")),
    (
        "The farmers marched to the square, hoping to meet the minister.",
        ("The farmers", "hoping", "to meet the minister"),
    ),
    ("Two judges expressed outrage at the delay.", ("Two judges", "expressed", "outrage at the delay")),
]


# Stances: 'opposed' before its object; 'backing'/'supporting' as participles.
STANCE_CASES = [
    ("The union opposed the merger.", ("The union", "opposed", "the merger")),
    ("The nurses marched on Friday, backing the strike.", ("The nurses", "backing", "the strike")),
]


# A name opening the sentence, set off by a long stretch with clauses and several commas.
OPENING_NAME_CASES = [
    (
        "But Tom Hale, the head of the Mill Trust, a group that has sued the council twice, said the damage was done.",
        ("Tom Hale", "said", "the damage was done"),
    ),
    (
        "Ann Biden, who was to travel to Leeds, York and Hull on Wednesday to open the new wards, said they were overdue.",
        ("Ann Biden", "said", "they were overdue"),
    ),
]


def test_how_a_source_put_it_introduces_a_block_quote():
    text = "News today\n\nThe senator put it this way:\n\n“By law, the mayor sets the number.”\n\nThe end."
    df = trace_attributions(Article.from_text(text))
    row = df[df["cue"] == "put it this way"].iloc[0]
    assert (row["source"], row["rule"], row["kind"]) == ("The senator", "block-quote", "direct")


@pytest.mark.parametrize(
    "text, row",
    [
        ("As Ann Lee put it, the plan is dead.", ("Ann Lee", "put it", "the plan is dead")),
        ("They put it on the table.", None),
    ],
)
def test_put_it(text, row):
    rows = _rows(text)
    assert (row in rows) if row else rows == []


def test_more_from_a_speaker_in_a_digest_line():
    text = "News today\n\nThe ranking is out. - Ann Bell: “Keep calling voters.” More from Bell: “It was close.”"
    df = trace_attributions(Article.from_text(text))
    assert list(df["source"]) == ["Ann Bell", "Bell"]
    assert list(df["content"]) == ["Keep calling voters.", "It was close."]


# Every table above: the row is read.
READINGS = (
    OBJECT_CASES
    + NEW_CUES
    + CALL_CASES
    + SPEAKER_AFTER
    + SUBJECT_CASES
    + INTENT_CASES
    + MORE_CUES
    + REMARK_CASES
    + STANCE_CASES
    + OPENING_NAME_CASES
)


@pytest.mark.parametrize("text, row", READINGS)
def test_the_reading(text, row):
    assert row in _rows(text)


# Sentences with the same words where nobody makes a statement.
NO_STATEMENT = [
    "She called him back later.",
    "I called them at noon.",
    "We called her twice.",
    "The statement was read aloud.",  # no owner
    "His claim to the throne was weak.",  # no 'that': a claim to something, not a statement
    "Her comments section was closed.",
    "The team went on to win the cup.",
    "Police found Smith at home.",
    "He began to run.",
    "The factory made fewer cars this year.",
    "She spoke in a low voice.",
    "Voters opposed to the plan stayed home.",
    "The lorry backed into a wall.",
    "Last month, after a long debate in the chamber, said to be the longest, the bill passed.",
]


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_no_statement(text):
    assert _rows(text) == []

"""Attribution cues that real news uses (issue 12): stances, intentions and findings reported as statements.

Every sentence here was written for this file. A case gives a sentence, the speaker and the start of what
they said; a near miss gives a sentence where the same verb must not make a row with that speaker.
"""

from __future__ import annotations

import pytest
from attribution_rows import found as _found
from attribution_rows import sentence_rows as _rows

# (sentence, speaker, cue, start of the content)
READS = [
    # stances and intentions: refused/declined to, decided to, ordered, offered
    ("The treasurer refused to publish the audit before the vote.", "The treasurer", "refused", "to publish the audit"),
    ("Two aldermen declined to endorse the mayor's budget.", "Two aldermen", "declined", "to endorse"),
    (
        "The school board decided to close the east wing in June.",
        "The school board",
        "decided",
        "to close the east wing",
    ),
    ("The judge ordered the county to reopen the polling place.", "The judge", "ordered", "the county to reopen"),
    ("Ms. Okafor offered to testify before the ethics panel.", "Ms. Okafor", "offered", "to testify"),
    # findings: a poll, a study or a record shows or finds (gate evidence-subject)
    (
        "A new survey of 900 parents shows most of them back the later start.",
        "A new survey of 900 parents",
        "shows",
        "most",
    ),
    ("The audit found two missing ledgers in the basement.", "The audit", "found", "two missing ledgers"),
    ("Land records indicate the lot was sold a day before the vote.", "Land records", "indicate", "the lot was sold"),
    ("Early returns suggest a close race in the northern wards.", "Early returns", "suggest", "a close race"),
    ("Shipping logs revealed a second buyer for the grain.", "Shipping logs", "revealed", "a second buyer"),
    # A person still shows or finds in the plain rows' own frames ('showed that ...').
    ("The treasurer showed that the budget was balanced.", "The treasurer", "showed", "the budget was balanced"),
    # expectations and accounts
    ("Economists expect the bank to raise rates in the spring.", "Economists", "expect", "the bank to raise rates"),
    ("The inspector described a plant in poor repair.", "The inspector", "described", "a plant in poor repair"),
    (
        "The foreman talked for an hour, describing how the line had been moved abroad.",
        "The foreman",
        "describing",
        "how the line had been moved",
    ),
    # progressive: 'is saying', 'were claiming' is the verb, its subject before 'be'
    ("The senator is saying that the levy will fail.", "The senator", "saying", "the levy will fail"),
    ("The campaign was claiming victory in the fourth ward.", "The campaign", "claiming", "victory"),
    ("Two unions are now backing the mayor's rival.", "Two unions", "backing", "the mayor's rival"),
    ("The housing group is calling for a rent freeze.", "The housing group", "calling for", "a rent freeze"),
    ("Party aides are expecting a close race in the north.", "Party aides", "expecting", "a close race"),
    # a multi-word participle after a comma is read like ', saying ...'
    ("The mayor spoke on Monday, calling for a freeze on rents.", "The mayor", "calling for", "a freeze on rents"),
    ("The governor defended the levy, pointing to the jobs report.", "The governor", "pointing to", "the jobs report"),
]

# (sentence, speaker, cue): no row with this speaker and cue, or one with no content
NEAR_MISSES = [
    # stances
    # A refusal to speak or to commit states nothing: no stance row may take the words after it.
    ("The clerk declined to comment on the lawsuit.", "The clerk", "declined"),
    ("The clerk declined to say whether the audit was late.", "The clerk", "declined"),
    ("The minister refused to rule out a second vote.", "The minister", "refused"),
    # 'refusing' reports an act, not a stance; the noun 'orders' is no cue.
    ("Three protesters were detained after refusing to leave the lobby.", "Three protesters", "refusing"),
    ("The governor signed two executive orders that took effect at once.", "The governor", "orders"),
    # 'decide' as a question about the future; 'offered' with no stance after it.
    ("Voters will decide the race in March.", "Voters", "decide"),
    ("The shop offered discounts all weekend.", "The shop", "offered"),
    # findings: a person or a thing as the subject of a verb of evidence
    ("The senator showed up late to the hearing.", "The senator", "showed"),
    ("Ms. Okafor found her keys in the car.", "Ms. Okafor", "found"),
    ("The new show reveals little about its host.", "The new show", "reveals"),
    ("Two aldermen indicated their seats with small flags.", "Two aldermen", "indicated"),
    # expectations and accounts; a request
    # A request is not a statement (tests/test_realnews_attributions.py), though PolNeAR counts it.
    ("The mayor asked the council to delay the vote until May.", "The mayor", "asked"),
    # A passive expectation has no source; a participle after a noun is that noun's, not a speaker's.
    ("The bank is expected to raise rates in the spring.", "The bank", "expected"),
    ("The union posted a memo describing the new shifts.", "a memo", "describing"),
    # progressive
    # A negated progressive states nothing; a passive 'was told' names no speaker.
    ("The senator is not saying whether she will run.", "The senator", "saying"),
    ("The clerk was told to wait outside.", "The clerk", "told"),
    # 'expecting' only after 'be'.
    ("Expecting rain, the organisers moved the fair indoors.", "the organisers", "expecting"),
]


@pytest.mark.parametrize("text, speaker, cue, content", READS)
def test_a_real_news_cue_in_its_frame_is_an_attribution(text, speaker, cue, content):
    got = _found(text, speaker, cue)
    assert got is not None, _rows(text)
    assert got.startswith(content)


@pytest.mark.parametrize("text, speaker, cue", NEAR_MISSES)
def test_a_near_miss_of_a_real_news_cue_makes_no_row(text, speaker, cue):
    assert not _found(text, speaker, cue), _rows(text)


def test_the_noun_after_a_multi_word_participle_is_its_content_not_its_speaker():
    text = "The governor defended the levy, pointing to the jobs report."
    assert all(source != "the jobs report" for source, _, _ in _rows(text)), _rows(text)


# A participle after a comma (", saying ...") with no statement before it in the sentence: its
# speaker is the sentence's subject, past a dateline and an opening phrase that runs over commas.
PARTICIPLE_SUBJECTS = [
    (
        "Riverton (AP) – Mayor Ana Ruiz has taken aim at the budget plan, saying the numbers do not add up.",
        "Mayor Ana Ruiz",
        "saying",
    ),
    (
        "At a town hall in Lowell, Mass., on Tuesday, Ms. Okafor defended the levy, noting that schools need roofs.",
        "Ms. Okafor",
        "noting",
    ),
    (
        "Mr. Brandt, in a radio interview on Monday, barely mentioned the strike, saying he would wait for the vote.",
        "Mr. Brandt",
        "saying",
    ),
    (
        "In keeping with most of the other members of the panel, the chairwoman voted no, arguing that the fee was unfair.",
        "the chairwoman",
        "arguing",
    ),
    # Unchanged: one short opening phrase, then the subject.
    ("In a statement, the utility apologised, saying the outage was its fault.", "the utility", "saying"),
]

PARTICIPLE_TRAPS = [
    # The opening phrase is not the speaker, nor the place it names.
    (
        "At a town hall in Lowell, Mass., on Tuesday, Ms. Okafor defended the levy, noting that schools need roofs.",
        "Mass.",
    ),
    (
        "Riverton (AP) – Mayor Ana Ruiz has taken aim at the budget plan, saying the numbers do not add up.",
        "Riverton (AP)",
    ),
    (
        "Mr. Brandt, in a radio interview on Monday, barely mentioned the strike, saying he would wait.",
        "in a radio interview",
    ),
]


@pytest.mark.parametrize("text, speaker, cue", PARTICIPLE_SUBJECTS)
def test_a_participle_after_a_comma_is_said_by_the_sentence_subject(text, speaker, cue):
    assert _found(text, speaker, cue) is not None, _rows(text)


@pytest.mark.parametrize("text, not_speaker", PARTICIPLE_TRAPS)
def test_an_opening_phrase_or_dateline_never_speaks_for_a_participle(text, not_speaker):
    assert all(source != not_speaker for source, _, _ in _rows(text)), _rows(text)


# restated-view: a speaker's own view or plan inside their statement is part of it, not a new source.
def test_a_view_the_speaker_restates_in_their_own_statement_is_no_new_row():
    text = "The mayor said she plans to seek a second term next spring."
    assert _found(text, "she", "plans") is None, _rows(text)
    assert _found(text, "The mayor", "said") == "she plans to seek a second term next spring", _rows(text)


def test_a_view_reported_of_someone_named_keeps_its_nested_row():
    text = "Two aides said Ms. Okafor wants a recount in the fourth ward."
    assert _found(text, "Ms. Okafor", "wants") == "a recount in the fourth ward", _rows(text)


def test_a_view_with_a_pronoun_outside_any_statement_keeps_its_row():
    text = "The mayor spoke at the depot. She plans to seek a second term next spring."
    assert _found(text, "She", "plans") == "to seek a second term next spring", _rows(text)

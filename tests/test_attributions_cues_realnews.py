"""Attribution cues that real news uses (issue 12): stances, intentions and findings reported as statements.

Every sentence here was written for this file. A case gives a sentence, the speaker and the start of what
they said; a near miss gives a sentence where the same verb must not make a row with that speaker.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _rows(text: str) -> list[tuple[str, str, str]]:
    frame = trace_attributions(Article.from_text("Council notes\n\n" + text))
    return [
        (r.source, r.cue, r.content if isinstance(r.content, str) else "")
        for r in frame.itertuples()
        if isinstance(r.source, str)
    ]


def _found(text: str, speaker: str, cue: str) -> str | None:
    """The content of the row with this speaker and cue, or None."""
    for source, c, content in _rows(text):
        if source == speaker and c.lower() == cue:
            return content
    return None


# (sentence, speaker, cue, start of the content)
STANCES = [
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
]

STANCE_TRAPS = [
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
]


@pytest.mark.parametrize("text, speaker, cue, content", STANCES)
def test_a_stance_or_intention_is_reported_as_an_attribution(text, speaker, cue, content):
    got = _found(text, speaker, cue)
    assert got is not None, _rows(text)
    assert got.startswith(content)


@pytest.mark.parametrize("text, speaker, cue", STANCE_TRAPS)
def test_a_near_miss_of_a_stance_verb_makes_no_stance_row(text, speaker, cue):
    got = _found(text, speaker, cue)
    assert not got, _rows(text)


# Findings: a poll, a study or a record that shows or finds something speaks (gate evidence-subject).
FINDINGS = [
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
]

FINDING_TRAPS = [
    ("The senator showed up late to the hearing.", "The senator", "showed"),
    ("Ms. Okafor found her keys in the car.", "Ms. Okafor", "found"),
    ("The new show reveals little about its host.", "The new show", "reveals"),
    ("Two aldermen indicated their seats with small flags.", "Two aldermen", "indicated"),
]


@pytest.mark.parametrize("text, speaker, cue, content", FINDINGS)
def test_a_finding_of_a_poll_study_or_record_is_an_attribution(text, speaker, cue, content):
    got = _found(text, speaker, cue)
    assert got is not None, _rows(text)
    assert got.startswith(content)


@pytest.mark.parametrize("text, speaker, cue", FINDING_TRAPS)
def test_a_verb_of_evidence_with_a_person_or_thing_as_subject_makes_no_row(text, speaker, cue):
    assert _found(text, speaker, cue) is None, _rows(text)


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


# Expectations and accounts, each in the frame that makes it a statement.
FRAMES = [
    ("Economists expect the bank to raise rates in the spring.", "Economists", "expect", "the bank to raise rates"),
    ("The inspector described a plant in poor repair.", "The inspector", "described", "a plant in poor repair"),
    (
        "The foreman talked for an hour, describing how the line had been moved abroad.",
        "The foreman",
        "describing",
        "how the line had been moved",
    ),
]

FRAME_TRAPS = [
    # A request is not a statement (tests/test_realnews_attributions.py), though PolNeAR counts it.
    ("The mayor asked the council to delay the vote until May.", "The mayor", "asked"),
    # A passive expectation has no source; a participle after a noun is that noun's, not a speaker's.
    ("The bank is expected to raise rates in the spring.", "The bank", "expected"),
    ("The union posted a memo describing the new shifts.", "a memo", "describing"),
]


@pytest.mark.parametrize("text, speaker, cue, content", FRAMES)
def test_an_expectation_or_account_is_an_attribution(text, speaker, cue, content):
    got = _found(text, speaker, cue)
    assert got is not None, _rows(text)
    assert got.startswith(content)


@pytest.mark.parametrize("text, speaker, cue", FRAME_TRAPS)
def test_a_request_or_a_near_miss_of_an_expectation_or_account_makes_no_row(text, speaker, cue):
    assert _found(text, speaker, cue) is None, _rows(text)

"""A participle of saying after a verb it completes, or after the verb's object (issue 12).

"A statement saying ..." makes the noun phrase the source (rule reduced-relative). When the participle
completes a verb ("kept asking", "has been claiming"), follows a verb's object ("issued a statement
saying", also when the phrase finder read the verb into the phrase: "Ms. Lund sent an email saying"),
follows a preposition (a gerund: "faced criticism for telling") or a comma and adverbs only ("...,
instead calling for"), the speaker is the clause's subject. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis._attribution.participles import after_preposition, completes_verb, object_of_verb, opens_clause
from medialit.analysis.attributions import trace_attributions


def _sources(text: str, cue: str) -> list[str]:
    frame = trace_attributions(Article.from_text("Town notes\n\n" + text))
    return [r.source for r in frame.itertuples() if r.cue.lower() == cue and isinstance(r.source, str)]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("The treasurer kept asking whether the bridge fund had been spent.", "asking", "The treasurer"),
        ("Ms. Okafor has been publicly claiming that the count was rigged.", "claiming", "Ms. Okafor"),
        (
            "The two councillors took turns rebutting the mayor's plan for the harbour.",
            "rebutting",
            "The two councillors",
        ),
        ("The harbour union issued a statement saying the strike would go on.", "saying", "The harbour union"),
        ("Mayor Ruiz posted a video urging residents to boil their water.", "urging", "Mayor Ruiz"),
        # a gerund: the phrase before the preposition ("criticism", "suspicion") is not the speaker
        ("The mayor faced criticism for telling residents that the water was safe.", "telling", "The mayor"),
        ("Two nurses were jailed on suspicion of supporting the strike.", "supporting", "Two nurses"),
        # a comma, then adverbs only: a participle clause, as ", saying ..." is
        (
            "The harbour board met on Monday, instead calling for a vote on the fees.",
            "calling for",
            "The harbour board",
        ),
        ("The ferry company raised its prices, often citing the cost of fuel.", "citing", "The ferry company"),
        # a verb of publishing the phrase finder took into the phrase, or a particle after it
        ("Ms. Lund sent an email saying the library would close.", "saying", "Ms. Lund"),
        ("The coach blasted out an email urging players to rest.", "urging", "The coach"),
    ],
)
def test_the_clause_subject_speaks(text: str, cue: str, speaker: str) -> None:
    assert _sources(text, cue) == [speaker]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Letters saying the school would close reached every parent.", "saying", "Letters"),
        ("Residents backing the new park packed the hall.", "backing", "Residents"),
        ("A report warning of floods was shelved.", "warning", "A report"),
        ("Posts claiming the bridge was shut spread quickly.", "claiming", "Posts"),
        (
            "The poll was mixed, with 40 percent of voters saying they trust the mayor.",
            "saying",
            "40 percent of voters",
        ),
    ],
)
def test_a_noun_phrase_before_the_participle_still_speaks(text: str, cue: str, speaker: str) -> None:
    assert _sources(text, cue) == [speaker]


def test_the_word_before_is_never_the_source() -> None:
    # Before the rule, 'begun' and 'much' were read as the speakers.
    assert "begun" not in _sources("More farmers have begun urging the board to act.", "urging")
    assert "much" not in _sources("The mayor wasn't so much saying no as asking for time.", "saying")
    assert "instead" not in _sources("The clerk shrugged, instead saying nothing of the fire.", "saying")
    assert "criticism" not in _sources("Ed Roe drew criticism for claiming the count was rigged.", "claiming")


@pytest.mark.parametrize(
    "lead, expected",
    [
        ("She kept", True),
        ("He's", True),
        ("they have been falsely", True),
        ("They took turns", True),
        ("a statement", False),
        ("Residents", False),
        ("the early", False),
    ],
)
def test_completes_verb(lead: str, expected: bool) -> None:
    assert completes_verb(lead) is expected


def test_object_of_verb() -> None:
    text = "The union issued a statement saying so. Letters saying so came."
    assert object_of_verb(text, text.index("a statement"))
    assert not object_of_verb(text, text.index("Letters"))
    text = "Ms. Lund sent an email saying so. The club put out a statement saying so. Letters saying so came."
    assert object_of_verb(text, text.index("Ms. Lund"), text.index(" saying"))  # the verb inside the phrase
    assert object_of_verb(text, text.index("a statement"))  # the verb before its particle
    assert not object_of_verb(text, text.index("Letters"), text.index("Letters") + 7)
    assert not object_of_verb(text, text.index("Ms. Lund"))  # without the phrase's end only the word before counts


@pytest.mark.parametrize(
    "lead, gerund, clause",
    [
        ("She was praised for", True, False),
        ("They spoke of", True, False),
        ("The vote went ahead, with", False, False),
        ("He met them, instead", False, True),
        ("He met them, often publicly", False, True),
        ("Residents", False, False),
        ("He met them,", False, False),  # a bare comma is rule participle's
    ],
)
def test_after_preposition_and_opens_clause(lead: str, gerund: bool, clause: bool) -> None:
    assert after_preposition(lead) is gerund
    assert opens_clause(lead) is clause

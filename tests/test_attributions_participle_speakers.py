"""Rule reduced-relative: who speaks in a participle the phrase before it does not own (issue 12).

A participle of saying after a noun phrase ("letters saying ...") makes that phrase the speaker. Three
shapes put something else before the participle, and there the clause's subject speaks: a preposition
(a gerund: "was criticised for telling"), a comma and adverbs ("..., instead calling for"), and a verb of
publishing the phrase finder read into the phrase ("Ms. Lund sent an email saying"). Every sentence here
was written for this file.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis._attribution.participles import after_preposition, object_of_verb, opens_clause
from medialit.analysis.attributions import trace_attributions


def _sources(text: str, cue: str) -> list[str]:
    frame = trace_attributions(Article.from_text("Town notes\n\n" + text))
    return [r.source for r in frame.itertuples() if r.cue.lower() == cue and isinstance(r.source, str)]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
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
        # a verb of publishing the phrase finder took into the phrase
        ("Ms. Lund sent an email saying the library would close.", "saying", "Ms. Lund"),
        ("The coach blasted out an email urging players to rest.", "urging", "The coach"),
    ],
)
def test_the_clause_subject_speaks(text: str, cue: str, speaker: str) -> None:
    assert _sources(text, cue) == [speaker]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # near misses: the phrase right before the participle still speaks
        ("Residents backing the new park packed the hall.", "backing", "Residents"),
        ("Posts claiming the bridge was shut spread quickly.", "claiming", "Posts"),
        (
            "The poll was mixed, with 40 percent of voters saying they trust the mayor.",
            "saying",
            "40 percent of voters",
        ),
    ],
)
def test_the_phrase_before_still_speaks(text: str, cue: str, speaker: str) -> None:
    assert _sources(text, cue) == [speaker]


def test_no_adverb_or_phrase_before_a_preposition_is_a_speaker() -> None:
    assert "instead" not in _sources("The clerk shrugged, instead saying nothing of the fire.", "saying")
    assert "criticism" not in _sources("Ed Roe drew criticism for claiming the count was rigged.", "claiming")


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
def test_the_shapes(lead: str, gerund: bool, clause: bool) -> None:
    assert after_preposition(lead) is gerund
    assert opens_clause(lead) is clause


def test_object_of_verb_reads_a_verb_inside_the_phrase() -> None:
    text = "Ms. Lund sent an email saying so. The club put out a statement saying so. Letters saying so came."
    assert object_of_verb(text, text.index("Ms. Lund"), text.index(" saying"))
    assert object_of_verb(text, text.index("a statement"))
    assert not object_of_verb(text, text.index("Letters"), text.index("Letters") + 7)
    assert not object_of_verb(text, text.index("Ms. Lund"))  # without the phrase's end only the word before counts

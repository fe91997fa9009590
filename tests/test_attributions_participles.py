"""A participle of saying after a verb it completes, or after the verb's object (issue 12).

"A statement saying ..." makes the noun phrase the source (rule reduced-relative). When the participle
completes a verb ("kept asking", "has been claiming") or follows a verb's object ("issued a statement
saying"), the speaker is the clause's subject. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis._attribution.participles import completes_verb, object_of_verb
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
    ],
)
def test_a_noun_phrase_before_the_participle_still_speaks(text: str, cue: str, speaker: str) -> None:
    assert _sources(text, cue) == [speaker]


def test_the_word_before_is_never_the_source() -> None:
    # Before the rule, 'begun' and 'much' were read as the speakers.
    assert "begun" not in _sources("More farmers have begun urging the board to act.", "urging")
    assert "much" not in _sources("The mayor wasn't so much saying no as asking for time.", "saying")


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

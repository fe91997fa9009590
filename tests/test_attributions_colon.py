"""Quotations introduced by a colon (issue 12): the speaker named before the colon keeps the quotation.

Every sentence here was written for this file. A case gives the quotation and its expected speaker;
a trap gives text where no row may hold the quoted words, or none may come from a colon.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _frame(text: str):
    return trace_attributions(Article.from_text("Evening news summary\n\n" + text))


def _speaker_of(text: str, quoted: str) -> str | None:
    for r in _frame(text).itertuples():
        if isinstance(r.content, str) and r.content.startswith(quoted):
            return r.source
    return None


CASES = [
    # The next sentence's cue ("cited it") does not take a quotation the colon already introduced.
    (
        'The senator, visibly tired, finally replied: "Why does the date matter now?" '
        "His rivals cited it as proof that he did not care.",
        "Why does the date matter now?",
        "The senator",
    ),
    (
        "The coach shrugged and answered: “We lost because they were better.” Fans cited it for weeks.",
        "We lost because they were better.",
        "The coach",
    ),
    # A bracketed source after the quotation ends its sentence like a full stop.
    (
        "Pollsters agree - Mara Quill: “Late polls did better this year. Early ones missed the swing.” [Tribune.]",
        "Late polls did better this year.",
        "Mara Quill",
    ),
    # A speaker in a closing 'with' clause ('..., with X yelling:').
    (
        "Fans booed the referee, with the captain reportedly shouting: “Look at the replay!”",
        "Look at the replay!",
        "the captain",
    ),
    (
        "The turnout story - Ivo Brandt: “The caucus crowd was older than in any year we measured.” [Gazette.]\n\nNext item.",
        "The caucus crowd was older",
        "Ivo Brandt",
    ),
]


@pytest.mark.parametrize("text, quoted, speaker", CASES)
def test_colon_introduced_quotation_keeps_its_speaker(text, quoted, speaker):
    assert _speaker_of(text, quoted) == speaker


def test_a_quotation_without_colon_still_goes_to_the_next_speaker():
    # Control for the first case: without the colon, '“...?” X said' reads as before.
    text = 'The hall was silent. "Why does the date matter now?" the senator said.'
    assert _speaker_of(text, "Why does the date matter now?") == "the senator"


TRAPS = [
    # A colon introducing a list of quoted words: no statement.
    "The menu had three words: “soup,” “bread” and “cheese.”",
    # A closing 'with' clause that introduces a list, not a statement.
    "The bakery reopened, with three loaves on the shelf: “rye,” “spelt” and “wheat.”",
    # A headline tag: 'Watch' is a label, not a speaker.
    "Watch: “The Long Night” trailer shows the flooded town.",
    # A time with a colon is no introduction.
    "The train left at 10:30 and reached the coast by noon.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_give_no_colon_speaker(text):
    frame = _frame(text)
    assert not any(isinstance(s, str) and s.strip() in {"three words", "Watch", "10", "The menu"} for s in frame.source)
    assert not any(r == "quote-intro" for r in frame.rule)

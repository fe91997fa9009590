"""A source named by a preposition (issue 12): 'To many voters, the plan is a betrayal.' (rule 'to-experiencer').

Every sentence here was written for this file. A case gives the expected (source, content); a near miss
gives text where no row may come from the rule.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _rows(text: str, rule: str = "to-experiencer") -> list[tuple[str, str]]:
    frame = trace_attributions(Article.from_text("Harbour news\n\n" + text))
    frame = frame[frame["rule"] == rule]
    return [(r.source, r.content) for r in frame.itertuples()]


CASES = [
    ("To many voters, the plan is a betrayal.", ("many voters", "the plan is a betrayal")),
    (
        "To Ms. Ortiz, who grew up near the mine, the closure feels personal.",
        ("Ms. Ortiz", "the closure feels personal"),
    ),
    ("To Mr. Dunn, a farmer, the rules seem unfair.", ("Mr. Dunn", "the rules seem unfair")),
    ("But to others, the mayor is a hero.", ("others", "the mayor is a hero")),
    ("To them, the strike was overdue.", ("them", "the strike was overdue")),
    (
        "To Lee, her staff and the volunteers, the result felt like a win.",
        ("Lee, her staff and the volunteers", "the result felt like a win"),
    ),
    ("To her longtime supporters, the speech was a relief.", ("her longtime supporters", "the speech was a relief")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_to_experiencer(text, expected):
    assert expected in _rows(text), _rows(text)


NEAR_MISSES = [
    "To be sure, the plan has flaws.",  # a sentence adverb
    "To win, she needs Ohio.",  # a purpose clause
    "To date, nobody has applied.",  # a time phrase
    "To the surprise of the board, the vote failed.",  # no person after "To"
    "He gave the award to Ms. Ortiz, who thanked him.",  # "to" inside the sentence
    "To the harbour, the road is closed.",  # a place, not a person
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_to_experiencer_near_misses(text):
    assert _rows(text) == []


def _view_rows(text: str) -> list[tuple[str, str]]:
    return _rows(text, "in-view")


VIEW_CASES = [
    ("In Dr. Amos's view, the dam is safe.", ("Dr. Amos", "the dam is safe")),
    ("The dam was never safe, in the engineers' view.", ("the engineers", "The dam was never safe")),
    ("In their view, the ferry should run at night.", ("their", "the ferry should run at night")),
]


@pytest.mark.parametrize("text, expected", VIEW_CASES)
def test_in_view(text, expected):
    assert expected in _view_rows(text), _view_rows(text)


VIEW_NEAR_MISSES = [
    "The view from the harbour wall is famous.",  # no owner
    "Her view of the bay was blocked by a crane.",  # an owner, but no 'in': a sight, not an opinion
    "Tourists come for the view, not the food.",
]


@pytest.mark.parametrize("text", VIEW_NEAR_MISSES)
def test_in_view_near_misses(text):
    assert _view_rows(text) == []


def test_in_my_view_is_the_writers_own_opinion():
    assert _view_rows("In my view, the harbour board has lost its way.") == []


POLL_CASES = [
    (
        "Mayor Reyes leads her rival by nine points in a Harbour Times poll released Monday.",
        ("a Harbour Times poll", "Mayor Reyes leads her rival by nine points"),
    ),
    (
        "Support for the ferry fell to 40 percent in the latest Coast Radio survey.",
        ("the latest Coast Radio survey", "Support for the ferry fell to 40 percent"),
    ),
]


@pytest.mark.parametrize("text, expected", POLL_CASES)
def test_in_poll(text, expected):
    assert expected in _rows(text, "in-poll"), _rows(text, "in-poll")


POLL_NEAR_MISSES = [
    "Mayor Reyes has led in the polls all year.",  # no pollster named
    "Mayor Reyes is ahead in national polls.",
    "Half the voters in a Harbour Times poll said the ferry should run at night.",  # the voters speak
    "Turnout in the harbour survey area was low.",  # no pollster named
]


@pytest.mark.parametrize("text", POLL_NEAR_MISSES)
def test_in_poll_near_misses(text):
    assert _rows(text, "in-poll") == []

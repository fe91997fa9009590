"""Statements named by a noun (issue 12): the owner before the noun is the source (`_attribution/nominal.py`).

Every sentence here was written for this file. A case gives the expected (source, cue, content start); a
near miss gives text where no row may come from the rule.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _rows(text: str, rule: str | None = None) -> list[tuple[str, str, str]]:
    frame = trace_attributions(Article.from_text("Town hall notes\n\n" + text))
    if rule is not None:
        frame = frame[frame["rule"] == rule]
    return [(r.source, r.cue, r.content) for r in frame.itertuples()]


def _has(rows, source: str, cue: str, content_start: str) -> bool:
    return any(s == source and c == cue and str(t).startswith(content_start) for s, c, t in rows)


# 'possessive-noun': the owner is the phrase right before "'s", not a phrase further back.
POSSESSIVE_OWNER = [
    (
        "Critics kept asking questions about the mayor's claim that the bridge was safe.",
        ("the mayor", "claim", "the bridge was safe"),
    ),
    (
        "The report found gaps in North Dakota's assertion that every ballot was counted.",
        ("North Dakota", "assertion", "every ballot was counted"),
    ),
    (
        "Despite Ms. Okafor's insistence that the fund was solvent, savers left.",
        ("Ms. Okafor", "insistence", "the fund was solvent"),
    ),
    (
        "As for Dr. Lind's claim that the vaccine failed, nobody has checked it.",
        ("Dr. Lind", "claim", "the vaccine failed"),
    ),
    (
        "Nobody believed the Harbor Board's statement that fees would stay flat.",
        ("the Harbor Board", "statement", "fees would stay flat"),
    ),
]


@pytest.mark.parametrize("text, expected", POSSESSIVE_OWNER)
def test_possessive_noun_owner_is_the_phrase_before_the_genitive(text, expected):
    assert _has(_rows(text, "possessive-noun"), *expected), _rows(text)


POSSESSIVE_NEAR_MISSES = [
    # "that" opens a relative clause: the claim was made, nothing is claimed here
    "The council's claim that was filed in May has been dropped.",
    # "it's" is "it is": no owner
    "It's statement that matters most, the coach joked.",
    # no owner at all
    "The claim that the bridge was safe came from nowhere.",
]


@pytest.mark.parametrize("text", POSSESSIVE_NEAR_MISSES)
def test_possessive_noun_near_misses(text):
    assert _rows(text, "possessive-noun") == []


# 'possessive-noun' with a pronoun owner: the agreeing subject of the clause is the source.
SUBJECT_CASES = [
    ("Later that week, she repeated her claim that the vote was rigged.", ("she", "claim", "the vote was rigged")),
    (
        "The housing board on Friday doubled down on its claim that rents had tripled.",
        ("The housing board", "claim", "rents had tripled"),
    ),
    ("Local farmers have stood by their claim that the river flooded.", ("Local farmers", "claim", "the river")),
]


@pytest.mark.parametrize("text, expected", SUBJECT_CASES)
def test_pronoun_owner_gives_the_clause_subject(text, expected):
    assert _has(_rows(text, "possessive-noun"), *expected), _rows(text)


SUBJECT_NEAR_MISSES = [
    # the subject does not agree with the pronoun: the pronoun stays the source
    ("Shoppers mocked his claim that prices would fall.", ("his", "claim", "prices would fall")),
    # a name inside the clause before the verb stops the search
    ("The judge told Ms. Reyes her claim that the lease was void had failed.", ("her", "claim", "the lease")),
]


@pytest.mark.parametrize("text, expected", SUBJECT_NEAR_MISSES)
def test_pronoun_owner_without_agreeing_subject(text, expected):
    assert _has(_rows(text, "possessive-noun"), *expected), _rows(text)


# 'noun-object': the owner is the source, the object of the preposition the content.
OBJECT_CASES = [
    ("The mayor's attacks on the transit board grew sharper.", ("The mayor", "attacks on", "the transit board")),
    (
        "Critics noted Dr. Amal Haddad's blistering critique of the budget.",
        ("Dr. Amal Haddad", "critique of", "the budget"),
    ),
    (
        "Her repeated criticism of the ferry contract has angered the council.",
        ("Her", "criticism of", "the ferry contract"),
    ),
    ("Ms. Berg stepped up her attacks against the developer.", ("Ms. Berg", "attacks against", "the developer")),
]


@pytest.mark.parametrize("text, expected", OBJECT_CASES)
def test_noun_object(text, expected):
    assert _has(_rows(text, "noun-object"), *expected), _rows(text)


OBJECT_NEAR_MISSES = [
    # no owner: nobody's statement
    "The attacks on the transit board came from every side.",
    "Criticism of the ferry contract is growing.",
    # "it's" is "it is", not an owner
    "It's criticism of the budget, not of the mayor, that she resents.",
    # the possessive belongs to a phrase before a verb, not to the noun
    "The mayor's aide was at the attacks on the board hearing.",
]


@pytest.mark.parametrize("text", OBJECT_NEAR_MISSES)
def test_noun_object_near_misses(text):
    assert _rows(text, "noun-object") == []


def test_a_verb_after_a_nominal_statement_keeps_the_clause_subject():
    # "and said" shares the sentence's speaker, not the owner of "his attacks on"
    rows = _rows("Mr. Osei said his attacks on the mayor had worked and said the vote would be close.")
    assert ("his", "attacks on", "the mayor") in rows
    assert any(s == "Mr. Osei" and c == "said" and t.startswith("the vote") for s, c, t in rows), rows


def test_the_object_ends_before_a_time_word():
    rows = _rows("The board's attack on the mayor last week drew anger.", "noun-object")
    assert ("The board", "attack on", "the mayor") in rows, rows


def test_a_coordinated_verb_does_not_lend_its_subject():
    # "embraced" shares the subject of "filed"; "his" is someone else
    rows = _rows("The tenants filed a motion and embraced his argument that the lease was void.", "possessive-noun")
    assert _has(rows, "his", "argument", "the lease was void"), rows

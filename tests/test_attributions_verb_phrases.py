"""Statements and stances named by a verb phrase (issue 12): 'pushed for', 'attacked', 'mentioned',
'emphasized', 'took aim at', 'laid out', 'issued a statement' (rows of speech_acts.csv), and the frame a
participle of saying completes (`_attribution/light_verbs.py`).

Every sentence here was written for this file. A case gives a sentence, the speaker and the start of what
they said; a near miss gives a sentence where the same words must not make a row with that speaker.
"""

from __future__ import annotations

import pytest
from attribution_rows import found as _found
from attribution_rows import sentence_rows as _rows

# (sentence, speaker, cue, start of the content)
READS = [
    ("The dock union pushed for a vote on the night shifts.", "The dock union", "pushed for", "a vote"),
    ("Councillor Moss is pushing for lower ferry fares.", "Councillor Moss", "pushing for", "lower ferry fares"),
    ("Ms. Petrov attacked the harbour plan as a giveaway.", "Ms. Petrov", "attacked", "the harbour plan"),
    ("The treasurer mentioned that the pier repairs were late.", "The treasurer", "mentioned", "the pier repairs"),
    ("The mayor mentioned Lena Ruiz as a possible deputy.", "The mayor", "mentioned", "Lena Ruiz"),
    ("The port director emphasized that the closure is temporary.", "The port director", "emphasized", "the closure"),
    ("Mr. Haddad took aim at the ferry company on Tuesday.", "Mr. Haddad", "took aim at", "the ferry company"),
    ("Two trustees took issue with the new timetable.", "Two trustees", "took issue with", "the new timetable"),
    ("The candidate laid out her plan for the fish market.", "The candidate", "laid out", "her plan"),
    ("The minister outlined three ways to cut the queue.", "The minister", "outlined", "three ways"),
    ("The harbour board issued a statement on the oil spill.", "The harbour board", "issued a statement", "on the oil"),
    ("The pilots released a letter to the council.", "The pilots", "released a letter", "to the council"),
    ("The harbour master reiterated that the pier stays shut.", "The harbour master", "reiterated", "the pier"),
    ("Ms. Petrov repeated her call for a recount.", "Ms. Petrov", "repeated", "her call"),
    ("The senator touted the ferry subsidy at every stop.", "The senator", "touted", "the ferry subsidy"),
    # 'suggest' before a clause that opens with a name and its verb, or with 'any'/'such'
    ("The trustee suggested Ms. Petrov had misread the tide tables.", "The trustee", "suggested", "Ms. Petrov had"),
    ("Two pilots suggest such delays could double.", "Two pilots", "suggest", "such delays"),
    # a short adverb of frequency or degree between subject and verb is skipped, like an -ly adverb
    ("The harbour master rarely mentioned the dredging plan.", "The harbour master", "mentioned", "the dredging"),
    ("Ms. Petrov barely mentioned the strike, saying she would wait.", "Ms. Petrov", "saying", "she would wait"),
]

# (sentence, speaker, cue): no row with this speaker and cue, or one with no content
NEAR_MISSES = [
    # no statement: a physical push, a noun, a negation, an event as subject, a passive
    ("The crew pushed the boat back into the water.", "The crew", "pushed"),
    ("The storm attacks on the coast grew worse.", "The storm", "attacks on"),
    ("The treasurer did not mention the pier repairs.", "The treasurer", "mentioned"),
    ("The defeat underscored the weakness of the harbour party.", "The defeat", "underscored"),
    ("The quay was laid out in 1820 by Dutch engineers.", "The quay", "laid out"),
    ("The market took shape over two summers.", "The market", "took"),
    # 'repeated' as an adjective, 'thanks to' as a preposition
    ("Repeated delays angered the pilots.", "Repeated delays", "angered"),
    ("Thanks to the storm, the ferry ran late.", "the ferry", "Thanks"),
    # 'suggested' before a name that is its object, not a clause's subject
    ("The mayor suggested Tuesday as the date for the regatta.", "The mayor", "suggested"),
    ("Ms. Ruiz suggested Main Street for the parade.", "Ms. Ruiz", "suggested"),
    # 'attacks'/'attacking' are not the verb row: the noun and an ad's attack
    ("The ferry ads attacking Ms. Petrov ran all week.", "The ferry ads", "attacking"),
]


@pytest.mark.parametrize("text, speaker, cue, content", READS)
def test_a_verb_phrase_of_statement_is_an_attribution(text, speaker, cue, content):
    got = _found(text, speaker, cue)
    assert got is not None, _rows(text)
    assert got.startswith(content)


@pytest.mark.parametrize("text, speaker, cue", NEAR_MISSES)
def test_a_near_miss_of_a_verb_phrase_makes_no_row(text, speaker, cue):
    assert not _found(text, speaker, cue), _rows(text)


def test_a_statement_issued_with_a_participle_of_saying_is_one_statement():
    # 'issued a statement saying ...': the participle's row (content without 'saying') is the statement;
    # the frame's row gives way.
    rows = _rows("The harbour board issued a statement saying the spill was contained.")
    assert rows == [("The harbour board", "saying", "the spill was contained")]


def test_a_comma_keeps_the_frame_and_the_participle_apart():
    rows = _rows("The harbour board issued a statement on Monday, saying the spill was contained.")
    assert ("The harbour board", "issued a statement") in {(s, c) for s, c, _ in rows}
    assert ("The harbour board", "saying") in {(s, c) for s, c, _ in rows}

"""Sources and contents of attributions in shapes real news uses (PolNeAR-style), one block per rule.

Every sentence here is written for this file; each rule has positive cases and near misses
that must not fire.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _rows(text: str) -> list[tuple[str, str, str]]:
    frame = trace_attributions(Article.from_text(text))
    return [(r.source, r.cue, r.content) for r in frame.itertuples()]


# ---------------------------------------------------------------- opening-subject
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            'Ruth Okafor, a host of the cooking show "Salt Lines," who later ran the food bank, said the pantry '
            "had never been busier.",
            "Ruth Okafor",
            "the pantry had never been busier",
        ),
        (
            "Several parents who have followed the board's meetings for years, in person or online, said the "
            "vote came as a surprise.",
            "Several parents",
            "the vote came as a surprise",
        ),
        (
            "Mr. Halvorsen, citing ''a shortage of drivers,'' said the route would close in May.",
            "Mr. Halvorsen",
            "the route would close in May",
        ),
        (
            "One nurse who worked the night shift and who asked not to be named said the ward ran out of masks.",
            "One nurse",
            "the ward ran out of masks",
        ),
        (
            "But dozens of farmers interviewed at markets in the valley this month, including Ms. Brandt, said "
            "prices had fallen.",
            "dozens of farmers",
            "prices had fallen",
        ),
    ],
)
def test_opening_subject_finds_a_speaker_far_from_the_verb(text: str, source: str, content: str) -> None:
    # the speaker's head opens the source ("Several parents who have ..." is as right as "Several parents")
    assert any(s.startswith(source) and c == "said" and t == content for s, c, t in _rows(text))


@pytest.mark.parametrize(
    ("text", "wrong_source"),
    [
        # A speaker after the verb: the opening phrase is the content's subject, not the speaker.
        ("The depot, which opened in 2009, was sold last week, said the owner, Dana Fisk.", "The depot"),
        # A comma-set piece opening with a finite verb belongs to the main clause.
        ("The plan, drafted in June, was dropped, and the council said nothing more.", "The plan"),
        # A sentence adverb set off by a comma is not a name.
        ("Nevertheless, after the long night in the chamber that ended at dawn, said little.", "Nevertheless"),
        ("Repeatedly, in speeches to farmers across the state, said the tax would go.", "Repeatedly"),
        # An opening clause whose verb looks like a participle, with the speaker after the cue.
        ("The FBI looked for a link between the two men, said the bureau's director, Jo Bell, on Monday.", "The FBI"),
        # A long quotation between the phrase and the verb is not an apposition.
        ('Ms. Grant, "who has never once in all these long years been asked about the fund," said Lee.', "Ms. Grant"),
    ],
)
def test_opening_subject_near_misses(text: str, wrong_source: str) -> None:
    assert all(source != wrong_source for source, _, _ in _rows(text))


# ---------------------------------------------------------------- quote marks as archives and typists leave them
def test_three_marks_close_a_nested_and_an_outer_quotation() -> None:
    text = "''We kept the word 'temporary,''' said Mr. Olsen, the depot manager. ''Nothing lasts.''"
    rows = _rows(text)
    assert rows[0][0] == "Mr. Olsen"
    assert rows[0][2].startswith("We kept the word 'temporary,'")


def test_an_opening_mark_typed_as_the_closing_one() -> None:
    rows = _rows("“The line moved fast,“ said Ivy Marsh, a volunteer. “Nobody waited long.”")
    assert rows[0][:2] == ("Ivy Marsh", "said")
    assert rows[0][2] == "The line moved fast"


def test_an_opening_mark_mid_paragraph_still_opens() -> None:
    # near miss: a mark after a space opens a new quotation, even while an earlier one is unclosed
    from medialit.quotes import find_quotes

    text = "He called it “a mess and then “a scandal.”"
    assert [text[q.start : q.end] for q in find_quotes(text) if q.level == 0][-1] == "“a scandal.”"


# ---------------------------------------------------------------- sentence-subject (a verb sharing the main clause's subject)
@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Asked on Friday whether she would run again, Mrs. Okafor shook her head and said, “Never.”",
            "Mrs. Okafor",
            "said",
        ),
        (
            "Asked about the bridge, Mayor Tran thought for a moment and said that it would reopen.",
            "Mayor Tran",
            "said",
        ),
        (
            "Omar Haddad, the county treasurer, held out for a freeze and said the budget was too large.",
            "Omar Haddad",
            "said",
        ),
        (
            "Two days later, Ms. Berg reversed herself, telling the board that the vote would stand.",
            "Ms. Berg",
            "telling",
        ),
        (
            "When Lina Cho thanked the volunteers and said the shelter would stay open, the room cheered.",
            "Lina Cho",
            "said",
        ),
        (
            "Essentially, the auditors read every invoice and found that two vendors had been paid twice.",
            "the auditors",
            "found",
        ),
    ],
)
def test_sentence_subject_of_a_shared_verb(text: str, source: str, cue: str) -> None:
    assert (source, cue) in [(s, c) for s, c, _ in _rows(text)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an opening participle phrase is no speaker
        ("Asked on Friday whether she would run again, Mrs. Okafor shook her head and said, “Never.”", "Asked"),
        # an apposition stays with its name: the description is not the speaker
        (
            "Omar Haddad, the county treasurer, held out for a freeze and said the budget was too large.",
            "the county treasurer",
        ),
        # a time phrase is no speaker
        ("Two days later, Ms. Berg reversed herself, telling the board that the vote would stand.", "Two days"),
    ],
)
def test_sentence_subject_near_misses(text: str, wrong: str) -> None:
    assert all(s != wrong for s, _, _ in _rows(text))


# ---------------------------------------------------------------- occasion-tail (the content came before the verb)
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The reservoir had never been so low, the engineer said in a radio interview on Tuesday.",
            "the engineer",
            "The reservoir had never been so low",
        ),
        (
            "Turnout was higher than in any year since 1990, she wrote as the last ballots were counted.",
            "she",
            "Turnout was higher than in any year since 1990",
        ),
    ],
)
def test_occasion_tail_after_the_verb(text: str, source: str, content: str) -> None:
    assert (source, content) in [(s, t) for s, _, t in _rows(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an introduction before the comma: the content follows the verb
        ("Before the vote, officials said in a statement the bridge would close.", "the bridge would close"),
        # "that" after the occasion opens the content
        (
            "The town is small, and the mayor said on Monday that the school would stay open.",
            "the school would stay open",
        ),
    ],
)
def test_occasion_tail_near_misses(text: str, content: str) -> None:
    assert content in [t for _, _, t in _rows(text)]


# ---------------------------------------------------------------- quote-dash-speaker (a signed quotation)
def test_quotation_signed_on_the_next_line() -> None:
    text = 'The panel met twice.\n\n"Our buses run late because the roads are full."\n\n- Priya Nair, Leeds.\n\nThat is only half true.'
    assert ("Priya Nair", "-", "Our buses run late because the roads are full.") in _rows(text)


def test_quotation_signed_on_the_same_line() -> None:
    text = '"The library stays open all summer." -Mayor Ruiz, speaking after the vote.\n\nThe budget passed.'
    assert ("Mayor Ruiz", "-", "The library stays open all summer.") in _rows(text)


def test_a_dash_list_item_after_a_quotation_is_no_signature() -> None:
    # near miss: the line after the quotation is a sentence of its own, not a name
    text = '"Read the small print."\n\n- This advice appears on every form we checked.\n\nMore below.'
    assert all(rule != "quote-dash-speaker" for rule in trace_attributions(Article.from_text(text))["rule"])


# ---------------------------------------------------------------- quote-intro in shapes real news uses
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # a fronted verb, then the speaker with a relative clause
        (
            "The old mill became a museum. Said Ruth Amos, who worked there for thirty years, “We kept every loom.”",
            "Ruth Amos",
            "We kept every loom.",
        ),
        # a dash aside after the quotation
        (
            "During the forum, Tom Reyes quipped, “I only read the footnotes” - and the hall laughed.",
            "Tom Reyes",
            "I only read the footnotes",
        ),
        # the clause ending at the quotation is a subordinate one with its own speaker
        ("Ivo rowed past the pier as his cousins shouted, “Come back!”", "his cousins", "Come back!"),
    ],
)
def test_quote_intro_real_shapes(text: str, source: str, content: str) -> None:
    assert (source, content) in [(s, t) for s, _, t in _rows(text)]


def test_quote_intro_keeps_the_main_speaker_when_the_subordinate_subject_is_a_pronoun() -> None:
    # near miss: "he" in "when he blogged" is the main speaker again
    rows = _rows("Noor Salah summed it up best when he blogged: “Maps are arguments.”")
    assert rows and rows[0][0] == "Noor Salah"


# ---------------------------------------------------------------- a shared verb skips statements read inside a noun phrase
def test_participle_after_a_statement_inside_a_noun_phrase_takes_the_main_subject() -> None:
    text = (
        "And although she thanked the volunteers for supporting the drive, Dr. Imani struck a cautious note, "
        "saying, “We are not done yet.”"
    )
    assert ("Dr. Imani", "saying") in [(s, c) for s, c, _ in _rows(text)]


def test_participle_after_a_main_clause_statement_shares_its_source() -> None:
    # near miss: the earlier statement is the main clause's own; its speaker is shared
    text = "The mayor denied the report, calling it “plainly false.”"
    assert all(s == "The mayor" for s, _, _ in _rows(text))

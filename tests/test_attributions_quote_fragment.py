"""`quote-fragment`: quoted words inside a clause whose subject speaks, read without a reporting verb of the
lexicon (issue 12). Sentences written for these tests.

Real news quotes a speaker's words inside a clause of its own wording ("has complained that ...
were “...”", "a fisherman shouted “...”"): the clause's subject is the source. A passive, a
copula, a contraction or a phrase that names nobody is no speaker.
"""

from __future__ import annotations

import pytest
from attribution_rows import HEAD, rows

from medialit import Article
from medialit.analysis.attributions import trace_attributions

_rows = rows


@pytest.mark.parametrize(
    "text, expected",
    [
        # an auxiliary and a participle before the quoted words
        (
            "The harbour master has complained that ferry operators were “ignoring the timetable.”",
            ("The harbour master", "has complained that ferry operators were", "ignoring the timetable."),
        ),
        (
            "The housing charity has long campaigned against “renovictions” in the old town.",
            ("The housing charity", "has long campaigned against", "renovictions"),
        ),
        (
            "Councillor Ruth Amsel is pitching “a greener budget” for next year.",
            ("Councillor Ruth Amsel", "is pitching", "a greener budget"),
        ),
        # one quoted word after a named speaker's verb
        (
            "Mayor Odile Park waved off the audit as “theatre.”",
            ("Mayor Odile Park", "waved off the audit as", "theatre."),
        ),
        # a speaker named by a possessive phrase
        (
            "His campaign protested that the mayor was being “disingenuous” about the permit.",
            ("His campaign", "protested that the mayor was being", "disingenuous"),
        ),
        # a speaker named by a phrase, not a name, with a verb in the past
        ("A fisherman shouted “Not in our bay!” from the pier.", ("A fisherman", "shouted", "Not in our bay!")),
    ],
)
def test_quoted_words_of_the_clause_subject(text, expected):
    assert [row[:3] for row in _rows(text) if row[3] == "quote-fragment"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a passive: the subject was asked, it did not speak
        "The minister was asked about “the missing funds” at the hearing.",
        # a contraction, not a speaker's name
        "Ortega’s not going to win “the suburbs” this way.",
        # a demonstrative names nobody
        "This seems like “a big ask” for the town.",
        # a quantifier cut from its noun, and a plural noun taken for a verb after a phrase with no name
        "Both candidates defended “school choice” on Tuesday.",
        "The new rules apply to “seasonal workers” only.",
        # a possession and a copula stay labels
        "The council has “serious doubts” about it.",
        "The ferry was “late again.”",
    ],
)
def test_quoted_words_no_speaker_says(text):
    assert "quote-fragment" not in [row[3] for row in _rows(text)]


def test_relative_pronoun_speaker_resolves_to_its_antecedent():
    df = trace_attributions(
        Article.from_text(
            HEAD + "The mayor, who has postured herself as the “law and order candidate,” spoke on Monday."
        )
    )
    rows = [(r.source, r.source_resolved, r.cue, r.content) for r in df.itertuples() if r.rule == "quote-fragment"]
    assert rows == [("who", "The mayor", "has postured herself as the", "law and order candidate")]


def test_a_thing_in_a_relative_clause_says_nothing():
    # "which" stands for a thing: the quoted words are what others called it, not its own statement
    assert "quote-fragment" not in [r[3] for r in _rows("The old ferry, which has long been “a relic,” sank in May.")]

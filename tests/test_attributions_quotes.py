"""Direct quotations on the shapes real news gives them (issue 12): sentences written for these tests.

Each case names the structural rule it guards (`medialit.analysis._attribution.quoted`
and the rules that read quotations).
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions

HEAD = "Evening bulletin\n\n"


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    df = trace_attributions(Article.from_text(HEAD + text))
    return [(r.source, r.cue, r.content, r.rule) for r in df.itertuples()]


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in _rows(text)]


# ---------------------------------------------------------------- quotation, speaker, verb, more words
QUOTE_FIRST = [
    # a participle without a comma after the verb, with quoted words of its own: two statements
    (
        "“We need a fighter in that office,” she said introducing the mayor as a “tireless champion.”",
        [
            ("she", "said", "We need a fighter in that office"),
            ("she", "introducing", "the mayor as a “tireless champion.”"),
        ],
    ),
    # a time and "after <participle> that": the quotation, then the hint as a second statement
    (
        "“All options remain open,” Noor Haddad told reporters on Monday after hinting that “big changes” were near.",
        [
            ("Noor Haddad", "told", "All options remain open"),
            ("Noor Haddad", "hinting", "“big changes” were near"),
        ],
    ),
    # the speaker after the verb, then a relative clause holding quoted words
    (
        "“The count was fair,” said Ivo Brandt, who added that critics were “sore losers.”",
        [("Ivo Brandt", "said", "The count was fair"), ("who", "added", "critics were “sore losers.”")],
    ),
    # after an inverted speaker, "that" opens the speaker's relative clause, not a content
    (
        "“We were misled,” said one owner of a stall that sells “lucky” charms.",
        [("one owner of a stall", "said", "We were misled")],
    ),
    # a question mark closes the quotation; the trailing phrase quotes a title
    (
        "“Who pays for the bridge?” asked Lena Morgan, host of the show “City Desk.”",
        [("Lena Morgan", "asked", "Who pays for the bridge?")],
    ),
]


def test_quoted_title_opening_the_sentence_is_not_the_content():
    # The quoted words are a show's name inside an opening phrase, not what was said.
    text = "On the radio show “Morning Line,” Rep. Ada Kerr said the levy would pass."
    assert _triples(text) == [("Rep. Ada Kerr", "said", "the levy would pass")]


def test_said_that_after_a_quotation_keeps_its_own_content():
    # The quotation closes with a comma, but "said that" opens a content of its own.
    text = "“Shameful,” the minister said, and she said that the vote would be held again."
    rows = _triples(text)
    assert ("the minister", "said", "Shameful") in rows


# ---------------------------------------------------------------- quotations no cue reached (uncovered.py)
UNCOVERED = [
    # a verb no lexicon lists, after the speaker or before a named one
    ("“Get back to your seat,” the chairman barked.", [("the chairman", "barked", "Get back to your seat")]),
    (
        "“Nobody reads the fine print,” Ona Vries grumbled on Friday.",
        [("Ona Vries", "grumbled", "Nobody reads the fine print")],
    ),
    ("“Is that all?” scoffed Pell Hardy.", [("Pell Hardy", "scoffed", "Is that all?")]),
    # a clause with its subject and any verb phrase, then a comma or a colon and a whole quotation
    (
        "At the rally, Tamsin Roe emphatically proclaimed to the crowd, “We will not back down.”",
        [("Tamsin Roe", "emphatically proclaimed to the crowd", "We will not back down.")],
    ),
    (
        "Section 9 affirms: “No tenant shall be evicted without notice.”",
        [("Section 9", "affirms", "No tenant shall be evicted without notice.")],
    ),
    ("The banner read: “Jobs first.”", [("The banner", "read", "Jobs first.")]),
    # the clause opens with a verb: its speaker is the sentence's subject, set off or coordinated
    (
        "Iris Kamau, the city's housing chief, reacted coolly to the plan, “We have seen this before.”",
        [("Iris Kamau", "reacted coolly to the plan", "We have seen this before.")],
    ),
    (
        "Bo Lindqvist laughed off the question, but went on to say, “The budget will balance.”",
        [("Bo Lindqvist", "went on to say", "The budget will balance.")],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # quoted words that are no statement: a list of slogans, a copula, a title after an apposition
        "Her platform has three words: “jobs,” “homes” and “parks.”",
        "The rule is: “Never on a Sunday.”",
        "The cast includes Rhea Moss, the star of the sitcom, “Late Shift.”",
        # a question word, a relative clause and "I quote" do not name the speaker
        "Why not simply say: “We lost”?",
        "They handed out leaflets that said, “Vote early.”",
        # a quotation closing its paragraph is not spoken by the next paragraph's subject
        "“This is the end of the road!”\n\nThe league folded in 1986 after a long dispute.",
    ],
)
def test_quotation_with_no_speaker_by_shape(text):
    rules = [rule for *_, rule in _rows(text)]
    assert "quote-intro" not in rules and "quote-speaker" not in rules


def test_a_covered_quotation_is_left_to_the_lexicon():
    # "said" reads the quotation; the shape rules add nothing beside it.
    rows = _rows("“We are ready,” Mo Tran said.")
    assert [(s, c, t) for s, c, t, _ in rows] == [("Mo Tran", "said", "We are ready")]
    assert rows[0][3] == "quote-source-cue"


def test_a_quotation_read_by_shape_continues_into_the_next_sentence():
    df = trace_attributions(Article.from_text(HEAD + "“The roof leaks,” Ada Pike complained. “Nobody fixes it.”"))
    assert list(df["rule"]) == ["quote-speaker", "continued-quote"]
    assert list(df["content"]) == ["The roof leaks", "Nobody fixes it."]
    assert list(df["source_resolved"].fillna(df["source"])) == ["Ada Pike", "Ada Pike"]


QUOTATION_THEN_SPEAKER_SHAPES = [
    # the clause goes on after the verb with a conjunction
    ("“Sit down,” Abel Roth snapped and the room went quiet.", [("Abel Roth", "snapped", "Sit down")]),
    # a verb the chunker reads as a noun, a recipient after the verb, a phrase placing the speaker
    ("“The fund is empty,” Ruiz wrote.", [("Ruiz", "wrote", "The fund is empty")]),
    ("“Your plan is bold,” Noor assured Petra, after the vote.", [("Noor", "assured", "Your plan is bold")]),
    ("“Who signed this?” a clerk in the basement wondered.", [("a clerk", "wondered", "Who signed this?")]),
]


def test_an_opening_word_is_no_speaker():
    # "Wait, it gets better:" — the clause's subject is "it"; the word before the comma speaks for nobody.
    rules = [rule for *_, rule in _rows("Wait, it gets better:\n\n“The fee doubles next year.”")]
    assert "quote-intro" not in rules


# ---------------------------------------------------------------- content on the right side of the cue (quoted.py)
CONTENT_SIDE = [
    # a quotation that closed the sentence before is not what the next sentence's speaker says
    (
        "The debate felt like “a circus.” She says the format is unfair to newcomers.",
        [("She", "says", "the format is unfair to newcomers")],
    ),
    # ... unless nothing follows the verb: a full stop typed inside the marks
    ("“We found the missing files.” Kemp said.", [("Kemp", "said", "We found the missing files.")]),
    # a reporting clause in mid-sentence followed by a participle clause: the content came first
    ("Turnout was strong, she said, waving at the queue outside.", [("she", "said", "Turnout was strong")]),
]


# ---------------------------------------------------------------- where an indirect content ends (clauses.py)
@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Port officials deny any link to the spill, but critics point to the leaking barges.",
            "any link to the spill",
        ),
        (
            "The mayor said the budget is balanced, though auditors found a gap of two million.",
            "the budget is balanced",
        ),
        ("Nell Ortiz said she will run again; her rivals have not decided.", "she will run again"),
        (
            "While Mr. Aziz said that reporters must stay neutral, he donated to a campaign.",
            "reporters must stay neutral",
        ),
        # a participle shares the speaker and stays: cut off, it would read as the writer's words
        (
            "The ministry denied the story, calling it invented from start to finish.",
            "the story, calling it invented from start to finish",
        ),
        # a comma inside a quotation is no boundary
        ("Lee said the deal was “fair, but late” and would pass.", "the deal was “fair, but late” and would pass"),
    ],
)
def test_indirect_content_ends_at_a_new_clause(text, content):
    assert [t for _, _, t in _triples(text)][0] == content


SPEAKER_BEFORE_A_COLON = [
    # a name the chunker ran on into its verb phrase ends at its last capitalised word
    (
        "Later that day, Gray Tolan went even further: “The plan is dead.”",
        [("Gray Tolan", "went even further", "The plan is dead.")],
    ),
    # the name right before a colon speaks, even as the object of the clause
    (
        "The result does not surprise pollster Ines Ferro: “Late deciders broke for the challenger.”",
        [("Ines Ferro", ":", "Late deciders broke for the challenger.")],
    ),
    # ... but not a name after a preposition: it is spoken of
    (
        "Her aide, Cal Boone, gushed about Ms. Reyes: “She never quits.”",
        [("Her aide", "gushed about Ms. Reyes", "She never quits.")],
    ),
    # a quotation inside the quotation reports a nested statement; the outer one is still read by shape
    (
        "Ada Price went further: “They said the vote was rigged.”",
        [
            ("Ada Price", "went further", "They said the vote was rigged."),
            ("They", "said", "the vote was rigged"),
        ],
    ),
]


def test_nested_statement_inside_a_quotation_read_by_shape_has_its_parent():
    df = trace_attributions(Article.from_text(HEAD + "Ada Price went further: “They said the vote was rigged.”"))
    outer = df[df["rule"] == "quote-intro"].iloc[0]
    inner = df[df["cue"] == "said"].iloc[0]
    assert inner["parent"] == outer["id"]


QUOTED_FRAGMENT = [
    # quoted words as the object of a named speaker's verb (no reporting verb of the lexicon)
    (
        "Mayor Ines Dorr condemned “such a reckless act” and closed the bridge.",
        [("Mayor Ines Dorr", "condemned", "such a reckless act")],
    ),
    (
        "She thanked the crews for “working through the night.”",
        [("She", "thanked the crews for", "working through the night.")],
    ),
]

FRONTED_REPORTING_VERB = [
    # a determiner phrase run on into its verb: the name ends before the verb ("the Tallymen sang")
    (
        "As the Tallymen sang back in 1979, “Nobody counts the small towns.”",
        [("the Tallymen", "sang back in 1979", "Nobody counts the small towns.")],
    ),
    # ... but a capitalised adjective inside a phrase does not end it
    ("“Is that legal?” a Labour councillor wondered.", [("a Labour councillor", "wondered", "Is that legal?")]),
    ("Said Ines Vale, “Nobody wins a price war.”", [("Ines Vale", "Said", "Nobody wins a price war.")]),
    (
        "Wrote Tomas Berg:\n\n“The archive is open to all.”",
        [("Tomas Berg", "Wrote", "The archive is open to all.")],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    QUOTE_FIRST
    + UNCOVERED
    + QUOTATION_THEN_SPEAKER_SHAPES
    + CONTENT_SIDE
    + SPEAKER_BEFORE_A_COLON
    + FRONTED_REPORTING_VERB
    + QUOTED_FRAGMENT,
)
def test_sources_cues_and_contents(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title names a work; a label after "is" / "has"; a modal; a lexicon cue already read the clause
        "Tom Reyes stars in “Three Small Towns” at the Civic.",
        "The senator is “tired of waiting.”",
        "The council has “serious doubts” about it.",
        "Ada Moss would pay for it through “tax reform.”",
        "Citing the “long delays,” the board postponed the vote.",
    ],
)
def test_quoted_words_that_are_no_fragment_of_speech(text):
    assert "quote-fragment" not in [rule for *_, rule in _rows(text)]


def test_every_rule_these_sentences_emit_is_documented():
    from medialit.analysis.attributions import RULES

    texts = [text for text, _ in QUOTE_FIRST + UNCOVERED + QUOTED_FRAGMENT + FRONTED_REPORTING_VERB]
    emitted = {rule for text in texts for *_, rule in _rows(text)}
    assert {"quote-tail", "quote-speaker", "quote-intro", "quote-fragment"} <= emitted
    assert emitted <= set(RULES), emitted - set(RULES)

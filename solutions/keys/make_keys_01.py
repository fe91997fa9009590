"""Answer keys for problem set 01 (anatomy of a news page): writes `medialit/data/keys/01.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_01.py

The answers are in the clear here (this is the instructor's copy, next to the solutions); only the
hashed file is installed with the package. `PAGE` is the page written for this set (not a real story);
01.5 is about the bundled article and the address a search for its headline finds. The option lists
below are the ones the notebook shows (the notebook's locked cells copy them word for word).
`CASES` feeds tests/test_check_grade_parity.py: the key, every accepted alternative, typical wrong answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "01"
OUT = Path("medialit/data/keys") / f"{SET}.json"

PAGE = """Council Denies Plan to Close Riverside Library

Flooding closes schools across the valley: officials

The Northfield city council on Thursday rejected reports that it plans to close the Riverside branch library, the Northfield Courier reported.

\u201cNo decision has been taken on any branch,\u201d a council spokesperson told the Courier. \u201cThe budget review is still under way.\u201d

Local radio station WNFR reported on Tuesday that the library would shut in March, citing two council staff who asked not to be named.

Some residents\u2019 groups said the branch was being \u201cquietly run down\u201d, pointing to shorter opening hours since last autumn.

The council\u2019s budget committee meets again next month. A council spokesperson told the Valley Herald on Friday that no branch closures were on the committee\u2019s agenda.

Share this article
"""

PARTS = ["headline", "related-story link", "body", "boilerplate"]
READINGS = [
    "Fully: the council's own words say the library will not close.",
    "Only in part: the council rejected the reports, but its quoted words say only that no decision has been taken, which leaves a closure open.",
    "Not at all: the body says the council confirmed the closure.",
    "Fully: WNFR's report was denied, so there is no plan.",
]
OUTLETS = ["Northfield Courier", "WNFR", "Valley Herald"]
STATEMENTS = [
    "The Valley Herald published this page.",
    "The library will shut in March.",
    "The council rejected the reports on Thursday.",
    "The branch is being run down.",
    "The budget committee meets again next month.",
]
KINDS_OF_KNOWING = ["the page states it in its own voice", "the page passes on someone's claim", "an inference from clues, stated nowhere"]
ADDRESS = "https://www.breitbart.com/national-security/2019/01/22/iraq-denies-u-s-bombed-anti-american-iran-allied-militias/"
LATERAL = [
    "The address supports the publisher you inferred from \u201ctold Breitbart News\u201d.",
    "The address gives a date one day after the earliest date the text allows, so the inference from the text was wrong.",
    "The address's date fits the text: a report Bas News made on a Monday, retold by this outlet the next day.",
    "A date in the publisher's own address is firmer evidence of the publication day than a chain of weekday inferences.",
    "Finding the original page shows that the article's facts are true.",
]

ANSWERS: dict[str, Any] = {
    "01.1": {0: "headline", 1: "related-story link", 2: "body", 3: "body", 4: "body", 5: "body", 6: "body", 7: "boilerplate"},
    "01.2": {"answer": READINGS[1], "why": "No decision taken is not the same as no plan to close it."},
    "01.3": {"answer": "Valley Herald", "why": "Paragraph 6: the spokesperson told the Valley Herald, which is never cited as reporting."},
    "01.4": {STATEMENTS[0]: KINDS_OF_KNOWING[2], STATEMENTS[1]: KINDS_OF_KNOWING[1], STATEMENTS[2]: KINDS_OF_KNOWING[1],
             STATEMENTS[3]: KINDS_OF_KNOWING[1], STATEMENTS[4]: KINDS_OF_KNOWING[0]},
    "01.5": [LATERAL[0], LATERAL[2]],
}

QUESTIONS: dict[str, Any] = {
    "01.1": make_key(
        "01.1", "mapping", ANSWERS["01.1"], points=2,
        # Each message questions the label the student gave, never describes the one expected.
        confusions={
            ("related-story link", "body"): "Check each line you called body: does it tell this story (who, where, what)?",
            ("related-story link", "headline"): "A story has one title. Which of your headlines is this story's?",
            ("boilerplate", "body"): "Check each line you called body: is it news, or the website talking?",
            ("body", "related-story link"): "Check the line you called a related link: is it really about something else?",
        },
        hint="For each paragraph ask: is it this story, another story, or the website talking?",
        success="Two of the eight paragraphs are not this story at all, and one is the website itself.",
    ),
    "01.2": make_key(
        "01.2", "choice", READINGS[1], points=3, justify=6,
        explanations={
            READINGS[0]: "Read the quoted words of paragraph 3 again. Do they say the library will not close?",
            READINGS[2]: "Where does the body have the council confirming anything?",
            READINGS[3]: "Is rejecting a report the same as showing there is no plan? What do the council's own words say?",
        },
        hint="Compare the verb of the headline with the council's own quoted words.",
        success="A headline's 'denies' can be stronger than the words it rests on: read the quote, not the summary.",
    ),
    "01.3": make_key(
        "01.3", "choice", "Valley Herald", points=2, justify=6,
        explanations={
            "Northfield Courier": "The page cites the Courier as reporting something. Would an outlet cite its own report that way?",
            "WNFR": "WNFR is cited as reporting something. Which outlet is only ever told things, never cited?",
        },
        hint="Which outlet does the page never cite as reporting anything, only as being told something?",
        success="Still an inference: the page's address, a byline or an archived copy would make you surer.",
    ),
    "01.4": make_key(
        "01.4", "mapping", ANSWERS["01.4"], points=2,
        confusions={
            (KINDS_OF_KNOWING[1], KINDS_OF_KNOWING[0]): "A sentence can read like a fact and still end with who said so. Read each sentence to its end.",
            (KINDS_OF_KNOWING[2], KINDS_OF_KNOWING[0]): "Does the page say that anywhere, or did you work it out?",
            (KINDS_OF_KNOWING[0], KINDS_OF_KNOWING[1]): "Is a source named or hinted for that sentence at all?",
        },
        hint="For each statement find the sentence behind it, read it to its last word, and ask: who says so?",
        success="Stated, passed on, inferred: three kinds of knowing, each with its own question to ask.",
    ),
    "01.5": make_key(
        "01.5", "set", ANSWERS["01.5"], points=3, optional=[LATERAL[3]],
        hint="An earliest date is a lower bound: is a later date a contradiction? And what can an address tell you, and what not?",
        success="The fastest check first: the original address settles in seconds what the text let you infer in steps.",
    ),
}

# For tests/test_check_grade_parity.py: the key, accepted alternatives, typical wrong answers.
CASES: dict[str, dict[str, Any]] = {
    "01.1": {
        "key": ANSWERS["01.1"],
        "also": [{str(k): v.upper() for k, v in ANSWERS["01.1"].items()}],
        "wrong": [{**ANSWERS["01.1"], 1: "body"}, {0: "headline", 1: "related-story link", 7: "boilerplate"},
                  {**ANSWERS["01.1"], 1: "headline", 0: "related-story link"}],
    },
    "01.2": {
        "key": ANSWERS["01.2"],
        "also": [(READINGS[1], "The quote only says the review is not finished yet.")],
        "wrong": [{"answer": READINGS[0], "why": "The council says it will not close the library."},
                  {"answer": READINGS[1], "why": ""}, READINGS[1], {"answer": READINGS[3], "why": "a denial means there is no plan"}],
    },
    "01.3": {
        "key": ANSWERS["01.3"],
        "also": [{"answer": "the Valley Herald", "why": "told the Valley Herald on Friday, never cited as a report"}],
        "wrong": [{"answer": "Northfield Courier", "why": "the spokesperson told the Courier in paragraph 3"},
                  {"answer": "WNFR", "why": "it broke the story first on Tuesday"}, "Valley Herald"],
    },
    "01.4": {
        "key": ANSWERS["01.4"],
        "also": [],
        "wrong": [{**ANSWERS["01.4"], STATEMENTS[2]: KINDS_OF_KNOWING[0]}, {**ANSWERS["01.4"], STATEMENTS[0]: KINDS_OF_KNOWING[0]},
                  {STATEMENTS[4]: KINDS_OF_KNOWING[0]}],
    },
    "01.5": {
        "key": ANSWERS["01.5"],
        "also": [[LATERAL[0], LATERAL[2], LATERAL[3]]],
        "wrong": [[LATERAL[0], LATERAL[1]], [LATERAL[0], LATERAL[2], LATERAL[4]], [LATERAL[2]]],
    },
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_01.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

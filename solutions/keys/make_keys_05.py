"""Authoring script for the key of problem set 05 (solutions/05_figures.ipynb).

Run from anywhere to regenerate `medialit/data/keys/05.json`:

    python solutions/keys/make_keys_05.py

The answers are in the clear here: this script is the instructor's copy, kept next
to the solutions and not installed with the package; only the hashed file is.
`CASES` feeds tests/test_check_grade_parity.py: the key, every accepted alternative, typical wrong answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "05"
ROOT = Path(__file__).resolve().parents[2]

# As printed in the set. The ferry story (Northern Star, Kestrel Lines) is invented for it.
READINGS = [
    "It holds: the PMF won about a third of the 329 seats.",
    "Not for the PMF-linked Fatah list, which won about 15% of the seats; nearly a third fits only a wider count of lists, so whose seats the Post counted has to be checked in its original.",
    "The figure is invented: no list won anywhere near a third of the seats.",
    "It cannot be checked: election results are not published.",
]
SUMMARIES = [
    "All 600 passengers left the ship within an hour.",
    "Kestrel Lines said nearly 200 of the estimated 600 passengers had left the ship within an hour.",
    "Only 200 of the 600 passengers got off within an hour, leaving 400 trapped on board.",
    "Nearly 200 passengers left the ship within an hour, the coastguard said.",
]
ANSWERS: dict[str, Any] = {
    # "nearly 200": close to 200 and, strictly, short of it; lesson 05 and the hedge lexicon call "nearly" an
    # approximator, so both readings are accepted.
    "05.1": {"At least 14": "lower bound", "up to 40": "upper bound", "an estimated 600": "approximate",
             "nearly 200": ("upper bound", "approximate"), "9": "exact"},
    "05.2": READINGS[1],
    "05.3": {"At least 14": "reported", "up to 40": "disputed", "9": "reported"},
    "05.4": {"At least 14": "the coastguard", "up to 40": "the passengers' association", "9": "the coastguard",
             "3,000": "another story"},
    "05.5": SUMMARIES[1],
}

QUESTIONS = {
    "05.1": make_key(
        "05.1", "mapping", ANSWERS["05.1"], points=2,
        confusions={
            ("lower bound", "upper bound"): "'At least' gives a floor: can the true number be above it?",
            ("upper bound", "lower bound"): "'Up to' sets a ceiling: can the true number be above the figure?",
            ("approximate", "exact"): "A figure someone 'estimated' is not a count: who counted the passengers one by one?",
            ("exact", "approximate"): "No word in front of that number softens it: the coastguard gives it as a count.",
        },
        hint="Read the words just in front of each number: may the true number lie above the figure, below it, or around it?",
        success="Floors and ceilings point in opposite directions; an honest chart draws them differently.",
    ),
    "05.2": make_key(
        "05.2", "choice", ANSWERS["05.2"], points=3, justify=6,
        explanations={
            READINGS[0]: "Work it out: what share of 329 is 47 or 48?",
            READINGS[1]: "Right: the trace ends in a question for the original, not a verdict on the article.",
            READINGS[2]: "Add the two largest lists' seats and compare with a third of 329 before calling it invented.",
            READINGS[3]: "The question itself gives the electoral commission's results, as reported at the time.",
        },
        hint="Compute a share of 329 for the list linked to the PMF, then ask which lists someone would have to count together to reach a third.",
    ),
    "05.3": make_key(
        "05.3", "mapping", ANSWERS["05.3"], points=3,
        confusions={
            ("disputed", "reported"): "Read to the end of that sentence: does anyone in the story call the figure into question?",
            ("reported", "estimated"): "Does that sentence call the figure an estimate, or just say who gave it?",
            ("reported", "disputed"): "Does anyone in the story question that figure, or only a different one?",
        },
        hint="Read each figure's whole sentence: who gives it, how was it made, and does anyone dispute it?",
        success="Status travels with the figure: a disputed number keeps its dispute when you repeat it.",
    ),
    "05.4": make_key(
        "05.4", "mapping", ANSWERS["05.4"], points=3,
        confusions={
            ("the coastguard", "the Harbour Post"): "The Post passes the figure on: whom does it cite?",
            ("the passengers' association", "Kestrel Lines"): "The operator disputes that figure: who gave it?",
            ("the coastguard", "Kestrel Lines"): "Last year's fire was on a Kestrel ferry: but who gives the number?",
            ("another story", "not named"): "Which paragraph is that number in, and is that paragraph part of this story?",
        },
        hint="Follow the reporting words (said, according to, called) and check which paragraph each number sits in.",
        success="First sources, not relays: and a number in a link to another story is no part of this one.",
    ),
    "05.5": make_key(
        "05.5", "choice", ANSWERS["05.5"], points=3,
        explanations={
            SUMMARIES[0]: "The story says nearly 200 left within an hour, and 600 is an estimate, not a count.",
            SUMMARIES[1]: "Right: each figure keeps its qualifier and its source, and nothing is added.",
            SUMMARIES[2]: "'Trapped' and '400' are not in the story: the rest are not said to be on board.",
            SUMMARIES[3]: "Who said that nearly 200 had left?",
        },
        hint="For each sentence, ask: is each figure's qualifier, source and status still there?",
    ),
}

CASES: dict[str, dict[str, Any]] = {
    "05.1": {
        "key": {k: (v[0] if isinstance(v, tuple) else v) for k, v in ANSWERS["05.1"].items()},
        "also": [{k: (v[1] if isinstance(v, tuple) else v) for k, v in ANSWERS["05.1"].items()}],
        "wrong": [{"At least 14": "upper bound", "up to 40": "lower bound", "an estimated 600": "approximate",
                   "nearly 200": "upper bound", "9": "exact"},
                  {"At least 14": "lower bound", "up to 40": "upper bound", "an estimated 600": "exact",
                   "nearly 200": "lower bound", "9": "approximate"}],
    },
    "05.2": {
        "key": {"answer": READINGS[1], "why": "48 of 329 is 14.6%; Fatah and Sairoon together make 102, 31%."},
        "also": [(READINGS[1], "Fatah alone is about 15 percent, far from a third of 329")],
        "wrong": [{"answer": READINGS[0], "why": "the article says so and the Post is reliable"},
                  {"answer": READINGS[1], "why": "too short"}, READINGS[1],
                  {"answer": READINGS[2], "why": "no single list won a third of the seats"}],
    },
    "05.3": {
        "key": ANSWERS["05.3"],
        "wrong": [{**ANSWERS["05.3"], "up to 40": "reported"}, {**ANSWERS["05.3"], "At least 14": "estimated", "9": "disputed"}],
    },
    "05.4": {
        "key": ANSWERS["05.4"],
        "also": [{k.upper(): v for k, v in ANSWERS["05.4"].items()}],
        "wrong": [{**ANSWERS["05.4"], "At least 14": "the Harbour Post"}, {**ANSWERS["05.4"], "3,000": "not named", "9": "Kestrel Lines"}],
    },
    "05.5": {"key": ANSWERS["05.5"], "wrong": [SUMMARIES[0], SUMMARIES[2], SUMMARIES[3]]},
}

#: Notes for authors (never shown to students), added to the entries in render().
NOTES = {
    "05.1": "Fresh text (ferry story). 'nearly 200' accepts upper bound or approximate (the kit allows both readings).",
    "05.2": "Outside facts: IHEC results of 19 May 2018 (Fatah 47, Sairoon 54, of 329), Fatah 48 after the recount. 47/329 = 14.3%, 48/329 = 14.6%; 54+48 = 102 = 31.0%. The reason is required and read by the teacher.",
    "05.4": "The 3,000 is in the related-story link (paragraph 1), another story; the 9 is last year's fire, given by the coastguard.",
}


def render() -> str:
    """The key file's exact text."""
    questions = {qid: {**entry, **({"note": NOTES[qid]} if qid in NOTES else {})} for qid, entry in QUESTIONS.items()}
    return render_key_file(SET, questions, note="Problem set 05: figures. Regenerate with solutions/keys/make_keys_05.py.")


def main() -> int:
    return write_key_file(ROOT / "medialit" / "data" / "keys" / f"{SET}.json", render())


if __name__ == "__main__":
    raise SystemExit(main())

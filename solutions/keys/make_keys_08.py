"""Authoring script for the key of problem set 07 (solutions/08_capstone.ipynb).

Run from anywhere to regenerate `medialit/data/keys/07.json`:

    python solutions/keys/make_keys_08.py

The answers are in the clear here: this script is the instructor's copy, kept next
to the solutions and not installed with the package; only the hashed file is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "08"
ROOT = Path(__file__).resolve().parents[2]

# As printed in the set (solutions/08_capstone.ipynb).
HEADLINES = [
    "Hospital Waiting Lists Double",
    "Hospital Trust Denies Hip Waiting Lists Doubled; Union Cites Leaked Figures",
    "Dunmore Hospital Caught in Quiet Sell-Off",
    "Union Lies About Hospital Waiting Lists",
]

QUESTIONS = {
    "08.1": make_key(
        "08.1",
        "rubric",
        {
            "names a source in the chain of reports": [
                "source", "sources", "said", "told", "reported", "according to", "spokesman", "spokeswoman",
                "statement", "first-hand", "second-hand", "relayed", "cites", "quoted",
            ],
            "points out a hedge or loaded word": [
                "reportedly", "likely", "at least", "up to", "nearly", "estimated", "claimed", "claims", "conceded",
                "acknowledged", "revealed", "noted", "hedge", "hedges", "loaded", "scare quotes", "insisted",
            ],
            "compares the headline with the body": ["headline", "headlines", "title"],
            "says what evidence is not shown": [
                "evidence", "unverified", "not verified", "unconfirmed", "not confirmed", "proof", "verify", "check",
            ],
            "says what the article does well": ["does well", "fair", "fairly", "to its credit", "balanced", "both sides"],
        },
        min_words=120,
        quote=True,
        checklist=True,
        points=2,
    ),
    "08.2": make_key(
        "08.2",
        "set",
        ["B", "D"],
        points=3,
        hint="Check each row against the sentence it comes from: who gives the number, and whose words are in quotation marks?",
        success="Nearest-speaker sources and quoted words taken for the writer's are the helpers' two commonest slips.",
    ),
    "08.3": make_key(
        "08.3",
        "choice",
        HEADLINES[1],
        points=2,
        explanations={
            HEADLINES[0]: "This states the union's claim, which the trust denies, as a fact.",
            HEADLINES[1]: "Right: it says who denies what, and who makes the claim on what basis, without taking a side.",
            HEADLINES[2]: "'Quiet sell-off' is the patients' group's phrase; the headline makes it the paper's verdict.",
            HEADLINES[3]: "Nothing in the story shows anyone lied: the union cites leaked figures, the trust denies them.",
        },
        hint="Which headline could both the trust and the union accept as a description of the story?",
    ),
}

#: Cases for tests/test_check_grade_parity.py; the essay's key case is the set's model essay on the bundled article.
MODEL_ESSAY = """The headline says "Iraq Denies U.S. Bombed" militias, but the body shows something narrower. The denial
comes to us through a chain: the article relays Bas News, which quotes a statement of the war media cell of the
Iraqi defence ministry saying that, after investigations, "the reports were found" untrue. So the word Iraq in the
headline stands for one ministry's media cell, passed on by another outlet. The strike itself rests on "Several
Iraqi news channels" that are never named, and neither side shows what its investigation found. The writer's own
word "menace" judges the PMF where the rest of the piece reports. To its credit, the article names its sources and
keeps the claim and the denial apart, so a reader can follow the chain. Before repeating the headline I would
look for the ministry's own statement, then for other coverage of a strike near Sarsar lake, and ask who runs
Bas News."""


def _essay_cases() -> dict[str, Any]:
    from medialit import load_article

    article = load_article().text
    stuffed = "The evidence is overwhelming. " + "Headline hedge loaded source evidence verify fair. " * 20 + "Great article."
    return {
        "key": {"essay": MODEL_ESSAY, "article": article},
        "wrong": [{"essay": stuffed, "article": article}, {"essay": MODEL_ESSAY, "article": "Another story altogether, about a school fete."},
                  {"essay": "Too short to be an essay.", "article": article}],
    }


CASES: dict[str, dict[str, Any]] = {
    "08.1": _essay_cases(),
    "08.2": {"key": ["B", "D"], "also": [["d", "b"]], "wrong": [["B"], ["B", "C", "D"], ["A", "F"]]},
    "08.3": {"key": HEADLINES[1], "also": [HEADLINES[1].lower()], "wrong": [HEADLINES[0], HEADLINES[2], HEADLINES[3]]},
}

#: Notes for authors (never shown to students), added to the entries in render().
NOTES = {
    "08.1": "Checklist only: the criteria are shown, never scored; the 2 points are completeness (120 words, an exact quotation of the student's own article). The writing is marked by the teacher on medialit/data/rubrics/capstone.json (12 points) and merged with `medialit essays merge`.",
    "08.2": "Fresh passage (Dunmore, invented). B: 'about 600' is the union's figure, not the trust's. D: 'a quiet sell-off' is Hip Voice's quoted phrase, not the writer's.",
}


def render() -> str:
    """The key file's exact text."""
    questions = {qid: {**entry, **({"note": NOTES[qid]} if qid in NOTES else {})} for qid, entry in QUESTIONS.items()}
    return render_key_file(SET, questions, note="Problem set 08: capstone (the essay is marked by the teacher on the rubric). Regenerate with solutions/keys/make_keys_08.py.")


def main() -> int:
    return write_key_file(ROOT / "medialit" / "data" / "keys" / f"{SET}.json", render())


if __name__ == "__main__":
    raise SystemExit(main())

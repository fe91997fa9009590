"""Authoring script for the key of problem set 07 (solutions/08_capstone.ipynb).

Run from anywhere to regenerate `medialit/data/keys/07.json`:

    python solutions/keys/make_keys_08.py

The answers are in the clear here: this script is the instructor's copy, kept next
to the solutions and not installed with the package; only the hashed file is.
"""

from __future__ import annotations

from pathlib import Path

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "08"
ROOT = Path(__file__).resolve().parents[2]

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
    ),
    "08.2": make_key(
        "08.2",
        "set",
        ["B", "D"],
        hint="Check each row against the sentence it comes from: who gives the number, and whose words are in quotation marks?",
        success="Nearest-speaker sources and quoted words taken for the writer's are the helpers' two commonest slips.",
    ),
    "08.3": make_key(
        "08.3",
        "choice",
        "B",
        explanations={
            "A": "This states the union's claim, which the trust denies, as a fact.",
            "B": "Right: it says who denies what, and who makes the claim on what basis, without taking a side.",
            "C": "'Quiet sell-off' is the patients' group's phrase; the headline makes it the paper's verdict.",
            "D": "Nothing in the story shows anyone lied: the union cites leaked figures, the trust denies them.",
        },
        hint="Which headline could both the trust and the union accept as a description of the story?",
    ),
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

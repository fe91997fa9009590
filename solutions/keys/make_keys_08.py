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
                "Bas News", "war media cell", "media cell", "defence ministry", "defense ministry",
                "Iraqi news channels", "news channels", "Voice of America", "VOA", "Reuters", "Washington Post",
                "CJTF-OIR", "Pentagon", "coalition",
            ],
            "points out a hedge or loaded word": [
                "reportedly", "likely", "at least", "up to", "nearly", "various estimates", "estimated", "menace",
                "dictator", "wild west", "claimed", "claims", "conceded", "acknowledged", "revealed", "noted",
                "hedge", "hedges", "hedging", "loaded", "scare quotes",
            ],
            "compares the headline with the body": ["headline", "headlines", "title"],
            "says what evidence is not shown": [
                "evidence", "unverified", "not verified", "unconfirmed", "not confirmed", "confirms", "investigations",
                "proof", "verify",
            ],
        },
        min_words=80,
        quote=True,
    ),
    "08.2": make_key(
        "08.2",
        "set",
        ["B", "C"],
        hint="Check each row against its own paragraph (A: 3, B: 9, C: 5 and 6, D: 2, E: 12, F: 16): does the text say what the row says?",
        success="The helpers match patterns: one took the nearest speaker as the source of a number, the other counted a quoted passage's week from the article's date.",
    ),
    "08.3": make_key(
        "08.3",
        "choice",
        "B",
        explanations={
            "A": "This finds the Bas News report and its copies: the same chain again, not an independent check.",
            "B": "Right: go to the source the chain points to. Does the statement exist, and what exactly does it say? Then look for independent reports of a strike near Sarsar lake.",
            "C": "This finds more of the same outlet's stories, not evidence about the strike or the denial.",
            "D": "Background on the PMF is useful context, but it says nothing about whether this strike happened or was denied.",
        },
        hint="Which search leaves the chain of copies and goes to the statement at its start (paragraph 3)?",
    ),
    "08.4": make_key(
        "08.4",
        "choice",
        "C",
        explanations={
            "A": "That is the article's own headline: 'Iraq' stands for one ministry's media cell, as relayed by Bas News (paragraphs 2 and 3).",
            "B": "This repeats the reports that the article says were found untrue (paragraph 3) as fact.",
            "C": "Right: it names who denied, what, and through whom the denial reached the article.",
            "D": "The media cell said the reports were found untrue 'after investigations'; the article shows no proof either way.",
        },
        hint="Who, in paragraphs 2 and 3, called the reports untrue, and through which outlet do we know it?",
    ),
}

#: Notes for authors (never shown to students), added to the entries in render().
NOTES = {
    "08.1": "Rubric keywords are matched as 1- to 4-word phrases; the quote criterion needs 3+ consecutive article words in quotation marks.",
    "08.2": "Rows are as the helpers gave them when the set was written (listed in the notebook's text, not recomputed): B wrong source, C wrong anchor. No per-row hints: they would give the set away.",
}


def render() -> str:
    """The key file's exact text."""
    questions = {qid: {**entry, **({"note": NOTES[qid]} if qid in NOTES else {})} for qid, entry in QUESTIONS.items()}
    return render_key_file(SET, questions, note="Problem set 08: capstone. Regenerate with solutions/keys/make_keys_08.py.")


def main() -> int:
    return write_key_file(ROOT / "medialit" / "data" / "keys" / f"{SET}.json", render())


if __name__ == "__main__":
    raise SystemExit(main())

"""Authoring script for the key of problem set 07 (solutions/07_trace_and_compare.ipynb).

Run from anywhere to regenerate `medialit/data/keys/07.json`:

    python solutions/keys/make_keys_07.py

The answers are in the clear here: this script is the instructor's copy, kept next
to the solutions and not installed with the package; only the hashed file is.
"""

from __future__ import annotations

from pathlib import Path

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "07"
ROOT = Path(__file__).resolve().parents[2]

# The option lists, as printed in the set (solutions/07_trace_and_compare.ipynb).
SEARCHES = [
    "Lorne TV ministry statement Lorne River fish",
    "environment ministry press release Lorne River tests",
    "Dale Gazette Lorne River fish deaths",
    "Carrow Pulp company history",
]
OPTIONS = [
    "The report is false: a broadcaster owned by the government cannot be trusted.",
    "Lorne TV may well report the statement accurately, but it is not an independent check on the ministry's tests; look for a source with no tie to the government, such as independent tests.",
    "Nothing: once a source is named, who owns it does not matter.",
    "The finding is now confirmed by a second source, Lorne TV.",
]
ANSWERS = {
    "07.1": {
        "no industrial chemical": "the ministry's press office",
        "thousands of fish": "local social media accounts",
        "about 800 dead fish": "Lorne Anglers",
        "complies with every permit": "Carrow Pulp",
    },
    "07.2": [SEARCHES[0], SEARCHES[1]],
    "07.3": {"Coastal Times": "independent", "Daily Digest": "copy", "Metro Wire": "cannot tell", "River Watch": "independent"},
    "07.4": OPTIONS[1],
}

QUESTIONS = {
    "07.1": make_key(
        "07.1",
        "mapping",
        ANSWERS["07.1"],
        points=3,
        confusions={
            ("the ministry's press office", "Lorne TV"): "Lorne TV passes the finding on: whose statement does it report?",
            ("the ministry's press office", "the Dale Gazette"): "The Herald cites another outlet, which reports someone's statement: follow the chain to its end.",
            ("local social media accounts", "Lorne TV"): "Lorne TV mentions the number: does it say it counted the fish, or that someone else claimed it?",
            ("Lorne Anglers", "not named"): "Paragraph 3: who says its members counted?",
        },
        hint="Follow each claim's reporting verbs (said, reported, citing, told, claiming) to the end of the chain.",
        success="Outlets that pass a claim on are links, not origins: a trace ends at whoever made the claim.",
    ),
    "07.2": make_key(
        "07.2",
        "set",
        ANSWERS["07.2"],
        points=3,
        hint="A trace moves up the chain, away from the copy you already have and from background. Which searches move up?",
        success="Start with the cited original (Lorne TV's report), then the statement itself: both move up the chain.",
    ),
    "07.3": make_key(
        "07.3",
        "mapping",
        ANSWERS["07.3"],
        points=3,
        confusions={
            ("copy", "independent"): "Whose report does that outlet pass on? Is it the same original the Gazette cites?",
            ("cannot tell", "copy"): "Does that report name any source you could follow?",
            ("independent", "cannot tell"): "Someone there saw or tested something themselves: is that their own reporting?",
        },
        hint="For each report, ask: what did they see, test or ask themselves, and what did they only pass on?",
        success="Count originals, not outlets: two independent reports here, and one copy of the same chain.",
    ),
    "07.4": make_key(
        "07.4",
        "choice",
        ANSWERS["07.4"],
        points=2,
        explanations={
            OPTIONS[0]: "Ownership tells you about a stake, not about truth: the report may well be accurate as a report.",
            OPTIONS[1]: "Right: a stake is a reason to look further, not a verdict; the independent check is elsewhere.",
            OPTIONS[2]: "Naming is where checking starts: who owns a source tells you what it may frame kindly or leave out.",
            OPTIONS[3]: "Lorne TV passes the ministry's statement on; a copy of a claim does not confirm it.",
        },
        hint="Does being owned by the government make Lorne TV wrong, or just not independent of the ministry?",
    ),
}

#: Cases for tests/test_check_grade_parity.py: the key, accepted alternatives, typical wrong answers.
CASES = {
    "07.1": {
        "key": ANSWERS["07.1"],
        "also": [{k.upper(): v.upper() for k, v in ANSWERS["07.1"].items()}],
        "wrong": [{**ANSWERS["07.1"], "no industrial chemical": "Lorne TV"},
                  {**ANSWERS["07.1"], "thousands of fish": "Lorne TV", "about 800 dead fish": "not named"}],
    },
    "07.2": {
        "key": ANSWERS["07.2"],
        "also": [list(reversed(ANSWERS["07.2"]))],
        "wrong": [[SEARCHES[1]], [SEARCHES[0], SEARCHES[1], SEARCHES[2]], [SEARCHES[2], SEARCHES[3]]],
    },
    "07.3": {
        "key": ANSWERS["07.3"],
        "wrong": [{**ANSWERS["07.3"], "Daily Digest": "independent"}, {**ANSWERS["07.3"], "Metro Wire": "copy"}],
    },
    "07.4": {"key": ANSWERS["07.4"], "wrong": [OPTIONS[0], OPTIONS[3]]},
}

#: Notes for authors (never shown to students), added to the entries in render().
NOTES = {
    "07.2": "SIFT's trace starts with the cited original (Lorne TV's report) and goes on to the statement itself: both are right, so both are the key.",
    "07.3": "Metro Wire's 'officials' cannot be followed: 'cannot tell', not 'copy'.",
}


def render() -> str:
    """The key file's exact text."""
    questions = {qid: {**entry, **({"note": NOTES[qid]} if qid in NOTES else {})} for qid, entry in QUESTIONS.items()}
    return render_key_file(SET, questions, note="Problem set 07: trace and compare. Regenerate with solutions/keys/make_keys_07.py.")


def main() -> int:
    return write_key_file(ROOT / "medialit" / "data" / "keys" / f"{SET}.json", render())


if __name__ == "__main__":
    raise SystemExit(main())

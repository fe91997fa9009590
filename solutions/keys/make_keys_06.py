"""Authoring script for the key of problem set 06 (solutions/06_timeline.ipynb).

Run from anywhere to regenerate `medialit/data/keys/06.json`:

    python solutions/keys/make_keys_06.py

The answers are in the clear here: this script is the instructor's copy, kept next
to the solutions and not installed with the package; only the hashed file is.
`CASES` feeds tests/test_check_grade_parity.py: the key, every accepted alternative, typical wrong answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "06"
ROOT = Path(__file__).resolve().parents[2]

# As printed in the set. The water-board story (Wenlow) is invented for it, published Tuesday 2 April 2024.
NEXT_MONTH = [
    "May 2024: counted from the story's date, in April.",
    "April 2024: the words are the board member's, broadcast on Thursday 28 March, so next month counts from March.",
    "March 2024: the month of the broadcast.",
    "It cannot be dated at all.",
]
MEETING = [
    "On 16 April 2024 exactly: two weeks after publication.",
    "Around mid-April 2024, as a range: two weeks from the day Ort spoke, which the story does not give (it was by 2 April).",
    "On 2 April 2024, the day of the story.",
    "Nothing at all: it cannot even be narrowed down.",
]
REANCHOR = [
    "Still Monday 21 January 2019: the most recent Monday before Tuesday 22 January.",
    "Monday 28 January 2019: the Monday after publication.",
    "Monday 14 January 2019: a week earlier, because the day moved.",
    "It can no longer be dated.",
]
ANSWERS: dict[str, Any] = {
    "06.1": {"Monday": "2024-04-01", "last Thursday": "2024-03-28"},
    "06.2": NEXT_MONTH[1],
    "06.3": "recently",
    "06.4": MEETING[1],
    "06.5": REANCHOR[0],
}

QUESTIONS = {
    "06.1": make_key(
        "06.1", "mapping", ANSWERS["06.1"], points=2,
        hint="Start from Tuesday 2 April 2024 on the calendar and count back: a weekday in a news story is the most recent one.",
        success="Weekdays in a news story point back to the most recent such day.",
    ),
    "06.2": make_key(
        "06.2", "choice", ANSWERS["06.2"], points=3, justify=6,
        explanations={
            NEXT_MONTH[0]: "Whose words are 'next month', and on which day were they said?",
            NEXT_MONTH[1]: "Right: a relative date inside a quotation counts from the day it was said, not the day it was printed.",
            NEXT_MONTH[2]: "'Next month' is never the month it is said in.",
            NEXT_MONTH[3]: "Paragraph 2 gives the day the words were broadcast: count from it.",
        },
        hint="Whose words are 'next month', and on which day were they said?",
    ),
    "06.3": make_key(
        "06.3", "choice", ANSWERS["06.3"], points=2,
        explanations={
            "Monday": "With the publication date known, it is the most recent Monday.",
            "last Thursday": "With the publication date known, it is the Thursday of the week before.",
            "in January": "With the publication date known, it is the most recent January.",
            "recently": "Right: no month, no weekday and no count of days: only outside knowledge could date it.",
        },
        hint="Which expression gives no month, no weekday and no count of days, even with the publication date known?",
    ),
    "06.4": make_key(
        "06.4", "choice", ANSWERS["06.4"], points=2,
        explanations={
            MEETING[0]: "Two weeks from when? Ort's words count from the day she spoke, which the story does not give.",
            MEETING[1]: "Right: a date counted from an unknown day is a range, and a range is still worth writing down.",
            MEETING[2]: "'In two weeks' points forward from the day Ort spoke.",
            MEETING[3]: "It can be narrowed: she spoke by the day of publication, so the meeting is around the middle of April.",
        },
        hint="'In two weeks' counts from the day the words were said: do you know that day, or only a limit on it?",
    ),
    "06.5": make_key(
        "06.5", "choice", ANSWERS["06.5"], points=2,
        explanations={
            REANCHOR[0]: "Right: a day later, 'Monday' still points to the most recent Monday, and the weekday dates hang together.",
            REANCHOR[1]: "Bas News reported in the past: is the Monday after publication possible?",
            REANCHOR[2]: "Is 14 January the most recent Monday before Tuesday 22 January?",
            REANCHOR[3]: "A weekday still points to the most recent such day: which Monday is that?",
        },
        hint="Count back from Tuesday 22 January 2019 to the most recent Monday.",
    ),
}

CASES: dict[str, dict[str, Any]] = {
    "06.1": {"key": ANSWERS["06.1"], "wrong": [{"Monday": "2024-04-08", "last Thursday": "2024-03-28"},
                                                {"Monday": "2024-04-01", "last Thursday": "2024-04-04"}]},
    "06.2": {
        "key": {"answer": NEXT_MONTH[1], "why": "The board member spoke on the radio on 28 March."},
        "wrong": [{"answer": NEXT_MONTH[0], "why": "the story was published in April"}, NEXT_MONTH[1],
                  {"answer": NEXT_MONTH[1], "why": "March"}],
    },
    "06.3": {"key": ANSWERS["06.3"], "also": ["Recently"], "wrong": ["in January", "last Thursday"]},
    "06.4": {"key": ANSWERS["06.4"], "wrong": [MEETING[0], MEETING[3]]},
    "06.5": {"key": ANSWERS["06.5"], "wrong": [REANCHOR[1], REANCHOR[2]]},
}

#: Notes for authors (never shown to students), added to the entries in render().
NOTES = {
    "06.1": "Fresh text: 2 April 2024 is a Tuesday; Monday = 1 April, last Thursday = 28 March.",
    "06.2": "The trap: the quoted 'next month' belongs to the 28 March broadcast (April), not the story's date (May).",
    "06.5": "The original address (set 01) carries 2019/01/22; Monday, Saturday and January 15 all keep their dates.",
}


def render() -> str:
    """The key file's exact text."""
    questions = {qid: {**entry, **({"note": NOTES[qid]} if qid in NOTES else {})} for qid, entry in QUESTIONS.items()}
    return render_key_file(SET, questions, note="Problem set 06: timeline. Regenerate with solutions/keys/make_keys_06.py.")


def main() -> int:
    return write_key_file(ROOT / "medialit" / "data" / "keys" / f"{SET}.json", render())


if __name__ == "__main__":
    raise SystemExit(main())

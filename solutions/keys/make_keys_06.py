"""Authoring script for the key of problem set 06 (solutions/06_timeline.ipynb).

Run from anywhere to regenerate `medialit/data/keys/06.json`:

    python solutions/keys/make_keys_06.py

The answers are in the clear here: this script is the instructor's copy, kept next
to the solutions and not installed with the package; only the hashed file is.
All dates assume publication on Monday, 21 January 2019 (lesson 6, Step 3).
"""

from __future__ import annotations

from pathlib import Path

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "06"
ROOT = Path(__file__).resolve().parents[2]

QUESTIONS = {
    "06.1": make_key(
        "06.1",
        "mapping",
        {"Monday": "2019-01-21", "Saturday": "2019-01-19", "January 15": "2019-01-15"},
        confusions={
            ("2019-01-21", "2019-01-14"): "A report dated 'Monday' in a story published on a Monday: which Monday is nearest, and has it passed?",
            ("2019-01-19", "2019-01-26"): "VOA's report is in the past: is the Saturday before or after 21 January?",
            ("2019-01-19", "2019-01-12"): "Which Saturday is the most recent one before Monday 21 January?",
        },
        item_hints={
            "Monday": "Bas News 'reported Monday' (paragraph 2), and the article came out on a Monday: which Monday is meant?",
            "Saturday": "Count back from Monday 21 January on the calendar: which is the last Saturday before it?",
        },
        hint="Count back from Monday 21 January 2019 on the calendar; write days as \"YYYY-MM-DD\".",
        success="Weekdays in a news report point to the most recent such day: here they span less than a week.",
    ),
    "06.2": make_key(
        "06.2",
        "mapping",
        {"last month": "2018-12", "Last June": "2018-06", "in November": "2018-11", "This month": "2019-01"},
        confusions={
            ("2018-06", "2019-06"): "Has June 2019 happened by January 2019? 'Last June' is the most recent June before the article.",
            ("2018-11", "2019-11"): "The spokesman 'told' Breitbart News in the past: which November is the most recent one?",
            ("2018-12", "2019-01"): "'Last month' is the month before the month of publication.",
            ("2019-01", "2018-12"): "'This month' is the month of publication itself.",
        },
        hint="Count back from January 2019; write months as \"YYYY-MM\". Paragraphs 9, 16, 17 and 19.",
        success="Trump's visit (26 December 2018, an outside fact) falls in 'last month': the assumed date passes this test.",
    ),
    "06.3": make_key(
        "06.3",
        "number",
        2,
        tolerance=0,
        hint="From VOA's Saturday (paragraph 5) to Bas News's Monday (paragraph 2): count the days on the calendar.",
        success="Two days: 'a couple of days after' fits, a small sign that the assumed date is consistent.",
    ),
    "06.4": make_key(
        "06.4",
        "choice",
        "VOA's week",
        explanations={
            "VOA's week": "Right: the words are in the passage taken from VOA's report of Saturday 19 January, so the week is VOA's, about 14 to 19 January 2019, which fits the PMF's complaint of January 15. The helper counts from the article's date because the passage has no quotation marks.",
            "the article's week": "Counted from Monday 21 January, 'earlier this week' could only be that same Monday. Whose words are these: paragraph 5 says who reported them, and on which day?",
            "cannot be dated": "It can be placed, roughly: whose report is the passage in, and do you know that report's day?",
        },
        hint="Who reported paragraph 6, and on which day (paragraph 5)?",
    ),
    "06.5": make_key(
        "06.5",
        "choice",
        "the recent elections",
        explanations={
            "the recent elections": "Right: 'recent' gives no calendar anchor at all. Only outside knowledge (Iraq voted in May 2018) dates the elections; nothing in the article does.",
            "Last June": "With the publication date it is June 2018 (paragraph 16).",
            "in November": "With the publication date it is the most recent November, 2018 (paragraph 17).",
            "a couple of days after": "It hangs on a date the article does give: VOA's Saturday report. Two days later is Monday.",
        },
        hint="Which of these words gives no month, no weekday and no count of days, even with the publication date known?",
    ),
}

#: Notes for authors (never shown to students), added to the entries in render().
NOTES = {
    "06.1": "'Monday' = the day of publication: news style names the day itself for a same-day report.",
    "06.4": "The helper (find_dates) anchors 'earlier this week' to the publication date: wrong anchor.",
}


def render() -> str:
    """The key file's exact text."""
    questions = {qid: {**entry, **({"note": NOTES[qid]} if qid in NOTES else {})} for qid, entry in QUESTIONS.items()}
    return render_key_file(SET, questions, note="Problem set 06: timeline. Regenerate with solutions/keys/make_keys_06.py.")


def main() -> int:
    return write_key_file(ROOT / "medialit" / "data" / "keys" / f"{SET}.json", render())


if __name__ == "__main__":
    raise SystemExit(main())

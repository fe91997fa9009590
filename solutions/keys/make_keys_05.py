"""Authoring script for the key of problem set 05 (solutions/05_figures.ipynb).

Run from anywhere to regenerate `medialit/data/keys/05.json`:

    python solutions/keys/make_keys_05.py

The answers are in the clear here: this script is the instructor's copy, kept next
to the solutions and not installed with the package; only the hashed file is.
"""

from __future__ import annotations

from pathlib import Path

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "05"
ROOT = Path(__file__).resolve().parents[2]

QUESTIONS = {
    "05.1": make_key(
        "05.1",
        "mapping",
        {
            "at least 30": "lower bound",
            "up to 150,000": "upper bound",
            "nearly a third": "upper bound",
            "the estimated 5,000": "approximate",
            "22": "exact",
        },
        confusions={
            ("lower bound", "upper bound"): "'At least' gives the smallest number the reporters were sure of: can the true number be above it?",
            ("upper bound", "lower bound"): "'Up to' and 'nearly' set a ceiling: can the true number be above the figure?",
            ("upper bound", "approximate"): "'Nearly' means close to but short of: can 'nearly a third' be more than a third?",
            ("approximate", "exact"): "A figure someone 'estimated' is not a count: who counted the troops one by one?",
            ("exact", "approximate"): "No word in front of the 22 softens it: the accusation gives it as a count.",
        },
        hint="Read the words just in front of each number (paragraphs 3, 9, 12, 16 and 19): may the true number lie above the figure, below it, or around it?",
        success="Floors and ceilings point in opposite directions; an honest chart draws them differently.",
    ),
    "05.2": make_key(
        "05.2",
        "number",
        (99, 109),
        hint="What is a third of 329? 'Nearly' means close to it: from which side?",
        success="Nearly a third of 329 seats is a bit under 110: 'nearly' sets a ceiling, not a floor.",
    ),
    "05.3": make_key(
        "05.3",
        "choice",
        "32",
        explanations={
            "32": "Right: it sits in the related-story link (paragraph 1) about strikes in east Syria, counted by an unnamed monitor; the story never mentions it again.",
            "at least 30": "This is the story's own casualty figure (paragraph 3): reported by Iraqi channels, relayed by Bas News, and denied.",
            "22": "A different event (last June), but the story itself tells it, as background, in paragraph 16.",
            "up to 150,000": "The story uses it in paragraph 12 to give the size of the PMF.",
        },
        hint="Which paragraphs have a role other than 'body' in article.paragraphs?",
    ),
    "05.4": make_key(
        "05.4",
        "mapping",
        {
            "at least 30": "denied",
            "22": "denied",
            "up to 150,000": "estimated",
            "the estimated 5,000": "estimated",
            "two recent attacks": "reported",
            "nearly a third": "reported",
        },
        confusions={
            ("denied", "reported"): "Read to the end of paragraphs 3 and 16: does anyone in the article say the event behind the figure did not happen?",
            ("estimated", "reported"): "Some sentences say how the number was made ('estimates', 'estimated'): which?",
            ("reported", "stated"): "Is the article counting here, or does the sentence name who said so (the IG, the Post)?",
            ("reported", "estimated"): "Does that sentence call the figure an estimate, or just pass on what someone noted?",
        },
        hint="Read each figure's whole sentence and the one after it: paragraphs 3, 9, 11, 12, 16 and 19.",
        success="Status travels with the claim: a denied strike takes its death toll with it.",
    ),
    "05.5": make_key(
        "05.5",
        "mapping",
        {
            "at least 30": "Iraqi news channels",
            "22": "the PMF",
            "the estimated 5,000": "not named",
            "two recent attacks": "the Pentagon inspector general",
            "up to 150,000": "various estimates",
            "nearly a third": "the Washington Post",
        },
        confusions={
            ("Iraqi news channels", "Bas News"): "Bas News passes the figure on: whom does it quote as reporting it first (paragraph 3)?",
            ("Iraqi news channels", "the war media cell"): "The war media cell says the reports were untrue; did it give the figure?",
            ("not named", "Donald Trump"): "Trump 'stressed' there are no plans to pull out the troops; does paragraph 9 say he gave the figure, or who estimated it?",
            ("the PMF", "the U.S.-led coalition"): "The coalition denied the strike; who made the accusation that carries the number (paragraph 16)?",
        },
        hint="For each figure, who counted or estimated it? Follow the reporting verbs: 'reported', 'accused', 'noted', 'According to'.",
        success="Where your table and the helper's disagree, the sentence decides: the helper takes the nearest speaker, the text does not name who estimated the 5,000.",
    ),
}

#: Notes for authors (never shown to students), added to the entries in render().
NOTES = {
    "05.1": "nearly = close to but not reaching, so an upper bound (as lesson 5, Step 3).",
    "05.2": "329 / 3 = 109.67; accept 99-109 (30 % up to just under a third).",
    "05.5": "The helper gives 'he' (find_figures) or 'U.S. President Donald Trump' (analyze) for the 5,000: wrong, the estimate's author is not named.",
}


def render() -> str:
    """The key file's exact text."""
    questions = {qid: {**entry, **({"note": NOTES[qid]} if qid in NOTES else {})} for qid, entry in QUESTIONS.items()}
    return render_key_file(SET, questions, note="Problem set 05: figures. Regenerate with solutions/keys/make_keys_05.py.")


def main() -> int:
    return write_key_file(ROOT / "medialit" / "data" / "keys" / f"{SET}.json", render())


if __name__ == "__main__":
    raise SystemExit(main())

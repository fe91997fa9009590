"""Teacher notes 00-08: one page per lesson with what a teacher expects, true to the kit it describes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "docs" / "teacher-notes"
LESSONS = sorted((ROOT / "notebooks").glob("0[0-8]_*.ipynb"))


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_each_lesson_has_notes_with_timing_reflection_answers_misconceptions_and_tasks(lesson):
    notes = (NOTES / f"{lesson.stem}.md").read_text(encoding="utf-8")
    for heading in (
        "## Background for you",
        "## Reflection: model and alternative answers",
        "## Misconceptions",
        "## Extension and scaffolded tasks",
    ):
        assert heading in notes, heading
    assert re.search(r"\*\*Timing[:*]", notes)
    cells = json.loads(lesson.read_text(encoding="utf-8"))["cells"]
    reflect = next("".join(c["source"]) for c in cells if "## Reflect" in "".join(c["source"]))
    asked = len(re.findall(r"^\d\. ", reflect.split("## Reflect", 1)[1], re.MULTILINE))
    answered = re.findall(
        r"^(\d)\. ",
        notes.split("## Reflection: model and alternative answers", 1)[1].split("\n## ", 1)[0],
        re.MULTILINE,
    )
    assert len(answered) == asked, f"{lesson.stem}: {asked} reflection questions, {len(answered)} answered in the notes"


def test_the_readme_has_the_discussion_routine_and_even_handed_advice():
    readme = (NOTES / "README.md").read_text(encoding="utf-8")
    assert "## A discussion routine" in readme and "even-handedly" in readme


def test_lesson_04_is_planned_as_two_periods_in_notes_and_lesson():
    notes = (NOTES / "04_hedges_and_loaded_words.md").read_text(encoding="utf-8")
    lesson = (ROOT / "notebooks" / "04_hedges_and_loaded_words.ipynb").read_text(encoding="utf-8")
    assert "two periods" in notes.lower() and "two periods" in lesson


@pytest.mark.parametrize("set_id", ["01", "02", "03", "04", "05", "06", "07", "08"])
def test_the_points_in_the_notes_are_the_keys(set_id):
    """The notes' table of questions gives each question the points its key and its heading give."""
    from medialit.teaching.keys import load_keys

    notes = next(NOTES.glob(f"{set_id}_*.md")).read_text(encoding="utf-8")
    rows = dict(re.findall(rf"^\| ({set_id}\.\d) \| (\d+) \|", notes, re.MULTILINE))
    keys = load_keys(set_id).questions
    assert {q: float(p) for q, p in rows.items()} == {q: float(e["points"]) for q, e in keys.items()}

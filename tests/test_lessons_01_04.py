"""Lessons 01-04: the corrections of the fairness review stay in (each test names the defect it guards)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from medialit.practice import get_question as practice_question

ROOT = Path(__file__).resolve().parents[1]
LESSONS = {p.name[:2]: p for p in sorted((ROOT / "notebooks").glob("0[1-4]_*.ipynb"))}


def _cells(set_id: str) -> list[dict]:
    return json.loads(LESSONS[set_id].read_text(encoding="utf-8"))["cells"]


def _md(set_id: str) -> str:
    return "\n".join("".join(c["source"]) for c in _cells(set_id) if c["cell_type"] == "markdown")


@pytest.mark.parametrize("set_id", sorted(LESSONS))
def test_reflection_questions_have_a_cell_to_write_in(set_id):
    """After the Reflect heading comes a markdown cell tagged 'reflection' with a place for each question."""
    cells = _cells(set_id)
    at = next(i for i, c in enumerate(cells) if "## Reflect" in "".join(c["source"]))
    asked = len(re.findall(r"^\d\. ", "".join(cells[at]["source"]), re.MULTILINE))
    answer = next(c for c in cells[at + 1 :] if "reflection" in c["metadata"].get("tags", []))
    assert (
        answer["cell_type"] == "markdown"
        and len(re.findall(r"^\d\. ", "".join(answer["source"]), re.MULTILINE)) == asked
    )


def test_the_iraq_denies_question_is_asked_once_in_lesson_03():
    asking = [
        s
        for s in LESSONS
        if re.search(r"Why might an outlet .{0,40}Iraq Denies", _md(s), re.S)
        or re.search(r"sum that\s+up as \*Iraq Denies\*", _md(s))
    ]
    assert asking == ["03"]


def test_lesson_01_starts_with_the_fastest_check_and_gives_no_leading_prompt():
    md = _md("01")
    assert md.index("## Step 0: The fastest check") < md.index("## Step 1")
    assert "Search for the exact headline" in md
    assert 'Look for the word "some"' not in md and "to make you click" not in md
    assert "our inference from the saved text" in md


def test_lesson_02_no_longer_says_november_came_before_everything_else():
    md = _md("02")
    assert "before everything else" not in md and "June 2017" in md
    assert '"a US airstrike"' in md and '"lethal airstrikes"' in md


def test_lesson_04_categories_read_as_the_lexicon_readme_defines_them():
    """One place decides: lesson 04 prints the definitions the legend shows (categories.csv, kept word for word
    with the lexicon README by tests/test_render.py) instead of a table of its own."""
    nb = json.loads((ROOT / "notebooks" / "04_hedges_and_loaded_words.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "category_definitions()" in code
    readme = (ROOT / "medialit" / "lexicons" / "README.md").read_text(encoding="utf-8")
    readme = readme.split("### Categories", 1)[1].split("\n### ", 1)[0]
    defined = dict(re.findall(r"^\|\s*`([\w-]+)`\s*\|\s*([^|]+?)\s*\|", readme, re.MULTILINE))
    handwritten = dict(re.findall(r"^\|\s*([\w-]+)\s*\|\s*([^|]+?)\s*\|", _md("04"), re.MULTILINE))
    assert not set(handwritten) & set(defined), "a second, hand-written definition table can drift"
    assert "sounds precise" not in _md("04")


def test_lesson_04_has_a_neutral_rewrite_and_what_the_article_does_well_and_two_periods():
    md = _md("04")
    assert "What the article does well" in md and "What did the neutral version lose?" in md
    assert "two periods" in md


def test_practice_04_b_reads_noted_as_the_lexicon_does():
    """'noted that' is a judging verb in loaded.csv: the practice reveal must not call it neutral."""
    q = practice_question("04.b")
    assert not any("neutral 'the Post noted'" in o.why for o in q.options)

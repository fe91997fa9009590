"""No graded answer of sets 05-08 is printed by its lesson or by the set's own cells.

Runs each lesson and each student copy of the set (outputs as a student sees them), then
looks for every key of the set (from its key script's CASES): a choice or list answer's
text, or a mapping's item and its label in the same output line (a helper table). The
lines that print a set's own story paragraph (``[n] ...``) are the text being read, not an
answer, and are left out.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

from medialit.teaching.keys import normalize

ROOT = Path(__file__).resolve().parents[1]
SETS = ["05", "06", "07", "08"]
STORY_LINE = re.compile(r"^\[\d+\] ")


def _cases(set_id: str) -> dict[str, dict[str, Any]]:
    path = ROOT / "solutions" / "keys" / f"make_keys_{set_id}.py"
    spec = importlib.util.spec_from_file_location(f"printed_make_keys_{set_id}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def _outputs(path: Path) -> list[str]:
    """The text a student sees under the code cells of `path`, run top to bottom in its own folder."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, allow_errors=True, resources={"metadata": {"path": str(path.parent)}}).execute()
    lines: list[str] = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            texts = [out.get("text", "")] + [out.get("data", {}).get(k, "") for k in ("text/plain", "text/html")]
            for text in texts:
                lines += [normalize(line) for line in "".join(text).splitlines() if not STORY_LINE.match(line)]
    return lines


def _leaks(key: Any, lines: list[str]) -> list[str]:
    blob = "\n".join(lines)
    if isinstance(key, dict) and set(key) == {"answer", "why"}:
        key = key["answer"]
    if isinstance(key, dict) and set(key) == {"essay", "article"}:
        return []  # the student's own essay: nothing to print
    if isinstance(key, str):
        return [key] if len(normalize(key)) >= 12 and normalize(key) in blob else []
    if isinstance(key, (list, tuple)):
        return [x for x in key if isinstance(x, str) and len(normalize(x)) >= 12 and normalize(x) in blob]
    found = []
    for item, label in key.items():
        i, lab = normalize(item), normalize(label)
        item_at = re.compile(rf"(?<![\w,.]){re.escape(i)}(?![\w,])")  # "9" is not the 9 in "2019" or "9,000"
        if len(lab) >= 4 and any(item_at.search(line) and lab in line for line in lines):
            found.append(f"{item} -> {label}")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("set_id", SETS)
def test_no_key_in_the_lesson_or_the_set(set_id):
    lesson = next((ROOT / "notebooks").glob(f"{set_id}_*.ipynb"))
    exercise = next((ROOT / "exercises").glob(f"{set_id}_*.ipynb"))
    lines = _outputs(lesson) + _outputs(exercise)
    leaks = {q: found for q, case in _cases(set_id).items() if (found := _leaks(case["key"], lines))}
    assert not leaks, f"set {set_id}: answers printed by {lesson.name} or {exercise.name}: {leaks}"


def test_the_search_finds_a_printed_table_row():
    """A helper-table line with an item and its label is caught; the story's own line is not."""
    lines = [normalize("at least 14   the coastguard   reported"), normalize("nothing here")]
    assert _leaks({"At least 14": "the coastguard"}, lines) == ["At least 14 -> the coastguard"]
    assert _leaks("a long option text that is the answer", [normalize("... a long option text that is the answer")])
    assert not _leaks({"At least 14": "the coastguard"}, [normalize("nothing at all")])

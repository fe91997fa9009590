"""No graded answer of sets 05-08 is printed by its lesson or by a set's own cells (slow).

The same search as tests/test_no_answer_in_outputs.py (sets 01-04), with one difference: sets
05-08 print their own short story, paragraph by paragraph (``[n] ...``), and a story line holds
a figure beside its source because that is the text being read; those lines are left out. A
helper table or a reveal that pairs an item with its label is still found.
"""

from __future__ import annotations

import re
import shutil

import pytest
from teaching_factories import key_script
from test_no_answer_in_outputs import ROOT, _lines, _needles, _run, _word_in

SETS = ["05", "06", "07", "08"]
STORY_LINE = re.compile(r"^\[\d+\] ", re.MULTILINE)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """{"lesson 05": text, "set 05": text, ...}, story lines dropped, from one run of each notebook."""
    work = tmp_path_factory.mktemp("leaks-05-08")
    shutil.copytree(ROOT / "notebooks", work / "notebooks")
    shutil.copytree(ROOT / "exercises", work / "exercises")
    found: dict[str, str] = {}
    for set_id in SETS:
        for kind, folder in (("lesson", "notebooks"), ("set", "exercises")):
            path = next((work / folder).glob(f"{set_id}_*.ipynb"))
            text = _run(path, path.parent)
            found[f"{kind} {set_id}"] = "\n".join(line for line in text.splitlines() if not STORY_LINE.match(line))
    return found


CASES = [(s, q) for s in SETS for q in key_script(s).CASES]


@pytest.mark.parametrize(("set_id", "question"), CASES, ids=[q for _, q in CASES])
def test_no_graded_key_is_printed(outputs, set_id, question):
    key = key_script(set_id).CASES[question]["key"]
    if isinstance(key, dict) and set(key) == {"essay", "article"}:
        return  # the student's own essay on their own article: nothing of it is printed anywhere
    options, pairs, groups = _needles(key)
    leaks = []
    for where, text in outputs.items():
        lines = _lines(text)
        flat = " ".join(lines)
        leaks += [f"{where}: option {o!r}" for o in options if o in flat and where != f"set {set_id}"]
        leaks += [f"{where}: {item!r} with {label!r}: {line[:120]!r}" for item, label in pairs for line in lines
                  if len(item) >= 3 and _word_in(item, line) and _word_in(label, line)]
        leaks += [f"{where}: {group!r} together" for group in groups for line in lines if all(_word_in(w, line) for w in group)]
    assert not leaks, f"{question}: the answer is printed: {leaks[:5]}"


def test_story_lines_are_left_out_and_tables_are_not():
    text = "[2] At least 14 passengers were injured, the coastguard said.\nAt least 14   coastguard   reported"
    kept = [line for line in text.splitlines() if not STORY_LINE.match(line)]
    assert kept == ["At least 14   coastguard   reported"]

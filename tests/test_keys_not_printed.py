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
from teaching_factories import key_source
from test_no_answer_in_outputs import ROOT, _run
from test_no_answer_in_outputs import (
    test_no_graded_key_is_printed as _search_outputs,  # the same search, not collected twice
)

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


CASES = [(s, q) for s in SETS for q in key_source(s).CASES]


@pytest.mark.parametrize(("set_id", "question"), CASES, ids=[q for _, q in CASES])
def test_no_graded_key_is_printed(outputs, set_id, question):
    _search_outputs(outputs, set_id, question)


def test_story_lines_are_left_out_and_tables_are_not():
    text = "[2] At least 14 passengers were injured, the coastguard said.\nAt least 14   coastguard   reported"
    kept = [line for line in text.splitlines() if not STORY_LINE.match(line)]
    assert kept == ["At least 14   coastguard   reported"]

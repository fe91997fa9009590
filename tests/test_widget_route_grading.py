"""The widget route is graded like the typed one: an answer cell left as `...` with an answer saved by a widget.

`check()` reads the saved answer (`medialit.answers.answer_for`), so the student sees the points;
`medialit grade` records the same: the sandboxed run records the answer `check()` would score, and the
grader scores it outside with `score_answer`, partial credit included.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from teaching_factories import key_source

from medialit.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_widget_answers_are_graded_with_the_points_check_shows(tmp_path):
    module = key_source("03")
    student = tmp_path / "subs" / "ada"
    student.mkdir(parents=True)
    shutil.copy(ROOT / "exercises" / "03_claims_and_denials.ipynb", student)
    answers = {**module.ANSWERS, "03.1": {str(d): str(c) for d, c in module.ANSWERS["03.1"]}}
    (student / "medialit-answers.json").write_text(json.dumps({"format": 1, "answers": answers}), encoding="utf-8")
    book = tmp_path / "book.csv"
    assert (
        main(
            [
                "grade",
                str(tmp_path / "subs"),
                "--solutions",
                str(ROOT / "solutions" / "03_claims_and_denials.ipynb"),
                "-o",
                str(book),
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    rows = {r["question"]: r for r in csv.DictReader(book.open(encoding="utf-8"))}
    assert rows["TOTAL"]["points"] == rows["TOTAL"]["max_points"] == "10"


@pytest.mark.slow
def test_a_partly_right_typed_answer_earns_in_the_gradebook_what_check_shows(tmp_path):
    from medialit.teaching.keys import score_answer

    nb = json.loads((ROOT / "exercises" / "03_claims_and_denials.ipynb").read_text(encoding="utf-8"))
    partial = [(3, 2)]  # one of the two links
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == "03.1-answer":
            cell["source"] = f"answer_1 = {partial!r}"
    student = tmp_path / "subs" / "ben"
    student.mkdir(parents=True)
    (student / "03_claims_and_denials.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    book = tmp_path / "book.csv"
    main(
        [
            "grade",
            str(tmp_path / "subs"),
            "--solutions",
            str(ROOT / "solutions" / "03_claims_and_denials.ipynb"),
            "-o",
            str(book),
            "--jobs",
            "1",
        ]
    )
    rows = {r["question"]: r for r in csv.DictReader(book.open(encoding="utf-8"))}
    assert float(rows["03.1"]["points"]) == score_answer("03.1", partial).score == 1.5

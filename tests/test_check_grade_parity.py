"""check() and grading agree, always: same verdict, same points, for every question of every set.

Grading scores a student's answer (the typed value, or the widget's saved one when the
typed cell still holds ``...``) with `score_answer`, the function keys.py provides; `check()`
shows the same thing in the notebook. Per set (generic: every ``solutions/NN_*.ipynb``):

- every graded question's worth is one number: the "(N points)" of its heading, the test
  cell's nbgrader points and the key's ``points``;
- every question has cases in its answers file (``solutions/keys/NN.answers.json``, read as
  ``CASES = {qid: {"key": ..., "also": [...],
  "wrong": [...]}}``): the key and each accepted alternative earn full points in both,
  each typical wrong answer earns less than full points in both, with equal verdicts and
  scores; the same answer saved by a widget (sidecar) scores the same as typed;
- a hidden test left in a test cell passes exactly when the answer earns full points (so
  no second judge can disagree with check(): today's 03.3 said "passed" and graded 0);
- no feedback on a wrong answer contains a right answer's text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from teaching_factories import key_source

from medialit.answers import answer_for, save_answer
from medialit.teaching.check import check
from medialit.teaching.keys import load_keys, normalize, points_of, score_answer
from medialit.teaching.markers import BEGIN_HIDDEN, END_HIDDEN, is_answer_cell, is_grade_cell, nbgrader_meta, source_of

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb"))
POINTS_IN_TEXT = re.compile(r"^#+\s*(\d{2}\.\d+)\b.*\((\d+(?:\.\d+)?) points?\)", re.MULTILINE)
ASSIGNED = re.compile(r"^(answer_\w+)\s*=", re.MULTILINE)


def _questions(nb: dict) -> list[dict[str, Any]]:
    """Per graded question: id, nbgrader points, points in the heading, answer variable, hidden test code."""
    out: list[dict[str, Any]] = []
    headings = {
        q: float(p)
        for cell in nb["cells"]
        if cell["cell_type"] == "markdown"
        for q, p in POINTS_IN_TEXT.findall(source_of(cell))
    }
    variables: list[str] = []
    for cell in nb["cells"]:
        if is_answer_cell(cell):
            variables += ASSIGNED.findall(source_of(cell))
        if is_grade_cell(cell):
            meta = nbgrader_meta(cell)
            src = source_of(cell)
            hidden = src.split(BEGIN_HIDDEN, 1)[1].split(END_HIDDEN, 1)[0] if BEGIN_HIDDEN in src else ""
            out.append(
                {
                    "id": meta["grade_id"],
                    "points": float(meta.get("points", 0)),
                    "heading": headings.get(meta["grade_id"]),
                    "vars": variables,
                    "hidden": hidden,
                }
            )
            variables = []
    return out


def _sets() -> list[tuple[str, Path]]:
    return [(p.name[:2], p) for p in SOLUTIONS]


def _migrated(set_id: str) -> bool:
    """A set whose keys carry points (the parity rules apply); older keys are reported, not failed."""
    return all("points" in e for e in load_keys(set_id).questions.values())


def _cases(set_id: str) -> dict[str, dict[str, Any]]:
    return getattr(key_source(set_id), "CASES", {})


ALL = [pytest.param(s, p, id=s) for s, p in _sets()]


def _graded(set_id: str, path: Path) -> list[dict[str, Any]]:
    """The questions of a set whose keys carry points; a set not migrated yet is skipped with a reason."""
    if not _migrated(set_id):
        pytest.skip(f"set {set_id}: keys have no points yet")
    return _questions(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("set_id", "path"), ALL)
def test_points_are_one_number(set_id, path):
    """Is a question worth the same in its heading, its test cell and its key?"""
    keys = load_keys(set_id)
    for q in _graded(set_id, path):
        key_points = points_of(keys.entry(q["id"]))
        assert q["heading"] == q["points"] == key_points, (
            f"{q['id']}: heading says {q['heading']}, test cell {q['points']}, key {key_points}"
        )


def _all_cases() -> list:
    params = []
    for set_id, path in _sets():
        if not _migrated(set_id):
            continue
        cases = _cases(set_id)
        for q in _questions(json.loads(path.read_text(encoding="utf-8"))):
            case = cases.get(q["id"], {})
            for label, answers in (
                ("key", [case.get("key", ...)]),
                ("also", case.get("also", [])),
                ("wrong", case.get("wrong", [])),
            ):
                for i, answer in enumerate(answers):
                    params.append(pytest.param(q, label, answer, id=f"{q['id']}-{label}{i}"))
    return params


@pytest.mark.parametrize(("set_id", "path"), ALL)
def test_every_question_has_cases(set_id, path):
    """Does each question's answers file give its key, and at least one typical wrong answer?"""
    cases = _cases(set_id)
    for q in _graded(set_id, path):
        assert q["id"] in cases, f'{q["id"]}: add "cases" to {q["id"]} in solutions/keys/{set_id}.answers.json'
        assert "key" in cases[q["id"]] and cases[q["id"]].get("wrong"), f"{q['id']}: needs a key and wrong answers"


@pytest.mark.parametrize(("q", "label", "answer"), _all_cases())
def test_check_and_grade_agree(q, label, answer, tmp_path, monkeypatch):
    """Same verdict and same points from check() and from the grading function, typed or saved by a widget?"""
    monkeypatch.delenv("MEDIALIT_STRICT", raising=False)
    monkeypatch.chdir(tmp_path)
    graded = score_answer(q["id"], answer)
    shown = check(q["id"], answer)
    assert (shown.passed, shown.score, shown.max_score) == (graded.passed, graded.score, graded.max_score)
    assert graded.max_score == q["points"]
    if label in ("key", "also"):
        assert graded.passed and graded.score == q["points"], f"{q['id']} rejects a right answer: {graded.message}"
    else:
        assert not graded.passed and graded.score < q["points"], f"{q['id']} accepts a wrong answer"
    # The widget route: the same answer through the sidecar (JSON turns tuples into lists, int keys into strings).
    save_answer(q["id"], json.loads(json.dumps(answer)))
    saved = check(q["id"])
    assert (saved.passed, saved.score) == (graded.passed, graded.score)
    assert score_answer(q["id"], answer_for(q["id"], ...)).score == graded.score
    # A hidden test, if one is left, must judge as the key does.
    if q["hidden"].strip():
        namespace = {v: answer for v in q["vars"]}
        try:
            exec(compile(q["hidden"], q["id"], "exec"), namespace)
            hidden_passes = True
        except AssertionError:
            hidden_passes = False
        except Exception as err:  # noqa: BLE001 - a hidden test that crashes on an answer is a disagreement too
            hidden_passes = False
            assert not graded.passed, f"{q['id']}: the hidden test crashes on an answer the key accepts: {err!r}"
        assert hidden_passes == graded.passed, f"{q['id']}: the hidden test and the key disagree on {answer!r}"


def _texts(value: Any) -> list[str]:
    """The strings of an answer (keys and values of a dict, items of a list), long enough to be telling."""
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set)):
        items = list(value)
    else:
        items = [value]
    out: list[str] = []
    for x in items:
        if isinstance(x, (list, tuple, dict)):
            out += _texts(x)
        elif isinstance(x, str) and len(normalize(x)) >= 12:
            out.append(normalize(x))
    return out


@pytest.mark.parametrize(("q", "label", "answer"), [p for p in _all_cases() if p.values[1] == "wrong"])
def test_feedback_on_wrong_answers_never_names_a_right_one(q, label, answer, monkeypatch):
    """Does the message and hint on a wrong answer keep every right answer's text to itself?"""
    monkeypatch.delenv("MEDIALIT_STRICT", raising=False)
    case = _cases(q["id"][:2])[q["id"]]
    right = set(_texts(case["key"])).union(*[_texts(a) for a in case.get("also", [])])
    right -= set(_texts(answer))  # what the student typed may be echoed back
    shown = normalize(f"{check(q['id'], answer)}")
    for secret in right:
        assert secret not in shown, f"{q['id']}: feedback shows {secret!r}"

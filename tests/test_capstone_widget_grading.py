"""Set 08 answered only through widgets, graded for real: the gradebook gives what `check()` showed.

The student pastes an article into the paste box (`text_box`, saved as ``08.article``), writes the essay in
the AnswerBox (``08.1``) and answers 08.2 and 08.3 in their AnswerBoxes; every answer cell keeps its ``...``.
`check()` in the student's folder and `medialit grade` (sandboxed when the machine can) must agree, question
by question. A second test builds private grading keys with `medialit keys build --private` and shows that
`medialit grade` scores with them.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from medialit.cli import main

ROOT = Path(__file__).resolve().parents[1]

# An invented story (no such town or trust) that breaks a PASTED = """...""" cell twice: it contains three
# double quotes in a row and it ends with a double quote.
ARTICLE = '''Lowmoor Water Board Denies Reservoir Is Leaking

The Lowmoor Water Board on Monday denied that its upper reservoir was leaking, the Lowmoor Echo reported.

A board engineer, Priya Lund, told the Echo the dam was "sound and inspected twice a year". \
A walkers' club said it had photographed water seeping below the wall, a claim the board called \
"""speculation""" in a statement.

About 4,000 homes draw water from the reservoir, the board estimated. The walkers' club chair, Sam Orr, said: "We only want the report published."'''

ESSAY = (
    "The main claim comes from the Lowmoor Water Board, and it reaches us through the Lowmoor Echo, so it is "
    'second-hand: the board\'s engineer told the paper that the dam was "sound and inspected twice a year", but '
    "no inspection report is shown. The other side is a walkers' club that says it photographed water seeping "
    "below the wall; we never see the photographs either, so neither claim is verified in the text. The headline "
    "takes the board's denial as its frame, which is fair to the board but leaves the club's evidence for later. "
    "The number of homes is only an estimate from the board. To its credit the article quotes both sides and ends "
    "with the club asking for the report. I would check first whether the inspection reports are public, and look "
    "for the photographs."
)


def _run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def _answer_through_widgets(folder: Path) -> None:
    """What a student does with the boxes: paste and Save, type the essay and Save, tick and choose and Save."""
    from medialit.widgets import AnswerBox
    from medialit.widgets.paste import text_box

    box = text_box("08.article", "3. Paste your article here", directory=folder)
    area, (save, _status) = box.children[0], box.children[1].children
    area.value = ARTICLE
    save.click()
    for question, kind, options, value in [
        ("08.1", "text", (), ESSAY),
        ("08.2", "multi", list("ABCDEF"), ["B"]),  # one of the two
        ("08.3", "choice", HEADLINES, HEADLINES[1]),
    ]:
        widget = AnswerBox(question, kind, options=options, path=folder)
        widget.set(value)
        widget._save_button.click()


HEADLINES = [
    "Hospital Waiting Lists Double",
    "Hospital Trust Denies Hip Waiting Lists Doubled; Union Cites Leaked Figures",
    "Dunmore Hospital Caught in Quiet Sell-Off",
    "Union Lies About Hospital Waiting Lists",
]


def _shown_by_check(folder: Path, monkeypatch, key_dir: Path | None = None) -> dict[str, float]:
    """The points `check()` shows in the set's check cells, run in the student's folder as the notebook runs them."""
    from medialit import check
    from medialit.widgets.paste import essay_answer, own_article

    monkeypatch.chdir(folder)
    mine, origin = own_article("", None, key="08.article")
    assert origin.startswith("the paste box") and mine.title == "Lowmoor Water Board Denies Reservoir Is Leaking"
    shown = {
        "08.1": check("08.1", essay_answer("08.1", ..., mine), key_dir=key_dir),
        "08.2": check("08.2", ..., key_dir=key_dir),
        "08.3": check("08.3", ..., key_dir=key_dir),
    }
    return {q: r.score for q, r in shown.items()}


def _student(tmp_path: Path) -> Path:
    student = tmp_path / "subs" / "ana"
    student.mkdir(parents=True)
    shutil.copy(ROOT / "exercises" / "08_capstone.ipynb", student)
    _answer_through_widgets(student)
    return student


def _grade(tmp_path: Path, solutions: Path) -> tuple[dict[str, float], str]:
    """`medialit grade` on tmp_path/subs (sandboxed where bubblewrap is installed): {question: points}, stderr."""
    book = tmp_path / "grades.csv"
    argv = ["grade", str(tmp_path / "subs"), "--solutions", str(solutions), "-o", str(book), "--jobs", "1"]
    code, err = _run([*argv, *(["--unsafe"] if shutil.which("bwrap") is None else [])])
    assert code == 0, err
    return {r["question"]: float(r["points"]) for r in csv.DictReader(book.open(encoding="utf-8"))}, err


@pytest.mark.slow
def test_capstone_answered_only_in_widgets_is_graded_as_check_shows(tmp_path, monkeypatch):
    student = _student(tmp_path)
    saved = json.loads((student / "medialit-answers.json").read_text(encoding="utf-8"))["answers"]
    assert saved["08.article"] == ARTICLE and saved["08.1"] == ESSAY
    shown = _shown_by_check(student, monkeypatch)
    assert shown["08.1"] == 2 and 0 < shown["08.2"] < 3 and shown["08.3"] == 2  # complete, partly right, right
    monkeypatch.chdir(tmp_path)
    graded, err = _grade(tmp_path, ROOT / "solutions" / "08_capstone.ipynb")
    assert {q: graded[q] for q in shown} == shown
    assert graded["TOTAL"] == sum(shown.values())


@pytest.mark.slow
def test_private_keys_built_with_keys_build_are_the_ones_grade_scores_with(tmp_path, monkeypatch):
    """The teacher's private answers say another headline is the fair one: grade follows them, check() does not."""
    solutions = tmp_path / "solutions"
    (solutions / "keys").mkdir(parents=True)
    shutil.copy(ROOT / "solutions" / "08_capstone.ipynb", solutions)
    source = json.loads((ROOT / "solutions" / "keys" / "08.answers.json").read_text(encoding="utf-8"))
    source["questions"]["08.3"]["answer"] = HEADLINES[0]
    source["questions"]["08.3"].pop("cases", None)
    (solutions / "keys" / "08.answers.json").write_text(json.dumps(source, indent=1), encoding="utf-8")

    code, err = _run(["keys", "build", str(solutions), "--private"])
    assert code == 0, err
    private = solutions / "keys" / "08.json"
    assert private.is_file() and HEADLINES[0] not in private.read_text(encoding="utf-8")  # hashed, not in the clear
    assert not (ROOT / "medialit" / "data" / "keys" / "08.json").read_text(encoding="utf-8") == private.read_text(
        encoding="utf-8"
    )
    assert _run(["keys", "build", str(solutions), "--private", "--check"])[0] == 0
    code, err = _run(["keys", "build", str(solutions), "--private", "--out", str(tmp_path)])
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not both" in err

    student = _student(tmp_path)
    public = _shown_by_check(student, monkeypatch)
    privately = _shown_by_check(student, monkeypatch, key_dir=solutions / "keys")
    assert public["08.3"] == 2 and privately["08.3"] == 0
    monkeypatch.chdir(tmp_path)
    graded, err = _grade(tmp_path, solutions)
    assert "private keys" in err
    assert {q: graded[q] for q in privately} == privately

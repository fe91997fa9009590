"""grade: a test class of eleven submissions of the demo set 99 (3 questions, 4 points), graded for real."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from teaching_factories import answer, demo_solution, without, write_notebook

from medialit.cli import main
from medialit.teaching import grade as grade_module
from medialit.teaching.grade import COLUMNS, Row, Solution, Submission, find_submissions, grade
from medialit.teaching.notebook_steps import ASSIGN, GRADE, GRADER_PRELUDE, StepContext, run_steps

RIGHT = {
    "99.1-answer": 'answer_1 = ["Bas News", "Voice of America", "Reuters", "Washington Post"]',
    "99.2-answer": "answer_2 = 30",
    "99.3-answer": 'answer_3 = "the war media cell"',
}


def exercise() -> dict:
    return run_steps(demo_solution(), ASSIGN, StepContext("99_demo.ipynb"))


def filled(**changes: str) -> dict:
    nb = exercise()
    for grade_id, source in {**RIGHT, **changes}.items():
        nb = answer(nb, grade_id, source)
    return nb


def tampered() -> dict:
    nb = filled(**{"99.2-answer": "answer_2 = 31"})
    return answer(nb, "99.2", "pass")  # the student replaced the check


def with_sidecar_answer() -> dict:
    return filled(
        **{
            "99.2-answer": "answer_2 = 30\nimport json; answer_2 = json.load(open('medialit-answers.json'))['answers']['99.2']"
        }
    )


#: student -> (what they handed in, expected (points, status, reason fragment) for 99.1, 99.2, 99.3)
CLASS = {
    "perfect": (filled(), [(2, "passed", ""), (1, "passed", ""), (1, "passed", "")]),
    "empty": (exercise(), [(0, "no response", "answer left as released")] * 3),
    "partly": (
        filled(**{"99.2-answer": "answer_2 = 31", "99.3-answer": 'answer_3 = "Bas News"'}),
        [
            (2, "passed", ""),
            (0, "failed", "99.2: not yet (0/1 point). Not the number the text supports."),
            (0, "failed", "Not this one."),
        ],
    ),
    "loop": (
        filled(**{"99.2-answer": "while True:\n    pass"}),
        [(2, "passed", ""), (0, "failed", "answer cell: timed out after 3 s"), (1, "passed", "")],
    ),
    "tampered": (tampered(), [(2, "passed", ""), (0, "failed", "Not the number"), (1, "passed", "")]),
    "deleted": (
        without(without(filled(), "99.3-answer"), "99.1"),
        [(2, "passed", ""), (1, "passed", ""), (0, "failed", "answer cell missing")],
    ),
    "sysexit": (
        filled(**{"99.2-answer": "import sys\nsys.exit()"}),
        [(2, "passed", ""), (0, "failed", "answer cell: SystemExit"), (1, "passed", "")],
    ),
    "crash": (
        filled(**{"99.2-answer": "import os\nos._exit(1)"}),
        [(2, "passed", ""), (0, "failed", "answer cell: the kernel died"), (0, "failed", "not run: the kernel died")],
    ),
    "corrupt": (b'{"cells": [', [(0, "failed", "not a valid notebook file (JSONDecodeError")] * 3),
    "missing": (None, [(0, "not submitted", "not submitted")] * 3),
    "sidecar": (with_sidecar_answer(), [(2, "passed", ""), (1, "passed", ""), (1, "passed", "")]),
}


def build_class(root: Path, students=CLASS) -> tuple[Path, Path]:
    solutions = root / "solutions"
    write_notebook(solutions / "99_demo.ipynb", demo_solution())
    subs = root / "subs"
    for student, (handed_in, _) in students.items():
        folder = subs / student
        folder.mkdir(parents=True)
        if isinstance(handed_in, dict):
            write_notebook(folder / "99_demo.ipynb", handed_in)
        elif isinstance(handed_in, bytes):
            (folder / "99_demo.ipynb").write_bytes(handed_in)
        else:
            (folder / "notes.txt").write_text("I forgot", encoding="utf-8")
    if "sidecar" in students:
        (subs / "sidecar" / "medialit-answers.json").write_text(
            '{"format": 1, "answers": {"99.2": 30}}', encoding="utf-8"
        )
    return subs, solutions


def read_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def grade_class(root: Path, students=CLASS) -> Path:
    """Build `students` under `root` and grade them once through the command line (two jobs, 3 s timeout)."""
    subs, solutions = build_class(root, students)
    code = main(
        ["grade", str(subs), "--solutions", str(solutions), "-o", str(root / "grades.csv")]
        + ["--jobs", "2", "--timeout", "3"]
    )
    assert code == 0
    return root


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The whole class graded once, with two jobs and a 3 s timeout, through the command line."""
    return grade_class(tmp_path_factory.mktemp("class"))


@pytest.mark.slow
@pytest.mark.parametrize("student", sorted(CLASS))
def test_class_scores(graded, student):
    """Does each kind of submission get the expected points, status and reason per question?"""
    rows = [r for r in read_rows(graded / "grades.csv") if r["student"] == student]
    questions = [r for r in rows if r["question"] != "TOTAL"]
    assert [r["question"] for r in questions] == ["99.1", "99.2", "99.3"]
    for row, (points, status, reason) in zip(questions, CLASS[student][1]):
        assert (float(row["points"]), row["status"]) == (points, status), row
        assert reason in row["reason"]
    total = rows[-1]
    assert total["question"] == "TOTAL"
    assert float(total["points"]) == sum(p for p, _, _ in CLASS[student][1]) and total["max_points"] == "4"


@pytest.mark.slow
def test_gradebook_layout(graded):
    """Is the gradebook sorted by student with a TOTAL row each, in the documented columns?"""
    text = (graded / "grades.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    rows = read_rows(graded / "grades.csv")
    assert [r["student"] for r in rows] == sorted(r["student"] for r in rows)
    assert sum(r["question"] == "TOTAL" for r in rows) == len(CLASS)


@pytest.mark.slow
def test_feedback_pages(graded):
    """Is there one escaped feedback page per student saying what passed and what failed and why?"""
    pages = sorted(p.stem for p in (graded / "feedback").glob("*.html"))
    assert pages == sorted(CLASS)
    page = (graded / "feedback" / "partly.html").read_text(encoding="utf-8")
    assert "Total: 2 of 4 points." in page and "Right" in page and "Not the number the text supports." in page


def test_feedback_page_is_escaped():
    """Is everything from a submission (student name, reason text) escaped in the feedback page?"""
    from medialit.teaching.grade import feedback_html, with_totals

    rows = with_totals([Row("<b>ana</b>", "99_demo.ipynb", "99.1", 0, 2, "failed", "NameError: <script>x</script>")])
    page = feedback_html("<b>ana</b>", rows)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>ana" not in page
    assert "Total: 0 of 2 points." in page


@pytest.mark.slow
def test_parallel_gives_the_same_gradebook(graded, tmp_path):
    """Does --jobs 1 give the same rows as --jobs 2 (order and content do not depend on scheduling)?"""
    some = {name: CLASS[name] for name in ("partly", "perfect", "empty")}
    subs, solutions = build_class(tmp_path, some)
    assert grade(subs, solutions, tmp_path / "one.csv", jobs=1, timeout=3, err=io.StringIO()) == 0
    parallel = [r for r in read_rows(graded / "grades.csv") if r["student"] in some]
    assert read_rows(tmp_path / "one.csv") == parallel


# --------------------------------------------------------------------------- without kernels


def fake_grade_one(solution, sub, *, timeout, data=None):
    """Scores without running anything: 1 point per question if submitted."""
    return [
        Row(
            sub.student,
            sub.notebook,
            q.grade_id,
            q.points if sub.path else 0,
            q.points,
            "passed" if sub.path else "not submitted",
        )
        for q in solution.questions
    ]


def test_progress_bar_on_stderr(tmp_path):
    """Is progress shown as a plain-text bar with counts on stderr?"""
    subs, solutions = build_class(tmp_path, {k: CLASS[k] for k in ("perfect", "missing")})
    err = io.StringIO()
    grade(subs, solutions, tmp_path / "g.csv", jobs=1, err=err, grade_one=fake_grade_one)
    assert "grading [==========          ] 1/2" in err.getvalue()
    assert "grading [====================] 2/2\n" in err.getvalue()


def test_failure_mid_run_leaves_old_gradebook_and_no_temp_files(tmp_path):
    """If grading dies half way, is the old gradebook untouched and no temporary file left behind?"""
    subs, solutions = build_class(tmp_path, {k: CLASS[k] for k in ("perfect", "partly", "empty")})
    out = tmp_path / "out" / "grades.csv"
    out.parent.mkdir()
    out.write_text("old gradebook\n", encoding="utf-8")
    calls = []

    def dies_second(solution, sub, *, timeout, data=None):
        calls.append(sub.student)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as if the teacher pressed Ctrl-C
        return fake_grade_one(solution, sub, timeout=timeout)

    with pytest.raises(KeyboardInterrupt):
        grade(subs, solutions, out, jobs=1, err=io.StringIO(), grade_one=dies_second)
    assert out.read_text(encoding="utf-8") == "old gradebook\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["grades.csv"]


def test_failure_while_writing_leaves_old_gradebook(tmp_path, monkeypatch):
    """If the final rename fails, is the old gradebook still whole and the temporary file removed?"""
    subs, solutions = build_class(tmp_path, {k: CLASS[k] for k in ("perfect",)})
    out = tmp_path / "out" / "grades.csv"
    out.parent.mkdir()
    out.write_text("old gradebook\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        grade(subs, solutions, out, jobs=1, err=io.StringIO(), grade_one=fake_grade_one)
    assert out.read_text(encoding="utf-8") == "old gradebook\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["grades.csv"]


def test_resume_grades_only_missing_pairs(tmp_path):
    """Does --resume keep the rows already graded and grade only the (student, notebook) pairs missing?"""
    subs, solutions = build_class(tmp_path, {k: CLASS[k] for k in ("perfect", "partly", "empty")})
    out = tmp_path / "grades.csv"
    grade(subs, solutions, out, jobs=1, err=io.StringIO(), grade_one=fake_grade_one)
    first = read_rows(out)
    kept_text = "\n".join(line for line in out.read_text().splitlines() if not line.startswith("partly,")) + "\n"
    kept_text = kept_text.replace(
        "perfect,99_demo.ipynb,99.1,2,2,passed,", "perfect,99_demo.ipynb,99.1,2,2,passed,hand-checked"
    )
    out.write_text(kept_text, encoding="utf-8")
    seen = []

    def spy(solution, sub, *, timeout, data=None):
        seen.append((sub.student, sub.notebook))
        return fake_grade_one(solution, sub, timeout=timeout)

    grade(subs, solutions, out, jobs=1, resume=True, err=io.StringIO(), grade_one=spy)
    assert seen == [("partly", "99_demo.ipynb")]
    again = read_rows(out)
    assert [r["student"] for r in again] == [r["student"] for r in first]
    assert again[0]["reason"] == "" and any(r["reason"] == "hand-checked" for r in again)  # kept rows stay as they were


def test_resume_refuses_a_foreign_csv(tmp_path, capsys):
    """Does --resume on a file that is not a gradebook fail with one clear line (and leave it alone)?"""
    subs, solutions = build_class(tmp_path, {"perfect": CLASS["perfect"]})
    out = tmp_path / "grades.csv"
    out.write_text("name,mark\nx,1\n", encoding="utf-8")
    code = main(["grade", str(subs), "--solutions", str(solutions), "-o", str(out), "--resume"])
    assert code == 1 and "not a medialit gradebook" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "name,mark\nx,1\n"


def test_submission_layouts(tmp_path):
    """Are folders per student and flat <student>_<notebook>.ipynb files both found, with their sidecars?"""
    subs = tmp_path / "subs"
    write_notebook(subs / "ana" / "work" / "99_demo.ipynb", exercise())
    (subs / "ana" / "medialit-answers.json").write_text("{}", encoding="utf-8")
    write_notebook(subs / "ben_o_neil_99_demo.ipynb", exercise())
    (subs / "ben_o_neil_medialit-answers.json").write_text("{}", encoding="utf-8")
    write_notebook(subs / "ana" / "scratch.ipynb", exercise())
    write_notebook(subs / "stray.ipynb", exercise())
    err = io.StringIO()
    found = find_submissions(subs, ["99_demo.ipynb", "98_other.ipynb"], err=err)
    assert sorted(found) == ["ana", "ben_o_neil"]
    ana, ben = found["ana"]["99_demo.ipynb"], found["ben_o_neil"]["99_demo.ipynb"]
    assert ana.path.name == "99_demo.ipynb" and ana.sidecar.name == "medialit-answers.json"
    assert ben.path.name == "ben_o_neil_99_demo.ipynb" and ben.sidecar.name == "ben_o_neil_medialit-answers.json"
    assert found["ana"]["98_other.ipynb"].path is None  # not submitted
    assert "scratch.ipynb" in err.getvalue() and "stray.ipynb" in err.getvalue()


def test_restore_brings_back_tests_and_keeps_student_cells():
    """Does GRADE restore edited or deleted test cells (hidden tests included) and keep the student's own cells?"""
    nb = without(tampered(), "setup")
    nb["cells"].insert(
        4,
        {
            "cell_type": "code",
            "id": "mine",
            "metadata": {},
            "outputs": [],
            "execution_count": 3,
            "source": "helper = 1",
        },
    )
    graded = run_steps(nb, GRADE, StepContext("99_demo.ipynb", demo_solution()))
    sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in graded["cells"]]
    sources = [s.removeprefix(GRADER_PRELUDE) for s in sources]  # the grader's own check() comes back first
    assert sources.index("from medialit import check") < sources.index("answer_2 = 31")  # deleted setup cell restored
    assert 'check("99.2", answer_2)' in sources and "pass" not in sources
    assert any("### BEGIN HIDDEN TESTS" in s for s in sources)
    assert "helper = 1" in sources and "answer_2 = 31" in sources
    assert all(c.get("execution_count") is None for c in graded["cells"] if c["cell_type"] == "code")


def test_every_test_cell_gets_the_graders_check_back():
    """Does GRADE prefix each test cell (and only test cells) with the prelude that restores check()?"""
    graded = run_steps(tampered(), GRADE, StepContext("99_demo.ipynb", demo_solution()))
    for cell in graded["cells"]:
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        is_test = cell["metadata"].get("nbgrader", {}).get("grade") and not cell["metadata"]["nbgrader"].get("solution")
        assert src.startswith(GRADER_PRELUDE) == bool(is_test)


def test_solution_without_tests_is_refused(tmp_path):
    """Is a solution notebook with no test cell a clear error (nothing could be graded)?"""
    nb = demo_solution()
    nb["cells"] = [c for c in nb["cells"] if not c["metadata"].get("nbgrader", {}).get("grade")]
    with pytest.raises(Exception, match="no test"):
        Solution.load(write_notebook(tmp_path / "99_demo.ipynb", nb))


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe not utf-8",
        b"[]",
        b'{"cells": 3}',
        b'{"cells": [{"cell_type": "code", "source": [1, 2]}]}',
        b'{"cells": [{"source": "x = 1"}]}',
        b'{"cells": [{"cell_type": "code", "metadata": [], "source": ""}]}',
    ],
)
def test_malformed_notebooks_score_zero_without_running(tmp_path, content):
    """Is a file that parses but is no notebook scored 0 with a reason, never crashing the grader?"""
    path = write_notebook(tmp_path / "solutions" / "99_demo.ipynb", demo_solution())
    (tmp_path / "bad.ipynb").write_bytes(content)
    rows = grade_module.grade_notebook(Solution.load(path), Submission("ana", "99_demo.ipynb", tmp_path / "bad.ipynb"))
    assert [(r.points, r.status) for r in rows] == [(0, "failed")] * 3
    assert all(r.reason.startswith("not a valid notebook file") for r in rows)


def test_data_files_beside_solutions_skip_notebooks_hidden_files_and_a_sidecar(tmp_path):
    """Are an article beside the solutions passed on, but a sidecar of solution answers not?"""
    from medialit.teaching.assign import data_files

    (tmp_path / "99_demo.ipynb").write_text("{}", encoding="utf-8")
    (tmp_path / "story.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    (tmp_path / "medialit-answers.json").write_text("{}", encoding="utf-8")
    (tmp_path / "keys").mkdir()
    assert data_files(tmp_path) == {"story.txt": b"A story."}


@pytest.mark.slow
def test_one_solution_file_grades_one_set_and_its_data_files_are_there(tmp_path):
    """Can --solutions name one notebook, and does a graded notebook see the files beside it?"""
    reads_data = filled(**{"99.2-answer": "answer_2 = int(open('count.txt').read())"})
    subs, solutions = build_class(tmp_path, {"reader": (reads_data, None)})
    (solutions / "count.txt").write_text("30", encoding="utf-8")
    out = tmp_path / "grades.csv"
    assert grade(subs, solutions / "99_demo.ipynb", out, jobs=1, timeout=20, err=io.StringIO()) == 0
    rows = {r["question"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["99.2"]["status"] == "passed"
    assert rows["TOTAL"]["points"] == "4"


@pytest.mark.parametrize("steps", ["ASSIGN", "GRADE"])
def test_no_step_changes_its_input(steps):
    # The module's promise: each step returns a new notebook; rebind_check once prefixed its input in place.
    import copy

    from medialit.teaching import notebook_steps

    ctx = StepContext("99_demo.ipynb", demo_solution())
    nb = demo_solution()
    for step in getattr(notebook_steps, steps):
        before = copy.deepcopy(nb)
        result = step(nb, ctx)
        assert nb == before, step.__name__
        nb = result

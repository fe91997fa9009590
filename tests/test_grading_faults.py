"""Grading under faults: the real `python -m medialit grade` killed part way, resumed, and a submission that snoops.

- SIGTERM or SIGKILL after the first of six notebooks: the gradebook is byte for byte the old
  one (it is written once, at the end, by rename), nothing is left next to it, no kernel
  survives; SIGTERM also removes the running notebook's temporary folder and exits 130.
- `--resume` then grades only the pairs the old gradebook lacks and keeps its rows as they were.
- A submission runs in a private temporary folder holding only its own files: relative
  paths do not reach the solutions or the other submissions and relative writes vanish;
  what a plain process can still do (absolute paths, `..` out of the folder) is measured
  here and documented in docs/grading-safety.md (a container is the instructor's job).
"""

from __future__ import annotations

import csv
import io
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from test_grade import build_class, fake_grade_one, filled

from medialit.teaching.grade import grade

STUDENTS = [f"s{i}" for i in range(1, 7)]
#: Right answers, but each notebook takes a moment longer, so a signal lands while one is running.
SLOW_RIGHT = filled(**{"99.2-answer": "import time\ntime.sleep(1)\nanswer_2 = 30"})


def _rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _children(pid: int) -> list[int]:
    """Process ids whose parent is `pid` (the kernels the grader started)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _read_until(proc: subprocess.Popen, marker: bytes, deadline: float) -> bytes:
    seen = b""
    while marker not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {marker!r} in {seen!r}"
        ready, _, _ = select.select([proc.stderr], [], [], left)
        if ready:
            chunk = os.read(proc.stderr.fileno(), 4096)
            assert chunk, f"the grader ended before {marker!r}: {seen!r}"
            seen += chunk
    return seen


#: What `medialit grade` writes beside the gradebook (the answers file and the class report: see publish.py).
GRADE_OUTPUTS = ["feedback", "grades-report", "grades.answers.json", "grades.csv"]


@pytest.fixture
def killed_class(tmp_path):
    """Six copies handed in; an old gradebook (hand-checked, of s1-s3, graded last week) next to where the new one goes."""
    subs, solutions = build_class(tmp_path, {s: (SLOW_RIGHT, None) for s in STUDENTS[:3]})
    out = tmp_path / "out" / "grades.csv"
    grade(subs, solutions, out, jobs=1, err=io.StringIO(), grade_one=fake_grade_one)
    old = out.read_text(encoding="utf-8").replace(",passed,\n", ",passed,hand-checked\n").encode("utf-8")
    out.write_bytes(old)
    build_class(tmp_path / "later", {s: (SLOW_RIGHT, None) for s in STUDENTS[3:]})
    for s in STUDENTS[3:]:
        (tmp_path / "later" / "subs" / s).rename(subs / s)
    temp = tmp_path / "tmp"
    temp.mkdir()
    return subs, solutions, out, old, temp


def _grader(subs, solutions, out, temp, *extra) -> subprocess.Popen:
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONIOENCODING": "utf-8"}
    env.pop("MEDIALIT_DEBUG", None)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "medialit",
            "grade",
            str(subs),
            "--solutions",
            str(solutions),
            "-o",
            str(out),
            "--jobs",
            "1",
            "--timeout",
            "20",
            *extra,
        ],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
    )


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_killed_part_way_keeps_the_old_gradebook_then_resume_grades_only_the_missing(killed_class, sig):
    """Killed after 1 of 6: is the gradebook the old one to the byte, nothing left, no kernel alive; does --resume grade only s4-s6?"""
    subs, solutions, out, old, temp = killed_class
    feedback_before = {p.name: p.read_bytes() for p in (out.parent / "feedback").iterdir()}
    proc = _grader(subs, solutions, out, temp)
    try:
        seen = _read_until(proc, b"] 1/6", time.monotonic() + 120)
        deadline = time.monotonic() + 60
        while not (kernels := _children(proc.pid)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert kernels, "a kernel should be running the second notebook"
        time.sleep(0.5)  # let it get to work
        proc.send_signal(sig)
        rest = proc.stderr.read()
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    stderr = (seen + rest).decode("utf-8")

    assert out.read_bytes() == old
    assert sorted(p.name for p in out.parent.iterdir()) == GRADE_OUTPUTS
    assert {p.name: p.read_bytes() for p in (out.parent / "feedback").iterdir()} == feedback_before
    deadline = time.monotonic() + 15  # an orphaned kernel notices its parent is gone within a few seconds
    while any(_alive(k) for k in kernels) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(k) for k in kernels)
    if sig == signal.SIGTERM:
        assert code == 130
        assert stderr.endswith("medialit grade: interrupted\n") and "Traceback" not in stderr
        assert not list(temp.glob("medialit-run-*"))  # the running notebook's folder was removed
    else:
        assert code == -signal.SIGKILL  # nothing runs after SIGKILL: the folder may stay in the temp dir

    resumed = _grader(subs, solutions, out, temp, "--resume")
    _, err = resumed.communicate(timeout=300)
    err = err.decode("utf-8")
    assert resumed.returncode == 0, err
    assert "] 3/3\n" in err and "grade: 3 notebooks graded (3 kept), 6 students" in err
    rows = _rows(out)
    assert sorted({r["student"] for r in rows}) == STUDENTS
    for r in rows:
        if r["question"] == "TOTAL":
            assert r["points"] == "4"
        elif r["student"] in STUDENTS[:3]:
            assert r["reason"] == "hand-checked"  # kept as they were, not graded again
        else:
            assert (r["status"], r["reason"]) == ("passed", "")  # graded for real now
    assert sorted(p.name for p in out.parent.iterdir()) == GRADE_OUTPUTS


# --------------------------------------------------------------------------- containment

#: What a nosy answer cell does; it reports what it saw as its answer to 99.2 (the grader keeps the recorded value).
SNOOP = """import json, os
here = os.getcwd()
seen = {"cwd": here, "listing": sorted(os.listdir(".")), "parent": os.path.dirname(here)}
def can_read(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return "BEGIN HIDDEN TESTS" in handle.read()
    except OSError:
        return False
def can_write(path):
    try:
        with open(path, "w") as handle:
            handle.write("escaped")
        return True
    except OSError:
        return False
seen["relative solutions"] = can_read("solutions/99_demo.ipynb") or can_read("../solutions/99_demo.ipynb")
seen["absolute solutions"] = can_read(SOLUTION)
seen["relative other student"] = os.path.exists("../subs/s2") or os.path.exists("s2")
seen["absolute other student"] = os.path.exists(OTHER)
seen["stays here"] = can_write("stays-here.txt")
seen["one level up"] = can_write("../escaped.txt")
seen["absolute"] = can_write(ABSOLUTE)
answer_2 = seen"""


@pytest.mark.slow
def test_submission_runs_in_a_private_folder_with_only_its_own_files(tmp_path, monkeypatch):
    """Does a snooping submission see only its own files, reach nothing by relative or absolute path, and leave nothing behind?"""
    from medialit.teaching.grade import Solution, Submission, grade_notebook

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    absolute = tmp_path / "absolute.txt"
    solution_path = tmp_path / "solutions" / "99_demo.ipynb"
    snoop = (
        SNOOP.replace("SOLUTION", repr(str(solution_path)))
        .replace("ABSOLUTE", repr(str(absolute)))
        .replace("OTHER", repr(str(tmp_path / "subs" / "s2")))
    )
    subs, solutions = build_class(tmp_path, {"s1": (filled(**{"99.2-answer": snoop}), None), "s2": (filled(), None)})
    (subs / "s1" / "medialit-answers.json").write_text('{"format": 1, "answers": {}}', encoding="utf-8")
    sub = Submission("s1", "99_demo.ipynb", subs / "s1" / "99_demo.ipynb", subs / "s1" / "medialit-answers.json")
    rows = grade_notebook(Solution.load(solution_path), sub, timeout=20)

    from medialit.teaching.capture import decode

    seen = decode(json.loads(rows[1].answer))
    assert seen["listing"] == ["medialit-answers.json"]  # its own answers file, nothing else
    assert seen["cwd"] == "/submission" and seen["parent"] == "/"
    assert seen["stays here"] is True  # the run folder is writable...
    assert not any(
        seen[k]
        for k in (
            "relative solutions",
            "absolute solutions",
            "relative other student",
            "absolute other student",
            "one level up",
            "absolute",
        )
    )
    assert (
        not absolute.exists() and not list(tmp_path.rglob("stays-here.txt")) and not list(tmp_path.rglob("escaped.txt"))
    )
    assert not list(temp.iterdir())  # ...and a tmpfs in the sandbox: nothing lands in the temp folder
    assert [r.status for r in rows] == ["passed", "failed", "passed"]  # a dict is not a number: 99.2 fails


# --------------------------------------------------------------------------- integrity

#: An answer cell that replaces `check` (or defines an answer equal to anything) before the restored test cell runs.
OVERRIDE_CHECK = "def check(*args, **kwargs):\n    pass\nanswer_2 = 31"


@pytest.mark.slow
def test_answer_cell_that_redefines_check_scores_zero(tmp_path):
    """Does a wrong answer still fail when the answer cell replaces check() with a function that always passes?"""
    subs, solutions = build_class(tmp_path, {"cheat": (filled(**{"99.2-answer": OVERRIDE_CHECK}), None)})
    out = tmp_path / "grades.csv"
    grade(subs, solutions, out, jobs=1, timeout=20, err=io.StringIO())
    row = next(r for r in _rows(out) if r["question"] == "99.2")
    assert (row["points"], row["status"]) == ("0", "failed")


#: An answer cell that patches the kit's own module instead of the name in the notebook.
PATCH_MODULE = "import medialit.teaching.check as _c\n_c.check = lambda *args, **kwargs: None\nanswer_2 = 31"


@pytest.mark.slow
def test_answer_cell_that_patches_the_check_module_scores_zero(tmp_path):
    """Does a wrong answer still fail when the answer cell patches medialit.teaching.check.check?"""
    subs, solutions = build_class(tmp_path, {"cheat": (filled(**{"99.2-answer": PATCH_MODULE}), None)})
    out = tmp_path / "grades.csv"
    grade(subs, solutions, out, jobs=1, timeout=20, err=io.StringIO())
    row = next(r for r in _rows(out) if r["question"] == "99.2")
    assert (row["points"], row["status"]) == ("0", "failed")

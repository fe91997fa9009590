"""`medialit grade`: run a class's submitted notebooks with the hidden tests; write a gradebook and feedback.

Submissions are one folder per student (``subs/<student>/<NN_name>.ipynb`` plus that
folder's ``medialit-answers.json``), or flat files ``subs/<student>_<NN_name>.ipynb``
(sidecar ``subs/<student>_medialit-answers.json``). Notebooks are matched to
``solutions/`` by file name.

Per submitted notebook (nbgrader's autograde, made light): parse it (not JSON ->
zero with the reason), rebuild it on the solution's skeleton (`GRADE`: locked and
test cells restored by grade_id, hidden tests included, outputs cleared), run it in
a fresh kernel with ``MEDIALIT_STRICT=1`` and a cell timeout, in a sandbox of its own
(`sandbox`: bubblewrap; ``--unsafe`` runs it unsandboxed where there is none), then score
each question. In the sandbox a test cell's ``check(id, answer)`` only records the answer
(`capture`); the grader, outside, scores it against the grading keys (the private
``keys/NN.json`` beside the solutions when there is one, else the kit's) with the same
function `check()` uses (`keys.score_answer`). A question earns its points when every
answer its test cell recorded passes *and* the cell ran without error (the hidden tests);
an answer that does not pass earns the partial points `check()` shows, its message the
reason; no answer at all earns 0 with the error's last line. An answer cell still equal
to the released stub, with no answer saved by a widget either, is "no response"; a
deleted answer cell is "answer cell missing"; no notebook at all is "not submitted". The
gradebook is written once, atomically, at the end.

The per-question result record is `Row`: ``student, notebook, question`` (the question
id), ``points, max_points, status`` (one of `STATUSES`), ``reason`` (one line, empty
when passed) and ``answer``: the answer the grader scored, as recorded (tagged JSON
text, see `capture`; empty when none reached the grader). The gradebook CSV has every
field but ``answer``.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..answers import SIDECAR_NAME, atomic_write_text
from ..errors import MedialitError
from .assign import data_files, read_notebook, solution_notebooks
from .check import CheckResult
from .execute import CellRun
from .markers import is_answer_cell, is_grade_cell, nbgrader_meta, source_of, validate_notebook
from .notebook_steps import GRADE, StepContext, released_stubs, run_steps, same_source

COLUMNS = ("student", "notebook", "question", "points", "max_points", "status", "reason")
TOTAL = "TOTAL"
STATUSES = ("passed", "failed", "no response", "not submitted")


@dataclass(frozen=True)
class Row:
    """One gradebook line: a question's score, or a student's TOTAL (notebook empty)."""

    student: str
    notebook: str
    question: str
    points: float
    max_points: float
    status: str
    reason: str = ""
    answer: str = ""


@dataclass(frozen=True)
class Question:
    """A test cell of a solution notebook and the answer cells it grades (those since the previous test cell).

    `checked`: the test cell calls ``check(``, so an answer must reach the grader for the points.
    """

    grade_id: str
    points: float
    answer_ids: tuple[str, ...]
    checked: bool = False


@dataclass(frozen=True)
class Solution:
    """A parsed, verified solution notebook with what grading needs to know about it."""

    name: str
    nb: Mapping[str, Any]
    questions: tuple[Question, ...]
    stubs: Mapping[str, str]

    @classmethod
    def load(cls, path: Path) -> Solution:
        nb = read_notebook(path)
        validate_notebook(nb, name=path.name)
        questions: list[Question] = []
        pending: list[str] = []
        for cell in nb["cells"]:
            meta = nbgrader_meta(cell)
            if is_answer_cell(cell):
                pending.append(meta["grade_id"])
            if is_grade_cell(cell):
                questions.append(
                    Question(
                        meta["grade_id"], float(meta.get("points", 0)), tuple(pending), "check(" in source_of(cell)
                    )
                )
                pending = []
        if not questions:
            raise MedialitError(f"{path}: no test (grade) cells, nothing to grade")
        return cls(path.name, nb, tuple(questions), released_stubs(nb, name=path.name))


@dataclass(frozen=True)
class Submission:
    """One student's copy of one notebook: `path` None when not submitted."""

    student: str
    notebook: str
    path: Path | None
    sidecar: Path | None = None


@dataclass
class _Progress:
    total: int
    out: TextIO
    done: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def step(self) -> None:
        with self.lock:
            self.done += 1
            self.draw()

    def draw(self) -> None:
        width = 20
        filled = width * self.done // self.total if self.total else width
        end = "\n" if self.done >= self.total else ""
        self.out.write(f"\rgrading [{'=' * filled}{' ' * (width - filled)}] {self.done}/{self.total}{end}")
        self.out.flush()


# --------------------------------------------------------------------------- finding submissions


def find_submissions(submissions_dir: Path, names: list[str], *, err: TextIO) -> dict[str, dict[str, Submission]]:
    """{student: {notebook name: Submission}} for every student found, every solution notebook listed."""
    if not submissions_dir.is_dir():
        raise MedialitError(f"{submissions_dir}: not a folder of submissions")
    found: dict[str, dict[str, Submission]] = {}
    by_length = sorted(names, key=len, reverse=True)
    for entry in sorted(submissions_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            student = entry.name
            found.setdefault(student, {})
            for path in sorted(entry.rglob("*.ipynb")):
                if ".ipynb_checkpoints" in path.parts:
                    continue
                if path.name not in names:
                    print(f"grade: ignored {path} (no solution notebook of that name)", file=err)
                    continue
                if path.name in found[student]:
                    print(f"grade: ignored {path} ({student} has another {path.name})", file=err)
                    continue
                sidecar = next((p for p in (path.parent / SIDECAR_NAME, entry / SIDECAR_NAME) if p.is_file()), None)
                found[student][path.name] = Submission(student, path.name, path, sidecar)
        elif entry.suffix == ".ipynb":
            name = next((n for n in by_length if entry.name.endswith("_" + n) and len(entry.name) > len(n) + 1), None)
            if name is None:
                print(f"grade: ignored {entry} (expected <student>_<notebook>.ipynb)", file=err)
                continue
            student = entry.name[: -len(name) - 1]
            if name in found.get(student, {}):
                print(f"grade: ignored {entry} ({student} has a folder copy of {name})", file=err)
                continue
            sidecar = submissions_dir / f"{student}_{SIDECAR_NAME}"
            found.setdefault(student, {})[name] = Submission(
                student, name, entry, sidecar if sidecar.is_file() else None
            )
    return {
        student: {name: notebooks.get(name, Submission(student, name, None)) for name in names}
        for student, notebooks in sorted(found.items())
    }


# --------------------------------------------------------------------------- grading one notebook


def _all(solution: Solution, sub: Submission, status: str, reason: str) -> list[Row]:
    return [Row(sub.student, sub.notebook, q.grade_id, 0.0, q.points, status, reason) for q in solution.questions]


@dataclass(frozen=True)
class GradingKeys:
    """Where the grader's keys come from: `folder`/NN.json when it exists (private), else the kit's bundled keys."""

    folder: Path | None = None

    def source(self, set_id: str) -> Path | None:
        if self.folder is not None and (self.folder / f"{set_id}.json").is_file():
            return self.folder
        return None


def score_recorded(question: str, recorded: Any, keys: GradingKeys) -> CheckResult:
    """What `check()` says of one recorded answer (same `keys.score_answer`, same text); never raises."""
    from .capture import decode
    from .keys import score_answer, set_of

    try:
        answer = decode(recorded)
    except (ValueError, TypeError, RecursionError) as err:
        return CheckResult(question, False, 0.0, 1.0, f"the recorded answer could not be read ({err})")
    try:
        verdict = score_answer(question, answer, key_dir=keys.source(set_of(question)))
    except MedialitError as err:
        return CheckResult(question, False, 0.0, 1.0, str(err))
    return CheckResult(question, verdict.passed, verdict.score, verdict.max_score, verdict.message, verdict.hint)


def grade_notebook(
    solution: Solution,
    sub: Submission,
    *,
    timeout: float = 30,
    data: Mapping[str, bytes] | None = None,
    sandboxed: bool = True,
    limits: Any = None,
    keys: GradingKeys = GradingKeys(),
) -> list[Row]:
    """Score one submission, question by question. Never raises for anything a student did.

    `data`: the files beside the solutions (as `assign` gives them to the solutions), copied
    into the run folder with the student's answers sidecar. `sandboxed`: run it in bubblewrap
    (see `sandbox`); `limits`: a `sandbox.Limits`; `keys`: where the grading keys come from.
    """
    from .sandbox import Limits, run_worker

    if sub.path is None:
        return _all(solution, sub, "not submitted", "not submitted")
    try:
        student_nb = json.loads(sub.path.read_bytes().decode("utf-8"))
        if not isinstance(student_nb, dict) or not isinstance(student_nb.get("cells"), list):
            raise ValueError("no list of cells")
        for number, cell in enumerate(student_nb["cells"]):
            source = cell.get("source", "") if isinstance(cell, dict) else None
            if (
                not isinstance(cell, dict)
                or cell.get("cell_type") not in ("code", "markdown", "raw")
                or not isinstance(cell.get("metadata", {}), dict)
                or not (
                    isinstance(source, str) or (isinstance(source, list) and all(isinstance(x, str) for x in source))
                )
            ):
                raise ValueError(f"cell {number} is not a notebook cell")
    except (OSError, UnicodeDecodeError, ValueError) as err:
        reason = f"not a valid notebook file ({type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''})"
        return _all(solution, sub, "failed", reason)

    graded = run_steps(student_nb, GRADE, StepContext(sub.notebook, solution.nb))
    answers = {nbgrader_meta(c)["grade_id"]: source_of(c) for c in graded["cells"] if is_answer_cell(c)}
    files = dict(data or {})
    if sub.sidecar is not None:
        files[SIDECAR_NAME] = sub.sidecar.read_bytes()
    try:
        outcome = run_worker(graded, files=files, timeout=timeout, sandboxed=sandboxed, limits=limits or Limits())
    except Exception as err:  # e.g. the worker would not start: this notebook scores 0, the class goes on
        return _all(solution, sub, "failed", f"could not run the notebook ({type(err).__name__}: {err})")
    runs = outcome.runs
    index_of = {nbgrader_meta(c).get("grade_id"): i for i, c in enumerate(graded["cells"]) if nbgrader_meta(c)}

    rows = []
    for q in solution.questions:
        rows.append(_score_question(q, solution, sub, answers, runs, index_of, outcome.problem, keys))
    return rows


def _score_question(
    q: Question,
    solution: Solution,
    sub: Submission,
    answers: Mapping[str, str],
    runs: Mapping[int, CellRun],
    index_of: Mapping[str, int],
    problem: str,
    keys: GradingKeys,
) -> Row:
    """One question's row. Points: the recorded answers' score in `check()`'s terms (the worst of them,
    partial credit included); full points only when all pass and the test cell ran cleanly."""
    row = Row(sub.student, sub.notebook, q.grade_id, 0.0, q.points, "failed")
    missing = [a for a in q.answer_ids if a not in answers]
    if missing:
        return Row(**{**row.__dict__, "reason": "answer cell missing"})
    run = runs.get(index_of[q.grade_id]) or CellRun(index_of[q.grade_id], "not run", evalue=problem)
    recorded = [a["answer"] for a in run.answers if a["question"] == q.grade_id]
    stub = bool(q.answer_ids) and all(same_source(answers[a], solution.stubs.get(a, "")) for a in q.answer_ids)
    if stub and all(r == {"$ellipsis": 1} for r in recorded):  # an answer saved by a widget is an answer
        return Row(**{**row.__dict__, "status": "no response", "reason": "answer left as released"})
    row = Row(**{**row.__dict__, "answer": json.dumps(recorded[0], ensure_ascii=False) if recorded else ""})
    results = [score_recorded(q.grade_id, r, keys) for r in recorded]
    worst = min(results, key=lambda r: (r.passed, r.score / r.max_score if r.max_score else 0.0), default=None)
    if worst is not None and not worst.passed:
        share = worst.score / worst.max_score if worst.max_score else 0.0
        return Row(**{**row.__dict__, "points": round(q.points * share, 2), "reason": str(worst)})
    if run.status == "ok":
        if worst is None and q.checked:
            return Row(
                **{**row.__dict__, "reason": "no answer reached the grader (the test cell's check() did not run)"}
            )
        return Row(**{**row.__dict__, "points": q.points, "status": "passed"})
    reason = run.reason or "not run"
    for a in q.answer_ids:  # a broken answer cell explains the test's failure better than the test does
        answer_run = runs.get(index_of[a])
        if answer_run is not None and answer_run.status in ("timeout", "dead", "error"):
            reason = f"answer cell: {answer_run.reason}"
            break
    return Row(**{**row.__dict__, "reason": reason})


# --------------------------------------------------------------------------- gradebook and feedback


def _fmt(x: float) -> str:
    return f"{x:g}"


def with_totals(rows: list[Row]) -> list[Row]:
    """Rows sorted by (student, notebook, question), each student's TOTAL row after their questions."""

    def natural(text: str) -> tuple:
        import re

        return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text))

    out: list[Row] = []
    students = sorted({r.student for r in rows})
    for student in students:
        mine = sorted(
            (r for r in rows if r.student == student and r.question != TOTAL),
            key=lambda r: (natural(r.notebook), natural(r.question)),
        )
        out.extend(mine)
        points = sum(r.points for r in mine)
        max_points = sum(r.max_points for r in mine)
        out.append(Row(student, "", TOTAL, points, max_points, "", ""))
    return out


def gradebook_csv(rows: list[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.student, r.notebook, r.question, _fmt(r.points), _fmt(r.max_points), r.status, r.reason])
    return buffer.getvalue()


def read_gradebook(path: Path) -> list[Row]:
    """Rows of an existing gradebook (for --resume and `medialit report`); `MedialitError` if it is not one of ours."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, strict=True)  # an unclosed quote is an error, not a field to the end
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise MedialitError(f"{path}: not a medialit gradebook (columns {', '.join(COLUMNS)})")
            return [
                Row(
                    r["student"],
                    r["notebook"],
                    r["question"],
                    float(r["points"]),
                    float(r["max_points"]),
                    r["status"],
                    r["reason"],
                )
                for r in reader
            ]
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as err:
        raise MedialitError(f"{path}: cannot read the gradebook ({err})") from None


def feedback_html(student: str, rows: list[Row]) -> str:
    """One student's feedback page from gradebook rows alone (no prompts or answers): see `feedback.feedback_page`."""
    from .feedback import feedback_page
    from .publish import records_from

    return feedback_page(student, records_from([r for r in rows if r.student == student], {}))


# --------------------------------------------------------------------------- the command


#: Environment variable that stands for --unsafe (set only by the test suite where no sandbox works).
UNSAFE_ENV = "MEDIALIT_TEST_UNSANDBOXED"


def _choose_sandbox(sandbox: str, unsafe: bool, err: TextIO) -> bool:
    """True to sandbox; with no sandbox here, one line on what that means, and `MedialitError` unless `unsafe`."""
    from .sandbox import why_no_sandbox

    why = "switched off" if sandbox == "off" else why_no_sandbox()
    if why is None:
        return True
    # The test suite sets this where no sandbox can work (a laptop without bubblewrap), so that it can still
    # grade its own made-up classes; a teacher's run never has it and must say --unsafe.
    unsafe = unsafe or os.environ.get(UNSAFE_ENV, "") == "1"
    line = (
        f"no sandbox ({why}): submissions will run unsandboxed, as you, able to read and change your files, "
        "use the network and exhaust the machine"
    )
    if not unsafe:
        raise MedialitError(f"{line}; grade in the container (docs/grading-safety.md) or add --unsafe to go on")
    print(f"grade: {line} (--unsafe)", file=err)
    return False


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """While grading, SIGTERM unwinds like Ctrl-C: kernels are shut down, temporary files and folders removed.

    Without this, `kill` ends the process at once and leaves each running notebook's temporary
    folder behind. Only the main thread can set a signal handler; elsewhere nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def grade(
    submissions_dir: str | Path,
    solutions_dir: str | Path,
    output: str | Path,
    *,
    feedback_dir: str | Path | None = None,
    jobs: int | None = None,
    timeout: float = 30,
    resume: bool = False,
    err: TextIO | None = None,
    grade_one: Callable[..., list[Row]] | None = None,
    unsafe: bool = False,
    sandbox: str = "auto",
    keys_dir: str | Path | None = None,
    limits: Any = None,
) -> int:
    """Grade every (student, notebook) pair; write the gradebook CSV and feedback pages. Returns 0.

    Args:
        jobs: notebooks run at once (default: the number of CPUs); each has its own kernel.
        resume: keep the pairs already in `output` and grade only the missing ones.
        grade_one: replaces `grade_notebook` (tests use it to inject failures).
        unsafe: where no sandbox works, run the notebooks unsandboxed rather than stop.
        sandbox: "auto" (bubblewrap when it works here) or "off" (never; needs `unsafe`).
        keys_dir: folder of private grading keys NN.json (default: keys/ beside the solutions).
        limits: a `sandbox.Limits` (memory, processes, CPU, file size, disk per notebook).

    Raises:
        MedialitError: a missing folder, a bad solution notebook, an unreadable gradebook to resume,
            no sandbox here and not `unsafe`.
    """
    err = err or sys.stderr
    output = Path(output)
    feedback = Path(feedback_dir) if feedback_dir is not None else output.parent / "feedback"
    solutions_path = Path(solutions_dir)
    if solutions_path.suffix == ".ipynb" and solutions_path.is_file():  # one problem set
        solution_paths, folder = [solutions_path], solutions_path.parent
    else:
        solution_paths, folder = solution_notebooks(solutions_path), solutions_path
    solutions = {p.name: Solution.load(p) for p in solution_paths}
    data = data_files(folder)
    if grade_one is None:
        if keys_dir is not None and not Path(keys_dir).is_dir():
            raise MedialitError(f"{keys_dir}: not a folder of grading keys")
        keys = GradingKeys(Path(keys_dir) if keys_dir is not None else folder / "keys")
        private = sorted(p.stem for p in keys.folder.glob("[0-9][0-9].json")) if keys.folder.is_dir() else []
        if private:
            print(f"grade: scoring set(s) {', '.join(private)} with the private keys in {keys.folder}", file=err)
        sandboxed = _choose_sandbox(sandbox, unsafe, err)
        grade_one = functools.partial(grade_notebook, sandboxed=sandboxed, limits=limits, keys=keys)
    submissions = find_submissions(Path(submissions_dir), sorted(solutions), err=err)
    if not submissions:
        raise MedialitError(f"{submissions_dir}: no student folders or <student>_<notebook>.ipynb files")

    kept: list[Row] = []
    if resume and output.exists():
        kept = [r for r in read_gradebook(output) if r.question != TOTAL]
    done = {(r.student, r.notebook) for r in kept}
    todo = [
        sub
        for notebooks in submissions.values()
        for sub in notebooks.values()
        if (sub.student, sub.notebook) not in done
    ]

    progress = _Progress(len(todo), err)
    if todo:
        progress.draw()

    def work(sub: Submission) -> list[Row]:
        rows = grade_one(solutions[sub.notebook], sub, timeout=timeout, data=data)
        progress.step()
        return rows

    jobs = max(1, jobs or os.cpu_count() or 1)
    with _terminate_as_interrupt():
        if jobs == 1:
            results = [work(sub) for sub in todo]
        else:
            pool = ThreadPoolExecutor(max_workers=jobs)  # each thread drives its own kernel process
            try:
                results = list(pool.map(work, todo))
            finally:
                # On Ctrl-C or SIGTERM start no further notebook; those running end within their cell timeout.
                pool.shutdown(wait=True, cancel_futures=True)

        rows = with_totals(kept + [r for rows in results for r in rows])
        atomic_write_text(output, gradebook_csv(rows))
        # The answers file, the feedback pages and the class report (see publish.py): one call, after the gradebook.
        from .publish import publish

        publish(rows, output, feedback, solutions=solutions, submissions=submissions)
    students = sorted({r.student for r in rows})
    print(f"grade: {len(todo)} notebooks graded ({len(done)} kept), {len(students)} students -> {output}", file=err)
    return 0

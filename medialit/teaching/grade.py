"""`medialit grade`: run a class's submitted notebooks with the hidden tests; write a gradebook and feedback.

The command in steps: find the solutions and the grader (`_grader`: the grading keys and the sandbox),
find the submissions (`submissions`), keep what a resumed gradebook already holds, grade each remaining
notebook (`autograde.grade_notebook`, several at once), then write the gradebook (`gradebook`) once,
atomically, and the answers file, feedback pages and class report (`publish`). How one notebook is
graded is told in `autograde`; the per-question record is `gradebook.Row`. The names the kit and its
tests import from here (`Row`, `Solution`, `Submission`, `find_submissions`, `grade_notebook`, ...)
stay importable from this module.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..answers import atomic_write_text
from ..errors import MedialitError
from .assign import data_files, solution_notebooks
from .autograde import GradingKeys, Question, Solution, grade_notebook, score_recorded
from .gradebook import COLUMNS, STATUSES, TOTAL, Row, gradebook_csv, read_gradebook, with_totals
from .submissions import Submission, find_submissions

__all__ = [
    "COLUMNS",
    "STATUSES",
    "TOTAL",
    "UNSAFE_ENV",
    "GradingKeys",
    "Question",
    "Row",
    "Solution",
    "Submission",
    "feedback_html",
    "find_submissions",
    "grade",
    "grade_notebook",
    "gradebook_csv",
    "read_gradebook",
    "score_recorded",
    "with_totals",
]

#: Environment variable that stands for --unsafe (set only by the test suite where no sandbox works).
UNSAFE_ENV = "MEDIALIT_TEST_UNSANDBOXED"


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


def feedback_html(student: str, rows: list[Row]) -> str:
    """One student's feedback page from gradebook rows alone (no prompts or answers): see `feedback.feedback_page`."""
    from .feedback import feedback_page
    from .publish import records_from

    return feedback_page(student, records_from([r for r in rows if r.student == student], {}))


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


def _solutions(solutions_dir: str | Path) -> tuple[dict[str, Solution], Path]:
    """{name: Solution} of one problem set (a notebook) or a folder of them, and the folder they are in."""
    solutions_path = Path(solutions_dir)
    if solutions_path.suffix == ".ipynb" and solutions_path.is_file():  # one problem set
        solution_paths, folder = [solutions_path], solutions_path.parent
    else:
        solution_paths, folder = solution_notebooks(solutions_path), solutions_path
    return {p.name: Solution.load(p) for p in solution_paths}, folder


def _grader(
    folder: Path, keys_dir: str | Path | None, sandbox: str, unsafe: bool, limits: Any, err: TextIO
) -> Callable[..., list[Row]]:
    """`grade_notebook` with the grading keys (private ones said on `err`) and the sandbox chosen."""
    if keys_dir is not None and not Path(keys_dir).is_dir():
        raise MedialitError(f"{keys_dir}: not a folder of grading keys")
    keys = GradingKeys(Path(keys_dir) if keys_dir is not None else folder / "keys")
    private = sorted(p.stem for p in keys.folder.glob("[0-9][0-9].json")) if keys.folder.is_dir() else []
    if private:
        print(f"grade: scoring set(s) {', '.join(private)} with the private keys in {keys.folder}", file=err)
    sandboxed = _choose_sandbox(sandbox, unsafe, err)
    return functools.partial(grade_notebook, sandboxed=sandboxed, limits=limits, keys=keys)


def _to_grade(
    submissions: dict[str, dict[str, Submission]], output: Path, resume: bool
) -> tuple[list[Row], list[Submission]]:
    """The rows a resumed gradebook keeps, and the submissions still to grade."""
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
    return kept, todo


def _grade_all(todo: list[Submission], work: Callable[[Submission], list[Row]], jobs: int) -> list[list[Row]]:
    """`work` on every submission, `jobs` at a time (each thread drives its own kernel process)."""
    if jobs == 1:
        return [work(sub) for sub in todo]
    pool = ThreadPoolExecutor(max_workers=jobs)
    try:
        return list(pool.map(work, todo))
    finally:
        # On Ctrl-C or SIGTERM start no further notebook; those running end within their cell timeout.
        pool.shutdown(wait=True, cancel_futures=True)


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
    from .publish import publish

    err, output = err or sys.stderr, Path(output)
    feedback = Path(feedback_dir) if feedback_dir is not None else output.parent / "feedback"
    solutions, folder = _solutions(solutions_dir)
    data = data_files(folder)
    grade_one = grade_one or _grader(folder, keys_dir, sandbox, unsafe, limits, err)
    submissions = find_submissions(Path(submissions_dir), sorted(solutions), err=err)
    if not submissions:
        raise MedialitError(f"{submissions_dir}: no student folders or <student>_<notebook>.ipynb files")
    kept, todo = _to_grade(submissions, output, resume)
    progress = _Progress(len(todo), err)
    if todo:
        progress.draw()

    def work(sub: Submission) -> list[Row]:
        rows = grade_one(solutions[sub.notebook], sub, timeout=timeout, data=data)
        progress.step()
        return rows

    with _terminate_as_interrupt():
        results = _grade_all(todo, work, max(1, jobs or os.cpu_count() or 1))
        rows = with_totals(kept + [r for rows in results for r in rows])
        atomic_write_text(output, gradebook_csv(rows))
        # The answers file, the feedback pages and the class report (see publish.py): one call, after the gradebook.
        publish(rows, output, feedback, solutions=solutions, submissions=submissions)
    students, kept_pairs = sorted({r.student for r in rows}), len({(r.student, r.notebook) for r in kept})
    print(f"grade: {len(todo)} notebooks graded ({kept_pairs} kept), {len(students)} students -> {output}", file=err)
    return 0

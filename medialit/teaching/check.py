"""`check(question, answer)`: feedback for a student that helps without giving the answer away.

    from medialit import check
    check("03.2", answer)

returns a `CheckResult` that shows as plain text or HTML: how many items are
right, which kind of mistake, and a hint that points at a paragraph. A wrong or
malformed answer never raises, and ``...`` (the stub of an exercise) is "not
attempted yet". In strict mode (environment variable ``MEDIALIT_STRICT=1``, set
by CI and by `medialit grade`) a wrong or missing answer raises `AssertionError`
with the same message, so the cell fails. With no answer argument, the answer is
read from the answers sidecar (for questions answered through a widget), and so
is an answer still left as ``...``. The score is in the question's points, the
"(N points)" of its text: what grading records for the same answer.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..answers import answer_for
from .keys import score_answer

STRICT_ENV = "MEDIALIT_STRICT"


@dataclass(frozen=True, repr=False)
class CheckResult:
    """The outcome of one check: shown as text (`str`) or HTML in a notebook."""

    question: str
    passed: bool
    score: float
    max_score: float
    message: str
    hint: str = ""

    def __str__(self) -> str:
        verdict = "passed" if self.passed else "not yet"
        line = (
            f"{self.question}: {verdict} ({self.score:g}/{self.max_score:g} {_points(self.max_score)}). {self.message}"
        )
        return f"{line} Hint: {self.hint}" if self.hint else line

    def __repr__(self) -> str:
        # The plain-text view in a notebook (and in a graded run's output) is the same sentence as str().
        return str(self)

    def _repr_html_(self) -> str:
        verdict = "Passed" if self.passed else "Not yet"
        mark = "&#10003;" if self.passed else "&#9675;"  # a tick or a circle: said in words too, never colour alone
        hint = f'<p class="medialit-hint"><strong>Hint:</strong> {html.escape(self.hint)}</p>' if self.hint else ""
        return (
            f'<div class="medialit-check" role="status"><p>{mark} <strong>{html.escape(self.question)}: '
            f"{verdict}</strong> ({self.score:g}/{self.max_score:g} {_points(self.max_score)}). {html.escape(self.message)}</p>{hint}</div>"
        )


def _points(n: float) -> str:
    return "point" if n == 1 else "points"


def strict_mode() -> bool:
    """True when `MEDIALIT_STRICT` is set to something other than "", "0", "false" or "no"."""
    return os.environ.get(STRICT_ENV, "").strip().lower() not in ("", "0", "false", "no")


def check(question: str, answer: Any = Ellipsis, *, key_dir: str | Path | None = None) -> CheckResult:
    """Check an answer against the question's key.

    Args:
        question: the question id, e.g. ``"03.2"``.
        answer: the student's answer; omitted or still ``...``: the answer saved by a widget
            in the answers sidecar, if any.
        key_dir: a folder of key files instead of the bundled ones (for authors).

    Returns:
        A `CheckResult` with the score in the question's points, the same verdict and points
        grading records (both come from `score_answer`); never raises for a wrong, missing or
        malformed answer.

    Raises:
        AssertionError: in strict mode, when the answer is not right (message as in the result).
        MedialitError: the question id has no key (a mistake in the notebook, not in the answer).
    """
    question = str(question)
    v = score_answer(question, answer_for(question, answer), key_dir=key_dir)
    return _finish(CheckResult(question, v.passed, v.score, v.max_score, v.message, v.hint))


def _finish(result: CheckResult) -> CheckResult:
    if not result.passed and strict_mode():
        raise AssertionError(str(result))
    return result

"""`check(question, answer)`: feedback for a student that helps without giving the answer away.

    from medialit import check
    check("03.2", answer)

returns a `CheckResult` that shows as plain text or HTML: how many items are
right, which kind of mistake, and a hint that points at a paragraph. A wrong or
malformed answer never raises, and ``...`` (the stub of an exercise) is "not
attempted yet". In strict mode (environment variable ``MEDIALIT_STRICT=1``, set
by CI and by `medialit grade`) a wrong or missing answer raises `AssertionError`
with the same message, so the cell fails. With no answer argument, the answer is
read from the answers sidecar (for questions answered through a widget).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..answers import load_answers
from .keys import evaluate, load_keys, set_of

STRICT_ENV = "MEDIALIT_STRICT"
_MISSING = object()


@dataclass(frozen=True)
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
        line = f"{self.question}: {verdict} ({self.score:g}/{self.max_score:g}). {self.message}"
        return f"{line} Hint: {self.hint}" if self.hint else line

    def _repr_html_(self) -> str:
        verdict = "Passed" if self.passed else "Not yet"
        mark = "&#10003;" if self.passed else "&#9675;"  # a tick or a circle: said in words too, never colour alone
        hint = f'<p class="medialit-hint"><strong>Hint:</strong> {html.escape(self.hint)}</p>' if self.hint else ""
        return (
            f'<div class="medialit-check" role="status"><p>{mark} <strong>{html.escape(self.question)}: '
            f"{verdict}</strong> ({self.score:g}/{self.max_score:g}). {html.escape(self.message)}</p>{hint}</div>"
        )


def strict_mode() -> bool:
    """True when `MEDIALIT_STRICT` is set to something other than "", "0", "false" or "no"."""
    return os.environ.get(STRICT_ENV, "").strip().lower() not in ("", "0", "false", "no")


def check(question: str, answer: Any = _MISSING, *, key_dir: str | Path | None = None) -> CheckResult:
    """Check an answer against the question's key.

    Args:
        question: the question id, e.g. ``"03.2"``.
        answer: the student's answer; omitted: read from the answers sidecar.
        key_dir: a folder of key files instead of the bundled ones (for authors).

    Returns:
        A `CheckResult`; never raises for a wrong, missing or malformed answer.

    Raises:
        AssertionError: in strict mode, when the answer is not right (message as in the result).
        MedialitError: the question id has no key (a mistake in the notebook, not in the answer).
    """
    question = str(question)
    entry = load_keys(set_of(question), key_dir).entry(question)
    if answer is _MISSING:
        saved = load_answers()
        answer = saved.get(question, _MISSING)
    return _finish(result_for(question, entry, answer))


def result_for(question: str, entry: Mapping[str, Any], answer: Any, *, not_saved: Any = _MISSING) -> CheckResult:
    """The result `check()` gives for `answer` against one key entry; never raises.

    `not_saved` is the value standing for "no saved answer for this question" (the grader,
    which scores answers recorded in a sandbox, passes its own marker for it).
    """
    hint = entry.get("hint", "")
    if answer is not_saved or answer is _MISSING:
        return CheckResult(question, False, 0.0, 1.0, "Not answered yet: no saved answer for this question.", "")
    if answer is Ellipsis:
        return CheckResult(question, False, 0.0, 1.0, "Not attempted yet: replace the ... with your answer.", "")
    if answer is None:
        return CheckResult(question, False, 0.0, 1.0, "Your answer is None: did a function return nothing?", hint)
    v = evaluate(question, entry, answer)
    return CheckResult(question, v.passed, v.score, v.max_score, v.message, v.hint)


def _finish(result: CheckResult) -> CheckResult:
    if not result.passed and strict_mode():
        raise AssertionError(str(result))
    return result

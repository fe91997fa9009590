"""The answers sidecar: a small JSON file next to the notebook that keeps widget answers.

Widget state is lost when a notebook is re-executed, so answers given through a
widget (e.g. the claim/denial sorter) are written here and read back by
`check()` and by `medialit grade`. The file maps question ids to JSON values::

    {"format": 1, "answers": {"03.2": {...}}}

Writes are atomic (temporary file, then rename), so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import MedialitError

SIDECAR_NAME = "medialit-answers.json"
FORMAT = 1


def sidecar_path(directory: str | Path | None = None) -> Path:
    """The sidecar file in `directory` (default: the current directory, i.e. the notebook's)."""
    return Path(directory if directory is not None else os.getcwd()) / SIDECAR_NAME


def load_answers(path: str | Path | None = None) -> dict[str, Any]:
    """All saved answers, {question id: value}; {} when there is no sidecar yet.

    Raises:
        MedialitError: the file exists but is not a sidecar (not JSON, wrong shape).
    """
    path = Path(path) if path is not None else sidecar_path()
    if path.is_dir():
        path = sidecar_path(path)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise MedialitError(f"{path}: not a valid answers file ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise MedialitError(f"{path}: not a valid answers file (no 'answers' object)")
    return dict(data["answers"])


def answer_for(question: str, typed: Any = Ellipsis, path: str | Path | None = None) -> Any:
    """The answer to grade: the typed value, or, when it is still the stub ``...``, the one saved by a widget.

    `check()` and grading both read answers through this, so a question answered with a widget
    (and the ``...`` left in its answer cell) counts the same in both. ``...`` when neither exists.
    """
    if typed is not Ellipsis:
        return typed
    try:
        saved = load_answers(path)
    except MedialitError:
        return Ellipsis
    return saved.get(str(question), Ellipsis)


def save_answer(question: str, value: Any, path: str | Path | None = None) -> Path:
    """Store `value` (anything JSON can hold) under `question`; returns the sidecar's path."""
    path = Path(path) if path is not None else sidecar_path()
    if path.is_dir():
        path = sidecar_path(path)
    try:
        answers = load_answers(path)
    except MedialitError:
        answers = {}  # a corrupt sidecar is replaced rather than blocking the student
    answers[str(question)] = value
    payload = json.dumps({"format": FORMAT, "answers": answers}, indent=2, sort_keys=True, ensure_ascii=False)
    atomic_write_text(path, payload + "\n")
    return path


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise

"""The inside of a grading sandbox: run one notebook, stream how each cell went. Not for direct use.

``python -m medialit.teaching.worker`` reads one JSON job on stdin::

    {"notebook": {...}, "files": {"name": "<base64>"}, "timeout": 30,
     "limits": {"as": bytes, "nproc": n, "cpu": seconds, "fsize": bytes}, "workdir": "/submission"}

sets the limits on itself (the kernel it starts inherits them), runs the notebook with
`execute.run_notebook` and writes one JSON line per code cell to its stdout as soon as
the cell is done (``{"index", "status", "ename", "evalue", "answers"}``), then
``{"end": true}``. Its stdout is moved to a private descriptor first and the process is
made non-dumpable, so the kernel (a child running student code) cannot write into it.
The grader still treats every line as the student's own claim: see `sandbox`.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from typing import Any, TextIO

RLIMITS = {"as": "RLIMIT_AS", "nproc": "RLIMIT_NPROC", "cpu": "RLIMIT_CPU", "fsize": "RLIMIT_FSIZE"}


def set_limits(limits: dict[str, int]) -> None:
    """Lower soft and hard limits of this process (and so of the kernel it starts); none where there are no rlimits."""
    try:
        import resource
    except ImportError:  # Windows: nothing to set
        return

    for key, value in limits.items():
        resource.setrlimit(getattr(resource, RLIMITS[key]), (int(value), int(value)))


def _private_stdout() -> TextIO:
    """A copy of stdout only this process holds; fd 1 then points to /dev/null."""
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")  # os.dup: not inherited by children
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w")  # stray prints of libraries go nowhere
    try:  # PR_SET_DUMPABLE 0: same-user processes cannot ptrace this one or open its /proc/<pid>/fd
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)
    except Exception:  # not Linux: no prctl
        pass
    return channel


#: Optional format checkers that jsonschema (imported by nbformat) loads if present; one builds a
#: grammar at import, about 2 s per process. Nothing here validates formats, so the worker skips them.
SKIPPED_IMPORTS = ("rfc3987_syntax",)


def main() -> int:
    for name in SKIPPED_IMPORTS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]  # import of it then fails at once
    job: dict[str, Any] = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    channel = _private_stdout()
    set_limits(job.get("limits", {}))
    from .execute import run_notebook

    def emit(run: Any) -> None:
        line = {
            "index": run.index,
            "status": run.status,
            "ename": run.ename,
            "evalue": run.evalue,
            "answers": list(run.answers),
        }
        channel.write(json.dumps(line, ensure_ascii=True) + "\n")
        channel.flush()

    files = {name: base64.b64decode(content) for name, content in job.get("files", {}).items()}
    run_notebook(
        job["notebook"],
        files=files,
        timeout=float(job["timeout"]),
        strict=True,
        workdir=job.get("workdir"),
        on_cell=emit,
    )
    channel.write('{"end": true}\n')
    channel.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run a notebook in a fresh kernel, in its own temporary folder, and report how each cell went.

Used by `assign` (the solution must pass) and `grade` (student code). Student code
never runs in the calling process: it runs in a new kernel whose working
directory is a fresh temporary folder holding only the files given, with
``MEDIALIT_STRICT=1`` so that `check()` raises on a wrong answer. Errors are
allowed (one failing cell does not stop the rest), a cell that runs past the
timeout is interrupted and recorded, a dead kernel (``os._exit``, a crash) ends
the run with the remaining cells marked, and outputs are capped in memory.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

#: nbgrader's LimitOutput keeps 1000 lines per cell; we cap output messages and characters per cell.
MAX_OUTPUTS = 1000
MAX_OUTPUT_CHARS = 100_000
TIMEOUT_ENAME = "CellTimeout"


@dataclass(frozen=True)
class CellRun:
    """How one code cell went: status "ok", "error", "timeout", "dead" (the kernel died in it) or "not run"."""

    index: int
    status: str
    ename: str = ""
    evalue: str = ""

    @property
    def reason(self) -> str:
        """One line a teacher can read: the error's last line (an assertion's message alone)."""
        if self.status == "ok":
            return ""
        if self.status == "timeout":
            return self.evalue
        if self.status == "dead":
            return "the kernel died (os._exit, a crash, or out of memory)"
        if self.status == "not run":
            return "not run: the kernel died in an earlier cell"
        lines = [line for line in self.evalue.strip().splitlines() if line.strip()]
        last = lines[-1].strip() if lines else ""
        if self.ename == "AssertionError":
            return last or "AssertionError"
        return f"{self.ename}: {last}" if last else self.ename


def _client_class():
    from nbclient import NotebookClient

    class CappedClient(NotebookClient):
        """A NotebookClient that stops keeping a cell's output past a size cap (memory stays bounded)."""

        def output(self, outs, msg, display_id, cell_index):  # type: ignore[override]
            size = sum(len(str(o.get("text", ""))) + len(str(o.get("data", ""))) for o in outs)
            if len(outs) >= MAX_OUTPUTS or size >= MAX_OUTPUT_CHARS:
                return None
            return super().output(outs, msg, display_id, cell_index)

    return CappedClient


def run_notebook(
    nb: Mapping[str, Any],
    *,
    files: Mapping[str, bytes] | None = None,
    timeout: float = 30,
    strict: bool = True,
    kernel_name: str = "python3",
) -> dict[int, CellRun]:
    """Execute the code cells of `nb` in a fresh kernel; return {cell index: CellRun}.

    Args:
        nb: an nbformat-4 notebook as a dict (not changed).
        files: {file name: content} written into the run's temporary folder (e.g. the answers sidecar).
        timeout: seconds per cell; a cell past it is interrupted and recorded as "timeout".
        strict: set ``MEDIALIT_STRICT=1`` in the kernel's environment.
    """
    import nbformat
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    runs: dict[int, CellRun] = {}
    plain = {**nb, "cells": [{**c, "source": "".join(c["source"]) if isinstance(c.get("source"), list) else c.get("source", "")} for c in nb["cells"]]}
    node = nbformat.from_dict(plain)
    with tempfile.TemporaryDirectory(prefix="medialit-run-") as workdir:
        for name, content in (files or {}).items():
            target = Path(workdir) / Path(name).name  # a bare name: nothing can land outside the folder
            target.write_bytes(content)
        env = dict(os.environ)
        env.pop("MEDIALIT_STRICT", None)
        if strict:
            env["MEDIALIT_STRICT"] = "1"
        replies: dict[int, dict[str, Any]] = {}
        client = _client_class()(
            node,
            timeout=timeout,
            allow_errors=True,
            interrupt_on_timeout=True,
            error_on_timeout={"ename": TIMEOUT_ENAME, "evalue": f"timed out after {timeout:g} s", "traceback": []},
            kernel_name=kernel_name,
            resources={"metadata": {"path": workdir}},
            record_timing=False,
        )
        client.on_cell_executed = lambda cell, cell_index, execute_reply: replies.__setitem__(cell_index, execute_reply)
        dead = False
        # The kernel process's own stderr carries only its start-up chatter; student output comes over iopub.
        with client.setup_kernel(env=env, cwd=workdir, stderr=subprocess.DEVNULL):
            for index, cell in enumerate(node.cells):
                if cell.cell_type != "code":
                    continue
                if dead:
                    runs[index] = CellRun(index, "not run")
                    continue
                if not cell.source.strip():
                    runs[index] = CellRun(index, "ok")
                    continue
                try:
                    client.execute_cell(cell, index)
                except DeadKernelError:
                    runs[index] = CellRun(index, "dead")
                    dead = True
                    continue
                except CellTimeoutError:  # only if interrupting is switched off
                    runs[index] = CellRun(index, "timeout", TIMEOUT_ENAME, f"timed out after {timeout:g} s")
                    continue
                content = (replies.get(index) or {}).get("content", {})
                if content.get("status") == "error":
                    ename = str(content.get("ename", "Error"))
                    status = "timeout" if ename == TIMEOUT_ENAME else "error"
                    runs[index] = CellRun(index, status, ename, str(content.get("evalue", "")))
                elif content.get("status") == "aborted":
                    runs[index] = CellRun(index, "error", "Aborted", "execution aborted")
                else:
                    runs[index] = CellRun(index, "ok")
    return runs

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
from collections.abc import Callable, Iterator, Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: nbgrader's LimitOutput keeps 1000 lines per cell; we cap output messages and characters per cell.
MAX_OUTPUTS = 1000
MAX_OUTPUT_CHARS = 100_000
TIMEOUT_ENAME = "CellTimeout"
#: After a cell timed out, how long the kernel has to come back before it is shut down (it ignored the interrupt).
RECOVER_SECONDS = 10


@dataclass(frozen=True)
class CellRun:
    """How one code cell went: status "ok", "error", "timeout", "dead" (the kernel died in it) or "not run".

    `answers`: the answers the cell published for grading (see `capture`), as sent.
    """

    index: int
    status: str
    ename: str = ""
    evalue: str = ""
    answers: tuple[Any, ...] = ()

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
            return self.evalue or "not run: the kernel died in an earlier cell"
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
    workdir: str | Path | None = None,
    on_cell: Callable[[CellRun], None] | None = None,
) -> dict[int, CellRun]:
    """Execute the code cells of `nb` in a fresh kernel; return {cell index: CellRun}.

    Args:
        nb: an nbformat-4 notebook as a dict (not changed).
        files: {file name: content} written into the run's temporary folder (e.g. the answers sidecar).
        timeout: seconds per cell; a cell past it is interrupted and recorded as "timeout".
        strict: set ``MEDIALIT_STRICT=1`` in the kernel's environment.
        workdir: run there (an empty folder the caller owns) instead of in a new temporary folder.
        on_cell: called with each cell's `CellRun` as soon as it is known (the sandbox worker streams them).
    """
    runs: dict[int, CellRun] = {}
    folder = nullcontext(str(workdir)) if workdir is not None else tempfile.TemporaryDirectory(prefix="medialit-run-")
    with folder as workdir:
        for name, content in (files or {}).items():
            target = Path(workdir) / Path(name).name  # a bare name: nothing can land outside the folder
            target.write_bytes(content)
        env = dict(os.environ)
        env.pop("MEDIALIT_STRICT", None)
        if strict:
            env["MEDIALIT_STRICT"] = "1"
        # The kernel starts first and boots in its own process while this one imports nbclient and nbformat
        # (half a second a notebook in a fresh worker). Its own stdout and stderr carry only start-up chatter
        # (student output comes over iopub); neither may reach this process's streams, where a worker reports.
        km = _start_kernel(kernel_name, env=env, cwd=workdir)
        client, replies = _client_for(nb, km, timeout, kernel_name)
        with client.setup_kernel(cleanup_kc=True):  # shuts the kernel down at the end, as if the client had started it
            for run in _run_cells(client, replies, timeout):
                runs[run.index] = run
                if on_cell is not None:
                    on_cell(run)
    return runs


def _client_for(nb: Mapping[str, Any], km: Any, timeout: float, kernel_name: str) -> tuple[Any, dict[int, Any]]:
    """A client that runs `nb` on the started kernel `km`, and the execute replies it collects by cell index.

    If the client cannot be made, the kernel is shut down before the error goes on.
    """
    from jupyter_core.utils import run_sync

    try:
        import nbformat

        plain = {
            **nb,
            "cells": [
                {**c, "source": "".join(c["source"]) if isinstance(c.get("source"), list) else c.get("source", "")}
                for c in nb["cells"]
            ],
        }
        node = nbformat.from_dict(plain)
        replies: dict[int, dict[str, Any]] = {}
        client = _client_class()(
            node,
            km=km,
            timeout=timeout,
            allow_errors=True,
            interrupt_on_timeout=True,
            error_on_timeout={"ename": TIMEOUT_ENAME, "evalue": f"timed out after {timeout:g} s", "traceback": []},
            kernel_name=kernel_name,
            record_timing=False,
            shutdown_kernel="immediate",
        )
    except BaseException:
        run_sync(km.shutdown_kernel)(now=True)
        raise
    client.on_cell_executed = lambda cell, cell_index, execute_reply: replies.__setitem__(cell_index, execute_reply)
    return client, replies


def _run_cells(client: Any, replies: dict[int, Any], timeout: float) -> Iterator[CellRun]:
    """Run the client's code cells in order, yielding each one's `CellRun`; after a dead kernel, or one that
    would not stop after a timeout, the rest are "not run"."""
    from jupyter_core.utils import run_sync

    dead = ""
    for index, cell in enumerate(client.nb.cells):
        if cell.cell_type != "code":
            continue
        if dead:
            run = CellRun(index, "not run", evalue=dead)
        elif not cell.source.strip():
            run = CellRun(index, "ok")
        else:
            run = _execute(client, cell, index, replies, timeout)
            if run.status == "dead":
                dead = "not run: the kernel died in an earlier cell"
            elif run.status == "timeout" and not _recovers(client):
                run_sync(client.km.shutdown_kernel)(now=True)
                dead = "not run: the kernel did not stop after a cell timed out"
        yield run


def _start_kernel(kernel_name: str, *, env: Mapping[str, str], cwd: str) -> Any:
    """A started kernel's manager (the kernel may still be booting)."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    km = AsyncKernelManager(kernel_name=kernel_name)
    run_sync(km.start_kernel)(
        env=dict(env),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        extra_arguments=["--HistoryManager.hist_file=:memory:"],
    )
    return km


def _execute(client: Any, cell: Any, index: int, replies: Mapping[int, Any], timeout: float) -> CellRun:
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    from .capture import MIME

    try:
        client.execute_cell(cell, index)
    except DeadKernelError:
        return CellRun(index, "dead")
    except CellTimeoutError:  # only if interrupting is switched off
        return CellRun(index, "timeout", TIMEOUT_ENAME, f"timed out after {timeout:g} s")
    answers = tuple(
        o["data"][MIME]
        for o in cell.get("outputs", [])
        if o.get("output_type") == "display_data" and MIME in o.get("data", {})
    )
    content = (replies.get(index) or {}).get("content", {})
    if content.get("status") == "error":
        ename = str(content.get("ename", "Error"))
        status = "timeout" if ename == TIMEOUT_ENAME else "error"
        return CellRun(index, status, ename, str(content.get("evalue", "")), answers)
    if content.get("status") == "aborted":
        return CellRun(index, "error", "Aborted", "execution aborted", answers)
    return CellRun(index, "ok", answers=answers)


def _recovers(client: Any) -> bool:
    """Does the kernel answer again within `RECOVER_SECONDS` after a timed-out cell was interrupted?"""
    import queue
    import time

    from jupyter_core.utils import run_sync

    kc = client.kc
    msg_id = kc.kernel_info()
    deadline = time.monotonic() + RECOVER_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        try:
            reply = run_sync(kc.get_shell_msg)(timeout=left)
        except queue.Empty:
            return False
        if reply.get("parent_header", {}).get("msg_id") == msg_id:
            return True
    return False

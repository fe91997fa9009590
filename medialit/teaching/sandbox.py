"""Run one graded notebook in a worker process, inside bubblewrap when it can; read back what it claims.

Sandboxed (Linux with ``bwrap`` and user namespaces), each notebook gets its own
worker (`worker`) and kernel inside ``bwrap``:

- a root file system of its own: the system folders (``/usr``, a few files of ``/etc``),
  the Python installation, its site-packages and the ``medialit`` package only, all
  read-only; nothing else of the machine (not your home, not the solutions, not the
  submissions, not the gradebook's folder) exists inside;
- an empty home, a private ``/tmp``, ``/dev/shm`` and the run folder ``/submission`` (the
  working directory, holding the student's answers file and the solutions' data files),
  each a small tmpfs: the only places it can write, gone when the notebook ends;
- no network (a new network namespace: worker and kernel talk over its loopback),
  its own process tree (``--unshare-pid``; it cannot see or signal the grader), killed
  with the grader (``--die-with-parent``), a reduced environment (`ENV_KEPT`);
- limits on memory (address space per process), processes, CPU time and file size.
  As root the sandbox first switches to an unprivileged user id of its own, a new one for
  every notebook (``setpriv``), since a process limit does not bind root; as a normal user
  ``bwrap`` makes a user namespace, within which the process limit counts.

Unsandboxed (``--unsafe``), the same worker runs as an ordinary process in a temporary
folder with the same environment and limits except the process limit: it can read and
write what you can, and use the network.

Whatever the worker prints is treated as the student's own claim: the grader accepts
only well-formed lines about this notebook's cells, and scores the answers itself.
"""

from __future__ import annotations

import base64
import functools
import itertools
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import MedialitError
from .execute import CellRun

RUN_DIR = "/submission"
HOME_DIR = "/home/student"
#: The only environment variables a sandboxed worker and kernel see (besides those set here).
ENV_KEPT = ("LANG", "LC_ALL", "TZ")
#: Files of /etc the interpreter and libraries need; the rest of /etc (keys, passwords) stays outside.
ETC_FILES = (
    "ld.so.cache",
    "ld.so.conf",
    "ld.so.conf.d",
    "localtime",
    "timezone",
    "passwd",
    "group",
    "nsswitch.conf",
    "hosts",
    "alternatives",
    "mime.types",
    "fonts",
    "ssl",
)
MAX_OUTPUT = 20_000_000
STATUSES = ("ok", "error", "timeout", "dead", "not run")
BWRAP_ENV = "MEDIALIT_BWRAP"


@dataclass(frozen=True)
class Limits:
    """Per-notebook limits; sizes in bytes, CPU in seconds (per process)."""

    memory: int = 4 * 2**30
    processes: int = 256
    cpu: int = 900
    file_size: int = 128 * 2**20
    disk: int = 256 * 2**20

    def rlimits(self, sandboxed: bool) -> dict[str, int]:
        limits = {"as": self.memory, "cpu": self.cpu, "fsize": self.file_size}
        if sandboxed:  # outside a sandbox the process limit would count all of the teacher's processes
            limits["nproc"] = self.processes
        return limits


@dataclass(frozen=True)
class Outcome:
    """What a worker reported: {cell index: CellRun}, and why it stopped early ("" if it finished)."""

    runs: Mapping[int, CellRun]
    problem: str = ""


def bwrap_path() -> str | None:
    """The bwrap to use: $MEDIALIT_BWRAP if set (tests point it elsewhere), else bwrap on PATH."""
    if BWRAP_ENV in os.environ:
        path = os.environ[BWRAP_ENV]
        return path if path and os.access(path, os.X_OK) else None
    return shutil.which("bwrap")


def why_no_sandbox() -> str | None:
    """None when a sandbox works here; else one short reason."""
    if not sys.platform.startswith("linux"):
        return f"bubblewrap needs Linux (this is {sys.platform})"
    bwrap = bwrap_path()
    if bwrap is None:
        return "bubblewrap (bwrap) is not installed"
    return _probe(bwrap, os.geteuid())


@functools.lru_cache(maxsize=4)
def _probe(bwrap: str, uid: int) -> str | None:
    if uid == 0 and shutil.which("setpriv") is None:
        return "running as root needs setpriv (util-linux) to drop privileges"
    argv = _bwrap_argv(bwrap, Limits(), slot=99_999) + [sys.executable, "-c", "import medialit.teaching.worker"]
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=120, env=_base_env())
    except (OSError, subprocess.TimeoutExpired) as err:
        return f"bwrap could not start ({err})"
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"bwrap failed: {lines[-1] if lines else f'exit status {done.returncode}'}"
    return None


def _package_dir() -> Path:
    return Path(__file__).resolve().parents[1]


def _read_only_dirs() -> list[str]:
    """Folders bound read-only: the system, the Python installation, site-packages, the medialit package."""
    wanted = [
        "/usr",
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        sys.base_exec_prefix,
        str(Path(os.path.realpath(sys.executable)).parent.parent),
    ]
    wanted += [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    hop = sys.executable
    for _ in range(10):  # every folder on the interpreter's chain of symbolic links
        wanted.append(os.path.dirname(hop))
        if not os.path.islink(hop):
            break
        hop = os.path.join(os.path.dirname(hop), os.readlink(hop))
    wanted.append(str(_package_dir()))
    out: list[str] = []
    for path in sorted({os.path.realpath(p) for p in wanted if p and os.path.isdir(p)}, key=len):
        if path != "/" and not any(path == o or path.startswith(o.rstrip("/") + "/") for o in out):
            out.append(path)
    return out


def _base_env() -> dict[str, str]:
    env = {k: os.environ[k] for k in ENV_KEPT if k in os.environ}
    env.setdefault("LANG", "C.UTF-8")
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), "/usr/local/bin", "/usr/bin", "/bin"])
    env["PYTHONPATH"] = str(_package_dir().parent)  # medialit may be a source checkout: only it is bound
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["OPENBLAS_NUM_THREADS"] = env["OMP_NUM_THREADS"] = "1"  # fewer threads, less address space
    return env


_runs = itertools.count()


def _slot_uid(slot: int) -> int:
    """An unprivileged user id for one sandboxed run (root only): every run has its own, so a process
    limit counts that notebook's processes alone, not those of one running beside it or just before it."""
    return 1_800_000_000 + (os.getpid() % 1_000) * 100_000 + slot % 100_000


def _mounts(limits: Limits) -> list[str]:
    """bwrap's filesystem: the system read-only, a small tmpfs for /dev/shm, /tmp, home and the run folder,
    the interpreter and medialit bound read-only, and a few files of /etc."""
    argv: list[str] = []
    made: set[str] = {"/"}

    def parents(path: str) -> None:
        # bwrap would create missing parents as 0700, unreadable once privileges are dropped
        for parent in reversed(Path(path).parents):
            if str(parent) not in made:
                made.add(str(parent))
                argv.extend(["--perms", "0755", "--dir", str(parent)])

    for name in ("bin", "lib", "lib64", "sbin"):
        target = Path("/") / name
        if target.is_symlink():
            argv.extend(["--symlink", os.readlink(target), str(target)])
        elif target.is_dir():
            argv.extend(["--ro-bind", str(target), str(target)])
    argv += ["--dev", "/dev", "--proc", "/proc"]
    made.update({"/dev", "/proc"})
    for path, mode in (("/dev/shm", "1777"), ("/tmp", "1777"), (HOME_DIR, "0777"), (RUN_DIR, "0777")):
        parents(path)
        argv.extend(["--perms", mode, "--size", str(limits.disk), "--tmpfs", path])
        made.add(path)
    for path in _read_only_dirs():  # after the tmpfs mounts, so that a Python installed under /tmp shows through
        parents(path)
        argv.extend(["--ro-bind", path, path])
        made.add(path)
    for name in ETC_FILES:
        argv.extend(["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"])
    argv += ["--remount-ro", "/dev"]  # in a user namespace /dev's own tmpfs would be writable, and unbounded
    return argv


#: Everything else the run is cut off from: other processes, the network, the host name, the environment.
_ISOLATION = [
    "--remount-ro",
    "/",
    "--chdir",
    RUN_DIR,
    "--unshare-ipc",
    "--unshare-pid",
    "--unshare-net",
    "--unshare-uts",
    "--unshare-cgroup-try",
    "--die-with-parent",
    "--new-session",
    "--hostname",
    "sandbox",
    "--clearenv",
]


def _privileges(slot: int) -> list[str]:
    """As root, become a user of this run's own with no capabilities; else no capabilities in a user namespace."""
    if os.geteuid() != 0:
        return ["--unshare-user", "--disable-userns", "--cap-drop", "ALL"]
    uid = str(_slot_uid(slot))
    return [
        "--",
        "setpriv",
        f"--reuid={uid}",
        f"--regid={uid}",
        "--clear-groups",
        "--inh-caps=-all",
        "--bounding-set=-all",
        "--no-new-privs",
    ]


def _bwrap_argv(bwrap: str, limits: Limits, slot: int) -> list[str]:
    """The bubblewrap command line a worker runs under (the worker's own command follows the final "--")."""
    env = {**_base_env(), "HOME": HOME_DIR, "TMPDIR": "/tmp"}
    setenv = [arg for key, value in sorted(env.items()) for arg in ("--setenv", key, value)]
    return [bwrap, *_mounts(limits), *_ISOLATION, *setenv, *_privileges(slot), "--"]


def run_worker(
    nb: Mapping[str, Any],
    *,
    files: Mapping[str, bytes],
    timeout: float,
    sandboxed: bool,
    limits: Limits = Limits(),
    slot: int | None = None,
) -> Outcome:
    """Run `nb` in a worker (inside bwrap if `sandboxed`); return the cells it reported on.

    Never raises for anything the notebook does: a worker that dies, is killed, or runs
    past its total time (`timeout` per cell, plus start-up) ends the outcome early.
    """
    worker = [sys.executable, "-m", "medialit.teaching.worker"]
    slot = next(_runs) if slot is None else slot
    cells = sum(1 for c in nb.get("cells", []) if c.get("cell_type") == "code")
    deadline = time.monotonic() + timeout * (cells + 2) + 120
    scratch = None
    if sandboxed:
        bwrap = bwrap_path()
        if bwrap is None:
            raise MedialitError("bubblewrap (bwrap) is not installed")
        argv, env, workdir = _bwrap_argv(bwrap, limits, slot) + worker, _base_env(), RUN_DIR
    else:
        scratch = tempfile.TemporaryDirectory(prefix="medialit-run-")
        argv, env, workdir = worker, {**_base_env(), "HOME": os.environ.get("HOME", scratch.name)}, scratch.name
    job = {
        "notebook": nb,
        "files": {k: base64.b64encode(v).decode("ascii") for k, v in files.items()},
        "timeout": timeout,
        "limits": limits.rlimits(sandboxed),
        "workdir": workdir,
    }
    try:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        try:
            return _collect(proc, json.dumps(job).encode("utf-8"), deadline)
        finally:
            _kill(proc)
    finally:
        if scratch is not None:
            scratch.cleanup()


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the worker's whole session (the unsandboxed kernel too)
        except (OSError, AttributeError):
            proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass


def _collect(proc: subprocess.Popen, job: bytes, deadline: float) -> Outcome:
    def feed() -> None:
        try:
            proc.stdin.write(job)
            proc.stdin.close()
        except OSError:
            pass

    chunks: queue.Queue[bytes] = queue.Queue()

    def drain() -> None:  # a thread rather than select(): pipes cannot be polled on every system
        try:
            while chunk := proc.stdout.read1(65536):
                chunks.put(chunk)
        except (OSError, ValueError):  # closed under it once the grader gave up on this notebook
            pass
        chunks.put(b"")

    for target in (feed, drain):
        threading.Thread(target=target, daemon=True).start()
    runs: dict[int, CellRun] = {}
    buffer = b""
    received = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return Outcome(runs, "grading stopped: the notebook ran past its total time limit")
        try:
            chunk = chunks.get(timeout=min(left, 1.0))
        except queue.Empty:
            continue
        if not chunk:
            code = proc.wait()
            why = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
            return Outcome(runs, f"grading stopped: the notebook's process ended early ({why})")
        received += len(chunk)
        if received > MAX_OUTPUT:
            return Outcome(runs, "grading stopped: the notebook's process sent too much")
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            message = _parse(line)
            if message == "end":
                return Outcome(runs)
            if isinstance(message, CellRun) and message.index not in runs:
                runs[message.index] = message


def _parse(line: bytes) -> CellRun | str | None:
    """One worker line as a CellRun, "end", or None when malformed (ignored)."""
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if data == {"end": True}:
        return "end"
    if not isinstance(data, dict) or type(data.get("index")) is not int or data.get("status") not in STATUSES:
        return None
    answers = data.get("answers", [])
    if not isinstance(answers, list):
        return None
    answers = [a for a in answers if isinstance(a, dict) and isinstance(a.get("question"), str) and "answer" in a]
    return CellRun(
        data["index"],
        data["status"],
        str(data.get("ename", ""))[:500],
        str(data.get("evalue", ""))[:2000],
        tuple(answers[:20]),
    )

"""Hostile submissions, graded for real in the sandbox: each breach fails, each notebook gets what its answers earn.

One class is graded once (two jobs, short timeouts, small limits): two honest students and one
student per hostile behaviour. Every hostile notebook answers 99.1 and 99.3 right; its 99.2 answer
cell misbehaves and then sets ``answer_2 = 30`` (right) only if the breach *failed*, ``31`` if it
worked. So full marks mean "the breach failed and the notebook went on"; the host is checked too
(no file written, nothing received by the listener). The honest students' rows must equal those of
the same students graded without the hostile ones. docs/grading-safety.md names each test here.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import sys
import threading
from pathlib import Path

import pytest
from test_grade import filled

from medialit.teaching.grade import grade
from medialit.teaching.sandbox import Limits, bwrap_path

#: Skipped only where bubblewrap cannot exist; where it is installed but does not work, these fail (loudly).
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux") or bwrap_path() is None, reason="no bubblewrap here"),
]

SECRET_VAR, SECRET = "MEDIALIT_TEST_SECRET", "grader-secret-7f3a"
LIMITS = Limits(memory=3 * 2**30, processes=64, cpu=120, file_size=8 * 2**20, disk=24 * 2**20)
TIMEOUT = 4


def _breach(body: str) -> str:
    """An answer cell that runs `body` (which sets `breached`) and answers 30 only if nothing got through."""
    return f"breached = False\n{body}\nanswer_2 = 31 if breached else 30"


WRITE = _breach("""import os
for target in TARGETS:
    try:
        with open(target, "w") as handle:
            handle.write("pwned")
        breached = True
    except OSError:
        pass""")

READ = _breach("""for target in TARGETS:
    try:
        with open(target, encoding="utf-8") as handle:
            breached = breached or len(handle.read()) > 0
    except OSError:
        pass""")

ENV = _breach(f'''import os
breached = any("{SECRET}" in value for value in os.environ.values()) or "{SECRET_VAR}" in os.environ
for pid in ("1", "self", str(os.getppid())):
    try:
        breached = breached or "{SECRET}" in open(f"/proc/{{pid}}/environ", "rb").read().decode("latin-1", "replace")
    except OSError:
        pass''')

SOCKET = _breach("""import socket
try:
    with socket.create_connection(("127.0.0.1", PORT), timeout=2) as conn:
        conn.sendall(b"stolen")
    breached = True
except OSError:
    pass""")

#: Every copy forks again; the kernel stops at its first refused fork, the copies hold their slots.
FORK_BOMB = _breach("""import os, time
root = os.getpid()
copies = 0
while True:
    try:
        if os.fork() and os.getpid() == root:
            copies += 1
    except OSError:
        if os.getpid() == root:
            break
        time.sleep(600)
breached = copies >= 10_000""")

MEMORY = _breach("""try:
    hog = bytearray(20 * 2**30)
    breached = True
except MemoryError:
    pass""")

DISK = _breach(f"""written = 0
try:
    for n in range(1000):
        with open(f"fill-{{n}}.bin", "wb") as handle:
            for _ in range(8):
                handle.write(b"0" * 2**20)
                written += 2**20
except OSError:
    pass
breached = written > {LIMITS.disk}""")

SLEEP = "import time\ntime.sleep(1000)\nanswer_2 = 30"
SLEEP_DEAF = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\ntime.sleep(1000)\nanswer_2 = 30"
KILL_PARENT = "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nimport time\ntime.sleep(5)\nanswer_2 = 30"

PATCH_CHECK = """import medialit, medialit.teaching.check as _c, medialit.teaching.capture as _cap
def check(*args, **kwargs):
    return None
_c.check = medialit.check = check
_cap.record_check = lambda question, answer=None, **kw: _cap.Recorded(question)
answer_2 = 31"""
PATCH_HASH = """import hashlib, medialit.teaching.keys as _k
class _Same:
    def hexdigest(self):
        return "0" * 64
hashlib.sha256 = lambda *args, **kwargs: _Same()
_k.evaluate = lambda question, entry, answer: _k.Verdict(True, 1.0, 1.0, "", "")
answer_2 = 31"""
PATCH_SERIALIZER = """import medialit.teaching.capture as _cap
_cap.encode = lambda value: {"passed": True, "points": 1}
answer_2 = 31"""
FORGED_LINES = """import os, sys
from IPython.display import publish_display_data
from medialit.teaching.capture import MIME
line = '{"index": 6, "status": "ok", "ename": "", "evalue": "", "answers": [{"question": "99.2", "answer": 30}]}'
print("cheat,99_demo.ipynb,99.2,1,1,passed,")
print(line)
print('{"end": true}', file=sys.stderr)
for fd in (1, 2):
    try:
        os.write(fd, (line + "\\n").encode())
    except OSError:
        pass
try:
    with open(f"/proc/{os.getppid()}/fd/1", "w") as channel:
        channel.write(line + "\\n")
except OSError:
    pass
publish_display_data({MIME: {"question": "99.2", "answer": 30}})
answer_2 = 31"""

#: student -> (99.2 answer cell, expected (points, status, reason fragment) for 99.1, 99.2, 99.3)
FULL = [(2, "passed", ""), (1, "passed", ""), (1, "passed", "")]
HOSTILE = {
    "write-out": (WRITE, FULL),
    "read-abs": (READ, FULL),
    "env": (ENV, FULL),
    "socket": (SOCKET, FULL),
    "fork-bomb": (FORK_BOMB, FULL),
    "memory": (MEMORY, FULL),
    "disk": (DISK, FULL),
    "sleep": (
        SLEEP,
        [(2, "passed", ""), (0, "failed", f"answer cell: timed out after {TIMEOUT} s"), (1, "passed", "")],
    ),
    "sleep-deaf": (
        SLEEP_DEAF,
        [
            (2, "passed", ""),
            (0, "failed", f"answer cell: timed out after {TIMEOUT} s"),
            (0, "failed", "the kernel did not stop after a cell timed out"),
        ],
    ),
    "kill-parent": (
        KILL_PARENT,
        [
            (2, "passed", ""),
            (0, "failed", "grading stopped: the notebook's process ended early"),
            (0, "failed", "grading stopped"),
        ],
    ),
    # Its patch also silences its own 99.3: no answer reaches the grader, so no points there either.
    "patch-check": (
        PATCH_CHECK,
        [
            (2, "passed", ""),
            (0, "failed", "no answer reached the grader"),
            (0, "failed", "no answer reached the grader"),
        ],
    ),
    "patch-hash": (
        PATCH_HASH,
        [
            (2, "passed", ""),
            (0, "failed", "99.2: not yet (0/1 point). Not the number the text supports."),
            (1, "passed", ""),
        ],
    ),
    "patch-serializer": (
        PATCH_SERIALIZER,
        [(2, "passed", ""), (0, "failed", "could not be read"), (0, "failed", "could not be read")],
    ),
    "forged-lines": (
        FORGED_LINES,
        [
            (2, "passed", ""),
            (0, "failed", "99.2: not yet (0/1 point). Not the number the text supports."),
            (1, "passed", ""),
        ],
    ),
}
HONEST = {
    "honest": filled(),
    "partly": filled(**{"99.2-answer": "answer_2 = 31", "99.3-answer": 'answer_3 = "Bas News"'}),
}


def _rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def _write(path: Path, nb: dict) -> None:
    from teaching_factories import write_notebook

    path.parent.mkdir(parents=True, exist_ok=True)
    write_notebook(path, nb)


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.received: list[bytes] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.received.append(conn.recv(100) or b"<connected>")
                except OSError:
                    self.received.append(b"<connected>")

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.server.close()


@pytest.fixture(scope="module")
def hostile_class(tmp_path_factory):
    """The class graded twice: honest students alone, then with every hostile one (jobs 2)."""
    from teaching_factories import demo_solution

    root = tmp_path_factory.mktemp("hostile")
    home_target = Path.home() / f"medialit-hostile-{os.getpid()}.txt"
    solutions, subs, out = root / "solutions", root / "subs", root / "grades" / "grades.csv"
    _write(solutions / "99_demo.ipynb", demo_solution())
    for student, nb in HONEST.items():
        _write(subs / student / "99_demo.ipynb", nb)
    alone = root / "alone" / "grades.csv"
    listener = Listener()
    mp = pytest.MonkeyPatch()
    mp.setenv(SECRET_VAR, SECRET)
    try:
        assert grade(subs, solutions, alone, jobs=2, timeout=TIMEOUT, err=io.StringIO(), limits=LIMITS) == 0
        writes = [
            home_target,
            solutions / "pwned.txt",
            out.parent / "pwned.txt",
            subs / "pwned.txt",
            root / "pwned.txt",
        ]
        out.parent.mkdir(parents=True)
        sources = {
            "WRITE": WRITE.replace("TARGETS", repr([str(p) for p in writes] + ["../pwned.txt", "/tmp/../pwned.txt"])),
            "READ": READ.replace(
                "TARGETS",
                repr(
                    [
                        str(solutions / "99_demo.ipynb"),
                        str(subs / "honest" / "99_demo.ipynb"),
                        str(Path.home() / ".bashrc"),
                        "/etc/shadow",
                    ]
                ),
            ),
            "SOCKET": SOCKET.replace("PORT", str(listener.port)),
        }
        for student, (cell, _) in HOSTILE.items():
            for name, source in sources.items():
                if cell == globals()[name]:
                    cell = source
            _write(subs / student / "99_demo.ipynb", filled(**{"99.2-answer": cell}))
        assert grade(subs, solutions, out, jobs=2, timeout=TIMEOUT, err=io.StringIO(), limits=LIMITS) == 0
    finally:
        mp.undo()
        listener.close()
    yield {"out": out, "alone": alone, "writes": writes, "received": listener.received, "root": root}
    home_target.unlink(missing_ok=True)


@pytest.mark.parametrize("student", sorted(HOSTILE))
def test_hostile_submission_gets_what_its_answers_earn(hostile_class, student):
    """Does each hostile notebook get exactly the points its real answers earn, with a clear reason otherwise?"""
    rows = [r for r in _rows(hostile_class["out"]) if r["student"] == student and r["question"] != "TOTAL"]
    assert [r["question"] for r in rows] == ["99.1", "99.2", "99.3"]
    for row, (points, status, reason) in zip(rows, HOSTILE[student][1]):
        assert (float(row["points"]), row["status"]) == (points, status), row
        assert reason in row["reason"], row


def test_honest_students_are_graded_exactly_as_without_the_hostile_ones(hostile_class):
    """Are the honest students' rows identical, to the byte, whether or not hostile notebooks ran beside them?"""
    together = [r for r in _rows(hostile_class["out"]) if r["student"] in HONEST]
    alone = _rows(hostile_class["alone"])
    assert together == alone
    assert {r["points"] for r in alone if r["student"] == "honest" and r["question"] == "TOTAL"} == {"4"}


def test_nothing_was_written_outside_and_nothing_left_by_loopback(hostile_class):
    """Did no write land in home, solutions, submissions or the gradebook's folder, and did the listener get nothing?"""
    assert not [p for p in hostile_class["writes"] if p.exists()]
    assert not list(hostile_class["root"].rglob("pwned.txt"))
    assert not list(hostile_class["root"].rglob("fill-*.bin"))
    assert hostile_class["received"] == []

"""The sandbox's parts: answer encoding, scoring outside, the worker's stream, private keys, and machines without bwrap."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import stat
from pathlib import Path

import pandas as pd
import pytest
from test_grade import build_class, filled

from medialit.cli import main
from medialit.teaching import sandbox
from medialit.teaching.capture import decode, encode
from medialit.teaching.check import check
from medialit.teaching.grade import UNSAFE_ENV, GradingKeys, score_recorded
from medialit.teaching.keys import load_keys, make_key, render_key_file, score_answer

VALUES = [
    None,
    True,
    0,
    -3,
    2**70,
    1.5,
    float("nan"),
    float("inf"),
    "Bas News",
    b"\x00\xff",
    Ellipsis,
    [1, "a"],
    (1, (2, 3)),
    {"a", "b"},
    frozenset({1}),
    {0: "headline", "1": [1, 2]},
    {(4, 3): {5: None}},
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_answers_survive_encoding_with_their_types(value):
    """Does each kind of answer come back equal and of the same type (int keys stay ints, tuples stay tuples)?"""
    back = decode(json.loads(json.dumps(encode(value))))
    if isinstance(value, float) and math.isnan(value):
        assert math.isnan(back)
    else:
        assert back == value and type(back) is type(value)


def test_pandas_and_numpy_answers_keep_their_shape():
    """Do a Series, a DataFrame and a NumPy number come back as such (check() treats them differently)?"""
    import numpy as np

    series = decode(encode(pd.Series(["hearsay", "probability"], index=["reportedly", "likely"])))
    assert type(series).__name__ == "Series" and series.to_dict() == {"reportedly": "hearsay", "likely": "probability"}
    frame = decode(encode(pd.DataFrame({"text": ["a"], "n": [1]})))
    assert list(frame.columns) == ["text", "n"] and frame.values.tolist() == [["a", 1]]
    number = decode(encode(np.int64(30)))
    assert type(number) is np.int64 and number == 30


def test_what_cannot_be_encoded_keeps_only_its_type_name():
    """Is a function, a huge or a deeply nested answer recorded as its type's name, and nothing runnable?"""
    assert encode(lambda: 1) == {"$other": "function"}
    assert encode("x" * 2_000_000) == {"$other": "str"}
    deep: list = []
    for _ in range(50):
        deep = [deep]
    assert encode(deep) == {"$other": "list"}
    assert type(decode({"$other": "function"})).__name__ == "function"


@pytest.mark.parametrize(
    "data",
    [
        {"$dict": 3},
        {"passed": True},
        {"$other": "os.system('x')"},
        {"$np": "eval", "value": 1},
        {"$dict": [[[1], 2]]},
        {"$set": [[1]]},
        {"a": 1, "b": 2, "c": 3},
    ],
)
def test_malformed_recorded_answers_are_refused(data):
    """Is anything but the documented tags refused, rather than trusted or run?"""
    with pytest.raises(ValueError):
        decode(data)


ANSWERS = {
    "99.1": [
        ["Bas News", "Voice of America", "Reuters", "Washington Post"],
        ["Bas News"],
        "Bas News",
        pd.Series(["Reuters"]),
        pd.DataFrame({"a": [1]}),
        None,
        Ellipsis,
        ("Bas News", "Reuters"),
    ],
    "99.2": [30, 31, 29.5, "30", True, None],
    "99.3": ["the war media cell", "Bas News", 3, ["x"]],
    "99.4": [
        {"reportedly": "hearsay", "likely": "probability", "up to": "approximator"},
        {"likely": "hearsay"},
        [("up to", "x")],
    ],
}


@pytest.mark.parametrize("question", sorted(ANSWERS))
def test_grader_scores_recorded_answers_exactly_as_check_does(question, monkeypatch):
    """Does the grader, from the recorded answer, reach check()'s verdict, points and message for the same answer?"""
    monkeypatch.delenv("MEDIALIT_STRICT", raising=False)
    for answer in ANSWERS[question]:
        if answer is Ellipsis:
            continue  # check() reads the answers file then; covered below
        assert score_recorded(question, json.loads(json.dumps(encode(answer))), GradingKeys()) == check(
            question, answer
        ), answer


def test_a_stub_is_scored_as_check_scores_it_with_no_saved_answer(monkeypatch, tmp_path):
    """Does check("99.2") with nothing typed or saved get the same result from the grader?"""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MEDIALIT_STRICT", raising=False)
    assert score_recorded("99.2", encode(Ellipsis), GradingKeys()) == check("99.2")


def test_private_keys_beside_the_solutions_take_precedence(tmp_path):
    """With keys/99.json beside the solutions, is 99.2 scored against it, and other sets against the kit's keys?"""
    public = load_keys("99").questions
    private = {**public, "99.2": make_key("99.2", "number", 31, tolerance=0)}
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "99.json").write_text(render_key_file("99", private), encoding="utf-8")
    keys = GradingKeys(tmp_path / "keys")
    assert score_recorded("99.2", 31, keys).passed and not score_recorded("99.2", 30, keys).passed
    assert score_recorded("99.2", 30, GradingKeys(tmp_path / "nothing")).passed
    assert score_answer("99.2", 31, key_dir=keys.source("99")).passed


def test_worker_lines_are_checked_before_they_count():
    """Are malformed or foreign lines from the worker ignored, and well-formed ones read?"""
    assert sandbox._parse(b'{"end": true}') == "end"
    for line in (
        b"garbage",
        b'{"index": "1", "status": "ok"}',
        b'{"index": 1, "status": "passed"}',
        b'{"index": 1, "status": "ok", "answers": "x"}',
        b"[1, 2]",
    ):
        assert sandbox._parse(line) is None
    run = sandbox._parse(b'{"index": 4, "status": "ok", "answers": [{"question": "99.2", "answer": 30}, 7, {"q": 1}]}')
    assert run.index == 4 and run.answers == ({"question": "99.2", "answer": 30},)


def test_the_sandbox_binds_no_home_or_class_folder(tmp_path):
    """Is nothing bound into the sandbox that holds a home folder, the class's folders, or all of /?"""
    argv = sandbox._bwrap_argv("bwrap", sandbox.Limits(), slot=0)
    sources = [argv[i + 1] for i, a in enumerate(argv) if a in ("--ro-bind", "--bind", "--dev-bind")]
    assert "--bind" not in argv and "--dev-bind" not in argv  # read-only, all of it
    for source in sources:
        assert source != "/" and not str(tmp_path).startswith(source.rstrip("/") + "/")
        assert not str(Path.home()).startswith(source.rstrip("/") + "/") and source != str(Path.home())
    assert {"--unshare-net", "--unshare-pid", "--die-with-parent", "--clearenv", "--new-session"} <= set(argv)
    env = {argv[i + 1] for i, a in enumerate(argv) if a == "--setenv"}
    assert env <= {
        "PATH",
        "HOME",
        "LANG",
        "LC_ALL",
        "TZ",
        "TMPDIR",
        "PYTHONPATH",
        "PYTHONDONTWRITEBYTECODE",
        "OPENBLAS_NUM_THREADS",
        "OMP_NUM_THREADS",
    }


# --------------------------------------------------------------------------- machines without a sandbox


def _fake_bwrap(tmp_path: Path, message: str) -> Path:
    """A bwrap that fails the way it does where user namespaces are switched off."""
    path = tmp_path / "bwrap"
    path.write_text(f"#!/bin/sh\necho '{message}' >&2\nexit 1\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.mark.parametrize("bwrap", ["missing", "no-userns"])
def test_without_a_sandbox_grading_stops_with_one_line_unless_unsafe(tmp_path, monkeypatch, capsys, bwrap):
    """No bwrap, or one that cannot make namespaces: one line saying what unsandboxed means, exit 1, nothing written?"""
    message = "bwrap: No permissions to create a new namespace"
    monkeypatch.delenv(UNSAFE_ENV, raising=False)  # set by conftest on machines with no sandbox at all
    monkeypatch.setenv(
        sandbox.BWRAP_ENV, str(tmp_path / "nowhere") if bwrap == "missing" else str(_fake_bwrap(tmp_path, message))
    )
    subs, solutions = build_class(tmp_path, {"ana": (filled(), None)})
    out = tmp_path / "grades.csv"
    code = main(["grade", str(subs), "--solutions", str(solutions), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "unsandboxed" in err and "--unsafe" in err and "read and change your files" in err
    assert ("not installed" in err) if bwrap == "missing" else (message in err)


@pytest.mark.slow
def test_unsafe_grades_unsandboxed_and_says_so(tmp_path, monkeypatch, capsys):
    """With --unsafe and no bwrap, is the class graded (same scores) after one line saying it runs unsandboxed?"""
    monkeypatch.setenv(sandbox.BWRAP_ENV, str(tmp_path / "nowhere"))
    subs, solutions = build_class(
        tmp_path, {"ana": (filled(), None), "ben": (filled(**{"99.2-answer": "answer_2 = 31"}), None)}
    )
    out = tmp_path / "grades.csv"
    assert main(["grade", str(subs), "--solutions", str(solutions), "-o", str(out), "--unsafe", "--timeout", "20"]) == 0
    err = capsys.readouterr().err
    assert "grade: no sandbox (bubblewrap (bwrap) is not installed): submissions will run unsandboxed" in err
    totals = {
        r["student"]: r["points"]
        for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
        if r["question"] == "TOTAL"
    }
    assert totals == {"ana": "4", "ben": "3"}


def test_sandbox_off_needs_unsafe(tmp_path, monkeypatch):
    """Is switching the sandbox off refused without unsafe (the library call, as the benchmark uses it)?"""
    from medialit.errors import MedialitError
    from medialit.teaching.grade import grade

    monkeypatch.delenv(UNSAFE_ENV, raising=False)

    subs, solutions = build_class(tmp_path, {"ana": (filled(), None)})
    with pytest.raises(MedialitError, match="--unsafe"):
        grade(subs, solutions, tmp_path / "g.csv", sandbox="off", err=io.StringIO())
    assert not os.path.exists(tmp_path / "g.csv")


def test_a_keys_folder_that_is_not_there_is_one_clear_error(tmp_path, capsys):
    """Does --keys naming no folder stop before grading, in one line?"""
    subs, solutions = build_class(tmp_path, {"ana": (filled(), None)})
    code = main(
        [
            "grade",
            str(subs),
            "--solutions",
            str(solutions),
            "-o",
            str(tmp_path / "g.csv"),
            "--keys",
            str(tmp_path / "nope"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "not a folder of grading keys" in err and len(err.strip().splitlines()) == 1


#: A student who tries to read the private key (by its absolute path) and answers 31 only if that failed.
READ_PRIVATE_KEY = """try:
    open(KEY).read()
    answer_2 = 32
except OSError:
    answer_2 = 31"""


@pytest.mark.slow
def test_private_grading_keys_decide_and_stay_out_of_the_sandbox(tmp_path, capsys):
    """With solutions/keys/99.json saying 31, does 31 earn the point, 30 (the public key's answer) not, and the key file stay unreadable?"""
    subs, solutions = build_class(
        tmp_path,
        {
            "public": (filled(), None),
            "private": (
                filled(**{"99.2-answer": READ_PRIVATE_KEY.replace("KEY", repr(str(solutions_key(tmp_path))))}),
                None,
            ),
        },
    )
    private = {**load_keys("99").questions, "99.2": make_key("99.2", "number", 31, tolerance=0)}
    solutions_key(tmp_path).parent.mkdir()
    solutions_key(tmp_path).write_text(render_key_file("99", private), encoding="utf-8")
    out = tmp_path / "grades.csv"
    assert main(["grade", str(subs), "--solutions", str(solutions), "-o", str(out), "--timeout", "20"]) == 0
    assert f"with the private keys in {solutions / 'keys'}" in capsys.readouterr().err
    rows = {(r["student"], r["question"]): r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    assert rows[("private", "99.2")]["status"] == "passed"
    public = rows[("public", "99.2")]
    assert (public["status"], public["reason"]) == (
        "failed",
        "99.2: not yet (0/1 point). Not the number the text supports.",
    )


def solutions_key(root: Path) -> Path:
    return root / "solutions" / "keys" / "99.json"

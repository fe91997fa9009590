"""`medialit keys build`: the key files come from the answers files, deterministically, and drift is caught."""

from __future__ import annotations

import io
import json
import shutil
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from medialit.cli import main
from medialit.teaching.keys import evaluate, load_keys
from medialit.teaching.keysource import read_source

ROOT = Path(__file__).resolve().parents[1]
KEYS = ROOT / "medialit" / "data" / "keys"


def _keys(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(["keys", "build", *argv])
    return code, err.getvalue()


@pytest.mark.parametrize("folder", ["solutions", "tests/fixtures/teaching/solutions"])
def test_shipped_key_files_are_up_to_date(folder):
    """The drift check CI relies on: every key file is what its answers file builds today."""
    code, err = _keys(str(ROOT / folder), "--check")
    assert code == 0, err


def _scratch(tmp_path: Path, *sets: str) -> tuple[Path, Path]:
    """A solutions folder holding copies of the answers files of `sets`, and an output folder with today's key files."""
    src, out = tmp_path / "solutions", tmp_path / "out"
    (src / "keys").mkdir(parents=True)
    out.mkdir()
    for s in sets:
        shutil.copy(ROOT / "solutions" / "keys" / f"{s}.answers.json", src / "keys")
        shutil.copy(KEYS / f"{s}.json", out)
    return src, out


def test_check_names_each_stale_key_file_and_build_fixes_it(tmp_path):
    src, out = _scratch(tmp_path, "02", "03")
    path = src / "keys" / "03.answers.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["questions"]["03.3"]["hint"] = "A new hint."
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    (out / "02.json").unlink()
    code, err = _keys(str(src), "--out", str(out), "--check")
    assert code == 1
    assert "03.json is out of date" in err and "02.json is out of date" in err
    assert not (out / "02.json").exists(), "--check writes nothing"
    assert _keys(str(src), "--out", str(out))[0] == 0
    assert load_keys("03", out).entry("03.3")["hint"] == "A new hint."
    assert (out / "02.json").read_bytes() == (KEYS / "02.json").read_bytes()
    assert _keys(str(src), "--out", str(out), "--check")[0] == 0


def test_build_is_deterministic(tmp_path):
    src, out = _scratch(tmp_path, "01")
    (out / "01.json").unlink()
    _keys(str(src), "--out", str(out))
    first = (out / "01.json").read_bytes()
    (out / "01.json").unlink()
    _keys(str(src), "--out", str(out))
    assert (out / "01.json").read_bytes() == first == (KEYS / "01.json").read_bytes()


def _bad(tmp_path: Path, text: str) -> tuple[int, str, Path]:
    src, out = _scratch(tmp_path, "02")
    (out / "02.json").unlink()
    (src / "keys" / "05.answers.json").write_text(text, encoding="utf-8")
    code, err = _keys(str(src), "--out", str(out))
    return code, err, out


GOOD_Q = '"05.1": {"kind": "number", "answer": 3, "points": 1}'
BAD = {
    "not JSON": (
        '{"set": "05",\n "questions": {\n' + GOOD_Q + ",\n}}\n",
        ["05.answers.json, line 4", "not valid JSON"],
    ),
    "unknown kind": (
        '{"set": "05",\n "questions": {\n "05.1": {"kind": "essay", "answer": "x"}\n}}\n',
        ["line 3", "question '05.1'", "kind must be one of", "'essay'"],
    ),
    "duplicate question": (
        '{"set": "05", "questions": {\n' + GOOD_Q + ",\n" + GOOD_Q + "\n}}\n",
        ["line 3", "'05.1' appears twice"],
    ),
    "unknown field": (
        '{"set": "05", "questions": {\n "05.1": {"kind": "number", "answer": 3, "hnit": "x"}}}\n',
        ["line 2", "question '05.1'", "unknown field(s) ['hnit']"],
    ),
    "answer of the wrong shape": (
        '{"set": "05", "questions": {\n "05.1": {"kind": "mapping", "answer": ["a"]}}}\n',
        ["question '05.1'", "a mapping answer is an object"],
    ),
    "rubric keywords not a list": (
        '{"set": "05", "questions": {\n "05.1": {"kind": "rubric", "answer": {"a": "word"}}}}\n',
        ["question '05.1'", "a rubric answer is an object {criterion: [keywords]}"],
    ),
    "question of another set": (
        '{"set": "05", "questions": {\n "06.1": {"kind": "number", "answer": 3}}}\n',
        ["question '06.1'", "looks like '05.1'"],
    ),
    "set that is not the file's": ('{"set": "06", "questions": {' + GOOD_Q + "}}", ["'set' must be '05'"]),
}


@pytest.mark.parametrize("name", BAD)
def test_bad_answers_file_is_one_line_and_nothing_is_written(tmp_path, name):
    text, phrases = BAD[name]
    code, err, out = _bad(tmp_path, text)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    for phrase in phrases:
        assert phrase in err, (phrase, err)
    assert list(out.iterdir()) == [], "a bad answers file must stop every key file from being written"


def test_case_key_defaults_to_the_answer_and_the_article_marker_is_resolved():
    from medialit import load_article

    cases = read_source(ROOT / "solutions" / "keys" / "03.answers.json").cases()
    source = read_source(ROOT / "solutions" / "keys" / "03.answers.json").questions
    assert "key" not in source["03.3"]["cases"] and cases["03.3"]["key"] == source["03.3"]["answer"]
    essay = read_source(ROOT / "solutions" / "keys" / "08.answers.json").cases()["08.1"]["key"]
    assert essay["article"] == load_article().text


def test_entries_built_from_the_answers_file_accept_their_cases():
    """A round trip through the hashed entries: each case key passes, each wrong answer does not."""
    source = read_source(ROOT / "solutions" / "keys" / "04.answers.json")
    entries = source.entries()
    for q, case in source.cases().items():
        assert evaluate(q, entries[q], case["key"]).passed
        assert not any(evaluate(q, entries[q], w).passed for w in case["wrong"])

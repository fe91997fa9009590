"""The `medialit` command: dispatch, output formats, and one clear line for every bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.cli import main

GOOD_TEXT = (
    "Minister Denies Secret Deal\n\n"
    "The minister denied on Tuesday that a deal had been signed, Reuters reported.\n\n"
    "“There is no deal,” she told reporters. Up to 300 workers could lose their jobs, officials said.\n"
)


def _run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_shows_every_subcommand(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for name in ("analyze", "assign", "grade", "link"):
        assert name in out


def test_analyze_help_shows_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    out = capsys.readouterr().out
    assert "example" in out and "medialit analyze" in out


def test_analyze_bundled_article_json(capsys):
    code, out, err = _run(["analyze"], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) >= {"article", "hedges", "attributions", "claims", "figures", "dates"}
    assert data["article"]["title"].startswith("Iraq Denies")


@pytest.mark.parametrize("what", ["hedges", "attributions", "claims", "figures", "dates"])
def test_analyze_one_part_as_json_is_a_list(what, capsys, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    code, out, err = _run(["analyze", str(path), "--what", what], capsys)
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert isinstance(rows, list)
    for row in rows:
        assert GOOD_TEXT[row["start"] : row["end"]] == row["text"]


def test_analyze_csv_round_trips(capsys, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    code, out, _ = _run(["analyze", str(path), "--what", "hedges", "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows == [] or "category" in rows[0]


def test_analyze_table_names_each_part(capsys):
    code, out, _ = _run(["analyze", "--format", "table"], capsys)
    assert code == 0
    for name in ("hedges", "attributions", "claims", "figures", "dates"):
        assert f"== {name} (" in out


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    cases = {}

    def put(name: str, data: bytes) -> None:
        p = tmp / name
        p.write_bytes(data)
        cases[name] = p

    put("empty.txt", b"")
    put("blank.txt", b"  \n\t\n  ")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    put("utf16.txt", "Minister denies deal".encode("utf-16"))
    put("cp1252.txt", "Caf\u00e9 owner says \u201cno\u201d".encode("cp1252"))
    put("nul.txt", b"Some text\x00with a NUL byte inside.")
    put("story.docx", b"PK\x03\x04 not a text file")
    d = tmp / "folder.txt"
    d.mkdir()
    cases["directory"] = d
    cases["missing"] = tmp / "does-not-exist.txt"
    return cases


# UTF-16, cp1252 and stray NUL bytes are text now (decoded, the encoding stated): see tests/test_loaders.py.
BAD = ["empty.txt", "blank.txt", "image.txt", "story.docx", "directory", "missing"]


@pytest.mark.parametrize("name", BAD)
def test_bad_input_is_one_line_exit_1_and_no_stdout(name, tmp_path, capsys):
    path = _bad_inputs(tmp_path)[name]
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = _run(["analyze", str(path)], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("medialit analyze: ")
    assert "Traceback" not in err
    assert str(path.name) in err or "does-not-exist" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


def test_oversized_file_is_refused(tmp_path, capsys, monkeypatch):
    import medialit.loaders as loaders

    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 2000)
    monkeypatch.setattr(loaders, "MAX_BYTES", 1000, raising=False)
    import medialit.article as article

    monkeypatch.setattr(article, "MAX_BYTES", 1000, raising=False)
    code, out, err = _run(["analyze", str(path)], capsys)
    assert code == 1 and out == "" and "big.txt" in err


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "--format", "xml"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.slow
def test_python_dash_m_runs_the_command_without_traceback(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    ok = subprocess.run(
        [sys.executable, "-m", "medialit", "analyze", "--what", "hedges"], capture_output=True, text=True, env=env
    )
    assert ok.returncode == 0 and json.loads(ok.stdout) is not None
    bad = subprocess.run(
        [sys.executable, "-m", "medialit", "analyze", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 1 and bad.stdout == "" and "Traceback" not in bad.stderr
    assert bad.stderr.strip().count("\n") == 0


DATED_TEXT = (
    "Council Delays Vote\n\n"
    "The council said last month that the vote would wait. On Monday the mayor agreed, a spokesman said.\n"
)


def test_analyze_published_anchors_relative_dates(capsys, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(DATED_TEXT, encoding="utf-8")
    code, out, err = _run(["analyze", str(story), "--what", "dates", "--published", "2024-03-08"], capsys)
    assert code == 0 and err == ""
    rows = {row["text"]: row for row in json.loads(out)}
    assert rows["last month"]["date_low"].startswith("2024-02-01")
    assert rows["last month"]["date_high"].startswith("2024-02-29")  # a leap year
    code, out, _ = _run(["analyze", str(story), "--what", "dates"], capsys)
    assert json.loads(out)[0]["date_low"] is None  # without the date, relative dates stay open


@pytest.mark.parametrize("value", ["2024-02-30", "08/03/2024", "yesterday", "2024-3-8", ""])
def test_analyze_bad_published_is_one_line_exit_1(value, capsys, tmp_path):
    code, out, err = _run(["analyze", "--published", value], capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "YYYY-MM-DD" in err and "Traceback" not in err


def test_analyze_table_shows_reader_columns_and_fits_the_terminal(capsys, monkeypatch, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(GOOD_TEXT, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "72")
    code, out, _ = _run(["analyze", str(story), "--format", "table"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert max(map(len, lines)) <= 72
    assert any("…" in line for line in lines)  # long text is cut in the display, and says so
    assert not any(word in out for word in ("NaN", "<NA>", "NaT", "e+0", "_start", "rule"))
    header = lines[lines.index("== figures (1) ==") + 1].split()
    assert header == ["sentence", "text", "qualifier", "what", "source", "status"]
    assert "open" not in out or "up to" in out  # an infinite bound reads "open", never "inf"
    code, every, _ = _run(["analyze", str(story), "--format", "table", "--all-columns"], capsys)
    assert "content_start" in every and "rule" in every

"""`medialit report GRADES.csv`: bad input is one line and exit 1 with nothing written; a gradebook alone still gives a report."""

from __future__ import annotations

import io
import json

import pytest
from test_grade import CLASS, build_class, fake_grade_one

from medialit.cli import main
from medialit.teaching.grade import grade

HEADER = "student,notebook,question,points,max_points,status,reason\n"


@pytest.mark.parametrize(
    "content, words",
    [
        (None, "no such gradebook"),
        ("", "not a medialit gradebook"),
        ("name,score\nana,3\n", "not a medialit gradebook"),
        (HEADER, "has no grades in it"),
        (HEADER + "ana,99_demo.ipynb,99.1,lots,2,passed,\n", "cannot read the gradebook"),
        (HEADER + 'ana,99_demo.ipynb,99.1,1,2,passed,"unclosed\n', "cannot read the gradebook"),
        (b"\xff\xfe\x00bad", "cannot read the gradebook"),
    ],
)
def test_bad_gradebook_is_one_line_and_writes_nothing(tmp_path, capsys, content, words):
    path = tmp_path / "grades.csv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["report", str(path), "--feedback", str(tmp_path / "fb")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("medialit report: ") and words in err, err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no report folder, no feedback folder


@pytest.fixture
def fake_graded(tmp_path):
    """A class graded without kernels (every handed-in question passes), with its answers file and report."""
    subs, solutions = build_class(tmp_path, {k: CLASS[k] for k in ("perfect", "partly", "empty", "missing")})
    out = tmp_path / "grades.csv"
    assert grade(subs, solutions, out, jobs=1, err=io.StringIO(), grade_one=fake_grade_one) == 0
    return out


def test_grade_writes_answers_file_and_report_beside_the_gradebook(fake_graded):
    data = json.loads((fake_graded.parent / "grades.answers.json").read_text(encoding="utf-8"))
    assert data["format"] == 1 and sorted(data["answers"]) == ["empty", "partly", "perfect"]  # nothing for "missing"
    assert data["answers"]["partly"]["99_demo.ipynb"]["99.2"] == "answer_2 = 31"
    assert data["prompts"]["99_demo.ipynb"]["99.2"].startswith("**99.2** At least how many")
    assert sorted(p.name for p in (fake_graded.parent / "grades-report").iterdir()) == ["99_demo.html", "index.html"]


@pytest.mark.parametrize("answers", [None, "{not json", '{"format": 9}'])
def test_report_from_the_csv_alone_says_what_is_missing(fake_graded, capsys, answers):
    sidecar = fake_graded.parent / "grades.answers.json"
    if answers is None:
        sidecar.unlink()
    else:
        sidecar.write_text(answers, encoding="utf-8")
    target = fake_graded.parent / "elsewhere"
    assert main(["report", str(fake_graded), "-o", str(target)]) == 0
    page = (target / "99_demo.html").read_text(encoding="utf-8")
    assert ("No answers file (grades.answers.json)" if answers is None else "could not be read") in page
    assert "Class report: 99_demo.ipynb" in page and "4 students" in page
    assert "report: 4 students" in capsys.readouterr().err


def test_report_is_listed_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert "medialit report grades.csv" in out and "answers" in out

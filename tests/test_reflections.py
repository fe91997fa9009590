"""`medialit reflections`: the teacher collects what each student wrote under the lessons' "Reflect" headings."""

from __future__ import annotations

import csv
import io
import json
import shutil
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from medialit.cli import main
from medialit.teaching.reflections import reflection_cells

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ROOT / "notebooks"
ADA = (
    "The 32 is the ministry's count; I'd ask who counted.\n\nThe chart <script>alert(1)</script> & its axis misled me."
)


def _write_in(nb: dict, text: str, nth: int = -1) -> dict:
    """`nb` with its `nth` reflection write-in cell replaced by `text`, as a student double-clicks and writes."""
    cells = [c for c in nb["cells"] if "".join(c["source"]).strip() in {t for _, t in reflection_cells(nb)}]
    cells[nth]["source"] = text
    return nb


def _lesson(name: str) -> dict:
    return json.loads((LESSONS / name).read_text(encoding="utf-8"))


@pytest.fixture
def submissions(tmp_path):
    subs = tmp_path / "subs"
    (subs / "ada" / "notebooks").mkdir(parents=True)
    (subs / "ada" / "notebooks" / "05_figures.ipynb").write_text(
        json.dumps(_write_in(_lesson("05_figures.ipynb"), ADA))
    )
    (subs / "ada" / "notebooks" / "01_anatomy.ipynb").write_text(
        json.dumps(_write_in(_lesson("01_anatomy.ipynb"), "- address: the wire's page\n- publisher: Rudaw?", nth=0))
    )
    shutil.copy(LESSONS / "05_figures.ipynb", subs / "ben_05_figures.ipynb")  # flat layout, nothing written
    (subs / "cy").mkdir()
    (subs / "cy" / "05_figures.ipynb").write_text("{ not json", encoding="utf-8")  # unreadable: nothing, no crash
    return subs


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(["reflections", *argv])
    return code, err.getvalue()


def test_every_lesson_with_a_reflect_heading_has_a_cell_to_write_in():
    for path in sorted(LESSONS.glob("0[0-8]_*.ipynb")):
        cells = reflection_cells(json.loads(path.read_text(encoding="utf-8")))
        assert any(q.startswith("## Reflect") for q, _ in cells), path.name


def test_csv_has_one_row_per_student_notebook_and_cell(submissions, tmp_path):
    out = tmp_path / "r.csv"
    code, err = _run(str(submissions), "-o", str(out), "--released", str(LESSONS))
    assert code == 0, err
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    ada = [r for r in rows if r["student"] == "ada"]
    assert {(r["notebook"], r["written"]) for r in ada} == {
        ("01_anatomy.ipynb", "yes"),
        ("01_anatomy.ipynb", "no"),
        ("05_figures.ipynb", "yes"),
    }
    assert next(r for r in ada if r["notebook"] == "05_figures.ipynb")["reflection"] == ADA
    assert next(r for r in ada if r["written"] == "yes" and r["notebook"] == "01_anatomy.ipynb")[
        "questions"
    ].startswith("## Step 0")
    ben = [r for r in rows if r["student"] == "ben"]
    assert [(r["notebook"], r["written"]) for r in ben] == [("05_figures.ipynb", "no")]
    assert ben[0]["questions"].startswith("## Reflect")
    assert not [r for r in rows if r["student"] == "cy"]


def test_html_page_escapes_what_students_wrote_and_groups_by_notebook(submissions, tmp_path):
    out = tmp_path / "r.html"
    assert _run(str(submissions), "-o", str(out), "--released", str(LESSONS))[0] == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; its axis" in page
    assert (
        page.count("<h2>05_figures.ipynb</h2>") == 1 and page.count("<h3>ada</h3>") == 3
    )  # two cells in 01, one in 05
    assert "not written" in page.split("<h3>ben</h3>", 1)[1].split("</section>", 1)[0]
    # without the released notebooks, nothing is judged blank: every cell is shown as written
    assert _run(str(submissions), "-o", str(out))[0] == 0
    assert "not written" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{subs}", "-o", "{tmp}/r.txt"], "must end in .csv or .html"),
        (["{tmp}/nowhere", "-o", "{tmp}/r.html"], "not a folder of submissions"),
        (["{subs}", "-o", "{tmp}/r.html", "--released", "{tmp}/nowhere"], "not a folder of the notebooks"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(submissions, tmp_path, argv, message):
    code, err = _run(*(a.format(subs=submissions, tmp=tmp_path) for a in argv))
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("r.*")) and not list(tmp_path.glob(".r.*"))

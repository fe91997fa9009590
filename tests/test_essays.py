"""The capstone rubric and the essays route: keyword stuffing earns nothing, a strong plain essay is not zero,
export reads essays without running them, merge writes the gradebook atomically or not at all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from teaching_factories import answer_cell, grade_cell, locked_cell, notebook

from medialit.cli import main
from medialit.teaching.essays import collect_essays, essays_csv, merge_marks
from medialit.teaching.keys import evaluate, load_keys
from medialit.teaching.rubric import SUGGEST_CAP, exact_quotes, load_rubric, suggest_levels

# A short invented news story (not the bundled article), and two essays about it.
STORY = """Harbour Council Says Ferry Fares Will Not Rise

Ferry fares on the Kell crossing will stay at £4 until at least next spring, the Harbour Council said on Friday, according to the Kell Courier.

The council's transport office told the Courier that the operator, Bluewater Lines, had "agreed in principle" to hold prices. Bluewater Lines did not reply to questions.

Up to 900 commuters use the crossing each weekday, the office estimated. A residents' group, Kell Ferry Users, said fares had risen twice last year and called the promise "a pre-election gift".
"""

STUFFED = (
    "The evidence is overwhelming. Headline hedge loaded word source evidence unverified proof verify. "
    "Reportedly likely nearly estimated claims noted revealed. The headline and the title are loaded with hedges. "
    "Sources sources sources, evidence evidence evidence, coalition Pentagon Reuters VOA. "
    * 3
    + "Great article, the evidence is overwhelming, great article."
)

PLAIN = (
    "Nobody in this story speaks for Bluewater Lines, the company that would actually set the price. The promise "
    "travels from the Harbour Council's transport office to the Kell Courier and only then to us, and the "
    'company "did not reply to questions". So the words "agreed in principle" are the council\'s account of '
    "someone else's agreement. The count of riders, \"Up to 900 commuters\", is the office's own estimate, a "
    'ceiling rather than a tally. Kell Ferry Users offers the other side and calls it "a pre-election gift", '
    "which tells us how they see the council, not whether the fare will hold. The piece is fair in giving both "
    "sides room. Before believing it I would ask Bluewater Lines directly and look for the council's minutes."
)


def test_rubric_has_four_criteria_with_a_descriptor_and_exemplar_per_level():
    rubric = load_rubric()
    assert len(rubric.criteria) == 4 and len(rubric.levels) == 4
    for c in rubric.criteria:
        assert len(c["descriptors"]) == len(c["exemplars"]) == 4
    assert rubric.max_points == 12


def test_keyword_stuffed_text_scores_the_lowest_level_everywhere():
    assert set(suggest_levels(STUFFED, STORY).values()) == {0}


def test_strong_plain_essay_without_the_keywords_is_not_zero():
    assert len(exact_quotes(PLAIN, STORY)) >= 3
    levels = suggest_levels(PLAIN, STORY)
    assert sum(levels.values()) > 0
    assert max(levels.values()) <= SUGGEST_CAP, "only the teacher gives the upper levels"


def test_quotes_count_only_against_the_essays_own_article():
    other = "An unrelated story about a school fete in another town, with no ferries in it at all."
    assert set(suggest_levels(PLAIN, other).values()) == {0}


def test_capstone_check_is_a_checklist_that_scores_only_completeness():
    entry = load_keys("08").entry("08.1")
    stuffed = evaluate("08.1", entry, {"essay": STUFFED, "article": STORY})
    plain = evaluate("08.1", entry, {"essay": PLAIN, "article": STORY})
    assert not stuffed.passed, "no exact quotation of the article: not complete"
    assert plain.passed and plain.score == plain.max_score, plain.message
    assert "checklist" in plain.message.lower()


# --------------------------------------------------------------------------- export and merge


def _capstone(essay: str | None, pasted: str = "") -> dict:
    answer = f'answer_1 = """{essay}"""' if essay is not None else "answer_1 = ..."
    return notebook(
        locked_cell(f'PASTED = """{pasted}"""', "setup"),
        answer_cell(answer, "08.1-answer"),
        grade_cell('check("08.1", answer_1)', "08.1", points=2),
    )


@pytest.fixture
def submissions(tmp_path: Path) -> Path:
    subs = tmp_path / "subs"
    (subs / "ana").mkdir(parents=True)
    (subs / "ana" / "08_capstone.ipynb").write_text(json.dumps(_capstone(PLAIN, STORY)), encoding="utf-8")
    (subs / "ben").mkdir()
    (subs / "ben" / "08_capstone.ipynb").write_text(json.dumps(_capstone(None)), encoding="utf-8")
    (subs / "ben" / "medialit-answers.json").write_text(
        json.dumps({"format": 1, "answers": {"08.1": STUFFED, "08.article": STORY}}), encoding="utf-8"
    )
    return subs


def test_export_reads_typed_and_widget_essays_without_running_them(submissions):
    essays = {e.student: e for e in collect_essays(submissions, err=io.StringIO())}
    assert essays["ana"].origin == "typed" and essays["ana"].text == PLAIN and essays["ana"].article == STORY
    assert essays["ben"].origin == "widget" and essays["ben"].article == STORY
    rows = list(csv.DictReader(io.StringIO(essays_csv(list(essays.values()), load_rubric()))))
    assert [r["student"] for r in rows] == ["ana", "ben"]
    assert rows[1]["suggested_sources"] == "0" and rows[0]["sources"] == ""


def test_export_html_escapes_the_essay(submissions, tmp_path):
    (submissions / "ana" / "08_capstone.ipynb").write_text(json.dumps(_capstone("<script>x</script> " + PLAIN, STORY)))
    out = tmp_path / "essays.html"
    assert main(["essays", "export", str(submissions), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>x" not in page and "&lt;script&gt;" in page and page.count("<h1>") == 1


GRADEBOOK = (
    "student,notebook,question,points,max_points,status,reason\n"
    "ana,08_capstone.ipynb,08.1,2,2,passed,\nana,,TOTAL,2,2,,\n"
    "ben,08_capstone.ipynb,08.1,0,2,failed,no quote\nben,,TOTAL,0,2,,\n"
)


def _marks(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "marks.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_merge_adds_one_row_per_marked_student_and_recomputes_totals(tmp_path):
    book = tmp_path / "grades.csv"
    book.write_text(GRADEBOOK, encoding="utf-8")
    marks = _marks(tmp_path, "student,sources,evidence,language,judgement,comment\nana,3,2,2,1,good\nben,,,,,\n")
    assert merge_marks(book, marks, err=io.StringIO()) == 0
    rows = list(csv.DictReader(book.open(encoding="utf-8")))
    ana = [r for r in rows if r["student"] == "ana"]
    assert [r["question"] for r in ana] == ["08.1", "08.1-rubric", "TOTAL"]
    assert ana[1]["points"] == "8" and ana[1]["max_points"] == "12" and ana[1]["status"] == "teacher-marked"
    assert ana[1]["reason"].startswith("rubric: ") and ana[1]["reason"].endswith("\ngood"), "levels, then the comment"
    assert ana[2]["points"] == "10" and ana[2]["max_points"] == "14"
    assert [r["question"] for r in rows if r["student"] == "ben"] == ["08.1", "TOTAL"], "a blank row is not a mark"
    # merging again replaces the row instead of adding a second one
    assert merge_marks(book, marks, err=io.StringIO()) == 0
    assert sum(r["question"] == "08.1-rubric" for r in csv.DictReader(book.open(encoding="utf-8"))) == 1


@pytest.mark.parametrize(
    "marks, message",
    [
        ("student,sources,evidence\nana,1,1\n", "missing: language, judgement"),
        ("student,sources,evidence,language,judgement\nana,1,1,9,1\n", "level 9"),
        ("student,sources,evidence,language,judgement\nana,1,x,1,1\n", "line 2 (ana)"),
        ("student,sources,evidence,language,judgement\nzoe,1,1,1,1\n", "not in the gradebook: zoe"),
        ("student,sources,evidence,language,judgement\nana,1,1,1,1\nana,2,2,2,2\n", "marked twice"),
    ],
)
def test_bad_marks_are_one_line_and_leave_the_gradebook_untouched(tmp_path, capsys, marks, message):
    book = tmp_path / "grades.csv"
    book.write_text(GRADEBOOK, encoding="utf-8")
    assert main(["essays", "merge", str(book), str(_marks(tmp_path, marks))]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert book.read_text(encoding="utf-8") == GRADEBOOK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grades.csv", "marks.csv"], "no temporary files left"


def test_export_refuses_an_unknown_format_and_a_missing_folder(tmp_path, capsys):
    assert main(["essays", "export", str(tmp_path / "nope"), "-o", str(tmp_path / "e.csv")]) == 1
    assert main(["essays", "export", str(tmp_path), "-o", str(tmp_path / "e.txt")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "not a folder" in err[0] and ".csv" in err[1]
    assert not (tmp_path / "e.csv").exists()


@pytest.mark.slow
def test_grading_a_capstone_whose_article_came_through_the_paste_box(tmp_path):
    """The article pasted into the box (sidecar) is the one `medialit grade` checks the essay's quotation against."""
    from medialit.teaching.grade import grade

    root = Path(__file__).resolve().parents[1]
    nb = json.loads((root / "exercises" / "08_capstone.ipynb").read_text(encoding="utf-8"))
    typed = {
        "answer_1 = ...": f'answer_1 = """{PLAIN}"""',
        "answer_2 = ...": 'answer_2 = ["B", "D"]',
        "answer_3 = ...": "answer_3 = HEADLINES[1]",
    }
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        for stub, answer in typed.items():
            source = source.replace(stub, answer)
        cell["source"] = source
    subs = tmp_path / "subs" / "ana"
    subs.mkdir(parents=True)
    (subs / "08_capstone.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    (subs / "medialit-answers.json").write_text(
        json.dumps({"format": 1, "answers": {"08.article": STORY}}), encoding="utf-8"
    )
    out = tmp_path / "grades.csv"
    grade(tmp_path / "subs", root / "solutions" / "08_capstone.ipynb", out, jobs=1, timeout=60, err=io.StringIO())
    rows = {r["question"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert [rows[q]["status"] for q in ("08.1", "08.2", "08.3")] == ["passed"] * 3, rows
    assert rows["TOTAL"]["points"] == "7"
    # The same essay about the bundled article (no box): its quotations are not in it, so it is not complete.
    (subs / "medialit-answers.json").unlink()
    grade(tmp_path / "subs", root / "solutions" / "08_capstone.ipynb", out, jobs=1, timeout=60, err=io.StringIO())
    rows = {r["question"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["08.1"]["status"] == "failed"

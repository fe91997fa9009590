"""A made-up class of ten graded for real: feedback pages a student can learn from, a report that matches the gradebook.

One module fixture grades the class once (nine notebooks run, 3 s cell timeout); the
browser test at the end opens the pages in Debian's chromium at phone width.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from teaching_factories import demo_solution
from test_feedback_pages import leaked
from test_grade import exercise, filled, grade_class, tampered, with_sidecar_answer

from medialit.cli import main
from medialit.teaching.feedback import prompts_of

LONG = "x" * 3000
HOSTILE = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=2</script>"]

#: student -> what they handed in (None: nothing)
STUDENTS = {
    "perfect": filled(),
    "partly": filled(**{"99.2-answer": "answer_2 = 31", "99.3-answer": 'answer_3 = "Bas News"'}),
    "typical": filled(
        **{
            "99.1-answer": 'answer_1 = ["Bas News", "Voice of America", "Reuters", "Breitbart News"]',
            "99.2-answer": "answer_2=31",
            "99.3-answer": 'answer_3 = "the U.S.-led coalition"',
        }
    ),
    "as_text": filled(**{"99.2-answer": 'answer_2 = "30"'}),
    "empty": exercise(),
    "loop": filled(**{"99.2-answer": "while True:\n    pass"}),
    "tampered": tampered(),
    "hostile": filled(**{"99.1-answer": f"answer_1 = {HOSTILE!r}", "99.3-answer": f"answer_3 = {LONG!r}"}),
    "sidecar": with_sidecar_answer(),
    "missing": None,
}
QUESTIONS = ("99.1", "99.2", "99.3")


class Text(HTMLParser):
    """The visible text of a page (no style), and the text of each element with a class."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(html: str) -> str:
    parser = Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


def questions_of(page: str) -> dict[str, str]:
    """{question id: the HTML of its <article>} on a feedback page."""
    return {
        m.group(1): m.group(0) for m in re.finditer(r"<article[^>]*>\s*<h3>Question ([\d.]+):.*?</article>", page, re.S)
    }


def rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    return grade_class(tmp_path_factory.mktemp("feedback-class"), {s: (nb, None) for s, nb in STUDENTS.items()})


@pytest.mark.slow
def test_the_class_covers_every_kind_of_result(graded):
    """Right, partly right, wrong in typical ways, empty, timed out, tampered, not handed in: all there?"""
    book = rows(graded / "grades.csv")
    statuses = Counter(r["status"] for r in book if r["question"] != "TOTAL")
    assert statuses["passed"] and statuses["failed"] and statuses["no response"] == 3 and statuses["not submitted"] == 3
    assert any("timed out" in r["reason"] for r in book)
    totals = {r["student"]: float(r["points"]) for r in book if r["question"] == "TOTAL"}
    assert totals["perfect"] == 4 and totals["empty"] == 0 and 0 < totals["partly"] < 4


@pytest.mark.slow
@pytest.mark.parametrize("student", sorted(s for s in STUDENTS if s != "missing"))
def test_each_page_shows_prompt_answer_verdict_and_a_hint_without_the_key(graded, student):
    """Per question: the prompt, the student's own answer, the verdict in words, and for a miss a hint that gives nothing away."""
    page = (graded / "feedback" / f"{student}.html").read_text(encoding="utf-8")
    prompts = prompts_of(demo_solution())
    book = {r["question"]: r for r in rows(graded / "grades.csv") if r["student"] == student}
    answers = {
        c["metadata"]["nbgrader"]["grade_id"].removesuffix("-answer"): "".join(c["source"]).strip()
        for c in STUDENTS[student]["cells"]
        if c["metadata"].get("nbgrader", {}).get("solution")
    }
    articles = questions_of(page)
    assert sorted(articles) == list(QUESTIONS)
    for q in QUESTIONS:
        shown = text_of(articles[q])
        first_words = re.sub(r"[*`]", "", prompts[q]).split("?")[0]
        assert " ".join(first_words.split()) in shown  # the question as the solution asks it
        assert " ".join(answers[q].split()) in shown  # the answer as the student wrote it
        status = book[q]["status"]
        verdict = {"passed": "Right", "no response": "No answer"}.get(status)
        if status == "failed" and float(book[q]["points"]) > 0:
            verdict = "Partly right"  # grading gives the partial credit check() shows
        assert (verdict or "Not yet" if "timed out" not in book[q]["reason"] else "Could not be checked") in shown
        assert "answer left as released" not in shown
        if status != "passed":
            hint = re.search(r'<p class="hint">(.*?)</p>', articles[q], re.S)
            assert hint, (student, q)
            pointer = " ".join(text_of(m) for m in re.findall(r"<blockquote>.*?</blockquote>", articles[q], re.S))
            assert not leaked(q, text_of(hint.group(1)) + " " + pointer), (student, q)
            assert "Review:" in shown  # the lesson section to go back to


@pytest.mark.slow
def test_empty_work_is_said_in_a_students_words(graded):
    page = text_of((graded / "feedback" / "empty.html").read_text(encoding="utf-8"))
    summary = page.split("Your notebook 99_demo.ipynb", 1)[0]
    assert summary.count("You left this question as it was given") == 3
    assert "Total: 0 of 4 points" in page
    review = page.split("What to review", 1)[1].split("99_demo.ipynb:", 1)[0]
    assert "question 99.2" in review and "Lesson 05_figures" in review


@pytest.mark.slow
def test_own_notebook_is_shown_with_feedback_beside_each_answer(graded):
    """Like nbgrader's returned notebook: every cell handed in, and each question's verdict right after its answer."""
    page = (graded / "feedback" / "partly.html").read_text(encoding="utf-8")
    view = page.split("with the feedback beside each answer</h2>", 1)[1]
    rows = view.split("</details>", 1)[0].split('<div class="nbrow')[1:]
    assert len(rows) == len(STUDENTS["partly"]["cells"])
    graded_rows = [text_of(body.split(">", 1)[1]) for body in rows if body.startswith(' graded"')]
    assert [r.split("Question ", 1)[1][:4] for r in graded_rows] == list(QUESTIONS)
    assert (
        "answer_2 = 31" in graded_rows[1]
        and "Not yet" in graded_rows[1]
        and "Not the number the text supports." in graded_rows[1]
    )
    assert "Right" in graded_rows[0]


@pytest.mark.slow
def test_widget_answer_is_shown(graded):
    page = text_of((graded / "feedback" / "sidecar.html").read_text(encoding="utf-8"))
    assert "Saved from the widget: 30" in page


def report_table(page: str, caption: str) -> list[list[str]]:
    table = page.split(f"<caption>{caption}</caption>", 1)[1].split("</table>", 1)[0]
    return [
        [text_of(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)]
        for tr in re.findall(r"<tr>(.*?)</tr>", table, re.S)
    ][1:]


@pytest.mark.slow
def test_report_counts_match_the_gradebook(graded):
    """Share right, per-kind counts and the distribution of totals: the same numbers as the gradebook's."""
    book = rows(graded / "grades.csv")
    page = (graded / "grades-report" / "99_demo.html").read_text(encoding="utf-8")
    table = {r[0]: r for r in report_table(page, "How many students got each question right")}
    for q in QUESTIONS:
        mine = [r for r in book if r["question"] == q]
        right = sum(r["status"] == "passed" for r in mine)
        assert table[q][1].startswith(f"{round(100 * right / len(mine))}% ({right} of {len(mine)})")
        assert int(table[q][2]) == right
        assert int(table[q][5]) == sum(r["status"] == "no response" for r in mine)
        assert int(table[q][6]) == sum(r["status"] == "not submitted" for r in mine)
        assert sum(int(x) for x in table[q][2:]) == len(STUDENTS)
    totals = Counter(float(r["points"]) for r in book if r["question"] == "TOTAL")
    distribution = {float(p): int(n) for p, n in report_table(page, "The same distribution as a table")}
    assert {p: n for p, n in distribution.items() if n} == dict(totals)


@pytest.mark.slow
def test_report_counts_wrong_answers_without_names_and_lists_problems_apart(graded):
    page = (graded / "grades-report" / "99_demo.html").read_text(encoding="utf-8")
    wrong = page.split("What went wrong", 1)[1].split("Timeouts, errors", 1)[0]
    assert "3 students:<pre>answer_2 = 31</pre>" in wrong  # partly, tampered, and typical's "answer_2=31"
    assert "Not the number the text supports." in wrong
    for student in STUDENTS:
        assert f">{student}<" not in wrong
    problems = page.split("Timeouts, errors and unreadable notebooks", 1)[1]
    assert "<td>loop</td>" in problems and "timed out" in problems
    course = (graded / "grades-report" / "index.html").read_text(encoding="utf-8")
    assert '<a href="99_demo.html">99_demo.ipynb</a>' in course


@pytest.mark.slow
def test_report_command_rebuilds_the_same_pages_and_notes_a_missing_answers_file(graded, tmp_path, capsys):
    before = {p.name: p.read_bytes() for p in (graded / "grades-report").iterdir()}
    assert main(["report", str(graded / "grades.csv"), "-o", str(tmp_path / "again")]) == 0
    assert {p.name: p.read_bytes() for p in (tmp_path / "again").iterdir()} == before
    alone = tmp_path / "alone" / "grades.csv"
    alone.parent.mkdir()
    shutil.copy(graded / "grades.csv", alone)
    assert main(["report", str(alone), "--feedback", str(tmp_path / "alone" / "feedback")]) == 0
    index = (tmp_path / "alone" / "grades-report" / "index.html").read_text(encoding="utf-8")
    assert "No answers file (grades.answers.json)" in index
    assert "Class report: the course" in index
    assert (tmp_path / "alone" / "feedback" / "partly.html").is_file()
    assert "report: 10 students" in capsys.readouterr().err


# --------------------------------------------------------------------------- in a real browser


@pytest.mark.slow
@pytest.mark.browser
def test_pages_in_the_browser_run_no_script_and_fit_a_phone(graded, tmp_path):
    """Hostile and very long answers: no script runs, no injected element exists, nothing wider than 375 px."""
    from test_browser import CHROMIUM_ARGS, _chromium

    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    pages = [
        graded / "feedback" / "hostile.html",
        graded / "feedback" / "partly.html",
        graded / "grades-report" / "99_demo.html",
        graded / "grades-report" / "index.html",
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            for width in (375, 1024):
                view = browser.new_page(viewport={"width": width, "height": 800})
                for path in pages:
                    view.goto(path.as_uri())
                    view.evaluate(
                        "document.querySelectorAll('details').forEach(d => { d.open = true; })"
                    )  # the notebook too
                    view.wait_for_timeout(200)  # an onerror would have fired by now
                    assert view.evaluate("window.__pwned") is None, path
                    assert view.locator("img").count() == 0 and view.locator("script").count() == 0
                    assert view.evaluate("document.documentElement.scrollWidth") <= width, (path.name, width)
                    body = view.locator("body").inner_text()
                    if path.name == "hostile.html":
                        assert HOSTILE[0] in body and HOSTILE[1] in body  # shown as the characters typed
                    shot = tmp_path / f"{path.parent.name}-{path.stem}-{width}.png"
                    view.screenshot(path=str(shot), full_page=True)
                    print(f"screenshot: {shot}")
                view.close()
        finally:
            browser.close()

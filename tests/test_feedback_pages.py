"""Feedback pages without kernels: the words a student reads, the pointers, the prompts, the rubric hook."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from teaching_factories import demo_solution

from medialit.teaching.feedback import QuestionRecord, explain, feedback_page, markdown_html, prompts_of
from medialit.teaching.keys import item_hash, load_keys, normalize
from medialit.teaching.pointers import lesson_pointers, pointer_for
from medialit.teaching.report import histogram_svg

ROOT = Path(__file__).resolve().parent.parent
KEY_SETS = sorted(p.stem for p in (ROOT / "medialit" / "data" / "keys").glob("*.json"))


def key_answer_hashes(question: str) -> tuple[set[str], set[float]]:
    """Every hash (and clear number) in a key entry that stands for an accepted answer or part of one."""
    entry = load_keys(question.split(".")[0]).entry(question)
    hashes: set[str] = set()
    for name in ("items", "answer", "pairs", "criteria"):
        value = entry.get(name)
        if isinstance(value, str):
            hashes.add(value)
        elif isinstance(value, dict):
            hashes |= set(value)
        elif isinstance(value, list):
            for v in value:
                hashes |= set(v) if isinstance(v, list) else set(v.get("any", [])) if isinstance(v, dict) else {v}
    numbers = {float(entry[k]) for k in ("value", "low", "high") if entry.get(k) is not None}
    return hashes, numbers


def leaked(question: str, text: str) -> list[str]:
    """Runs of words of `text` that the key of `question` accepts (found by hashing every run)."""
    hashes, numbers = key_answer_hashes(question)
    words = text.split()
    found = [
        " ".join(words[i:j])
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
        if item_hash(question, " ".join(words[i:j])) in hashes
    ]
    found += [w for w in words for n in re.findall(r"\d+(?:\.\d+)?", w.replace(",", "")) if float(n) in numbers]
    return found


def record(status: str, reason: str = "", points: float = 0, question: str = "99.2", **more) -> QuestionRecord:
    return QuestionRecord("ana", "99_demo.ipynb", question, points, 1, status, reason, **more)


@pytest.mark.parametrize(
    "reason, status, kind, words",
    [
        ("answer left as released", "no response", "empty", "You left this question as it was given"),
        ("not submitted", "not submitted", "missing", "was not handed in"),
        (
            "answer cell: timed out after 3 s",
            "failed",
            "problem",
            "took too long to run and was stopped (the limit is 3 s)",
        ),
        ("answer cell: the kernel died (os._exit, a crash, or out of memory)", "failed", "problem", "made Python stop"),
        ("not run: the kernel died in an earlier cell", "failed", "problem", "Python stopped in an earlier cell"),
        ("answer cell missing", "failed", "problem", "was deleted from your notebook"),
        ("not a valid notebook file (JSONDecodeError: x)", "failed", "problem", "could not be opened as a notebook"),
        ("answer cell: ZeroDivisionError: division by zero", "failed", "problem", "gave an error: ZeroDivisionError"),
        ("NameError: name 'answer_2' is not defined", "failed", "wrong", "Did you keep the answer's name as given?"),
        (
            "99.2: not yet (0/1 point). Not the number the text supports. Hint: Paragraph 3 gives the figure with a qualifier in front of it.",
            "failed",
            "wrong",
            "Not the number the text supports.",
        ),
        ("four outlets, each once", "failed", "wrong", "A check on your answer did not pass: four outlets, each once"),
    ],
)
def test_reasons_in_a_students_words(reason, status, kind, words):
    """Is each grader reason said in words a student understands, with the verdict kind it deserves?"""
    ex = explain(record(status, reason))
    assert ex.kind == kind
    assert words in ex.message
    assert "answer left as released" not in ex.message


def test_a_check_failure_keeps_checks_message_and_hint_and_points_back():
    """Does a failed check() keep its own message and hint, and point to the paragraph and the lesson section?"""
    ex = explain(
        record("failed", "99.2: not yet (0/1). Too high. Hint: Paragraph 3 gives the figure with a qualifier.")
    )
    assert (ex.message, ex.hint) == ("Too high.", "Paragraph 3 gives the figure with a qualifier.")
    assert ex.pointer.paragraph == 3 and ex.pointer.quote.startswith("\u201cSeveral Iraqi news channels")
    assert (ex.pointer.lesson, ex.pointer.section) == ("05_figures.ipynb", "Step 3: What the qualifiers do")
    assert not leaked("99.2", ex.pointer.quote)


def test_a_miss_without_a_check_message_still_gets_the_keys_hint():
    """A question left empty: is the key's general hint given, so every missed question has a way back?"""
    assert (
        explain(record("no response", "answer left as released", question="99.3")).hint
        == "Paragraph 3: who 'said in a statement'?"
    )


def test_a_right_answer_gets_no_hint():
    ex = explain(record("passed", "", points=1))
    assert (ex.kind, ex.verdict, ex.hint) == ("right", "Right", "")


@pytest.mark.parametrize("question", [q for s in KEY_SETS for q in load_keys(s).questions])
def test_no_pointer_quotes_an_answer(question):
    """For every question of every key file: does the quoted opening of the hinted paragraph hold no accepted answer?"""
    entry = load_keys(question.split(".")[0]).entry(question)
    pointer = pointer_for(question, entry.get("hint", ""))
    assert not leaked(question, pointer.quote), pointer


def test_the_guard_cuts_a_quote_before_the_answer():
    """Paragraph 3 opens with '... at least 30 ...': is the quote for 99.2 (answer 30) cut before the number?"""
    quote = pointer_for("99.2", "Paragraph 3.").quote
    assert quote and "30" not in quote and quote.endswith("\u2026")


def test_lesson_pointers_name_real_sections():
    """Does every row of lesson_pointers.csv name a lesson notebook and one of its headings, word for word?"""
    for question, (lesson, section) in lesson_pointers().items():
        nb = json.loads((ROOT / "notebooks" / lesson).read_text(encoding="utf-8"))
        headings = {
            line.lstrip("#").strip()
            for c in nb["cells"]
            if c["cell_type"] == "markdown"
            for line in "".join(c["source"]).splitlines()
            if line.startswith("#")
        }
        assert section in headings, (question, lesson, section)


def test_prompts_come_from_the_markdown_before_each_answer():
    """Is each question's prompt the markdown between the previous test cell and its answer, without the title?"""
    prompts = prompts_of(demo_solution())
    assert list(prompts) == ["99.1", "99.2", "99.3"]
    assert prompts["99.1"].startswith("**99.1** Which outlets") and "Demo set 99" not in prompts["99.1"]
    assert prompts["99.3"].startswith("**99.3** Who said the reports were untrue")


def test_prompts_of_a_real_set_start_at_the_question_heading():
    nb = json.loads((ROOT / "solutions" / "03_claims_and_denials.ipynb").read_text(encoding="utf-8"))
    prompts = prompts_of(nb)
    assert prompts["03.1"].startswith("## 03.1 Which claim") and "Problem set 03" not in prompts["03.1"]
    assert prompts["03.2"].startswith("## 03.2 Claim, denial or neither?")


def test_markdown_is_escaped_before_it_is_formatted():
    out = markdown_html("**bold** `<script>` and <img src=x onerror=alert(1)>\n\n- one\n- *two*")
    assert "<strong>bold</strong>" in out and "<code>&lt;script&gt;</code>" in out and "<img" not in out
    assert "<ul><li>one</li><li><em>two</em></li></ul>" in out


def test_rubric_marks_and_comments_are_shown_once_merged():
    """A merged rubric (reason 'rubric: ...' or any non-check reason on an essay) shows as the teacher's comment."""
    essay = QuestionRecord(
        "ana",
        "08_capstone.ipynb",
        "08.1-rubric",
        3,
        4,
        "teacher-marked",
        "rubric: evidence 2/4, sources 1/4\nQuote the article <b>word for word</b>.",
    )
    ex = explain(essay)
    assert ex.teacher.startswith("evidence 2/4") and ex.kind == "partial"
    page = feedback_page("ana", [essay])
    assert "Your teacher&#x27;s marks and comments" in page or "Your teacher's marks and comments" in page
    assert "&lt;b&gt;word for word&lt;/b&gt;" in page and "<br>" in page
    plain = QuestionRecord(
        "ana", "08_capstone.ipynb", "08.1-rubric", 2, 4, "failed", "merged: good sources, thin evidence"
    )
    assert explain(plain).teacher == "merged: good sources, thin evidence"


def test_page_totals_and_review_list():
    records = [
        record("passed", "", points=1, question="99.1"),
        record("no response", "answer left as released", question="99.2"),
        record("failed", "99.3: not yet (0/1). Not this one.", question="99.3"),
    ]
    page = feedback_page("ana", records)
    assert "Total: 1 of 3 points." in page
    review = page.split("<h2>What to review</h2>", 1)[1].split("</section>", 1)[0]
    assert "question 99.2" in review and "question 99.3" in review and "99.1" not in review
    assert "Lesson 05_figures, section \u201cStep 3: What the qualifiers do\u201d" in review


def test_histogram_counts_each_total_once():
    svg = histogram_svg([0, 2, 2, 4, 3.5], 4, title="t")
    rows = re.findall(r'<th scope="row">([^<]+)</th><td class="num">(\d+)</td>', svg)
    assert rows == [("0", "1"), ("1", "0"), ("2", "2"), ("3", "1"), ("4", "1")]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    wide = histogram_svg([0, 50, 99, 100], 100, title="w")
    assert sum(int(n) for _, n in re.findall(r'<th scope="row">([^<]+)</th><td class="num">(\d+)</td>', wide)) == 4


def test_normalize_is_what_the_leak_check_compares():
    """The test's own leak check works: the key's answer, written any way, is found."""
    assert leaked("99.3", "it was The War Media Cell, said Bas News") == ["The War Media Cell,", "War Media Cell,"]
    assert normalize("The War Media Cell,") == "war media cell"

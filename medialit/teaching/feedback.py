"""The student's feedback page: each question's prompt, their answer, the verdict in plain words and a hint.

Renderers here are pure functions of plain records, so they work however grading
collects them (today: the gradebook rows plus the answers and prompts read from the
notebooks; later perhaps answers serialized out of the kernel). The record is the
gradebook's own, `gradebook.Row`, here also named `QuestionRecord`: one graded question of
one student, with the question's prompt and the student's answer as written (its fields are
described in `gradebook`).

`explain(record)` turns a record into words a student understands (`Explanation`);
`feedback_page(student, records)` renders one self-contained HTML page. Everything that
comes from a submission (name, answer, error text) is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .gradebook import Row
from .handed_in import answers_of, cells_of, prompts_of
from .html_pages import esc, fmt, markdown_html, page, stylesheet
from .pointers import Pointer, key_entry, pointer_for

__all__ = [
    "KINDS",
    "TEACHER_PREFIXES",
    "VERDICTS",
    "Explanation",
    "QuestionRecord",
    "answers_of",
    "cells_of",
    "esc",
    "explain",
    "feedback_page",
    "fmt",
    "lesson_words",
    "markdown_html",
    "notebook_html",
    "page",
    "problem_words",
    "prompts_of",
    "review_list",
    "stylesheet",
]

#: `kind` of an explained question; also used by the class report to sort rows.
KINDS = ("right", "partial", "wrong", "empty", "missing", "problem")
VERDICTS = {
    "right": ("\u2713", "Right"),
    "partial": ("\u25d1", "Partly right"),
    "wrong": ("\u25cb", "Not yet"),
    "empty": ("\u25cb", "No answer"),
    "missing": ("\u2014", "Not handed in"),
    "problem": ("!", "Could not be checked"),
}
#: Prefixes a merged rubric may put before a teacher's marks and comments in the gradebook's reason.
TEACHER_PREFIXES = ("rubric:", "teacher:")

_CHECK = re.compile(
    r"^(?:AssertionError: )?(?P<q>[\w.-]+): not yet \([^)]*\)\.\s*(?P<message>.*?)(?:\s*Hint: (?P<hint>.*))?$", re.S
)

#: One graded question of one student: the gradebook's record serves the feedback pages too.
QuestionRecord = Row


@dataclass(frozen=True)
class Explanation:
    """What a student reads about one question: verdict, what was found, a hint, where to look again."""

    kind: str
    message: str = ""
    hint: str = ""
    teacher: str = ""
    pointer: Pointer = field(default_factory=Pointer)

    @property
    def verdict(self) -> str:
        return VERDICTS[self.kind][1]

    @property
    def symbol(self) -> str:
        return VERDICTS[self.kind][0]


def problem_words(reason: str) -> str | None:
    """A student's words for a run that went wrong (timeout, crash, error, bad file); None for an ordinary miss."""
    r = reason.strip()
    if r.startswith("not a valid notebook file"):
        return (
            "The file you handed in could not be opened as a notebook (it may be damaged or not saved). "
            "Check that it opens in Jupyter, then hand it in again."
        )
    if r.startswith("could not run the notebook"):
        return "Your notebook could not be run at all, so nothing in it was checked. Tell your teacher."
    if r == "answer cell missing":
        return (
            "The answer cell of this question was deleted from your notebook, so there was nothing to check. "
            "Take a fresh copy of the exercise and paste your answer into its answer cell."
        )
    body = r.removeprefix("answer cell: ")
    if "timed out" in body:
        seconds = re.search(r"timed out after ([\d.]+ ?s)", body)
        limit = f" (the limit is {seconds.group(1)})" if seconds else ""
        return (
            f"Your answer took too long to run and was stopped{limit}. "
            "Look for a loop that never ends, or something that waits for input."
        )
    if body.startswith("not run"):
        return "This question was not checked: Python stopped in an earlier cell of your notebook."
    if "kernel died" in body:
        return (
            "Running your answer made Python stop (the kernel died), so this question and the ones after it "
            "could not be checked. Remove whatever ends the program (such as os._exit) and run the notebook again."
        )
    if r.startswith("answer cell: "):
        return (
            f"Running your answer cell gave an error: {body}. Run the cell yourself, read the last line of "
            "the error and fix that line."
        )
    return None


def _teacher_comment(record: Row) -> str:
    """A merged rubric's marks and comments: a prefixed reason, or any non-check reason on an essay question."""
    reason = record.reason.strip()
    for prefix in TEACHER_PREFIXES:
        if reason.lower().startswith(prefix):
            return reason[len(prefix) :].strip()
    entry = key_entry(record.question)
    if reason and record.status in ("passed", "failed") and (entry is None or entry.get("kind") == "rubric"):
        if not _CHECK.match(reason) and problem_words(reason) is None:
            return reason
    return ""


def explain(record: Row) -> Explanation:
    """The student-facing reading of one record: never the answer, always a way back to the lesson."""
    entry = key_entry(record.question) or {}
    key_hint = entry.get("hint", "")
    teacher = _teacher_comment(record)
    if record.status == "not submitted":
        kind, message = "missing", "This notebook was not handed in, so there was nothing to check."
    elif record.status == "no response":
        kind, message = "empty", "You left this question as it was given: the answer cell still holds its ...."
    elif record.status in ("passed", "teacher-marked") and record.points >= record.max_points:
        kind, message = "right", ""
    elif (words := problem_words(record.reason)) is not None:
        kind, message = "problem", words
    else:
        kind = "partial" if record.points > 0 else "wrong"
        found = _CHECK.match(record.reason.strip())
        if found:
            message = found.group("message").strip()
            key_hint = found.group("hint") or key_hint
        elif teacher:
            message = ""
        elif re.match(r"^[A-Z]\w*(?:Error|Exception|Exit)\b", record.reason):
            message = f"Checking your answer gave an error: {record.reason}. Did you keep the answer's name as given?"
        elif record.reason:
            message = f"A check on your answer did not pass: {record.reason}"
        else:
            message = "Your answer is not right yet."
    hint = record.hint or key_hint
    if kind == "right":
        return Explanation(kind, message, "", teacher)
    return Explanation(kind, message, hint, teacher, pointer_for(record.question, hint))


# --------------------------------------------------------------------------- rendering


def lesson_words(pointer: Pointer) -> str:
    """'Lesson 03_claims_and_denials.ipynb, section “Step 2: …”' (plain text)."""
    if not pointer.lesson:
        return ""
    name = pointer.lesson.removesuffix(".ipynb")
    return f"lesson {name}, section \u201c{pointer.section}\u201d" if pointer.section else f"lesson {name}"


def _pointer_html(pointer: Pointer) -> str:
    parts = []
    if pointer.paragraph is not None:
        quote = f"<blockquote>{esc(pointer.quote)}</blockquote>" if pointer.quote else ""
        parts.append(
            f"<p><strong>Look again at paragraph {pointer.paragraph} of the article</strong>"
            f"{', which begins:' if pointer.quote else '.'}</p>{quote}"
        )
    if pointer.lesson:
        parts.append(f"<p><strong>Review:</strong> {esc(lesson_words(pointer))}.</p>")
    return "\n".join(parts)


def _question_html(record: Row, ex: Explanation) -> str:
    head = (
        f'<h3>Question {esc(record.question)}: <span class="verdict">{ex.symbol} {ex.verdict}</span>, '
        f"{fmt(record.points)} of {fmt(record.max_points)} point{'s' if record.max_points != 1 else ''}</h3>"
    )
    parts = [f'<article class="question {ex.kind}">', head]
    if record.prompt:
        parts.append(f'<h4>The question</h4>\n<div class="prompt">{markdown_html(record.prompt)}</div>')
    if record.status != "not submitted":
        answer = record.answer.strip()
        parts.append("<h4>Your answer</h4>")
        parts.append(
            f"<pre>{esc(answer)}</pre>" if answer else '<p class="note">(no answer found in your notebook)</p>'
        )
    if ex.message:
        parts.append(f"<h4>What we found</h4>\n<p>{esc(ex.message)}</p>")
    if ex.teacher:
        comment = "<br>".join(esc(line) for line in ex.teacher.splitlines())
        parts.append(f"<h4>Your teacher's marks and comments</h4>\n<p>{comment}</p>")
    if ex.hint:
        parts.append(f'<p class="hint"><strong>Hint:</strong> {esc(ex.hint)}</p>')
    if ex.kind != "right" and ex.pointer:
        parts.append(_pointer_html(ex.pointer))
    parts.append("</article>")
    return "\n".join(parts)


def _inline_feedback(record: Row, ex: Explanation) -> str:
    parts = [
        f'<aside class="inline-feedback {ex.kind}"><p><strong>Question {esc(record.question)}: {ex.symbol} '
        f"{ex.verdict}</strong>, {fmt(record.points)} of {fmt(record.max_points)}</p>"
    ]
    if ex.message:
        parts.append(f"<p>{esc(ex.message)}</p>")
    if ex.teacher:
        parts.append(f"<p><strong>Your teacher:</strong> {esc(ex.teacher)}</p>")
    if ex.hint:
        parts.append(f'<p class="hint"><strong>Hint:</strong> {esc(ex.hint)}</p>')
    if ex.kind != "right" and ex.pointer.lesson:
        parts.append(f"<p><strong>Review:</strong> {esc(lesson_words(ex.pointer))}.</p>")
    return "\n".join(parts) + "</aside>"


def notebook_html(cells: list[list[Any]], explained: Mapping[str, tuple[Row, Explanation]]) -> str:
    """The student's own notebook (sources only, no outputs), with each question's feedback beside its answer cell."""
    out = []
    for kind, source, question in cells:
        cell = (
            f'<div class="cell">{markdown_html(source)}</div>'
            if kind == "markdown"
            else f'<pre class="cell">{esc(source)}</pre>'
        )
        if question in explained:
            out.append(f'<div class="nbrow graded">{cell}{_inline_feedback(*explained[question])}</div>')
        else:
            out.append(f'<div class="nbrow">{cell}</div>')
    return "\n".join(out)


def review_list(explained: list[tuple[Row, Explanation]]) -> list[str]:
    """'What to review': one line per lesson section (or paragraph) behind the missed questions, in order."""
    lines: dict[str, list[str]] = {}
    for record, ex in explained:
        if ex.kind in ("right", "missing"):
            continue
        where = lesson_words(ex.pointer)
        if ex.pointer.paragraph is not None:
            where = (
                f"{where}; article paragraph {ex.pointer.paragraph}"
                if where
                else f"article paragraph {ex.pointer.paragraph}"
            )
        lines.setdefault(where or "the question's own text", []).append(record.question)
    return [
        f"{where[:1].upper()}{where[1:]} (question{'s' if len(qs) > 1 else ''} {', '.join(qs)})"
        for where, qs in lines.items()
    ]


def feedback_page(student: str, records: list[Row], handed_in: Mapping[str, list[list[Any]]] | None = None) -> str:
    """One student's feedback page: totals on top, what to review, then each question in full.

    `handed_in`: {notebook: `cells_of` its handed-in copy}; each is added at the end, folded,
    with the feedback beside each answer cell (as nbgrader hands back a notebook).
    """
    explained = [(r, explain(r)) for r in records]
    got, out_of = sum(r.points for r in records), sum(r.max_points for r in records)
    body = [
        f"<header><h1>Feedback for {esc(student)}</h1>",
        f'<p class="summary"><strong>Total: {fmt(got)} of {fmt(out_of)} points.</strong></p></header>',
        "<main>",
    ]
    notebooks = list(dict.fromkeys(r.notebook for r in records))
    body.append(
        '<table><caption>Points per problem set</caption><thead><tr><th scope="col">Problem set</th>'
        '<th scope="col" class="num">Points</th><th scope="col" class="num">Out of</th>'
        '<th scope="col">Questions right</th></tr></thead><tbody>'
    )
    for nb in notebooks:
        mine = [(r, e) for r, e in explained if r.notebook == nb]
        right = sum(e.kind == "right" for _, e in mine)
        body.append(
            f'<tr><th scope="row">{esc(nb)}</th><td class="num">{fmt(sum(r.points for r, _ in mine))}</td>'
            f'<td class="num">{fmt(sum(r.max_points for r, _ in mine))}</td><td>{right} of {len(mine)}</td></tr>'
        )
    body.append("</tbody></table>")
    review = review_list(explained)
    body.append("<section><h2>What to review</h2>")
    if review:
        body.append("<ul>" + "".join(f"<li>{esc(line)}</li>" for line in review) + "</ul>")
    else:
        body.append("<p>Nothing: every question you handed in is right. Well done.</p>")
    body.append("</section>")
    for nb in notebooks:
        mine = [(r, e) for r, e in explained if r.notebook == nb]
        got_nb, max_nb = sum(r.points for r, _ in mine), sum(r.max_points for r, _ in mine)
        body.append(f"<section><h2>{esc(nb)}: {fmt(got_nb)} of {fmt(max_nb)} points</h2>")
        body.extend(_question_html(r, e) for r, e in mine)
        body.append("</section>")
    for nb in notebooks:
        if not (handed_in or {}).get(nb):
            continue
        by_question = {r.question: (r, e) for r, e in explained if r.notebook == nb}
        body.append(
            f"<section><h2>Your notebook {esc(nb)}, with the feedback beside each answer</h2>"
            f"<details><summary>Show your notebook as you handed it in</summary>"
            f"{notebook_html(handed_in[nb], by_question)}</details></section>"
        )
    body.append(
        '</main>\n<footer><p class="note">Hints point to where to look again; they never give the answer. '
        "Status is shown in words: Right, Partly right, Not yet, No answer, Not handed in, Could not be checked."
        "</p></footer>"
    )
    return page(f"Feedback for {student}", body)

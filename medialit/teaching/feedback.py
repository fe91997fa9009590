"""The student's feedback page: each question's prompt, their answer, the verdict in plain words and a hint.

Renderers here are pure functions of plain records, so they work however grading
collects them (today: the gradebook rows plus the answers and prompts read from the
notebooks; later perhaps answers serialized out of the kernel). The record:

`QuestionRecord` — one graded question of one student:
    student, notebook, question: who, which notebook file, which question id ("03.2");
    points, max_points: the score;
    status: "passed", "failed", "no response" or "not submitted" (as in the gradebook);
    reason: the gradebook's reason (check()'s own message when a check failed, an error's
        last line, "answer left as released", ...; a merged rubric's marks and comments);
    answer: the student's answer as written (the answer cells' source, and a widget's saved
        value), "" when unknown;
    prompt: the question's text from the solution notebook (markdown), "" when unknown;
    hint: check()'s hint when the grader has it apart; "" to take it from `reason` or the key.

`explain(record)` turns a record into words a student understands (`Explanation`);
`feedback_page(student, records)` renders one self-contained HTML page. Everything that
comes from a submission (name, answer, error text) is escaped.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .markers import is_answer_cell, is_grade_cell, nbgrader_meta, source_of
from .pointers import Pointer, key_entry, pointer_for

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

_BULLET = re.compile(r"^\s*(?:[-*]|\d+\.)\s+")
_CHECK = re.compile(
    r"^(?:AssertionError: )?(?P<q>[\w.-]+): not yet \([^)]*\)\.\s*(?P<message>.*?)(?:\s*Hint: (?P<hint>.*))?$", re.S
)


@dataclass(frozen=True)
class QuestionRecord:
    """One graded question of one student (see the module docstring for each field)."""

    student: str
    notebook: str
    question: str
    points: float
    max_points: float
    status: str
    reason: str = ""
    answer: str = ""
    prompt: str = ""
    hint: str = ""


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


def _teacher_comment(record: QuestionRecord) -> str:
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


def explain(record: QuestionRecord) -> Explanation:
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


# --------------------------------------------------------------------------- reading notebooks


def prompts_of(nb: Mapping[str, Any]) -> dict[str, str]:
    """{question (test cell grade id): its prompt}: the markdown since the previous question, before its answer.

    A markdown cell that starts with a level-2 heading begins a new question's text; one with the
    notebook's title (a level-1 heading) is left out.
    """
    prompts: dict[str, str] = {}
    pending: list[str] = []
    answered = False
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown" and not answered:
            text = source_of(cell).strip()
            if text.startswith("## "):
                pending = []
            if text and not re.match(r"^# ", text):
                pending.append(text)
        elif is_answer_cell(cell):
            answered = True
        if is_grade_cell(cell):
            prompts[nbgrader_meta(cell)["grade_id"]] = "\n\n".join(pending)
            pending, answered = [], False
    return prompts


def answers_of(
    nb: Mapping[str, Any] | None, saved: Mapping[str, Any], questions: Mapping[str, Iterable[str]]
) -> dict[str, str]:
    """{question: the student's answer as written}: answer cells' source, then a widget's saved value.

    Args:
        nb: the student's notebook as handed in (None when missing or unreadable).
        saved: the student's answers sidecar ({question id: value}).
        questions: {question: its answer cells' grade ids}.
    """
    cells = {}
    for cell in (nb or {}).get("cells", []) if isinstance(nb, Mapping) else []:
        if isinstance(cell, Mapping) and is_answer_cell(cell):
            cells[nbgrader_meta(cell)["grade_id"]] = source_of(cell).strip()
    out = {}
    for question, answer_ids in questions.items():
        parts = [cells[a] for a in answer_ids if cells.get(a)]
        if question in saved:
            parts.append("Saved from the widget: " + json.dumps(saved[question], ensure_ascii=False, sort_keys=True))
        out[question] = "\n\n".join(parts)
    return out


def cells_of(nb: Mapping[str, Any] | None, questions: Mapping[str, Iterable[str]]) -> list[list[Any]]:
    """The handed-in notebook as [kind, source, question or None] per cell (no outputs), for `notebook_html`.

    `question` is set on the last answer cell of each question, where its feedback goes.
    """
    last = {list(ids)[-1]: q for q, ids in questions.items() if list(ids)}
    out: list[list[Any]] = []
    for cell in (nb or {}).get("cells", []) if isinstance(nb, Mapping) else []:
        if not isinstance(cell, Mapping) or cell.get("cell_type") not in ("markdown", "code", "raw"):
            continue
        grade_id = nbgrader_meta(cell).get("grade_id") if is_answer_cell(cell) else None
        out.append([cell["cell_type"], source_of(cell), last.get(grade_id)])
    return out


# --------------------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The pages' small inline stylesheet (a data file beside this module)."""
    return (resources.files("medialit.teaching") / "pages.css").read_text(encoding="utf-8")


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def fmt(x: float) -> str:
    return f"{x:g}"


def page(title: str, body: list[str]) -> str:
    """A complete, self-contained HTML page (inline stylesheet, no scripts, no external assets).

    Every table is put in a box that scrolls sideways, so a wide table never widens a phone's page.
    """
    body = [
        re.sub(r"<table(?= |>)", '<div class="scroll"><table', part).replace("</table>", "</table></div>")
        for part in body
    ]
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{esc(title)}</title>",
                f"<style>\n{stylesheet()}</style>",
                "</head>",
                "<body>",
                *body,
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )


def markdown_html(text: str) -> str:
    """A small, safe subset of markdown (paragraphs, headings, lists, `code`, **bold**, *italic*): escaped first."""

    def inline(s: str) -> str:
        s = esc(s)
        s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
        s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
        return re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"<em>\1</em>", s)

    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        if all(_BULLET.match(line) for line in lines if line.strip()):
            items = "".join(f"<li>{inline(_BULLET.sub('', line))}</li>" for line in lines if line.strip())
            out.append(f"<ul>{items}</ul>")
        elif lines and lines[0].startswith("#"):
            out.append(f"<p><strong>{inline(lines[0].lstrip('#').strip())}</strong></p>")
            if lines[1:]:
                out.append(f"<p>{inline(' '.join(lines[1:]))}</p>")
        else:
            out.append(f"<p>{inline(' '.join(lines))}</p>")
    return "\n".join(out)


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


def _question_html(record: QuestionRecord, ex: Explanation) -> str:
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


def _inline_feedback(record: QuestionRecord, ex: Explanation) -> str:
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


def notebook_html(cells: list[list[Any]], explained: Mapping[str, tuple[QuestionRecord, Explanation]]) -> str:
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


def review_list(explained: list[tuple[QuestionRecord, Explanation]]) -> list[str]:
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


def feedback_page(
    student: str, records: list[QuestionRecord], handed_in: Mapping[str, list[list[Any]]] | None = None
) -> str:
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

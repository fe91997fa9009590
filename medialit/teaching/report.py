"""The teacher's class report: one page per graded set and one for the course.

Pure renderers over graded records (`gradebook.Row`, as on the feedback pages): the distribution of totals
(an inline SVG bar chart with a table as its text alternative), per question the share
of students who got it right, the commonest wrong answers and the commonest feedback
they got (counted, never with names), and apart from these, the students whose
notebooks timed out, crashed or could not be read, since those need the teacher and
not a lesson.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from statistics import mean, median

from .feedback import KINDS, VERDICTS, Explanation, explain
from .gradebook import Row, natural_key
from .html_pages import esc, fmt, markdown_html, page

#: How many distinct wrong answers (and feedback messages) a question lists.
TOP_WRONG = 5
#: A wrong answer longer than this is cut in the report (the student's own page shows it whole).
ANSWER_CHARS = 400


def answer_key(answer: str) -> str:
    """What two answers are compared by when counting them: comments dropped, all whitespace ignored."""
    lines = [
        re.sub(r"\s+", "", line.split("#", 1)[0] if not re.search(r"[\"']", line) else line)
        for line in answer.splitlines()
    ]
    return "\n".join(line for line in lines if line)


def totals_by_student(records: Iterable[Row]) -> dict[str, tuple[float, float]]:
    """{student: (points, max points)} over `records`."""
    out: dict[str, tuple[float, float]] = {}
    for r in records:
        got, most = out.get(r.student, (0.0, 0.0))
        out[r.student] = (got + r.points, most + r.max_points)
    return out


def histogram_svg(totals: list[float], max_points: float, *, title: str) -> str:
    """An inline SVG bar chart of how many students scored each total, and a table saying the same in text."""
    if max_points <= 20:
        edges = [float(i) for i in range(int(max_points) + 1)]
        labels = [fmt(e) for e in edges]
    else:
        step = max_points / 10
        edges = [i * step for i in range(10)]
        labels = [f"{e:.0f}\u2013{e + step:.0f}" for e in edges]
    counts = [0] * len(edges)
    for t in totals:
        i = max(k for k, e in enumerate(edges) if t >= e - 1e-9) if t >= 0 else 0
        counts[i] += 1
    width, height, pad = 480, 214, 40
    bar_w = (width - 2 * pad) / len(edges)
    top = max(counts) or 1
    ident = re.sub(r"\W", "-", title)
    parts = [
        f'<svg viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{ident}-t">{esc(title)}</title>',
        f'<desc id="{ident}-d">'
        + esc("; ".join(f"{c} student{'s' if c != 1 else ''} with {lab} points" for lab, c in zip(labels, counts) if c))
        + "</desc>",
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#333"/>',
    ]
    for i, (label, count) in enumerate(zip(labels, counts)):
        h = (height - 2 * pad - 14) * count / top
        x = pad + i * bar_w
        y = height - pad - h
        parts.append(f'<rect x="{x + 3:.1f}" y="{y:.1f}" width="{bar_w - 6:.1f}" height="{h:.1f}" fill="#4a4a4a"/>')
        parts.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="16">{count}</text>'
        )
        parts.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{height - pad + 18:.1f}" text-anchor="middle" font-size="15">{esc(label)}</text>'
        )
    parts.append(f'<text x="{width / 2:.0f}" y="{height - 2}" text-anchor="middle" font-size="15">points</text>')
    parts.append("</svg>")
    table = [
        '<table class="compact"><caption>The same distribution as a table</caption><thead><tr><th scope="col">Points</th>'
        '<th scope="col" class="num">Students</th></tr></thead><tbody>'
    ]
    table += [f'<tr><th scope="row">{esc(lab)}</th><td class="num">{c}</td></tr>' for lab, c in zip(labels, counts)]
    table.append("</tbody></table>")
    return "<figure>" + "\n".join(parts) + "</figure>\n" + "\n".join(table)


def _summary(totals: list[float], max_points: float) -> str:
    if not totals:
        return "<p>No students.</p>"
    return (
        f"<p>{len(totals)} student{'s' if len(totals) != 1 else ''}; out of {fmt(max_points)} points: "
        f"mean {mean(totals):.1f}, median {fmt(median(totals))}, lowest {fmt(min(totals))}, "
        f"highest {fmt(max(totals))}.</p>"
    )


def _problems_html(explained: list[tuple[Row, Explanation]]) -> list[str]:
    rows = [(r, e) for r, e in explained if e.kind == "problem"]
    out = ["<section><h2>Timeouts, errors and unreadable notebooks</h2>"]
    if not rows:
        out.append("<p>None: every handed-in notebook ran to the end.</p></section>")
        return out
    out.append(
        "<p>These need you rather than a lesson: the grader could not check the answer.</p>"
        '<table><thead><tr><th scope="col">Student</th><th scope="col">Set</th><th scope="col">Question</th>'
        '<th scope="col">What happened</th></tr></thead><tbody>'
    )
    for r, _ in sorted(
        rows, key=lambda re_: (re_[0].student, natural_key(re_[0].notebook), natural_key(re_[0].question))
    ):
        out.append(
            f"<tr><td>{esc(r.student)}</td><td>{esc(r.notebook)}</td><td>{esc(r.question)}</td>"
            f"<td>{esc(r.reason)}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return out


def question_counts(explained: list[tuple[Row, Explanation]]) -> dict[str, Counter]:
    """{question: Counter of explanation kinds} (right, partial, wrong, empty, missing, problem)."""
    counts: dict[str, Counter] = {}
    for r, e in explained:
        counts.setdefault(r.question, Counter())[e.kind] += 1
    return counts


def _report_head(
    heading: str, records: list[Row], answers_note: str, *, totals: str, histogram_title: str
) -> list[str]:
    """The top of a report page: its heading, the summary of totals, the answers file's note, the histogram."""
    by_student = totals_by_student(records)
    max_points = max((m for _, m in by_student.values()), default=0.0)
    body = [
        f"<header><h1>{esc(heading)}</h1>",
        _summary([t for t, _ in by_student.values()], max_points),
        "</header><main>",
    ]
    if answers_note:
        body.append(f'<p class="note">{esc(answers_note)}</p>')
    body.append(f"<section><h2>Distribution of {totals}</h2>")
    body.append(histogram_svg([t for t, _ in by_student.values()], max_points, title=histogram_title))
    body.append("</section>")
    return body


def _questions_table(counts: dict[str, Counter], questions: list[str]) -> list[str]:
    """Per question, the share of students right and how many of each kind of verdict."""
    body = [
        "<section><h2>Each question</h2><table><caption>How many students got each question right</caption>"
        '<thead><tr><th scope="col">Question</th><th scope="col">Share right</th>'
        + "".join(f'<th scope="col" class="num">{VERDICTS[k][1]}</th>' for k in KINDS)
        + "</tr></thead><tbody>"
    ]
    for q in questions:
        c = counts[q]
        n = sum(c.values())
        share = c["right"] / n if n else 0.0
        body.append(
            f'<tr><th scope="row">{esc(q)}</th><td>{share:.0%} ({c["right"]} of {n})'
            f'<span class="bar" style="width:{share * 100:.0f}%"></span></td>'
            + "".join(f'<td class="num">{c[k]}</td>' for k in KINDS)
            + "</tr>"
        )
    body.append("</tbody></table></section>")
    return body


def _commonest_wrong(missed: list[tuple[Row, Explanation]]) -> list[str]:
    """The commonest wrong answers to one question, counted without names (spacing and comments ignored)."""
    shown: dict[str, str] = {}
    counted: Counter = Counter()
    for r, _ in missed:
        if r.answer.strip():
            key = answer_key(r.answer)
            text = r.answer.strip()
            shown.setdefault(key, text if len(text) <= ANSWER_CHARS else text[:ANSWER_CHARS] + " \u2026 (cut)")
            counted[key] += 1
    if not counted:
        return []
    return [
        "<h4>Commonest wrong answers</h4><ul>"
        + "".join(
            f"<li>{n} student{'s' if n != 1 else ''}:<pre>{esc(shown[k])}</pre></li>"
            for k, n in counted.most_common(TOP_WRONG)
        )
        + "</ul>"
    ]


def _misses_html(q: str, explained: list[tuple[Row, Explanation]]) -> list[str]:
    """What went wrong on one question: its prompt's first line, the commonest feedback and wrong answers."""
    missed = [(r, e) for r, e in explained if r.question == q and e.kind in ("wrong", "partial")]
    body = [f"<h3>Question {esc(q)}: {len(missed)} not right</h3>"]
    if not missed:
        return body
    prompt = next((r.prompt for r, _ in explained if r.question == q and r.prompt), "")
    if prompt:
        first = prompt.strip().splitlines()[0].lstrip("#").strip()
        body.append(f'<div class="note">{markdown_html(first)}</div>')
    messages = Counter(e.message for _, e in missed if e.message)
    if messages:
        body.append(
            "<h4>Commonest feedback</h4><ul>"
            + "".join(f"<li>{n} \u00d7 {esc(m)}</li>" for m, n in messages.most_common(TOP_WRONG))
            + "</ul>"
        )
    return body + _commonest_wrong(missed)


def set_report(notebook: str, records: list[Row], *, answers_note: str = "") -> str:
    """The class report of one graded set (`records`: every student's rows of that notebook)."""
    explained = [(r, explain(r)) for r in records]
    body = _report_head(
        f"Class report: {notebook}", records, answers_note, totals="totals", histogram_title=f"Totals in {notebook}"
    )
    counts = question_counts(explained)
    questions = sorted(counts, key=natural_key)
    body.extend(_questions_table(counts, questions))
    body.append(
        "<section><h2>What went wrong, question by question</h2>"
        '<p class="note">Counted over the class, without names. The same answer written with other spacing '
        "counts once.</p>"
    )
    for q in questions:
        body.extend(_misses_html(q, explained))
    body.append("</section>")
    body.extend(_problems_html(explained))
    body.append("</main>")
    return page(f"Class report: {notebook}", body)


def course_report(records: list[Row], set_pages: dict[str, str], *, answers_note: str = "") -> str:
    """The course page: every student's total over all sets, each set in one line with a link to its page."""
    body = _report_head(
        "Class report: the course", records, answers_note, totals="course totals", histogram_title="Course totals"
    )
    body.append(
        '<section><h2>Problem sets</h2><table><thead><tr><th scope="col">Set</th>'
        '<th scope="col" class="num">Students</th><th scope="col" class="num">Mean</th>'
        '<th scope="col" class="num">Out of</th><th scope="col">Hardest question</th></tr></thead><tbody>'
    )
    for notebook in sorted(set_pages, key=natural_key):
        mine = [r for r in records if r.notebook == notebook]
        set_totals = totals_by_student(mine)
        points = [t for t, _ in set_totals.values()]
        most = max((m for _, m in set_totals.values()), default=0.0)
        counts = question_counts([(r, explain(r)) for r in mine])
        hardest = min(
            counts, key=lambda q: (counts[q]["right"] / max(1, sum(counts[q].values())), natural_key(q)), default=""
        )
        share = counts[hardest]["right"] / max(1, sum(counts[hardest].values())) if hardest else 0
        body.append(
            f'<tr><th scope="row"><a href="{esc(set_pages[notebook])}">{esc(notebook)}</a></th>'
            f'<td class="num">{len(points)}</td><td class="num">{mean(points) if points else 0:.1f}</td>'
            f'<td class="num">{fmt(most)}</td><td>{esc(hardest)} ({share:.0%} right)</td></tr>'
        )
    body.append("</tbody></table></section>")
    body.extend(_problems_html([(r, explain(r)) for r in records]))
    body.append("</main>")
    return page("Class report: the course", body)

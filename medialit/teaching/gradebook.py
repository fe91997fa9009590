"""The gradebook: one record type for a graded question, and the CSV file `medialit grade` writes and reads back.

`Row` is one graded question of one student, the only record of grading: the grader writes it, the
gradebook stores it, and the feedback pages and the class report read it (`feedback.QuestionRecord` is
another name for it). Its fields:

    student, notebook, question: who, which notebook file, which question id ("03.2"); a student's
        TOTAL row has an empty notebook and the question `TOTAL`;
    points, max_points: the score;
    status: one of `STATUSES` (or a merged rubric's "teacher-marked");
    reason: one line, empty when passed (check()'s own message when a check failed, an error's
        last line, "answer left as released", ...; a merged rubric's marks and comments);
    answer: the student's answer; from the grader, the answer it scored as recorded (tagged JSON
        text, see `capture`); on a feedback page, the answer as written (the answer cells' source,
        and a widget's saved value); "" when unknown;
    prompt: the question's text from the solution notebook (markdown), "" when unknown;
    hint: check()'s hint when the grader has it apart; "" to take it from `reason` or the key.

The gradebook CSV has the columns `COLUMNS`: every field but ``answer``, ``prompt`` and ``hint``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import MedialitError

COLUMNS = ("student", "notebook", "question", "points", "max_points", "status", "reason")
TOTAL = "TOTAL"
STATUSES = ("passed", "failed", "no response", "not submitted")


@dataclass(frozen=True)
class Row:
    """One graded question of one student, or a student's TOTAL (see the module docstring for each field)."""

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


def fmt(x: float) -> str:
    """Points as the gradebook and the pages write them: 2, 1.5 (no trailing zeros)."""
    return f"{x:g}"


def natural_key(text: str) -> tuple:
    """Sort key that puts '10' after '9' (question ids, notebook names)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text))


def with_totals(rows: list[Row]) -> list[Row]:
    """Rows sorted by (student, notebook, question), each student's TOTAL row after their questions."""
    out: list[Row] = []
    students = sorted({r.student for r in rows})
    for student in students:
        mine = sorted(
            (r for r in rows if r.student == student and r.question != TOTAL),
            key=lambda r: (natural_key(r.notebook), natural_key(r.question)),
        )
        out.extend(mine)
        points = sum(r.points for r in mine)
        max_points = sum(r.max_points for r in mine)
        out.append(Row(student, "", TOTAL, points, max_points, "", ""))
    return out


def gradebook_csv(rows: list[Row]) -> str:
    """The gradebook file's text: a header of `COLUMNS`, then one line per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.student, r.notebook, r.question, fmt(r.points), fmt(r.max_points), r.status, r.reason])
    return buffer.getvalue()


def read_gradebook(path: Path) -> list[Row]:
    """Rows of an existing gradebook (for --resume and `medialit report`); `MedialitError` if it is not one of ours."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, strict=True)  # an unclosed quote is an error, not a field to the end
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise MedialitError(f"{path}: not a medialit gradebook (columns {', '.join(COLUMNS)})")
            return [
                Row(
                    r["student"],
                    r["notebook"],
                    r["question"],
                    float(r["points"]),
                    float(r["max_points"]),
                    r["status"],
                    r["reason"],
                )
                for r in reader
            ]
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as err:
        raise MedialitError(f"{path}: cannot read the gradebook ({err})") from None

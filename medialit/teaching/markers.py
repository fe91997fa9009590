"""nbgrader answer markers and cell metadata: parsing, validation and the leak check.

A solution notebook marks answers and hidden tests the nbgrader way::

    ### BEGIN SOLUTION                 (in a cell with metadata.nbgrader.solution = true)
    answer = ["Bas News", "Reuters"]
    ### END SOLUTION

    check("03.2", answer)             (in a cell with metadata.nbgrader.grade = true)
    ### BEGIN HIDDEN TESTS
    assert len(answer) == 2
    ### END HIDDEN TESTS

Cell metadata follows nbgrader's schema version 3 (`grade`, `grade_id`, `locked`,
`points`, `solution`, `schema_version`), so a course on nbgrader can import the
notebooks. A malformed marker is an error naming the file and the cell: a quiet
pass would ship an answer to students.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import MedialitError

BEGIN_SOLUTION = "### BEGIN SOLUTION"
END_SOLUTION = "### END SOLUTION"
BEGIN_HIDDEN = "### BEGIN HIDDEN TESTS"
END_HIDDEN = "### END HIDDEN TESTS"
SCHEMA_VERSION = 3

_MARKER = re.compile(r"^\s*(?:#+|<!--)?\s*(BEGIN|END)\s+(SOLUTION|HIDDEN TESTS)\b.*$")
#: Anything that looks like a marker, for the leak check (looser than the parser on purpose).
_LEAK = re.compile(r"(BEGIN|END)\s+(SOLUTION|HIDDEN\s+TESTS)", re.IGNORECASE)


@dataclass(frozen=True)
class Region:
    """A marked region of a cell's source: `kind` is "solution" or "hidden"; lines are 0-based, markers included."""

    kind: str
    begin: int
    end: int
    indent: str


def source_of(cell: Mapping[str, Any]) -> str:
    """A cell's source as one string (notebook files may store it as a list of lines)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def nbgrader_meta(cell: Mapping[str, Any]) -> dict[str, Any]:
    """The cell's `metadata.nbgrader` dict, or {} when it has none."""
    meta = cell.get("metadata", {}).get("nbgrader")
    return dict(meta) if isinstance(meta, dict) else {}


def is_answer_cell(cell: Mapping[str, Any]) -> bool:
    """A cell the student writes in (nbgrader: solution = true)."""
    return bool(nbgrader_meta(cell).get("solution"))


def is_grade_cell(cell: Mapping[str, Any]) -> bool:
    """A test cell that earns points (nbgrader: grade = true and not a solution cell)."""
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution")


def is_locked_cell(cell: Mapping[str, Any]) -> bool:
    """A cell restored from the instructor's copy when grading: locked or a test cell."""
    meta = nbgrader_meta(cell)
    return bool(meta.get("locked")) or is_grade_cell(cell)


def cell_label(index: int, cell: Mapping[str, Any]) -> str:
    """How errors name a cell: "cell 4 ('03.2')"."""
    grade_id = nbgrader_meta(cell).get("grade_id")
    return f"cell {index} ({grade_id!r})" if grade_id else f"cell {index}"


def find_regions(source: str, *, where: str = "") -> list[Region]:
    """The marked regions of a cell source, in order.

    Raises:
        MedialitError: BEGIN without END, END without BEGIN, a region inside another, or a
            mismatched END (the message starts with `where`, e.g. "99_demo.ipynb, cell 4 ('99.1')").
    """
    regions: list[Region] = []
    open_kind: str | None = None
    open_line = 0
    indent = ""
    for number, line in enumerate(source.splitlines()):
        match = _MARKER.match(line)
        if not match:
            continue
        verb, what = match.group(1), "solution" if match.group(2) == "SOLUTION" else "hidden"
        label = "SOLUTION" if what == "solution" else "HIDDEN TESTS"
        if verb == "BEGIN":
            if open_kind is not None:
                raise MedialitError(
                    f"{where}: BEGIN {label} on line {number + 1} inside an open region (regions cannot nest)"
                )
            open_kind, open_line, indent = what, number, line[: len(line) - len(line.lstrip())]
        else:
            if open_kind is None:
                raise MedialitError(f"{where}: END {label} on line {number + 1} without a BEGIN")
            if open_kind != what:
                raise MedialitError(f"{where}: END {label} on line {number + 1} closes a region of another kind")
            regions.append(Region(what, open_line, number, indent))
            open_kind = None
    if open_kind is not None:
        label = "SOLUTION" if open_kind == "solution" else "HIDDEN TESTS"
        raise MedialitError(f"{where}: BEGIN {label} on line {open_line + 1} has no END {label}")
    return regions


def validate_notebook(nb: Mapping[str, Any], *, name: str) -> None:
    """Check ids, metadata and markers of a solution notebook; raise `MedialitError` naming file and cell."""
    cells = nb.get("cells")
    if not isinstance(cells, list):
        raise MedialitError(f"{name}: not a notebook (no list of cells)")
    seen: dict[str, int] = {}
    for index, cell in enumerate(cells):
        meta = nbgrader_meta(cell)
        where = f"{name}, {cell_label(index, cell)}"
        regions = find_regions(source_of(cell), where=where)
        if meta:
            grade_id = meta.get("grade_id")
            if not isinstance(grade_id, str) or not grade_id.strip():
                raise MedialitError(f"{where}: nbgrader metadata without a grade_id")
            if grade_id in seen:
                raise MedialitError(f"{where}: grade_id {grade_id!r} is already used by cell {seen[grade_id]}")
            seen[grade_id] = index
            if meta.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
                raise MedialitError(f"{where}: nbgrader schema_version must be {SCHEMA_VERSION}")
            if meta.get("grade"):
                points = meta.get("points")
                if isinstance(points, bool) or not isinstance(points, (int, float)) or points < 0:
                    raise MedialitError(f"{where}: a grade cell needs points (a number >= 0)")
                if cell.get("cell_type") != "code" and not meta.get("solution"):
                    raise MedialitError(f"{where}: a test cell must be a code cell")
        for region in regions:
            if region.kind == "solution" and not meta.get("solution"):
                raise MedialitError(
                    f"{where}: SOLUTION markers in a cell whose nbgrader metadata is not solution = true"
                )
            if region.kind == "hidden" and not (meta.get("grade") and not meta.get("solution")):
                raise MedialitError(f"{where}: HIDDEN TESTS markers in a cell that is not a test (grade) cell")


def _meaningful(line: str) -> bool:
    """A line worth looking for in a student copy: not blank, not a lone bracket or `...`."""
    stripped = line.strip()
    return len(re.sub(r"[\W_]", "", stripped)) >= 3 and stripped not in ("pass", "...")


def secret_lines(solution: Mapping[str, Any]) -> set[str]:
    """Lines that occur only inside SOLUTION or HIDDEN TESTS regions of `solution` (stripped)."""
    inside: set[str] = set()
    outside: set[str] = set()
    for cell in solution.get("cells", []):
        lines = source_of(cell).splitlines()
        marked = set()
        for region in find_regions(source_of(cell), where="solution"):
            marked.update(range(region.begin, region.end + 1))
        for number, line in enumerate(lines):
            (inside if number in marked else outside).add(line.strip())
    return {line for line in inside - outside if _meaningful(line) and not _LEAK.search(line)}


def find_leaks(notebook: Mapping[str, Any], solution: Mapping[str, Any] | None = None) -> list[str]:
    """Everything in a student copy that should not be there, one line each ([] when clean).

    Looks for any BEGIN/END SOLUTION or HIDDEN TESTS marker in any cell (source or
    outputs), and, given the `solution` notebook, for any line that the solution has
    only inside an answer or hidden-test region.
    """
    leaks: list[str] = []
    secrets = secret_lines(solution) if solution is not None else set()
    for index, cell in enumerate(notebook.get("cells", [])):
        label = cell_label(index, cell)
        texts = [source_of(cell)] + [_output_text(o) for o in cell.get("outputs", []) or []]
        for text in texts:
            for match in _LEAK.finditer(text):
                leaks.append(f"{label}: marker {match.group(0)!r} left in")
        for line in source_of(cell).splitlines():
            if line.strip() in secrets:
                leaks.append(f"{label}: solution or hidden-test line left in: {line.strip()[:60]!r}")
    return leaks


def _output_text(output: Mapping[str, Any]) -> str:
    parts: Iterable[Any] = [output.get("text", ""), *(output.get("data", {}) or {}).values(), output.get("evalue", "")]
    return "\n".join("".join(p) if isinstance(p, list) else str(p) for p in parts)

"""No graded answer is printed by its lesson, by a practice reveal, or by its own set outside the passage (slow).

Runs the lessons and the student copies of the sets (every set whose answers file has cases) (as a student first sees them, answers
blank) in fresh kernels, collects everything they print (streams, text and HTML outputs, widget
state), and searches it for each graded key of sets 01-04 (`CASES[...]["key"]` from the answers
files, the answers in the clear), in every lesson's and every set's output:

- a right option (choice, justified choice, set of options) must not be printed by a lesson or
  another set (its own set lists it among the options, which is the question);
- a mapping's (item, label) must not be printed on one line together (a helper table that
  labels the very cue the question asks about is the answer);
- a set of words must not be printed together on one line.

Items that are numbers (sentence and paragraph numbers) are left out: they are on every line.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from teaching_factories import key_source

from medialit.teaching.keys import normalize

ROOT = Path(__file__).resolve().parents[1]
#: Every set whose answers file gives its answers in the clear (cases): 01-04 now, the others as they add them.
SETS = [
    p.name[:2]
    for p in sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb"))
    if hasattr(key_source(p.name[:2]), "CASES")
]

pytestmark = pytest.mark.slow


def _output_text(nb: dict) -> str:
    """Everything a run of `nb` shows: streams, text/plain, text/html (tags dropped), widget state strings."""
    parts: list[str] = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            if "text" in out:
                parts.append("".join(out["text"]) if isinstance(out["text"], list) else out["text"])
            data = out.get("data", {})
            for mime in ("text/plain", "text/markdown"):
                if mime in data:
                    parts.append("".join(data[mime]) if isinstance(data[mime], list) else data[mime])
            if "text/html" in data:
                raw = "".join(data["text/html"]) if isinstance(data["text/html"], list) else data["text/html"]
                parts.append(html.unescape(re.sub(r"<br\s*/?>|</(?:p|div|tr|li|h\d)>", "\n", raw)).replace("<", " <"))
                parts[-1] = re.sub(r"<[^>]+>", " ", parts[-1])
    state = (
        nb.get("metadata", {}).get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {}).get("state", {})
    )
    for model in state.values():
        for value in model.get("state", {}).values():
            if isinstance(value, str):
                parts.append(html.unescape(re.sub(r"<[^>]+>", " ", value)))
            elif isinstance(value, list):
                parts.extend(str(v) for v in value if isinstance(v, str))
    return "\n".join(parts)


def _run(path: Path, workdir: Path) -> str:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(
        nb, timeout=180, kernel_name="python3", store_widget_state=True, resources={"metadata": {"path": str(workdir)}}
    )
    client.execute()
    return _output_text(json.loads(nbformat.writes(nb)))


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """{"lesson 01": text, "set 01": text, ...} from one run of each notebook, in a scratch copy of the layout."""
    work = tmp_path_factory.mktemp("leaks")
    shutil.copytree(ROOT / "notebooks", work / "notebooks")
    shutil.copytree(ROOT / "exercises", work / "exercises")
    found: dict[str, str] = {}
    for set_id in SETS:
        lesson = next((work / "notebooks").glob(f"{set_id}_*.ipynb"))
        exercise = next((work / "exercises").glob(f"{set_id}_*.ipynb"))
        found[f"lesson {set_id}"] = _run(lesson, lesson.parent)
        found[f"set {set_id}"] = _run(exercise, exercise.parent)
    return found


_NUMBERING = re.compile(r"^\[?\d+\]?\s+")


def _words(text: str) -> str:
    """Only the words, in order: a printed repr (escaped quotes) and the literal in the code compare equal."""
    return " ".join(re.findall(r"[^\W_]+", text.replace("\\n", " ")))


def _lines(text: str) -> list[str]:
    return [normalize(line) for line in text.splitlines() if line.strip()]


def _needles(key: Any) -> tuple[list[str], list[tuple[str, str]], list[list[str]]]:
    """(option texts, (item, label) pairs, word groups) of a key, numbers left out."""
    options: list[str] = []
    pairs: list[tuple[str, str]] = []
    groups: list[list[str]] = []
    if isinstance(key, dict) and "answer" in key and "why" in key:
        key = key["answer"]
    if isinstance(key, str):
        options.append(normalize(key))
    elif isinstance(key, dict):
        pairs += [(normalize(k), normalize(v)) for k, v in key.items() if isinstance(k, str) and isinstance(v, str)]
    elif isinstance(key, list) and key and all(isinstance(x, str) for x in key):
        long_ones = [normalize(x) for x in key if len(x.split()) >= 5]
        options += long_ones
        short = [normalize(x) for x in key if len(x.split()) < 5]
        if len(short) >= 2:
            groups.append(short)
    return options, pairs, groups


def _word_in(word: str, line: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", line) is not None


CASES = [(s, q) for s in SETS for q in key_source(s).CASES]


@pytest.mark.parametrize(("set_id", "question"), CASES, ids=[q for _, q in CASES])
def test_no_graded_key_is_printed(outputs, set_id, question):
    source = key_source(set_id)
    key = source.CASES[question]["key"]
    # The set's passages are string literals in its own code cells (a story the set prints for the student).
    exercise = json.loads(next((ROOT / "exercises").glob(f"{set_id}_*.ipynb")).read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in exercise["cells"] if c["cell_type"] == "code")
    passage = _words(code.casefold())
    options, pairs, groups = _needles(key)
    leaks = []
    # The scope: the set's own lesson (practice reveals included) and the set itself.
    for where in (f"lesson {set_id}", f"set {set_id}"):
        text = outputs[where]
        lines = _lines(text)
        if where.startswith("set "):
            # The passage the question is about is printed whole: a source named beside its figure there is
            # the question, not a reveal. A line that is a piece of one of the set's texts is passage.
            lines = [line for line in lines if _words(_NUMBERING.sub("", line)) not in passage]
        flat = " ".join(lines)
        # A set lists its own options (that is the question); anywhere else an option printed is a reveal.
        leaks += [f"{where}: option {o!r}" for o in options if o in flat and where != f"set {set_id}"]
        leaks += [
            f"{where}: {item!r} with {label!r}: {line[:120]!r}"
            for item, label in pairs
            for line in lines
            if len(item) >= 3 and _word_in(item, line) and _word_in(label, line)
        ]
        leaks += [
            f"{where}: {group!r} together"
            for group in groups
            for line in lines
            if all(_word_in(w, line) for w in group)
        ]
    assert not leaks, f"{question}: the answer is printed: {leaks[:5]}"


def test_the_search_would_find_a_printed_answer():
    """The needles are found where a helper table prints them (so the test above can fail)."""
    options, pairs, groups = _needles({"is said to": "hearsay", "Many": "weasel"})
    lines = _lines("sentence  text        category\n1         is said to  hearsay\n")
    assert any(_word_in(i, line) and _word_in(label, line) for i, label in pairs for line in lines)
    options, _, _ = _needles({"answer": "Only in part: the council rejected the reports", "why": "x"})
    assert options and options[0] in " ".join(_lines("Right: Only in part: the council rejected the reports."))

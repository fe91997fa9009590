"""Lessons: structure (one H1, goals, time, reflection), accessibility (alt text), and accuracy to the article.

Accuracy rule: every span a lesson's markdown puts in double quotes (straight or curly) with two or
more words, and every block-quote line, must occur verbatim in the article (quotes, dashes and
whitespace normalised). A markdown cell that quotes something else on purpose (an invented example
sentence) says so with the comment ``<!-- not-from-article -->``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import medialit

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
EXPECTED = [
    "00_start_here",
    "01_anatomy",
    "02_who_says_what",
    "03_claims_and_denials",
    "04_hedges_and_loaded_words",
    "05_figures",
    "06_timeline",
    "07_trace_and_compare",
    "08_capstone",
]
CHART_CALLS = re.compile(r"\bfigure_chart\(|\bplt\.|\.plot\(|\btimeline_chart\(|\bsources_chart\(")


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _src(cell: dict) -> str:
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else s


def _markdown(path: Path) -> list[str]:
    return [_src(c) for c in _cells(path) if c["cell_type"] == "markdown"]


def _without_code(md: str) -> str:
    return re.sub(r"```.*?```|`[^`\n]*`", " ", md, flags=re.S)


def _norm(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = s.replace("—", "-").replace("–", "-")
    return re.sub(r"\s+", " ", s).strip()


ARTICLE = _norm(medialit.load_article().text)


def _quoted_spans(md: str) -> list[str]:
    text = _without_code(md)
    spans = []
    for m in re.finditer(r"“([^”\n]+)”|(?<![\w=])\"([^\"\n]+)\"", text):
        span = m.group(1) or m.group(2)
        if len(span.split()) >= 2:
            spans.append(span)
    for line in text.splitlines():
        if line.startswith(">"):
            body = line.lstrip("> ").strip()
            body = re.sub(r"^\*\*?|\*\*?$", "", body).strip()
            if len(body.split()) >= 3 and not body.startswith(("**", "_", "Alt text", "Note", "Tip")):
                spans.append(body)
    return spans


@pytest.mark.parametrize("name", EXPECTED)
def test_every_lesson_exists(name):
    assert (ROOT / "notebooks" / f"{name}.ipynb").exists(), f"missing lesson {name}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_exactly_one_h1(path):
    h1 = [line for md in _markdown(path) for line in _without_code(md).splitlines() if re.match(r"#\s", line)]
    assert len(h1) == 1, h1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_goals_time_and_reflection(path):
    md = "\n".join(_markdown(path))
    assert re.search(r"(?i)what you will learn", md), "no 'What you will learn' section"
    goals = re.search(r"(?is)what you will learn.*?\n((?:\s*[-*\d.]+\s.*\n?){3,})", md)
    assert goals, "goals should be a list of 3-5 items"
    assert re.search(r"(?i)time needed:?\**\s*(about\s+)?\d+", md), "no 'Time needed: N minutes' line"
    assert re.search(r"(?i)reflect", md), "no reflection questions"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_images_and_charts_have_alt_text(path):
    cells = _cells(path)
    for i, cell in enumerate(cells):
        src = _src(cell)
        if cell["cell_type"] == "markdown":
            for alt in re.findall(r"!\[([^\]]*)\]\(", src):
                assert alt.strip(), f"image without alt text in cell {i}"
            for tag in re.findall(r"<img\b[^>]*>", src):
                assert re.search(r'alt="[^"]+"', tag), f"<img> without alt in cell {i}"
        elif CHART_CALLS.search(src):
            near = [_src(c) for c in cells[max(0, i - 1) : i + 2] if c["cell_type"] == "markdown"]
            assert any(re.search(r"(?i)alt text", n) for n in near), f"chart in cell {i} has no 'Alt text' beside it"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path):
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_quoted_article_spans_are_verbatim(path):
    wrong = []
    for md in _markdown(path):
        if "<!-- not-from-article -->" in md:
            continue
        for span in _quoted_spans(md):
            if _norm(span).strip(" .,") not in ARTICLE:
                wrong.append(span)
    assert not wrong, f"quoted but not in the article: {wrong}"


def test_quote_checker_catches_a_misquote():
    assert _quoted_spans('The ministry said the reports were "found untrue".') == ["found untrue"]
    assert _norm("found untrue") not in ARTICLE  # the article has: found ‘untrue,'
    assert _norm("were found") in ARTICLE

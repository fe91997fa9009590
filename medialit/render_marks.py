"""Hedge and loaded-word cues as labelled marks: each category's underline, its meaning, the marked paragraphs,
the legend, the count per category and the cues a student types in.

Meaning is never carried by colour alone: every mark has a visible text label (``reportedly[hearsay]``) and each
category has its own underline (line style and thickness). What a category means and how it is marked are data:
`medialit/data/categories.csv`. Import these through :mod:`medialit.render`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import pandas as pd

from .render_base import esc, int_or_none, plain, rows_in_span, shorten

_FALLBACK_STYLE = ("solid", "thin", "#eeeeee")
_THICKNESS = {"thin": "1px", "medium": "2px", "thick": "3.5px"}


def category_definitions() -> pd.DataFrame:
    """What each hedge and loaded-word category means: `category`, `kind`, `meaning`, `example`, `note`.

    One source for the highlighter's legend and lesson 04 (`medialit/data/categories.csv`).
    """
    return pd.DataFrame(list(_definition_rows()), columns=["category", "kind", "meaning", "example", "note"])


@lru_cache(maxsize=1)
def _definition_rows() -> tuple[dict[str, str], ...]:
    text = resources.files("medialit").joinpath("data/categories.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))


def category_meaning(category: object) -> str:
    """The one-line meaning of `category` from :func:`category_definitions` ('a cue you added' if unknown)."""
    meanings = {row["category"]: row["meaning"] for row in _definition_rows()}
    return meanings.get(plain(category), "a cue you added")


#: Category -> (underline style, thickness, light background), from `medialit/data/categories.csv`. Each
#: category has its own pair of line style and thickness (five styles x thin/medium/thick), so no two share an
#: underline; its label in brackets says it in words.
CATEGORY_STYLES: dict[str, tuple[str, str, str]] = {
    row["category"]: (row["underline"], row["thickness"], row["background"]) for row in _definition_rows()
}

ROLE_NOTES = {
    "headline": "headline",
    "related-headline": "related link: another story",
    "boilerplate": "site boilerplate",
}


def category_style(category: object) -> tuple[str, str, str]:
    """(underline style, thickness 'thin'/'medium'/'thick', background) of a hedge category."""
    return CATEGORY_STYLES.get(plain(category), _FALLBACK_STYLE)


def _mark_open(row: pd.Series, meaning: str | None = None) -> str:
    category = plain(row.get("category")) or "cue"
    line, weight, background = category_style(category)
    note = plain(row.get("note")) or meaning or category_meaning(category)
    rule = plain(row.get("rule"))
    title = f"{category}: {note}" + (f" ({rule})" if rule else "")
    return (
        f'<mark class="medialit-cue" data-category="{esc(category)}" title="{esc(title)}" '
        f'style="background:{background};color:inherit;padding:0 1px;text-decoration:underline {line};'
        f'text-decoration-thickness:{_THICKNESS[weight]};text-underline-offset:3px">'
    )


def _mark_close(row: pd.Series) -> str:
    category = plain(row.get("category")) or "cue"
    return (
        f'</mark><sup class="medialit-label" style="font-size:70%;font-weight:bold;margin-right:2px">'
        f"[{esc(category)}]</sup>"
    )


def mark_spans(text: str, offset: int, spans: pd.DataFrame) -> str:
    """Escape `text` (which starts at `offset` in the article) with each span as a labelled mark.

    A span inside another is nested; a span crossing the end of the enclosing one
    is cut at that end so the markup always nests.
    """
    rows = []
    for _, row in spans.iterrows():
        s, e = int_or_none(row.get("start")), int_or_none(row.get("end"))
        if s is None or e is None:
            continue
        s, e = max(s - offset, 0), min(e - offset, len(text))
        if e > s:
            rows.append((s, e, row))
    rows.sort(key=lambda r: (r[0], -r[1]))
    out: list[str] = []
    stack: list[tuple[int, pd.Series]] = []
    pos = 0
    for s, e, row in rows:
        while stack and stack[-1][0] <= s:
            end, top = stack.pop()
            out.append(esc(text[pos:end]) + _mark_close(top))
            pos = end
        if stack:
            e = min(e, stack[-1][0])
        out.append(esc(text[pos:s]) + _mark_open(row))
        pos = s
        stack.append((e, row))
    while stack:
        end, top = stack.pop()
        out.append(esc(text[pos:end]) + _mark_close(top))
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def hedges_html(paragraphs: pd.DataFrame, hedges: pd.DataFrame, *, paragraph: int | None = None) -> str:
    """The article's paragraphs (or one of them) with every cue marked and labelled."""
    shown = paragraphs if paragraph is None else paragraphs[paragraphs["paragraph"] == paragraph]
    hedges = hedges if hedges is not None else pd.DataFrame(columns=["start", "end", "category"])
    parts = []
    for _, para in shown.iterrows():
        start, end = int(para["start"]), int(para["end"])
        inside = rows_in_span(hedges, start, end) if len(hedges) else hedges
        role = plain(para.get("role"))
        note = (
            f' <span style="font-size:80%;border:1px solid #888;padding:0 3px">{esc(ROLE_NOTES[role])}</span>'
            if role in ROLE_NOTES
            else ""
        )
        weight = "font-weight:bold;" if role == "headline" else ""
        parts.append(
            f'<p style="margin:0 0 .7em 0;{weight}"><span style="font-size:80%;color:#555">¶{esc(para["paragraph"])}</span> '
            f"{mark_spans(str(para['text']), start, inside)}{note}</p>"
        )
    body = "".join(parts) or "<p><i>(no text)</i></p>"
    return f'<div class="medialit-hedges" style="line-height:2;max-width:60em">{body}</div>'


def legend_html(categories: Iterable[str]) -> str:
    """A legend: a sample mark per category with its label and meaning."""
    items = []
    for category in dict.fromkeys(categories):
        line, weight, _ = category_style(category)
        meaning = category_meaning(category)
        sample = (
            _mark_open(pd.Series({"category": category, "note": meaning}))
            + "example"
            + _mark_close(pd.Series({"category": category}))
        )
        items.append(
            f'<li style="font-size:90%">{sample} {esc(meaning)} '
            f"<small>(underline: {esc(weight)} {esc(line)})</small></li>"
        )
    if not items:
        return "<p><i>No cues to show.</i></p>"
    style = (
        "padding:0;margin:.3em 0;list-style:none;display:grid;"
        "grid-template-columns:repeat(auto-fill,minmax(24em,1fr));line-height:1.8"
    )
    return f'<ul class="medialit-legend" aria-label="Legend" style="{style}">{"".join(items)}</ul>'


def hedges_text(hedges: pd.DataFrame) -> str:
    """'N cues marked' and, per category, the count and the cues."""
    if hedges is None or len(hedges) == 0:
        return "0 cues marked."
    lines = [f"{len(hedges)} cue{'s' if len(hedges) != 1 else ''} marked:"]
    for category, group in hedges.groupby("category", sort=True):
        # Count "Reportedly" and "reportedly" together, but show the article's own spelling (the first seen).
        shown = group["text"].map(lambda t: shorten(t, 30))
        counts = shown.groupby(shown.str.lower(), sort=False).agg(["first", "size"])
        counts = counts.sort_values("size", ascending=False, kind="stable")
        listed = ", ".join(f"{c} ×{n}" if n > 1 else c for c, n in zip(counts["first"], counts["size"]))
        lines.append(f"  [{category}] {len(group)}: {listed}")
    return "\n".join(lines)


def parse_cues(text: str) -> pd.DataFrame:
    """Lines 'cue, category' (blank lines and '#' comments skipped) -> frame with cue, category.

    The last comma splits, so a cue may contain a comma but a category never does. A line without a
    comma, or with a category that does not exist, is a `MedialitError` that quotes the line, says
    what was expected and gives an example.
    """
    from .errors import MedialitError

    known = list(category_definitions()["category"])
    rows = []
    for number, line in enumerate(plain(text).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "," not in line:
            raise MedialitError(
                f"line {number} ({line!r}) has no comma: write the cue, a comma, then its category, "
                f"e.g. 'allegedly, hearsay'"
            )
        cue, _, category = line.rpartition(",")
        cue, category = cue.strip(), category.strip()
        if not cue:
            continue
        if category not in known:
            raise MedialitError(
                f"line {number} ({line!r}): {category!r} is not a category; after the comma write one of "
                f"{', '.join(known)}, e.g. '{cue}, hearsay'"
            )
        rows.append({"cue": cue, "category": category})
    return pd.DataFrame(rows, columns=["cue", "category"])

"""What the figure comparison chart shows, without drawing it: one row per figure, and the chart in words."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from ..render import plain, shorten, source_words
from .labels import as_number, number_words

#: status -> (marker, filled?, word). Shapes differ so status survives greyscale.
STATUS_MARKERS: dict[str, tuple[str, bool, str]] = {
    "reported": ("o", True, "reported"),
    "stated": ("s", True, "stated"),
    "estimated": ("D", False, "estimated"),
    "denied": ("X", True, "denied"),
}
OTHER_MARKER = ("P", True, "")

DATA_COLUMNS = [
    "id",
    "what",
    "value",
    "low",
    "high",
    "qualifier",
    "source",
    "status",
    "role",
    "shape",
    "x_start",
    "x_end",
    "y",
    "band",
    "label",
]


def _shape(low: float | None, high: float | None, value: float | None) -> str:
    if low is None and high is None:
        return "point"
    if high is not None and math.isinf(high):
        return "at-least"
    if (low is None or low <= 0 or math.isinf(low)) and high is not None:
        return "up-to" if (value is None or value == high) else "range"
    if low is not None and high is not None and low != high:
        return "range"
    return "point"


def chart_data(figures: pd.DataFrame) -> pd.DataFrame:
    """The rows :func:`figure_chart` draws: one per figure, with shape, x extent, y and label."""
    rows: list[dict[str, Any]] = []
    if figures is not None and len(figures):
        ordered = figures.sort_values("start", kind="stable") if "start" in figures else figures
        for _, f in ordered.iterrows():
            value, low, high = as_number(f.get("value")), as_number(f.get("low")), as_number(f.get("high"))
            shape = _shape(low, high, value)
            if shape == "at-least":
                start, end = (low if low is not None else value), math.inf
            elif shape == "up-to":
                start, end = 0.0, high
            elif shape == "range":
                start, end = (low if low is not None and not math.isinf(low) else 0.0), high
            else:
                start = end = value if value is not None else (low if low is not None else high)
            status = plain(f.get("status")) or "reported"
            qualifier = plain(f.get("qualifier")).strip()
            source = plain(f.get("source")).strip()
            word = STATUS_MARKERS.get(status, OTHER_MARKER)[2] or status
            quoted = shorten(f.get("text"), 30)
            shown = (
                f"“{quoted}”"
                if quoted
                else " ".join(p for p in (qualifier, number_words(value if value is not None else start)) if p)
            )
            label = f"{shown} — {word}" + (f", per {shorten(source_words(source), 42)}" if source else "")
            rows.append(
                {
                    "id": f.get("id"),
                    "what": plain(f.get("what")) or plain(f.get("text")),
                    "value": value,
                    "low": low,
                    "high": high,
                    "qualifier": qualifier,
                    "source": source,
                    "status": status,
                    "role": plain(f.get("role")) or "body",
                    "shape": shape,
                    "x_start": start,
                    "x_end": end,
                    "band": "different story" if plain(f.get("role")) == "related-headline" else "this story",
                    "label": label,
                }
            )
    data = pd.DataFrame(rows, columns=[c for c in DATA_COLUMNS if c != "y"])
    # This story on top in article order, then the band for the other story.
    data = pd.concat([data[data["band"] == "this story"], data[data["band"] != "this story"]], ignore_index=True)
    data.insert(DATA_COLUMNS.index("y"), "y", list(range(len(data))))
    return data[DATA_COLUMNS]


def figure_chart_alt_text(data: pd.DataFrame) -> str:
    """A sentence-by-sentence description of the chart for screen readers and the lessons."""
    if data is None or data.empty:
        return "A chart with no figures: none were found in this article."
    parts = [f"Chart of {len(data)} figure{'s' if len(data) != 1 else ''} from the article on a logarithmic scale."]
    for row in data.itertuples(index=False):
        extent = {
            "at-least": f"at least {number_words(row.x_start)}, with no upper bound",
            "up-to": f"anywhere from 0 up to {number_words(row.x_end)}",
            "range": f"between {number_words(row.x_start)} and {number_words(row.x_end)}",
        }.get(row.shape, number_words(row.value if row.value is not None else row.x_start))
        who = f", according to {source_words(row.source)}" if row.source else ""
        story = " This one is from the related headline, a different story." if row.band != "this story" else ""
        parts.append(f"{row.what or 'A figure'}: {extent} ({row.status}{who}).{story}")
    return " ".join(parts)

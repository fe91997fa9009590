"""Charts of the analysis frames (matplotlib, imported lazily; works headless).

Meaning is carried by shape, line style, hatching and words, never by colour
alone, so the charts read the same in greyscale and on paper.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd

from .render import plain, shorten

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: status -> (marker, filled?, word). Shapes differ so status survives greyscale.
STATUS_MARKERS: dict[str, tuple[str, bool, str]] = {
    "reported": ("o", True, "reported"),
    "stated": ("s", True, "stated"),
    "estimated": ("D", False, "estimated"),
    "denied": ("X", True, "denied"),
}
_OTHER_MARKER = ("P", True, "")

DATA_COLUMNS = ["id", "what", "value", "low", "high", "qualifier", "source", "status", "role",
                "shape", "x_start", "x_end", "y", "band", "label"]


def _number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _fmt(number: float | None) -> str:
    if number is None:
        return "?"
    if math.isinf(number):
        return "no limit"
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:.2g}"


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
            value, low, high = _number(f.get("value")), _number(f.get("low")), _number(f.get("high"))
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
            word = STATUS_MARKERS.get(status, _OTHER_MARKER)[2] or status
            quoted = shorten(f.get("text"), 30)
            shown = f"“{quoted}”" if quoted else " ".join(p for p in (qualifier, _fmt(value if value is not None else start)) if p)
            label = f"{shown} — {word}" + (f", per {shorten(source, 30)}" if source else "")
            rows.append({
                "id": f.get("id"), "what": plain(f.get("what")) or plain(f.get("text")), "value": value,
                "low": low, "high": high, "qualifier": qualifier, "source": source, "status": status,
                "role": plain(f.get("role")) or "body", "shape": shape, "x_start": start, "x_end": end,
                "band": "different story" if plain(f.get("role")) == "related-headline" else "this story",
                "label": label,
            })
    data = pd.DataFrame(rows, columns=[c for c in DATA_COLUMNS if c != "y"] )
    # This story on top in article order, then the band for the other story.
    data = pd.concat([data[data["band"] == "this story"], data[data["band"] != "this story"]], ignore_index=True)
    data.insert(DATA_COLUMNS.index("y"), "y", list(range(len(data))))
    return data[DATA_COLUMNS]


def _chart_figure_class() -> type:
    """A `Figure` that shows itself in a notebook as PNG, with its alt text as the plain-text view.

    A bare `Figure` (not made by pyplot) only shows ``<Figure size ...>`` in Jupyter;
    pyplot figures would pile up unless closed. This one does neither.
    """
    global _ChartFigure
    if _ChartFigure is None:
        from matplotlib.figure import Figure

        class ChartFigure(Figure):
            alt_text = ""

            def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict:
                import base64
                import io

                buffer = io.BytesIO()
                self.savefig(buffer, format="png", dpi=100)
                return {"image/png": base64.b64encode(buffer.getvalue()).decode("ascii"),
                        "text/plain": self.alt_text or "A chart."}

        _ChartFigure = ChartFigure
    return _ChartFigure


_ChartFigure: type | None = None


def figure_chart(figures: pd.DataFrame, *, ax: "Axes | None" = None) -> "tuple[Figure, pd.DataFrame]":
    """Every figure of the article on one symlog axis, qualifiers and status as shape and words.

    A point is one number; a line is a range; "at least" ends in an arrow to the
    right (no upper bound); "up to" runs from 0 with a bar at 0; the marker shape
    says reported (circle), stated (square), estimated (open diamond) or denied
    (cross), and the label says it in words too. Figures from the related headline
    sit in a hatched band labelled "different story".

    Args:
        figures: a `find_figures` frame.
        ax: draw into these axes; by default a new `Figure` (not registered with pyplot,
            so nothing leaks when many charts are made).

    Returns:
        (figure, data): the matplotlib figure and the frame of what was drawn (see `chart_data`).
    """
    from matplotlib.lines import Line2D

    data = chart_data(figures)
    if ax is None:
        fig = _chart_figure_class()(figsize=(10, 1.4 + 0.55 * max(len(data), 1)), layout="constrained")
        ax = fig.add_subplot()
        fig._medialit_own = True  # type: ignore[attr-defined]  # our figure: the legend may go below it
        fig.alt_text = figure_chart_alt_text(data)  # type: ignore[attr-defined]
    else:
        fig = ax.figure
    if data.empty:
        ax.text(0.5, 0.5, "No figures found in this article.", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig, data

    finite = [x for x in pd.concat([data["x_start"], data["x_end"]]) if x is not None and not math.isinf(x)]
    top = max(max(finite, default=1.0), 1.0)
    right = top * 12  # room for the arrows of open bounds
    ax.set_xscale("symlog", linthresh=1)
    ax.set_xlim(-0.6, right)  # a little left of 0 so a bar at 0 is not hidden by the spine
    ax.set_ylim(len(data) - 0.5, -0.5)

    for row in data.itertuples(index=False):
        y = row.y
        marker, filled, _ = STATUS_MARKERS.get(row.status, _OTHER_MARKER)
        face = "black" if filled else "white"
        if row.shape == "at-least":
            ax.annotate("", xy=(top * 8, y), xytext=(row.x_start, y), gid=f"open-bound-right-{row.id}",
                        arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.8, "mutation_scale": 18})
        elif row.shape in ("up-to", "range"):
            style = "--" if row.shape == "up-to" else "-"
            ax.plot([row.x_start, row.x_end], [y, y], linestyle=style, color="black", lw=1.8)
            ax.plot([row.x_start], [y], marker="|", markersize=16, color="black", mew=2,
                    gid=f"open-bound-left-{row.id}" if row.shape == "up-to" else None)
            if row.shape == "up-to":
                ax.text(row.x_start, y - 0.28, " from 0", fontsize=8, va="bottom")
        point = row.value if row.value is not None else row.x_end
        ax.plot([point], [y], marker=marker, markersize=10, markerfacecolor=face, markeredgecolor="black", color="black",
                mew=1.5, linestyle="none")
        # Labels sit in a column right of the axes, aligned, so they never cover a mark.
        ax.text(1.02, y, row.label, va="center", fontsize=9, transform=ax.get_yaxis_transform())

    ax.set_yticks(list(data["y"]), [shorten(w, 45) for w in data["what"]], fontsize=9)
    other = data[data["band"] != "this story"]
    if len(other):
        y0, y1 = other["y"].min() - 0.5, other["y"].max() + 0.5
        ax.axhspan(y0, y1, facecolor="none", edgecolor="grey", hatch="//", lw=0, gid="different-story-band")
        ax.axhline(y0, color="black", lw=1)
        ax.text(0.99, (y0 + y1) / 2, "different story\n(related headline)", transform=ax.get_yaxis_transform(),
                ha="right", va="center", fontsize=9, fontweight="bold",
                bbox={"facecolor": "white", "edgecolor": "black"})
    ax.set_xlabel("number (symmetric log scale: each step right is ×10)")
    ax.grid(axis="x", color="0.85", lw=0.6)
    ax.set_axisbelow(True)
    handles = [Line2D([], [], marker=m, linestyle="none", markerfacecolor="black" if f else "white",
                      markeredgecolor="black", markersize=8, label=w)
               for m, f, w in STATUS_MARKERS.values()]
    handles.append(Line2D([], [], color="black", lw=1.8, marker=">", markersize=6, label="at least (no upper bound)"))
    handles.append(Line2D([], [], color="black", lw=1.8, linestyle="--", label="up to (from 0)"))
    if fig is ax.figure and getattr(fig, "_medialit_own", False):
        fig.legend(handles=handles, loc="outside lower center", ncol=6, fontsize=8, frameon=False)
    else:
        ax.legend(handles=handles, loc="best", fontsize=7)
    ax.set_title("Figures in the article: what was counted, how sure, by whom", fontsize=11, loc="left")
    return fig, data


def figure_chart_alt_text(data: pd.DataFrame) -> str:
    """A sentence-by-sentence description of the chart for screen readers and the lessons."""
    if data is None or data.empty:
        return "A chart with no figures: none were found in this article."
    parts = [f"Chart of {len(data)} figure{'s' if len(data) != 1 else ''} from the article on a logarithmic scale."]
    for row in data.itertuples(index=False):
        extent = {
            "at-least": f"at least {_fmt(row.x_start)}, with no upper bound",
            "up-to": f"anywhere from 0 up to {_fmt(row.x_end)}",
            "range": f"between {_fmt(row.x_start)} and {_fmt(row.x_end)}",
        }.get(row.shape, _fmt(row.value if row.value is not None else row.x_start))
        who = f", according to {row.source}" if row.source else ""
        story = " This one is from the related headline, a different story." if row.band != "this story" else ""
        parts.append(f"{row.what or 'A figure'}: {extent} ({row.status}{who}).{story}")
    return " ".join(parts)

"""The figure comparison chart: every figure of the article on one symlog axis, drawn from `chart_data`."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd

from .canvas import chart_figure_class
from .figure_rows import OTHER_MARKER, STATUS_MARKERS, chart_data, figure_chart_alt_text
from .labels import plain_number_ticks, wrap_label

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


def figure_chart(figures: pd.DataFrame, *, ax: Axes | None = None) -> tuple[Figure, pd.DataFrame]:
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
    data = chart_data(figures)
    fig, ax = _figure_and_axes(data, ax)
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
        _draw_figure_row(ax, row, top)
    ax.set_yticks(list(data["y"]), [wrap_label(w) for w in data["what"]], fontsize=9)
    _draw_other_story_band(ax, data)
    plain_number_ticks(ax, right)
    ax.set_xlabel("number (each grid line to the right is ×10; 0 at the left)")
    ax.grid(axis="x", which="both", color="0.85", lw=0.6)
    ax.set_axisbelow(True)
    _add_legend(fig, ax)
    ax.set_title("Figures in the article: what was counted, how sure, by whom", fontsize=11, loc="left")
    return fig, data


def _figure_and_axes(data: pd.DataFrame, ax: Axes | None) -> tuple[Figure, Axes]:
    """The given axes and their figure, or a new chart figure sized to the rows, with its alt text."""
    if ax is not None:
        return ax.figure, ax
    fig = chart_figure_class()(figsize=(10, 1.4 + 0.55 * max(len(data), 1)), layout="constrained")
    ax = fig.add_subplot()
    fig._medialit_own = True  # type: ignore[attr-defined]  # our figure: the legend may go below it
    fig.alt_text = figure_chart_alt_text(data)  # type: ignore[attr-defined]
    return fig, ax


def _draw_figure_row(ax: Axes, row: Any, top: float) -> None:
    """One figure: its extent (arrow, line or bar), its status marker and its label right of the axes."""
    y = row.y
    marker, filled, _ = STATUS_MARKERS.get(row.status, OTHER_MARKER)
    face = "black" if filled else "white"
    if row.shape == "at-least":
        ax.annotate(
            "",
            xy=(top * 8, y),
            xytext=(row.x_start, y),
            gid=f"open-bound-right-{row.id}",
            arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.8, "mutation_scale": 18},
        )
    elif row.shape in ("up-to", "range"):
        style = "--" if row.shape == "up-to" else "-"
        ax.plot([row.x_start, row.x_end], [y, y], linestyle=style, color="black", lw=1.8)
        ax.plot(
            [row.x_start],
            [y],
            marker="|",
            markersize=16,
            color="black",
            mew=2,
            gid=f"open-bound-left-{row.id}" if row.shape == "up-to" else None,
        )
        if row.shape == "up-to":
            ax.text(row.x_start, y - 0.28, " from 0", fontsize=8, va="bottom")
    point = row.value if row.value is not None else row.x_end
    ax.plot(
        [point],
        [y],
        marker=marker,
        markersize=10,
        markerfacecolor=face,
        markeredgecolor="black",
        color="black",
        mew=1.5,
        linestyle="none",
    )
    # Labels sit in a column right of the axes, aligned, so they never cover a mark.
    ax.text(1.02, y, row.label, va="center", fontsize=9, transform=ax.get_yaxis_transform())


def _draw_other_story_band(ax: Axes, data: pd.DataFrame) -> None:
    """The hatched band, labelled in words, for the figures of the related headline (another story)."""
    other = data[data["band"] != "this story"]
    if not len(other):
        return
    y0, y1 = other["y"].min() - 0.5, other["y"].max() + 0.5
    ax.axhspan(y0, y1, facecolor="none", edgecolor="grey", hatch="//", lw=0, gid="different-story-band")
    ax.axhline(y0, color="black", lw=1)
    ax.text(
        0.99,
        (y0 + y1) / 2,
        "different story\n(related headline)",
        transform=ax.get_yaxis_transform(),
        ha="right",
        va="center",
        fontsize=9,
        fontweight="bold",
        bbox={"facecolor": "white", "edgecolor": "black"},
    )


def _add_legend(fig: Figure, ax: Axes) -> None:
    """The key of shapes and line styles: below our own figure, inside axes the caller gave."""
    from matplotlib.lines import Line2D

    handles = [
        Line2D(
            [],
            [],
            marker=m,
            linestyle="none",
            markerfacecolor="black" if f else "white",
            markeredgecolor="black",
            markersize=8,
            label=w,
        )
        for m, f, w in STATUS_MARKERS.values()
    ]
    handles.append(Line2D([], [], color="black", lw=1.8, marker=">", markersize=6, label="at least (no upper bound)"))
    handles.append(Line2D([], [], color="black", lw=1.8, linestyle="--", label="up to (from 0)"))
    if fig is ax.figure and getattr(fig, "_medialit_own", False):
        fig.legend(handles=handles, loc="outside lower center", ncol=6, fontsize=8, frameon=False)
    else:
        ax.legend(handles=handles, loc="best", fontsize=7)

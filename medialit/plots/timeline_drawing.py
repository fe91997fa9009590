"""The timeline chart: every date expression on a calendar axis, drawn from `timeline_data`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from ..render import shorten
from .canvas import chart_figure_class
from .timeline_rows import timeline_data
from .timeline_words import CAL, mon_year, month_year, timeline_chart_alt_text, timeline_note

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_ONE_DAY = pd.Timedelta(days=1)


def timeline_chart(
    dates: pd.DataFrame,
    *,
    published: object = None,
    ax: Axes | None = None,
    window: tuple[object, object] | None = None,
) -> tuple[Figure, pd.DataFrame]:
    """Every date expression of the article on a calendar axis; what cannot be dated listed underneath.

    One row per dated expression, earliest at the top, labelled on the left with the article's own
    words and on the right with the date in words and the event. A single day is a black dot; a range
    (a week, a month) is a hatched bar from its first to its last day. A dashed vertical line marks
    the assumed publication date. A lone far-off group (one event years earlier) is drawn as arrows at
    the edge with its date in words, so the weeks near publication stay readable. Expressions that
    cannot be dated are listed in a box under the chart, grouped by the reason.

    Args:
        dates: a `find_dates` frame.
        published: the assumed publication date (a date or anything `pd.Timestamp` reads); by
            default the one the frame was resolved against (``dates.attrs["published"]``, set by `find_dates`).
        ax: draw into these axes; by default a new `Figure` (not registered with pyplot).
        window: (first, last) day to show, to zoom in; rows wholly outside it are counted in the box
            under the chart, not drawn.

    Returns:
        (figure, data): the figure and the frame of what was drawn (see `timeline_data`).
    """
    data = timeline_data(dates, published=published, window=window)
    pub = data.attrs["published"]
    left, right = data.attrs["window"]
    shown = data[data["y"].notna()]
    note = timeline_note(data, with_key=not shown.empty)
    fig, ax, note_ax = _figure_and_axes(data, shown, note, ax)
    if shown.empty:
        message = _no_dates_message(data, pub)
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=12, gid="no-dates")
        ax.set_axis_off()
    else:
        _draw_timeline_rows(ax, shown, pub, left, right)
    if note:
        _draw_note(ax, note_ax, note)
    return fig, data


def _figure_and_axes(
    data: pd.DataFrame, shown: pd.DataFrame, note: str, ax: Axes | None
) -> tuple[Figure, Axes, Axes | None]:
    """(figure, axes, axes for the note): the given axes (no note axes), or a new chart figure sized to
    the rows and the note, with its alt text."""
    if ax is not None:
        return ax.figure, ax, None
    rows, lines = max(len(shown), 2), note.count("\n") + 1
    fig = chart_figure_class()(figsize=(12, 1.3 + 0.42 * rows + 0.19 * lines), layout="constrained")
    # The note gets its own (invisible) axes, so the layout keeps room for it whatever its length.
    ax, note_ax = fig.subplots(2, 1, height_ratios=[0.42 * rows, 0.19 * lines + 0.1])
    note_ax.set_axis_off()
    fig.alt_text = timeline_chart_alt_text(data)  # type: ignore[attr-defined]
    return fig, ax, note_ax


def _no_dates_message(data: pd.DataFrame, pub: pd.Timestamp | None) -> str:
    """What the empty chart says: no dates at all, none in the window, or none that can be placed."""
    if data.empty:
        return "No dates found in this article."
    if (data["drawn"] == "outside").any():
        return "No date falls in this window."
    return (
        f"None of the {len(data)} date expressions can be placed on the calendar"
        + ("" if pub is not None else ": no publication date was assumed")
        + "."
    )


def _draw_note(ax: Axes, note_ax: Axes | None, note: str) -> None:
    """The boxed note (key, rows outside the window, what cannot be dated): in its own axes, or under `ax`."""
    box = {"facecolor": "white", "edgecolor": "black", "boxstyle": "round,pad=0.5"}
    if note_ax is not None:
        note_ax.text(
            0,
            1,
            note,
            ha="left",
            va="top",
            fontsize=9,
            transform=note_ax.transAxes,
            gid="undated",
            bbox=box,
            linespacing=1.4,
        )
        return
    ax.annotate(
        note,
        (0, 0),
        xycoords="axes fraction",
        xytext=(0, -36),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=9,
        gid="undated",
        bbox=box,
        linespacing=1.4,
    )


def _draw_timeline_rows(
    ax: Axes, shown: pd.DataFrame, pub: pd.Timestamp | None, left: pd.Timestamp, right: pd.Timestamp
) -> None:
    """Each shown row as a dot, a hatched bar or an arrow off the scale, then the axes dressed around them."""
    for row in shown.itertuples(index=False):
        _draw_timeline_row(ax, row, left, right)
    n = len(shown)
    ax.set_ylim(n - 0.5, -1.3)  # earliest on top; headroom for the publication-date label
    ax.set_yticks(list(shown["y"].astype(int)), [f"“{shorten(t, 28)}”" for t in shown["text"]], fontsize=9.5)
    ax.tick_params(axis="y", length=0, pad=6)
    for y in range(n):
        ax.axhline(y, color="0.9", lw=0.6, zorder=0)
    ax.set_xlim(left, right + _ONE_DAY)
    if pub is not None and left <= pub <= right:
        _draw_publication_date(ax, pub)
    _dress_date_axis(ax, pub)


def _draw_timeline_row(ax: Axes, row: Any, left: pd.Timestamp, right: pd.Timestamp) -> None:
    """One row: an arrow with its date in words (off the scale), a dot (a day) or a hatched bar (a range)."""
    y = int(row.y)
    if row.drawn in ("off-left", "off-right"):
        at, side = (left, "left") if row.drawn == "off-left" else (right + _ONE_DAY, "right")
        ax.annotate(
            "",
            (at, y),
            xytext=(26 if side == "left" else -26, 0),
            textcoords="offset points",
            arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.8, "mutation_scale": 16},
            gid=f"off-{side}-{row.id}",
        )
        ax.annotate(
            f"{row.when}, off the scale",
            (at, y),
            xytext=(30 if side == "left" else -30, 0),
            textcoords="offset points",
            ha=side,
            va="center",
            fontsize=8.5,
            style="italic",
        )
    elif row.drawn == "point":
        ax.plot(
            [row.date_low + _ONE_DAY / 2],
            [y],
            marker="o",
            markersize=9,
            color="black",
            linestyle="none",
            gid=f"day-{row.id}",
        )
    else:
        ax.barh(
            y,
            row.date_high + _ONE_DAY - row.date_low,
            left=row.date_low,
            height=0.55,
            color="0.85",
            edgecolor="black",
            hatch="///",
            lw=1,
            gid=f"range-{row.id}",
        )
    # The label column right of the axes: date in words and the event, aligned, never over a mark.
    ax.text(1.01, y, row.label, va="center", fontsize=9, transform=ax.get_yaxis_transform())


def _draw_publication_date(ax: Axes, pub: pd.Timestamp) -> None:
    """The dashed line of the assumed publication date, labelled in words above the rows."""
    ax.axvline(pub + _ONE_DAY / 2, color="black", linestyle="--", lw=1.3, gid="publication-date")
    ax.text(
        pub + _ONE_DAY / 2,
        -1.0,
        f"assumed publication date\n{CAL.weekday_abbrs[pub.weekday()]} {pub.day} {mon_year(pub)} ",
        ha="right",
        va="center",
        fontsize=9,
        fontweight="bold",
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
    )


def _dress_date_axis(ax: Axes, pub: pd.Timestamp | None) -> None:
    """Concise date ticks, a light grid, no top or right spine, and the title (with the assumed date)."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="0.85", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    title = "When things happened, according to the article"
    if pub is not None:
        title += f" (assuming it was published on {pub.day} {month_year(pub)})"
    ax.set_title(title, loc="left", fontsize=12)

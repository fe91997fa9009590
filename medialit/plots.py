"""Charts of the analysis frames (matplotlib, imported lazily; works headless).

Meaning is carried by shape, line style, hatching and words, never by colour
alone, so the charts read the same in greyscale and on paper.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pandas as pd

from .calendar_words import calendar_words
from .render import plain, shorten, source_words

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


def wrap_label(text: str, width: int = 24, lines: int = 2) -> str:
    """`text` on at most `lines` lines of about `width` characters, broken between words only (never
    inside a word or at a hyphen); what does not fit ends in '…'."""
    import textwrap

    parts = textwrap.wrap(plain(text), width, break_long_words=False, break_on_hyphens=False) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1].rstrip(" ,;:") + "…"
    return "\n".join(parts)


def plain_number_ticks(ax: Axes, top: float) -> int:
    """Label the x axis (0 to `top`, powers of ten) with plain numbers (0, 1, 100, 10,000), not powers of ten
    (10⁰ … 10⁶); every other power when there are many, so the labels never run into each other.
    Returns the factor from one labelled tick to the next (10 or 100)."""
    from matplotlib.ticker import FixedLocator, FuncFormatter

    powers = max(int(math.floor(math.log10(max(top, 1.0)))), 0)
    step = 1 if powers <= 4 else 2
    ticks = [0.0] + [10.0**k for k in range(0, powers + 1, step)]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    # Every power of ten keeps its grid line, labelled or not: each line to the right is ×10.
    ax.xaxis.set_minor_locator(FixedLocator([10.0**k for k in range(0, powers + 1)]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: _fmt(x)))
    return 10**step


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
            shown = (
                f"“{quoted}”"
                if quoted
                else " ".join(p for p in (qualifier, _fmt(value if value is not None else start)) if p)
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
                return {
                    "image/png": base64.b64encode(buffer.getvalue()).decode("ascii"),
                    "text/plain": self.alt_text or "A chart.",
                }

        _ChartFigure = ChartFigure
    return _ChartFigure


_ChartFigure: type | None = None


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

    ax.set_yticks(list(data["y"]), [wrap_label(w) for w in data["what"]], fontsize=9)
    other = data[data["band"] != "this story"]
    if len(other):
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
    plain_number_ticks(ax, right)
    ax.set_xlabel("number (each grid line to the right is ×10; 0 at the left)")
    ax.grid(axis="x", which="both", color="0.85", lw=0.6)
    ax.set_axisbelow(True)
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
        who = f", according to {source_words(row.source)}" if row.source else ""
        story = " This one is from the related headline, a different story." if row.band != "this story" else ""
        parts.append(f"{row.what or 'A figure'}: {extent} ({row.status}{who}).{story}")
    return " ".join(parts)


# --- Timeline of date expressions -------------------------------------------------------------------------

TIMELINE_COLUMNS = [
    "id",
    "start",
    "text",
    "kind",
    "anchor",
    "date_low",
    "date_high",
    "event",
    "shape",
    "drawn",
    "y",
    "when",
    "label",
]


def _timestamp(value: object) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if pd.isna(stamp) else stamp.normalize()


def _published_from(dates: pd.DataFrame | None) -> pd.Timestamp | None:
    """The publication date the frame was resolved against: `find_dates` keeps it, typed, in ``attrs``."""
    if dates is None:
        return None
    return _timestamp(dates.attrs.get("published"))


_CAL = calendar_words()  # month and weekday names: lexicons/calendar.csv


def _mon_year(day: pd.Timestamp) -> str:
    """'Jan 2019': month names from lexicons/calendar.csv, whatever the machine's locale."""
    return f"{_CAL.month_short(day.month)} {day.year}"


def _month_year(day: pd.Timestamp) -> str:
    """'January 2019'."""
    return f"{_CAL.month_name(day.month)} {day.year}"


def _when(low: pd.Timestamp, high: pd.Timestamp) -> str:
    """A date or range in words: 'Sat 19 Jan 2019', 'Dec 2018', '14–19 Jan 2019'."""
    if low == high:
        return f"{_CAL.weekday_abbrs[low.weekday()]} {low.day} {_mon_year(low)}"
    month_end = low + pd.offsets.MonthEnd(0)
    if low.day == 1 and high == month_end:
        return _mon_year(low)
    if low.month == 1 and low.day == 1 and high.month == 12 and high.day == 31:
        return str(low.year) if low.year == high.year else f"{low.year}–{high.year}"
    if (low.year, low.month) == (high.year, high.month):
        return f"{low.day}–{high.day} {_mon_year(low)}"
    if low.year == high.year:
        return f"{low.day} {_CAL.month_short(low.month)} – {high.day} {_mon_year(high)}"
    return f"{low.day} {_mon_year(low)} – {high.day} {_mon_year(high)}"


def _why_undated(anchor: object) -> str:
    words = plain(anchor).strip()
    return words.replace(": no calendar date", "").strip() or "no calendar date"


def _window(data: pd.DataFrame, published: pd.Timestamp | None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The calendar window to draw: everything, unless a lone far-off group would squash the rest.

    Sorting the intervals (and the publication date) by start, the widest empty stretch between them
    is cut when it is more than half the whole span; the side without the publication date (or the
    smaller side) is then drawn as arrows at the edge, so weeks near publication stay readable.
    """
    spans = [(r.date_low, r.date_high + pd.Timedelta(days=1), False) for r in data.itertuples(index=False)]
    if published is not None:
        spans.append((published, published + pd.Timedelta(days=1), True))
    spans.sort(key=lambda s: (s[0], s[1]))
    low, high = spans[0][0], max(s[1] for s in spans)
    best_gap, cut = pd.Timedelta(0), None
    reach = spans[0][1]
    for i in range(1, len(spans)):
        gap = spans[i][0] - reach
        if gap > best_gap:
            best_gap, cut = gap, i
        reach = max(reach, spans[i][1])
    if cut is not None and best_gap > (high - low) / 2 and best_gap > pd.Timedelta(days=60):
        before, after = spans[:cut], spans[cut:]
        keep_after = any(s[2] for s in after) if published is not None else len(after) >= len(before)
        kept = after if keep_after else before
        low, high = kept[0][0], max(s[1] for s in kept)
    pad = max((high - low) * 0.04, pd.Timedelta(days=2))
    return low - pad, high + pad


def timeline_data(
    dates: pd.DataFrame, *, published: object = None, window: tuple[object, object] | None = None
) -> pd.DataFrame:
    """The rows :func:`timeline_chart` draws: one per date expression, dated ones first in calendar order.

    ``shape`` is ``day`` (date_low == date_high), ``range`` (a week, a month, a year) or ``undated``
    (NaT: listed under the chart, not placed). ``drawn`` says how: ``point``, ``bar``,
    ``off-left``/``off-right`` (a lone far-off group: an arrow at the edge of the window),
    ``outside`` (before or after an explicit `window`: counted under the chart, not drawn) or
    ``listed``. ``y`` is the row on the chart (missing when not drawn); ``when`` the date in words.
    """
    rows: list[dict[str, Any]] = []
    frame = dates if dates is not None else pd.DataFrame()
    for _, d in frame.iterrows():
        low, high = _timestamp(d.get("date_low")), _timestamp(d.get("date_high"))
        low, high = (low or high), (high or low)  # one known end: treat it as that day
        if low is not None and high is not None and high < low:
            low, high = high, low
        shape = "undated" if low is None else ("day" if low == high else "range")
        rows.append(
            {
                "id": d.get("id"),
                "start": d.get("start"),
                "text": plain(d.get("text")),
                "kind": plain(d.get("kind")),
                "anchor": plain(d.get("anchor")),
                "date_low": low,
                "date_high": high,
                "event": plain(d.get("event")),
                "shape": shape,
            }
        )
    data = pd.DataFrame(rows, columns=TIMELINE_COLUMNS[:9])
    data["date_low"] = pd.to_datetime(data["date_low"])
    data["date_high"] = pd.to_datetime(data["date_high"])
    placed = data[data["shape"] != "undated"].sort_values(["date_low", "date_high", "start"], kind="stable")
    listed = data[data["shape"] == "undated"].sort_values("start", kind="stable")
    data = pd.concat([placed, listed], ignore_index=True)
    pub = _timestamp(published) if published is not None else _published_from(dates)
    if window is not None:
        left, right = _timestamp(window[0]), _timestamp(window[1])
    elif len(placed):
        left, right = _window(placed, pub)
    else:
        left = right = None
    drawn, when, label = [], [], []
    for row in data.itertuples(index=False):
        event = shorten(row.event, 44)
        if row.shape == "undated":
            drawn.append("listed")
            when.append("")
            label.append(f"“{row.text}” ({_why_undated(row.anchor)})")
            continue
        if (row.date_high < left or row.date_low > right) and window is not None:
            drawn.append("outside")  # zoomed in on purpose: counted under the chart, not drawn
        elif row.date_high < left:
            drawn.append("off-left")
        elif row.date_low > right:
            drawn.append("off-right")
        else:
            drawn.append("point" if row.shape == "day" else "bar")
        when.append(_when(row.date_low, row.date_high))
        label.append(f"{when[-1]} · {event}" if event else when[-1])
    data["drawn"] = drawn
    rows_drawn = [i for i, d in enumerate(drawn) if d not in ("listed", "outside")]
    data["y"] = pd.array([rows_drawn.index(i) if i in rows_drawn else pd.NA for i in range(len(drawn))], dtype="Int64")
    data["when"] = when
    data["label"] = label
    data.attrs["published"] = pub
    data.attrs["window"] = (left, right)
    return data[TIMELINE_COLUMNS]


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
    note = _timeline_note(data, with_key=not shown.empty)
    note_ax = None
    if ax is None:
        rows, lines = max(len(shown), 2), note.count("\n") + 1
        fig = _chart_figure_class()(figsize=(12, 1.3 + 0.42 * rows + 0.19 * lines), layout="constrained")
        # The note gets its own (invisible) axes, so the layout keeps room for it whatever its length.
        ax, note_ax = fig.subplots(2, 1, height_ratios=[0.42 * rows, 0.19 * lines + 0.1])
        note_ax.set_axis_off()
        fig.alt_text = timeline_chart_alt_text(data)  # type: ignore[attr-defined]
    else:
        fig = ax.figure
    box = {"facecolor": "white", "edgecolor": "black", "boxstyle": "round,pad=0.5"}
    if shown.empty:
        if data.empty:
            message = "No dates found in this article."
        elif (data["drawn"] == "outside").any():
            message = "No date falls in this window."
        else:
            message = (
                f"None of the {len(data)} date expressions can be placed on the calendar"
                + ("" if pub is not None else ": no publication date was assumed")
                + "."
            )
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=12, gid="no-dates")
        ax.set_axis_off()
    else:
        _draw_timeline_rows(ax, shown, pub, left, right)
    if note:
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
        else:
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
    return fig, data


def _draw_timeline_rows(
    ax: Axes, shown: pd.DataFrame, pub: pd.Timestamp | None, left: pd.Timestamp, right: pd.Timestamp
) -> None:
    import matplotlib.dates as mdates

    one_day = pd.Timedelta(days=1)
    for row in shown.itertuples(index=False):
        y = int(row.y)
        if row.drawn in ("off-left", "off-right"):
            at, side = (left, "left") if row.drawn == "off-left" else (right + one_day, "right")
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
                [row.date_low + one_day / 2],
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
                row.date_high + one_day - row.date_low,
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
    n = len(shown)
    ax.set_ylim(n - 0.5, -1.3)  # earliest on top; headroom for the publication-date label
    ax.set_yticks(list(shown["y"].astype(int)), [f"“{shorten(t, 28)}”" for t in shown["text"]], fontsize=9.5)
    ax.tick_params(axis="y", length=0, pad=6)
    for y in range(n):
        ax.axhline(y, color="0.9", lw=0.6, zorder=0)
    ax.set_xlim(left, right + one_day)
    if pub is not None and left <= pub <= right:
        ax.axvline(pub + one_day / 2, color="black", linestyle="--", lw=1.3, gid="publication-date")
        ax.text(
            pub + one_day / 2,
            -1.0,
            f"assumed publication date\n{_CAL.weekday_abbrs[pub.weekday()]} {pub.day} {_mon_year(pub)} ",
            ha="right",
            va="center",
            fontsize=9,
            fontweight="bold",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        )
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="0.85", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    title = "When things happened, according to the article"
    if pub is not None:
        title += f" (assuming it was published on {pub.day} {_month_year(pub)})"
    ax.set_title(title, loc="left", fontsize=12)


def _timeline_note(data: pd.DataFrame, *, with_key: bool = True, width: int = 110) -> str:
    """The box under the timeline: the key, rows outside a zoom window, and what cannot be dated, by reason."""
    import textwrap

    lines = (
        ["●  a single day        ▨  a range (a week, a month): the article does not say which day"] if with_key else []
    )
    outside = data[data["drawn"] == "outside"]
    if len(outside):
        lines.append(
            f"Not shown: {len(outside)} dated expression{'s' if len(outside) != 1 else ''} outside this "
            "window (" + ", ".join(dict.fromkeys(outside.sort_values("date_low")["when"])) + ")."
        )
    listed = data[data["shape"] == "undated"]
    if len(listed):
        lines.append(f"Cannot be dated ({len(listed)}, not on the chart):")
        for why, listing in _undated_groups(listed):
            lines.extend(
                textwrap.wrap(
                    f"• {why}: {listing}",
                    width,
                    subsequent_indent="   ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
    return "\n".join(lines)


def _undated_groups(listed: pd.DataFrame) -> list[tuple[str, str]]:
    """(reason, '“recent” ×3, “a couple of days after”') per reason, in article order."""
    groups: dict[str, dict[str, int]] = {}
    for row in listed.itertuples(index=False):
        words = groups.setdefault(_why_undated(row.anchor), {})
        text = shorten(row.text, 30)
        words[text] = words.get(text, 0) + 1
    return [
        (why, ", ".join(f"“{w}”" + (f" ×{c}" if c > 1 else "") for w, c in words.items()))
        for why, words in groups.items()
    ]


def timeline_chart_alt_text(data: pd.DataFrame) -> str:
    """The timeline in words, for screen readers and the lessons: what is placed, where, what is not."""
    if data is None or data.empty:
        return "A timeline with no dates: no date expressions were found in this article."
    placed = data[data["shape"] != "undated"]
    listed = data[data["shape"] == "undated"]
    pub = data.attrs.get("published")
    parts = []
    drawn = placed[placed["y"].notna()]
    if placed.empty:
        parts.append(
            f"A timeline on which none of the {len(listed)} date expressions can be placed"
            + ("" if pub is not None else ", because no publication date was assumed")
            + "."
        )
    elif drawn.empty:
        parts.append("A timeline zoomed in on a window in which no date falls.")
    else:
        first, last = drawn["date_low"].min(), drawn["date_high"].max()
        days, ranges = (drawn["shape"] == "day").sum(), (drawn["shape"] == "range").sum()
        parts.append(
            f"A timeline of {len(drawn)} dated expression{'s' if len(drawn) != 1 else ''} from the article, "
            f"from {_month_year(first)} to {_month_year(last)}, earliest at the top: {days} single "
            f"day{'s' if days != 1 else ''} drawn as dots and {ranges} range{'s' if ranges != 1 else ''} "
            "(a week or a month) drawn as hatched bars."
        )
        if pub is not None:
            parts.append(f"A dashed vertical line marks the assumed publication date, {pub.day} {_month_year(pub)}.")
        off = drawn[drawn["drawn"].str.startswith("off")]
        if len(off):
            parts.append(
                "Too far from the rest to fit, shown as an arrow at the edge: "
                + "; ".join(f"“{r.text}” ({r.when})" for r in off.itertuples(index=False))
                + "."
            )
        parts.append(
            "Rows: "
            + "; ".join(
                f"“{r.text}”: {r.when}" + (f", {shorten(r.event, 60)}" if r.event else "")
                for r in drawn.itertuples(index=False)
            )
            + "."
        )
    if len(listed):
        parts.append(
            f"Listed under the chart as cannot be dated ({len(listed)}): "
            + "; ".join(f"{why}: {listing}" for why, listing in _undated_groups(listed))
            + "."
        )
    outside = data[data["drawn"] == "outside"]
    if len(outside):
        parts.append(
            f"{len(outside)} dated expression{'s' if len(outside) != 1 else ''} fall outside the zoomed "
            "window and are not drawn."
        )
    return " ".join(parts)

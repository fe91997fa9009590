"""What the timeline shows, without drawing it: one row per date expression, placed on the calendar or listed."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..render import plain, shorten
from .timeline_words import when_words, why_undated

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
    data, placed = _calendar_rows(dates)
    pub = _timestamp(published) if published is not None else _published_from(dates)
    if window is not None:
        left, right = _timestamp(window[0]), _timestamp(window[1])
    elif len(placed):
        left, right = _window(placed, pub)
    else:
        left = right = None
    drawn, when, label = _placements(data, left, right, zoomed=window is not None)
    data["drawn"] = drawn
    rows_drawn = [i for i, d in enumerate(drawn) if d not in ("listed", "outside")]
    data["y"] = pd.array([rows_drawn.index(i) if i in rows_drawn else pd.NA for i in range(len(drawn))], dtype="Int64")
    data["when"] = when
    data["label"] = label
    data.attrs["published"] = pub
    data.attrs["window"] = (left, right)
    return data[TIMELINE_COLUMNS]


def _calendar_rows(dates: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(all rows, the dated ones): each expression with its day or range as timestamps and its shape,
    dated rows first in calendar order, then the undated ones in article order."""
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
    return pd.concat([placed, listed], ignore_index=True), placed


def _placements(
    data: pd.DataFrame, left: pd.Timestamp | None, right: pd.Timestamp | None, *, zoomed: bool
) -> tuple[list[str], list[str], list[str]]:
    """(drawn, when, label) per row: how each row is drawn in the window, its date in words, its label."""
    drawn: list[str] = []
    when: list[str] = []
    label: list[str] = []
    for row in data.itertuples(index=False):
        event = shorten(row.event, 44)
        if row.shape == "undated":
            drawn.append("listed")
            when.append("")
            label.append(f"“{row.text}” ({why_undated(row.anchor)})")
            continue
        if (row.date_high < left or row.date_low > right) and zoomed:
            drawn.append("outside")  # zoomed in on purpose: counted under the chart, not drawn
        elif row.date_high < left:
            drawn.append("off-left")
        elif row.date_low > right:
            drawn.append("off-right")
        else:
            drawn.append("point" if row.shape == "day" else "bar")
        when.append(when_words(row.date_low, row.date_high))
        label.append(f"{when[-1]} · {event}" if event else when[-1])
    return drawn, when, label

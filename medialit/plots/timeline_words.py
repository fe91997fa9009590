"""The timeline in words: dates and ranges as words, the box of what cannot be dated, the alt text."""

from __future__ import annotations

import pandas as pd

from ..calendar_words import calendar_words
from ..render import plain, shorten

CAL = calendar_words()  # month and weekday names: lexicons/calendar.csv


def mon_year(day: pd.Timestamp) -> str:
    """'Jan 2019': month names from lexicons/calendar.csv, whatever the machine's locale."""
    return f"{CAL.month_short(day.month)} {day.year}"


def month_year(day: pd.Timestamp) -> str:
    """'January 2019'."""
    return f"{CAL.month_name(day.month)} {day.year}"


def when_words(low: pd.Timestamp, high: pd.Timestamp) -> str:
    """A date or range in words: 'Sat 19 Jan 2019', 'Dec 2018', '14–19 Jan 2019'."""
    if low == high:
        return f"{CAL.weekday_abbrs[low.weekday()]} {low.day} {mon_year(low)}"
    month_end = low + pd.offsets.MonthEnd(0)
    if low.day == 1 and high == month_end:
        return mon_year(low)
    if low.month == 1 and low.day == 1 and high.month == 12 and high.day == 31:
        return str(low.year) if low.year == high.year else f"{low.year}–{high.year}"
    if (low.year, low.month) == (high.year, high.month):
        return f"{low.day}–{high.day} {mon_year(low)}"
    if low.year == high.year:
        return f"{low.day} {CAL.month_short(low.month)} – {high.day} {mon_year(high)}"
    return f"{low.day} {mon_year(low)} – {high.day} {mon_year(high)}"


def why_undated(anchor: object) -> str:
    """Why a row has no calendar date, from its `anchor` (the finder's reason), without the suffix."""
    words = plain(anchor).strip()
    return words.replace(": no calendar date", "").strip() or "no calendar date"


def timeline_note(data: pd.DataFrame, *, with_key: bool = True, width: int = 110) -> str:
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
        words = groups.setdefault(why_undated(row.anchor), {})
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
            f"from {month_year(first)} to {month_year(last)}, earliest at the top: {days} single "
            f"day{'s' if days != 1 else ''} drawn as dots and {ranges} range{'s' if ranges != 1 else ''} "
            "(a week or a month) drawn as hatched bars."
        )
        if pub is not None:
            parts.append(f"A dashed vertical line marks the assumed publication date, {pub.day} {month_year(pub)}.")
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

"""The pieces every renderer shares: escaping, plain text, short labels, small tables, numbered text.

Every piece of article text goes through :func:`esc` (``html.escape`` with ``quote=True``): the article is
data, never markup. Import these through :mod:`medialit.render`.
"""

from __future__ import annotations

import html
import re
import textwrap

import pandas as pd

#: What is shown for a sentence that rests on no named source.
OWN_VOICE = "the article's own voice (no source named)"


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value))


def esc(value: object) -> str:
    """HTML-escape any value (quotes included); missing values become ''."""
    return "" if _missing(value) else html.escape(str(value), quote=True)


def plain(value: object) -> str:
    """`value` as plain text, '' for missing values."""
    return "" if _missing(value) else str(value)


def shorten(text: object, width: int = 70) -> str:
    """One line of at most `width` characters (whitespace squeezed, '…' when cut)."""
    flat = re.sub(r"\s+", " ", plain(text)).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def sentence_label(paragraph: object, text: object, width: int = 70, *, sentence: object = None) -> str:
    """The label of a sentence in a picker: '¶N · first 70 characters', led by 'N:' when `sentence` is given."""
    number = "" if sentence is None else f"{plain(sentence)}: "
    return f"{number}¶{plain(paragraph)} · {shorten(text, width)}"


def int_or_none(value: object) -> int | None:
    """`value` as an int, None when it is missing or not a number."""
    try:
        return None if pd.isna(value) else int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def rows_in_span(frame: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """Rows of `frame` whose [start, end) overlaps [start, end) (a quote may cross sentences)."""
    if frame is None or len(frame) == 0:
        return frame.iloc[0:0] if frame is not None else pd.DataFrame()
    starts = pd.to_numeric(frame["start"], errors="coerce")
    ends = pd.to_numeric(frame["end"], errors="coerce")
    return frame[(starts < end) & (ends > start)]


def table_html(frame: pd.DataFrame, *, caption: str | None = None) -> str:
    """A small escaped HTML table of any frame (headers and cells escaped)."""
    head = "".join(f'<th scope="col" style="text-align:left;padding:2px 8px">{esc(c)}</th>' for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f'<td style="padding:2px 8px">{esc(v)}</td>' for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    cap = f'<caption style="text-align:left;font-weight:bold">{esc(caption)}</caption>' if caption else ""
    return f'<table style="border-collapse:collapse">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def table_text(frame: pd.DataFrame) -> str:
    """Plain text of a small frame without the index."""
    return frame.to_string(index=False) if len(frame) else "(none)"


def statement_html(number: int, text: object) -> str:
    """One statement in the sorter: its number and escaped text."""
    return f'<div style="margin:.2em 0"><b>{number}.</b> {esc(text)}</div>'


def numbered_text(rows: pd.DataFrame, number: str = "sentence", *, width: int = 100) -> str:
    """Each row's number and its whole `text`, wrapped at `width` characters and never cut.

    What a question asks about must be readable to the last word: a table cell cut at
    200 characters hid the very words some questions were about.
    """
    lines = []
    for n, text in zip(rows[number], rows["text"]):
        label = f"{int(n):>3}  "
        wrapped = textwrap.wrap(
            re.sub(r"\s+", " ", plain(text)).strip(),
            width=max(20, width - len(label)),
            break_on_hyphens=False,
            break_long_words=False,
        ) or [""]
        lines.append(label + wrapped[0])
        lines.extend(" " * len(label) + rest for rest in wrapped[1:])
    return "\n".join(lines)

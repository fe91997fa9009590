"""Frames as a reader reads them: no NaN, <NA>, NaT or 3.200000e+01 in a lesson's table, and plain-text
tables cut to fit a terminal. Import these through :mod:`medialit.render`.
"""

from __future__ import annotations

import re

import pandas as pd

#: What a reader sees instead of pandas' markers: a blank for a missing value, words where a blank would mislead.
MISSING_DATE = "not resolved"
OPEN_BOUND = "open"


def readable_value(value: object) -> str:
    """One cell as a reader reads it: '' for a missing value (NaN, <NA>, None), 'not resolved' for a missing date
    (NaT), 'open' for an infinite bound, whole numbers without '.0' or an exponent, others to 3 significant
    digits, thousands grouped from 10,000."""
    if value is pd.NaT:
        return MISSING_DATE
    if value is None or (not isinstance(value, (list, tuple, dict, set)) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    if isinstance(value, (int, float)) or hasattr(value, "dtype"):
        try:
            number = float(value)  # numpy scalars too
        except (TypeError, ValueError):
            return str(value)
        if number in (float("inf"), float("-inf")):
            return OPEN_BOUND
        if number.is_integer():
            return f"{int(number):,}" if abs(number) >= 10_000 else str(int(number))
        return f"{number:.3g}"
    return str(value)


def readable_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every cell as readable text (:func:`readable_value`): no NaN, <NA>, NaT or
    3.200000e+01 in a lesson's table. For display only; compute on the original frame."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            out[column] = [MISSING_DATE if pd.isna(v) else readable_value(v) for v in values]
        else:
            out[column] = [readable_value(v) for v in values.astype(object)]
    return out.astype(object)


def _cut(text: str, width: int) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= width else flat[: max(width - 1, 0)].rstrip() + "…"


def fit_table_text(frame: pd.DataFrame, width: int, *, min_column: int = 8) -> str:
    """`frame` as a plain-text table at most `width` characters wide (no index).

    Cells are readable text (:func:`readable_value`); when the table is too wide the widest columns are cut
    to fit, each cut cell ending with '…'. Columns never go below `min_column` characters (or their header).
    """
    if not len(frame):
        return "(none)"
    table = readable_table(frame)
    columns = [str(c) for c in table.columns]
    cells = [[re.sub(r"\s+", " ", v).strip() for v in table[c]] for c in table.columns]
    widths = [max([len(h), *map(len, col)]) for h, col in zip(columns, cells)]
    floors = [min(w, max(min_column, len(h))) for w, h in zip(widths, columns)]
    gap = 2
    while sum(widths) + gap * (len(widths) - 1) > width:
        widest = max(range(len(widths)), key=lambda i: (widths[i] - floors[i], widths[i]))
        if widths[widest] <= floors[widest]:
            break  # cannot shrink further: let the terminal wrap
        widths[widest] -= 1
    numeric = [
        pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c]) for c in frame.columns
    ]

    def line(values: list[str]) -> str:
        parts = [(_cut(v, w).rjust(w) if num else _cut(v, w).ljust(w)) for v, w, num in zip(values, widths, numeric)]
        return (" " * gap).join(parts).rstrip()

    rows = [line(columns)] + [line([col[i] for col in cells]) for i in range(len(table))]
    return "\n".join(rows)

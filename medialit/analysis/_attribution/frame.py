"""The public DataFrame of `trace_attributions`: one row per statement, offsets as nullable integers."""

from __future__ import annotations

import sys

import pandas as pd

from .._row_views import FrameColumns
from ..registry import SPAN_COLUMNS, STATEMENT_COLUMNS
from .nesting import depth
from .row import Row
from .tracer import Tracer

COLUMNS = [
    *SPAN_COLUMNS,
    "source",
    "source_start",
    "source_end",
    *STATEMENT_COLUMNS,
    "kind",
    "recipient",
    "parent",
    "depth",
    "rule",
]
EXTRA_COLUMNS = ["recipient_start", "recipient_end", "source_resolved", "cue_category", "last_sentence", "parent_rule"]


#: Offsets and ids that may be absent: nullable integers (`<NA>`).
_NULLABLE = [
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "parent",
    "recipient_start",
    "recipient_end",
    "sentence",
    "last_sentence",
]


def _kind(tr: Tracer, r: Row) -> str:
    """direct, indirect or mixed: a block quote is direct, an empty content ("declined to comment") indirect."""
    if r.block:
        return "direct"
    if r.content_start == r.content_end:
        return "indirect"
    return tr.qindex.kind(r.content_start, r.content_end, r.level)


def _record(tr: Tracer, r: Row, i: int, depth_: int) -> dict:
    """Statement `r` (number `i`, nested `depth_` deep) as a row of the public frame."""
    text, idx = tr.text, tr.index
    return {
        "id": i,
        "sentence": idx.id_at(r.start),
        "start": r.start,
        "end": r.end,
        "text": text[r.start : r.end],
        "source": r.source,
        "source_start": r.source_start,
        "source_end": r.source_end,
        "cue": sys.intern(text[r.cue_start : r.cue_end]) if r.cue_start is not None else None,  # one "said"
        "cue_start": r.cue_start,
        "cue_end": r.cue_end,
        "content": text[r.content_start : r.content_end],
        "content_start": r.content_start,
        "content_end": r.content_end,
        "kind": _kind(tr, r),
        "recipient": text[r.recipient_start : r.recipient_end] if r.recipient_start is not None else None,
        "parent": r.parent,
        "depth": depth_,
        "rule": r.rule,
        "recipient_start": r.recipient_start,
        "recipient_end": r.recipient_end,
        "source_resolved": r.source_resolved,
        "cue_category": r.category,
        "last_sentence": idx.id_at(max(r.start, r.end - 1)),
        "parent_rule": r.parent_rule,
    }


def frame(tr: Tracer, rows: list[Row]) -> pd.DataFrame:
    """The public frame: `COLUMNS` then `EXTRA_COLUMNS`, offsets as nullable integers.

    Empties `rows` as it goes: each statement is dropped once its row is stored.
    """
    # Typed columns, not a list of row dicts: one dict per row would cost 6x the text at the peak.
    columns = FrameColumns(COLUMNS + EXTRA_COLUMNS, ints=("id", "start", "end", "depth"), nullable=_NULLABLE)
    depths = [depth(rows, i) or 0 for i in range(len(rows))]
    for i, d in enumerate(depths):
        columns.append(_record(tr, rows[i], i, d))
        rows[i] = None  # the statements and the frame are never both whole (about 2x the text at 10 MB)
    return columns.frame()

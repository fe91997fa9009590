"""Small row objects for the rules that read a frame row by row.

A list of dicts (``frame.to_dict("records")``) costs a dict and a Python int per cell: on a
10 MB article that is several times the text, held only while a finder runs. `FrameRows`
reads the frame's own column arrays through one small view per row instead, and
`SlotRecord` is a row with fixed fields (``__slots__``) that the rules still read and write
as ``row["stance"]``, ``row.get("weak")``, ``row.update(...)``.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["FrameColumns", "FrameRows", "SlotRecord", "joined", "prefixed"]


@lru_cache(maxsize=4096)
def prefixed(prefix: str, rule: object) -> str:
    """``prefix`` and ``rule``: one string per rule, shared by the rows that cite it (not a copy per row)."""
    return f"{prefix}{rule}"


@lru_cache(maxsize=4096)
def joined(rules: tuple[str, ...], sep: str = "; ") -> str:
    """The rules that fired, joined: one string per combination, shared by the rows that cite it."""
    return sep.join(rules)


class _RowView:
    """Row `i` of a `FrameRows`: ``view[column]`` and ``view.get(column)``, read from the column arrays."""

    __slots__ = ("_columns", "_i")

    def __init__(self, columns: dict[str, tuple[Any, bytearray | None]], i: int) -> None:
        self._columns = columns
        self._i = i

    def __getitem__(self, name: str) -> Any:
        values, missing = self._columns[name]
        i = self._i
        return pd.NA if missing is not None and missing[i] else values[i]

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self._columns else default


def _column(series: pd.Series) -> tuple[Any, bytearray | None]:
    """A column as fast to index as a list: integers in an 8-byte array (with a mask of the missing
    ones), other values in an object array (the frame's own objects, not copies)."""
    if pd.api.types.is_integer_dtype(series.dtype):
        masked = series.isna().to_numpy()
        values = series.to_numpy(dtype="int64", na_value=0)
        return array("q", values.tobytes()), bytearray(masked.tobytes()) if masked.any() else None
    return series.to_numpy(dtype=object), None


class FrameRows(Sequence):
    """The rows of `frame` (only `columns` it has) as read-only views; values as ``to_dict`` gives them."""

    def __init__(self, frame: pd.DataFrame, columns: Iterable[str]) -> None:
        self._columns = {c: _column(frame[c]) for c in columns if c in frame.columns}
        self._n = len(frame)

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> _RowView:  # type: ignore[override]
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return _RowView(self._columns, i % self._n)

    def __iter__(self) -> Iterator[_RowView]:
        return (_RowView(self._columns, i) for i in range(self._n))


class SlotRecord:
    """A row with the fixed fields of ``__slots__`` (all None until set), read and written like a dict."""

    __slots__ = ()

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, None)
        self.update(**values)

    def __getitem__(self, name: str) -> Any:
        return getattr(self, name)

    def __setitem__(self, name: str, value: Any) -> None:
        setattr(self, name, value)

    def get(self, name: str, default: Any = None) -> Any:
        return getattr(self, name, default)

    def pop(self, name: str, default: Any = None) -> Any:
        """The field's value, and the field set back to None."""
        value = getattr(self, name, default)
        setattr(self, name, None)
        return value

    def update(self, **values: Any) -> None:
        for name, value in values.items():
            setattr(self, name, value)


class FrameColumns:
    """A public frame's columns, filled one record at a time without a Python object per integer.

    Integer columns go to 8-byte arrays (`nullable` ones with a mask: None or NA is ``<NA>``
    in an ``Int64`` column, the others ``int64``); every other column is a list, as
    ``pd.DataFrame`` of lists would read it.
    """

    def __init__(self, names: Sequence[str], ints: Iterable[str] = (), nullable: Iterable[str] = ()) -> None:
        self.names = list(names)
        self.nullable = set(nullable)
        self.ints = set(ints) | self.nullable
        self.values: dict[str, Any] = {c: array("q") if c in self.ints else [] for c in self.names}
        self.masks: dict[str, bytearray] = {c: bytearray() for c in self.nullable}
        self.n = 0

    def append(self, record: dict[str, Any]) -> None:
        """Add one row (a value for every name)."""
        values, masks = self.values, self.masks
        for name, value in record.items():
            mask = masks.get(name)
            if mask is not None:
                missing = value is None or value is pd.NA or value != value  # None, NA, NaN
                mask.append(missing)
                if missing:
                    value = 0
            values[name].append(value)
        self.n += 1

    def frame(self) -> pd.DataFrame:
        """The DataFrame, columns in the order of `names`."""
        if self.n:
            return pd.DataFrame({c: self._column(c) for c in self.names}, copy=False)  # no block copies
        out = pd.DataFrame.from_records([], columns=self.names)  # (empty lists would make float columns)
        for c in self.ints:
            out[c] = pd.array([], dtype="Int64" if c in self.nullable else "int64")
        return out

    def _column(self, name: str) -> Any:
        values = self.values[name]
        if name not in self.ints:
            return values
        ints = np.frombuffer(values, dtype=np.int64) if values else np.zeros(0, dtype=np.int64)
        if name not in self.nullable:
            return ints
        return pd.arrays.IntegerArray(ints, np.frombuffer(self.masks[name], dtype=bool))

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
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["FrameColumns", "FrameRows", "SlotRecord"]


class _RowView:
    """Row `i` of a `FrameRows`: ``view[column]`` and ``view.get(column)``, read from the column arrays."""

    __slots__ = ("_columns", "_i")

    def __init__(self, columns: dict[str, Any], i: int) -> None:
        self._columns = columns
        self._i = i

    def __getitem__(self, name: str) -> Any:
        value = self._columns[name][self._i]
        return value.item() if isinstance(value, np.generic) else value  # a Python int, as to_dict gives

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self._columns else default


class FrameRows(Sequence):
    """The rows of `frame` (only `columns` it has) as read-only views; values as ``to_dict`` gives them."""

    def __init__(self, frame: pd.DataFrame, columns: Iterable[str]) -> None:
        self._columns = {c: frame[c].array for c in columns if c in frame.columns}
        self._n = len(frame)

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> _RowView:  # type: ignore[override]
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return _RowView(self._columns, i % self._n if self._n else i)

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
        for name, value in record.items():
            if name in self.masks:
                missing = value is None or value is pd.NA or value != value  # None, NA, NaN
                self.masks[name].append(missing)
                value = 0 if missing else value
            self.values[name].append(value)
        self.n += 1

    def frame(self) -> pd.DataFrame:
        """The DataFrame, columns in the order of `names`."""
        if not self.n:  # (empty lists would make float columns: from_records keeps object dtypes)
            out = pd.DataFrame.from_records([], columns=self.names)
        else:
            out = pd.DataFrame({c: self._column(c) for c in self.names})
        for c in self.ints:
            if not self.n:
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

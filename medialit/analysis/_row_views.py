"""Small row objects for the rules that read a frame row by row.

A list of dicts (``frame.to_dict("records")``) costs a dict and a Python int per cell: on a
10 MB article that is several times the text, held only while a finder runs. `FrameRows`
reads the frame's own column arrays through one small view per row instead, and
`SlotRecord` is a row with fixed fields (``__slots__``) that the rules still read and write
as ``row["stance"]``, ``row.get("weak")``, ``row.update(...)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["FrameRows", "SlotRecord"]


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

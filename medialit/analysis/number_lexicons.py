"""Number words and currencies, read once from their tables in ``lexicons/`` (not the cue-list format).

`number_words()` (``number_words.csv``: each word with its value) is read by `find_figures`
and by the date finder ("three days ago"); `currencies()` (``currencies.csv``: each sign with
its name, the words written after an amount) by `find_figures`.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import MedialitError

NUMBER_WORD_CATEGORIES = ("unit", "tens", "scale", "suffix", "multiple", "plural", "fraction", "label", "year-noun")
_WORDS_WITHOUT_VALUE = ("label", "year-noun")


@dataclass(frozen=True)
class _NumberWords:
    value: dict[str, tuple[float, float]]  # word -> (low, high)
    category: dict[str, str]
    line: dict[str, int]

    def of(self, category: str) -> list[str]:
        return sorted((w for w, c in self.category.items() if c == category), key=len, reverse=True)


def _data_rows(name: str, columns: list[str]) -> list[tuple[int, list[str]]]:
    """(line, fields) of each row of `lexicons/<name>.csv`, a table in its own format with `columns`."""
    where = f"lexicons/{name}.csv"
    text = resources.files("medialit").joinpath(where).read_text(encoding="utf-8")
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines or [c.strip() for c in next(csv.reader([lines[0][1]]))] != columns:
        raise MedialitError(f"{where}: header must be {','.join(columns)}")
    rows = []
    for n, ln in lines[1:]:
        fields = [f.strip() for f in next(csv.reader([ln]))]
        if len(fields) != len(columns):
            raise MedialitError(f"{where}:{n}: expected {len(columns)} fields, got {len(fields)}")
        rows.append((n, fields))
    return rows


@lru_cache(maxsize=1)
def number_words() -> _NumberWords:
    """The packaged number-word table (`lexicons/number_words.csv`: cue, category, value, note)."""
    where = "lexicons/number_words.csv"
    values, cats, where_line = {}, {}, {}
    for n, (cue, cat, val, _note) in _data_rows("number_words", ["cue", "category", "value", "note"]):
        if cat not in NUMBER_WORD_CATEGORIES:
            raise MedialitError(f"{where}:{n}: unknown category {cat!r}")
        try:
            if val == "":
                low = high = math.nan
            elif ":" in val:
                low, high = (float(v) for v in val.split(":"))
            else:
                low = high = float(val)
        except ValueError:
            raise MedialitError(f"{where}:{n}: bad value {val!r}") from None
        if cat not in _WORDS_WITHOUT_VALUE and math.isnan(low):
            raise MedialitError(f"{where}:{n}: a {cat} needs a value")
        key = cue.lower()
        values[key], cats[key], where_line[key] = (low, high), cat, n
    return _NumberWords(values, cats, where_line)


@dataclass(frozen=True)
class _Currencies:
    names: dict[str, str]  # symbol, lower-cased -> the currency's name ("us$" -> "US dollars")
    symbols: tuple[str, ...]  # as written, longest first
    words: tuple[str, ...]  # longest first
    prefixes: tuple[str, ...]


@lru_cache(maxsize=1)
def currencies() -> _Currencies:
    """The packaged currency table (`lexicons/currencies.csv`: cue, category, name, note)."""
    by_cat: dict[str, list[tuple[str, str]]] = {"symbol": [], "word": [], "prefix": []}
    for n, (cue, cat, name, _note) in _data_rows("currencies", ["cue", "category", "name", "note"]):
        if cat not in by_cat:
            raise MedialitError(f"lexicons/currencies.csv:{n}: unknown category {cat!r}")
        if cat == "symbol" and not name:
            raise MedialitError(f"lexicons/currencies.csv:{n}: a symbol needs a name")
        by_cat[cat].append((cue, name))

    def longest_first(cat: str) -> tuple[str, ...]:
        return tuple(sorted((cue for cue, _ in by_cat[cat]), key=len, reverse=True))

    return _Currencies(
        {cue.lower(): name for cue, name in by_cat["symbol"]},
        longest_first("symbol"),
        longest_first("word"),
        longest_first("prefix"),
    )

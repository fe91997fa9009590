"""Number words and currencies, read once from their tables in ``lexicons/`` (a value or a name instead of a pattern).

`number_words()` (``number_words.csv``: each word with its value) is read by `find_figures`
and by the date finder ("three days ago"); `currencies()` (``currencies.csv``: each sign with
its name, the words written after an amount) by `find_figures`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..errors import MedialitError
from ..lexicon import load_lexicon

NUMBER_WORD_CATEGORIES = ("unit", "tens", "scale", "suffix", "multiple", "plural", "fraction", "label", "year-noun")
_WORDS_WITHOUT_VALUE = ("label", "year-noun")


@dataclass(frozen=True)
class _NumberWords:
    value: dict[str, tuple[float, float]]  # word -> (low, high)
    category: dict[str, str]
    line: dict[str, int]

    def of(self, category: str) -> list[str]:
        return sorted((w for w, c in self.category.items() if c == category), key=len, reverse=True)


@lru_cache(maxsize=1)
def number_words() -> _NumberWords:
    """The packaged number-word table (`lexicons/number_words.csv`: cue, category, value, note)."""
    where = "lexicons/number_words.csv"
    values, cats, where_line = {}, {}, {}
    table = load_lexicon("number_words", categories=set(NUMBER_WORD_CATEGORIES))
    for cue, cat, val, n in zip(table["cue"], table["category"], table["value"], table["line"]):
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
        values[key], cats[key], where_line[key] = (low, high), cat, int(n)
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
    table = load_lexicon("currencies", categories=set(by_cat))
    for cue, cat, name, n in zip(table["cue"], table["category"], table["name"], table["line"]):
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

"""Qualifiers of figures ("at least", "nearly", "or more"): their lexicon, its cues, and the ranges they give.

Part of `find_figures` (see `figures.py`). The lexicon is ``lexicons/qualifiers.csv``; its
report, denial, anaphor and estimate rows are read by `figure_sources.py` through `cues`.
A qualifier right before a number (or right after it: "or more") sets the figure's
``low``/``high`` by `RANGE_OF`, keeping its direction.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from ..lexicon import cue_regex, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .figure_numbers import Fig

QUALIFIER_CATEGORIES = frozenset(
    {
        "at-least",
        "more-than",
        "up-to",
        "less-than",
        "nearly",
        "just-over",
        "about",
        "estimated",
        "exactly",
        "or-more",
        "or-so",
        "report",
        "denial",
        "anaphor",
        "estimate",
    }
)
_BEFORE = ("at-least", "more-than", "up-to", "less-than", "nearly", "just-over", "about", "estimated", "exactly")
_AFTER = ("or-more", "or-so")

INF = math.inf


@cache
def _qualifiers() -> pd.DataFrame:
    return load_lexicon("qualifiers", categories=QUALIFIER_CATEGORIES)


@cache
def _cue_pattern(categories: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, int]]]:
    lex = _qualifiers()
    frame = lex[lex["category"].isin(categories)]
    rows = {f"r{idx}": (str(cat), int(line)) for idx, cat, line in zip(frame.index, frame["category"], frame["line"])}
    return cue_regex(frame), rows


# A sentence is asked for its cues once per figure in it; remembering the last few answers
# keeps one very long sentence with many figures linear rather than quadratic.
@lru_cache(maxsize=256)
def cues(text: str, categories: tuple[str, ...]) -> tuple[tuple[int, int, str, str, int], ...]:
    """(start, end, matched text, category, lexicon line) for each cue of `categories` in `text`."""
    pattern, rows = _cue_pattern(categories)
    out = []
    for m in pattern.finditer(text):
        name = m.lastgroup
        if name is None or name not in rows:
            continue
        category, line = rows[name]
        out.append((m.start(), m.end(), m.group(0), category, line))
    return tuple(out)


@cache
def qualifier_words() -> frozenset[str]:
    """Every word of the before-the-number qualifiers ("Exactly 17" is no name like "Boeing 737")."""
    lex = _qualifiers()
    phrases = lex.loc[lex["category"].isin(_BEFORE), "cue"]
    return frozenset(w.lower() for cue in phrases for w in cue.split())


RANGE_OF = {
    "at-least": lambda v: (v, INF),
    "more-than": lambda v: (v, INF),
    "or-more": lambda v: (v, INF),
    "up-to": lambda v: (0.0, v),
    "less-than": lambda v: (0.0, v),
    "nearly": lambda v: (0.9 * v, v),
    "just-over": lambda v: (v, 1.1 * v),
    "about": lambda v: (0.9 * v, 1.1 * v),
    "or-so": lambda v: (0.9 * v, 1.1 * v),
    "estimated": lambda v: (v, v),
    "exactly": lambda v: (v, v),
}


def apply_qualifiers(text: str, figs: list[Fig]) -> None:
    """Widen each figure to the qualifier right before it (and right after it), in place."""
    if not figs:
        return
    before = cues(text, _BEFORE)
    after = cues(text, _AFTER)
    for f in figs:
        if f.kind == "plural" or "range" in " ".join(f.rules):
            continue
        for s, e, cue, cat, line in sorted(before, key=lambda c: -c[1]):
            # Only a cue directly before the number qualifies it ("some 30", not "some PMF fighters").
            if e <= f.start and text[e : f.start].strip() == "":
                lo, hi = RANGE_OF[cat](f.value)
                if f.kind == "multiple" and f.high > f.low:
                    lo, hi = RANGE_OF[cat](f.low)[0], RANGE_OF[cat](f.high)[1]
                f.low, f.high, f.start = lo, hi, s
                f.qualifier = " ".join(cue.lower().split())
                f.rules.append(f"qualifier:lexicon:qualifiers:{line}")
                break
        for s, e, cue, cat, line in after:
            if s >= f.end and text[f.end : s].strip() == "":
                lo, hi = RANGE_OF[cat](f.value)
                f.low, f.high, f.end = (lo, hi, e)
                q = " ".join(cue.lower().split()).lstrip("-")
                f.qualifier = (f.qualifier + " " + q).strip()
                f.rules.append(f"qualifier:lexicon:qualifiers:{line}")
                break

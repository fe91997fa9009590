"""The hedge and loaded-word cue lists: their categories, and the rules `find_hedges` reads.

`hedge_lexicon` loads the packaged ``lexicons/hedges.csv`` and ``lexicons/loaded.csv`` (or a
student's lists in their place, plus ``extra`` rows); `category_choices` orders categories for
menus and charts. Each row is a rule with a literal ``cue`` or a ``pattern``, a ``category`` and a
``note``; how the rules are matched is `hedge_cues`'s job.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..lexicon import load_lexicon, read_lexicon

#: Categories of kind ``hedge``: the writer softens or distances from a statement.
HEDGE_CATEGORIES: tuple[str, ...] = (
    "hearsay",
    "probability",
    "approximator",
    "vague-source",
    "weasel",
    "scare-quote",
    "shield",
    "evidential",
    "conditional",
    "prediction",
    "accusation",
)
#: Categories of kind ``loaded``: the writer's word choice judges.
LOADED_CATEGORIES: tuple[str, ...] = ("loaded-word", "judging-verb")
#: Blocks a longer phrase from firing the cues inside it; never reported.
PSEUDO = "pseudo"
#: A verb that frames reported speech ("said", "called ... as"); never reported itself. A short
#: quotation that completes it in the same clause is the speaker's words, not a scare quote.
SPEECH_FRAME = "speech-frame"
#: A verb that disputes a claim ("denied that"): quoted words in its complement are the accuser's,
#: so a short quotation there stays a scare quote. The nearest frame before a quotation decides.
DENIAL_FRAME = "denial-frame"
FRAMES = (SPEECH_FRAME, DENIAL_FRAME)
LEXICON_CATEGORIES = frozenset(HEDGE_CATEGORIES + LOADED_CATEGORIES + (PSEUDO,) + FRAMES)
PACKAGED = ("hedges", "loaded")

LexiconSource = str | Path | pd.DataFrame


def _source_name(source: LexiconSource, default: str) -> str:
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and source.endswith(".csv")):
        return Path(source).name
    return default


def _read_sources(sources: LexiconSource | Sequence[LexiconSource], default: str) -> list[pd.DataFrame]:
    if isinstance(sources, (str, Path, pd.DataFrame)):
        sources = [sources]
    frames = []
    for src in sources:
        frame = read_lexicon(src, categories=LEXICON_CATEGORIES)
        frame["source"] = _source_name(src, default)
        frames.append(frame)
    return frames


def hedge_lexicon(
    lexicon: LexiconSource | Sequence[LexiconSource] | None = None,
    extra: LexiconSource | Sequence[LexiconSource] | None = None,
) -> pd.DataFrame:
    """The cue rules `find_hedges` uses: packaged (or `lexicon`) rows, then `extra` rows.

    Columns: ``cue, category, pattern, note, line, source`` (``source`` is the file name).
    """
    if lexicon is None:
        frames = []
        for name in PACKAGED:
            frame = load_lexicon(name, categories=LEXICON_CATEGORIES)
            frame["source"] = f"{name}.csv"
            frames.append(frame)
    else:
        frames = _read_sources(lexicon, "custom")
    if extra is not None:
        frames += _read_sources(extra, "extra")
    rules = pd.concat(frames, ignore_index=True)
    return rules.fillna("")


def category_choices(frame: pd.DataFrame | None = None) -> list[str]:
    """Categories in canonical order: all of them, or those present in a `find_hedges` frame."""
    order = list(HEDGE_CATEGORIES + LOADED_CATEGORIES)
    if frame is None:
        return order
    present = set(frame["category"])
    return [c for c in order if c in present] + sorted(present - set(order))


def _kind(category: str) -> str:
    return "loaded" if category in LOADED_CATEGORIES else "hedge"

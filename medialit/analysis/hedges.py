"""Hedges and loaded words: cue lists plus one structural rule (scare quotes).

Method (after medspaCy's ConText rules and textacy's extractors): every row of
the cue lists ``lexicons/hedges.csv`` and ``lexicons/loaded.csv`` is a rule with a
literal ``cue`` or a regular-expression ``pattern``, a ``category`` and a ``note``.
Each rule is matched case-insensitively on word boundaries against the original
text (never lowercased or squeezed), so every row keeps ``start``/``end`` offsets
with ``article.text[start:end] == text``. Then:

1. ``pseudo`` rows fire nothing themselves; they block every cue inside their span
   ("could not be reached" blocks "could", "in May" blocks "may").
2. Overlapping cues: the longest wins ("some officials" beats "some").
3. Scare quotes are found structurally: a short phrase (1-4 words) in quotation
   marks inside the writer's own sentence, and only where the text shows that the
   writer keeps a distance from the word (a named signal, see `SCARE_QUOTE_RULES`).
   A quoted title, name, survey answer or fragment of someone's speech is not a
   scare quote. Cues inside a scare quote are still reported, since they answer a
   different question (which word vs who distances).
4. A loaded word inside reported speech is left to its speaker, and an 'if' that
   states a general rule is dropped (`GENERIC_CONDITION_RULE`).

Each job has its own module: `hedge_lexicon` (categories, loading the cue lists),
`hedge_cues` (matching them: steps 1-2, with the ``{NUM}``/``{PLURAL}`` pattern
shorthands), `scare_quotes` (step 3), `hedge_conditions` (the generic-condition
filter). This module puts them together; the names below stay importable from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from ..article import Article
from .hedge_conditions import GENERIC_CONDITION_RULE, generic_conditions
from .hedge_cues import _lexicon_hits
from .hedge_cues import _rule_regex as _rule_regex  # tests read it here
from .hedge_lexicon import (
    DENIAL_FRAME,
    FRAMES,
    HEDGE_CATEGORIES,
    LEXICON_CATEGORIES,
    LOADED_CATEGORIES,
    PACKAGED,
    PSEUDO,
    SPEECH_FRAME,
    LexiconSource,
    category_choices,
    hedge_lexicon,
)
from .reading import reading
from .scare_quotes import SCARE_QUOTE_NOTE, SCARE_QUOTE_RULES, scare_quotes

__all__ = [
    "COLUMNS",
    "DENIAL_FRAME",
    "FRAMES",
    "GENERIC_CONDITION_RULE",
    "HEDGE_CATEGORIES",
    "LEXICON_CATEGORIES",
    "LOADED_CATEGORIES",
    "PACKAGED",
    "PSEUDO",
    "SCARE_QUOTE_NOTE",
    "SCARE_QUOTE_RULES",
    "SPEECH_FRAME",
    "LexiconSource",
    "category_choices",
    "find_hedges",
    "hedge_lexicon",
]

COLUMNS = ["sentence", "start", "end", "text", "cue", "category", "kind", "rule", "note"]


def _sentence_ids(article: Article, starts: Iterable[int]) -> list:
    ix = reading(article).sentences
    return [pd.NA if (i := ix.id_holding(start)) is None else i for start in starts]


def find_hedges(
    article: Article,
    *,
    lexicon: LexiconSource | Sequence[LexiconSource] | None = None,
    extra: LexiconSource | Sequence[LexiconSource] | None = None,
) -> pd.DataFrame:
    """One row per hedge or loaded word: ``sentence, start, end, text, cue, category, kind, rule, note``.

    Args:
        article: the article to read.
        lexicon: cue rules replacing the packaged ``hedges.csv`` and ``loaded.csv``: a CSV
            path, CSV text, a DataFrame with at least ``cue`` and ``category``, or a list of them.
        extra: cue rules added to the packaged (or given) ones, same forms. Use it to try
            a cue of your own and see the highlighter change.

    Returns:
        Rows sorted by ``start``. ``rule`` is ``lexicon:<file>:<line>`` for a cue-list row
        or ``scare-quote:<signal>`` (see `SCARE_QUOTE_RULES`); ``note`` says why the rule exists.

    Raises:
        MedialitError: a lexicon has a bad header, category or pattern (file and line named).
    """
    rules = hedge_lexicon(lexicon, extra)
    text = article.text
    hits, frames = _lexicon_hits(text, rules, reading(article).word_starts) if text else ([], [])
    if text and len(article.paragraph_table):
        hedge_spans = {(h["start"], h["end"]) for h in hits if h["kind"] == "hedge"}
        loaded_spans = sorted((h["start"], h["end"]) for h in hits if h["category"] == "loaded-word")
        quotes, speech = scare_quotes(article, frames, hedge_spans, loaded_spans)
        # A loaded word inside reported speech is the speaker's choice, not the writer's: skip it.
        # Hedges stay ("“We think...”": the speaker hedging is still a hedge on the claim).
        hits = [h for h in hits if h["kind"] != "loaded" or not (speech[h["start"]] and speech[h["end"] - 1])]
        hits = generic_conditions(article, hits)
        hits += quotes
    frame = pd.DataFrame(hits, columns=COLUMNS[1:])
    frame = frame.sort_values(["start", "end"], ascending=[True, False], kind="stable").reset_index(drop=True)
    frame.insert(0, "sentence", pd.array(_sentence_ids(article, frame["start"]), dtype="Int64"))
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    return frame[COLUMNS]

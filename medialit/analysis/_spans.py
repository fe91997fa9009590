"""Span helpers shared by the attribution and claim finders: tokens, noun phrases, adverbials.

Everything works on offsets into the unchanged article text. The pieces live in modules
of one job each; this module gathers the names the finders import (the other word
lists are imported from `_closed_words` itself):

- `_intervals`: `IntervalIndex`, spans bucketed by position;
- `_closed_words`: the closed word classes the chunker reads (grammar, not content);
- `_tokens`: tokens with offsets, tests on one token, `strip_span`;
- `_noun_phrases`: `np_before` and `np_after`, a small rule-based chunker (no tagger);
- `_adverbials`: time and place-of-utterance adverbials around a cue.
"""

from __future__ import annotations

from ._adverbials import ADVERBIAL, TIME_TAIL, skip_adverbials
from ._closed_words import BOUNDARY, DETERMINERS, PREPOSITIONS, PRONOUNS, WEEKDAYS_MONTHS
from ._intervals import IntervalIndex
from ._noun_phrases import NP_WINDOW, np_after, np_before
from ._tokens import TOKEN, Tok, strip_span, tokens

__all__ = [
    "ADVERBIAL",
    "BOUNDARY",
    "DETERMINERS",
    "NP_WINDOW",
    "PREPOSITIONS",
    "PRONOUNS",
    "TIME_TAIL",
    "TOKEN",
    "WEEKDAYS_MONTHS",
    "IntervalIndex",
    "Tok",
    "np_after",
    "np_before",
    "skip_adverbials",
    "strip_span",
    "tokens",
]

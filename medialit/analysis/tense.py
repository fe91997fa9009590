"""Which way a sentence looks from a date in it: "future", "past" or neither.

The cues are data, in ``lexicons/tense_cues.csv``; any other lower-case word in -ed counts as past.
`find_dates` asks `sentence_tense` so that "will meet on Saturday" is the coming Saturday.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_lexicon

TENSE_CATEGORIES = frozenset({"future", "past"})
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


@lru_cache(maxsize=1)
def _tense_cues() -> dict[str, str]:
    frame = load_lexicon("tense_cues", categories=TENSE_CATEGORIES)
    return {str(c).lower(): str(k) for c, k in zip(frame["cue"], frame["category"])}


def _word_tense(word: str, cues: dict[str, str]) -> str | None:
    low = word.lower().replace("’", "'")
    if low in cues:
        return cues[low]
    if low.endswith("'ll"):
        return "future"  # "they'll"
    if word.islower() and len(word) >= 5 and word.endswith("ed"):
        return "past"  # "claimed", "started": a past form (lexicons/tense_cues.csv names the exceptions)
    return None


def sentence_tense(sentence: str, start: int, end: int) -> str | None:
    """ "future", "past" or None: what the sentence says about the date at [start, end).

    The nearest cue before the date decides ("planned a demonstration on Saturday": future;
    "claimed on January 15": past), or the word before "be" ("will be held on Monday": future), and
    "was"/"were"/"had" make it past ("was set on July 19"); with no cue before the date, the nearest
    after it ("On Saturday, the group will march"). Cues are in lexicons/tense_cues.csv; any other lower-case word in -ed is past.
    """
    cues = _tense_cues()
    before = _WORD.findall(sentence[:start])
    for i in range(len(before) - 1, -1, -1):
        tense = _word_tense(before[i], cues)
        if tense is None:
            continue
        helper = before[i - 1].lower() if i else ""
        if helper == "be":
            continue  # "will be held", "to be set": the word before "be" decides
        if helper in ("was", "were", "had"):
            return "past"  # "was set on July 19"
        return tense
    for word in _WORD.findall(sentence[end:]):
        tense = _word_tense(word, cues)
        if tense:
            return tense
    return None

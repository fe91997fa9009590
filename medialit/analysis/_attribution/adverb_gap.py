"""`adverb gap`: a subject set off by commas, then an auxiliary or an adverb before the verb.

"Ada Marsh, the shipping magnate, has indicated she may back the mayor", "Ms. Lee, however, has
denied it", "The mayor, the city's first, also praised the plan": the noun-phrase finder skips "has"
and "also" and then meets the comma, so it finds no subject. Read from that comma instead, the
apposition finder sees "Ada Marsh, the shipping magnate," as it would before "said". Only
auxiliaries and adverbs that set no flag are in the gap: a modal or a negation ("X, the mayor, would
not say") is read by the noun-phrase finder itself and states nothing.
"""

from __future__ import annotations

import re

from .._closed_words import AUX_SKIP

# One to three auxiliaries or adverbs (a listed one, or any -ly word) between the comma and the cue.
_GAP = re.compile(
    r",[”’\"']?\s+((?:(?:"
    + "|".join(sorted(map(re.escape, AUX_SKIP), key=len, reverse=True))
    + r"|[a-z]{3,}ly)\s+){1,3})$"
)


def comma_before_gap(left: str) -> int | None:
    """The offset in `left` just after the comma that a gap of auxiliaries or adverbs follows, or None."""
    m = _GAP.search(left)
    return m.start() + 1 if m else None

"""Rule ``with-participle``: "with X saying ...", an absolute phrase whose participle of saying has its own
subject, X.

"The race tightened, with Ms. Ruiz calling for a recount": the speaker is the noun phrase between "with"
and the participle, not the sentence's subject (as after a comma, rule ``participle``) nor the word before
the participle read as the head of a reduced relative (rule ``reduced-relative``). The phrase must run
from "with" right up to the participle, with no punctuation in it.
"""

from __future__ import annotations

import re

from .._noun_phrases import np_after
from .._tokens import strip_span
from .cue import Answer, Cue

# "with" and what follows it up to the participle, inside one clause.
_WITH = re.compile(r"(?<![\w-])with\s+([^,;:!?()“”\"]{1,100})$", re.IGNORECASE)


def with_participle(c: Cue) -> Answer:
    """'..., with Ms. Ruiz calling for a recount': the phrase after 'with' speaks"""
    if not c.participle:
        return None
    m = _WITH.search(c.left_raw.rstrip())
    if m is None:
        return None
    start = c.w0 + m.start(1)
    phrase = np_after(c.tr.text, start, c.cs, max_tokens=16, stop_prepositions=False)
    end = strip_span(c.tr.text, start, c.cs).end
    if phrase is None or phrase.end != end:
        return None
    c.base.source_start, c.base.source_end = phrase
    return c.content_after(c.ce)

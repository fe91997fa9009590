"""Where a reported content ends when the sentence goes on with a clause of the writer's own.

'Saudi officials deny any links, but critics point to ...': what the officials deny ends at
", but"; the critics' clause is another statement. The same holds for ", even as ...",
", though ...", ", while ...", ", whereas ...", ", compared with ..." and a semicolon; and when
the sentence opens with a subordinate clause ("While X said ..., the main clause"), at its comma.
The content is cut there (`end_at_new_clause`), unless the boundary lies inside a quotation.
A participle clause (", calling them fabricated") is left in: it shares the speaker, and cut
off it would read as the writer's own words.
"""

from __future__ import annotations

import re

from .._tokens import strip_span
from .row import Row
from .tracer import Tracer

# A comma (or a dash) opening a clause that the reported speaker did not say.
_NEW_CLAUSE = re.compile(
    r"(?:,|\s[-–—]{1,2})\s+(?:but|yet|even\s+as|even\s+though|though|although|while|whereas|compared\s+(?:with|to))\s"
    r"|;\s"
)
# A subordinate clause opening the sentence ("While X said ..., the main clause"): the content ends at its comma.
# ("As X said, ..." is left out: its content comes after the comma.)
_SUBORDINATE = re.compile(r"(?:while|when|whenever|if|although|though|after|because|since|whereas|once)\s[^,]*$", re.I)
_COMMA = re.compile(r",\s")
# The rules whose content runs from the cue to the end of the sentence.
_OPEN_ENDED = frozenset({"source-cue-content", "relative-clause", "participle", "coordinated", "reduced-relative"})
_MIN_KEPT = 8  # characters: a content never shrinks to a word or two


def end_at_new_clause(tr: Tracer, rows: list[Row]) -> None:
    """Cut each open-ended content at the first clause boundary `_NEW_CLAUSE` outside quotation marks."""
    text = tr.text
    for r in rows:
        if r.rule not in _OPEN_ENDED or r.content_start is None or r.block:
            continue
        found = tr.sentence_span(r.content_start)
        subordinate = (
            found is not None
            and r.cue_start is not None
            and _SUBORDINATE.match(text, found[1], r.cue_start) is not None
        )
        pattern = _COMMA if subordinate else _NEW_CLAUSE
        for m in pattern.finditer(text, r.content_start + _MIN_KEPT, r.content_end):
            if tr.qindex.at(m.start(), level=0) is not None:
                continue
            r.content_start, r.content_end = strip_span(text, r.content_start, m.start())
            break

"""`light-verb frame`: a light verb and its statement noun ("issued a statement", "laid out") that a participle
of saying completes is only the frame of that participle's statement.

"The board issued a statement saying it would appeal": the lexicon reads both "issued a statement" (a
statement named by what was issued) and "saying" (rule ``reduced-relative``, whose source is the board).
Annotated news counts one statement there, with "saying" opening its content; the participle's row has the
content without the participle, so the frame's row is the one dropped. With a comma between them ("issued a
statement on Monday, saying ...") or "to" ("wants to keep saying") the two stay separate readings.
"""

from __future__ import annotations

import re

from .row import Row

# Between the frame's cue and the participle: at most three words (a time, "late"), no punctuation, no "to".
_BETWEEN = re.compile(r"(?:\s+(?!to\b)[\w’'-]+){0,3}\s+", re.IGNORECASE)


def frames_participle(text: str, frame: Row, participle: Row) -> bool:
    """Is `frame` (a statement whose cue is several words) the frame a following participle of saying completes?"""
    if participle.rule != "reduced-relative" or frame.cue_end is None or participle.cue_start is None:
        return False
    if frame.rule != "source-cue-content" or " " not in text[frame.cue_start : frame.cue_end].strip():
        return False
    return _BETWEEN.fullmatch(text, frame.cue_end, participle.cue_start) is not None

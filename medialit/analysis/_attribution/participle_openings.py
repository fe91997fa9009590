"""More places a participle of saying opens a clause whose speaker is named elsewhere in the sentence (rule
``participle``, besides after a comma and after "by", "while", ...):

- ``coordinated``: after "and" or "but", when an earlier statement of the sentence gives the speaker
  ("..., saying the plan was late but suggesting it could still pass"); with no earlier statement the
  participle stays without a source and makes no row ("the crowd cheered and chanting began").
- ``sentence``: at the start of the sentence, before "that" ("Noting that the law had lapsed, the mayor said ..."): the
  speaker is the subject of the main clause after the participle's comma, never the participle itself
  ("Criticizing the police will hurt her" has a gerund as subject: no row).
"""

from __future__ import annotations

import re

from ...span import Span

# A sentence opening with the participle, maybe after a conjunction or a quotation mark ("And noting ...").
_SENTENCE_START = re.compile(r"[\s“\"‘']*(?:(?:And|But)(?:\s+|$))?", re.IGNORECASE)
_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
_COORDINATED = re.compile(r"(?<![\w-])(?:and|but)$", re.IGNORECASE)


def participle_opening(lead: str, after: str = "") -> str | None:
    """Where a participle after `lead` (the sentence up to it) opens its clause: "sentence", "coordinated" or None.
    `after` is the text right after the participle: at the start of a sentence only a participle with a clause
    ("Noting that ...") reports a statement; "Citing local sources, the agency said" names where the
    statement came from, not a second one."""
    if _SENTENCE_START.fullmatch(lead) is not None:
        return "sentence" if _THAT.match(after) else None
    return "coordinated" if _COORDINATED.search(lead.rstrip()) else None


def opens_sentence(text: str, s_start: int, cue_start: int) -> bool:
    """Does the participle at `cue_start` open its sentence (maybe after "And" or "But")?"""
    return _SENTENCE_START.fullmatch(text, s_start, cue_start) is not None


def main_clause_subject(text: str, cue_end: int, subject: Span | None) -> Span | None:
    """`subject` when it stands after the comma that ends the opening participle's clause, else None."""
    comma = text.find(",", cue_end)
    return subject if subject is not None and comma >= 0 and subject[0] > comma else None

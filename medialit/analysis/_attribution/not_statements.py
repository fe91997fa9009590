"""Gate no-statement, three more shapes in which a cue word reports nothing (issue 12).

- A modal in a contraction: "I'll tell you what", "She'll say anything", "I'd say": the statement is
  a future or a conditional one, as "will say" and "would say" are (the phrase finder reads "I'll" as one
  word, so its "will" sets no flag). "He'd said" is "he had said": a past participle after 'd is a
  statement made.
- "Let's": "Let's say they win", "let's hope it holds": a suggestion, no one is reported.
- A capitalised cue inside a name or a title: "spokeswoman Hope Hicks said", "the Drudge Report",
  "“The Truman Show”": the word stands next to another capitalised word in a sentence that is not
  written in title case or capitals (a headline capitalises every word, and its verbs are cues).
"""

from __future__ import annotations

import re

_CONTRACTED_MODAL = re.compile(r"[’'](?:ll|d)\s*$")
_LETS = re.compile(r"(?i)(?<![\w-])let[’']s\s*$")
_PAST_PARTICIPLE = re.compile(r"(?:ed|said|told|written|shown|known|thought|found|made|given|taken)$", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;“\"‘(—–-]\s)(?<![.!?:;“\"‘(—–-])(?-i:[A-Z])[\w’'.&-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+(?-i:[A-Z])[\w’'-]*")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def modal_contraction(left: str, cue: str) -> bool:
    """Does `left` (the text before the cue) end in a contracted 'will' or 'would' ("I'll", "she'd")?"""
    if not _CONTRACTED_MODAL.search(left):
        return False
    first = cue.split()[0] if cue.split() else cue
    return not (left.rstrip().endswith("d") and _PAST_PARTICIPLE.search(first))


def lets(left: str) -> bool:
    """Does `left` end in "let's"?"""
    return bool(_LETS.search(left))


def _title_case(sentence: str) -> bool:
    words = _WORD.findall(sentence)
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words)


def in_name(text: str, cs: int, ce: int, s_start: int, s_end: int) -> bool:
    """Is the cue text[cs:ce] a capitalised word of a name or title ("Hope Hicks", "the Drudge Report")?"""
    word = text[cs:ce].split()[0] if text[cs:ce].split() else ""
    if not word[:1].isupper() or word.isupper() or _title_case(text[s_start:s_end]):
        return False  # lower case, or a line in capitals or title case: its verbs are cues
    if text[s_start:cs].strip(" \t\n\u00a0“\"‘'") == "":
        return False  # the sentence's first word
    before = _CAPITALISED_BEFORE.search(text[max(s_start, cs - 40) : cs])
    # the word before must not open the sentence ("Officials Say" is no name; "Hope Hicks said" is)
    if before and text[s_start : max(s_start, cs - 40) + before.start()].strip(" \t\n\u00a0“\"‘'") == "":
        before = None
    return bool(before or _CAPITALISED_AFTER.match(text, ce, s_end))

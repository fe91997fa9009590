"""Gate no-statement, three more shapes in which a cue word reports nothing (issue 12).

- A modal in a contraction: "I'll tell you what", "She'll say anything", "I'd say": the statement is
  a future or a conditional one, as "will say" and "would say" are (the phrase finder reads "I'll" as one
  word, so its "will" sets no flag). "He'd said" is "he had said": a past participle after 'd is a
  statement made.
- "Let's": "Let's say they win", "let's hope it holds": a suggestion, no one is reported.
- A capitalised cue inside a name or a title: "spokeswoman Hope Marlow said", "the Harbour Report",
  "“The Truman Show”": the word stands next to another capitalised word in a sentence that is not
  written in title case or capitals (a headline capitalises every word, and its verbs are cues).

And a source that is no speaker at all: only time words or an opening word ("X, the chairman, this past
week announced", "Instead of calling"); `links.fix_time_sources` gives the row the sentence's subject
when it has one. And `speaker-description`: "“...,” said Sen. Ann Lee, who supports the bill": a stance
in the description of a speaker named after the verb is part of who speaks, not a second statement.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ...lexicon import word_list
from .._closed_words import WEEKDAYS_MONTHS

_CONTRACTED_MODAL = re.compile(r"[’'](?:ll|d)\s*$")
_LETS = re.compile(r"(?i)(?<![\w-])let[’']s\s*$")
_PAST_PARTICIPLE = re.compile(r"(?:ed|said|told|written|shown|known|thought|found|made|given|taken)$", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;“\"‘(—–-]\s)(?<![.!?:;“\"‘(—–-])(?-i:[A-Z])[\w’'.&-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+(?-i:[A-Z])[\w’'-]*")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SOURCE_WORD = re.compile(r"[A-Za-z]+|\d+")


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
    """Is the cue text[cs:ce] a capitalised word of a name or title ("Hope Marlow", "the Harbour Report")?"""
    word = text[cs:ce].split()[0] if text[cs:ce].split() else ""
    if not word[:1].isupper() or word.isupper() or _title_case(text[s_start:s_end]):
        return False  # lower case, or a line in capitals or title case: its verbs are cues
    if text[s_start:cs].strip(" \t\n\u00a0“\"‘'") == "":
        return False  # the sentence's first word
    before = _CAPITALISED_BEFORE.search(text[max(s_start, cs - 40) : cs])
    # the word before must not open the sentence ("Officials Say" is no name; "Hope Marlow said" is)
    if before and text[s_start : max(s_start, cs - 40) + before.start()].strip(" \t\n\u00a0“\"‘'") == "":
        before = None
    return bool(before or _CAPITALISED_AFTER.match(text, ce, s_end))


@cache
def _not_speakers() -> frozenset[str]:
    return frozenset(word_list("not-a-speaker")) | frozenset(WEEKDAYS_MONTHS)


def time_or_opener(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Is the source text[start:end] only time words or an opening word ("this past week", "late Friday",
    "Instead", "Asked"; word list ``not-a-speaker``, weekdays and months)? A capitalised word inside the
    sentence that is no weekday or month is a name ("Day said") and is a speaker."""
    words = _SOURCE_WORD.findall(text[start:end])
    if not words or not all(w.lower() in _not_speakers() for w in words):
        return False
    first = words[0]
    at_start = text[sentence_start:start].strip(" \t\n\u00a0“\"‘'(") == ""
    return not (first[0].isupper() and not at_start and first.lower() not in WEEKDAYS_MONTHS)


_INVERTED = ("quote-cue-source", "clause-cue-source")


def _describes_speaker(text: str, at: int, speakers: list[tuple[int, int]], ends: list[int]) -> bool:
    """Does the relative pronoun at `at` follow one of `speakers` (sorted by end) with only a description
    between ("said Ann Lee, a councillor from Eastport, who")?"""
    i = bisect.bisect_left(ends, at - 150)
    while i < len(ends) and ends[i] <= at + 300:  # a speaker's name is far shorter than 300 characters
        s, e = speakers[i]
        if s <= at and not re.search(r"[.;:“”\"]", text[e:at]):
            return True
        i += 1
    return False


def drop_speaker_descriptions(text: str, rows: list) -> list:
    """`speaker-description`: the rows without the relative clauses of stance (word list ``speaker-stance``)
    that describe the speaker of an inverted statement ("..., said Ann Lee, who supports the bill")."""
    stance = frozenset(word_list("speaker-stance"))
    speakers = sorted(
        ((o.source_start, o.source_end) for o in rows if o.rule in _INVERTED and o.source_start is not None),
        key=lambda span: span[1],
    )
    ends = [e for _, e in speakers]
    kept = []
    for r in rows:
        words = text[r.cue_start : r.cue_end].split() if r.rule == "relative-clause" and r.cue_start else []
        if words and words[0].lower() in stance and _describes_speaker(text, r.source_start, speakers, ends):
            continue
        kept.append(r)
    return kept

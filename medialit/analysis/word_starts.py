"""Where a cue regex can match: a first-word index over the text, so each regex is tried only there.

A lexicon's regexes (a cue, or an alternation of a few hundred) mostly open with a word-start
test and a literal word: ``(?<![\\w-])said``, ``\\bdenie[sd]``. Such a regex can only match
where a word starting with those letters starts. `WordStarts` lists the text's word starts by
their first letters once; `WordStarts.finditer(regex)` asks `first_letters` how the regex's
matches open and tries ``regex.match`` only there. An opening is a word's first letters (after
a word-start test), a first character without case (an apostrophe, a quotation mark: the
places of that character), or a line start (``(?<![^\\n])``). The result is exactly
``list(regex.finditer(text))`` (same matches, same order); a regex whose openings cannot be
read (a class or a wildcard first, letters without a word-start test) is scanned as before.

Why it is exact: finditer returns the leftmost match at or after the end of the previous
one, and a regex can only match at a place its openings allow; ``match(text, pos)`` sees the
text before `pos`, so look-behinds behave as in a scan. Words whose first letters are not
ASCII go to every regex (case-insensitive matching of non-ASCII letters is not ``str.lower``).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import numpy as np

__all__ = ["WordStarts", "first_letters"]

#: How many first letters key the index: "sai" holds the starts of said, says, saying.
KEY = 3
_ANY = "*"  # the key of words whose first letters are not plain ASCII: every regex tries them
_WORD = re.compile(r"\w+")

_LETTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}


@lru_cache(maxsize=1024)
def first_letters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """How every match of the regex opens: a set of openings, or None when that cannot be read.

    An opening is 1 to `KEY` lower-case ASCII letters that a match starting at a word start (a
    word character not preceded by one) begins with; one character without case that a match
    begins with; or `LINE_START` for a match at the start of a line. None: letters without a
    word-start test (``\\b`` or a look-behind that rejects word characters) before them, or a
    first item that is no literal (a class, a wildcard).
    """
    if flags & re.ASCII:
        return None  # its \\w and \\b are not the index's (Unicode) words
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    states = _walk({("", True, _NONE)}, list(parsed))
    if states is None:
        return None
    openings = set()
    for prefix, _, guard in states:
        if guard == _LINE:
            openings.add(LINE_START)
        elif prefix and (prefix[0] not in _LETTER or guard == _WORD_START):
            openings.add(prefix)  # letters after a word-start test, or one non-word character
        else:
            return None
    return frozenset(openings)


# A state is (letters so far, whether more may follow, the test before the first character).
_State = tuple[str, bool, int]
_NONE, _WORD_START, _LINE = 0, 1, 2
#: The opening of a regex that only matches at the start of a line (``(?<![^\n])``).
LINE_START = ""


def _walk(states: set[_State], items: list) -> set[_State] | None:
    """The states after `items`; None when an opening cannot be read."""
    for op, av in items:
        if not any(open_ and len(p) < KEY for p, open_, _ in states):
            return states
        if op in _ZERO_WIDTH:
            guard = _guard(op, av)
            if guard != _NONE:  # a test before the first character (none consumed yet, nothing unread)
                states = {(p, o, max(g, guard) if o and not p else g) for p, o, g in states}
            continue
        if op is sre.LITERAL:
            states = _extend(states, [chr(av)])
        elif op is sre.IN:
            chars = _class_chars(av)
            states = _extend(states, chars) if chars else _close(states)
        elif op is sre.SUBPATTERN:
            found = _walk(states, list(av[-1]))
            if found is None:
                return None
            states = found
        elif op is sre.BRANCH:
            out: set[_State] = set()
            for branch in av[1]:
                found = _walk(states, list(branch))
                if found is None:
                    return None
                out |= found
            states = out
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            found = _walk(states, list(body))
            if found is None:
                return None
            once = found if high == 1 else _close(found)
            states = once if low >= 1 else (states | once)
        else:
            states = _close(states)
    return states


def _extend(states: set[_State], chars: list[str]) -> set[_State]:
    """Each open state followed by one of `chars` (a non-letter ends the opening)."""
    out: set[_State] = set()
    for p, open_, guarded in states:
        if not open_ or len(p) >= KEY:
            out.add((p, False, guarded))
            continue
        for ch in chars:
            low = ch.lower()
            if low in _LETTER:
                out.add((p + low, True, guarded))
            elif not p and low == ch == ch.upper() == ch.casefold():
                out.add((ch, False, guarded))  # a first character without case: the match starts where it is
            else:
                out.add((p, False, guarded))
    return out


def _close(states: set[_State]) -> set[_State]:
    return {(p, False, g) for p, _, g in states}


def _class_chars(av: list) -> list[str] | None:
    """The characters of a small class of literals (``[sS]``, ``[’']``, ``\\d``), else None."""
    if av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return list("0123456789")  # other digits are not ASCII: their words go to every regex
    if len(av) > 8 or any(op is not sre.LITERAL for op, _ in av):
        return None
    return [chr(c) for _, c in av]


def _guard(op, av) -> int:
    """What a zero-width test puts before the match: a non-word character, a line start, or nothing known.

    `_WORD_START`: ``\\b`` (before a letter), a negative look-behind of one class holding
    ``\\w`` (``(?<![\\w-])``), or a positive look-behind whose last character is not a word
    character (``(?<=,\\s)``, ``(?<=[“"])``). `_LINE`: ``(?<![^\\n])``.
    """
    if op is sre.AT:
        return _WORD_START if av is sre.AT_BOUNDARY else _NONE
    if op is sre.ASSERT_NOT and av[0] == -1:
        body = list(av[1])
        if body == [(sre.NOT_LITERAL, ord("\n"))]:
            return _LINE
        if len(body) != 1 or body[0][0] is not sre.IN:
            return _NONE
        items = body[0][1]
        word = (sre.CATEGORY, sre.CATEGORY_WORD) in items and all(o is not sre.NEGATE for o, _ in items)
        return _WORD_START if word else _NONE
    if op is sre.ASSERT and av[0] == -1:
        body = list(av[1])
        return _WORD_START if body and _non_word(*body[-1]) else _NONE
    return _NONE


def _non_word(op, av) -> bool:
    """Whether the item matches only non-word characters (a space, a comma, a quotation mark)."""
    if op is sre.LITERAL:
        return not re.match(r"\w", chr(av))
    if op is sre.CATEGORY:
        return av is sre.CATEGORY_SPACE
    if op is sre.IN:
        return bool(av) and all(_non_word(o, a) for o, a in av)
    return False


class WordStarts:
    """The word starts of one text, by their first `KEY` lower-case letters."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Offsets as 4-byte arrays, not lists of ints: a list costs 9 times the memory (an int
        # object and a pointer per word), and the index lives as long as the article's reading.
        kind = "i" if len(text) < 2**31 else "q"
        by_key: dict[str, array] = {}
        for m in _WORD.finditer(text):
            key = m.group()[:KEY]
            key = key.lower() if key.isascii() else _ANY
            found = by_key.get(key)
            if found is None:
                found = by_key[key] = array(kind)
            found.append(m.start())
        self._by_key = by_key
        self._keys_by_letter: dict[str, list[str]] = {}
        for key in by_key:
            self._keys_by_letter.setdefault(key[0], []).append(key)

    def starts(self, openings: frozenset[str]) -> array:
        """Sorted places where a match can start: the word starts whose first letters begin with one
        of `openings` (and the non-ASCII ones), the places of an opening character, the line starts.

        Merged as arrays (an 8-byte item per place): a set of int objects for a frequent opening
        ("no", "not") cost four times the text while the regex ran.
        """
        keys = {_ANY}
        parts = [np.zeros(0, dtype=np.int64)]
        for opening in openings:
            if opening == LINE_START:
                parts.append(np.zeros(1, dtype=np.int64))
                parts.append(self._places("\n") + 1)
            elif opening[0] not in _LETTER:
                parts.append(self._places(opening))
            elif len(opening) >= KEY:
                keys.add(opening[:KEY])
            else:
                keys.update(k for k in self._keys_by_letter.get(opening[0], ()) if k.startswith(opening))
        for key in keys:
            found = self._by_key.get(key)
            if found:
                parts.append(np.frombuffer(found, dtype=np.dtype(found.typecode)).astype(np.int64))
        return array("q", np.unique(np.concatenate(parts)).tobytes())

    def _places(self, char: str) -> np.ndarray:
        """Every offset of `char` in the text."""
        out, at = array("q"), self.text.find(char)
        while at != -1:
            out.append(at)
            at = self.text.find(char, at + 1)
        return np.frombuffer(out, dtype=np.int64) if out else np.zeros(0, dtype=np.int64)

    def finditer(self, regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of ``regex.finditer(text)``, one at a time, trying only where its openings allow.

        One at a time, as finditer gives them: a match of an alternation of a hundred named
        groups holds two offsets per group, and a list of them all would cost 8x the text.
        """
        openings = first_letters(regex.pattern, regex.flags)
        if openings is None:
            yield from regex.finditer(self.text)
            return
        text = self.text
        last = 0
        for p in self.starts(openings):
            if p < last:
                continue
            m = regex.match(text, p)
            if m is None:
                continue
            if m.end() == m.start():
                # An empty match (a line-start opening may give one): finditer from here gives the
                # same sequence, since no match can start between the last one's end and `p`.
                yield from regex.finditer(text, p)
                return
            yield m
            last = m.end()

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

import numpy as np

from .openings import KEY, LETTERS, LINE_START, first_letters

__all__ = ["KEY", "LINE_START", "WordStarts", "first_letters"]

_ANY = "*"  # the key of words whose first letters are not plain ASCII: every regex tries them
_WORD = re.compile(r"\w+")


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
            elif opening[0] not in LETTERS:
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

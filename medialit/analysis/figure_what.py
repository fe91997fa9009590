"""What a figure counts: the noun phrase after it ("30 *armed men*", "a third *of the seats in parliament*").

Part of `find_figures` (see `figures.py`, column ``what``).
"""

from __future__ import annotations

import re

from .figure_exclusions import FUNCTION_WORDS, PLURAL_IRREGULAR
from .figure_numbers import Fig

_STOP = frozenset(
    """
was were is are be been being has have had will would could should may might can did do does said say says told
reported killed died wounded injured who which that and or but in on at by for from to with as than into after
before during since against while when where because if were also not all across near under over per according
went came rose fell took gave got made left won lost saw ran grew became began held kept met paid sent spent stood
voted backed remain remained remains fled live lived""".split()
)
_DETERMINERS = frozenset("the these those its their his her our your my this that".split())


def _looks_plural(word: str) -> bool:
    """A plural noun: an irregular one ("people") or a word in -s (not -ss, -us, -is)."""
    w = word.lower()
    return w in PLURAL_IRREGULAR or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def what_counted(text: str, f: Fig) -> str:
    """The counted noun phrase after the figure (see the module docstring)."""
    proportion = f.kind == "fraction" or f.unit == "percent"
    rest = text[f.end :]
    partitive = re.match(r"\s+of\s+", rest)
    pos = partitive.end() if partitive else 0
    words: list[str] = []
    end = pos
    for t in re.finditer(r"[^\W\d_][\w’'.-]*|\d[\w’'.,-]*|\S", rest[pos:]):
        w = t.group(0)
        abbreviation = re.fullmatch(r"(?:[A-Z]\.)+", w)
        if w.endswith(".") and not abbreviation:
            w = w.rstrip(".")
        if not w or not re.match(r"\w", w):
            break
        low = w.lower()
        if not words and low in _DETERMINERS:
            if proportion:
                words.append(w)
                end = pos + t.end()
            continue
        if low in _STOP or (low in FUNCTION_WORDS and low not in _DETERMINERS):
            break
        after = re.match(r"\s*([\w’'-]+)", rest[pos + t.end() :])
        if low.endswith("ed") and (after is None or after.group(1).lower() in _STOP or w != t.group(0)):
            break  # a verb ("1.5% abstained."), not an adjective ("30 armed men")
        words.append(w)
        end = pos + t.start() + len(w)
        if _looks_plural(w) or len(words) >= 6 or w != t.group(0):
            break
    if words and words[-1].lower() in _DETERMINERS:
        words = []
    # A count above one names a plural noun; without one we likely ran into a verb ("13 million need aid").
    if words and not proportion and not f.unit and f.value != 1 and not _looks_plural(words[-1]):
        words = []
    phrase = " ".join(words)
    if proportion and phrase:
        # "a third of the seats in parliament": the whole needs its place.
        pp = re.match(r"\s+(?:in|of)\s+(?:the\s+)?[^\W\d_][\w’'-]*", rest[end:])
        if pp and pp.group(0).split()[-1].lower() not in _STOP:
            phrase = " ".join((phrase + pp.group(0)).split())
    if f.unit == "percent":
        return "percent of " + phrase if phrase and partitive else ("percent " + phrase).strip()
    if f.unit:
        return (f.unit + " " + phrase).strip()
    return phrase

"""The openings of a regex read from the ``re`` module's parse of it, for what `openings.scan` does not read.

The same states as the scan, walked over the parser's tree. ``re._parser`` is private, so only the
rare pattern the scan leaves (a back-reference, an escape such as ``\\x41``, a conditional, global
flags, verbose mode) comes here.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from .openings import KEY, LINE, NO_TEST, WORD_START, State, close, extend

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}


def parsed_states(pattern: str, flags: int) -> set[State] | None:
    """The states after the whole pattern, walked over its parse; None when it does not parse."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    return _walk({("", True, NO_TEST)}, list(parsed))


def _walk(states: set[State], items: list) -> set[State] | None:
    """The states after `items`; None when an opening cannot be read."""
    for op, av in items:
        if not any(open_ and len(p) < KEY for p, open_, _ in states):
            return states
        if op in _ZERO_WIDTH:
            guard = _guard(op, av)
            if guard != NO_TEST:  # a test before the first character (none consumed yet, nothing unread)
                states = {(p, o, max(g, guard) if o and not p else g) for p, o, g in states}
            continue
        if op is sre.LITERAL:
            states = extend(states, [chr(av)])
        elif op is sre.IN:
            chars = _class_chars(av)
            states = extend(states, chars) if chars else close(states)
        elif op is sre.SUBPATTERN:
            found = _walk(states, list(av[-1]))
            if found is None:
                return None
            states = found
        elif op is sre.BRANCH:
            out: set[State] = set()
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
            once = found if high == 1 else close(found)
            states = once if low >= 1 else (states | once)
        else:
            states = close(states)
    return states


def _class_chars(av: list) -> list[str] | None:
    """The characters of a small class of literals (``[sS]``, ``[’']``, ``\\d``), else None."""
    if av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return list("0123456789")  # other digits are not ASCII: their words go to every regex
    if len(av) > 8 or any(op is not sre.LITERAL for op, _ in av):
        return None
    return [chr(c) for _, c in av]


def _guard(op, av) -> int:
    """What a zero-width test puts before the match: a non-word character, a line start, or nothing known.

    `WORD_START`: ``\\b`` (before a letter), a negative look-behind of one class holding
    ``\\w`` (``(?<![\\w-])``), or a positive look-behind whose last character is not a word
    character (``(?<=,\\s)``, ``(?<=[“"])``). `LINE`: ``(?<![^\\n])``.
    """
    if op is sre.AT:
        return WORD_START if av is sre.AT_BOUNDARY else NO_TEST
    if op is sre.ASSERT_NOT and av[0] == -1:
        body = list(av[1])
        if body == [(sre.NOT_LITERAL, ord("\n"))]:
            return LINE
        if len(body) != 1 or body[0][0] is not sre.IN:
            return NO_TEST
        items = body[0][1]
        word = (sre.CATEGORY, sre.CATEGORY_WORD) in items and all(o is not sre.NEGATE for o, _ in items)
        return WORD_START if word else NO_TEST
    if op is sre.ASSERT and av[0] == -1:
        body = list(av[1])
        return WORD_START if body and _non_word(*body[-1]) else NO_TEST
    return NO_TEST


def _non_word(op, av) -> bool:
    """Whether the item matches only non-word characters (a space, a comma, a quotation mark)."""
    if op is sre.LITERAL:
        return not re.match(r"\w", chr(av))
    if op is sre.CATEGORY:
        return av is sre.CATEGORY_SPACE
    if op is sre.IN:
        return bool(av) and all(_non_word(o, a) for o, a in av)
    return False

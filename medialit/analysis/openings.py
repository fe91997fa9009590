"""How a regex's matches open, read from the regex's text: what `word_starts.WordStarts` needs to try it.

An opening is a word's first letters after a word-start test (``(?<![\\w-])said`` opens with
"sai"), a first character without case (an apostrophe, a quotation mark), or a line start
(``(?<![^\\n])``). `first_letters` gives the set, or None when a match may open anywhere the
index cannot tell (a class or a wildcard first, letters without a word-start test).

The openings are read from the pattern's text, token by token, following every branch only
until its first `KEY` letters are known, and skipping the rest. Parsing the regex with the
``re`` module's parser costs about half of compiling it, and every cue regex is compiled anyway:
reading the openings from a parse parsed each regex twice, a tenth of a second in every fresh
kernel that analyses an article. What the scan does not read (a back-reference, an escape such
as ``\\x41``, a conditional, global flags, verbose mode) is read from the parser's tree instead
(`openings_parsed`), with the same states.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["KEY", "LINE_START", "first_letters"]

#: How many first letters key the index: "sai" holds the starts of said, says, saying.
KEY = 3
#: The opening of a regex that only matches at the start of a line (``(?<![^\n])``).
LINE_START = ""
LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_WORD_CHAR = re.compile(r"\w")

# A state is (letters so far, whether more may follow, the test before the first character).
State = tuple[str, bool, int]
NO_TEST, WORD_START, LINE = 0, 1, 2


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
        states = scan(pattern, flags)
    except Unread:
        from .openings_parsed import parsed_states  # only for what the scan does not read

        states = parsed_states(pattern, flags)
    return None if states is None else openings_of(states)


def openings_of(states: set[State]) -> frozenset[str] | None:
    """The openings the final `states` allow, or None when one of them is letters without a word-start test."""
    openings = set()
    for prefix, _, guard in states:
        if guard == LINE:
            openings.add(LINE_START)
        elif prefix and (prefix[0] not in LETTERS or guard == WORD_START):
            openings.add(prefix)  # letters after a word-start test, or one non-word character
        else:
            return None
    return frozenset(openings)


def extend(states: set[State], chars: list[str]) -> set[State]:
    """Each open state followed by one of `chars` (a non-letter ends the opening)."""
    out: set[State] = set()
    for p, open_, guarded in states:
        if not open_ or len(p) >= KEY:
            out.add((p, False, guarded))
            continue
        for ch in chars:
            low = ch.lower()
            if low in LETTERS:
                out.add((p + low, True, guarded))
            elif not p and low == ch == ch.upper() == ch.casefold():
                out.add((ch, False, guarded))  # a first character without case: the match starts where it is
            else:
                out.add((p, False, guarded))
    return out


def close(states: set[State]) -> set[State]:
    return {(p, False, g) for p, _, g in states}


_TOKEN = re.compile(
    r"[^\\\[\](){}|?*+.^$]+(?![?*+{])"  # a run of plain characters (a repeated one stands alone)
    r"|\\."  # an escape
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"  # a class (a first ']' is one of its characters)
    r"|\(\?P<\w+>|\(\?<?[=!]|\(\?[ims]*(?:-[ims]+)?:|\(\?|\("  # the opening of a group
    r"|(?:\{\d*,?\d*\}|[?*+])[?+]?"  # a repeat, maybe lazy or possessive
    r"|.",
    re.S,
)
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_MANY = 2**32  # a repeat without an upper bound
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


class Unread(Exception):
    """The pattern uses something `_scan` does not read: parse it instead."""


def scan(pattern: str, flags: int) -> set[State]:
    """The states after the whole pattern, read from its text (those `openings_parsed` walks in its parse)."""
    if flags & re.VERBOSE:
        raise Unread
    tokens = _TOKEN.findall(pattern)
    states, i = _scan_branches(tokens, 0, {("", True, NO_TEST)})
    if i != len(tokens):
        raise Unread  # a ')' without its '('
    return states


def _scan_branches(tokens: list[str], i: int, states: set[State]) -> tuple[set[State], int]:
    """The union of the branches from `i` to the ')' that ends them (or the end), and that ')''s index."""
    out: set[State] = set()
    while True:
        found, i = _scan_sequence(tokens, i, states)
        out |= found
        if i < len(tokens) and tokens[i] == "|":
            i += 1
            continue
        return out, i


def _scan_sequence(tokens: list[str], i: int, states: set[State]) -> tuple[set[State], int]:
    """The states after the items from `i` to the next '|' or ')' of this level, and that token's index."""
    while i < len(tokens) and tokens[i] not in ("|", ")"):
        if not any(open_ and len(p) < KEY for p, open_, _ in states):
            return states, _skip(tokens, i)  # the opening is read: the rest of the branch cannot change it
        before = states
        states, i, zero_width = _scan_item(tokens, i, states)
        if i < len(tokens) and tokens[i][0] in "?*+{":
            if zero_width:
                raise Unread
            low, high = _repeat(tokens[i])
            once = states if high == 1 else close(states)
            states = once if low >= 1 else (before | once)
            i += 1
    return states, i


def _scan_item(tokens: list[str], i: int, states: set[State]) -> tuple[set[State], int, bool]:
    """The states after the item at `i`, the index after it, and whether it is zero-width."""
    t = tokens[i]
    if t[0] == "(":
        if t in _LOOKAROUNDS:
            end = _skip(tokens, i + 1)
            if end >= len(tokens) or tokens[end] != ")":
                raise Unread
            guard = _lookaround_guard(t, tokens[i + 1 : end])
            return _guarded(states, guard), end + 1, True
        if not (t == "(" or t.endswith(":") or t.startswith("(?P<")):
            raise Unread  # a back-reference, a comment, a conditional, an atomic group, global flags
        states, end = _scan_branches(tokens, i + 1, states)
        if end >= len(tokens):
            raise Unread
        return states, end + 1, False
    if t[0] == "\\":
        return _scan_escape(t[1], states), i + 1, t[1] in "bBAZ"
    if t[0] == "[":
        chars = _class_literals(t)
        return (extend(states, chars) if chars else close(states)), i + 1, False
    if t == ".":
        return close(states), i + 1, False
    if t in ("^", "$"):
        return states, i + 1, True
    if t[0] in "])}?*+{":
        raise Unread  # a repeat of nothing, or a bracket Python reads as a character
    for ch in t:  # a run of plain characters
        if not any(open_ and len(p) < KEY for p, open_, _ in states):
            break
        states = extend(states, [ch])
    return states, i + 1, False


def _guarded(states: set[State], guard: int) -> set[State]:
    """The states after a zero-width test: `guard` stands before a match that has read nothing yet."""
    if guard == NO_TEST:
        return states
    return {(p, o, max(g, guard) if o and not p else g) for p, o, g in states}


def _scan_escape(ch: str, states: set[State]) -> set[State]:
    """The states after ``\\<ch>``: a word-start test, another test, a class, or one character."""
    if ch == "b":
        return _guarded(states, WORD_START)
    if ch in "BAZ":
        return states
    if ch == "d":
        return extend(states, list("0123456789"))
    if ch in "DsSwW":
        return close(states)
    if ch in _CONTROL:
        return extend(states, [_CONTROL[ch]])
    if ch.isalnum() or not ch.isascii():
        raise Unread  # \x41, \u00e9, \N{...}, a back-reference \1 ...
    return extend(states, [ch])


def _class_items(token: str) -> list[tuple[str, bool]]:
    """The items of a class token: (character, escaped) each."""
    return [(esc or ch, bool(esc)) for esc, ch in re.findall(r"\\(.)|(.)", token[1:-1], re.S)]


def _class_literals(token: str) -> list[str] | None:
    """The characters of a class of at most 8 plain characters (``[’']``), else None (as `_class_chars`)."""
    items = _class_items(token)
    if len(items) > 8 or (items and items[0] == ("^", False)):
        return None
    if any(c == "-" and not esc for c, esc in items[1:-1]):
        return None  # a range
    out = []
    for c, esc in items:
        if esc and (c.isalnum() or not c.isascii()):
            if c not in _CONTROL:
                return None  # \w, \d, \s, \x41 ...: not a plain character
            c = _CONTROL[c]
        out.append(c)
    return out


def _lookaround_guard(opener: str, body: list[str]) -> int:
    """What a look-behind puts before the match, as `_guard` reads its parse; a look-ahead puts nothing."""
    if opener == "(?<!" and len(body) == 1:
        if body[0] == "[^\\n]":
            return LINE
        if body[0] == "\\w":
            return WORD_START
        if body[0][0] == "[" and not body[0].startswith("[^") and ("w", True) in _class_items(body[0]):
            return WORD_START
        return NO_TEST
    if opener != "(?<=" or not body or "|" in body:
        return NO_TEST
    last = body[-1]
    if last[0] == "\\":
        non_word = last[1] == "s" or last[1] in _CONTROL or not (last[1].isalnum() or last[1] == "_")
        return WORD_START if non_word and last[1].isascii() else NO_TEST
    if last[0] == "[":
        return WORD_START if _non_word_class(last) else NO_TEST
    if last[0] in "?*+{()." or last in ("^", "$"):
        return NO_TEST
    return NO_TEST if _WORD_CHAR.match(last[-1]) else WORD_START


def _non_word_class(token: str) -> bool:
    """Whether a class token holds only characters that are not word characters, or ``\\s``."""
    items = _class_items(token)
    if not items or items[0] == ("^", False) or any(c == "-" and not esc for c, esc in items[1:-1]):
        return False
    for c, esc in items:
        if esc and (c == "s" or c in _CONTROL):
            continue
        if (esc and (c.isalnum() or not c.isascii())) or _WORD_CHAR.match(c):
            return False
    return True


def _repeat(token: str) -> tuple[int, int]:
    """(least, most) of a repeat token: ``?``, ``*``, ``+``, ``{m}``, ``{m,}``, ``{,n}``, ``{m,n}``, lazy or not."""
    if token[0] != "{":
        return {"?": (0, 1), "*": (0, _MANY), "+": (1, _MANY)}[token[0]]
    low, comma, high = token[1 : token.index("}")].partition(",")
    if not (low or comma):
        raise Unread  # '{}' is two characters
    if not comma:
        return int(low), int(low)
    return int(low or 0), int(high) if high else _MANY


def _skip(tokens: list[str], i: int) -> int:
    """The index of the next '|' or ')' of this level (or the end), past nested groups."""
    depth = 0
    while i < len(tokens):
        t = tokens[i]
        if t[0] == "(":
            depth += 1
        elif t == ")":
            if depth == 0:
                return i
            depth -= 1
        elif t == "|" and depth == 0:
            return i
        i += 1
    return i

"""The openings read from a regex's text (`openings.scan`) are those read from its parse, on every packaged cue regex."""

from __future__ import annotations

import re

import pytest

from medialit.analysis import openings
from medialit.analysis.openings_parsed import parsed_states
from medialit.analysis.word_starts import WordStarts, first_letters
from medialit.lexicon import VIEWS, cue_regex, load_lexicon


def _same_states(pattern: str, flags: int) -> None:
    """The same openings; the parser merges one-character branches into a class ('-|\\s' into '[-\\s]'), which
    may leave it a closed state more or less than the scan, never another opening."""
    scanned, parsed = openings.scan(pattern, flags), parsed_states(pattern, flags)
    assert openings.openings_of(scanned) == openings.openings_of(parsed), pattern[:120]


def _packaged_regexes() -> list[re.Pattern[str]]:
    from medialit.analysis.hedge_cues import _rule_regex
    from medialit.analysis.hedge_lexicon import hedge_lexicon

    out = [cue_regex(load_lexicon(view)) for view in VIEWS if view != "word_lists"]
    out += [cue_regex(load_lexicon(name)) for name in ("hedges", "loaded", "qualifiers")]
    out += [_rule_regex(row.cue, row.pattern) for row in hedge_lexicon().itertuples()]
    return out


def test_every_packaged_cue_regex_is_read_from_its_text_as_from_its_parse():
    regexes = _packaged_regexes()
    assert len(regexes) > 250
    for regex in regexes:
        _same_states(regex.pattern, regex.flags)


TRICKY = [
    r"(?<![\w-])(?:says?|said)|(?<=[“\"])No|(?<=,\s)then",
    r"(?<=\s)then",
    r"(?<=_)then",  # '_' is a word character: no word-start test
    r"(?<=\.)then",
    r"(?<=\w)aid",
    r"(?<![^\w])said",
    r"(?<![\w])said",
    r"(?<![\\w])said",  # a backslash or a 'w' before: no word-start test
    r"(?<![^\n])(?:\w+\s+){0,3}false",
    r"(?<![\w-])(?:is|['’]s)",
    r"(?<![^\n])(?:No,)?",
    r"\bsa{0,2}id",
    r"\bsa{2}id",
    r"\bsa{,2}id",
    r"\bsa{1,}id",
    r"\bs(?:a|e){2}x",
    r"\bab*c",
    r"\bab+?c",
    r"\ba(?=b)c",
    r"(?i:\bAbc)",
    r"(?-i:\bAbc)",
    r"\b(?P<x>said|told)\b",
    r"(?<![\w-])’tis",
    r"\b\$\d",
    r"\b[sS]aid",
    r"\b[a-c]x",
    r"\b[-ab]x",
    r"\b[\]a]x",
    r"\b.aid",
    r"^said",
    r"\Bsaid",
    r"\bsaid$|\bno\b",
    r"(?<![\w-])(?:(?P<r1>said)|(?P<r2>(?:would\s+)?neither\s+(?:confirm|deny)))|(?P<r3>“)",
]


@pytest.mark.parametrize("pattern", TRICKY)
def test_tricky_patterns_read_from_their_text_as_from_their_parse(pattern: str) -> None:
    _same_states(pattern, re.IGNORECASE)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?P<x>said)|\bx(?P=x)",  # a back-reference
        r"\b\x73aid",  # a character by its code
        r"(?x) \b said",  # verbose: spaces do not count
        r"(?i)\bsaid",  # global flags
        r"\b(?>said)",  # an atomic group
        r"\b(s)\1aid",  # a back-reference before the opening is read
        r"\bsa{}id",  # '{}' is two characters
        r"\b{said}",
    ],
)
def test_what_the_scan_does_not_read_is_parsed_instead(pattern: str) -> None:
    with pytest.raises(openings.Unread):
        openings.scan(pattern, 0)
    regex = re.compile(pattern)
    parsed = parsed_states(regex.pattern, regex.flags)
    assert first_letters(regex.pattern, regex.flags) == openings.openings_of(parsed)
    text = "He said {said} it, sasaid; ssaid saaid sa{}id xsaid."
    assert [m.span() for m in WordStarts(text).finditer(regex)] == [m.span() for m in regex.finditer(text)]


def test_more_than_eight_one_letter_branches_still_open_with_their_letters():
    # The parser turns them into a class of 10 characters, which reads as "any first letter";
    # the scan keeps each branch: a narrower, still complete set of openings.
    pattern = r"\b(?:a|b|c|d|e|f|g|h|i|j)x"
    assert first_letters(pattern, 0) == frozenset(f"{c}x" for c in "abcdefghij")
    text = "ax bx jx kx abx xax"
    regex = re.compile(pattern)
    assert [m.span() for m in WordStarts(text).finditer(regex)] == [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("view", ["denials", "reporting_verbs", "figure_speech"])
def test_every_cue_row_keeps_the_first_word_index(view):
    """A row whose pattern has an alternative without a word-start test ('(?<![\\w-])') gives its whole
    view's regex no openings, and every finder using it scans the text at every character: about
    five times slower on the denial cues. Each alternative must open with the test."""
    from medialit.lexicon import cue_regex, load_lexicon

    lex = load_lexicon(view)
    for i in range(len(lex)):
        rx = cue_regex(lex.iloc[[i]])
        assert first_letters(rx.pattern, rx.flags) is not None, f"speech_acts.csv:{lex.iloc[i]['line']}"

"""The first-word index gives exactly what a scan of the text gives, and says when it cannot."""

from __future__ import annotations

import re

import pytest

from medialit.analysis.word_starts import LINE_START, WordStarts, first_letters

TEXT = (
    "Officials said on Monday that the unsaid rule stands. “No,” she said, “we deny it.” It's a myth.\n"
    "No, it isn't. "
    "She denied it; the denial was denied. Kelvin \u212aelvin \u017fays 3 percent would; "
    "50-50 chance. İstanbul's mayor SAID so, then re-said it. Co-workers say-so."
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\w-])said(?![\w-])",
        r"\bden(?:y|ie[sd]|ial)\b",
        r"(?<![\w-])(?:says?|said)|(?<=[“\"])No",
        r"(?<![\w-])(?:un)?said",
        r"\b\d+\s+percent",
        r"(?<=,\s)then",
        r"(?<!\w)said",
        r"(?<![\w-])k\w+",
        r"(?<![\w-])s\w*",
    ],
)
def test_same_matches_as_finditer(pattern: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    assert first_letters(regex.pattern, regex.flags) is not None  # these are indexed, not scanned
    got = [m.span() for m in WordStarts(TEXT).finditer(regex)]
    assert got == [m.span() for m in regex.finditer(TEXT)]
    assert got  # each pattern finds something in TEXT


@pytest.mark.parametrize(
    "pattern",
    [
        r"said",  # no word-start test: "unsaid" matches inside a word
        r"(?<![^\w])said",  # the double negative wants a word character before
        r"\b.aid",  # a wildcard first
        r"(?<![\w-])[a-z]+",  # a wide class first
        r".(?<![^\n])No",  # the line-start test comes after a character
        r"(?<![\w-])[\u00e9\u00c9]t\u00e9",  # a first letter with case that is not ASCII
        r"(?<=\w)aid",  # a word character before
    ],
)
def test_unreadable_openings_are_scanned(pattern: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    assert first_letters(regex.pattern, regex.flags) is None
    got = [m.span() for m in WordStarts(TEXT).finditer(regex)]
    assert got == [m.span() for m in regex.finditer(TEXT)]


def test_openings() -> None:
    assert first_letters(r"(?<![\w-])(?:says?|said)", re.IGNORECASE) == frozenset({"say", "sai"})
    assert first_letters(r"\bno\b", 0) == frozenset({"no"})
    assert first_letters(r"said", 0) is None
    assert first_letters(r"(?<![\w-])(?:is|['’]s)", re.IGNORECASE) == frozenset({"is", "'", "’"})
    assert first_letters(r"(?<![^\n])(?:\w+\s+){0,3}false", re.IGNORECASE) == frozenset({LINE_START})
    assert first_letters(r"\bsaid", re.ASCII) is None  # ASCII \b is not the index's Unicode word


def test_non_ascii_words_are_tried_by_every_regex() -> None:
    # IGNORECASE lets the Kelvin sign match "k" and the long s match "s"; str.lower() does neither.
    regex = re.compile(r"(?<![\w-])(?:kelvin|says)", re.IGNORECASE)
    got = [TEXT[slice(*m.span())] for m in WordStarts(TEXT).finditer(regex)]
    assert got == ["Kelvin", "\u212aelvin", "\u017fays"]


def test_an_empty_match_at_a_line_start_continues_as_finditer() -> None:
    regex = re.compile(r"(?<![^\n])(?:No,)?", re.IGNORECASE)  # may match nothing at a line start
    assert first_letters(regex.pattern, regex.flags) is not None
    got = [m.span() for m in WordStarts(TEXT).finditer(regex)]
    assert got == [m.span() for m in regex.finditer(TEXT)]
    assert (TEXT.index("\nNo,") + 1, TEXT.index("\nNo,") + 4) in got

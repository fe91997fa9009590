"""Splitting a text into paragraph spans: visible lines, blocks between blank lines, soft wraps joined.

Splitting never changes the text: each paragraph is a ``start``/``end`` span of the input with surrounding
whitespace trimmed. Import `paragraph_spans` through :mod:`medialit.paragraphs`.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n\r\x85\u2028\u2029]+")
_NEWLINE = re.compile(r"\r\n|[\n\r\x85\u2028]")
# Zero-width and soft-hyphen characters do not make a line visible.
_VISIBLE = re.compile(r"[^\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_TERMINAL = re.compile(r"[.!?\u2026:][\"'”’»)\]]*$")
LIST_OR_HEADING = re.compile(r"[ \t]*(?:[-*+•–—]\s|#{1,6}\s|\d{1,3}[.)]\s|>)")


def _lines(text: str) -> list[tuple[int, int]]:
    """Visible lines as trimmed (start, end) spans."""
    spans = []
    for m in _LINE.finditer(text):
        start, end = m.span()
        line = m.group()
        if not _VISIBLE.search(line):
            continue
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        if start < end:
            spans.append((start, end))
    return spans


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group lines into blocks separated by blank lines (two or more line breaks, or U+2029)."""
    blocks: list[list[tuple[int, int]]] = []
    previous_end = None
    for span in lines:
        if previous_end is None:
            blocks.append([span])
        else:
            gap = text[previous_end : span[0]]
            if "\u2029" in gap or len(_NEWLINE.findall(gap)) >= 2:
                blocks.append([span])
            else:
                blocks[-1].append(span)
        previous_end = span[1]
    return blocks


def _soft_break(line: str, following: str, width: int, blank_style: bool) -> bool:
    """Is the line break between `line` and `following` a soft wrap inside one paragraph?"""
    if LIST_OR_HEADING.match(following) or LIST_OR_HEADING.match(line):
        return False
    if following[:1].islower():
        return True
    if width > 100:  # nobody hard-wraps wider than this: each line is a paragraph
        return False
    if len(line) < 0.6 * width:  # a short line ends a paragraph or is a heading
        return False
    if blank_style:  # paragraphs are separated by blank lines elsewhere, so this is a wrap
        return True
    return not _TERMINAL.search(line)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph of `text`, in order, trimmed of whitespace."""
    lines = _lines(text)
    blocks = _blocks(text, lines)
    blank_style = len(blocks) > 1
    spans: list[tuple[int, int]] = []
    for block in blocks:
        if len(block) == 1:
            spans.append(block[0])
            continue
        width = max(e - s for s, e in block)
        start = block[0][0]
        for (s, e), (ns, ne) in zip(block, block[1:]):
            if not _soft_break(text[s:e], text[ns:ne], width, blank_style):
                spans.append((start, e))
                start = ns
        spans.append((start, block[-1][1]))
    return spans

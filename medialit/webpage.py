"""A web page to the text a student reads: every visible block in reading order, each with a verdict.

Nothing a reader could see is dropped. Menus, sidebars, footers, ``<noscript>`` text and hidden
sections stay in the text, so lesson 01's anatomy of the page works on any page; what is not the
story is marked so that its paragraphs get the role ``boilerplate`` (or ``related-headline``).
Dropped: scripts, styles, templates, frames, SVG/MathML, form controls and comments.

Which blocks are the story is decided by trafilatura (Apache-2.0), a well-kept main-text
extractor: a block is ``story`` when its words are in trafilatura's extraction. When trafilatura
keeps next to none of the page's running prose (under 15%, or under 30 words: for example a
whole article inside ``<aside>``, which it discards), our own reading decides instead: running
prose is the story, and short blocks inside ``<nav>``/``<aside>``/``<header>``/``<footer>`` are
furniture. A figure caption is a ``caption`` and a block that is all link text a ``link`` either way.

Each block is a `Block`: its ``start``/``end`` in the text, its ``label`` (``story``,
``furniture``, ``caption``, ``link`` for a block that is all link text, or None: no verdict, the
paragraph rules decide), and the tag and zone it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .webpage_metadata import stated_metadata
from .webpage_parse import SPACE, Extractor

__all__ = ["Block", "Page", "html_to_text", "read_page", "stated_metadata"]

_TOKEN = re.compile(r"\w+")
_SHINGLE = 3  # words per shingle when matching a block against the extractor's text


@dataclass(frozen=True)
class Block:
    """One visible block of the page, as placed in the text."""

    start: int
    end: int
    tag: str  # the innermost block element that held it ("p", "li", "h1", "figcaption", "pre", ...)
    zone: str  # "main", "chrome" (nav/aside/header/footer outside the story) or "hidden"
    linked: bool = False  # all its text is link text (a menu item, a link to another story)
    label: str | None = None  # "story", "furniture", "caption", "link", or None (the paragraph rules decide)


@dataclass(frozen=True)
class Page:
    """A page read: its text, title, blocks with verdicts, metadata and notes on what was not kept."""

    text: str
    title: str | None
    blocks: tuple[Block, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)  # see `stated_metadata`
    notes: tuple[str, ...] = ()
    verdict: str = "none"  # "trafilatura", "own rules" or "none"


def read_page(markup: str, *, judge: bool = True) -> Page:
    """The visible text of `markup` in reading order (blocks separated by blank lines), with verdicts.

    The title is the heading the page's metadata names as its title, else the first ``<h1>`` of the
    story, else the first ``<h1>``, the metadata's title or ``<title>`` (with ``judge=False``: the
    first ``<h1>``, else ``<title>``).

    Args:
        markup: the page's HTML.
        judge: ask the extractor which blocks are the story (False: blocks without a label,
            and no metadata; for tests of the text alone).
    """
    parser = Extractor()
    parser.feed(markup)
    parser.close()
    notes = []
    if parser.rawdata:  # the parser could not go on: say so rather than lose text silently
        notes.append(f"the last {len(parser.rawdata):,} characters of markup could not be read")
    if parser.unread > 200:  # more than a cut-off tag: an unclosed comment hides the rest, as in a browser
        notes.append(
            f"the last {parser.unread:,} characters of markup are inside a comment or tag that is never "
            "closed; a browser hides them too, so they are not in the text"
        )
    pieces, spans = [], []
    at = 0
    for text, tag, zone, linked in parser.blocks:
        if pieces:
            at += 2
        spans.append(Block(at, at + len(text), tag, zone, linked))
        pieces.append(text)
        at += len(text)
    text = "\n\n".join(pieces)
    blocks = spans
    head_title = SPACE.sub(" ", "".join(parser.title_parts)).strip() or None
    h1 = next((text[b.start : b.end] for b in blocks if b.tag == "h1"), None)
    if not judge:
        return Page(text, h1 or head_title, tuple(blocks), {}, tuple(notes))
    story, extracted = _extract(markup)
    blocks, verdict = _judge(text, blocks, story)
    metadata = stated_metadata(parser.tags, parser.json_ld, extracted)
    title = _headline(text, blocks, extracted.get("title")) or h1 or extracted.get("title") or head_title
    return Page(text, title, tuple(blocks), metadata, tuple(notes), verdict)


def _headline(text: str, blocks: list[Block], stated: str | None) -> str | None:
    """The block that is the story's headline: the heading the page's metadata names as its title, else
    the first ``<h1>`` that is part of the story (a site whose logo is an ``<h1>`` puts the headline lower)."""
    headings = [b for b in blocks if b.tag in ("h1", "h2")]
    if stated:
        wanted = set(_tokens(stated))
        for b in headings:
            mine = set(_tokens(text[b.start : b.end]))
            if mine and len(mine & wanted) >= 0.8 * len(mine) and len(mine & wanted) >= 0.5 * len(wanted):
                return text[b.start : b.end]
    story_h1 = next((b for b in blocks if b.tag == "h1" and b.label == "story"), None)
    return text[story_h1.start : story_h1.end] if story_h1 else None


def html_to_text(markup: str) -> tuple[str, str | None]:
    """``(text, title)`` of a page: its visible text, blocks separated by blank lines (see `read_page`)."""
    page = read_page(markup, judge=False)
    return page.text, page.title


# ---------------------------------------------------------------- the story's blocks


def _extract(markup: str) -> tuple[str | None, dict[str, Any]]:
    """trafilatura's main text and metadata of the page; (None, {}) when it finds nothing."""
    try:
        from trafilatura import bare_extraction
    except ImportError:  # pragma: no cover - a dependency; our own rules still work without it
        return None, {}
    try:
        doc = bare_extraction(markup, include_comments=False, include_tables=True, with_metadata=True)
    except Exception:  # noqa: BLE001 - a page it cannot parse: our own rules decide
        return None, {}
    if doc is None:
        return None, {}
    metadata = {}
    for key in ("title", "author", "date", "sitename", "description", "url"):
        value = getattr(doc, key, None)
        if isinstance(value, str) and value.strip():
            metadata[key] = value.strip()
    return getattr(doc, "text", None) or None, metadata


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def _shingles(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}


def _is_prose(text: str) -> bool:
    words = len(text.split())
    return words > 25 or (words >= 8 and text.rstrip().endswith((".", "!", "?", "\u201d", '"', "\u2019")))


def _in_story(text: str, blocks: list[Block], story: str | None) -> list[bool]:
    """Is each block in the extractor's text? A long block when half its shingles are; a short one when it is a
    line of the text (or a table cell of a row), or a piece joined to a neighbouring block that is."""
    lines = {" ".join(_tokens(line)) for line in (story or "").splitlines()}
    lines.discard("")
    story_tokens = _tokens(story or "")
    # Every run of up to _SHINGLE words of the story: a short block is in it when its words are one of them.
    runs = {tuple(story_tokens[i : i + k]) for k in range(1, _SHINGLE + 1) for i in range(len(story_tokens) - k + 1)}
    shingles = _shingles(story_tokens)
    labels: list[bool] = []
    short: list[bool] = []
    for b in blocks:
        tokens = _tokens(text[b.start : b.end])
        short.append(len(tokens) < _SHINGLE + 1)
        if short[-1]:
            # A line of its own; or a table cell, which the extractor writes as part of a row ("a | b").
            inside = " ".join(tokens) in lines or (b.tag in ("td", "th") and bool(tokens) and tuple(tokens) in runs)
        else:
            mine = _shingles(tokens)
            inside = len(mine & shingles) >= 0.5 * len(mine)
        labels.append(inside)
    # A short piece the extractor joined to its neighbour ("Repairs take a year." after a <br>) is in the
    # story's text but no line of its own: it is story when a neighbouring block is.
    for i, b in enumerate(blocks):
        if short[i] and not labels[i] and _tokens(text[b.start : b.end]):
            near = (i > 0 and labels[i - 1] and not short[i - 1]) or (
                i + 1 < len(blocks) and labels[i + 1] and not short[i + 1]
            )
            labels[i] = near and tuple(_tokens(text[b.start : b.end])) in runs
    return labels


def _label(b: Block, para: str, inside: bool, trusted: bool) -> str | None:
    """One block's label: a caption or a link whoever decides; else the extractor's verdict when it is trusted,
    else ours (prose is story, a short block outside the main zone furniture, the rest undecided)."""
    if b.tag == "figcaption":
        return "caption"
    if b.linked:
        return "link"
    if trusted:
        return "story" if inside else "furniture"
    if _is_prose(para):
        return "story"
    return "furniture" if b.zone != "main" else None


def _judge(text: str, blocks: list[Block], story: str | None) -> tuple[list[Block], str]:
    """Label each block story/furniture/caption from the extractor's text, or from our rules if it failed."""
    prose_words = sum(len(text[b.start : b.end].split()) for b in blocks if _is_prose(text[b.start : b.end]))
    labels = _in_story(text, blocks, story)
    kept = sum(
        len(text[b.start : b.end].split())
        for b, inside in zip(blocks, labels)
        if inside and _is_prose(text[b.start : b.end])
    )
    # Trusted unless it kept next to none of the prose: a long comment thread can outweigh a short story.
    trusted = story is not None and kept >= min(30, prose_words) and kept >= 0.15 * prose_words
    judged = [
        Block(b.start, b.end, b.tag, b.zone, b.linked, _label(b, text[b.start : b.end], inside, trusted))
        for b, inside in zip(blocks, labels)
    ]
    return judged, "trafilatura" if trusted else "own rules"

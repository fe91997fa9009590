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
from html.parser import HTMLParser
from typing import Any

#: Elements whose content is never text a reader sees (or is a form control, not prose).
_SKIP = frozenset(
    {
        "script",
        "style",
        "template",
        "iframe",
        "svg",
        "math",
        "button",
        "select",
        "textarea",
        "object",
        "canvas",
    }
)
#: Page furniture outside <article>/<main>: kept, in zone "chrome".
_CHROME = frozenset({"nav", "aside", "header", "footer"})
#: Content a browser does not show now (kept, in zone "hidden": some pages reveal it with a script).
_HIDING = frozenset({"noscript", "dialog"})
#: Elements that start and end a paragraph.
_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "br",
        "tr",
        "td",
        "th",
        "section",
        "article",
        "main",
        "figure",
        "figcaption",
        "pre",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "hr",
        "address",
        "caption",
        "header",
        "footer",
        "details",
        "summary",
        "center",
        "nav",
        "aside",
        "noscript",
        "dialog",
        "form",
        "fieldset",
        "legend",
    }
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# HTML collapses only ASCII white space; a no-break space is text and stays.
_SPACE = re.compile(r"[ \t\n\r\f]+")
_UNFINISHED = re.compile(r"<[!/?A-Za-z]")
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


class _Extractor(HTMLParser):
    """Collects visible text by block with its tag and zone; tolerant of unclosed and stray tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skipping = 0  # open elements whose content is dropped
        self.hiding = 0  # open elements hiding their content (kept, zone "hidden")
        self.chrome = 0  # open nav/aside/header/footer outside a story container
        self.containers = 0  # open <article>/<main>
        self.pre = 0
        self.blocks: list[tuple[str, str, str, bool]] = []  # (text, tag, zone, all link text)
        self.current: list[str] = []
        self.zone: str | None = None
        self.links = 0  # open <a> elements
        self.linked = 0  # characters of the current block inside a link
        self.title_parts: list[str] = []
        self.in_title = False
        self.flags: list[tuple[bool, bool, bool]] = []  # per stack entry: (skips, hides, chrome)
        self.tags: list[tuple[str, dict[str, str]]] = []  # <meta>, <link>, <time> with their attributes
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.unread = 0  # characters left inside a comment or tag that never closes

    def _block_tag(self) -> str:
        return next((t for t in reversed(self.stack) if t in _BLOCK and t not in ("br", "hr")), "p")

    def _flush(self) -> None:
        raw = "".join(self.current)
        self.current = []
        if self.pre:
            lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
            text = text if text.strip() else ""
        else:
            text = _SPACE.sub(" ", raw).strip()
        if text:
            # A block that is all link text is a link to another page (a menu item, a related story).
            linked = self.linked >= 0.9 * len(_SPACE.sub("", text))
            self.blocks.append((text, "pre" if self.pre else self._block_tag(), self.zone or "main", linked))
        self.zone = None
        self.linked = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link", "time"):
            self.tags.append((tag, {k.lower(): v or "" for k, v in attrs}))
        if tag == "script" and any(k == "type" and (v or "").lower() == "application/ld+json" for k, v in attrs):
            self.in_json_ld = True
            self.json_ld.append("")
        if tag == "title":
            self.in_title = True
            return
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        attr = dict(attrs)
        skips = tag in _SKIP
        hides = (
            tag in _HIDING
            or "hidden" in attr
            or (attr.get("aria-hidden") or "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(attr.get("style") or ""))
        )
        chrome = tag in _CHROME and self.containers == 0
        self.stack.append(tag)
        self.flags.append((skips, hides, chrome))
        self.skipping += skips
        self.hiding += hides
        self.chrome += chrome
        self.containers += tag in ("article", "main")
        self.pre += tag == "pre"
        self.links += tag == "a"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self.tags.append((tag, {k.lower(): v or "" for k, v in attrs}))
        if tag in _BLOCK:  # <br/>, <hr/>, and self-closed blocks break the paragraph
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_json_ld = False
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCK:
            self._flush()
        # Close the nearest open element of this name and everything left open inside it;
        # a stray end tag with no open element is ignored.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i] == tag:
                for name, (skips, hides, chrome) in zip(self.stack[i:], self.flags[i:]):
                    self.skipping -= skips
                    self.hiding -= hides
                    self.chrome -= chrome
                    self.containers -= name in ("article", "main")
                    self.pre -= name == "pre"
                    self.links -= name == "a"
                del self.stack[i:], self.flags[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld[-1] += data
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skipping:
            if self.zone is None and data.strip():
                self.zone = "hidden" if self.hiding else ("chrome" if self.chrome else "main")
            if self.links:
                self.linked += len(_SPACE.sub("", data))
            self.current.append(data)

    def handle_comment(self, data: str) -> None:  # comments are never visible
        pass

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        # A stray "<![endif]-->" (half of an old Internet Explorer conditional comment) has no "]>" ending
        # the standard parser accepts, so it would wait for one forever and drop the rest of the page.
        # A browser skips such a marker to its ">": so do we.
        try:
            j = super().parse_marked_section(i, report)
        except AssertionError:  # an unknown keyword, "<![foo ...>"
            j = -1
        if j >= 0:
            return j
        end = self.rawdata.find(">", i + 3)
        return -1 if end < 0 else end + 1

    def close(self) -> None:
        # A comment or tag still open at the end of the page is not text (browsers drop it to the end);
        # HTMLParser.close() would hand "<!-- ..." or "<b" over as data.
        if _UNFINISHED.match(self.rawdata):
            self.unread = len(self.rawdata)
            self.rawdata = ""
        super().close()
        self._flush()


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
    parser = _Extractor()
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
    head_title = _SPACE.sub(" ", "".join(parser.title_parts)).strip() or None
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


def _judge(text: str, blocks: list[Block], story: str | None) -> tuple[list[Block], str]:
    """Label each block story/furniture/caption from the extractor's text, or from our rules if it failed."""
    prose_words = sum(len(text[b.start : b.end].split()) for b in blocks if _is_prose(text[b.start : b.end]))
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
    kept = sum(
        len(text[b.start : b.end].split())
        for b, inside in zip(blocks, labels)
        if inside and _is_prose(text[b.start : b.end])
    )
    # Trusted unless it kept next to none of the prose: a long comment thread can outweigh a short story.
    trusted = story is not None and kept >= min(30, prose_words) and kept >= 0.15 * prose_words
    judged = []
    for b, inside in zip(blocks, labels):
        para = text[b.start : b.end]
        if b.tag == "figcaption":
            label = "caption"
        elif b.linked:
            label = "link"
        elif trusted:
            label = "story" if inside else "furniture"
        elif _is_prose(para):
            label = "story"
        else:
            label = "furniture" if b.zone != "main" else None
        judged.append(Block(b.start, b.end, b.tag, b.zone, b.linked, label))
    return judged, "trafilatura" if trusted else "own rules"


# ---------------------------------------------------------------- the page's own metadata

#: Where a page states each fact, strongest first: (kind, attribute value) for <meta> tags.
_META_SOURCES = {
    "publisher": (
        ("property", "og:site_name"),
        ("name", "application-name"),
        ("name", "publisher"),
        ("name", "dc.publisher"),
        ("property", "article:publisher"),
    ),
    "author": (
        ("name", "author"),
        ("property", "article:author"),
        ("name", "dc.creator"),
        ("name", "byl"),
        ("name", "sailthru.author"),
        ("property", "author"),
    ),
    "date": (
        ("property", "article:published_time"),
        ("name", "article:published_time"),
        ("itemprop", "datePublished"),
        ("name", "date"),
        ("name", "pubdate"),
        ("name", "publishdate"),
        ("name", "dc.date.issued"),
        ("name", "dc.date"),
        ("property", "og:published_time"),
        ("name", "sailthru.date"),
    ),
    "url": (("property", "og:url"), ("name", "twitter:url")),
}
# <time class="published">, "entry-date", "post-date", "article-date": a theme marks the publication date.
_PUBLISHED_CLASS = re.compile(
    r"\b(?:published|entry-date|post-date|article-date|publish-date|pubdate|dateline)\b", re.I
)
_JSON_LD_KEYS = {"publisher": "publisher", "author": "author", "date": "datePublished", "url": "url"}
_ARTICLE_TYPES = re.compile(
    r"(?:News|Blog|Report|Scholarly|Tech)?Article|BlogPosting|LiveBlogPosting|WebPage|"
    r"OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle",
    re.I,
)


def _json_ld_items(scripts: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (``@graph`` lists unpacked); broken JSON is skipped."""
    import json

    items: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            items.append(node)
            walk(node.get("@graph"))

    for script in scripts:
        try:
            walk(json.loads(script.strip()))
        except ValueError:
            continue
    return items


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def stated_metadata(
    tags: list[tuple[str, dict[str, str]]], json_ld: list[str], extracted: dict[str, Any] | None = None
) -> dict[str, tuple[str, str, str]]:
    """What the page states about itself: ``{key: (value, where, evidence)}`` for publisher, author, date, url.

    Read from JSON-LD (``NewsArticle`` and similar), Open Graph and other ``<meta>`` tags, a
    ``<time datetime>`` marked as the publication date (``pubdate``, ``itemprop="datePublished"`` or
    a class such as ``published``/``entry-date``), the canonical ``<link>``; then from
    trafilatura's reading of the page's metadata for what those did not give. ``where`` says
    which (for the ``basis`` of the inference); ``evidence`` is the markup or value that states it.
    """
    found: dict[str, tuple[str, str, str]] = {}
    for item in _json_ld_items(json_ld):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and _ARTICLE_TYPES.fullmatch(k) for k in kinds):
            continue
        for key, field_name in _JSON_LD_KEYS.items():
            value = _name_of(item.get(field_name)) if key in ("publisher", "author") else item.get(field_name)
            if isinstance(value, str) and value.strip() and key not in found:
                found[key] = (
                    value.strip(),
                    f"the page's JSON-LD ({kinds[0]}.{field_name})",
                    f'"{field_name}": "{value.strip()}"',
                )
    for key, sources in _META_SOURCES.items():
        if key in found:
            continue
        for attr, wanted in sources:
            tag = next(
                (
                    a
                    for t, a in tags
                    if t == "meta" and a.get(attr, "").lower() == wanted and a.get("content", "").strip()
                ),
                None,
            )
            if tag is not None:
                value = tag["content"].strip()
                if key == "author" and value.startswith(("http://", "https://")):
                    continue  # article:author is often a profile address, not a name
                found[key] = (
                    value,
                    f'the page\'s <meta {attr}="{wanted}"> tag',
                    f'<meta {attr}="{wanted}" content="{value}">',
                )
                break
    if "date" not in found:
        stamp = next(
            (
                a
                for t, a in tags
                if t == "time"
                and a.get("datetime")
                and (
                    "pubdate" in a
                    or a.get("itemprop", "").lower() == "datepublished"
                    or _PUBLISHED_CLASS.search(a.get("class", ""))
                )
            ),
            None,
        )
        if stamp is not None:
            found["date"] = (
                stamp["datetime"].strip(),
                "the page's <time datetime> marked as the publication date",
                f'<time datetime="{stamp["datetime"].strip()}">',
            )
    if "url" not in found:
        link = next(
            (
                a
                for t, a in tags
                if t == "link"
                and "canonical" in a.get("rel", "").lower().split()
                and a.get("href", "").startswith(("http://", "https://"))
            ),
            None,
        )
        if link is not None:
            found["url"] = (
                link["href"].strip(),
                'the page\'s <link rel="canonical">',
                f'<link rel="canonical" href="{link["href"].strip()}">',
            )
    # Not trafilatura's date: it may come from the text or the address rather than a statement of the page.
    for key, theirs in (("publisher", "sitename"), ("author", "author"), ("url", "url")):
        value = (extracted or {}).get(theirs)
        if key not in found and value:
            found[key] = (value, f"trafilatura's reading of the page's metadata ({theirs})", value)
    return found

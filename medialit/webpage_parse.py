"""Reading HTML into visible blocks: each block's text, the block element that held it, its zone (main, chrome,
hidden) and whether it is all link text; with the page's <meta>, <link> and <time> tags and its JSON-LD.

Tolerant of unclosed and stray tags, as a browser is. Used by :mod:`medialit.webpage`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

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
SPACE = re.compile(r"[ \t\n\r\f]+")
_UNFINISHED = re.compile(r"<[!/?A-Za-z]")


class Extractor(HTMLParser):
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
            text = SPACE.sub(" ", raw).strip()
        if text:
            # A block that is all link text is a link to another page (a menu item, a related story).
            linked = self.linked >= 0.9 * len(SPACE.sub("", text))
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
                self.linked += len(SPACE.sub("", data))
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

"""Reading files into text: size limit, strict UTF-8 decoding, Markdown front matter, HTML to visible text.

Every failure is a `MedialitError` whose one-line message names the file and says
what to do. Nothing is ever decoded "best effort": a file that is not UTF-8 is
refused rather than turned into mojibake. Reading never writes anything.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import MedialitError

#: Files larger than this many bytes are refused (a long news article is well under 1 MB;
#: 20 MB leaves room for saved web pages with inline markup). At most MAX_BYTES + 1 bytes are read.
MAX_BYTES = 20_000_000

#: File name endings we read, and how.
SUPPORTED = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}

#: Magic numbers of common binary formats people pick by mistake: (prefix, name).
_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (also .docx, .odt, .epub)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document (.doc)"),
    (b"{\\rtf", "RTF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "program (ELF)"),
    (b"MZ", "Windows program"),
)

_RESAVE = "re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)"


def supported_suffixes() -> str:
    """The file endings `read_document` accepts, as a readable list."""
    return ", ".join(SUPPORTED)


def read_document(path: str | Path) -> tuple[str, str | None]:
    """Return ``(text, title)`` for a ``.txt``, ``.md``/``.markdown`` or ``.html``/``.htm`` file.

    ``.txt`` text is returned exactly as decoded (a UTF-8 BOM is not part of the text).
    Markdown loses only its YAML front matter (``title:`` becomes the title; otherwise
    the first ``# `` heading does); ``#`` markers stay in the text and the paragraph
    rules still see a leading ``# Heading`` as the headline. HTML becomes its visible
    text, one paragraph per block element, separated by blank lines, the first ``<h1>``
    first; the title is that ``<h1>``, else ``<title>``.

    Raises:
        MedialitError: missing path, a directory, unknown ending, too large, empty,
            whitespace only, binary, UTF-16, or not UTF-8.
    """
    path = Path(path)
    kind = _check_path(path)
    data = _read_limited(path)
    text = decode_bytes(data, str(path))
    if kind == "markdown":
        return markdown_to_text(text, name=str(path))
    if kind == "html":
        text, title = html_to_text(text)
        if not text.strip():
            raise MedialitError(f"{path}: the page has no visible text (only markup, scripts or navigation)")
        return text, title
    return text, None


def _check_path(path: Path) -> str:
    if not path.exists():
        raise MedialitError(f"{path}: no such file; check the path (relative paths start in the notebook's folder)")
    if path.is_dir():
        raise MedialitError(f"{path}: is a directory, not a file; give the path of one article file")
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        shown = path.suffix or "no ending"
        raise MedialitError(f"{path}: cannot read {shown} files; supported: {supported_suffixes()}")
    return kind


def _read_limited(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # one byte over the limit is enough to know
    except OSError as err:
        raise MedialitError(f"{path}: cannot be read ({err.strerror or err})") from None
    if len(data) > MAX_BYTES:
        raise MedialitError(f"{path}: larger than the {MAX_BYTES // 1_000_000} MB limit; is this really one article?")
    return data


def _looks_utf16(data: bytes) -> bool:
    # UTF-16 text of mostly ASCII has a NUL in every other byte.
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) >= 0.3 * half and min(even, odd) <= 0.05 * half


def decode_bytes(data: bytes, name: str) -> str:
    """Decode file bytes as strict UTF-8 (BOM dropped) or raise a `MedialitError` saying why not.

    Args:
        data: the raw bytes.
        name: the file name to put in messages.
    """
    if not data:
        raise MedialitError(f"{name}: the file is empty (0 bytes); save the article text into it first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise MedialitError(f"{name}: looks like UTF-16, not UTF-8; {_RESAVE}")
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise MedialitError(f"{name}: looks like a binary file ({what}), not text; save the article as plain text")
    if b"\x00" in data[:4096] and _looks_utf16(data):
        raise MedialitError(f"{name}: looks like UTF-16, not UTF-8; {_RESAVE}")
    if b"\x00" in data:
        raise MedialitError(f"{name}: looks like a binary file (it contains NUL bytes), not text; save the article as plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        bad = data[err.start]
        hint = ""
        try:
            data.decode("cp1252")
            hint = " (perhaps Windows-1252/Latin-1)"
        except UnicodeDecodeError:
            pass
        raise MedialitError(f"{name}: not UTF-8 (byte 0x{bad:02x} at offset {err.start}){hint}; {_RESAVE}") from None
    if not text.strip():
        raise MedialitError(f"{name}: contains only whitespace; save the article text into it first")
    return text


# ---------------------------------------------------------------- Markdown

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FRONT_TITLE = re.compile(r"^title[ \t]*:[ \t]*(.+?)[ \t]*$", re.M)
_ATX_H1 = re.compile(r"^[ ]{0,3}#[ \t]+(.+?)[ \t#]*$", re.M)


def markdown_to_text(text: str, *, name: str = "the Markdown file") -> tuple[str, str | None]:
    """Drop YAML front matter (its ``title:`` becomes the title) and keep the rest verbatim.

    Without a front-matter title, the first level-1 ``# Heading`` (marker removed) is the title.
    """
    title = None
    front = _FRONT.match(text)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        if found:
            title = found.group(1).strip().strip("\"'").strip() or None
        text = text[front.end():].lstrip("\r\n")
    if title is None:
        head = _ATX_H1.search(text)
        if head:
            title = head.group(1).strip() or None
    if not text.strip():
        raise MedialitError(f"{name}: has front matter but no article text after it")
    return text, title


# ---------------------------------------------------------------- HTML

#: Elements whose content is never visible article text.
_SKIP = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "iframe", "svg", "math",
    "button", "select", "textarea", "object", "canvas", "dialog",
})
#: Page furniture: skipped unless inside <article> or <main> (where they hold headline and byline).
_CHROME = frozenset({"header", "footer"})
#: Elements that start and end a paragraph.
_BLOCK = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br", "tr", "td", "th",
    "section", "article", "main", "figure", "figcaption", "pre", "ul", "ol", "dl", "dt", "dd",
    "table", "hr", "address", "caption", "header", "footer", "details", "summary", "center",
})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# HTML collapses only ASCII white space; a no-break space is text and stays.
_SPACE = re.compile(r"[ \t\n\r\f]+")
_UNFINISHED = re.compile(r"<[!/?A-Za-z]")


class _TextExtractor(HTMLParser):
    """Collects visible text by paragraph; tolerant of unclosed and stray tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.hidden = 0  # how many open elements hide their content
        self.paragraphs: list[tuple[str, str]] = []  # (text, block tag that held it)
        self.current: list[str] = []
        self.block = "p"
        self.title_parts: list[str] = []
        self.in_title = False
        self.containers = 0  # open <article>/<main>

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.current)).strip()
        if text:
            self.paragraphs.append((text, self.block))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in _BLOCK:
            self._flush()
            self.block = tag
        if tag in _VOID:
            return
        attr = dict(attrs)
        hides = (
            tag in _SKIP
            or (tag in _CHROME and self.containers == 0)
            or "hidden" in attr
            or (attr.get("aria-hidden") or "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(attr.get("style") or ""))
        )
        self.stack.append((tag, hides))
        self.hidden += hides
        if tag in ("article", "main"):
            self.containers += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:  # <br/>, <hr/>, and self-closed blocks break the paragraph
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCK:
            self._flush()
        # Close the nearest open element of this name and everything left open inside it;
        # a stray end tag with no open element is ignored.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for name, hides in self.stack[i:]:
                    self.hidden -= hides
                    if name in ("article", "main"):
                        self.containers -= 1
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.hidden:
            if self.block == "pre" and "\n" in data:
                lines = data.split("\n")
                for line in lines[:-1]:
                    self.current.append(line)
                    self._flush()
                self.current.append(lines[-1])
            else:
                self.current.append(data)

    def handle_comment(self, data: str) -> None:  # comments are never visible
        pass

    def close(self) -> None:
        # A comment or tag still open at the end of the page is not text (browsers drop it to the end);
        # HTMLParser.close() would hand "<!-- ..." or "<b" over as data.
        if _UNFINISHED.match(self.rawdata):
            self.rawdata = ""
        super().close()
        self._flush()


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Visible text of an HTML page, one paragraph per block element, blank-line separated.

    Skipped: script, style, noscript, template, nav, aside, iframe, svg, form controls,
    comments, elements marked hidden, and header/footer outside <article>/<main>.
    Entities are decoded. The first <h1> is moved to the front (it is the headline) and
    is the title; without one, <title> is.
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    paragraphs = parser.paragraphs
    title = _SPACE.sub(" ", "".join(parser.title_parts)).strip() or None
    first_h1 = next((i for i, (_, tag) in enumerate(paragraphs) if tag == "h1"), None)
    if first_h1 is not None:
        title = paragraphs[first_h1][0]
        paragraphs = [paragraphs[first_h1]] + paragraphs[:first_h1] + paragraphs[first_h1 + 1:]
    return "\n\n".join(text for text, _ in paragraphs), title

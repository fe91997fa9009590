"""Reading a file or a web address into text: size limit, encodings, Markdown front matter, web pages.

Every failure is a `MedialitError` whose one-line message names the file and says
what to do. Text is decoded in the encoding the file declares, else UTF-8, else a
guess that is stated (`medialit.decoding`); only what is not text is refused. A web
page keeps all its visible text, each block with a verdict on whether it is the story
(`medialit.webpage`). Reading never writes anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .decoding import decode
from .errors import MedialitError

if TYPE_CHECKING:  # pragma: no cover
    from .webpage import html_to_text

__all__ = [
    "Document",
    "MAX_BYTES",
    "SUPPORTED",
    "decode_bytes",
    "html_to_text",
    "markdown_to_text",
    "is_url",
    "read_document",
    "read_url",
    "supported_suffixes",
]


def __getattr__(name: str) -> Any:
    """`html_to_text`, imported from `medialit.webpage` on first use (most articles are no web page)."""
    if name == "html_to_text":
        from .webpage import html_to_text

        return html_to_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Files larger than this many bytes are refused (a long news article is well under 1 MB;
#: 20 MB leaves room for saved web pages with inline markup). At most MAX_BYTES + 1 bytes are read.
MAX_BYTES = 20_000_000

#: File name endings we read, and how.
SUPPORTED = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Document:
    """What a loader read: the text, its title, and what the article's `meta` should know.

    Attributes:
        text: the text a student reads (a page's visible text, blocks separated by blank lines).
        title: the headline the source names (``<h1>``, front matter), or None.
        blocks: for a web page, ``(start, end, label)`` spans of `text` with the reader's verdict
            (``story``, ``furniture``, ``caption``, ``link`` or None); empty otherwise.
        info: ``encoding`` (encoding, source, evidence, note); for a page, ``page`` (what it states
            about itself: ``{key: (value, where, evidence)}`` for publisher, author, date, url),
            ``reader`` ("trafilatura" or "own rules") and ``notes`` (anything not kept); for an
            address, ``url`` (after redirects) and ``requested_url`` (when redirected).
    """

    text: str
    title: str | None = None
    blocks: tuple[tuple[int, int, str | None], ...] = ()
    info: dict[str, Any] = field(default_factory=dict)


_URL = re.compile(r"^\s*https?://", re.I)


def is_url(source: object) -> bool:
    """Is `source` a web address (``http://`` or ``https://``)?"""
    return isinstance(source, str) and bool(_URL.match(source))


def supported_suffixes() -> str:
    """The file endings `read_document` accepts, as a readable list."""
    return ", ".join(SUPPORTED)


def read_document(path: str | Path) -> Document:
    """Read a ``.txt``, ``.md``/``.markdown`` or ``.html``/``.htm`` file into a `Document`.

    ``.txt`` text is returned exactly as decoded (a byte-order mark is not part of the text).
    Markdown loses only its YAML front matter (``title:`` becomes the title; otherwise
    the first ``# `` heading does); ``#`` markers stay in the text and the paragraph
    rules still see a leading ``# Heading`` as the headline. HTML becomes its visible
    text in reading order, one paragraph per block element, separated by blank lines,
    furniture included (see `medialit.webpage`); the title is the heading the page's
    metadata names, else the first ``<h1>`` of the story, else the first ``<h1>``, the
    metadata's title or ``<title>``.

    Raises:
        MedialitError: missing path, a directory, unknown ending, too large, empty,
            whitespace only, binary, or not text in any encoding we recognise.
    """
    path = Path(path)
    kind = _check_path(path)
    data = _read_limited(path)
    return _document(data, str(path), kind)


def read_url(url: str) -> Document:
    """Fetch a web page (or a plain-text file) by its address and read it like a saved file.

    Raises:
        MedialitError: offline, no such site, an HTTP error (404...), a timeout, too large,
            or not a web page or text.
    """
    from .fetch import fetch_url  # urllib loads only when an address is given

    fetched = fetch_url(url)
    doc = _document(
        fetched.data,
        url,
        "markdown" if fetched.content_type == "text/markdown" else fetched.kind,
        declared=fetched.charset,
    )
    info = dict(doc.info)
    info["url"] = fetched.url
    if fetched.url != url.strip():
        info["requested_url"] = url.strip()
    return Document(doc.text, doc.title, doc.blocks, info)


def _document(data: bytes, name: str, kind: str, *, declared: str | None = None) -> Document:
    decoded = decode(data, name, declared=declared, html=kind == "html")
    info: dict[str, Any] = {"encoding": decoded.describe()}
    if kind == "markdown":
        text, title = markdown_to_text(decoded.text, name=name)
        return Document(text, title, (), info)
    if kind == "html":
        from .webpage import read_page  # imported for web pages only: a text file or the bundled article skips it

        page = read_page(decoded.text)
        furniture_only = all(b.label == "furniture" for b in page.blocks)
        if not page.text.strip() or (furniture_only and len(page.text.split()) < 50):
            raise MedialitError(
                f"{name}: the page has no visible text beyond menus and page furniture "
                "(only markup, scripts or navigation)"
            )
        if furniture_only:  # no block looks like a story: let the paragraph rules read it as text
            page = replace(page, blocks=tuple(replace(b, label=None) for b in page.blocks))
        info["page"] = dict(page.metadata)
        info["reader"] = page.verdict
        if page.notes:
            info["notes"] = list(page.notes)
        blocks = tuple((b.start, b.end, b.label) for b in page.blocks)
        return Document(page.text, page.title, blocks, info)
    return Document(decoded.text, None, (), info)


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


def decode_bytes(data: bytes, name: str) -> str:
    """Decode file bytes to text (see `medialit.decoding.decode`) or raise a `MedialitError` saying why not."""
    return decode(data, name).text


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
        text = text[front.end() :].lstrip("\r\n")
    if title is None:
        head = _ATX_H1.search(text)
        if head:
            title = head.group(1).strip() or None
    if not text.strip():
        raise MedialitError(f"{name}: has front matter but no article text after it")
    return text, title

"""Publisher and date, inferred from evidence in the text, never guessed.

`infer_meta(article, page)` returns ``{"publisher": Inference | None, "date": Inference | None}``, plus
``author``, ``url``, ``reader`` and ``encoding`` when a loader read them (a web page's own metadata, the
address it came from, how its story was told from its furniture and anything not kept, the encoding of the
file). What a page states about itself in its metadata (JSON-LD,
Open Graph, ``<meta>`` tags, ``<time>``) is "stated" and wins; the text's evidence is the fallback.
An `Inference` carries its value, the rule that produced it (``basis``), the sentence
that is its evidence (``evidence``, ``sentence``, ``start``, ``end``: offsets into
``article.text``) and ``confidence``: ``"stated"`` when the text says it outright,
``"inferred"`` when it is a reading of indirect evidence. None when there is no evidence.

Publisher rules, strongest first:

1. stated: a wire dateline, ``WASHINGTON (Reuters) -`` / ``(AP) —``, at the start of a paragraph;
2. stated: a copyright line, ``Copyright 2019 The Outlet`` / ``© 2019 The Outlet``;
3. stated: a republication note, ``This article was first published by The Outlet``;
4. inferred: ``<Outlet> has learned`` / ``has obtained`` / ``can reveal``: an outlet speaks of itself
   in the third person;
5. inferred: ``told <Outlet>`` / ``in an interview with <Outlet>`` / ``in an email to <Outlet>``, when
   that outlet is not itself cited as a reporter anywhere in the text (``<Outlet> reported``,
   ``according to <Outlet>``): outlets write "told us" as "told <our name>".

Someone who "contributed to this report" is never the publisher. An outlet counts as one
when its name ends in a media word (News, Times, Post, ...) or is a known news brand: both
lists are data, in ``lexicons/outlets.csv`` (categories ``media-word`` and ``brand``).

Date rules:

1. stated: ``Published``/``Updated``/``Posted`` followed by a date, or a dateline date
   (``WASHINGTON, Jan. 15 (Reuters) -``);
2. inferred: the latest explicit calendar date the text mentions (outside future-tense
   sentences) is a lower bound: the article is from on or after it. Dates written without a
   year are taken to be recent (within a year of each other; "latest" wraps around the turn
   of the year) and, as in news style, later than any date given with a year.
"""

from __future__ import annotations

from typing import Any

from .meta_date import infer_date, stated_date
from .meta_evidence import Inference, _Sentences, page_fact, stated
from .meta_publisher import OUTLET_CATEGORIES, infer_publisher, outlet_names

__all__ = [
    "OUTLET_CATEGORIES",
    "Inference",
    "_Sentences",
    "infer_date",
    "infer_meta",
    "infer_publisher",
    "outlet_names",
]

#: How a page was read: the `reader` in a loader's info, in words.
_READERS = {
    "trafilatura": "which blocks are the story: trafilatura's main-text extraction; the other blocks "
    "stay in the text as boilerplate",
    "own rules": "which blocks are the story: medialit's own rules (trafilatura kept next to none of "
    "the page's prose); the other blocks stay in the text as boilerplate",
}
#: How the encoding of a file was found, in words.
_ENCODING_SOURCES = {
    "byte-order mark": "a byte-order mark at the start of the file says so",
    "declared": "declared by the server or the page (charset)",
    "detected": "the bytes are valid UTF-8",
    "guessed": "guessed from the bytes (not declared)",
}


def infer_meta(article, page: dict[str, Any] | None = None) -> dict[str, Inference | None]:
    """Return ``{"publisher": Inference | None, "date": Inference | None}`` from evidence in `article`.

    Args:
        article: the `Article`.
        page: what a loader read besides the text (`medialit.loaders.Document.info`): the page's own
            metadata (publisher, author, date, url: each becomes a "stated" inference that wins over
            the text's evidence), the address it was fetched from, the page reader's verdict and notes,
            and the encoding used. Keys ``author``, ``url``, ``reader`` and ``encoding`` are added only
            when a loader gave them.
    """
    page = page or {}
    said = page.get("page") or {}
    found: dict[str, Inference | None] = {
        "publisher": stated(said.get("publisher")) or infer_publisher(article),
        "date": stated_date(said.get("date")) or infer_date(article),
    }
    for key, inference in (
        ("author", stated(said.get("author"))),
        ("url", _url(page, said)),
        ("reader", _reader(page)),
        ("encoding", _encoding(page)),
    ):
        if inference is not None:
            found[key] = inference
    return found


def _url(page: dict[str, Any], said: dict[str, Any]) -> Inference | None:
    """The address the page was fetched from, else the one its metadata states."""
    if not page.get("url"):
        return stated(said.get("url"))
    redirected = f" (after redirects from {page['requested_url']})" if page.get("requested_url") else ""
    return page_fact(page["url"], "the address the page was fetched from" + redirected, page["url"])


def _reader(page: dict[str, Any]) -> Inference | None:
    """How the page's story was told from its furniture, with the reader's notes."""
    reader = page.get("reader")
    if not reader:
        return None
    notes = page.get("notes") or []
    basis = _READERS.get(reader, reader) + "".join(f"; NOTE: {n}" for n in notes)
    return page_fact(reader, basis, "; ".join(notes))


def _encoding(page: dict[str, Any]) -> Inference | None:
    """The encoding the file was read in, and how it was found."""
    encoding = page.get("encoding")
    if not encoding:
        return None
    source = encoding["source"]
    basis = _ENCODING_SOURCES.get(source, source) + (f"; {encoding['note']}" if encoding.get("note") else "")
    confidence = "stated" if source in ("byte-order mark", "declared") else "inferred"
    return page_fact(encoding["encoding"], basis, encoding.get("evidence", ""), confidence)

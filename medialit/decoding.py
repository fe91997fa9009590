"""Bytes to text: the declared encoding when there is one, else UTF-8, else a stated guess.

Order (the first that applies wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32): ``source`` "byte-order mark";
2. the encoding the server or the page declares (HTTP ``charset``, ``<meta charset>``,
   ``<meta http-equiv="Content-Type" content="...; charset=...">``), if the bytes decode in it:
   ``source`` "declared" (a declaration the bytes contradict is reported and ignored);
3. UTF-8, when the bytes are valid UTF-8: ``source`` "detected" (plain ASCII is UTF-8 too);
4. UTF-16 without a byte-order mark (a NUL in every other byte): ``source`` "guessed";
5. a guess by charset-normalizer, preferring Windows-1252 (the Western superset of Latin-1,
   as browsers do) when the guess is another Western code page: ``source`` "guessed".

Refused: known binary formats (PDF, images, archives, Office files, programs) and bytes that
are not text in any encoding (many control bytes). A few stray NUL bytes are not a binary
file: they are removed, and the count is reported.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import MedialitError

#: Magic numbers of common binary formats people pick by mistake: (prefix, name).
SIGNATURES = (
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

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">, in the first 4 KB.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
#: Labels browsers read as another encoding (WHATWG Encoding Standard): Latin-1 and ASCII mean Windows-1252.
_BROWSER_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "l1": "cp1252",
    "x-user-defined": "cp1252",
}
# Code pages charset-normalizer may pick for short Western text; Windows-1252 reads them as browsers do.
_WESTERN = {
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "mac_roman",
    "cp1254",
    "iso8859_9",
    "cp1257",
    "iso8859_13",
    "cp850",
    "cp437",
    "mac_latin2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_10",
    "iso8859_14",
    "iso8859_16",
    "cp1258",
}
# Control bytes that never occur in text (tab, line feed, form feed, carriage return and escape do).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))

_RESAVE = "re-save it as UTF-8 (in most editors: Save As, encoding UTF-8)"


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and how it was chosen."""

    text: str
    encoding: str  # a Python codec name: "utf-8", "cp1252", "utf-16-le", ...
    source: str  # "byte-order mark", "declared", "detected" or "guessed"
    note: str = ""  # what a reader should know (a declaration ignored, NUL bytes removed)
    evidence: str = ""  # the declaration or mark that says so ("<meta charset=\"utf-8\">"), if any

    def describe(self) -> dict[str, str]:
        """A JSON-ready summary for `Article.meta["encoding"]`."""
        found = {"encoding": self.encoding, "source": self.source, "evidence": self.evidence}
        if self.note:
            found["note"] = self.note
        return found


def codec_name(label: str | None) -> str | None:
    """The Python codec for an encoding label as pages write it, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _BROWSER_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> tuple[str, str] | None:
    """``(charset, the <meta> tag)`` an HTML page declares in its first 4 KB, or None."""
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    end = data.find(b">", found.end(), found.end() + 300)
    tag = data[found.start() : end + 1 if end >= 0 else found.end()].decode("ascii", "replace")
    return found.group(1).decode("ascii", "replace"), tag


def _looks_utf16(data: bytes) -> str | None:
    # UTF-16 text of mostly ASCII has a NUL in every other byte.
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.3 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes, name: str) -> None:
    sample = data[:65536]
    controls = sum(sample.count(b) for b in _CONTROL)
    # Text has next to no control bytes; images, databases and programs have many.
    if controls > 2 + 0.02 * len(sample):
        raise MedialitError(
            f"{name}: looks like a binary file ({controls} control bytes in the first "
            f"{len(sample):,}), not text; save the article as plain text or HTML"
        )


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported on first guess: most files are UTF-8

    best = from_bytes(data[:200_000]).best()
    guessed = codec_name(best.encoding) if best is not None else None
    western = _strict(data, "cp1252")
    if western is not None and (guessed is None or guessed in _WESTERN):
        return western, "cp1252"
    if guessed is not None:
        text = _strict(data, guessed)
        if text is not None:
            return text, guessed
    raise MedialitError(f"{name}: not text in any encoding we recognise; {_RESAVE}")


def decode(data: bytes, name: str, *, declared: str | None = None, html: bool = False) -> Decoded:
    """Decode `data` (see the module doc for the order) or raise a `MedialitError` saying why not.

    Args:
        data: the raw bytes.
        name: the file name or URL to put in messages.
        declared: a charset from outside the bytes (the HTTP ``Content-Type`` header).
        html: also read a ``<meta charset>`` declaration from the page.
    """
    if not data:
        raise MedialitError(f"{name}: the file is empty (0 bytes); save the article text into it first")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding)
            if text is None:
                raise MedialitError(
                    f"{name}: starts with a {encoding} byte-order mark but is not {encoding}; {_RESAVE}"
                )
            return _finish(
                Decoded(text, encoding, "byte-order mark", evidence=f"byte-order mark {bom.hex(' ').upper()}"), name
            )
    for magic, what in SIGNATURES:
        if data.startswith(magic):
            raise MedialitError(f"{name}: looks like a binary file ({what}), not text; save the article as plain text")
    utf16 = _looks_utf16(data) if b"\x00" in data[:4096] else None
    if utf16:
        text = _strict(data, utf16)
        if text is not None:
            return _finish(
                Decoded(text, utf16, "guessed", "a NUL in every other byte: UTF-16 without a byte-order mark"), name
            )
    _refuse_binary(data, name)
    notes = []
    nuls = data.count(0)
    if nuls:
        data = data.replace(b"\x00", b"")
        notes.append(f"removed {nuls} NUL byte{'s' if nuls > 1 else ''}")
    labels = [(declared, f"HTTP header Content-Type: charset={declared}")] if declared else []
    in_page = declared_charset(data) if html else None
    if in_page:
        labels.append(in_page)
    for label, said in labels:
        encoding = codec_name(label)
        text = _strict(data, encoding) if encoding else None
        if text is not None:
            return _finish(Decoded(text, encoding, "declared", "; ".join(notes), said), name)
        notes.append(
            f"declared {label!r} ignored: " + ("unknown encoding" if encoding is None else f"the bytes are not {label}")
        )
    text = _strict(data, "utf-8")
    if text is not None:
        return _finish(Decoded(text, "utf-8", "detected", "; ".join(notes)), name)
    text, encoding = _guess(data, name)
    return _finish(Decoded(text, encoding, "guessed", "; ".join(notes + ["not UTF-8 and not declared"])), name)


def _finish(found: Decoded, name: str) -> Decoded:
    if not found.text.strip():
        raise MedialitError(f"{name}: contains only whitespace; save the article text into it first")
    return found

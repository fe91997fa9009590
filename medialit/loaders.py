"""Reading files into text: decoding, size limits, HTML to visible text."""

from __future__ import annotations

from pathlib import Path

from .errors import MedialitError


def read_document(path: Path) -> tuple[str, str | None]:
    """Return (text, title) for a .txt, .md, .html or .htm file."""
    if not path.exists():
        raise MedialitError(f"{path}: no such file")
    data = path.read_bytes()
    text = data.decode("utf-8-sig")
    return text, None

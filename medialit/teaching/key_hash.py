"""The form answers are compared and hashed in: normalised text, salted with the question id.

Import these through :mod:`medialit.teaching.keys`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_EDGE = "'\".,;:!?()[] "


def normalize(item: Any) -> str:
    """The form an answer item is compared in: casefolded, quotes/dashes unified, spaces collapsed, no leading article."""
    text = unicodedata.normalize("NFKC", str(item)).translate(_TRANSLATE).casefold()
    text = " ".join(text.split()).strip(_EDGE)
    return _ARTICLE.sub("", text).strip(_EDGE)


def item_hash(question: str, item: Any) -> str:
    """Salted hash of one normalised item: the first 16 hex digits of SHA-256(question id, newline, item)."""
    return hashlib.sha256(f"{question}\n{normalize(item)}".encode()).hexdigest()[:16]

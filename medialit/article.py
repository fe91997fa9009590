"""The data layer: an `Article` is the decoded text plus paragraph and sentence spans.

Nothing here changes the text. Every frame row points back into `Article.text`
with `start`/`end` offsets, so `text[start:end] == row.text` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import MedialitError

PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "text", "role"]
SENTENCE_COLUMNS = ["sentence", "paragraph", "start", "end", "text", "role"]
ROLES = ("headline", "related-headline", "body", "boilerplate")

#: Files larger than this are refused: a news article is rarely over 1 MB.
MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Article:
    """A news article: `text` exactly as given, with paragraph and sentence frames."""

    text: str
    title: str | None = None
    source: str | None = None
    paragraphs: pd.DataFrame = field(repr=False, default=None)  # type: ignore[assignment]
    sentences: pd.DataFrame = field(repr=False, default=None)  # type: ignore[assignment]
    meta: dict[str, Any] = field(repr=False, default_factory=dict)

    @classmethod
    def from_text(cls, text: str, title: str | None = None, *, source: str | None = None) -> "Article":
        """Build an article from a string; the first headline-like line becomes the title if none is given."""
        if not isinstance(text, str):
            raise MedialitError(f"expected text as str, got {type(text).__name__}")
        from .paragraphs import split_paragraphs
        from .sentences import split_sentences
        from .meta import infer_meta

        paragraphs = split_paragraphs(text)
        sentences = split_sentences(text, paragraphs)
        if title is None:
            heads = paragraphs[paragraphs["role"] == "headline"]
            title = str(heads["text"].iloc[0]) if len(heads) else None
        article = cls(text=text, title=title, source=source, paragraphs=paragraphs, sentences=sentences)
        object.__setattr__(article, "meta", infer_meta(article))
        return article

    def body(self) -> pd.DataFrame:
        """The sentences of body paragraphs only."""
        return self.sentences[self.sentences["role"] == "body"]

    def sentence_at(self, offset: int) -> int | None:
        """The id of the sentence containing character `offset`, or None."""
        s = self.sentences
        hit = s[(s["start"] <= offset) & (offset < s["end"])]
        return int(hit["sentence"].iloc[0]) if len(hit) else None

    def __repr__(self) -> str:
        return (
            f"Article(title={self.title!r}, {len(self.text)} characters, "
            f"{len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences)"
        )


def load_article(source: str | Path | None = None) -> Article:
    """Load the bundled article (no argument) or a `.txt`, `.md`, `.html`/`.htm` file.

    Raises:
        MedialitError: the path is missing, a directory, empty, binary, too large,
            not UTF-8, or of a type we do not read.
    """
    if source is None:
        raw = resources.files("medialit").joinpath("data/article.txt").read_bytes()
        return Article.from_text(raw.decode("utf-8"), source="bundled article")
    from .loaders import read_document

    text, title = read_document(Path(source))
    return Article.from_text(text, title=title, source=str(source))

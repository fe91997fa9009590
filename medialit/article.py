"""The data layer's face: an `Article` is the decoded text plus paragraph and sentence spans.

Nothing here changes the text. Every frame row points back into `Article.text`
with `start`/`end` offsets, so ``text[start:end] == row.text`` always holds.
The work is done in `loaders` (files to text), `paragraphs` (spans and roles),
`sentences` (sentence spans and quotation ids) and `meta` (publisher and date).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import MedialitError
from .loaders import MAX_BYTES, SUPPORTED, Document, is_url, read_document, read_url
from .meta import Inference, infer_meta
from .paragraphs import PARAGRAPH_COLUMNS, ROLES, split_paragraphs
from .quotes import Quote, find_quotes
from .sentence_index import SentenceIndex
from .sentences import SENTENCE_COLUMNS, split_sentences

__all__ = [
    "Article",
    "Inference",
    "load_article",
    "MAX_BYTES",
    "SUPPORTED",
    "PARAGRAPH_COLUMNS",
    "SENTENCE_COLUMNS",
    "ROLES",
]


@dataclass(frozen=True)
class Article:
    """A news article: `text` exactly as given, with paragraph and sentence frames.

    Attributes:
        text: the article text, never changed.
        title: the headline (or the title a loader found), None if there is none.
        source: where the text came from (a path, "bundled article"), for messages.
        paragraphs: (a property) ``paragraph, start, end, text, role``.
        sentences: (a property) ``sentence, paragraph, start, end, text, role, quote``.
        paragraph_table, sentence_table: the same frames without their ``text`` column, which the
            properties above add (``text[start:end]``) on first access. A finder reads the tables
            (or `paragraph_rows` / `sentence_rows`): on a long article the ``text`` columns are a
            copy of the text, four times its size with a string object per row.
        meta: ``{"publisher": Inference | None, "date": Inference | None}``, plus ``author``,
            ``url`` and ``encoding`` inferences when a loader read them (see `medialit.meta.infer_meta`).
        quotes: (a property, found once) every quotation, `medialit.quotes.Quote` spans: the ones the
            sentences' ``quote`` ids number and the finders read.
    """

    text: str
    title: str | None = None
    source: str | None = None
    paragraph_table: pd.DataFrame = field(repr=False, default=None)  # type: ignore[assignment]
    sentence_table: pd.DataFrame = field(repr=False, default=None)  # type: ignore[assignment]
    meta: dict[str, Any] = field(repr=False, default_factory=dict)

    @classmethod
    def from_text(cls, text: str, title: str | None = None, *, source: str | None = None) -> Article:
        """Build an article from any string (empty, emoji, CRLF, lone surrogates: never raises).

        Args:
            text: the article text; kept exactly as given.
            title: a known title; a paragraph equal to it becomes the headline. Without one,
                the headline paragraph's text (if any) is the title.
            source: where the text came from, for messages.

        Raises:
            MedialitError: `text` is not a ``str``.
        """
        if not isinstance(text, str):
            raise MedialitError(f"expected the article text as str, got {type(text).__name__}")
        if title is not None and not isinstance(title, str):
            raise MedialitError(f"expected the title as str or None, got {type(title).__name__}")
        return cls._from_document(Document(text, title), source=source)

    @classmethod
    def _from_document(cls, doc: Document, *, source: str | None) -> Article:
        """Build from what a loader read: the text, its title, a page's block verdicts and metadata."""
        text, title = doc.text, doc.title
        paragraphs = split_paragraphs(text, title=title, blocks=doc.blocks or None)
        quotes = find_quotes(text, paragraphs)  # found once: the sentences' quote ids and the finders read them
        sentences = split_sentences(text, paragraphs, quotes=quotes)
        heads = paragraphs.loc[paragraphs["role"] == "headline", "text"]
        if title is None or (doc.blocks and len(heads) and str(heads.iloc[0]) != title):
            title = str(heads.iloc[0]) if len(heads) else title
        article = cls(
            text=text,
            title=title,
            source=source,
            paragraph_table=paragraphs.drop(columns="text").copy(),  # a copy: no view keeps the texts
            sentence_table=sentences.drop(columns="text").copy(),
        )
        del paragraphs, sentences, heads  # built again on first access: see `paragraphs`
        object.__setattr__(article, "meta", infer_meta(article, doc.info))
        article.__dict__["quotes"] = quotes  # the value of the cached property below
        return article

    def body(self) -> pd.DataFrame:
        """The sentences of body paragraphs only."""
        return self.sentences[self.sentences["role"] == "body"]

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """``paragraph, start, end, text, role``: one row per paragraph (built on first access)."""
        return _with_text(self.text, self.paragraph_table, PARAGRAPH_COLUMNS)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """``sentence, paragraph, start, end, text, role, quote``: one row per sentence (built on first access)."""
        return _with_text(self.text, self.sentence_table, SENTENCE_COLUMNS)

    def paragraph_rows(self) -> Iterator[tuple]:
        """The rows of `paragraphs` as named tuples (as ``itertuples(index=False)``), without building the frame."""
        return _rows(self.text, self.paragraph_table, PARAGRAPH_COLUMNS)

    def sentence_rows(self) -> Iterator[tuple]:
        """The rows of `sentences` as named tuples (as ``itertuples(index=False)``), without building the frame."""
        return _rows(self.text, self.sentence_table, SENTENCE_COLUMNS)

    @cached_property
    def quotes(self) -> list[Quote]:
        """Every quotation of the text (`medialit.quotes.find_quotes`), sorted by start, longest first."""
        return find_quotes(self.text, self.paragraphs)

    @cached_property
    def sentence_index(self) -> SentenceIndex:
        """Offsets to sentences, built once: the one index every reader of this article asks."""
        return SentenceIndex(self.sentence_table, self.text)

    def sentence_at(self, offset: int) -> int | None:
        """The id of the sentence containing character `offset`, or None (between sentences, out of range)."""
        return self.sentence_index.id_holding(offset)

    def __repr__(self) -> str:
        return (
            f"Article(title={self.title!r}, {len(self.text)} characters, "
            f"{len(self.paragraph_table)} paragraphs, {len(self.sentence_table)} sentences)"
        )


def _with_text(text: str, table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """`table` with its ``text`` column (``text[start:end]`` per row) put back, in the order of `columns`."""
    frame = table.copy(deep=False)
    spans = zip(table["start"].tolist(), table["end"].tolist())
    frame.insert(columns.index("text"), "text", pd.Series([text[s:e] for s, e in spans], dtype="object"))
    return frame


def _rows(text: str, table: pd.DataFrame, columns: list[str]) -> Iterator[tuple]:
    """The rows of ``_with_text(text, table, columns)`` as named tuples, each ``text`` sliced when reached."""
    row = _ROW_TYPES.setdefault(tuple(columns), namedtuple("Row", columns))  # type: ignore[misc]
    at = columns.index("text")
    start, end = table.columns.get_loc("start"), table.columns.get_loc("end")
    for values in table.itertuples(index=False, name=None):
        yield row(*values[:at], text[values[start] : values[end]], *values[at:])


_ROW_TYPES: dict[tuple[str, ...], type] = {}


def load_article(source: str | Path | None = None) -> Article:
    """Load the bundled article (no argument), a ``.txt``, ``.md`` or ``.html``/``.htm`` file, or a web address.

    The bundled article's text is exactly its file decoded as UTF-8. For files, see
    `medialit.loaders.read_document` for what each format keeps; an ``http(s)://`` address
    is fetched (`medialit.fetch`) and read like a saved page, its address kept in ``meta["url"]``.

    Raises:
        MedialitError: the path is missing, a directory, empty, whitespace only, binary,
            not text in any encoding we recognise, larger than `MAX_BYTES`, or of a type we
            do not read; the address cannot be fetched (offline, 404, timeout, too large, not a page).
    """
    if source is None:
        raw = resources.files("medialit").joinpath("data/article.txt").read_bytes()
        return Article.from_text(raw.decode("utf-8"), source="bundled article")
    if not isinstance(source, (str, Path)):
        raise MedialitError(f"expected a file path or a web address (str or Path), got {type(source).__name__}")
    doc = read_url(source) if is_url(source) else read_document(Path(source))
    return Article._from_document(doc, source=str(source).strip())

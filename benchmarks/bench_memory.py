"""Peak memory of load + analyze on 10 MB of text, relative to the text's size (tracemalloc).

A second row adds the article's `sentences` and `paragraphs` frames, which `analyze` no longer
builds (the finders read their tables): the peak of a user who reads those frames as well.
"""

from __future__ import annotations

import tracemalloc

from _common import news_like_text

import medialit


def _peak(text: str, *, article_frames: bool) -> int:
    """Peak traced bytes of ``analyze(Article.from_text(text))``, then (if asked) the article's own frames."""
    tracemalloc.start()
    article = medialit.Article.from_text(text)
    analysis = medialit.analyze(article)
    if article_frames:  # built on first access: a lesson that reads them holds them too
        article.sentences, article.paragraphs  # noqa: B018
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del analysis, article
    return peak


def run(size: int = 10_000_000) -> list[tuple]:
    text = news_like_text(size)
    medialit.analyze(medialit.Article.from_text(text[:10_000]))  # import and cache lexicons first
    text_bytes = len(text.encode("utf-8"))
    rows = []
    for label, article_frames in (("load+analyze", False), ("load+analyze+article frames", True)):
        peak = _peak(text, article_frames=article_frames)
        rows.append(
            (
                f"peak memory of {label} / text size ({size / 1e6:g} MB)",
                f"{peak / text_bytes:.1f}",
                "-",
                f"{peak / 1e6:.0f} MB peak for {text_bytes / 1e6:.1f} MB",
            )
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")

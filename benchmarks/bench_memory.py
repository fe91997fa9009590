"""Peak memory of load + analyze on 10 MB of text, relative to the text's size (tracemalloc)."""

from __future__ import annotations

import tracemalloc

from _common import news_like_text

import medialit


def run(size: int = 10_000_000) -> list[tuple]:
    text = news_like_text(size)
    medialit.analyze(medialit.Article.from_text(text[:10_000]))  # import and cache lexicons first
    tracemalloc.start()
    medialit.analyze(medialit.Article.from_text(text))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    text_bytes = len(text.encode("utf-8"))
    return [
        (
            f"peak memory of load+analyze / text size ({size / 1e6:g} MB)",
            f"{peak / text_bytes:.1f}",
            "-",
            f"{peak / 1e6:.0f} MB peak for {text_bytes / 1e6:.1f} MB",
        )
    ]


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")

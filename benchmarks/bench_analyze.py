"""`analyze()` vs a plain compiled regular expression over the same cue lists; growth from 10 KB to 10 MB."""

from __future__ import annotations

import re

from _common import median_seconds, news_like_text

import medialit
from medialit.errors import MedialitError
from medialit.lexicon import load_lexicon


def _baseline_pattern() -> re.Pattern[str]:
    """Every cue of every packaged lexicon in one case-insensitive alternation: the floor for cue matching."""
    from importlib import resources

    cues: set[str] = set()
    for ref in resources.files("medialit").joinpath("lexicons").iterdir():
        if ref.name.endswith(".csv"):
            try:
                frame = load_lexicon(ref.name[:-4])
            except MedialitError:
                continue
            if "pattern" not in frame.columns:  # number_words.csv, currencies.csv: a value instead of a pattern
                continue
            cues.update(str(c) for c in frame["cue"])
    # speech_acts.csv names a verb row by its base form ("say") and lists plain forms ("said") in its
    # word_list rows: those forms are cues too (the lists before it had "said" as a row of its own).
    words = load_lexicon("word_lists")
    cues.update(f for p in words["pattern"] for f in p.split("|") if "\\" not in f)
    alternation = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def run(sizes=(10_000, 100_000, 1_000_000, 10_000_000), repeat: int = 3) -> list[tuple]:
    pattern = _baseline_pattern()
    rows = []
    article = medialit.load_article()
    t_article = median_seconds(lambda: medialit.analyze(article), repeat=repeat)
    t_base = median_seconds(lambda: pattern.findall(article.text), repeat=repeat)
    rows.append(
        (
            "analyze(article) / regex baseline",
            f"{t_article / t_base:.2f}",
            "-",
            f"{t_article * 1000:.1f} ms; {len(article.text) / t_article:,.0f} chars/s",
        )
    )
    per_char = {}
    for size in sizes:
        text = news_like_text(size)
        reps = repeat if size <= 1_000_000 else 1
        t_load = median_seconds(lambda text=text: medialit.Article.from_text(text), repeat=reps, warmup=0)
        art = medialit.Article.from_text(text)
        t_an = median_seconds(lambda art=art: medialit.analyze(art), repeat=reps, warmup=0)
        t_re = median_seconds(lambda text=text: pattern.findall(text), repeat=reps, warmup=0)
        total = t_load + t_an
        per_char[size] = total / size
        rows.append(
            (
                f"load+analyze {size / 1e6:g} MB / regex baseline",
                f"{total / t_re:.2f}",
                "-",
                f"{total:.2f} s; {size / total:,.0f} chars/s",
            )
        )
    smallest, largest = min(per_char), max(per_char)
    rows.append(
        (
            f"time per char at {largest / 1e6:g} MB / at {smallest / 1e3:g} KB",
            f"{per_char[largest] / per_char[smallest]:.2f}",
            "close to 1 (linear)",
            "",
        )
    )
    return rows


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")

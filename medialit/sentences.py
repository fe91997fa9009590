"""Sentence spans: a rule-based splitter that keeps offsets into the original text."""

from __future__ import annotations

import re

import pandas as pd

_ABBREV = {
    "u.s", "u.k", "u.n", "e.u", "gen", "dr", "mr", "mrs", "ms", "sen", "rep", "gov", "lt", "col",
    "sgt", "capt", "maj", "st", "jr", "sr", "prof", "inc", "corp", "co", "ltd", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "a.m", "p.m", "d.c",
    "adm", "cmdr", "pres", "rev", "mt", "ft", "fig", "approx", "dept", "est", "vol",
}
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+|$)")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"([A-Za-z][A-Za-z.]*)\.$", text[: dot + 1])
    if not m:
        return False
    word = m.group(1).lower()
    if word in _ABBREV:
        after = text[dot + 1 :].lstrip()
        # "U.S." can end a sentence: only keep going when a lower-case word or a name follows.
        return not (word in {"u.s", "u.k", "u.n", "d.c", "etc"} and after[:1].isupper() and
                    re.match(r"(The|A|An|It|He|She|They|We|In|On|But)\b", after))
    return len(word) == 1 and word.isalpha()  # initials: "J. Smith"


def split_sentences(text: str, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence, never crossing a paragraph boundary."""
    rows = []
    for para in paragraphs.itertuples(index=False):
        cursor = para.start
        for m in _END.finditer(text, para.start, para.end):
            dot = m.start()
            if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, dot):
                continue
            rows.append((para.paragraph, cursor, m.end(), para.role))
            nxt = m.end()
            while nxt < para.end and text[nxt].isspace():
                nxt += 1
            cursor = nxt
        if cursor < para.end:
            rows.append((para.paragraph, cursor, para.end, para.role))
    frame = pd.DataFrame(rows, columns=["paragraph", "start", "end", "role"])
    frame["text"] = [text[s:e] for s, e in zip(frame["start"], frame["end"])]
    frame.insert(0, "sentence", range(len(frame)))
    return frame[["sentence", "paragraph", "start", "end", "text", "role"]].astype(
        {"sentence": int, "paragraph": int, "start": int, "end": int}
    )

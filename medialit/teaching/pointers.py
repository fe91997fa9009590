"""Where a student should look again: the article's sentence and the lesson section behind a question.

Two sources, both data: the key's hint (written by the author, never the answer) names
paragraphs ("Paragraph 3: ..."), and `medialit/data/lesson_pointers.csv` names the lesson
notebook and section heading each question practises. From the first paragraph a hint
names, the opening words of its first sentence are quoted verbatim, so the student can find
the place; the quote stops before any words that the key would accept as (part of) an answer
(`reveals`), so a pointer never hands the answer over.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import MedialitError
from .keys import item_hash, load_keys, set_of

#: The longest quote (in words) a pointer shows; enough to find the sentence, not to read it from the page.
QUOTE_WORDS = 12
#: A quote shorter than this (after cutting before a revealing word) is not worth showing.
MIN_QUOTE_WORDS = 3
_PARAGRAPH = re.compile(r"\bparagraphs?\s+(\d+)", re.IGNORECASE)
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Pointer:
    """Where to look again: a paragraph (and the opening words of its first sentence), a lesson section."""

    paragraph: int | None = None
    quote: str = ""
    lesson: str = ""
    section: str = ""

    def __bool__(self) -> bool:
        return self.paragraph is not None or bool(self.lesson)


@functools.lru_cache(maxsize=1)
def lesson_pointers() -> dict[str, tuple[str, str]]:
    """{question id: (lesson notebook file, section heading)} from `data/lesson_pointers.csv`."""
    text = (resources.files("medialit") / "data" / "lesson_pointers.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    return {r["question"]: (r["lesson"], r["section"]) for r in rows if r.get("question")}


def key_entry(question: str) -> Mapping[str, Any] | None:
    """The key entry of `question`, or None when it has no key (a hand-graded or unknown question)."""
    try:
        return load_keys(set_of(question)).entry(question)
    except MedialitError:
        return None


def _key_hashes(entry: Mapping[str, Any]) -> set[str]:
    """Every hash in a key entry that stands for (part of) an accepted answer."""
    kind = entry["kind"]
    if kind == "set":
        return set(entry["items"])
    if kind == "mapping":
        return set(entry["items"])  # the items; labels are the question's own vocabulary
    if kind == "choice":  # one accepted option, or a list of them
        answer = entry["answer"]
        return set(answer) if isinstance(answer, list) else {answer}
    if kind == "pairs":
        return {h for pair in entry["pairs"] for h in pair}
    if kind == "rubric":
        return {h for c in entry["criteria"] for h in c["any"]}
    return set()


def _key_numbers(entry: Mapping[str, Any]) -> set[float]:
    return {float(entry[k]) for k in ("value", "low", "high") if entry.get(k) is not None}


def _as_number(word: str) -> float | None:
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def revealing_word(question: str, words: list[str], entry: Mapping[str, Any] | None = None) -> int | None:
    """Index of the first word that starts a run of `words` the key accepts as an answer; None if none does."""
    entry = entry if entry is not None else key_entry(question)
    if entry is None:
        return None
    hashes, numbers = _key_hashes(entry), _key_numbers(entry)
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            if hashes and item_hash(question, " ".join(words[i:j])) in hashes:
                return i
        if numbers and any(_as_number(n) in numbers for n in _NUMBER.findall(words[i])):
            return i
    return None


def reveals(question: str, text: str) -> bool:
    """True when some run of words in `text` is an answer the key for `question` accepts."""
    return revealing_word(question, text.split()) is not None


@functools.lru_cache(maxsize=64)
def _first_sentence(paragraph: int) -> str:
    from ..article import load_article

    sentences = load_article().sentences
    rows = sentences[sentences["paragraph"] == paragraph]
    return "" if rows.empty else str(rows.iloc[0]["text"])


def paragraph_quote(question: str, paragraph: int) -> str:
    """The opening words of `paragraph`'s first sentence, cut before any revealing word ('…' when cut)."""
    words = _first_sentence(paragraph).split()
    cut = min(len(words), QUOTE_WORDS)
    leak = revealing_word(question, words[:cut])
    if leak is not None:
        cut = leak
    if cut < MIN_QUOTE_WORDS:
        return ""
    return " ".join(words[:cut]) + (" …" if cut < len(words) else "")


@functools.lru_cache(maxsize=1024)
def pointer_for(question: str, hint: str = "") -> Pointer:
    """Where a student who missed `question` should look again (empty `Pointer` when nothing is known)."""
    entry_hint = hint or ((key_entry(question) or {}).get("hint", ""))
    found = _PARAGRAPH.search(entry_hint)
    paragraph = int(found.group(1)) if found else None
    quote = paragraph_quote(question, paragraph) if paragraph is not None else ""
    lesson, section = lesson_pointers().get(question, ("", ""))
    return Pointer(paragraph, quote, lesson, section)

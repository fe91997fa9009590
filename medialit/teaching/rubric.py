"""The capstone rubric: criteria x levels with descriptors and exemplars, read from `data/rubrics/<name>.json`.

The rubric is for the teacher: one level per criterion, points = the level's points.
`suggest_levels` gives a cautious starting point for the teacher's reading, built on
what can be checked against the article the essay is about (exact quotations of it,
the names and figures it contains), never on keywords: a list of the right words
earns nothing, and an essay that avoids the usual words but quotes and names its
article is not scored zero. Suggestions stop at level 1 ("Developing"): only a
reader can tell secure from excellent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import MedialitError
from .key_eval import QUOTE_MIN_WORDS
from .key_shapes import words_of

#: Highest level `suggest_levels` ever gives; above it the teacher decides.
SUGGEST_CAP = 1
#: A name of two or more capitalised words, or an all-capitals acronym (VOA, ISF): what "names a source" looks for.
_NAME = re.compile(r"\b(?:[A-Z][\w'-]+(?:\s+(?:of\s+|al-)?[A-Z][\w'-]+)+|[A-Z]{2,}(?:-[A-Z]{2,})?)\b")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]")


@dataclass(frozen=True)
class Rubric:
    """A parsed rubric: `levels` (level, name, points) and `criteria` (id, name, question, descriptors, exemplars)."""

    name: str
    question: str
    title: str
    levels: tuple[Mapping[str, Any], ...]
    criteria: tuple[Mapping[str, Any], ...]

    @property
    def max_points(self) -> float:
        return float(max(lv["points"] for lv in self.levels) * len(self.criteria))

    def points(self, levels: Mapping[str, int]) -> float:
        """Points for one level per criterion id; `MedialitError` names a missing criterion or an unknown level."""
        by_level = {lv["level"]: lv["points"] for lv in self.levels}
        total = 0.0
        for c in self.criteria:
            if c["id"] not in levels:
                raise MedialitError(f"rubric {self.name}: no level for criterion {c['id']!r}")
            level = levels[c["id"]]
            if level not in by_level:
                raise MedialitError(
                    f"rubric {self.name}: criterion {c['id']!r} has level {level!r}; levels are {sorted(by_level)}"
                )
            total += by_level[level]
        return total


def load_rubric(name: str = "capstone") -> Rubric:
    """The bundled rubric `name`, validated: every criterion has one descriptor and one exemplar per level."""
    ref = resources.files("medialit").joinpath(f"data/rubrics/{name}.json")
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise MedialitError(f"rubric {name!r}: cannot read data/rubrics/{name}.json ({err})") from None
    levels = tuple(data.get("levels", ()))
    criteria = tuple(data.get("criteria", ()))
    if not levels or not criteria:
        raise MedialitError(f"rubric {name!r}: needs levels and criteria")
    for c in criteria:
        for field in ("descriptors", "exemplars"):
            if len(c.get(field, ())) != len(levels):
                raise MedialitError(f"rubric {name!r}: criterion {c.get('id')!r} needs one {field[:-1]} per level")
    return Rubric(name, data.get("question", ""), data.get("title", name), levels, criteria)


def exact_quotes(essay: str, article_text: str) -> list[str]:
    """The essay's quoted spans of at least `QUOTE_MIN_WORDS` words found word for word in the article."""
    article = f" {words_of(article_text)} "
    quotes = (words_of(q) for q in _QUOTED.findall(essay))
    return [q for q in quotes if len(q.split()) >= QUOTE_MIN_WORDS and f" {q} " in article]


def article_names(essay: str, article_text: str) -> set[str]:
    """Names (capitalised phrases, acronyms) and figures that occur both in the essay and in the article."""
    article = f" {words_of(article_text)} "
    found = {words_of(m) for m in _NAME.findall(essay)} | {words_of(m) for m in _NUMBER.findall(essay)}
    return {n for n in found if n and f" {n} " in article}


def suggest_levels(
    essay: str, article_text: str, *, min_words: int = 80, rubric: Rubric | None = None
) -> dict[str, int]:
    """A cautious starting level per criterion, from what the essay takes from its own article.

    Nothing counts until the essay has `min_words` words and at least one exact quotation of the article;
    then sources need two names from the article, evidence two exact quotations, language a quoted word
    discussed, judgement the three others started. Never above `SUGGEST_CAP`.
    """
    rubric = rubric or load_rubric()
    levels = {c["id"]: 0 for c in rubric.criteria}
    quotes = exact_quotes(essay, article_text)
    if len(essay.split()) < min_words or not quotes:
        return levels
    names = article_names(essay, article_text)
    levels["sources"] = int(len(names) >= 2)
    levels["evidence"] = int(len(quotes) >= 2)
    levels["language"] = int(any(len(q.split()) <= 6 for q in quotes) or len(quotes) >= 3)
    levels["judgement"] = int(all(levels[k] for k in ("sources", "evidence", "language")))
    return {k: min(v, SUGGEST_CAP) for k, v in levels.items() if k in levels}

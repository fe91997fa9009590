"""The shape of a student's answer and of the verdict on it: what a question wants (a list, a dict, a number,
a text), friendly errors when an answer has another shape, and the words the messages are counted in.

Import these through :mod:`medialit.teaching.keys`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .key_hash import normalize


@dataclass(frozen=True)
class Verdict:
    """What evaluating one answer found; `check()` turns it into a `CheckResult`."""

    passed: bool
    score: float
    max_score: float
    message: str
    hint: str = ""


def plural(n: int, word: str, verb: str = "") -> str:
    """ "1 item is", "2 items are": `verb` is given in its plural form ("are", "carry", "start")."""
    singular = {"are": "is", "carry": "carries", "start": "starts", "": ""}[verb]
    text = f"{n} {word}" if n == 1 else f"{n} {word}s"
    return f"{text} {singular if n == 1 else verb}".rstrip()


def describe(value: Any) -> str:
    """What a value is, in a student's words ("a pandas DataFrame", "a whole number")."""
    name = type(value).__name__
    named = {
        "DataFrame": "a pandas DataFrame",
        "Series": "a pandas Series",
        "NoneType": "None",
        "str": "a string",
        "int": "a whole number",
        "float": "a number",
        "dict": "a dict",
        "list": "a list",
        "tuple": "a tuple",
        "set": "a set",
        "bool": "True or False",
    }
    return named.get(name, f"a value of type {name}")


class AnswerShapeError(Exception):
    """The answer is not of the shape the question asks for; the message says what to give instead."""


def as_items(answer: Any, what: str) -> list[Any]:
    """A list of items from a list, tuple, set or Series; a friendly shape error otherwise."""
    name = type(answer).__name__
    if name == "Series":
        return list(answer.tolist())
    if name == "DataFrame":
        raise AnswerShapeError(
            f"This question wants {what}; you gave a pandas DataFrame. "
            "Pick the column you mean and turn it into a list, e.g. df['text'].tolist()."
        )
    if isinstance(answer, (str, bytes)):
        raise AnswerShapeError(f'This question wants {what}, not a single string; put it in a list: ["..."].')
    if isinstance(answer, (list, tuple, set, frozenset)):
        return list(answer)
    raise AnswerShapeError(f"This question wants {what}; you gave {describe(answer)}.")


def as_mapping(answer: Any, what: str) -> dict[Any, Any]:
    """A dict from a dict, a Series, a list of pairs or lines of text; a friendly shape error otherwise."""
    name = type(answer).__name__
    if name == "Series":
        return dict(answer.to_dict())
    if isinstance(answer, Mapping):
        return dict(answer)
    if isinstance(answer, (list, tuple)) and all(isinstance(p, (list, tuple)) and len(p) == 2 for p in answer):
        return dict((k, v) for k, v in answer)
    if isinstance(answer, str) and answer.strip():
        return lines_as_mapping(answer, what)
    if name == "DataFrame":
        raise AnswerShapeError(
            f"This question wants {what}; you gave a pandas DataFrame. "
            "Build a dict from two columns, e.g. dict(zip(df['text'], df['category']))."
        )
    raise AnswerShapeError(f"This question wants {what}; you gave {describe(answer)}.")


def lines_as_mapping(text: str, what: str) -> dict[str, str]:
    """A short-text answer (a widget's text box) of lines "item, label" or "item: label" as a dict."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        sep = max(line.rfind(","), line.rfind(":"))
        if sep <= 0:
            raise AnswerShapeError(
                f'This question wants {what}; as text, write one "item, label" per line (e.g. "reportedly, hearsay").'
            )
        out[line[:sep].strip()] = line[sep + 1 :].strip()
    return out


WORD = re.compile(r"\w+(?:['-]\w+)*")


def words_of(text: str) -> str:
    """Normalised words joined by single spaces, punctuation dropped: the form quotes are compared in."""
    return " ".join(WORD.findall(normalize(text)))

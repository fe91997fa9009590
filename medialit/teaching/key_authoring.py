"""Writing answer keys: the hashed entry of one question (`make_key`), for instructors and `medialit keys build`.

Import these through :mod:`medialit.teaching.keys`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..errors import MedialitError
from .key_eval import MAX_KEYWORD_WORDS
from .key_hash import item_hash, normalize
from .key_schema import KINDS, validate_entry

_Hash = Callable[[Any], str]
_MANY = (tuple, list, set, frozenset)


def _set(question: str, h: _Hash, answer: Any, hints: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"items": sorted({h(x) for x in answer})}
    if "optional" in hints:
        entry["optional"] = sorted({h(x) for x in hints.pop("optional")})
    return entry


def _mapping(question: str, h: _Hash, answer: Any, hints: dict[str, Any]) -> dict[str, Any]:
    return {
        "items": {
            h(k): sorted({h(x) for x in v}) if isinstance(v, _MANY) else h(v)
            for k, v in sorted(answer.items(), key=lambda kv: h(kv[0]))
        }
    }


def _choice(question: str, h: _Hash, answer: Any, hints: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"answer": sorted({h(x) for x in answer}) if isinstance(answer, _MANY) else h(answer)}
    if "justify" in hints:
        entry["justify"] = hints.pop("justify")
    return entry


def _number(question: str, h: _Hash, answer: Any, hints: dict[str, Any]) -> dict[str, Any]:
    if isinstance(answer, (tuple, list)):
        low, high = answer
        return {"low": low, "high": high}
    return {"value": answer, "tolerance": hints.pop("tolerance", 0)}


def _pairs(question: str, h: _Hash, answer: Any, hints: dict[str, Any]) -> dict[str, Any]:
    return {"pairs": sorted([h(d), h(c)] for d, c in answer)}


def _rubric(question: str, h: _Hash, answer: Any, hints: dict[str, Any]) -> dict[str, Any]:
    criteria = []
    for name, keywords in answer.items():
        for k in keywords:
            if len(normalize(k).split()) > MAX_KEYWORD_WORDS:
                raise MedialitError(f"{question}: keyword {k!r} is longer than {MAX_KEYWORD_WORDS} words")
        criteria.append({"name": name, "any": sorted({h(k) for k in keywords})})
    entry: dict[str, Any] = {"criteria": criteria}
    for name in ("min_words", "quote", "checklist"):
        if name in hints:
            entry[name] = hints.pop(name)
    return entry


#: Each kind's answer as hashed fields; each takes the hints only its kind has out of `hints`.
_BUILDERS: dict[str, Callable[[str, _Hash, Any, dict[str, Any]], dict[str, Any]]] = {
    "set": _set,
    "mapping": _mapping,
    "choice": _choice,
    "number": _number,
    "pairs": _pairs,
    "rubric": _rubric,
}


def _hashed_hints(h: _Hash, hints: dict[str, Any]) -> dict[str, Any]:
    """The hints keyed by an item, an option or a pair of labels, with those keys hashed."""
    out: dict[str, Any] = {}
    if "item_hints" in hints:
        out["item_hints"] = {h(k): v for k, v in sorted(hints.pop("item_hints").items(), key=lambda kv: h(kv[0]))}
    if "confusions" in hints:
        out["confusions"] = {f"{h(e)}>{h(g)}": v for (e, g), v in sorted(hints.pop("confusions").items())}
    if "explanations" in hints:
        out["explanations"] = {h(k): v for k, v in sorted(hints.pop("explanations").items(), key=lambda kv: h(kv[0]))}
    return out


def make_key(question: str, kind: str, answer: Any, **hints: Any) -> dict[str, Any]:
    """Build the hashed key entry for one question (for instructors; see docs/answer-keys.md).

    Args:
        question: the question id, e.g. ``"03.2"`` (it salts every hash).
        kind: one of `KINDS`.
        answer: set: a list of items; mapping: {item: label, or a tuple of accepted labels};
            choice: the right option, or a tuple of accepted options;
            number: a value, or a (low, high) tuple with None for an open bound;
            pairs: a list of (denial, claim); rubric: {criterion name: [keywords]}.
        **hints: ``hint`` (general, e.g. "Look again at paragraph 4."), ``success`` (one
            teaching sentence shown on success), ``item_hints`` ({item: hint}, for right
            items a student misses or tempting wrong ones), ``confusions``
            ({(expected label, given label): message}), ``explanations`` ({option: why}),
            ``tolerance``, ``min_words``, ``quote``, ``checklist`` (rubric: criteria shown, not scored); ``points`` (the question's worth, as in its
            text); ``optional`` (set items neither required nor penalised); ``justify`` (choice:
            the answer is ``{"answer": option, "why": text}`` with at least that many words of reason).

    Returns:
        A JSON-ready entry, validated.
    """
    h = functools.partial(item_hash, question)
    if kind not in _BUILDERS:
        raise MedialitError(f"{question}: kind must be one of {', '.join(KINDS)}; got {kind!r}")
    entry: dict[str, Any] = {"kind": kind, **_BUILDERS[kind](question, h, answer, hints)}
    for name in ("hint", "success", "note", "points"):
        if name in hints:
            entry[name] = hints.pop(name)
    entry.update(_hashed_hints(h, hints))
    if hints:
        raise MedialitError(f"{question}: make_key got unexpected hint(s) {sorted(hints)} for kind {kind}")
    validate_entry(question, entry, source="make_key")
    return entry

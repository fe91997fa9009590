"""The schema of an answer key entry: its kinds, the fields each kind has, and the check of one entry.

Unknown fields are errors, so a typo cannot silently drop a hint; every message names the key file and the
question. Import these through :mod:`medialit.teaching.keys`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from ..errors import MedialitError

KINDS = ("set", "mapping", "choice", "number", "pairs", "rubric")

_COMMON = {"kind", "hint", "success", "note", "points"}
#: Fields per kind: (required, optional). Unknown fields are errors, so a typo cannot silently drop a hint.
FIELDS: dict[str, tuple[set[str], set[str]]] = {
    "set": ({"items"}, {"item_hints", "optional"}),
    "mapping": ({"items"}, {"confusions", "item_hints"}),
    "choice": ({"answer"}, {"explanations", "justify"}),
    "number": (set(), {"value", "tolerance", "low", "high"}),
    "pairs": ({"pairs"}, {"item_hints"}),
    "rubric": ({"criteria"}, {"min_words", "quote", "checklist"}),
}

_HEX = re.compile(r"^[0-9a-f]{16}$")


def _is_hash(value: Any) -> bool:
    return isinstance(value, str) and bool(_HEX.match(value))


def _hashes(where: str, value: Any, what: str) -> None:
    if not isinstance(value, list) or not all(_is_hash(h) for h in value):
        raise MedialitError(f"{where}: {what} must be a list of 16-hex-digit hashes (use make_key)")


def _hash_map(where: str, value: Any, what: str, *, keys_only: bool = False) -> None:
    ok = isinstance(value, dict) and all(_is_hash(k) for k in value)
    ok = ok and all(isinstance(v, str) and (keys_only or _HEX.match(v)) for v in value.values())
    if not ok:
        raise MedialitError(f"{where}: {what} must map hashes to {'text' if keys_only else 'hashes'}")


def _check_set(where: str, entry: dict[str, Any]) -> None:
    _hashes(where, entry["items"], "items")
    _hashes(where, entry.get("optional", []), "optional")
    _hash_map(where, entry.get("item_hints", {}), "item_hints", keys_only=True)


def _check_mapping(where: str, entry: dict[str, Any]) -> None:
    labels = entry["items"]
    ok = isinstance(labels, dict) and all(_is_hash(k) for k in labels)
    ok = ok and all(_is_hash(v) or (isinstance(v, list) and v and all(_is_hash(x) for x in v)) for v in labels.values())
    if not ok:
        raise MedialitError(f"{where}: items must map hashes to a label hash or a list of accepted label hashes")
    _hash_map(where, entry.get("item_hints", {}), "item_hints", keys_only=True)
    confusions = entry.get("confusions", {})
    if not isinstance(confusions, dict) or not all(
        isinstance(k, str) and re.fullmatch(r"[0-9a-f]{16}>[0-9a-f]{16}", k) and isinstance(v, str)
        for k, v in confusions.items()
    ):
        raise MedialitError(f"{where}: confusions must map 'expected>given' label hashes to text")


def _check_choice(where: str, entry: dict[str, Any]) -> None:
    accepted = entry["answer"]
    _hashes(where, accepted if isinstance(accepted, list) else [accepted], "answer")
    justify = entry.get("justify", 0)
    if isinstance(justify, bool) or not isinstance(justify, int) or justify < 0:
        raise MedialitError(f"{where}: justify is a number of words (0 or more)")
    _hash_map(where, entry.get("explanations", {}), "explanations", keys_only=True)


def _check_number(where: str, entry: dict[str, Any]) -> None:
    has_value = "value" in entry
    has_bounds = "low" in entry or "high" in entry
    if has_value == has_bounds:
        raise MedialitError(f"{where}: a number entry has either value (+ tolerance) or low/high")
    for name in ("value", "tolerance", "low", "high"):
        v = entry.get(name)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v)):
            raise MedialitError(f"{where}: {name} must be a finite number (or null for an open bound)")
    if has_value and entry["value"] is None:
        raise MedialitError(f"{where}: value must be a number")
    if has_bounds and entry.get("low") is not None and entry.get("high") is not None and entry["low"] > entry["high"]:
        raise MedialitError(f"{where}: low is above high")


def _check_pairs(where: str, entry: dict[str, Any]) -> None:
    pairs = entry["pairs"]
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise MedialitError(f"{where}: pairs must be a list of [denial hash, claim hash]")
    for p in pairs:
        _hashes(where, p, "each pair")
    _hash_map(where, entry.get("item_hints", {}), "item_hints", keys_only=True)


def _check_rubric(where: str, entry: dict[str, Any]) -> None:
    criteria = entry["criteria"]
    if not isinstance(criteria, list) or not criteria:
        raise MedialitError(f"{where}: criteria must be a non-empty list")
    for c in criteria:
        if not isinstance(c, dict) or set(c) - {"name", "any"} or not isinstance(c.get("name"), str):
            raise MedialitError(f"{where}: each criterion is {{'name': text, 'any': [keyword hashes]}}")
        _hashes(where, c.get("any"), f"criterion {c.get('name')!r} any")
    if not isinstance(entry.get("min_words", 0), int) or not all(
        isinstance(entry.get(flag, False), bool) for flag in ("quote", "checklist")
    ):
        raise MedialitError(f"{where}: min_words is an integer; quote and checklist are true/false")


#: The check of each kind's own fields, after the fields common to all kinds.
_CHECKS: dict[str, Callable[[str, dict[str, Any]], None]] = {
    "set": _check_set,
    "mapping": _check_mapping,
    "choice": _check_choice,
    "number": _check_number,
    "pairs": _check_pairs,
    "rubric": _check_rubric,
}


def _check_common(where: str, entry: dict[str, Any], kind: str) -> None:
    """The fields: none missing, none unknown; the texts are strings and the points a positive number."""
    required, optional = FIELDS[kind]
    missing = required - set(entry)
    unknown = set(entry) - required - optional - _COMMON
    if missing:
        raise MedialitError(f"{where}: {kind} entry lacks {sorted(missing)}")
    if unknown:
        raise MedialitError(
            f"{where}: unknown field(s) {sorted(unknown)}; valid: {sorted(required | optional | _COMMON)}"
        )
    for text_field in ("hint", "success", "note"):
        if text_field in entry and not isinstance(entry[text_field], str):
            raise MedialitError(f"{where}: {text_field} must be a string")
    points = entry.get("points")
    if points is not None and (isinstance(points, bool) or not isinstance(points, (int, float)) or not points > 0):
        raise MedialitError(f"{where}: points must be a positive number")


def validate_entry(question: str, entry: Any, *, source: str = "<keys>") -> None:
    """Raise `MedialitError` naming `source` and `question` when `entry` breaks the schema."""
    where = f"{source}: question {question!r}"
    if not isinstance(entry, dict):
        raise MedialitError(f"{where}: an entry is a JSON object")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise MedialitError(f"{where}: kind must be one of {', '.join(KINDS)}; got {kind!r}")
    _check_common(where, entry, kind)
    _CHECKS[kind](where, entry)

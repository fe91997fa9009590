"""Answer keys: hashed, versioned JSON files in `medialit/data/keys/<set>.json`, and their evaluation.

A key file holds one entry per question id (e.g. ``"03.2"``; the set is the part
before the dot)::

    {"schema": 1, "set": "03", "questions": {"03.2": {"kind": "set", "items": [...], ...}}}

Answers are stored as salted SHA-256 hashes of the *normalised* answer
(casefolded, whitespace collapsed, curly quotes and dashes unified, a leading
"the/a/an" dropped; the salt is the question id), so a glance at the file does
not give the answers away while feedback can still count right items. Hashing is
not secrecy: anyone can hash guesses (see docs/answer-keys.md). Numbers are kept
in the clear, since a tolerance cannot be checked against a hash.

Evaluation never raises for a wrong or malformed answer and never puts an
expected value into its message: it says how many items are right, what kind of
mistake was made, and where to look (the author's hint). It never names a single
item as wrong or missing where that would hand over the answer (a set is a
two-label question: "item 5 should not be there" is the answer), and a number is
never "too high" or "too low" (a student could find it by halving).

Points: an entry's ``points`` is the question's worth, the same number as the
"(N points)" in the question text and the test cell's nbgrader points. The score
is that many points times the share of items right (wrong or extra items cost as
much as right ones earn), rounded to half points; `check()` shows it and grading
records it (`score_answer` is the one function both call), so the two always agree.

Two defensible readings: a set's ``optional`` items are neither required nor
penalised; a mapping item may accept several labels; a choice may accept several
options. Where the reading itself is the skill, a choice with ``justify`` (a number
of words) wants ``{"answer": option, "why": "one line"}``: the reading is scored,
and the reason is required and exported for the teacher to read.

The work is done in modules of one job each, and every name is imported from here: `key_hash` (the
normalised, salted hashes), `key_schema` (what an entry may hold), `key_authoring` (`make_key`),
`key_shapes` (the shapes of answers and verdicts) and `key_eval` (`evaluate`, one evaluator per kind).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import MedialitError
from .key_authoring import make_key
from .key_eval import MAX_KEYWORD_WORDS, QUOTE_MIN_WORDS, evaluate, points_of
from .key_hash import item_hash, normalize
from .key_schema import FIELDS, KINDS, validate_entry
from .key_shapes import AnswerShapeError, Verdict

__all__ = [
    "FIELDS",
    "KINDS",
    "MAX_KEYWORD_WORDS",
    "QUOTE_MIN_WORDS",
    "SCHEMA",
    "AnswerShapeError",
    "KeySet",
    "Verdict",
    "evaluate",
    "item_hash",
    "key_path",
    "load_keys",
    "make_key",
    "normalize",
    "points_of",
    "render_key_file",
    "score_answer",
    "set_of",
    "validate_entry",
    "validate_key_file",
]

SCHEMA = 1


@dataclass(frozen=True)
class KeySet:
    """One set's keys: `set` id, the file it came from, and {question id: entry}."""

    set: str
    source: str
    questions: Mapping[str, Mapping[str, Any]]

    def entry(self, question: str) -> Mapping[str, Any]:
        try:
            return self.questions[question]
        except KeyError:
            known = ", ".join(sorted(self.questions)) or "none"
            raise MedialitError(f"{self.source}: no key for question {question!r} (known: {known})") from None


def set_of(question: str) -> str:
    """The set id of a question id: ``"03.2"`` -> ``"03"``."""
    head = str(question).split(".", 1)[0]
    if not re.fullmatch(r"\d{2}", head):
        raise MedialitError(f"question id {question!r} should look like '03.2' (set number, dot, question)")
    return head


def key_path(set_id: str, key_dir: str | Path | None = None) -> Path:
    """Where the key file of `set_id` lives: the package's data/keys, or `key_dir`."""
    if key_dir is not None:
        return Path(key_dir) / f"{set_id}.json"
    return Path(str(resources.files("medialit") / "data" / "keys" / f"{set_id}.json"))


def load_keys(set_id: str, key_dir: str | Path | None = None) -> KeySet:
    """Load and validate the key file of one set.

    Raises:
        MedialitError: the file is missing, not JSON, or breaks the schema (the message names file and question).
    """
    path = key_path(set_id, key_dir)
    try:
        stat = path.stat()
    except OSError:
        raise MedialitError(f"no answer key for set {set_id!r} ({path.name} not found)") from None
    return _load_keys_cached(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _load_keys_cached(path: str, _mtime: int, _size: int) -> KeySet:
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise MedialitError(f"{name}: not a readable key file ({err})") from None
    return validate_key_file(data, source=name)


def render_key_file(set_id: str, questions: Mapping[str, Any], *, note: str | None = None) -> str:
    """The exact text of a key file for `questions` (entries from `make_key`), validated first."""
    data: dict[str, Any] = {"schema": SCHEMA, "set": set_id, "questions": dict(questions)}
    if note:
        data["note"] = note
    validate_key_file(data, source=f"{set_id}.json")
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def validate_key_file(data: Any, *, source: str = "<keys>") -> KeySet:
    """Check a parsed key file against the schema; return it as a `KeySet`."""
    if not isinstance(data, dict):
        raise MedialitError(f"{source}: a key file is a JSON object")
    if data.get("schema") != SCHEMA:
        raise MedialitError(f"{source}: schema must be {SCHEMA}, got {data.get('schema')!r}")
    extra = set(data) - {"schema", "set", "questions", "note"}
    if extra:
        raise MedialitError(
            f"{source}: unknown top-level field(s) {sorted(extra)}; valid: note, questions, schema, set"
        )
    set_id = data.get("set")
    questions = data.get("questions")
    if not isinstance(set_id, str) or not isinstance(questions, dict):
        raise MedialitError(f"{source}: needs 'set' (a string) and 'questions' (an object)")
    for question, entry in questions.items():
        if set_of(question) != set_id:
            raise MedialitError(f"{source}: question {question!r} does not belong to set {set_id!r}")
        validate_entry(question, entry, source=source)
    return KeySet(set=set_id, source=source, questions=questions)


def score_answer(question: str, answer: Any, *, key_dir: str | Path | None = None) -> Verdict:
    """The verdict on one answer, in the question's points: what `check()` shows and what grading records.

    `answer` is the value itself (``...`` for "not attempted"); where it comes from (a typed
    variable, the answers sidecar) is for the caller to decide (`medialit.answers.answer_for`).
    """
    question = str(question)
    entry = load_keys(set_of(question), key_dir).entry(question)
    return evaluate(question, entry, answer)

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
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import MedialitError

SCHEMA = 1
KINDS = ("set", "mapping", "choice", "number", "pairs", "rubric")
#: Longest keyword phrase (in words) a rubric criterion may use; answers are hashed as n-grams up to this.
MAX_KEYWORD_WORDS = 4
#: A quoted span must have at least this many words to count as quoting the article.
QUOTE_MIN_WORDS = 3

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

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_EDGE = "'\".,;:!?()[] "
_HEX = re.compile(r"^[0-9a-f]{16}$")


def normalize(item: Any) -> str:
    """The form an answer item is compared in: casefolded, quotes/dashes unified, spaces collapsed, no leading article."""
    text = unicodedata.normalize("NFKC", str(item)).translate(_TRANSLATE).casefold()
    text = " ".join(text.split()).strip(_EDGE)
    return _ARTICLE.sub("", text).strip(_EDGE)


def item_hash(question: str, item: Any) -> str:
    """Salted hash of one normalised item: the first 16 hex digits of SHA-256(question id, newline, item)."""
    return hashlib.sha256(f"{question}\n{normalize(item)}".encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- loading and validation


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


def validate_entry(question: str, entry: Any, *, source: str = "<keys>") -> None:
    """Raise `MedialitError` naming `source` and `question` when `entry` breaks the schema."""
    where = f"{source}: question {question!r}"
    if not isinstance(entry, dict):
        raise MedialitError(f"{where}: an entry is a JSON object")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise MedialitError(f"{where}: kind must be one of {', '.join(KINDS)}; got {kind!r}")
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

    def hashes(value: Any, what: str) -> None:
        if not isinstance(value, list) or not all(isinstance(h, str) and _HEX.match(h) for h in value):
            raise MedialitError(f"{where}: {what} must be a list of 16-hex-digit hashes (use make_key)")

    def hash_map(value: Any, what: str, *, keys_only: bool = False) -> None:
        ok = isinstance(value, dict) and all(isinstance(k, str) and _HEX.match(k) for k in value)
        ok = ok and all(isinstance(v, str) and (keys_only or _HEX.match(v)) for v in value.values())
        if not ok:
            raise MedialitError(f"{where}: {what} must map hashes to {'text' if keys_only else 'hashes'}")

    points = entry.get("points")
    if points is not None and (isinstance(points, bool) or not isinstance(points, (int, float)) or not points > 0):
        raise MedialitError(f"{where}: points must be a positive number")

    if kind == "set":
        hashes(entry["items"], "items")
        hashes(entry.get("optional", []), "optional")
        hash_map(entry.get("item_hints", {}), "item_hints", keys_only=True)
    elif kind == "mapping":
        labels = entry["items"]
        ok = isinstance(labels, dict) and all(isinstance(k, str) and _HEX.match(k) for k in labels)
        ok = ok and all(
            (isinstance(v, str) and _HEX.match(v))
            or (isinstance(v, list) and v and all(isinstance(x, str) and _HEX.match(x) for x in v))
            for v in labels.values()
        )
        if not ok:
            raise MedialitError(f"{where}: items must map hashes to a label hash or a list of accepted label hashes")
        hash_map(entry.get("item_hints", {}), "item_hints", keys_only=True)
        confusions = entry.get("confusions", {})
        if not isinstance(confusions, dict) or not all(
            isinstance(k, str) and re.fullmatch(r"[0-9a-f]{16}>[0-9a-f]{16}", k) and isinstance(v, str)
            for k, v in confusions.items()
        ):
            raise MedialitError(f"{where}: confusions must map 'expected>given' label hashes to text")
    elif kind == "choice":
        accepted = entry["answer"]
        hashes(accepted if isinstance(accepted, list) else [accepted], "answer")
        justify = entry.get("justify", 0)
        if isinstance(justify, bool) or not isinstance(justify, int) or justify < 0:
            raise MedialitError(f"{where}: justify is a number of words (0 or more)")
        hash_map(entry.get("explanations", {}), "explanations", keys_only=True)
    elif kind == "number":
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
        if (
            has_bounds
            and entry.get("low") is not None
            and entry.get("high") is not None
            and entry["low"] > entry["high"]
        ):
            raise MedialitError(f"{where}: low is above high")
    elif kind == "pairs":
        pairs = entry["pairs"]
        if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            raise MedialitError(f"{where}: pairs must be a list of [denial hash, claim hash]")
        for p in pairs:
            hashes(p, "each pair")
        hash_map(entry.get("item_hints", {}), "item_hints", keys_only=True)
    elif kind == "rubric":
        criteria = entry["criteria"]
        if not isinstance(criteria, list) or not criteria:
            raise MedialitError(f"{where}: criteria must be a non-empty list")
        for c in criteria:
            if not isinstance(c, dict) or set(c) - {"name", "any"} or not isinstance(c.get("name"), str):
                raise MedialitError(f"{where}: each criterion is {{'name': text, 'any': [keyword hashes]}}")
            hashes(c.get("any"), f"criterion {c.get('name')!r} any")
        if not isinstance(entry.get("min_words", 0), int) or not all(
            isinstance(entry.get(flag, False), bool) for flag in ("quote", "checklist")
        ):
            raise MedialitError(f"{where}: min_words is an integer; quote and checklist are true/false")


# --------------------------------------------------------------------------- authoring


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
    entry: dict[str, Any] = {"kind": kind}
    if kind == "set":
        entry["items"] = sorted({h(x) for x in answer})
        if "optional" in hints:
            entry["optional"] = sorted({h(x) for x in hints.pop("optional")})
    elif kind == "mapping":
        entry["items"] = {
            h(k): sorted({h(x) for x in v}) if isinstance(v, (tuple, list, set, frozenset)) else h(v)
            for k, v in sorted(answer.items(), key=lambda kv: h(kv[0]))
        }
    elif kind == "choice":
        entry["answer"] = (
            sorted({h(x) for x in answer}) if isinstance(answer, (tuple, list, set, frozenset)) else h(answer)
        )
        if "justify" in hints:
            entry["justify"] = hints.pop("justify")
    elif kind == "number":
        if isinstance(answer, (tuple, list)):
            entry["low"], entry["high"] = answer
        else:
            entry["value"] = answer
            entry["tolerance"] = hints.pop("tolerance", 0)
    elif kind == "pairs":
        entry["pairs"] = sorted([h(d), h(c)] for d, c in answer)
    elif kind == "rubric":
        criteria = []
        for name, keywords in answer.items():
            for k in keywords:
                if len(normalize(k).split()) > MAX_KEYWORD_WORDS:
                    raise MedialitError(f"{question}: keyword {k!r} is longer than {MAX_KEYWORD_WORDS} words")
            criteria.append({"name": name, "any": sorted({h(k) for k in keywords})})
        entry["criteria"] = criteria
        for name in ("min_words", "quote", "checklist"):
            if name in hints:
                entry[name] = hints.pop(name)
    else:
        raise MedialitError(f"{question}: kind must be one of {', '.join(KINDS)}; got {kind!r}")
    for name in ("hint", "success", "note", "points"):
        if name in hints:
            entry[name] = hints.pop(name)
    if "item_hints" in hints:
        entry["item_hints"] = {h(k): v for k, v in sorted(hints.pop("item_hints").items(), key=lambda kv: h(kv[0]))}
    if "confusions" in hints:
        entry["confusions"] = {f"{h(e)}>{h(g)}": v for (e, g), v in sorted(hints.pop("confusions").items())}
    if "explanations" in hints:
        entry["explanations"] = {h(k): v for k, v in sorted(hints.pop("explanations").items(), key=lambda kv: h(kv[0]))}
    if hints:
        raise MedialitError(f"{question}: make_key got unexpected hint(s) {sorted(hints)} for kind {kind}")
    validate_entry(question, entry, source="make_key")
    return entry


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Verdict:
    """What evaluating one answer found; `check()` turns it into a `CheckResult`."""

    passed: bool
    score: float
    max_score: float
    message: str
    hint: str = ""


def _plural(n: int, word: str, verb: str = "") -> str:
    """ "1 item is", "2 items are": `verb` is given in its plural form ("are", "carry", "start")."""
    singular = {"are": "is", "carry": "carries", "start": "starts", "": ""}[verb]
    text = f"{n} {word}" if n == 1 else f"{n} {word}s"
    return f"{text} {singular if n == 1 else verb}".rstrip()


def _describe(value: Any) -> str:
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


def _as_items(answer: Any, what: str) -> list[Any]:
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
    raise AnswerShapeError(f"This question wants {what}; you gave {_describe(answer)}.")


def evaluate(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    """Compare `answer` with a validated key entry. Never raises for a wrong or malformed answer.

    The score is in the question's points (`points_of`): full points when passed, else the
    share of items right times the points, rounded down to half points.
    """
    hint = entry.get("hint", "")
    points = points_of(entry)
    if answer is Ellipsis:
        return Verdict(
            False,
            0.0,
            points,
            "Not attempted yet: replace the ... with your answer (or answer with the widget and press Save).",
        )
    if answer is None:
        return Verdict(False, 0.0, points, "Your answer is None: did a function return nothing?", hint)
    try:
        verdict = _EVALUATORS[entry["kind"]](question, entry, answer)
    except AnswerShapeError as err:
        return Verdict(False, 0.0, points, str(err), hint)
    if verdict.passed:
        message = " ".join(x for x in (verdict.message, entry.get("success", "")) if x)
        return Verdict(True, points, points, message, "")
    share = verdict.score / verdict.max_score if verdict.max_score else 0.0
    score = min(math.floor(points * share * 2 + 1e-9) / 2, points - 0.5 if points >= 1 else 0.0)
    return Verdict(False, max(0.0, score), points, verdict.message, verdict.hint or hint)


def score_answer(question: str, answer: Any, *, key_dir: str | Path | None = None) -> Verdict:
    """The verdict on one answer, in the question's points: what `check()` shows and what grading records.

    `answer` is the value itself (``...`` for "not attempted"); where it comes from (a typed
    variable, the answers sidecar) is for the caller to decide (`medialit.answers.answer_for`).
    """
    question = str(question)
    entry = load_keys(set_of(question), key_dir).entry(question)
    return evaluate(question, entry, answer)


def points_of(entry: Mapping[str, Any]) -> float:
    """A question's worth: its ``points``, or (for keys written before points) its number of items."""
    return float(entry["points"]) if "points" in entry else _max_score(entry)


def _max_score(entry: Mapping[str, Any]) -> float:
    kind = entry["kind"]
    if kind in ("set", "mapping", "pairs"):
        return float(len(entry.get("items", entry.get("pairs", []))))
    if kind == "rubric":
        scored = 0 if entry.get("checklist") else len(entry["criteria"])
        return float(scored + bool(entry.get("min_words")) + bool(entry.get("quote")))
    return 1.0


def _item_hint(entry: Mapping[str, Any], hashes: list[str]) -> str:
    """The author's hint for the first of `hashes` that has one.

    Only called where naming the item cannot give the answer away: for a wrongly labelled item
    of a mapping with three or more labels, or a denial linked to the wrong claim.
    """
    hints = entry.get("item_hints", {})
    return next((hints[x] for x in hashes if x in hints), "")


def _accepted(value: str | list[str]) -> set[str]:
    return set(value) if isinstance(value, list) else {value}


def _widget_part(answer: Any, part: str) -> Any:
    """The part of a sorter widget's saved answer ({"labels": ..., "links": ...}) a key kind grades."""
    if isinstance(answer, Mapping) and set(answer) <= {"labels", "links"} and part in answer:
        return answer[part]
    return answer


def _eval_set(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    given = {item_hash(question, x) for x in _as_items(answer, "a list of items") if normalize(x)}
    given -= set(entry.get("optional", []))  # either reading is right: neither counted nor penalised
    expected = set(entry["items"])
    right, extra = given & expected, given - expected
    missing = sorted(expected - given)
    m = len(expected)
    parts = [f"{len(right)} of {m} right."]
    if extra:
        parts.append(f"{_plural(len(extra), 'item')} should not be there.")
    if missing and not extra and right:
        parts.append(f"{_plural(len(missing), 'item', 'are')} still missing.")
    score = max(0, len(right) - len(extra))
    passed = not extra and not missing
    # In or out is a two-label question: naming an item would give the answer, so only the general hint.
    return Verdict(passed, float(score), float(m), " ".join(parts))


def _as_mapping(answer: Any, what: str) -> dict[Any, Any]:
    name = type(answer).__name__
    if name == "Series":
        return dict(answer.to_dict())
    if isinstance(answer, Mapping):
        return dict(answer)
    if isinstance(answer, (list, tuple)) and all(isinstance(p, (list, tuple)) and len(p) == 2 for p in answer):
        return dict((k, v) for k, v in answer)
    if isinstance(answer, str) and answer.strip():
        return _lines_as_mapping(answer, what)
    if name == "DataFrame":
        raise AnswerShapeError(
            f"This question wants {what}; you gave a pandas DataFrame. "
            "Build a dict from two columns, e.g. dict(zip(df['text'], df['category']))."
        )
    raise AnswerShapeError(f"This question wants {what}; you gave {_describe(answer)}.")


def _lines_as_mapping(text: str, what: str) -> dict[str, str]:
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


def _eval_mapping(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    answer = _widget_part(answer, "labels")
    given = {
        item_hash(question, k): item_hash(question, v) for k, v in _as_mapping(answer, "a dict {item: label}").items()
    }
    expected = {k: _accepted(v) for k, v in entry["items"].items()}
    right = [k for k, v in given.items() if k in expected and v in expected[k]]
    wrong = sorted(k for k, v in given.items() if k in expected and v not in expected[k])
    unknown = [k for k in given if k not in expected]
    missing = [k for k in expected if k not in given]
    parts = [f"{len(right)} of {len(expected)} labels right."]
    if wrong:
        parts.append(f"{_plural(len(wrong), 'item', 'carry')} the wrong label.")
    if unknown:
        parts.append(f"{_plural(len(unknown), 'item', 'are')} not among the items this question asks about.")
    if missing:
        parts.append(f"{_plural(len(missing), 'item', 'are')} not labelled yet.")
    confusions = entry.get("confusions", {})
    kinds = sorted(
        {confusions[f"{e}>{given[k]}"] for k in wrong for e in expected[k] if f"{e}>{given[k]}" in confusions}
    )
    parts.extend(kinds)
    passed = not wrong and not unknown and not missing
    score = max(0, len(right) - len(unknown))
    # With two labels, a hint about a wrongly labelled item is the answer (flip it); a missing item's hint always is.
    labels = set().union(*expected.values()) if expected else set()
    hint = _item_hint(entry, wrong) if len(labels) > 2 else ""
    return Verdict(passed, float(score), float(len(expected)), " ".join(parts), hint)


def _eval_choice(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    need = entry.get("justify", 0)
    why = ""
    if need:
        answer, why = _justified(answer)
    if not isinstance(answer, (str, int, float)) or isinstance(answer, bool):
        raise AnswerShapeError(
            f"This question wants one option (a string, as written in the question); you gave {_describe(answer)}."
        )
    given = item_hash(question, answer)
    explanations = entry.get("explanations", {})
    if given in _accepted(entry["answer"]):
        if need and len(_WORD.findall(why)) < need:
            return Verdict(
                False,
                0.0,
                1.0,
                f"Your reading is one the key accepts; now give your reason in at least {need} words "
                '("why": ...). Your teacher reads it.',
            )
        return Verdict(True, 1.0, 1.0, explanations.get(given, "Right."))
    if given in explanations:
        return Verdict(False, 0.0, 1.0, f"Not this one. {explanations[given]}")
    if explanations:
        return Verdict(False, 0.0, 1.0, "That is not one of the options; copy one of them exactly as written.")
    return Verdict(False, 0.0, 1.0, "Not this one.")


def _justified(answer: Any) -> tuple[Any, str]:
    """(option, reason) from {"answer": option, "why": text} or a pair (option, text)."""
    if isinstance(answer, Mapping) and "answer" in answer:
        why = answer.get("why", "")
        return answer["answer"], why if isinstance(why, str) else ""
    if isinstance(answer, (list, tuple)) and len(answer) == 2 and isinstance(answer[1], str):
        return answer[0], answer[1]
    raise AnswerShapeError(
        'This question wants your reading and a one-line reason: {"answer": "<one option>", "why": "<your reason>"}.'
    )


def _eval_number(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    name = type(answer).__name__
    if isinstance(answer, bool) or not (isinstance(answer, (int, float)) or name.startswith(("int", "float"))):
        if isinstance(answer, str):
            raise AnswerShapeError('This question wants a number, not text: write 12, not "12".')
        raise AnswerShapeError(f"This question wants a number; you gave {_describe(answer)}.")
    value = float(answer)
    if not math.isfinite(value):
        return Verdict(False, 0.0, 1.0, "That is not a finite number.")
    if "value" in entry:
        low = entry["value"] - entry.get("tolerance", 0)
        high = entry["value"] + entry.get("tolerance", 0)
    else:
        low = -math.inf if entry.get("low") is None else entry["low"]
        high = math.inf if entry.get("high") is None else entry["high"]
    if value < low or value > high:
        # Never "too high" or "too low": with that, a student finds the number by halving, without reading.
        return Verdict(False, 0.0, 1.0, "Not the number the text supports.")
    return Verdict(True, 1.0, 1.0, "Right.")


def _eval_pairs(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    answer = _widget_part(answer, "links")
    if isinstance(answer, Mapping) or type(answer).__name__ == "Series":
        raw = list(_as_mapping(answer, "pairs").items())
    else:
        raw = _as_items(answer, "a list of (denial, claim) pairs")
        if not all(isinstance(p, (list, tuple)) and len(p) == 2 for p in raw):
            raise AnswerShapeError("This question wants a list of (denial, claim) pairs, each a tuple of two strings.")
    given = {(item_hash(question, d), item_hash(question, c)) for d, c in raw}
    expected = {tuple(p) for p in entry["pairs"]}
    denials = {d for d, _ in expected}
    right = given & expected
    wrong_claim = sorted(d for d, c in given - expected if d in denials)
    not_denial = [d for d, _ in given - expected if d not in denials]
    parts = [f"{len(right)} of {len(expected)} links right."]
    if wrong_claim:
        parts.append(f"{_plural(len(wrong_claim), 'denial', 'are')} linked to the wrong claim.")
    if not_denial:
        parts.append(f"{_plural(len(not_denial), 'link', 'start')} from a sentence that is not a denial here.")
    passed = given == expected
    score = max(0, len(right) - len(given - expected))
    # A hint on a wrongly linked denial helps; one on an unlinked denial would say which sentence is a denial.
    return Verdict(passed, float(score), float(len(expected)), " ".join(parts), _item_hint(entry, wrong_claim))


def _ngrams(words: list[str], n: int) -> set[str]:
    return {" ".join(words[i : i + k]) for k in range(1, n + 1) for i in range(len(words) - k + 1)}


_QUOTED = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]([^\"\u201c\u201d\u00ab\u00bb]+)[\"\u201c\u201d\u00ab\u00bb]")


_WORD = re.compile(r"\w+(?:['-]\w+)*")


def _words(text: str) -> str:
    """Normalised words joined by single spaces, punctuation dropped: the form quotes are compared in."""
    return " ".join(_WORD.findall(normalize(text)))


@functools.lru_cache(maxsize=1)
def _article_words() -> str:
    from ..article import load_article

    return f" {_words(load_article().text)} "


def _eval_rubric(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    """Keyword criteria, word count and an exact quotation. With ``checklist`` the criteria are a completeness
    list shown to the student and score nothing (the teacher marks the writing on a rubric); the answer may then
    be {"essay": text, "article": text}, and the quotation is looked for in that article instead of the bundled one."""
    article_text = None
    if isinstance(answer, Mapping) and set(answer) == {"essay", "article"}:
        answer, article_text = answer["essay"], answer["article"]
    if not isinstance(answer, str) or not isinstance(article_text, (str, type(None))):
        raise AnswerShapeError(f"This question wants a written answer as a string; you gave {_describe(answer)}.")
    words = _words(answer).split()
    grams = {item_hash(question, g) for g in _ngrams(words, MAX_KEYWORD_WORDS)}
    met: list[str] = []
    unmet: list[str] = []
    listed: list[str] = []
    for criterion in entry["criteria"]:
        if entry.get("checklist"):
            listed.append(("[x] " if grams & set(criterion["any"]) else "[ ] ") + criterion["name"])
        else:
            (met if grams & set(criterion["any"]) else unmet).append(criterion["name"])
    if entry.get("min_words"):
        name = f"has at least {entry['min_words']} words"
        (met if len(answer.split()) >= entry["min_words"] else unmet).append(name)
    if entry.get("quote"):
        quotes = [_words(q) for q in _QUOTED.findall(answer)]
        article = _article_words() if article_text is None else f" {_words(article_text)} "
        ok = any(len(q.split()) >= QUOTE_MIN_WORDS and f" {q} " in article for q in quotes)
        (met if ok else unmet).append("quotes the article word for word (in quotation marks)")
    parts = [f"{len(met)} of {len(met) + len(unmet)} criteria met."]
    if met:
        parts.append("Met: " + "; ".join(met) + ".")
    if unmet:
        parts.append("Not yet: " + "; ".join(unmet) + ".")
    if listed:
        parts.append(
            "Checklist (scores nothing; your teacher marks the writing on the rubric): " + "; ".join(listed) + "."
        )
    return Verdict(not unmet, float(len(met)), float(len(met) + len(unmet)), " ".join(parts))


_EVALUATORS = {
    "set": _eval_set,
    "mapping": _eval_mapping,
    "choice": _eval_choice,
    "number": _eval_number,
    "pairs": _eval_pairs,
    "rubric": _eval_rubric,
}

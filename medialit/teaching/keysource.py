"""Answer keys from one source: `keys/NN.answers.json` beside the solutions -> `medialit/data/keys/NN.json`.

The answers file is the instructor's private copy of a set's answers, in the clear, written
once: each question's kind, answer, points, hints and the typical answers the tests try
(`cases`). `build_keys` hashes it into the public key file (`keys.make_key`, `keys.render_key_file`)
deterministically, so `medialit keys build --check` can tell a stale key file from a fresh one.
The format is described in docs/answer-keys.md.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import MedialitError
from .keys import KINDS, key_path, make_key, render_key_file

#: How an answers file is named inside `keys/` beside the solutions (NN is the set).
SOURCE_GLOB = "[0-9][0-9].answers.json"
#: In `cases`, this string stands for the bundled article's text (set 08 grades an essay against it).
BUNDLED_ARTICLE = "$bundled_article"

_TOP = {"set", "note", "texts", "questions"}
_COMMON = {"kind", "answer", "points", "hint", "success", "note", "cases"}
#: Source fields per kind besides `_COMMON`: the hints `make_key` takes for that kind.
_FIELDS = {
    "set": {"optional", "item_hints"},
    "mapping": {"confusions", "item_hints"},
    "choice": {"explanations", "justify"},
    "number": {"tolerance"},
    "pairs": {"item_hints"},
    "rubric": {"min_words", "quote", "checklist"},
}
_CASE_FIELDS = {"key", "also", "wrong"}
_ANSWER_SHAPES: dict[str, type | tuple[type, ...]] = {
    "set": list,
    "mapping": dict,
    "choice": (str, int, float, list),
    "number": (int, float, list),
    "pairs": list,
    "rubric": dict,
}
_SHAPE_NAMES = {
    "set": "a list of items",
    "mapping": "an object {item: label or [accepted labels]}",
    "choice": "one option or a list of accepted options",
    "number": "a number or [low, high] (null for an open bound)",
    "pairs": "a list of [denial, claim]",
    "rubric": "an object {criterion: [keywords]}",
}


@dataclass(frozen=True)
class KeySource:
    """One set's answers file, parsed and checked: `questions` are the clear entries, `texts` what the set prints."""

    set: str
    path: Path
    note: str
    texts: Mapping[str, Any]
    questions: Mapping[str, Mapping[str, Any]]

    def entries(self) -> dict[str, dict[str, Any]]:
        """{question id: hashed key entry}, as the public (or a private grading) key file holds them."""
        return {q: _hashed(q, e) for q, e in self.questions.items()}

    def render(self) -> str:
        """The exact text of this set's key file."""
        return render_key_file(self.set, self.entries(), note=self.key_note())

    def key_note(self) -> str:
        made = f"Written by `medialit keys build` from keys/{self.set}.answers.json in the solutions folder; do not edit by hand."
        return f"{self.note} {made}" if self.note else made

    def cases(self) -> dict[str, dict[str, Any]]:
        """{question id: {"key": answer, "also": [...], "wrong": [...]}} for the tests; "key" defaults to the answer."""
        out: dict[str, dict[str, Any]] = {}
        for q, e in self.questions.items():
            if "cases" in e:
                case = {"key": e["answer"], "also": [], "wrong": [], **e["cases"]}
                out[q] = _resolve(case)
        return out


def read_source(path: str | Path) -> KeySource:
    """Parse and check one answers file (every question is hashed once, so a bad entry fails here).

    Raises:
        MedialitError: one line naming the file and the line or question: not JSON, a duplicate
            question, an unknown field or kind, an answer of the wrong shape for its kind.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise MedialitError(f"{path}: cannot read ({err})") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as err:
        raise MedialitError(f"{path}, line {err.lineno}: not valid JSON ({err.msg})") from None
    except _Duplicate as dup:
        raise MedialitError(f"{path}, line {_line_of(text, dup.key, 2)}: {dup.key!r} appears twice") from None
    if not isinstance(data, dict):
        raise MedialitError(f"{path}: an answers file is a JSON object")
    unknown = set(data) - _TOP
    if unknown:
        raise MedialitError(f"{path}: unknown top-level field(s) {sorted(unknown)}; valid: {', '.join(sorted(_TOP))}")
    expected_set = path.name[:2]
    if data.get("set") != expected_set:
        raise MedialitError(f"{path}: 'set' must be {expected_set!r} (the file's number), got {data.get('set')!r}")
    questions = data.get("questions")
    if not isinstance(questions, dict) or not questions:
        raise MedialitError(f"{path}: needs 'questions', an object of question id -> entry")
    if not isinstance(data.get("note", ""), str) or not isinstance(data.get("texts", {}), dict):
        raise MedialitError(f"{path}: 'note' is a string and 'texts' an object")
    source = KeySource(expected_set, path, data.get("note", ""), data.get("texts", {}), questions)
    for q, entry in questions.items():
        where = f"{path}, line {_line_of(text, q)}, question {q!r}"
        try:
            _check_entry(q, entry, expected_set)
            _hashed(q, entry)
        except MedialitError as err:
            raise MedialitError(f"{where}: {_strip(str(err), q)}") from None
        except (TypeError, ValueError, AttributeError) as err:  # a field of the wrong shape inside make_key
            raise MedialitError(f"{where}: a field has the wrong shape for kind {entry['kind']} ({err})") from None
    return source


def find_sources(solutions: str | Path) -> list[Path]:
    """The answers files of a solutions folder (its `keys/` subfolder), or of a `keys/` folder given directly."""
    folder = Path(solutions)
    if not folder.is_dir():
        raise MedialitError(f"{folder}: not a folder")
    keys = folder / "keys" if (folder / "keys").is_dir() else folder
    found = sorted(keys.glob(SOURCE_GLOB))
    if not found:
        raise MedialitError(f"{keys}: no answers files ({SOURCE_GLOB})")
    return found


def private_keys_dir(solutions: str | Path) -> Path:
    """Where `medialit grade` looks for private grading keys of `solutions`: the folder of its answers files.

    That is `solutions/keys/` for a solutions folder (what `grade --solutions solutions/` reads by default),
    or the folder given when it holds the answers files itself.
    """
    return find_sources(solutions)[0].parent


def build_keys(
    solutions: str | Path, out: str | Path | None = None, *, check: bool = False, err: Any = None, private: bool = False
) -> int:
    """Write the key file of every answers file under `solutions` into `out` (default: the package's keys).

    Every source is read and rendered before anything is written, so a bad one leaves all key
    files as they were. With `check`, nothing is written: returns 1 and names each key file that
    is missing or differs (drift). Files are written only when their text changes.
    With `private`, the key files go beside the answers files (`private_keys_dir`), where `medialit grade`
    reads its private grading keys: hashed like the public ones, never inside a student's copy or sandbox.
    """
    err = err or sys.stderr
    if private and out is not None:
        raise MedialitError("give --private or --out, not both (--private writes beside the answers files)")
    out_dir = private_keys_dir(solutions) if private else Path(out) if out is not None else key_path("00").parent
    rendered = {out_dir / f"{s.set}.json": s.render() for s in map(read_source, find_sources(solutions))}
    stale = [p for p, text in rendered.items() if not p.is_file() or p.read_text(encoding="utf-8") != text]
    if check:
        for p in stale:
            where = "--private" if private else f"--out {out_dir}"
            print(f"keys: {p} is out of date; run: medialit keys build {solutions} {where}", file=err)
        return 1 if stale else 0
    if stale and not out_dir.is_dir():
        raise MedialitError(f"{out_dir}: not a folder")
    for p in stale:
        tmp = p.with_name(f".{p.name}.tmp")
        tmp.write_text(rendered[p], encoding="utf-8")
        tmp.replace(p)  # a rename: a reader never sees half a key file
        print(f"keys: wrote {p}", file=err)
    if not stale:
        print(f"keys: {len(rendered)} key file(s) up to date", file=err)
    return 0


# --------------------------------------------------------------------------- helpers


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Duplicate(k)
        out[k] = v
    return out


def _line_of(text: str, key: str, nth: int = 1) -> int:
    """The line of the `nth` occurrence of `"key":` in `text` (1 when not found)."""
    hits = [m.start() for m in re.finditer(rf'"{re.escape(key)}"\s*:', text)]
    if len(hits) < nth:
        return 1
    return text.count("\n", 0, hits[nth - 1]) + 1


def _strip(message: str, question: str) -> str:
    """A `make_key`/`validate_entry` message without the question it names (the caller names it)."""
    for prefix in (f"make_key: question {question!r}: ", f"{question}: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def _check_entry(question: str, entry: Any, set_id: str) -> None:
    if not re.fullmatch(rf"{set_id}\.\d+", question):
        raise MedialitError(f"a question id of set {set_id} looks like '{set_id}.1'")
    if not isinstance(entry, dict):
        raise MedialitError("an entry is a JSON object")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise MedialitError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    if "answer" not in entry:
        raise MedialitError(f"a {kind} entry needs 'answer'")
    unknown = set(entry) - _COMMON - _FIELDS[kind]
    if unknown:
        raise MedialitError(
            f"unknown field(s) {sorted(unknown)} for kind {kind}; valid: {sorted(_COMMON | _FIELDS[kind])}"
        )
    if not isinstance(entry["answer"], _ANSWER_SHAPES[kind]):
        raise MedialitError(f"a {kind} answer is {_SHAPE_NAMES[kind]}")
    if kind == "rubric" and not all(
        isinstance(v, list) and all(isinstance(k, str) for k in v) for v in entry["answer"].values()
    ):
        raise MedialitError(f"a {kind} answer is {_SHAPE_NAMES[kind]}")
    for name in ("explanations", "item_hints"):
        if not isinstance(entry.get(name, {}), dict):
            raise MedialitError(f"{name} is an object {{option or item: text}}")
    cases = entry.get("cases", {})
    if (
        not isinstance(cases, dict)
        or set(cases) - _CASE_FIELDS
        or not all(isinstance(cases.get(f, []), list) for f in ("also", "wrong"))
    ):
        raise MedialitError(
            'cases is {"key": answer, "also": [answers], "wrong": [answers]} (key defaults to the answer)'
        )
    confusions = entry.get("confusions", {})
    if not isinstance(confusions, dict) or not all(isinstance(v, dict) for v in confusions.values()):
        raise MedialitError("confusions is {expected label: {given label: message}}")


def _hashed(question: str, entry: Mapping[str, Any]) -> dict[str, Any]:
    """The hashed key entry of one clear source entry."""
    hints = {k: v for k, v in entry.items() if k not in ("kind", "answer", "cases")}
    if "confusions" in hints:
        hints["confusions"] = {(e, g): text for e, given in hints["confusions"].items() for g, text in given.items()}
    return make_key(question, entry["kind"], entry["answer"], **hints)


def _resolve(value: Any) -> Any:
    """`value` with `BUNDLED_ARTICLE` replaced by the bundled article's text."""
    if value == BUNDLED_ARTICLE:
        from ..article import load_article

        return load_article().text
    if isinstance(value, dict):
        return {k: _resolve(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v) for v in value]
    return value

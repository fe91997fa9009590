"""Cue lists (lexicons) as CSV package data: loading, validation, and matching.

Every lexicon is a CSV with the columns ``cue, category, pattern, note``:

- ``cue``: the literal phrase, matched case-insensitively on word boundaries;
- ``category``: one of the categories the lexicon's user allows;
- ``pattern``: optional regular expression used instead of the literal;
- ``note``: why the entry is there (shown to students).

Lines starting with ``#`` are comments. A bad row is an error naming file and line.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .errors import MedialitError

LEXICON_COLUMNS = ["cue", "category", "pattern", "note"]


def _parse(text: str, where: str, categories: frozenset[str] | None) -> pd.DataFrame:
    rows: list[dict[str, str]] = []
    lines = [
        (n, line)
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        raise MedialitError(f"{where}: the lexicon is empty")
    header_no, header = lines[0]
    columns = next(csv.reader([header]))
    if [c.strip() for c in columns] != LEXICON_COLUMNS:
        raise MedialitError(f"{where}:{header_no}: header must be {','.join(LEXICON_COLUMNS)}, got {header!r}")
    for n, line in lines[1:]:
        fields = next(csv.reader([line]))
        if len(fields) != len(LEXICON_COLUMNS):
            raise MedialitError(f"{where}:{n}: expected {len(LEXICON_COLUMNS)} fields, got {len(fields)}")
        row = dict(zip(LEXICON_COLUMNS, (f.strip() for f in fields)))
        if not row["cue"]:
            raise MedialitError(f"{where}:{n}: empty cue")
        if categories is not None and row["category"] not in categories:
            raise MedialitError(
                f"{where}:{n}: unknown category {row['category']!r}; choose one of {', '.join(sorted(categories))}"
            )
        if row["pattern"]:
            try:
                re.compile(row["pattern"])
            except re.error as err:
                raise MedialitError(f"{where}:{n}: bad pattern {row['pattern']!r}: {err}") from None
        row["line"] = n
        rows.append(row)
    return pd.DataFrame(rows, columns=LEXICON_COLUMNS + ["line"])


@cache
def _load_packaged(name: str, categories: frozenset[str] | None) -> pd.DataFrame:
    ref = resources.files("medialit").joinpath(f"lexicons/{name}.csv")
    if not ref.is_file():
        raise MedialitError(f"no lexicon called {name!r} in medialit/lexicons")
    return _parse(ref.read_text(encoding="utf-8"), f"lexicons/{name}.csv", categories)


def load_lexicon(name: str, *, categories: set[str] | frozenset[str] | None = None) -> pd.DataFrame:
    """Load the packaged lexicon ``name`` (e.g. ``"hedges"``) as a DataFrame (a fresh copy)."""
    cats = frozenset(categories) if categories is not None else None
    return _load_packaged(name, cats).copy()


def read_lexicon(
    source: str | Path | pd.DataFrame, *, categories: set[str] | frozenset[str] | None = None
) -> pd.DataFrame:
    """Read a user's lexicon from a CSV path, CSV text, or a DataFrame with the lexicon columns."""
    cats = frozenset(categories) if categories is not None else None
    if isinstance(source, pd.DataFrame):
        missing = [c for c in ("cue", "category") if c not in source.columns]
        if missing:
            raise MedialitError(f"lexicon frame lacks column(s): {', '.join(missing)}")
        frame = source.copy()
        for col in LEXICON_COLUMNS:
            if col not in frame.columns:
                frame[col] = ""
        frame = frame.fillna("")
        buf = io.StringIO()
        frame[LEXICON_COLUMNS].to_csv(buf, index=False)
        return _parse(buf.getvalue(), "lexicon frame", cats)
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and source.endswith(".csv")):
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise MedialitError(f"{path}: no such lexicon file") from None
        except UnicodeDecodeError:
            raise MedialitError(f"{path}: not UTF-8; re-save it as UTF-8") from None
        return _parse(text, str(path), cats)
    return _parse(str(source), "lexicon text", cats)


def cue_regex(lexicon: pd.DataFrame) -> re.Pattern[str]:
    """One case-insensitive alternation, longest cue first, each alternative a named group per row.

    Rows with a ``pattern`` use it; others match the literal cue on word boundaries,
    with any run of whitespace in the cue matching any whitespace in the text.
    The group name ``r<index>`` maps a match back to its lexicon row.
    """
    parts: list[tuple[int, str, str]] = []  # (weight, group name, body after the word-start test)
    for idx, row in lexicon.iterrows():
        if row["pattern"]:
            body = row["pattern"]
            weight = len(row["cue"]) + 1000  # explicit patterns first
        else:
            words = [re.escape(w) for w in str(row["cue"]).split()]
            body = r"\s+".join(words)
            # Apostrophes in cues match both straight and curly ones in the text.
            body = re.sub("['’]", "['’]", body)
            body = rf"{_WORD_START}{body}(?![\w-])"
            weight = len(row["cue"])
        parts.append((weight, f"r{idx}", body))
    parts.sort(key=lambda p: -p[0])
    if not parts:
        return re.compile(r"(?!)")
    return re.compile(_alternation([(name, body) for _, name, body in parts]), re.IGNORECASE)


#: The word-start test most cues open with: not inside a word or a hyphenated compound.
_WORD_START = r"(?<![\w-])"


def _alternation(parts: list[tuple[str, str]]) -> str:
    """``(?P<name>body)|...`` in order, a run of bodies opening with `_WORD_START` sharing one test.

    Same matches as one test per cue; the regex engine then rejects a position inside a word
    once per run instead of once per cue (a body with a top-level ``|`` keeps its own test, as
    the test covers only its first branch).
    """
    out: list[str] = []
    run: list[str] = []
    for name, body in parts:
        rest = body[len(_WORD_START) :] if body.startswith(_WORD_START) else None
        if rest is not None and not _top_level_branch(rest):
            run.append(f"(?P<{name}>{rest})")
            continue
        if run:
            out.append(f"{_WORD_START}(?:{'|'.join(run)})")
            run = []
        out.append(f"(?P<{name}>{body})")
    if run:
        out.append(f"{_WORD_START}(?:{'|'.join(run)})")
    return "|".join(out)


def _top_level_branch(pattern: str) -> bool:
    """Whether `pattern` is an alternation at its top level ("a|b", not "(?:a|b)c")."""
    depth, escaped, in_class = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False

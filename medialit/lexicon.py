"""Cue lists (lexicons) as CSV package data: loading, validation, views and matching.

Most lexicons are a CSV with the columns ``cue, category, pattern, note``:

- ``cue``: the literal phrase, matched case-insensitively on word boundaries;
- ``category``: one of the categories the lexicon's user allows;
- ``pattern``: optional regular expression used instead of the literal;
- ``note``: why the entry is there (shown to students).

A lexicon may declare more columns in `SCHEMAS`, each with a type (``enum``, ``int``, ``bool``,
``str``), like the typed fields of medspaCy's rule files: a row's value is checked against the
type, and a column the schema does not declare is rejected. ``speech_acts.csv`` is the one such
file: every verb or phrase of saying, denying, admitting, judging or believing is written there
once, with one column per finder that uses it. The names the finders used before
(``reporting_verbs``, ``denials``, ``headline_stance``) are *views* of it (`VIEWS`): rows whose
column is filled, with that column as their ``category``.

Lines starting with ``#`` are comments. A bad row is one `MedialitError` naming file and line.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .errors import MedialitError

LEXICON_COLUMNS = ["cue", "category", "pattern", "note"]

_TRUE, _FALSE = frozenset({"true", "yes", "1"}), frozenset({"false", "no", "0"})


@dataclass(frozen=True)
class Field:
    """An optional, typed column of a lexicon: ``enum`` (one of `choices`), ``int``, ``bool`` or ``str``.

    An empty value is always allowed (the row does not use the field).
    """

    name: str
    kind: str
    choices: tuple[str, ...] = ()
    help: str = ""

    def problem(self, value: str) -> str | None:
        """Why `value` is not a valid value of this field (None when it is)."""
        if value == "" or self.kind == "str":
            return None
        if self.kind == "enum" and value not in self.choices:
            return f"{self.name} {value!r} is not one of {', '.join(self.choices)}"
        if self.kind == "int" and not re.fullmatch(r"-?\d+", value):
            return f"{self.name} {value!r} is not a whole number"
        if self.kind == "bool" and value.lower() not in _TRUE | _FALSE:
            return f"{self.name} {value!r} is not true or false"
        return None


@dataclass(frozen=True)
class Schema:
    """The columns of a lexicon: the `required` ones, and typed `fields` (optional unless also required)."""

    required: tuple[str, ...] = tuple(LEXICON_COLUMNS)
    fields: tuple[Field, ...] = ()

    def columns(self) -> list[str]:
        """Every column the lexicon may have: the required ones, then the other fields."""
        return list(self.required) + [f.name for f in self.fields if f.name not in self.required]


#: The speech acts of ``speech_acts.csv`` (its required ``act`` column).
SPEECH_ACTS = ("report", "assert", "admit", "judge", "deny", "believe", "intend", "withhold", "label", "none")
#: What a cue implies about the content it introduces (``speech_acts.csv``, column ``implies``).
IMPLIES = ("nothing", "settled", "disputed", "untrue", "against-interest", "second-hand", "view", "no-statement")

SPEECH_ACT_FIELDS = (
    Field("act", "enum", SPEECH_ACTS, "the speech act (required)"),
    Field(
        "attribution",
        "enum",
        ("neutral", "assertive", "concessive", "judging", "denial", "hearsay", "belief", "withheld", "pseudo"),
        "trace_attributions: the reporting verb's category (view reporting_verbs)",
    ),
    Field(
        "denial",
        "enum",
        ("verb", "verdict", "weak", "negated", "pseudo", "rebuttal"),
        "find_claims: what the cue does to a statement's stance (view denials)",
    ),
    Field("figure", "enum", ("report", "denial"), "find_figures: a figure's source or status (view figure_speech)"),
    Field(
        "frame",
        "enum",
        ("speech-frame", "denial-frame"),
        "find_hedges: a quotation after it is the speaker's words / the accuser's (view speech_frames)",
    ),
    Field(
        "max_scope",
        "int",
        (),
        "find_hedges: how many characters before a quotation a frame still reaches (medspaCy's max_scope)",
    ),
    Field("headline", "enum", ("denies", "reports", "label"), "headline_stance (view headline_stance)"),
    Field(
        "colon",
        "enum",
        ("label", "speaker"),
        "trace_attributions: a word before a headline's colon names a section, or an unnamed speaker",
    ),
    Field("implies", "enum", IMPLIES, "what the cue implies about the content"),
    Field(
        "word_list",
        "enum",
        (
            "quote-tag",
            "quote-intro",
            "subject-end",
            "outlet-cite",
            "condition-speech",
            "evidence-subject",
            "participle-head",
            "participle-adverb",
            "participle-object-verb",
            "participle-gerund-preposition",
            "not-a-speaker",
            "speaker-stance",
        ),
        "a list of word forms one rule checks (view word_lists; see `word_list`)",
    ),
)

#: Lexicons with more than the four shared columns.
SCHEMAS: dict[str, Schema] = {
    "speech_acts": Schema(required=("cue", "act", "pattern", "note"), fields=SPEECH_ACT_FIELDS),
    # Tables whose words carry a value instead of a pattern (read by analysis/number_lexicons.py).
    "number_words": Schema(required=("cue", "category", "value", "note")),
    "currencies": Schema(required=("cue", "category", "name", "note")),
}
#: Named views: view name -> (lexicon, column); rows with the column filled, the column as ``category``.
VIEWS: dict[str, tuple[str, str]] = {
    "reporting_verbs": ("speech_acts", "attribution"),
    "denials": ("speech_acts", "denial"),
    "headline_stance": ("speech_acts", "headline"),
    "speech_frames": ("speech_acts", "frame"),
    "figure_speech": ("speech_acts", "figure"),
    "colon_labels": ("speech_acts", "colon"),
    "word_lists": ("speech_acts", "word_list"),
}


def _data_lines(text: str) -> list[tuple[int, str]]:
    return [
        (n, line)
        for n, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _header(columns: list[str], schema: Schema, where: str) -> None:
    """Reject a header that lacks a required column, repeats one, or has one the schema does not declare."""
    allowed = schema.columns()
    if not set(schema.required) <= set(columns):
        optional = allowed[len(schema.required) :]
        extra = f" (optional: {','.join(optional)})" if optional else ""
        raise MedialitError(f"{where}: header must be {','.join(schema.required)}{extra}, got {','.join(columns)!r}")
    for col in columns:
        if columns.count(col) > 1:
            raise MedialitError(f"{where}: column {col!r} appears twice")
        if col not in allowed:
            raise MedialitError(f"{where}: unknown column {col!r}; allowed: {', '.join(allowed)}")


def _check_row(row: dict[str, str], schema: Schema, where: str, categories: frozenset[str] | None) -> None:
    if not row["cue"]:
        raise MedialitError(f"{where}: empty cue")
    for f in schema.fields:
        problem = f.problem(row[f.name])
        if problem is None and f.name in schema.required and not row[f.name]:
            problem = f"empty {f.name}"
        if problem:
            raise MedialitError(f"{where}: {problem}")
    if categories is not None and "category" in row and row["category"] not in categories:
        raise MedialitError(
            f"{where}: unknown category {row['category']!r}; choose one of {', '.join(sorted(categories))}"
        )


def _check_pattern(pattern: str, where: str) -> None:
    if pattern:
        try:
            re.compile(pattern)
        except re.error as err:
            raise MedialitError(f"{where}: bad pattern {pattern!r}: {err}") from None


def _parse(
    text: str, where: str, categories: frozenset[str] | None, schema: Schema = Schema(), patterns: bool = True
) -> pd.DataFrame:
    """The rows of a lexicon's CSV text, each checked against `schema`; columns in schema order, then ``line``.

    ``patterns=False`` (packaged lexicons, whose patterns the tests check) skips compiling each row's pattern:
    that was a third of a fresh kernel's `load_article`; `cue_regex` names a bad row where it compiles them."""
    lines = _data_lines(text)
    if not lines:
        raise MedialitError(f"{where}: the lexicon is empty")
    header_no, header = lines[0]
    columns = [c.strip() for c in next(csv.reader([header]))]
    _header(columns, schema, f"{where}:{header_no}")
    order = schema.columns()
    rows: list[dict] = []
    for n, line in lines[1:]:
        fields = next(csv.reader([line]))
        if len(fields) != len(columns):
            raise MedialitError(f"{where}:{n}: expected {len(columns)} fields, got {len(fields)}")
        row = dict.fromkeys(order, "") | dict(zip(columns, (f.strip() for f in fields)))
        _check_row(row, schema, f"{where}:{n}", categories)
        if patterns:
            _check_pattern(row.get("pattern", ""), f"{where}:{n}")
        row["line"] = n
        rows.append(row)
    return pd.DataFrame(rows, columns=order + ["line"])


def lexicon_file(name: str) -> str:
    """The file a packaged lexicon or view is read from (``"denials"`` -> ``"speech_acts.csv"``)."""
    return f"{VIEWS[name][0] if name in VIEWS else name}.csv"


@cache
def _load_packaged(name: str, categories: frozenset[str] | None) -> pd.DataFrame:
    if name in VIEWS:
        return _view(name, categories)
    ref = resources.files("medialit").joinpath(f"lexicons/{name}.csv")
    if not ref.is_file():
        raise MedialitError(f"no lexicon called {name!r} in medialit/lexicons")
    schema = SCHEMAS.get(name, Schema())
    return _parse(ref.read_text(encoding="utf-8"), f"lexicons/{name}.csv", categories, schema, patterns=False)


def _view(name: str, categories: frozenset[str] | None) -> pd.DataFrame:
    """Rows of the view's lexicon whose column is filled, that column as ``category`` (file order kept)."""
    source, column = VIEWS[name]
    table = _load_packaged(source, None)
    rows = table[table[column] != ""]
    columns = ["cue", column, "pattern", "note", "line", "act", "implies", "max_scope"]
    frame = rows[columns].rename(columns={column: "category"}).reset_index(drop=True)
    if categories is not None:
        bad = frame[~frame["category"].isin(categories)]
        if len(bad):
            row = bad.iloc[0]
            raise MedialitError(
                f"lexicons/{source}.csv:{row.line}: {column} {row.category!r} is not used by this view's reader; "
                f"choose one of {', '.join(sorted(categories))}"
            )
    return frame


def view_categories(view: str) -> frozenset[str]:
    """The categories a view's rows may have: the choices of its column's field (``"denials"`` -> verb, ...)."""
    source, column = VIEWS[view]
    field = next(f for f in SCHEMAS[source].fields if f.name == column)
    return frozenset(field.choices)


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The word forms of the rows of ``speech_acts.csv`` whose ``word_list`` is `name`, in file order.

    Such a row's pattern is a plain alternation of forms ("said|says|told"); a rule that looks at one
    word, or at a fixed place (after a closing quotation), reads them from here instead of from code.
    """
    rows = _view("word_lists", None)
    rows = rows[rows["category"] == name]
    if not len(rows):
        raise MedialitError(f"lexicons/speech_acts.csv: no rows with word_list {name!r}")
    return tuple(form for pattern in rows["pattern"] for form in pattern.split("|"))


def load_lexicon(name: str, *, categories: set[str] | frozenset[str] | None = None) -> pd.DataFrame:
    """Load the packaged lexicon or view ``name`` (e.g. ``"hedges"``, ``"reporting_verbs"``) as a fresh DataFrame."""
    cats = frozenset(categories) if categories is not None else None
    return _load_packaged(name, cats).copy()


def read_lexicon(
    source: str | Path | pd.DataFrame,
    *,
    categories: set[str] | frozenset[str] | None = None,
    schema: Schema | None = None,
) -> pd.DataFrame:
    """Read a user's lexicon from a CSV path, CSV text, or a DataFrame with the lexicon columns.

    `schema` declares the columns (default: ``cue, category, pattern, note``); others are rejected.
    """
    cats = frozenset(categories) if categories is not None else None
    schema = schema or Schema()
    if isinstance(source, pd.DataFrame):
        missing = [c for c in schema.required if c not in source.columns and c not in ("pattern", "note")]
        if missing:
            raise MedialitError(f"lexicon frame lacks column(s): {', '.join(missing)}")
        frame = source.copy()
        columns = [c for c in schema.columns() if c in schema.required or c in frame.columns]
        for col in columns:
            if col not in frame.columns:
                frame[col] = ""
        frame = frame.fillna("")
        buf = io.StringIO()
        frame[columns].to_csv(buf, index=False)
        return _parse(buf.getvalue(), "lexicon frame", cats, schema)
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and source.endswith(".csv")):
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise MedialitError(f"{path}: no such lexicon file") from None
        except UnicodeDecodeError:
            raise MedialitError(f"{path}: not UTF-8; re-save it as UTF-8") from None
        return _parse(text, str(path), cats, schema)
    return _parse(str(source), "lexicon text", cats, schema)


def cue_regex(lexicon: pd.DataFrame) -> re.Pattern[str]:
    """One case-insensitive alternation, longest cue first, each alternative a named group per row.

    Rows with a ``pattern`` use it; others match the literal cue on word boundaries,
    with any run of whitespace in the cue matching any whitespace in the text.
    The group name ``r<index>`` maps a match back to its lexicon row.
    """
    parts: list[tuple[int, str, str]] = []  # (weight, group name, body); explicit patterns first
    for idx, cue, pattern in zip(lexicon.index, lexicon["cue"], lexicon["pattern"]):
        parts.append((len(cue) + 1000, f"r{idx}", pattern) if pattern else (len(cue), f"r{idx}", literal_cue(cue)))
    parts.sort(key=lambda p: -p[0])
    if not parts:
        return re.compile(r"(?!)")
    try:
        return re.compile(_alternation([(name, body) for _, name, body in parts]), re.IGNORECASE)
    except re.error:
        for row in lexicon.itertuples():  # name the row (a packaged row's pattern is not compiled on load)
            _check_pattern(row.pattern, f"{getattr(row, 'source', 'lexicon')}:{getattr(row, 'line', row.Index)}")
        raise


#: The word-start test most cues open with: not inside a word or a hyphenated compound.
_WORD_START = r"(?<![\w-])"


def literal_cue(cue: str) -> str:
    """The regex of a literal cue: its words on word boundaries, any whitespace between them, either apostrophe."""
    body = re.sub("['’]", "['’]", r"\s+".join(re.escape(w) for w in str(cue).split()))
    return rf"{_WORD_START}{body}(?![\w-])"


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

"""What a graded run sends out of its sandbox: the student's answers as plain, tagged JSON.

When `medialit grade` runs a notebook, the test cells' ``check(question, answer)`` is
`record_check`: it does not judge (the grading keys are not in the sandbox), it
publishes the answer as a display message of type `MIME`, ``{"question": id, "answer":
encoded}``. The grader, outside the sandbox, decodes the answer and scores it with the
same function `check()` uses. A student can make that message say anything, which is
no more than writing a different answer: it is scored against keys it never saw.

The encoding keeps what the keys' evaluators look at (types and values) and nothing
executable. Every JSON object in it is a tag with one ``$`` key:

    {"$dict": [[k, v], ...]}  a dict (keys keep their type: 0 stays an int)
    {"$tuple": [...]}  {"$set": [...]}  {"$frozenset": [...]}  lists are plain lists
    {"$float": "nan" | "inf" | "-inf"}  {"$bytes": "<base64>"}  {"$ellipsis": 1}
    {"$np": "int64", "value": 3}   a NumPy scalar
    {"$series": [[index, value], ...]}  {"$frame": {"columns": [...], "rows": [[...], ...]}}
    {"$other": "TypeName"}   anything else (a function, a widget, too deep or too big)
"""

from __future__ import annotations

import base64
import json
import math
import re
from typing import Any

MIME = "application/vnd.medialit.answer+json"
#: Past this many characters of JSON, an answer is recorded as {"$other": ...}: no answer needs more.
MAX_CHARS = 1_000_000
MAX_DEPTH = 20


class _TooBig(Exception):
    pass


def encode(value: Any) -> Any:
    """`value` as tagged JSON data (see the module docstring); never raises."""
    try:
        data = _encode(value, 0)
        if len(json.dumps(data, allow_nan=False)) > MAX_CHARS:
            raise _TooBig
        return data
    except (_TooBig, ValueError, TypeError, RecursionError, OverflowError):
        return {"$other": _type_name(value)}


def _type_name(value: Any) -> str:
    name = type(value).__name__
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,60}", name) else "object"


def _encode(value: Any, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise _TooBig
    if value is None or type(value) in (bool, str):
        return value
    if type(value) is int:
        if abs(value) > 10**300:
            raise _TooBig
        return value
    if type(value) is float:
        return value if math.isfinite(value) else {"$float": repr(value)}
    if value is Ellipsis:
        return {"$ellipsis": 1}
    if type(value) is bytes:
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if type(value) in (list, tuple, set, frozenset):
        items = [_encode(x, depth + 1) for x in value]
        return items if type(value) is list else {f"${type(value).__name__}": items}
    if type(value) is dict:
        return {"$dict": [[_encode(k, depth + 1), _encode(v, depth + 1)] for k, v in value.items()]}
    module = type(value).__module__ or ""
    if module == "numpy" and hasattr(value, "item") and getattr(value, "ndim", None) == 0:
        return {"$np": _type_name(value), "value": _encode(value.item(), depth + 1)}
    if module.startswith("pandas") and type(value).__name__ == "Series":
        return {"$series": [[_encode(k, depth + 1), _encode(v, depth + 1)] for k, v in value.items()]}
    if module.startswith("pandas") and type(value).__name__ == "DataFrame":
        return {
            "$frame": {
                "columns": [_encode(c, depth + 1) for c in value.columns],
                "rows": [[_encode(x, depth + 1) for x in row] for row in value.itertuples(index=False)],
            }
        }
    return {"$other": _type_name(value)}


def decode(data: Any, depth: int = 0) -> Any:
    """The value `encode` recorded, rebuilt from plain data only; ValueError for anything malformed."""
    if depth > MAX_DEPTH + 2:
        raise ValueError("answer nested too deeply")
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is list:
        return [decode(x, depth + 1) for x in data]
    if type(data) is not dict or len(data) not in (1, 2):
        raise ValueError("not a recorded answer")
    tag = next(iter(data))
    body = data[tag]
    if tag == "$dict":
        return {_hashable(decode(k, depth + 1)): decode(v, depth + 1) for k, v in _pairs(body)}
    if tag in ("$tuple", "$set", "$frozenset"):
        items = [decode(x, depth + 1) for x in _list(body)]
        return {"$tuple": tuple, "$set": set, "$frozenset": frozenset}[tag](
            items if tag == "$tuple" else (_hashable(x) for x in items)
        )
    if tag == "$float" and body in ("nan", "inf", "-inf"):
        return float(body)
    if tag == "$bytes" and isinstance(body, str):
        return base64.b64decode(body, validate=True)
    if tag == "$ellipsis":
        return Ellipsis
    if tag == "$np" and isinstance(body, str) and re.fullmatch(r"(u?int|float|bool_?|str_)\d*", body):
        import numpy

        return getattr(numpy, body)(decode(data.get("value"), depth + 1))
    if tag == "$series":
        import pandas

        pairs = [(_hashable(decode(k, depth + 1)), decode(v, depth + 1)) for k, v in _pairs(body)]
        return pandas.Series([v for _, v in pairs], index=[k for k, _ in pairs], dtype=object if not pairs else None)
    if tag == "$frame" and isinstance(body, dict):
        import pandas

        columns = [_hashable(decode(c, depth + 1)) for c in _list(body.get("columns"))]
        rows = [[decode(x, depth + 1) for x in _list(row)] for row in _list(body.get("rows"))]
        return pandas.DataFrame(rows, columns=columns)
    if tag == "$other" and isinstance(body, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,60}", body):
        return type(body, (), {"__repr__": lambda self: f"<{body}>"})()  # only its type's name is known
    raise ValueError(f"not a recorded answer (tag {tag!r})")


def _list(body: Any) -> list[Any]:
    if type(body) is not list:
        raise ValueError("not a recorded answer (expected a list)")
    return body


def _pairs(body: Any) -> list[list[Any]]:
    pairs = _list(body)
    if not all(type(p) is list and len(p) == 2 for p in pairs):
        raise ValueError("not a recorded answer (expected pairs)")
    return pairs


def _hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        raise ValueError("not a recorded answer (a key that cannot be a key)") from None
    return value


class Recorded:
    """What `record_check` returns in the notebook: says the answer went to the grader, judges nothing."""

    def __init__(self, question: str) -> None:
        self.question = question

    def __repr__(self) -> str:
        return f"{self.question}: answer recorded for grading"


def record_check(question: Any, answer: Any = Ellipsis, *, key_dir: Any = None) -> Recorded:
    """`check()` as the grader runs it: publish the answer `check()` would score (`answers.answer_for`)."""
    from IPython.display import publish_display_data

    from ..answers import answer_for

    question = str(question)
    publish_display_data({MIME: {"question": question, "answer": encode(answer_for(question, answer))}})
    return Recorded(question)

"""Evaluating an answer against a key entry: one evaluator per kind, the score in the question's points.

Evaluation never raises for a wrong or malformed answer and never puts an expected value into its message
(see :mod:`medialit.teaching.keys`). Import these through :mod:`medialit.teaching.keys`.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from typing import Any

from .key_hash import item_hash, normalize
from .key_shapes import (
    WORD,
    AnswerShapeError,
    Verdict,
    as_items,
    as_mapping,
    describe,
    plural,
    words_of,
)

#: Longest keyword phrase (in words) a rubric criterion may use; answers are hashed as n-grams up to this.
MAX_KEYWORD_WORDS = 4
#: A quoted span must have at least this many words to count as quoting the article.
QUOTE_MIN_WORDS = 3


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
    given = {item_hash(question, x) for x in as_items(answer, "a list of items") if normalize(x)}
    given -= set(entry.get("optional", []))  # either reading is right: neither counted nor penalised
    expected = set(entry["items"])
    right, extra = given & expected, given - expected
    missing = sorted(expected - given)
    m = len(expected)
    parts = [f"{len(right)} of {m} right."]
    if extra:
        parts.append(f"{plural(len(extra), 'item')} should not be there.")
    if missing and not extra and right:
        parts.append(f"{plural(len(missing), 'item', 'are')} still missing.")
    score = max(0, len(right) - len(extra))
    passed = not extra and not missing
    # In or out is a two-label question: naming an item would give the answer, so only the general hint.
    return Verdict(passed, float(score), float(m), " ".join(parts))


def _eval_mapping(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    answer = _widget_part(answer, "labels")
    given = {
        item_hash(question, k): item_hash(question, v) for k, v in as_mapping(answer, "a dict {item: label}").items()
    }
    expected = {k: _accepted(v) for k, v in entry["items"].items()}
    right = [k for k, v in given.items() if k in expected and v in expected[k]]
    wrong = sorted(k for k, v in given.items() if k in expected and v not in expected[k])
    unknown = [k for k in given if k not in expected]
    missing = [k for k in expected if k not in given]
    parts = [f"{len(right)} of {len(expected)} labels right."]
    if wrong:
        parts.append(f"{plural(len(wrong), 'item', 'carry')} the wrong label.")
    if unknown:
        parts.append(f"{plural(len(unknown), 'item', 'are')} not among the items this question asks about.")
    if missing:
        parts.append(f"{plural(len(missing), 'item', 'are')} not labelled yet.")
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
            f"This question wants one option (a string, as written in the question); you gave {describe(answer)}."
        )
    given = item_hash(question, answer)
    explanations = entry.get("explanations", {})
    if given in _accepted(entry["answer"]):
        if need and len(WORD.findall(why)) < need:
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
        raise AnswerShapeError(f"This question wants a number; you gave {describe(answer)}.")
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
        raw = list(as_mapping(answer, "pairs").items())
    else:
        raw = as_items(answer, "a list of (denial, claim) pairs")
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
        parts.append(f"{plural(len(wrong_claim), 'denial', 'are')} linked to the wrong claim.")
    if not_denial:
        parts.append(f"{plural(len(not_denial), 'link', 'start')} from a sentence that is not a denial here.")
    passed = given == expected
    score = max(0, len(right) - len(given - expected))
    # A hint on a wrongly linked denial helps; one on an unlinked denial would say which sentence is a denial.
    return Verdict(passed, float(score), float(len(expected)), " ".join(parts), _item_hint(entry, wrong_claim))


def _ngrams(words: list[str], n: int) -> set[str]:
    return {" ".join(words[i : i + k]) for k in range(1, n + 1) for i in range(len(words) - k + 1)}


_QUOTED = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]([^\"\u201c\u201d\u00ab\u00bb]+)[\"\u201c\u201d\u00ab\u00bb]")


@functools.lru_cache(maxsize=1)
def _article_words() -> str:
    from ..article import load_article

    return f" {words_of(load_article().text)} "


def _eval_rubric(question: str, entry: Mapping[str, Any], answer: Any) -> Verdict:
    """Keyword criteria, word count and an exact quotation. With ``checklist`` the criteria are a completeness
    list shown to the student and score nothing (the teacher marks the writing on a rubric); the answer may then
    be {"essay": text, "article": text}, and the quotation is looked for in that article instead of the bundled one."""
    article_text = None
    if isinstance(answer, Mapping) and set(answer) == {"essay", "article"}:
        answer, article_text = answer["essay"], answer["article"]
    if not isinstance(answer, str) or not isinstance(article_text, (str, type(None))):
        raise AnswerShapeError(f"This question wants a written answer as a string; you gave {describe(answer)}.")
    words = words_of(answer).split()
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
        quotes = [words_of(q) for q in _QUOTED.findall(answer)]
        article = _article_words() if article_text is None else f" {words_of(article_text)} "
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

"""The generic-condition filter: an 'if' or 'unless' in a sentence that states a general rule is no hedge."""

from __future__ import annotations

import re

from ..article import Article
from .reading import reading

#: Rule name of the filter below, for the README and the tests.
GENERIC_CONDITION_RULE = "generic-condition"
_CONDITION_CUES = frozenset({"if", "unless"})
# What makes an 'if' hypothetical rather than a general rule: a modal or future, a person who
# speaks or is spoken of, a verb that asks ("asked if", "wonder if"), or a verb of saying (the
# condition is part of a reported claim, not of a definition).
_HYPOTHETICAL = re.compile(
    r"(?<![\w-])(?:would|could|might|may|will|shall|should|must|can|cannot|won['’]t|wouldn['’]t|couldn['’]t|"
    r"can['’]t|['’]d|['’]ll|I|me|my|we|us|our|you|your|he|him|his|she|her|they|them|their|"
    r"ask|asks|asked|asking|wonder|wonders|wondered|determine|decide|decided|see|know|"
    r"had|were|said|says|say|told|warned|warns|argued|argues|added|according)(?![\w-])",
    re.IGNORECASE,
)


def generic_conditions(article: Article, hits: list[dict]) -> list[dict]:
    """Drop an 'if'/'unless' in a sentence that states a general rule (rule `GENERIC_CONDITION_RULE`).

    "A number is called prime if it has no divisors", "If the pressure rises, a valve opens":
    a definition or a mechanism, true whenever the condition holds, so nothing is left uncertain.
    An 'if' stays a hedge when its sentence has a modal or future ("it would be"), a person
    ("if they lose", "if she wants") or a verb that asks ("asked if").
    """
    ix = reading(article).sentences
    keep = []
    for h in hits:
        if h["category"] == "conditional" and h["text"].lower() in _CONDITION_CUES:
            k = ix.holding(h["start"])
            lo, hi = (ix.starts[k], ix.ends[k]) if k is not None else (h["start"], h["end"])
            if not _HYPOTHETICAL.search(article.text, lo, hi):
                continue
        keep.append(h)
    return keep

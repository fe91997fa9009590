"""Gate `evidence-subject`: a verb of evidence ("shows", "found") reports a statement only when what
shows or finds is a poll, a study, a record or another piece of evidence.

Real news reports a finding like a statement ("A new poll shows Lee ahead", "Court records show he
paid", "..., the audit found."). The same verbs are everyday words with a person or a thing as
subject ("the TV show", "she found her keys", "he showed up"), so the lexicon rows whose cue ends in
" (evidence)" count only when the subject names evidence: one of the nouns of the word list
``evidence-subject`` of speech_acts.csv. With any other subject the row gives way to the plain row of
the same verb ("show", "find", ...), which reads the verb in its own narrower frames ("showed that").
The rules after this gate then read the row as usual.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon import word_list
from .cue import NO_STATEMENT, Answer, Cue

SUFFIX = " (evidence)"
# The subject of a relative clause or a participle when no noun phrase was read: "records that show".
_LAST_CLAUSE = re.compile(r"[^,;:.!?()\[\]“”\"]*$")


@cache
def _evidence_noun() -> re.Pattern[str]:
    forms = "|".join(word_list("evidence-subject"))
    return re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", re.IGNORECASE)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _plain_row(c: Cue, verb: str) -> int | None:
    """The row of the same verb without the gate ("show" for "show (evidence)"), if it fits here."""
    lex = c.tr.lex
    rows = lex.index[lex["cue"] == verb]
    if not len(rows) or not lex.loc[rows[0], "pattern"]:
        return None
    m = _compiled(lex.loc[rows[0], "pattern"]).match(c.tr.text, c.cs)
    return rows[0] if m is not None and m.end() == c.ce else None


def evidence_subject(c: Cue) -> Answer:
    """Gate: 'the poll shows ...' yes, 'the senator showed up' no (rows whose cue ends in ' (evidence)')."""
    cue = c.tr.lex.loc[c.lex_row, "cue"]
    if not cue.endswith(SUFFIX):
        return None
    before = c.before
    subject = c.tr.text[before[0] : before[1]] if before else _LAST_CLAUSE.search(c.left_raw).group()
    if _evidence_noun().search(subject):
        return None
    plain = _plain_row(c, cue.removesuffix(SUFFIX))
    if plain is None:
        return NO_STATEMENT
    c.lex_row, c.base.category = plain, c.tr.category_of[plain]
    return None

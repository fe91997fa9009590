"""Matching the hedge cue rules on a text: each row's regex, tried where its first word starts, longest cue wins.

Every row of the cue lists is matched case-insensitively on word boundaries against the original
text, so each hit keeps ``start``/``end`` offsets into it; each rule is tried only where its first
word starts (`word_starts.WordStarts`, the same matches as a scan). ``pseudo`` rows block the cues inside
their span; of overlapping cues the longest wins; ``speech-frame``/``denial-frame`` rows are
returned apart, as the frames the scare-quote rule reads.

Patterns may use two shorthands, expanded before matching: ``{NUM}`` (a number:
"30", "150,000", "$5", "two", "a third", "dozens") and ``{PLURAL}`` (a word that
looks plural: "officials", "fighters", "people"). A pattern may mark the part to
highlight with a named group ``(?P<hit>...)``; otherwise the whole match is used.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..errors import MedialitError
from ..lexicon import literal_cue
from .hedge_lexicon import DENIAL_FRAME, FRAME_REACH, FRAMES, PSEUDO, _kind
from .word_starts import WordStarts

# --- pattern shorthands -------------------------------------------------------------
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundreds?|thousands?|millions?|billions?|dozens?|half|two-thirds|three-quarters|several"
)
_NUM = (
    r"(?:(?:[$£€]\s?)?\d"
    r"|(?:(?:a|an|one)\s+)?(?:third|quarter|fifth|tenth|half|dozen|hundred|thousand|million|billion|few|couple|handful)\b"
    r"|(?:a|an|one)\s+(?:week|month|year|decade|day|hour|mile|kilomet(?:re|er))\b"
    rf"|(?:{_NUMBER_WORDS})\b)"
)
# Words ending in -s that are not plurals; "people"-like plurals without -s.
_NOT_PLURAL = (
    "was|has|is|as|its|this|thus|us|yes|his|hers|ours|theirs|yours|less|unless|across|perhaps|"
    "always|sometimes|afterwards|towards|besides|whereas|news|series|species|says|does|goes|whose"
)
_PLURAL = (
    rf"(?:(?!(?:{_NOT_PLURAL})\b)[a-z][a-z'’-]*[a-z](?<!ss)(?<!us)(?<!is)s"
    r"|people|men|women|children|police|personnel|staff)\b"
)
_MACROS = {"{NUM}": _NUM, "{PLURAL}": _PLURAL}


@lru_cache(maxsize=4096)
def _rule_regex(cue: str, pattern: str) -> re.Pattern[str]:
    """The compiled regex of one lexicon row (its literal cue, as `cue_regex` reads it, or its pattern)."""
    if not pattern:
        return re.compile(literal_cue(cue), re.IGNORECASE)
    body = pattern
    for name, expansion in _MACROS.items():
        body = body.replace(name, expansion)
    # Word boundaries around every pattern, so "may" never fires inside "dismay" or "mid-May".
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _span(match: re.Match[str]) -> tuple[int, int]:
    if "hit" in match.re.groupindex and match.start("hit") >= 0:
        return match.start("hit"), match.end("hit")
    return match.start(), match.end()


def _lexicon_hits(
    text: str, rules: pd.DataFrame, words: WordStarts
) -> tuple[list[dict], list[tuple[int, int, bool, int]]]:
    """Cue hits (longest first, pseudo rows blocking) and frames: ``(start, end, is_denial, reach)``."""
    pseudo: list[tuple[int, int]] = []
    frames: list[tuple[int, int, bool, int]] = []
    cands: list[tuple[int, int, int, int]] = []  # start, end, priority, row
    regexes = []
    for row in rules.itertuples(index=False):
        try:
            regexes.append(_rule_regex(str(row.cue), str(row.pattern)))
        except re.error as err:  # a pattern that only breaks after shorthand expansion
            raise MedialitError(f"{row.source}:{row.line}: bad pattern {row.pattern!r}: {err}") from None
    for i, (row, regex) in enumerate(zip(rules.itertuples(index=False), regexes)):
        for m in words.finditer(regex):  # each rule tried only where its first word starts
            start, end = _span(m)
            if end <= start:
                continue
            if row.category == PSEUDO:
                pseudo.append((m.start(), m.end()))
            elif row.category in FRAMES:
                reach = int(row.max_scope) if getattr(row, "max_scope", "") else FRAME_REACH
                frames.append((start, end, row.category == DENIAL_FRAME, reach))
            else:
                cands.append((start, end, i, i))

    def blocked(start: int, end: int) -> bool:
        return any(ps <= start and end <= pe for ps, pe in pseudo)

    # Longest first; on a tie the later row wins (a student's `extra` row over the packaged one).
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], -c[2]))
    records = rules.to_dict("records")
    taken = bytearray(len(text))  # 1 where an accepted cue already sits
    hits = []
    rule_names: dict[int, str] = {}  # one string per rule shared by its hits, not one per hit
    for start, end, _, i in cands:
        if any(taken[start:end]) or blocked(start, end):
            continue
        taken[start:end] = b"\x01" * (end - start)
        row = records[i]
        hits.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "cue": row["cue"],
                "category": row["category"],
                "kind": _kind(row["category"]),
                "rule": rule_names.get(i) or rule_names.setdefault(i, f"lexicon:{row['source']}:{row['line']}"),
                "note": row["note"],
            }
        )
    frames.sort()
    return hits, frames

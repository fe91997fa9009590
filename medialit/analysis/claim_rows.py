"""The rows of `find_claims` before linking: one per reported statement, plus rows from denial cues.

Part of `find_claims` (see `claims.py`). `statement_rows` makes a claim of each reported
statement, or a denial when its cue is a denial verb, a denial phrase of the reporting
lexicon, or sits in a rebuttal. `cue_rows` then reads the denial lexicon's cues in text
order, one named rule per category (`CUE_RULES`): a verdict turns the innermost
statement holding it into a denial (or is the article's own denial), a weak negation
waits for `claim_links.link` to find a claim it negates (`settle_weak`), a negated
denial is a claim, a rebuttal with no statement of its own is a denial row.
"""

from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass, field

import pandas as pd

from ..lexicon import lexicon_file
from ..sentence_index import SentenceIndex
from ..span import Span
from ._row_views import SlotRecord
from ._row_views import prefixed as _prefixed
from ._spans import np_before, strip_span
from .claim_index import valid

_DENIALS = f"lexicon:{lexicon_file('denials')}"  # the view "denials" of speech_acts.csv: rules name its lines


class ClaimRow(SlotRecord):
    """One claim or denial before the frame is built (fixed fields: a dict per row would cost 2x the text)."""

    __slots__ = (
        "id", "start", "end", "stance", "actor", "cue", "cue_start", "cue_end", "content_start", "content_end",
        "target", "negated", "rule", "attribution", "cue_category", "weak", "_weak_target",
    )  # fmt: skip


class _Innermost:
    """The statement with the shortest content containing a position (first in order on ties).

    Positions must be asked in non-decreasing order (cues come from one left-to-right
    scan): contents enter a heap keyed by (length, order) when they start and leave it
    once they have ended, so the whole scan costs O(n log n) instead of O(n) per cue.
    """

    def __init__(self, atts: list[dict]):
        self.atts = atts
        spans = [
            (a["content_start"], i)
            for i, a in enumerate(atts)
            if not pd.isna(a["content_start"]) and not pd.isna(a["content_end"])
        ]
        spans.sort()
        self.pending = spans
        self.next = 0
        self.heap: list[tuple[int, int]] = []  # (content length, row): not a span
        self.last = None

    def __call__(self, pos: int) -> dict | None:
        assert self.last is None or pos >= self.last, "positions must not decrease"
        self.last = pos
        atts = self.atts
        while self.next < len(self.pending) and self.pending[self.next][0] <= pos:
            i = self.pending[self.next][1]
            heapq.heappush(self.heap, (atts[i]["content_end"] - atts[i]["content_start"], i))
            self.next += 1
        while self.heap and atts[self.heap[0][1]]["content_end"] <= pos:
            heapq.heappop(self.heap)
        return atts[self.heap[0][1]] if self.heap else None


class Rebuttals:
    """The rebuttal cues ("rejected the senator's claim"), and those a reported statement's cue fell in.

    A rebuttal match swallows the verb alone; an attribution whose cue starts inside it is
    a denial by its verb all the same, and the rebuttal then makes no row of its own.
    """

    def __init__(self, cues: list[tuple[int, int, str, int]]):
        self.starts = [c[0] for c in cues if c[2] == "rebuttal"]
        self.ends = [c[1] for c in cues if c[2] == "rebuttal"]
        self.used: set[int] = set()

    def holds(self, pos) -> bool:
        """Does a rebuttal cue hold `pos` (a statement's cue start)? Marks that rebuttal used."""
        j = bisect.bisect_right(self.starts, pos) - 1 if not pd.isna(pos) else -1
        if j >= 0 and pos < self.ends[j]:
            self.used.add(self.starts[j])
            return True
        return False


def _statement_row(a) -> ClaimRow:
    """A reported statement (a row of the attributions frame) as a claim row (the denial tests come after)."""
    return ClaimRow(
        start=a["start"],
        end=a["end"],
        stance="claim",
        actor=a.get("source_resolved") or a["source"],
        cue=a["cue"],
        cue_start=a["cue_start"],
        cue_end=a["cue_end"],
        content_start=a["content_start"],
        content_end=a["content_end"],
        negated=False,
        rule=_prefixed("attribution:", a["rule"]),
        attribution=int(a["id"]),
        cue_category=a.get("cue_category"),
    )


def statement_rows(atts: list[dict], cues: list, rebuttals: Rebuttals) -> tuple[list[dict], dict[int, dict]]:
    """One row per reported statement (a withheld one, "declined to comment", gets none), and the rows by id."""
    verbs = {(c[0], c[1]) for c in cues if c[2] == "verb"}
    rows: list[dict] = []
    by_att: dict[int, dict] = {}
    for a in atts:
        if a.get("cue_category") == "withheld":
            continue  # "declined to comment": a statement withheld is neither a claim nor a denial
        row = _statement_row(a)
        cs = a["cue_start"]
        in_rebuttal = rebuttals.holds(cs)
        if not pd.isna(cs) and ((cs, a["cue_end"]) in verbs or a.get("cue_category") == "denial" or in_rebuttal):
            # a denial verb (view denials), or a reporting phrase that is a denial in itself
            # ("pleaded not guilty", "maintained his innocence": attribution category denial, speech_acts.csv)
            row["stance"] = "denial"
            row["rule"] = _prefixed("denial-verb:", a["rule"])
        rows.append(row)
        by_att[int(a["id"])] = row
    return rows, by_att


@dataclass
class _Cue:
    """One denial-lexicon cue at [s, e) in sentence `k`, from lexicon line `line`."""

    k: int
    s: int
    e: int
    line: int


@dataclass
class _Scan:
    """What the cue rules read: the text, its sentences, the statements' rows and the rows made so far."""

    text: str
    index: SentenceIndex
    by_att: dict[int, dict]
    rebuttals: Rebuttals
    innermost: _Innermost
    out: list[dict] = field(default_factory=list)

    def owner(self, s: int) -> dict | None:
        """The innermost statement whose content holds `s` (a withheld statement holds no verdict)."""
        owner = self.innermost(s)
        return owner if owner is not None and int(owner["id"]) in self.by_att else None

    def open_row(self, owner: dict) -> dict | None:
        """The owner's row, unless a denial already or waiting on a weak negation."""
        row = self.by_att[int(owner["id"])]
        return None if row["stance"] == "denial" or row.get("weak") else row


def _cue_row(
    text: str, np_: tuple[int, int, set[str]] | None, s: int, e: int, content: Span, stance: str, rule: str
) -> dict:
    """A row made from a denial-lexicon cue alone (no reported statement): a negated denial ("did not deny",
    a claim) or a rebuttal (a denial); the actor is the noun phrase before the cue, if any."""
    c0, c1 = content
    return ClaimRow(
        start=np_[0] if np_ else s,
        end=max(e, c1),
        stance=stance,
        actor=text[np_[0] : np_[1]] if np_ else None,
        cue=text[s:e],
        cue_start=s,
        cue_end=e,
        content_start=c0 if c1 > c0 else None,
        content_end=c1 if c1 > c0 else None,
        negated=stance == "claim",
        rule=rule,
    )


def _rebuttal_actor(text: str, start: int, cue: int) -> tuple[int, int, set[str]] | None:
    """The subject of a rebuttal verb at `cue` (sentence from `start`), or None when the sentence has none."""
    np_ = np_before(text, start, cue)
    if np_ and "to" in np_[2] and re.search(r"[A-Za-z]{3}", text[np_[0] : np_[1]]):
        # "the mayor has begun to rebut": the infinitive's subject is the subject of the verb before "to"
        verb = np_[0]
        np_ = np_before(text, start, verb)
        if np_ and (np_[2] & {"to", "modal", "determiner"} or re.search(r"(?<![\w-])and\s*$", text[np_[1] : verb])):
            np_ = None  # "... and commits to push back": the coordinated verb's subject is further back
    if np_ and not re.search(r"[A-Za-z]{2}", re.sub(r"(?i)(?<![\w-])to(?![\w-])", "", text[np_[0] : np_[1]])):
        np_ = None  # an infinitive or a participle after a comma ("..., to push back against"): no subject here
    return np_


def _rebuttal(scan: _Scan, c: _Cue) -> None:
    """Rule ``rebuttal``: a rebuttal verb with its object ("rejected the senator's claim",
    "pushed back against the attack") is a denial by the noun phrase before it, even where
    no reported statement follows; its content is the rest of the sentence."""
    if c.s in scan.rebuttals.used:
        return
    text, index = scan.text, scan.index
    np_ = _rebuttal_actor(text, index.starts[c.k], c.s)
    c0, c1 = strip_span(text, c.s, index.ends[c.k])
    scan.out.append(_cue_row(text, np_, c.s, c.e, (c0, c1), "denial", _prefixed(f"rebuttal:{_DENIALS}:", c.line)))


def _negated(scan: _Scan, c: _Cue) -> None:
    """Rule ``negated-denial``: "did not deny", "refused to deny" is a claim (``negated=True``), never a denial."""
    owner = scan.owner(c.s)
    if owner is not None and owner["cue_start"] is not pd.NA and owner["cue_start"] == c.s:
        return  # the statement's own cue: its row says it already
    text, index = scan.text, scan.index
    np_ = np_before(text, index.starts[c.k], c.s)
    c0, c1 = strip_span(text, c.e, index.ends[c.k])
    scan.out.append(_cue_row(text, np_, c.s, c.e, (c0, c1), "claim", _prefixed(f"negated-denial:{_DENIALS}:", c.line)))


def _unattributed_verdict(scan: _Scan, c: _Cue) -> dict:
    """Rule ``verdict-unattributed``: the article's own voice declares something untrue (the sentence)."""
    text, index = scan.text, scan.index
    c0, c1 = strip_span(text, index.starts[c.k], index.ends[c.k])
    return ClaimRow(
        start=c0,
        end=c1,
        stance="denial",
        actor="the article",
        cue=text[c.s : c.e],
        cue_start=c.s,
        cue_end=c.e,
        content_start=c0,
        content_end=c1,
        negated=False,
        rule=_prefixed(f"verdict-unattributed:{_DENIALS}:", c.line),
    )


def _asks(scan: _Scan, c: _Cue) -> bool:
    """Does the cue's clause end in a question mark? "Did you lie to them?" asks; it declares nothing untrue."""
    text, end = scan.text, scan.index.ends[c.k]
    stops = [i for i in (text.find(ch, c.e, end) for ch in ".!?") if i >= 0]
    return bool(stops) and text[min(stops)] == "?"


def _verdict(scan: _Scan, c: _Cue) -> None:
    """Rule ``verdict``: "found untrue", "baseless" makes the innermost statement holding it a denial.

    Outside any statement it is the article's own denial. A verdict in a question is neither."""
    owner = scan.owner(c.s)
    if _asks(scan, c):
        return
    if owner is None:
        scan.out.append(_unattributed_verdict(scan, c))
        return
    row = scan.open_row(owner)
    if row is None:
        return
    if row.get("cue_category") == "judging" and valid(row["cue_start"]):
        # A labelling verb ("branded the story “a pack of lies”", "described the claims as
        # absurd"): the verb does the denying, the verdict is its complement; keep the verb.
        row.update(stance="denial", rule=_prefixed(f"verdict:{_DENIALS}:", c.line))
    else:
        text = scan.text
        row.update(
            stance="denial",
            cue=text[c.s : c.e],
            cue_start=c.s,
            cue_end=c.e,
            rule=_prefixed(f"verdict:{_DENIALS}:", c.line),
        )


def _weak(scan: _Scan, c: _Cue) -> None:
    """Rule ``weak-negation``: a plain negation in a statement ("did not strike") waits for a claim to negate."""
    owner = scan.owner(c.s)
    row = scan.open_row(owner) if owner is not None else None
    if row is not None:
        row["weak"] = (c.s, c.e, c.line)


#: What each category of the denial lexicon does when its cue is found (categories not named do nothing here).
CUE_RULES = {"verdict": _verdict, "weak": _weak, "negated": _negated, "rebuttal": _rebuttal}


def cue_rows(text: str, index: SentenceIndex, cues: list, atts: list[dict], by_att: dict, rebuttals) -> list[dict]:
    """Apply `CUE_RULES` to each cue outside boilerplate, in text order; the new rows they make."""
    scan = _Scan(text, index, by_att, rebuttals, _Innermost(atts))
    for s, e, cat, line in cues:
        rule = CUE_RULES.get(cat)
        if rule is None:
            continue
        k = index.index_at(s)
        if k is None or index.roles[k] == "boilerplate":
            continue
        rule(scan, _Cue(k, s, e, line))
    return scan.out


def settle_weak(rows: list[dict], text: str) -> None:
    """A weak negation linked to a claim it negates makes its row a denial; one that found none stays a claim."""
    for r in rows:
        w = r.pop("weak", None)
        if w and r["stance"] == "claim" and r.get("_weak_target") is not None:
            r.update(
                stance="denial",
                cue=text[w[0] : w[1]],
                cue_start=w[0],
                cue_end=w[1],
                target=r["_weak_target"],
                rule=_prefixed(f"weak-negation:{_DENIALS}:", w[2]),
            )
        r.pop("_weak_target", None)

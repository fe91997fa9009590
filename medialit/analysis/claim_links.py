"""Which claim each denial denies: the `target` column of `find_claims`, by named rules.

Part of `find_claims` (see `claims.py`). For each denial (and each plain negation that
waits for a claim to negate), the first rule of `TARGET_RULES` that finds a claim by
someone else wins:

1. ``object`` — a claim inside the denial's own content ("repudiated reports claiming ...").
2. ``anaphora`` — the content refers back ("the reports", "the claim", "something", "it",
   "which") to the nearest preceding claim whose cue reports, claims or accuses (lexicon
   categories hearsay, judging), within five sentences.
3. ``overlap`` — the claim sharing most words and word pairs with the denial's content,
   anywhere in the article, above a threshold.

A plain negation ("did not strike") tries the overlap rule only, and keeps its target only
when the claim came shortly before and names the negated verb. Afterwards
`headline_targets` (rule ``headline-lead``) gives a headline denial still without a target
the target of the first body denial that has one, if the two share a content word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..sentence_index import SentenceIndex
from .claim_index import MIN_OVERLAP, ClaimIndex, actor_key, overlap, significant, valid, words

_ANAPHOR = re.compile(
    r"(?<![\w-])(?:(?:the|these|those|such|this|that|its|their)\s+(?:(?:earlier|recent|media|news|initial|latest)\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story|charges?|assertions?)"
    r"|something|it|this|which)(?![\w-])",
    re.IGNORECASE,
)
_LINKABLE = {"hearsay", "judging"}
WEAK_WINDOW = 5  # sentences: how far back the claim a plain negation answers may be


def _refers_back(text: str, d: dict) -> bool:
    """Does the denial's object (or the subject of its verdict) point back to an earlier claim?

    A full noun phrase ("the reports") must open the content or sit just before the
    verdict ("the reports were found untrue"); a bare pronoun ("it", "something",
    "which") must be the whole content ("something the coalition denied").
    """
    c0, c1 = int(d["content_start"]), int(d["content_end"])
    content = text[c0:c1]
    for m in _ANAPHOR.finditer(content):
        bare = m.group().lower() in {"something", "it", "this", "which"}
        if bare:
            cue = d["cue_start"]
            if not content[m.end() :].strip(" .,;:") or (
                cue is not None and not pd.isna(cue) and 0 <= cue - (c0 + m.end()) <= 2
            ):
                return True
            continue
        if len(content[: m.start()].split()) <= 1:
            return True
        cue = d["cue_start"]
        if cue is not None and not pd.isna(cue) and c0 + m.end() <= cue <= c0 + m.end() + 40:
            return True
    return False


def _parents(attributions: pd.DataFrame) -> dict:
    return dict(zip(attributions["id"].astype(int), attributions["parent"]))


def _ancestors(parents: dict, aid) -> set[int]:
    out: set[int] = set()
    if aid is None or pd.isna(aid):
        return out
    cur = parents.get(int(aid))
    while cur is not None and not pd.isna(cur) and int(cur) not in out:
        out.add(int(cur))
        cur = parents.get(int(cur))
    return out


@dataclass
class _Search:
    """One denial `d` looking for its target among `claims` (the article's text and sentence index at hand)."""

    d: dict
    claims: list[dict]
    cix: ClaimIndex
    text: str
    index: SentenceIndex
    ancestors: set[int]
    dkey: str

    def near(self, i: int) -> bool:
        """Every test of a candidate claim but the actor's: not the denial itself, nor a statement reporting it."""
        c = self.claims[i]
        return c is not self.d and (c["attribution"] is None or c["attribution"] not in self.ancestors)

    def ok(self, i: int) -> bool:
        """A candidate claim by someone else than the denial's actor."""
        return self.cix.keys[i] != self.dkey and self.near(i)


def _by_object(q: _Search) -> dict | None:
    """Rule ``object``: the first claim cued inside the denial's own content."""
    d = q.d
    inside = [q.claims[i] for i in q.cix.inside(d["content_start"], d["content_end"], q.ok)]
    return min(inside, key=lambda c: c["start"]) if inside else None


def _by_anaphora(q: _Search) -> dict | None:
    """Rule ``anaphora``: content that points back takes the nearest earlier reporting claim (five sentences)."""
    d, text, index = q.d, q.text, q.index
    if not _refers_back(text, d):
        return None
    k = index.index_at(d["start"])
    lo = index.starts[max(0, k - 5)] if k is not None else 0
    bound = d["cue_start"] if d["cue_start"] is not None else d["start"]
    if q.cix.ordered and valid(bound):
        pool = [q.claims[i] for i in q.cix.cued_between(lo, bound) if q.ok(i)]
    else:
        pool = [c for i, c in enumerate(q.claims) if q.ok(i)]
    before = [
        c
        for c in pool
        if c.get("cue_category") in _LINKABLE
        and lo <= c["start"]
        and c["cue_start"] is not None
        and not pd.isna(c["cue_start"])
        and c["cue_start"] < bound
        and not (c["start"] <= d["start"] and d["end"] <= c["end"])
    ]
    return max(before, key=lambda c: c["cue_start"]) if before else None


def _by_overlap(q: _Search) -> dict | None:
    """Rule ``overlap``: the claim sharing most words with the denial's content (then the nearest)."""
    d, text = q.d, q.text
    content = text[d["content_start"] : d["content_end"]]
    if q.cix.ordered:
        return q.cix.best_overlap(content, q.dkey, d["start"], q.near)
    scored = [
        (overlap(content, text[c["content_start"] : c["content_end"]]), -abs(c["start"] - d["start"]), c)
        for i, c in enumerate(q.claims)
        if q.ok(i)
    ]
    scored = [s for s in scored if s[0] >= MIN_OVERLAP]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


#: The linking rules in the order they are tried; a plain negation tries only those marked True.
TARGET_RULES = (("object", _by_object, False), ("anaphora", _by_anaphora, False), ("overlap", _by_overlap, True))


def link(rows: list[dict], text: str, index: SentenceIndex, attributions: pd.DataFrame) -> None:
    """Set `target` (and ``;target:<rule>`` in `rule`) on each denial that a rule links to a claim.

    A plain negation (a claim row with ``weak``) gets ``_weak_target`` instead, for
    `claim_rows.settle_weak` to decide.
    """
    claims = [r for r in rows if r["stance"] == "claim" and not r["negated"] and valid(r["content_start"])]
    cix = ClaimIndex(claims, text)
    parents = None
    for d in rows:
        weak = d.get("weak") is not None and d["stance"] == "claim"
        if (d["stance"] != "denial" and not weak) or d["content_start"] is None or pd.isna(d["content_start"]):
            continue
        if parents is None:
            parents = _parents(attributions)
        q = _Search(d, claims, cix, text, index, _ancestors(parents, d["attribution"]), actor_key(d["actor"]))
        target, rule = None, None
        for name, find, for_weak in TARGET_RULES:
            if for_weak or not weak:
                target, rule = find(q), name
                if target is not None:
                    break
        if target is None:
            continue
        if weak and not (_near_before(index, target, d) and _same_predicate(text, d["weak"], target)):
            continue
        if weak:
            d["_weak_target"] = target["id"]
        else:
            d["target"] = target["id"]
            d["rule"] += f";target:{rule}"


def _near_before(index: SentenceIndex, claim: dict, d: dict) -> bool:
    """A plain negation ("did not strike") answers a claim only when that claim came first and
    close by: in a long news story a negation shares words with some claim far away by chance."""
    kc, kd = index.index_at(int(claim["start"])), index.index_at(int(d["start"]))
    return kc is not None and kd is not None and 0 <= kd - kc <= WEAK_WINDOW


def _same_predicate(text: str, weak: tuple, claim: dict) -> bool:
    """Does the negated verb ("did not *bomb*") occur in the claim's content ("bombed the depot")?

    A negation answers a claim when it negates what the claim asserts; shared nouns alone
    (a name, a place) are common to every sentence of a story. Compared on the first four letters.
    """
    verb = text[weak[0] : weak[1]].split()[-1].lower()
    stem = verb[:4]
    content = text[int(claim["content_start"]) : int(claim["content_end"])].lower()
    return any(w.startswith(stem) for w in re.findall(r"[a-z]+", content))


def headline_targets(rows: list[dict], text: str, index: SentenceIndex) -> None:
    """A headline denial with no target takes the target of the first body denial that has one.

    Headlines summarise the lead, so "Iraq Denies U.S. Bombed Militias" answers the same
    claim as the story's first linked denial. Guard: the headline's content must share at
    least one content word with that claim (else the headline is about something else).
    Marked ``;target:headline-lead`` in `rule`.
    """

    def role(r: dict) -> str | None:
        k = index.index_at(int(r["start"]))
        return index.roles[k] if k is not None else None

    heads = [
        r
        for r in rows
        if r["stance"] == "denial" and r["target"] is None and role(r) == "headline" and valid(r["content_start"])
    ]
    if not heads:
        return
    lead = next((r for r in rows if r["stance"] == "denial" and r["target"] is not None and role(r) == "body"), None)
    if lead is None:
        return
    claim = rows[int(lead["target"])]
    claim_words = significant(words(text[int(claim["content_start"]) : int(claim["content_end"])]))
    for h in heads:
        head_words = significant(words(text[int(h["content_start"]) : int(h["content_end"])]))
        if head_words & claim_words and actor_key(h["actor"]) != actor_key(claim["actor"]):
            h["target"] = claim["id"]
            h["rule"] += ";target:headline-lead"

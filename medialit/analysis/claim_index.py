"""The claims a denial may target, indexed by where their cues are and by the words they share.

Part of `find_claims` (see `claims.py`): `ClaimIndex` answers the linking rules of
`claim_links.py` ("which claims are cued inside this span", "which claim shares most
words with this content") at the cost of the claims near a denial, not of all claims.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

import pandas as pd

_STOP = set(
    """a an the and or but of for to in on at by with from into about as is are was were be been being has have had
do does did that this these those it its their his her they he she we i you which who whom what when where while after
before than then there here not no out up over s said says told reported also very some any all more most other such""".split()
)
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
MIN_OVERLAP = 4


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, without a possessive 's and with a crude plural folding."""
    out = []
    for w in _WORD.findall(text):
        w = re.sub(r"[’']s$", "", w.lower()).strip(".-")
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]  # crude plural folding: militias ~ militia
        out.append(w)
    return out


def significant(ws) -> set[str]:
    """The words that can tie a denial to a claim: not stop words, longer than two letters."""
    return {w for w in ws if w not in _STOP and len(w) > 2}


def overlap(a: str, b: str) -> int:
    """How much two contents share: common words (0 below two) plus twice the common word pairs."""
    wa, wb = words(a), words(b)
    ua, ub = significant(wa), significant(wb)
    common = len(ua & ub)
    if common < 2:
        return 0
    ba, bb = set(zip(wa, wa[1:])), set(zip(wb, wb[1:]))
    return common + 2 * len(ba & bb)


def actor_key(name) -> str:
    """An actor's name for comparison: lower case, without a leading article."""
    return re.sub(r"^(?:the|a|an)\s+", "", str(name or "").strip().lower())


def valid(v) -> bool:
    """Is `v` a value (not None, not NA)?"""
    return v is not None and not pd.isna(v)


class ClaimIndex:
    """The claims a denial may target, indexed so one denial costs the claims near it, not all.

    `claims` is in row order (sorted by start). Claims are grouped by the word list of
    their content: two claims with the same words score the same overlap with any denial,
    so a long article that repeats itself costs one score per distinct wording.
    """

    def __init__(self, claims: list[dict], text: str):
        self.claims = claims
        self.text = text
        self.keys = [actor_key(c["actor"]) for c in claims]
        self.starts = [c["start"] for c in claims]
        cued = sorted((c["cue_start"], i) for i, c in enumerate(claims) if valid(c["cue_start"]))
        self.cue_pos = [p for p, _ in cued]
        self.cue_idx = [i for _, i in cued]
        # The window searches below assume start <= cue_start (true for statements); else scan all.
        self.ordered = all(claims[i]["start"] <= p for p, i in cued) and all(
            self.starts[i] <= self.starts[i + 1] for i in range(len(claims) - 1)
        )
        self._groups = None

    def _build_groups(self) -> None:
        sig_to_group: dict[tuple, int] = {}
        self.group_ua: list[set[str]] = []
        self.group_bb: list[set[tuple[str, str]]] = []
        self.members: list[dict[str, tuple[list[int], list]]] = []
        self.inverted: dict[str, list[int]] = defaultdict(list)
        text = self.text
        for i, c in enumerate(self.claims):
            ws = tuple(words(text[c["content_start"] : c["content_end"]]))
            g = sig_to_group.get(ws)
            if g is None:
                g = sig_to_group[ws] = len(self.group_ua)
                ua = significant(ws)
                self.group_ua.append(ua)
                self.group_bb.append(set(zip(ws, ws[1:])))
                self.members.append({})
                for w in ua:
                    self.inverted[w].append(g)
            idx, starts = self.members[g].setdefault(self.keys[i], ([], []))
            idx.append(i)
            starts.append(self.starts[i])
        self._groups = True

    def inside(self, start, end, ok) -> list[int]:
        """Claims (indices, in order) whose cue starts in [start, end) and pass `ok`."""
        lo = bisect.bisect_left(self.cue_pos, start)
        hi = bisect.bisect_left(self.cue_pos, end)
        return sorted(i for i in self.cue_idx[lo:hi] if ok(i))

    def cued_between(self, lo, hi) -> list[int]:
        """Claims (indices, in order) whose cue starts in [lo, hi)."""
        a = bisect.bisect_left(self.cue_pos, lo)
        b = bisect.bisect_left(self.cue_pos, hi)
        return sorted(self.cue_idx[a:b])

    def best_overlap(self, content: str, dkey: str, dstart, ok) -> dict | None:
        """The claim `overlap` ranks first for `content` (score, then nearness, then order), or None."""
        if self._groups is None:
            self._build_groups()
        wa = words(content)
        ua = significant(wa)
        counts: dict[int, int] = defaultdict(int)
        for w in ua:
            for g in self.inverted.get(w, ()):
                counts[g] += 1
        ba = set(zip(wa, wa[1:]))
        levels: dict[int, list[int]] = defaultdict(list)
        for g, common in counts.items():
            if common < 2:  # as in `overlap`: fewer than two shared words score 0 (< MIN_OVERLAP)
                continue
            score = common + 2 * len(ba & self.group_bb[g])
            if score >= MIN_OVERLAP:
                levels[score].append(g)
        for score in sorted(levels, reverse=True):
            best = None  # (distance, index)
            for g in levels[score]:
                for key, (idx, starts) in self.members[g].items():
                    if key == dkey:
                        continue
                    cand = _nearest(idx, starts, dstart, ok)
                    if cand is not None and (best is None or cand < best):
                        best = cand
            if best is not None:
                return self.claims[best[1]]
        return None


def _nearest(idx: list[int], starts: list, pos, ok) -> tuple | None:
    """(distance, index) of the claim nearest `pos` passing `ok`; on a tie the earlier one."""
    p = bisect.bisect_left(starts, pos)
    best = None
    for j in range(p, len(idx)):  # right: distance and index only grow
        if ok(idx[j]):
            best = (starts[j] - pos, idx[j])
            break
    for j in range(p - 1, -1, -1):  # left: distance grows, index shrinks
        dist = pos - starts[j]
        if best is not None and dist > best[0]:
            break
        if ok(idx[j]) and (best is None or (dist, idx[j]) < best):
            best = (dist, idx[j])
    return best

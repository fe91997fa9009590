"""Claims and denials: which statements assert, which deny, and what each denial denies.

`find_claims(article)` turns every reported statement (from `trace_attributions`) into a
row with `stance` ``claim`` or ``denial`` and the `actor` who makes it, adds withheld
denials ("did not deny"), and links each denial to the claim it denies (`target`).

A statement is a **denial** when its cue is a denial verb (``lexicons/denials.csv``,
category ``verb``: denied, rejected, repudiated, dismissed, refuted, rebutted), a reporting
phrase of category ``denial`` in ``reporting_verbs.csv`` ("pleaded not guilty",
"maintained his innocence"), or when its content carries a verdict ("the reports were
found ‘untrue’", "baseless", "fake news", "a pack of lies", "without merit", "no airstrike
took place"); the verdict belongs to the innermost statement whose content holds it and
becomes its cue, except after a judging verb ("branded the story “a pack of lies”",
"described the claims as absurd"), which keeps its verb. Real news adds judging words
("misleading", "cherry-picked"), negated inferences ("does not mean"), denials of knowledge
("was unaware", "did not recall") and the writer's own labels ("a false claim", "contrary to
his claims"), all verdict rows. Rule ``rebuttal``: a rebuttal verb with a claim as its object
("rejected the senator's claim", "pushed back against", "disagrees with") is a denial by the
noun phrase before it even where no reported statement follows (lexicon category ``rebuttal``). A "declined to comment" row
(category ``withheld``) is neither a claim nor a denial and gets no row. A plain negation ("did not strike") is a denial only when it can be
linked to a claim it negates.

Withheld denials ("did not deny", "refused to deny", "would neither confirm nor deny")
are NOT denials: they get ``stance="claim"`` and ``negated=True``, so counting
``stance == "denial"`` never counts them. "denied entry/access" is not a speech act and
is blocked by a pseudo entry. "no plans to pull out" is a claim with negative content.

Linking (`target`), first rule that finds a claim by someone else:

1. ``target:object`` — a claim inside the denial's own content ("repudiated reports
   claiming ...").
2. ``target:anaphora`` — the content refers back ("the reports", "the claim",
   "something", "it", "which") to the nearest preceding claim whose cue reports,
   claims or accuses (lexicon categories hearsay, judging), within five sentences.
3. ``target:overlap`` — the claim sharing most words and word pairs with the denial's
   content, anywhere in the article, above a threshold.
4. ``target:headline-lead`` — a headline denial still without a target takes the target of
   the first body denial that has one (a headline summarises the lead), if the two share a
   content word.

Extra column, appended: ``attribution`` (the `trace_attributions` id the row comes from).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import defaultdict
from functools import lru_cache

import pandas as pd

from ..lexicon import cue_regex, load_lexicon, read_lexicon
from ..sentence_index import SentenceIndex
from ._spans import np_before, strip_span
from .attributions import trace_attributions
from .reading import reading

COLUMNS = [
    "id",
    "sentence",
    "start",
    "end",
    "text",
    "stance",
    "actor",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "target",
    "negated",
    "rule",
]
EXTRA_COLUMNS = ["attribution"]
CATEGORIES = frozenset({"verb", "verdict", "weak", "negated", "pseudo", "rebuttal"})

_ANAPHOR = re.compile(
    r"(?<![\w-])(?:(?:the|these|those|such|this|that|its|their)\s+(?:(?:earlier|recent|media|news|initial|latest)\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story|charges?|assertions?)"
    r"|something|it|this|which)(?![\w-])",
    re.IGNORECASE,
)
_LINKABLE = {"hearsay", "judging"}
_STOP = set(
    """a an the and or but of for to in on at by with from into about as is are was were be been being has have had
do does did that this these those it its their his her they he she we i you which who whom what when where while after
before than then there here not no out up over s said says told reported also very some any all more most other such""".split()
)
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
MIN_OVERLAP = 4


def _lexicon(lexicon) -> pd.DataFrame:
    if lexicon is None:
        return load_lexicon("denials", categories=CATEGORIES)
    return read_lexicon(lexicon, categories=CATEGORIES)


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        w = re.sub(r"[’']s$", "", w.lower()).strip(".-")
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]  # crude plural folding: militias ~ militia
        out.append(w)
    return out


def _overlap(a: str, b: str) -> int:
    wa, wb = _words(a), _words(b)
    ua = {w for w in wa if w not in _STOP and len(w) > 2}
    ub = {w for w in wb if w not in _STOP and len(w) > 2}
    common = len(ua & ub)
    if common < 2:
        return 0
    ba, bb = set(zip(wa, wa[1:])), set(zip(wb, wb[1:]))
    return common + 2 * len(ba & bb)


def _key(name) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", str(name or "").strip().lower())


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
        self.heap: list[tuple[int, int]] = []
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


def find_claims(article, *, attributions: pd.DataFrame | None = None, lexicon=None) -> pd.DataFrame:
    """One row per claim or denial, sorted by `start`.

    Args:
        article: an `Article`.
        attributions: the frame from `trace_attributions(article)`, if already computed.
        lexicon: optional denial lexicon replacing ``lexicons/denials.csv``.

    Returns:
        A DataFrame with the columns of docs/architecture.md (+ ``attribution``).
    """
    text = article.text
    if attributions is None:
        attributions = trace_attributions(article)
    if not text or not len(article.sentences):
        return _frame([], text, None)
    index = reading(article).sentences  # the article's one sentence index
    lex = _lexicon(lexicon)
    rx = cue_regex(lex)
    # Row lookups as plain dicts: a pandas .loc per cue costs more than the match.
    category_of = dict(zip(lex.index, lex["category"]))
    line_of = dict(zip(lex.index, lex["line"]))
    cues = []
    for m in reading(article).word_starts.finditer(rx):  # tried only where a cue's first word starts
        n = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        cues.append((m.start(), m.end(), category_of[n], int(line_of[n])))
    verbs = {(c[0], c[1]) for c in cues if c[2] == "verb"}
    # A rebuttal match ("rejected the senator's claim") swallows the verb alone; an
    # attribution whose cue starts inside it is a denial by its verb all the same.
    rebut_starts = [c[0] for c in cues if c[2] == "rebuttal"]
    rebut_ends = [c[1] for c in cues if c[2] == "rebuttal"]
    rebut_used: set[int] = set()

    # Only the columns read below: a record of all 25 would cost 6x the text on a long article.
    atts = attributions[[c for c in _ATT_COLUMNS if c in attributions.columns]].to_dict("records")
    rows: list[dict] = []
    by_att: dict[int, dict] = {}
    for a in atts:
        if a.get("cue_category") == "withheld":
            continue  # "declined to comment": a statement withheld is neither a claim nor a denial
        actor = a.get("source_resolved") or a["source"]
        row = {
            "start": a["start"],
            "end": a["end"],
            "stance": "claim",
            "actor": actor,
            "cue": a["cue"],
            "cue_start": a["cue_start"],
            "cue_end": a["cue_end"],
            "content_start": a["content_start"],
            "content_end": a["content_end"],
            "target": None,
            "negated": False,
            "rule": _prefixed("attribution:", a["rule"]),
            "attribution": int(a["id"]),
            "cue_category": a.get("cue_category"),
        }
        cs = a["cue_start"]
        j = bisect.bisect_right(rebut_starts, cs) - 1 if not pd.isna(cs) else -1
        in_rebuttal = j >= 0 and cs < rebut_ends[j]
        if in_rebuttal:
            rebut_used.add(rebut_starts[j])
        if not pd.isna(cs) and ((cs, a["cue_end"]) in verbs or a.get("cue_category") == "denial" or in_rebuttal):
            # a denial verb of denials.csv, or a reporting phrase that is a denial in itself
            # ("pleaded not guilty", "maintained his innocence": category denial in reporting_verbs.csv)
            row["stance"] = "denial"
            row["rule"] = f"denial-verb:{a['rule']}"
        rows.append(row)
        by_att[int(a["id"])] = row

    innermost = _Innermost(atts)

    for s, e, cat, line in cues:
        if cat not in ("verdict", "weak", "negated", "rebuttal"):
            continue
        k = index.index_at(s)
        if k is None or index.roles[k] == "boilerplate":
            continue
        if cat == "rebuttal":
            if s not in rebut_used:
                rows.append(_rebuttal_row(text, index, k, s, e, line))
            continue
        owner = innermost(s)
        if owner is not None and int(owner["id"]) not in by_att:
            owner = None  # a withheld statement holds no verdict
        if cat == "negated":
            if owner is not None and owner["cue_start"] is not pd.NA and owner["cue_start"] == s:
                continue
            np_ = np_before(text, index.starts[k], s)
            c0, c1 = strip_span(text, e, index.ends[k])
            rows.append(_cue_row(text, np_, s, e, (c0, c1), "claim", f"negated-denial:lexicon:denials.csv:{line}"))
            continue
        if owner is None:
            if cat == "verdict":  # the article's own voice declares something untrue
                c0, c1 = strip_span(text, index.starts[k], index.ends[k])
                rows.append(
                    {
                        "start": c0,
                        "end": c1,
                        "stance": "denial",
                        "actor": "the article",
                        "cue": text[s:e],
                        "cue_start": s,
                        "cue_end": e,
                        "content_start": c0,
                        "content_end": c1,
                        "target": None,
                        "negated": False,
                        "rule": f"verdict-unattributed:lexicon:denials.csv:{line}",
                        "attribution": None,
                        "cue_category": None,
                    }
                )
            continue
        row = by_att[int(owner["id"])]
        if row["stance"] == "denial" or row.get("weak"):
            continue
        if cat == "verdict" and row.get("cue_category") == "judging" and _valid(row["cue_start"]):
            # A labelling verb ("branded the story “a pack of lies”", "described the claims as
            # absurd"): the verb does the denying, the verdict is its complement; keep the verb.
            row.update(stance="denial", rule=f"verdict:lexicon:denials.csv:{line}")
        elif cat == "verdict":
            row.update(
                stance="denial", cue=text[s:e], cue_start=s, cue_end=e, rule=f"verdict:lexicon:denials.csv:{line}"
            )
        else:
            row["weak"] = (s, e, line)

    rows.sort(key=lambda r: (r["start"], -r["end"]))
    for i, r in enumerate(rows):
        r["id"] = i
    _link(rows, text, index, attributions)
    # A weak negation that found no claim to negate stays a claim.
    for r in rows:
        w = r.pop("weak", None)
        if w and r["stance"] == "claim" and r.get("_weak_target") is not None:
            r.update(
                stance="denial",
                cue=text[w[0] : w[1]],
                cue_start=w[0],
                cue_end=w[1],
                target=r["_weak_target"],
                rule=f"weak-negation:lexicon:denials.csv:{w[2]}",
            )
        r.pop("_weak_target", None)
    _headline_targets(rows, text, index)
    del atts, by_att, innermost  # the records are no longer needed: free them before the frame is built
    return _frame(rows, text, index, _known_spans(attributions))


def _rebuttal_row(text: str, index: SentenceIndex, k: int, s: int, e: int, line: int) -> dict:
    """Rule ``rebuttal``: a rebuttal verb with its object ("rejected the senator's claim",
    "pushed back against the attack") is a denial by the noun phrase before it, even where
    no reported statement follows; its content is the rest of the sentence."""
    np_ = np_before(text, index.starts[k], s)
    if np_ and not re.search(r"[A-Za-z]{2}", text[np_[0] : np_[1]]):
        np_ = None  # an infinitive or a participle after a comma ("..., to push back against"): no subject here
    c0, c1 = strip_span(text, s, index.ends[k])
    return _cue_row(text, np_, s, e, (c0, c1), "denial", f"rebuttal:lexicon:denials.csv:{line}")


def _cue_row(
    text: str, np_: tuple[int, int] | None, s: int, e: int, content: tuple[int, int], stance: str, rule: str
) -> dict:
    """A row made from a denial-lexicon cue alone (no reported statement): a negated denial ("did not deny",
    a claim) or a rebuttal (a denial); the actor is the noun phrase before the cue, if any."""
    c0, c1 = content
    return {
        "start": np_[0] if np_ else s,
        "end": max(e, c1),
        "stance": stance,
        "actor": text[np_[0] : np_[1]] if np_ else None,
        "cue": text[s:e],
        "cue_start": s,
        "cue_end": e,
        "content_start": c0 if c1 > c0 else None,
        "content_end": c1 if c1 > c0 else None,
        "target": None,
        "negated": stance == "claim",
        "rule": rule,
        "attribution": None,
        "cue_category": None,
    }


def _headline_targets(rows: list[dict], text: str, index: SentenceIndex) -> None:
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
        if r["stance"] == "denial" and r["target"] is None and role(r) == "headline" and _valid(r["content_start"])
    ]
    if not heads:
        return
    lead = next((r for r in rows if r["stance"] == "denial" and r["target"] is not None and role(r) == "body"), None)
    if lead is None:
        return
    claim = rows[int(lead["target"])]
    claim_words = {
        w
        for w in _words(text[int(claim["content_start"]) : int(claim["content_end"])])
        if w not in _STOP and len(w) > 2
    }
    for h in heads:
        words = {
            w for w in _words(text[int(h["content_start"]) : int(h["content_end"])]) if w not in _STOP and len(w) > 2
        }
        if words & claim_words and _key(h["actor"]) != _key(claim["actor"]):
            h["target"] = claim["id"]
            h["rule"] += ";target:headline-lead"


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


def _valid(v) -> bool:
    return v is not None and not pd.isna(v)


class _ClaimIndex:
    """The claims a denial may target, indexed so one denial costs the claims near it, not all.

    `claims` is in row order (sorted by start). Claims are grouped by the word list of
    their content: two claims with the same words score the same overlap with any denial,
    so a long article that repeats itself costs one score per distinct wording.
    """

    def __init__(self, claims: list[dict], text: str):
        self.claims = claims
        self.text = text
        self.keys = [_key(c["actor"]) for c in claims]
        self.starts = [c["start"] for c in claims]
        cued = sorted((c["cue_start"], i) for i, c in enumerate(claims) if _valid(c["cue_start"]))
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
            ws = tuple(_words(text[c["content_start"] : c["content_end"]]))
            g = sig_to_group.get(ws)
            if g is None:
                g = sig_to_group[ws] = len(self.group_ua)
                ua = {w for w in ws if w not in _STOP and len(w) > 2}
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
        """The claim `_overlap` ranks first for `content` (score, then nearness, then order), or None."""
        if self._groups is None:
            self._build_groups()
        wa = _words(content)
        ua = {w for w in wa if w not in _STOP and len(w) > 2}
        counts: dict[int, int] = defaultdict(int)
        for w in ua:
            for g in self.inverted.get(w, ()):
                counts[g] += 1
        ba = set(zip(wa, wa[1:]))
        levels: dict[int, list[int]] = defaultdict(list)
        for g, common in counts.items():
            if common < 2:  # as in `_overlap`: fewer than two shared words score 0 (< MIN_OVERLAP)
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


def _link(rows: list[dict], text: str, index: SentenceIndex, attributions: pd.DataFrame) -> None:
    claims = [
        r
        for r in rows
        if r["stance"] == "claim"
        and not r["negated"]
        and r["content_start"] is not None
        and not pd.isna(r["content_start"])
    ]
    cix = _ClaimIndex(claims, text)
    parents = None
    for d in rows:
        weak = d.get("weak") is not None and d["stance"] == "claim"
        if (d["stance"] != "denial" and not weak) or d["content_start"] is None or pd.isna(d["content_start"]):
            continue
        if parents is None:
            parents = _parents(attributions)
        ancestors = _ancestors(parents, d["attribution"])
        dkey = _key(d["actor"])

        # Defaults bind this denial's values: the helpers are only called within this iteration.
        def near(i: int, d: dict = d, ancestors: set = ancestors) -> bool:  # every test of `others` but the actor's
            c = claims[i]
            return c is not d and (c["attribution"] is None or c["attribution"] not in ancestors)

        def ok(i: int, dkey: str | None = dkey) -> bool:
            return cix.keys[i] != dkey and near(i)

        target, rule = None, None
        if not weak:
            inside = [claims[i] for i in cix.inside(d["content_start"], d["content_end"], ok)]
            if inside:
                target, rule = min(inside, key=lambda c: c["start"]), "object"
            if target is None and _refers_back(text, d):
                k = index.index_at(d["start"])
                lo = index.starts[max(0, k - 5)] if k is not None else 0
                bound = d["cue_start"] if d["cue_start"] is not None else d["start"]
                if cix.ordered and _valid(bound):
                    pool = [claims[i] for i in cix.cued_between(lo, bound) if ok(i)]
                else:
                    pool = [c for i, c in enumerate(claims) if ok(i)]
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
                if before:
                    target, rule = max(before, key=lambda c: c["cue_start"]), "anaphora"
        if target is None:
            content = text[d["content_start"] : d["content_end"]]
            if cix.ordered:
                target = cix.best_overlap(content, dkey, d["start"], near)
            else:
                scored = [
                    (_overlap(content, text[c["content_start"] : c["content_end"]]), -abs(c["start"] - d["start"]), c)
                    for i, c in enumerate(claims)
                    if ok(i)
                ]
                scored = [s for s in scored if s[0] >= MIN_OVERLAP]
                target = max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None
            if target is not None:
                rule = "overlap"
        if target is None:
            continue
        if weak and not (_near_before(index, target, d) and _same_predicate(text, d["weak"], target)):
            continue
        if weak:
            d["_weak_target"] = target["id"]
        else:
            d["target"] = target["id"]
            d["rule"] += f";target:{rule}"


WEAK_WINDOW = 5  # sentences: how far back the claim a plain negation answers may be


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


@lru_cache(maxsize=1024)
def _prefixed(prefix: str, rule: object) -> str:
    """``prefix + rule``, one string per rule shared by the rows that cite it."""
    return f"{prefix}{rule}"


#: The attribution columns `find_claims` reads.
_ATT_COLUMNS = (
    "id", "start", "end", "source", "source_resolved", "cue", "cue_start", "cue_end",
    "content_start", "content_end", "rule", "cue_category",
)  # fmt: skip


def _known_spans(attributions: pd.DataFrame) -> dict[tuple[int, int], str]:
    """The attribution frame's text, content and cue strings by span, for claims to share (not copy)."""
    known: dict[tuple[int, int], str] = {}
    for s_col, e_col, col in (("start", "end", "text"), ("content_start", "content_end", "content")):
        if {s_col, e_col, col} <= set(attributions.columns):
            for s, e, t in zip(attributions[s_col], attributions[e_col], attributions[col]):
                if isinstance(t, str) and not pd.isna(s) and not pd.isna(e):
                    known[(int(s), int(e))] = t
    return known


def _frame(
    rows: list[dict], text: str, index: SentenceIndex | None, known: dict[tuple[int, int], str] | None = None
) -> pd.DataFrame:
    known = known or {}

    def piece(s: int, e: int) -> str:
        # A claim's span is mostly its attribution's: share that string instead of a copy per frame.
        got, sliced = known.get((s, e)), text[s:e]
        return got if got == sliced else sliced

    # Column lists, not a list of row dicts: one dict per row would cost 6x the text at the peak.
    columns: dict[str, list] = {c: [] for c in COLUMNS + EXTRA_COLUMNS}
    for r in rows:

        def sub(s, e):
            return None if s is None or pd.isna(s) else piece(int(s), int(e))

        record = {
            "id": r["id"],
            "sentence": index.id_at(int(r["start"])) if index else None,
            "start": int(r["start"]),
            "end": int(r["end"]),
            "text": piece(int(r["start"]), int(r["end"])),
            "stance": r["stance"],
            "actor": r["actor"],
            "cue": sub(r["cue_start"], r["cue_end"]),
            "cue_start": r["cue_start"],
            "cue_end": r["cue_end"],
            "content": sub(r["content_start"], r["content_end"]),
            "content_start": r["content_start"],
            "content_end": r["content_end"],
            "target": r["target"],
            "negated": bool(r["negated"]),
            "rule": r["rule"],
            "attribution": r["attribution"],
        }
        for name, value in record.items():
            columns[name].append(value)
    # (Empty lists would make float columns: from_records keeps the empty frame's object dtypes.)
    frame = pd.DataFrame(columns) if rows else pd.DataFrame.from_records([], columns=COLUMNS + EXTRA_COLUMNS)
    for col in ["sentence", "cue_start", "cue_end", "content_start", "content_end", "target", "attribution"]:
        frame[col] = pd.array([None if v is None or pd.isna(v) else int(v) for v in frame[col]], dtype="Int64")
    for col in ["id", "start", "end"]:
        frame[col] = frame[col].astype("int64")
    frame["negated"] = frame["negated"].astype(bool)
    return frame

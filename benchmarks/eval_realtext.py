"""Hedges, denials and figures on real news: the blind-annotated PolNeAR train dev set (42 articles).

Usage: `.venv/bin/python benchmarks/eval_realtext.py [POLNEAR_TRAIN_JSONL] [--misses]`.

The gold standoff is `benchmarks/realtext/annotations.jsonl` (doc id, text hash, offsets, labels;
how it was made: `benchmarks/realtext/README.md`). The article text is not in the project: give the
PolNeAR train split as JSON lines (one object per article with "doc" and "text") as the argument or
in the environment variable MEDIALIT_POLNEAR. Each article's SHA-256 must match the annotation's.

Each article goes through `Article.from_text(text)`, then:
  hedges   `find_hedges` rows of kind "hedge" against the gold hedge cues;
  denials  `find_claims` rows with stance "denial" (their cue span, else the row span) against the
           gold denial cues; among matched pairs, the actor agrees when one actor string contains
           the other (case-insensitive), over gold denials with an actor;
  figures  `find_figures` rows against the gold figures.
A prediction counts when it overlaps a gold span; one-to-one greedy matching per article (largest
overlap first), precision, recall and F1 over all articles, as in the attribution scorer. A regex
baseline for each layer is scored in the same run. Uncertain sentences: a sentence (of
`Article.sentences`) is uncertain when a gold hedge starts in it, and predicted uncertain when a
`find_hedges` row of kind "hedge" does (the regex baseline likewise); P/R/F1 over sentences. Headline
stance: `headline_stance` against the gold stance (accuracy), the majority answer given for scale.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "realtext" / "annotations.jsonl"
ENV = "MEDIALIT_POLNEAR"

# Baselines: the kind of ten-word regular expression a student would write first.
HEDGE_RE = re.compile(r"\b(?:may|might|could|would|likely|perhaps|probably|reportedly|allegedly|appears?)\b", re.I)
DENIAL_RE = re.compile(
    r"\b(?:denie[sd]|deny|rejected|dismissed|false|not true|no evidence|hoax|debunk\w*|"
    r"misleading)\b",
    re.I,
)
FIGURE_RE = re.compile(r"\$?\d[\d,.]*(?:\s*(?:percent|%|million|billion))?", re.I)


class DataError(Exception):
    """The PolNeAR file is missing or is not the copy that was annotated."""


def load_texts(path: str | None) -> dict[str, str]:
    """{doc: text} for the annotated docs, from the JSON-lines file at `path` (or $MEDIALIT_POLNEAR)."""
    path = path or os.environ.get(ENV)
    if not path:
        raise DataError(
            f"no PolNeAR file: give the train split as JSON lines as the argument or in {ENV} "
            "(see benchmarks/realtext/README.md; the corpus text is not part of the project)"
        )
    if not Path(path).is_file():
        raise DataError(f"{path}: no such file (the PolNeAR train split as JSON lines)")
    wanted = {g["doc"]: g["sha256_text"] for g in gold_articles()}
    texts = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if isinstance(row, dict) and row.get("doc") in wanted:
                texts[row["doc"]] = row["text"]
    missing = sorted(set(wanted) - set(texts))
    if missing:
        raise DataError(
            f"{path}: {len(missing)} annotated article(s) not found, e.g. {missing[0]} (is it PolNeAR's train split?)"
        )
    bad = [d for d, t in texts.items() if hashlib.sha256(t.encode("utf-8")).hexdigest() != wanted[d]]
    if bad:
        raise DataError(
            f"{path}: {len(bad)} article(s) differ from the annotated copy, e.g. {bad[0]} "
            "(convert PolNeAR commit c3eee83 with the project's conversion)"
        )
    return texts


def gold_articles() -> list[dict]:
    with open(GOLD, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs that overlap, largest overlap first."""
    pairs = sorted(
        ((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if overlap(g, p) > 0),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j), out.append((i, j))
    return out


class Tally:
    """True positives, predictions and gold over all articles."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self, name: str) -> tuple:
        p, r, f = self.prf()
        return (name, f"{p:.2f}", f"{r:.2f}", f"{f:.2f}", f"{self.tp}/{self.pred} predicted, {self.gold} gold")


def _spans(frame, start="start", end="end") -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in zip(frame[start], frame[end])]


def _regex(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def _snippet(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]].replace("\n", " ")


def evaluate(texts: dict[str, str]) -> dict:
    """All tallies, per-category hedge recall, actor agreement and the misses (for --misses)."""
    import pandas as pd

    from medialit import Article, find_claims, find_figures, find_hedges, headline_stance, trace_attributions

    tallies = {
        k: Tally()
        for k in (
            "hedges",
            "denials",
            "figures",
            "hedges-regex",
            "denials-regex",
            "figures-regex",
            "uncertain sentences",
            "uncertain sentences-regex",
        )
    }
    cat_gold, cat_found = Counter(), Counter()
    actor_ok = actor_n = 0
    misses: dict[str, list[str]] = {"hedges": [], "denials": [], "figures": []}
    extras: dict[str, list[str]] = {"hedges": [], "denials": [], "figures": []}
    stances = Counter()
    stance_ok = 0
    stance_misses: list[str] = []
    for g in gold_articles():
        text = texts[g["doc"]]
        article = Article.from_text(text)
        atts = trace_attributions(article)
        hedges = find_hedges(article)
        hedges = hedges[hedges["kind"] == "hedge"]
        claims = find_claims(article, attributions=atts)
        denials = claims[claims["stance"] == "denial"]
        figures = find_figures(article, attributions=atts, claims=claims)

        d_spans = [
            (int(r.cue_start), int(r.cue_end)) if not pd.isna(r.cue_start) else (int(r.start), int(r.end))
            for r in denials.itertuples()
        ]
        layers = {
            "hedges": ([tuple(h[:2]) for h in g["hedges"]], _spans(hedges), _regex(HEDGE_RE, text)),
            "denials": ([tuple(d[:2]) for d in g["denials"]], d_spans, _regex(DENIAL_RE, text)),
            "figures": ([tuple(f[:2]) for f in g["figures"]], _spans(figures), _regex(FIGURE_RE, text)),
        }
        for layer, (gold, pred, base) in layers.items():
            matched = greedy(gold, pred)
            tallies[layer].add(len(matched), len(pred), len(gold))
            tallies[layer + "-regex"].add(len(greedy(gold, base)), len(base), len(gold))
            hit_g, hit_p = {i for i, _ in matched}, {j for _, j in matched}
            misses[layer] += [f"{g['doc']}: {_snippet(text, s)!r}" for i, s in enumerate(gold) if i not in hit_g]
            extras[layer] += [f"{g['doc']}: {_snippet(text, s)!r}" for j, s in enumerate(pred) if j not in hit_p]
            if layer == "hedges":
                found = {i for i, _ in matched}
                for i, h in enumerate(g["hedges"]):
                    cat_gold[h[2]] += 1
                    cat_found[h[2]] += i in found
            if layer == "denials":
                actors = list(denials["actor"])
                for i, j in matched:
                    a_s, a_e = g["denials"][i][2:]
                    if a_s is None:
                        continue
                    actor_n += 1
                    want, got = text[a_s:a_e].lower(), str(actors[j] or "").lower()
                    actor_ok += bool(got) and (want in got or got in want)
        stances[g["headline_stance"]] += 1
        got = headline_stance(article)["stance"].iloc[0]
        stance_ok += got == g["headline_stance"]
        if got != g["headline_stance"]:
            stance_misses.append(f"{g['doc']}: gold {g['headline_stance']}, got {got}")
        bounds = list(zip(article.sentences["start"], article.sentences["end"]))
        gold_s = _sentences_hit(bounds, [h[0] for h in g["hedges"]])
        for name, starts in (
            ("uncertain sentences", list(hedges["start"])),
            ("uncertain sentences-regex", [m.start() for m in HEDGE_RE.finditer(text)]),
        ):
            pred_s = _sentences_hit(bounds, starts)
            tallies[name].add(len(gold_s & pred_s), len(pred_s), len(gold_s))
    return {
        "tallies": tallies,
        "cat_gold": cat_gold,
        "cat_found": cat_found,
        "actor": (actor_ok, actor_n),
        "misses": misses,
        "extras": extras,
        "stances": stances,
        "stance_ok": stance_ok,
        "stance_misses": stance_misses,
    }


def _sentences_hit(bounds: list[tuple[int, int]], starts: list[int]) -> set[int]:
    """Indexes of the sentences in which at least one of `starts` lies."""
    return {i for i, (s, e) in enumerate(bounds) if any(s <= int(x) < e for x in starts)}


def report(result: dict) -> list[tuple]:
    """Rows (measure, P, R, F1, detail)."""
    t = result["tallies"]
    rows = []
    for layer in ("hedges", "uncertain sentences", "denials", "figures"):
        rows.append(t[layer].row(f"{layer}: medialit"))
        rows.append(t[layer + "-regex"].row(f"{layer}: regex baseline"))
    ok, n = result["actor"]
    rows.append(("denials: actor agrees (matched, gold actor)", "", "", f"{ok / n:.2f}" if n else "n/a", f"{ok}/{n}"))
    st = result["stances"]
    total = sum(st.values())
    top, top_n = st.most_common(1)[0]
    rows.append(
        (
            "headline stance: medialit",
            "",
            "",
            f"{result['stance_ok'] / total:.2f}",
            f"{result['stance_ok']}/{total} right",
        )
    )
    rows.append(
        (
            "headline stance: majority answer",
            "",
            "",
            f"{top_n / total:.2f}",
            f"always '{top}': {top_n}/{total} ({dict(st)})",
        )
    )
    return rows


def run() -> list[tuple]:
    """For benchmarks/run.py: (measure, value, goal, detail); skipped without the corpus."""
    try:
        texts = load_texts(None)
    except DataError as exc:
        return [("real-text dev set (PolNeAR train, blind)", "n/a", "F1 >= 0.80", f"skipped: {exc}")]
    goals = {
        "hedges: medialit": "F1 >= 0.80",
        "denials: medialit": "F1 >= 0.80",
        "figures: medialit": "F1 >= 0.80",
        "headline stance: medialit": "accuracy >= 0.73",
        "uncertain sentences: medialit": "F1 >= 0.70",
    }
    return [
        (f"realtext {name}", f, goals.get(name, "-"), f"P {p} R {r}; {detail}" if p else detail)
        for name, p, r, f, detail in report(evaluate(texts))
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", nargs="?", help=f"PolNeAR train split as JSON lines (default: ${ENV})")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list every missed gold span and unmatched prediction (prints corpus text: do not commit)",
    )
    args = parser.parse_args(argv)
    try:
        texts = load_texts(args.polnear)
    except DataError as exc:
        print(f"eval_realtext: {exc}", file=sys.stderr)
        return 2
    result = evaluate(texts)
    print("| measure | P | R | F1 | detail |\n|---|---|---|---|---|")
    for row in report(result):
        print("| " + " | ".join(row) + " |")
    print("\nhedge recall by gold category:")
    for cat, n in result["cat_gold"].most_common():
        print(f"  {cat:13} {result['cat_found'][cat]:3}/{n:3} = {result['cat_found'][cat] / n:.2f}")
    if args.misses:
        for layer in ("hedges", "denials", "figures"):
            print(f"\n## {layer}: missed gold ({len(result['misses'][layer])})")
            print("\n".join(result["misses"][layer]))
            print(f"\n## {layer}: unmatched predictions ({len(result['extras'][layer])})")
            print("\n".join(result["extras"][layer]))
        print(f"\n## headline stance: wrong ({len(result['stance_misses'])})")
        print("\n".join(result["stance_misses"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

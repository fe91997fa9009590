"""Attribution tracing on real political news: PolNeAR's train split, scored like the held-out check.

Usage: `.venv/bin/python benchmarks/bench_polnear.py [FILE.jsonl] [--half A|B|all] [--misses N]`.

FILE.jsonl (or the environment variable MEDIALIT_POLNEAR) holds one article a line,
``{"doc", "text", "attributions": [{"source": [s, e] | null, "cue", "content", "kind",
"fragments"?}], "ignore"?}``: PolNeAR's train split converted to JSON lines. The corpus has no
licence to redistribute: it is read from a local copy, never committed, and only the train split
is ever used (dev and test are held out). Without the file the benchmark says so and is skipped.

Measures (the same as the held-out check): for each article, `trace_attributions` rows are
matched one-to-one (greedy, best overlap first) to the gold attributions; a predicted source
(content) counts when it overlaps the gold source (content, any of its fragments); precision,
recall and F1 over all articles. Gold attributions without a source are left out of the source
measure, and so are rows without one. Recall is also given by kind (direct, mixed, indirect,
from the quote marks of the gold content); "direct-quote source recall" is the source recall on
direct quotations. Rows nested inside another row's content count too (PolNeAR annotates none).
Rows inside a gold "ignore" span (unannotated boilerplate) are dropped first.

`--half A` / `--half B` keep the articles whose document id hashes (SHA-1) to an even / odd number:
tune on one half, check on the other. A plain-regex baseline (a quotation or a said-clause with
the nearest capitalised name) is scored in the same run, as every benchmark here is a ratio to a
baseline measured alongside it.
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

ENV = "MEDIALIT_POLNEAR"
KINDS = ("direct", "mixed", "indirect")


# ---------------------------------------------------------------- data
def load_docs(path: Path, half: str = "all") -> list[dict]:
    """The articles of `path`, or of one half of it (by SHA-1 of the document id)."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            parity = int(hashlib.sha1(doc["doc"].encode("utf-8")).hexdigest(), 16) % 2
            if half == "all" or (half == "A" and parity == 0) or (half == "B" and parity == 1):
                docs.append(doc)
    return docs


def data_path(arg: str | None) -> Path | None:
    value = arg or os.environ.get(ENV)
    return Path(value) if value else None


# ---------------------------------------------------------------- predictions
def _locate(text: str, needle: str, before: int) -> tuple[int, int] | None:
    """The occurrence of `needle` nearest before `before` (else after it) within 600 characters."""
    if not needle:
        return None
    lo, hi = max(0, before - 600), min(len(text), before + 600)
    hits = [m.start() for m in re.finditer(re.escape(needle), text[lo:hi])]
    if not hits:
        return None
    best = min(hits, key=lambda h: (lo + h > before, abs(lo + h - before)))
    return lo + best, lo + best + len(needle)


def medialit_spans(doc: dict) -> list[dict]:
    """`trace_attributions` rows as {"source": span | None, "content": span | None}."""
    import pandas as pd

    from medialit import Article
    from medialit.analysis import trace_attributions

    text = doc["text"]
    article = Article.from_text(text)
    if article.text != text:  # the scorer needs offsets into the gold text
        raise SystemExit("Article.from_text changed the text; offsets would not line up")
    frame = trace_attributions(article)
    rows = []
    for r in frame.itertuples(index=False):

        def span(a, b):
            return None if pd.isna(a) or pd.isna(b) else (int(a), int(b))

        content = span(r.content_start, r.content_end) or (int(r.start), int(r.end))
        source = span(r.source_start, r.source_end)
        if source is None and isinstance(r.source, str) and r.source.strip():
            source = _locate(text, r.source, content[0])  # an implicit source (a continued quotation)
        rows.append({"source": source, "content": content, "start": int(r.start), "end": int(r.end)})
    return rows


_VERB = r"(?:said|says|told|added|according to|wrote|stated|claimed|argued|asked)"
_NAME = r"(?:[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}|he|she|they|it|we|I)"


def baseline_spans(doc: dict) -> list[dict]:
    """Regex baseline: '“...,” NAME said' / '“...,” said NAME' / 'NAME said (that) ...'."""
    text = doc["text"]
    rows, taken = [], []
    for m in re.finditer(rf"([“\"][^“”\"]{{12,}}[”\"])\s*,?\s*(?:({_NAME})\s+{_VERB}|{_VERB}\s+({_NAME}))", text):
        name = 2 if m.group(2) else 3
        rows.append({"source": m.span(name), "content": m.span(1), "start": m.start(), "end": m.end()})
        taken.append(m.span())
    for m in re.finditer(rf"\b({_NAME})\s+{_VERB}\s+(?:that\s+)?([^.!?\n]{{5,}})", text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        rows.append({"source": m.span(1), "content": m.span(2), "start": m.start(), "end": m.end()})
    return rows


# ---------------------------------------------------------------- scoring
def _overlap(a, b) -> int:
    return 0 if a is None or b is None else max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _frags(g: dict, role: str) -> list[tuple[int, int]]:
    f = (g.get("fragments") or {}).get(role)
    return [tuple(x) for x in f] if f else ([tuple(g[role])] if g.get(role) else [])


def _greedy(pairs):
    used_g, used_p, out = set(), set(), []
    for _, gi, pj in sorted(pairs, key=lambda x: x[0], reverse=True):
        if gi not in used_g and pj not in used_p:
            used_g.add(gi)
            used_p.add(pj)
            out.append((gi, pj))
    return out


def score_doc(doc: dict, rows: list[dict], acc: dict[str, Counter]) -> list[int]:
    """Add one article's counts to `acc`; return the indices of gold sources that were missed."""
    gold = doc["attributions"]
    ignore = [tuple(x) for x in doc.get("ignore") or []]
    rows = [r for r in rows if not any(a <= r["start"] and r["end"] <= b for a, b in ignore)]
    frags = {role: {i: _frags(g, role) for i, g in enumerate(gold)} for role in ("source", "content")}

    def fo(role, i, j):
        return sum(_overlap(f, rows[j][role]) for f in frags[role][i])

    missed = {}
    for role in ("source", "content"):
        pred = [j for j, r in enumerate(rows) if r[role]]
        golds = [i for i, g in enumerate(gold) if g.get(role)]
        # A source pair that also agrees on the content wins a tie, as in the held-out check.
        pairs = [
            (((bool(fo("content", i, j)),) if role == "source" else ()) + (fo(role, i, j),), i, j)
            for i in golds
            for j in pred
            if fo(role, i, j)
        ]
        hit = {i for i, _ in _greedy(pairs)}
        acc[role].update(tp=len(hit), pred=len(pred), gold=len(golds))
        for i in golds:
            acc[f"{role}_all"][gold[i]["kind"]] += 1
            acc[f"{role}_hit"][gold[i]["kind"]] += i in hit
        missed[role] = [i for i in golds if i not in hit]
    return missed["source"]


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(docs: list[dict], system) -> tuple[dict[str, Counter], Counter]:
    acc: dict[str, Counter] = {
        k: Counter() for k in ("source", "content", "source_all", "source_hit", "content_all", "content_hit")
    }
    missed_cues: Counter = Counter()
    for doc in docs:
        missed = score_doc(doc, system(doc), acc)
        for i in missed:
            g = doc["attributions"][i]
            cue = doc["text"][g["cue"][0] : g["cue"][1]].lower() if g.get("cue") else "(no cue)"
            missed_cues[cue] += 1
    return acc, missed_cues


def summary(acc: dict[str, Counter]) -> dict[str, float]:
    out = {}
    for role in ("source", "content"):
        out[f"{role} P"], out[f"{role} R"], out[f"{role} F1"] = prf(acc[role])
        for k in KINDS:
            out[f"{role} recall {k}"] = acc[f"{role}_hit"][k] / acc[f"{role}_all"][k] if acc[f"{role}_all"][k] else 0.0
    return out


# ---------------------------------------------------------------- entry points
def run(path: str | None = None, half: str = "all") -> list[tuple]:
    """Rows (measure, value, goal, detail) for benchmarks/run.py; [] when the corpus is absent."""
    p = data_path(path)
    if p is None or not p.is_file():
        return []
    docs = load_docs(p, half)
    ours, _ = evaluate(docs, medialit_spans)
    base, _ = evaluate(docs, baseline_spans)
    s, b = summary(ours), summary(base)
    label = f"PolNeAR train{'' if half == 'all' else ' half ' + half} ({len(docs)} articles)"
    return [
        (
            f"{label}: source overlap F1",
            f"{s['source F1']:.3f}",
            ">= 0.85",
            f"P {s['source P']:.3f} R {s['source R']:.3f}; regex baseline {b['source F1']:.3f}",
        ),
        (
            f"{label}: content overlap F1",
            f"{s['content F1']:.3f}",
            ">= 0.80",
            f"P {s['content P']:.3f} R {s['content R']:.3f}; regex baseline {b['content F1']:.3f}",
        ),
        (
            f"{label}: direct-quote source recall",
            f"{s['source recall direct']:.3f}",
            ">= 0.93",
            f"regex baseline {b['source recall direct']:.3f}",
        ),
        (
            f"{label}: source/content recall mixed",
            f"{s['source recall mixed']:.3f}/{s['content recall mixed']:.3f}",
            "-",
            f"regex baseline {b['source recall mixed']:.3f}/{b['content recall mixed']:.3f}",
        ),
        (
            f"{label}: source/content recall indirect",
            f"{s['source recall indirect']:.3f}/{s['content recall indirect']:.3f}",
            "-",
            f"regex baseline {b['source recall indirect']:.3f}/{b['content recall indirect']:.3f}",
        ),
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", nargs="?", help=f"PolNeAR train as JSON lines (default: ${ENV})")
    parser.add_argument(
        "--half", choices=["A", "B", "all"], default="all", help="one half of train by document id hash"
    )
    parser.add_argument("--misses", type=int, default=0, help="also list the N commonest cues of missed gold sources")
    args = parser.parse_args(argv)
    p = data_path(args.jsonl)
    if p is None or not p.is_file():
        print(
            f"skipped: no PolNeAR train file (give its path or set {ENV}); the corpus is never shipped", file=sys.stderr
        )
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import table

    rows = run(str(p), args.half)
    print(table(rows, ("measure", "value", "goal", "detail")))
    if args.misses:
        _, missed = evaluate(load_docs(p, args.half), medialit_spans)
        print("\ncommonest cues of missed gold sources:")
        for cue, n in missed.most_common(args.misses):
            print(f"  {n:5d}  {cue}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

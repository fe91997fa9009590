"""Score the rule-based analysis against the held-out gold set in `benchmarks/eval/`.

Usage: `.venv/bin/python benchmarks/eval_rules.py [--details] [--task hedges|attributions|denials|roles]`.
Prints precision / recall / F1 per task (see `benchmarks/eval/README.md` for how each is
scored); `--details` lists every miss and false alarm. `run()` returns rows
`(measure, value, goal, detail)` like the other benchmarks, so `benchmarks/run.py` can include it.
The goals are provisional targets for a development set, not guarantees for unseen text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

import medialit
from medialit.analysis import find_claims, find_hedges, trace_attributions

HERE = Path(__file__).resolve().parent
EVAL = HERE / "eval"

#: A neutral headline put before each item so that the item is body text, not the headline.
HEADLINE = "Evening news summary\n\n"

_WORD = re.compile(r"[\w']+")
#: Words that never decide whether two sources or cues are the same.
_SOURCE_STOP = frozenset("the a an of for at in on by to with from and his her its their our 's".split())
_CUE_STOP = frozenset("to that the a an in as".split())


def _words(text: object, stop: frozenset[str]) -> set[str]:
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return set()
    out = set()
    for w in _WORD.findall(str(text).lower()):
        w = w.strip("'")
        if w.endswith("'s"):
            w = w[:-2]
        if w and w not in stop:
            out.add(w)
    return out


def _cue_words(gold: dict) -> set[str]:
    words = _words(gold.get("cue", ""), _CUE_STOP)
    for alt in gold.get("cue_also", []):
        words |= _words(alt, _CUE_STOP)
    return words


def load_jsonl(name: str) -> list[dict]:
    with open(EVAL / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Task:
    """Counts and the list of misses / false alarms of one task."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    extra: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (hits, total)

    def bump(self, key: str, hit: bool) -> None:
        h, t = self.extra.get(key, (0, 0))
        self.extra[key] = (h + int(hit), t + 1)

    @property
    def scores(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


def _frame(fn, article) -> pd.DataFrame:
    """Run one analysis function; a crash is reported as an empty frame plus a message, never hides the rest."""
    try:
        return fn(article)
    except Exception as exc:  # noqa: BLE001 - the scorer must survive a crashing rule
        print(f"  ! {fn.__name__} raised {type(exc).__name__}: {exc}", file=sys.stderr)
        return pd.DataFrame()


def _shift(frame: pd.DataFrame, offset: int, prefixes=("",)) -> pd.DataFrame:
    frame = frame.copy()
    for p in prefixes:
        for col in (f"{p}start", f"{p}end"):
            if col in frame:
                frame[col] = pd.to_numeric(frame[col], errors="coerce") - offset
    if "start" in frame:
        frame = frame[frame["start"] >= 0]
    return frame


def analyse_item(text: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, bool]:
    """Hedges, attributions and claims of one item (offsets relative to the item), and whether it was all body."""
    article = medialit.Article.from_text(HEADLINE + text)
    off = len(HEADLINE)
    body_only = bool((article.paragraphs.loc[article.paragraphs["start"] >= off, "role"] == "body").all())
    hedges = _shift(_frame(find_hedges, article), off)
    atts = _shift(_frame(trace_attributions, article), off, ("", "source_", "cue_"))
    claims = _shift(_frame(find_claims, article), off, ("", "cue_"))
    return hedges, atts, claims, body_only


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score_hedges(item: dict, hedges: pd.DataFrame, task: Task, kind: Task) -> None:
    text = item["text"]
    gold = []
    for g in item["hedges"]:
        s = text.find(g["text"])
        gold.append((s, s + len(g["text"]), g))
    optional = [(text.find(o), text.find(o) + len(o)) for o in item["optional_hedges"]]
    rows = list(hedges.itertuples(index=False)) if len(hedges) else []
    for s, e, g in gold:
        hits = [r for r in rows if _overlaps(int(r.start), int(r.end), s, e)]
        if hits:
            task.tp += 1
            gold_kind = "loaded" if g["category"] in ("loaded-word", "judging-verb") else "hedge"
            kind_ok = any(r.kind == gold_kind for r in hits)
            kind.bump("kind", kind_ok)
            kind.bump("category", any(r.category == g["category"] for r in hits))
            if not kind_ok:
                kind.misses.append(
                    f"{item['id']}: {g['text']!r} gold {gold_kind}/{g['category']}, "
                    f"got {', '.join(f'{r.kind}/{r.category}' for r in hits)} | {text}"
                )
        else:
            task.fn += 1
            task.misses.append(f"{item['id']}: {g['text']!r} ({g['category']}) | {text}")
    for r in rows:
        s, e = int(r.start), int(r.end)
        if any(_overlaps(s, e, gs, ge) for gs, ge, _ in gold):
            continue
        if any(_overlaps(s, e, os_, oe) for os_, oe in optional):
            continue
        task.fp += 1
        task.false_alarms.append(f"{item['id']}: {r.text!r} ({r.kind}/{r.category}, {r.rule}) | {text}")
    if item.get("trap") == "may-month":
        for m in re.finditer(r"\bMay\b", text):
            task.bump(
                "may-month trap clean", not any(_overlaps(int(r.start), int(r.end), m.start(), m.end()) for r in rows)
            )


def _match(golds: list[dict], rows: list, who: str, who_cols: tuple[str, ...]) -> tuple[list, list, list]:
    """One-to-one lenient matching: cue words overlap and (if the gold names one) source head words overlap."""
    used: set[int] = set()
    matched, missed = [], []
    for g in golds:
        cue = _cue_words(g)
        src = _words(g[who], _SOURCE_STOP)
        found = None
        for i, r in enumerate(rows):
            if i in used or not (cue & _words(getattr(r, "cue", ""), _CUE_STOP)):
                continue
            cand = set()
            for col in who_cols:
                cand |= _words(getattr(r, col, ""), _SOURCE_STOP)
            if src and not (src & cand):
                continue
            found = i
            break
        if found is None:
            missed.append(g)
        else:
            used.add(found)
            matched.append((g, rows[found]))
    extra = [r for i, r in enumerate(rows) if i not in used]
    return matched, missed, extra


def score_attributions(item: dict, atts: pd.DataFrame, task: Task) -> None:
    rows = list(atts.itertuples(index=False)) if len(atts) else []
    matched, missed, extra = _match(item["attributions"], rows, "source", ("source", "source_resolved"))
    task.tp += len(matched)
    task.fn += len(missed)
    task.fp += len(extra)
    # cue-only agreement: is the reporting verb found at all, whoever the source?
    cue_only, _, _ = _match([{**g, "source": ""} for g in item["attributions"]], rows, "source", ())
    for _ in cue_only:
        task.bump("cue found (any source)", True)
    for _ in range(len(item["attributions"]) - len(cue_only)):
        task.bump("cue found (any source)", False)
    for g in missed:
        near = "; ".join(f"{r.source!r}/{r.cue!r}" for r in rows) or "nothing"
        task.misses.append(f"{item['id']}: {g['source']!r} {g['cue']!r} (found {near}) | {item['text']}")
    for r in extra:
        task.false_alarms.append(f"{item['id']}: source {r.source!r} cue {r.cue!r} ({r.rule}) | {item['text']}")


def score_denials(item: dict, claims: pd.DataFrame, task: Task) -> None:
    denials = claims[claims["stance"] == "denial"] if len(claims) and "stance" in claims else claims.iloc[0:0]
    rows = list(denials.itertuples(index=False)) if len(denials) else []
    matched, missed, extra = _match(item["denials"], rows, "actor", ("actor",))
    task.tp += len(matched)
    task.fn += len(missed)
    task.fp += len(extra)
    for g in missed:
        near = "; ".join(f"{r.actor!r}/{r.cue!r}" for r in rows) or "no denial"
        task.misses.append(f"{item['id']}: {g['actor']!r} {g['cue']!r} (found {near}) | {item['text']}")
    for r in extra:
        trap = " [TRAP]" if item.get("trap") == "no-denial" else ""
        task.false_alarms.append(f"{item['id']}{trap}: actor {r.actor!r} cue {r.cue!r} ({r.rule}) | {item['text']}")
    if item.get("trap") == "no-denial":
        task.bump("no-denial traps clean", not rows)


def _norm(text: str) -> str:
    return " ".join(str(text).split())


def page_article(page: dict):
    if page["format"] == "html":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{page['id']}.html"
            path.write_text(page["content"], encoding="utf-8")
            return medialit.load_article(path)
    return medialit.Article.from_text(page["content"])


def score_pages(pages: list[dict], head: Task, related: Task, boiler: Task) -> None:
    for page in pages:
        try:
            article = page_article(page)
        except Exception as exc:  # noqa: BLE001
            print(f"  ! {page['id']} failed to load: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        paras = [(_norm(t), r) for t, r in zip(article.paragraphs["text"], article.paragraphs["role"])]
        predicted = []
        for g in page["paragraphs"]:
            snip = _norm(g["text"])
            role = next((r for t, r in paras if snip in t), None)
            predicted.append((g, role))
        heads_ok = all((r == "headline") == (g["role"] == "headline") for g, r in predicted)
        head.bump("page headline right", heads_ok)
        if not heads_ok:
            got = [(g["text"][:50], r) for g, r in predicted if (r == "headline") != (g["role"] == "headline")]
            head.misses.append(f"{page['id']}: wrong {got}")
        for g, r in predicted:
            if g["role"] == "headline":
                if r == "headline":
                    head.tp += 1
                else:
                    head.fn += 1
            elif r == "headline":
                head.fp += 1
            for task, role in ((related, "related-headline"), (boiler, "boilerplate")):
                dropped_ok = r is None and role == "boilerplate" and g["role"] == "boilerplate"
                pred_is = r == role or dropped_ok
                if g["role"] == role and pred_is:
                    task.tp += 1
                elif g["role"] == role:
                    task.fn += 1
                    task.misses.append(f"{page['id']}: {g['text'][:70]!r} -> {r or 'not found'}")
                elif pred_is:
                    task.fp += 1
                    task.false_alarms.append(f"{page['id']}: {g['text'][:70]!r} (gold {g['role']})")


def evaluate() -> dict[str, Task]:
    items = load_jsonl("sentences.jsonl")
    pages = load_jsonl("pages.jsonl")
    tasks = {
        n: Task(n)
        for n in ("hedge spans", "hedge kind", "attributions", "denials", "headline", "related-headline", "boilerplate")
    }
    not_body = 0
    for item in items:
        hedges, atts, claims, body_only = analyse_item(item["text"])
        not_body += not body_only
        score_hedges(item, hedges, tasks["hedge spans"], tasks["hedge kind"])
        score_attributions(item, atts, tasks["attributions"])
        score_denials(item, claims, tasks["denials"])
    if not_body:
        print(f"  note: {not_body} items had a paragraph not labelled body", file=sys.stderr)
    score_pages(pages, tasks["headline"], tasks["related-headline"], tasks["boilerplate"])
    return tasks


GOALS = {
    "hedge spans": 0.70,
    "attributions": 0.80,
    "denials": 0.75,
    "headline": 0.90,
    "related-headline": 0.70,
    "boilerplate": 0.70,
}


def run(tasks: dict[str, Task] | None = None) -> list[tuple]:
    """Rows `(measure, value, goal, detail)`: F1 per task plus the secondary figures."""
    tasks = tasks or evaluate()
    rows = []
    for name, task in tasks.items():
        if name != "hedge kind":
            p, r, f = task.scores
            rows.append(
                (
                    f"eval {name} F1",
                    f"{f:.2f}",
                    f">= {GOALS[name]:.2f}",
                    f"P {p:.2f} R {r:.2f} (tp {task.tp}, fp {task.fp}, fn {task.fn})",
                )
            )
        for key, (hit, total) in task.extra.items():
            goal = "1.00" if "trap" in key else (">= 0.90" if key in ("kind", "page headline right") else "-")
            rows.append((f"eval {name}: {key}", f"{hit / total:.2f}" if total else "-", goal, f"{hit}/{total}"))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--task", help="only show details of tasks whose name contains this")
    parser.add_argument("--limit", type=int, default=0, help="at most this many misses / false alarms per task")
    args = parser.parse_args(argv)
    tasks = evaluate()
    sys.path.insert(0, str(HERE))
    from _common import table

    print(table(run(tasks), ("measure", "value", "goal", "detail")))
    if args.details:
        for name, task in tasks.items():
            if args.task and args.task not in name:
                continue
            for label, lines in (("misses", task.misses), ("false alarms", task.false_alarms)):
                if lines:
                    shown = lines[: args.limit] if args.limit else lines
                    print(f"\n## {name}: {label} ({len(lines)})")
                    print("\n".join(f"- {line}" for line in shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

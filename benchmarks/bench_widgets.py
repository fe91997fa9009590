"""Widgets vs a plain DataFrame view: construction for the whole article and a selection change.

Each time is given as a ratio to ``frame.to_html()`` of the same data (the cheapest
"show the table" a notebook could do), median of repetitions. Analysis is done once,
outside the timings: this measures the presentation layer only.

    python benchmarks/bench_widgets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import median_seconds, table  # noqa: E402

import medialit  # noqa: E402
from medialit.plots import figure_chart  # noqa: E402
from medialit.widgets import AttributionTracer, ClaimDenialSorter, HedgeHighlighter  # noqa: E402


def run(repeat: int = 15) -> list[tuple]:
    article = medialit.load_article()
    analysis = medialit.analyze(article)
    attributions, hedges, claims, figures = analysis.attributions, analysis.hedges, analysis.claims, analysis.figures
    rows = []

    def ratio(name: str, fn, frame) -> None:
        t = median_seconds(fn, repeat=repeat)
        base = median_seconds(lambda: frame.to_html(), repeat=repeat)
        rows.append((f"{name} / frame.to_html()", f"{t / base:.1f}", "-", f"{t * 1000:.2f} ms vs {base * 1000:.2f} ms"))

    ratio("AttributionTracer(article, attributions)", lambda: AttributionTracer(article, attributions), attributions)
    tracer = AttributionTracer(article, attributions)
    ids = list(article.sentences["sentence"])
    state = {"i": 0}

    def change() -> None:  # one selection change -> the tree's HTML is redrawn (Python side)
        state["i"] = (state["i"] + 1) % len(ids)
        tracer._picker.value = ids[state["i"]]

    ratio(
        "tracer: selection change -> new tree", change, tracer.chain_frame if len(tracer.chain_frame) else attributions
    )
    ratio("HedgeHighlighter(article, hedges)", lambda: HedgeHighlighter(article, hedges), hedges)
    ratio("ClaimDenialSorter(article, claims)", lambda: ClaimDenialSorter(article, claims, path=Path.cwd()), claims)
    ratio("figure_chart(figures) + PNG", lambda: _chart_png(figures), figures)
    return rows


def _chart_png(figures) -> None:
    import io

    fig, _ = figure_chart(figures)
    fig.savefig(io.BytesIO(), format="png", dpi=100)


def main() -> None:
    rows = run()
    print(table(rows, ("measure", "ratio", "goal", "detail")))


if __name__ == "__main__":
    main()

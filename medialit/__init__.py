"""medialit: a Jupyter teaching kit on media literacy.

The public face is flat, as in textacy: ``load_article``, ``Article``, ``analyze``,
every finder of ``medialit.analysis.registry.FINDERS`` by its function name
(``find_hedges``, ``trace_attributions``, ``find_claims``, ``find_figures``,
``find_dates``, ``headline_stance``) and ``check``. Names are resolved lazily so that ``import medialit``
costs little more than ``import pandas``; widgets and plots live in
``medialit.widgets`` and ``medialit.plots`` and load matplotlib/ipywidgets only there.
"""

from __future__ import annotations

from ._lazy import lazy_exports
from .analysis.registry import FINDERS

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "medialit.article",
    "load_article": "medialit.article",
    "MedialitError": "medialit.errors",
    "analyze": "medialit.analysis",
    "Analysis": "medialit.analysis",
    # one per registered finder (analysis/registry.py): find_hedges, trace_attributions, ...
    **{finder.function_name: "medialit.analysis" for finder in FINDERS.values()},
    # helpers of the analysis layer that are not finders (no frame of their own in analyze())
    "find_headline_stance": "medialit.analysis",
    "chain": "medialit.analysis.attributions",
    "sources_summary": "medialit.analysis.attributions",
    "load_lexicon": "medialit.lexicon",
    "check": "medialit.teaching.check",
}

__all__, __getattr__, __dir__ = lazy_exports("medialit", _EXPORTS, globals())

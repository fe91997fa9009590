"""medialit: a Jupyter teaching kit on media literacy.

The public face is flat, as in textacy: ``load_article``, ``Article``, ``analyze``,
``find_hedges``, ``trace_attributions``, ``find_claims``, ``find_figures``,
``find_dates`` and ``check``. Names are resolved lazily so that ``import medialit``
costs little more than ``import pandas``; widgets and plots live in
``medialit.widgets`` and ``medialit.plots`` and load matplotlib/ipywidgets only there.
"""

from __future__ import annotations

from ._lazy import lazy_exports


__version__ = "0.1.0"

_EXPORTS = {
    "Article": "medialit.article",
    "load_article": "medialit.article",
    "MedialitError": "medialit.errors",
    "analyze": "medialit.analysis",
    "Analysis": "medialit.analysis",
    "find_hedges": "medialit.analysis",
    "trace_attributions": "medialit.analysis",
    "find_claims": "medialit.analysis",
    "find_figures": "medialit.analysis",
    "find_dates": "medialit.analysis",
    "headline_stance": "medialit.analysis",
    "find_headline_stance": "medialit.analysis",
    "chain": "medialit.analysis.attributions",
    "sources_summary": "medialit.analysis.attributions",
    "load_lexicon": "medialit.lexicon",
    "check": "medialit.teaching.check",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports("medialit", _EXPORTS, globals())

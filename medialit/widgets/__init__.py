"""Notebook widgets built from stock ipywidgets on top of the analysis frames.

``import medialit.widgets`` does not import ipywidgets; the first access to a
widget class does (module ``__getattr__``), so scripts and the command line
never pay for the front-end stack.
"""

from __future__ import annotations

from .._lazy import lazy_exports

_EXPORTS = {
    "AnswerBox": "medialit.widgets.answer",
    "AttributionTracer": "medialit.widgets.tracer",
    "HedgeHighlighter": "medialit.widgets.highlighter",
    "ClaimDenialSorter": "medialit.widgets.sorter",
}

__all__, __getattr__, __dir__ = lazy_exports("medialit.widgets", _EXPORTS, globals())

"""Notebook widgets built from stock ipywidgets on top of the analysis frames.

``import medialit.widgets`` does not import ipywidgets; the first access to a
widget class does (module ``__getattr__``), so scripts and the command line
never pay for the front-end stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "AttributionTracer": "medialit.widgets.tracer",
    "HedgeHighlighter": "medialit.widgets.highlighter",
    "ClaimDenialSorter": "medialit.widgets.sorter",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'medialit.widgets' has no attribute {name!r}") from None
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))

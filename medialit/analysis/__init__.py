"""The analysis layer: pure functions, `Article` in, `DataFrame` out (flat re-export).

The finders are declared once, in `registry.FINDERS`; this package exports each by its
function name (``find_hedges``, ``trace_attributions``, ...), loaded on first use, and
`analyze` runs them all.
"""

from __future__ import annotations

import json
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..span import Span
from .registry import FINDERS, compute

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..article import Article


#: Public helpers of this layer that are not finders (no frame of their own in `analyze`).
_HELPERS = {"find_headline_stance": "medialit.analysis.headline"}


def _finder_functions() -> dict[str, str]:
    return {f.function_name: f.name for f in FINDERS.values()}


__all__ = ["FINDERS", "Analysis", "Span", "analyze"]
__all__.extend([*_finder_functions(), *_HELPERS])  # derived from the registry


def __getattr__(name: str) -> Any:
    if name in _HELPERS:
        return getattr(import_module(_HELPERS[name]), name)
    finder = _finder_functions().get(name)
    if finder is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return FINDERS[finder].load()


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_finder_functions()) | set(_HELPERS))


def _records(frame: pd.DataFrame) -> list[dict]:
    # to_json handles NA, inf and numpy scalars; round-trip through it for plain types.
    return json.loads(frame.to_json(orient="records", force_ascii=False, double_precision=15, date_format="iso"))


class Analysis:
    """Every finder's reading of one article: ``result.<finder name>`` is its DataFrame.

    The frames are those of `registry.FINDERS`, in its order; the object is read-only
    (`replace` gives a copy with some frames swapped).
    """

    __slots__ = ("_frames", "article")

    def __init__(self, article: Article, frames: dict[str, pd.DataFrame] | None = None, **more: pd.DataFrame):
        object.__setattr__(self, "article", article)
        object.__setattr__(self, "_frames", {**(frames or {}), **more})

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return object.__getattribute__(self, "_frames")[name]
        except KeyError:
            raise AttributeError(f"Analysis has no frame {name!r}; frames: {', '.join(self._frames)}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Analysis is read-only; use .replace(name=frame)")

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._frames))

    def __reduce__(self):
        return (Analysis, (self.article, self._frames))

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(frame)}" for name, frame in self._frames.items())
        return f"Analysis({self.article.title!r}, {sizes})"

    def replace(self, **frames: pd.DataFrame) -> Analysis:
        """A copy with the given frames in place of these (e.g. ``dates=find_dates(a, published=d)``)."""
        unknown = set(frames) - set(self._frames)
        if unknown:
            raise AttributeError(f"Analysis has no frame {', '.join(sorted(unknown))}")
        return Analysis(self.article, {**self._frames, **frames})

    def frames(self) -> dict[str, pd.DataFrame]:
        """Each frame by finder name, in registry order."""
        return dict(self._frames)

    def to_dict(self) -> dict:
        meta = {k: (v.to_dict() if v is not None else None) for k, v in self.article.meta.items()}
        return {
            "article": {
                "title": self.article.title,
                "source": self.article.source,
                "characters": len(self.article.text),
                "meta": meta,
            },
            **{name: _records(frame) for name, frame in self._frames.items()},
        }

    def to_json(self, **kwargs) -> str:
        """JSON text of all frames (infinite bounds become null)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


def analyze(article: Article) -> Analysis:
    """Run every registered finder on `article` (each input frame computed once)."""
    return Analysis(article, compute(article))

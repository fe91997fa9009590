"""The analysis layer: pure functions, `Article` in, `DataFrame` out (flat re-export)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd

from ..article import Article
from .attributions import trace_attributions
from .claims import find_claims
from .figures import find_figures
from .headline import find_headline_stance, headline_stance
from .hedges import find_hedges
from .timeline import find_dates

__all__ = ["Analysis", "analyze", "find_hedges", "trace_attributions", "find_claims", "find_figures", "find_dates",
           "headline_stance", "find_headline_stance"]


def _records(frame: pd.DataFrame) -> list[dict]:
    # to_json handles NA, inf and numpy scalars; round-trip through it for plain types.
    return json.loads(frame.to_json(orient="records", force_ascii=False, double_precision=15, date_format="iso"))


@dataclass(frozen=True)
class Analysis:
    """All four readings of one article, each a DataFrame."""

    article: Article
    hedges: pd.DataFrame
    attributions: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame
    dates: pd.DataFrame

    def frames(self) -> dict[str, pd.DataFrame]:
        return {
            "hedges": self.hedges,
            "attributions": self.attributions,
            "claims": self.claims,
            "figures": self.figures,
            "dates": self.dates,
        }

    def to_dict(self) -> dict:
        meta = {k: (v.to_dict() if v is not None else None) for k, v in self.article.meta.items()}
        return {
            "article": {"title": self.article.title, "source": self.article.source,
                        "characters": len(self.article.text), "meta": meta},
            **{name: _records(frame) for name, frame in self.frames().items()},
        }

    def to_json(self, **kwargs) -> str:
        """JSON text of all frames (infinite bounds become null)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


def analyze(article: Article) -> Analysis:
    """Run every analysis on `article`."""
    attributions = trace_attributions(article)
    claims = find_claims(article, attributions=attributions)
    return Analysis(
        article=article,
        hedges=find_hedges(article),
        attributions=attributions,
        claims=claims,
        figures=find_figures(article, attributions=attributions, claims=claims),
        dates=find_dates(article),
    )

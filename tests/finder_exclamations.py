"""A finder written as a new contributor would, for tests/test_registry.py: every "!" and whether someone says it.

It is one module; the test registers it with one line and checks that it appears everywhere.
"""

from __future__ import annotations

import pandas as pd

from medialit.analysis.registry import inputs

COLUMNS = ["sentence", "start", "end", "text", "attributed"]


def find_exclamations(article, *, attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each "!" in `article`, and whether it sits inside a reported statement's content."""
    attributions = inputs(article, "exclamations", attributions=attributions)["attributions"]
    spans = list(zip(attributions["content_start"].tolist(), attributions["content_end"].tolist()))
    rows = []
    for sent in article.sentences.itertuples(index=False):
        for i, ch in enumerate(str(sent.text)):
            if ch == "!":
                start = int(sent.start) + i
                inside = any(pd.notna(s) and pd.notna(e) and s <= start < e for s, e in spans)
                rows.append(
                    {
                        "sentence": int(sent.sentence),
                        "start": start,
                        "end": start + 1,
                        "text": "!",
                        "attributed": inside,
                    }
                )
    return pd.DataFrame(rows, columns=COLUMNS)

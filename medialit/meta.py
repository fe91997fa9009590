"""Publisher and date, inferred from evidence in the text (None when there is none)."""

from __future__ import annotations

from typing import Any


def infer_meta(article) -> dict[str, Any]:
    """Return {"publisher": Inference | None, "date": Inference | None}."""
    return {"publisher": None, "date": None}

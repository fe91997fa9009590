"""Figures (stub: to be filled in)."""
import pandas as pd
COLUMNS = ["id", "sentence", "start", "end", "text", "value", "low", "high", "qualifier", "what", "source",
           "status", "role", "rule"]
def find_figures(article, *, attributions=None) -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS)

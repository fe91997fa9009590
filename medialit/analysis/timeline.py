"""Dates (stub: to be filled in)."""
import pandas as pd
COLUMNS = ["id", "sentence", "start", "end", "text", "kind", "anchor", "date_low", "date_high", "event", "rule"]
def find_dates(article, *, published=None) -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS)

"""Hedges and loaded words (stub: to be filled in)."""
import pandas as pd
COLUMNS = ["sentence", "start", "end", "text", "cue", "category", "kind", "rule", "note"]
def find_hedges(article, *, lexicon=None) -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS)

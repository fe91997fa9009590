"""Attributions (stub: to be filled in)."""
import pandas as pd
COLUMNS = ["id", "sentence", "start", "end", "text", "source", "source_start", "source_end", "cue", "cue_start",
           "cue_end", "content", "content_start", "content_end", "kind", "recipient", "parent", "depth", "rule"]
def trace_attributions(article) -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS)

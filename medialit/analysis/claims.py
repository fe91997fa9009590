"""Claims and denials (stub: to be filled in)."""
import pandas as pd
COLUMNS = ["id", "sentence", "start", "end", "text", "stance", "actor", "cue", "cue_start", "cue_end",
           "content", "content_start", "content_end", "target", "negated", "rule"]
def find_claims(article, *, attributions=None) -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS)

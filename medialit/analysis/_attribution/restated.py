"""`restated-view`: a view or intention a speaker restates inside their own statement is no new statement.

"Bill Clinton said he plans to keep working", "Kelly said she wanted a professional footing": the
belief row ("he plans", "she wanted") sits inside the content of the statement that reports it, and
its source is a pronoun standing for the speaker. It is what the speaker said, not a second source,
so it is dropped, as a speaker's own "I believe" inside a quotation is (`links.keep`). A view
reported of someone named ("Officials said Lee believes ...") keeps its row, nested in the statement.
"""

from __future__ import annotations

from .._closed_words import PRONOUNS
from .._intervals import IntervalIndex
from .row import Row
from .tracer import Tracer


def drop_restated_views(tr: Tracer, rows: list[Row]) -> list[Row]:
    """The rows without the belief rows that restate a speaker's own view inside their statement."""
    contents = IntervalIndex((o.content_start, o.content_end) for o in rows)
    text = tr.text
    dropped = set()
    for i, r in enumerate(rows):
        if r.category != "belief" or r.source_start is None or r.cue_start is None:
            continue
        if text[r.source_start : r.source_end].lower() not in PRONOUNS:
            continue
        for j in contents.near(r.source_start):
            o = rows[j]
            if j == i or o.content_start is None or o.category == "belief":
                continue
            if o.content_start <= r.source_start and r.cue_end <= o.content_end:
                dropped.add(i)
                break
    return [r for i, r in enumerate(rows) if i not in dropped]

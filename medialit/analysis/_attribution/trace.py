"""One pass over an article: every cue read by the rules, whole lines read, then statements linked and nested."""

from __future__ import annotations

from .clauses import end_at_new_clause
from .links import clip, continued_quotes, fill_participles, fix_time_sources, keep
from .nesting import nest, resolve
from .not_statements import drop_speaker_descriptions
from .quoted import tail_rows
from .restated import drop_restated_views
from .row import Row
from .rules import read_cue
from .tracer import Tracer
from .uncovered import uncovered_quotes
from .whole import headline_tags, speaker_colons


def trace(tr: Tracer) -> list[Row]:
    """The statements of the article, sorted by start, nested and with pronoun sources resolved."""
    if not tr.text or tr.index is None:
        return []
    rows = [r for r in (read_cue(tr, m) for m in tr.reading.word_starts.finditer(tr.rx)) if r is not None]
    rows += tail_rows(tr, rows)
    rows += headline_tags(tr)
    taken = {r.cue_start for r in rows}
    rows += [r for r in speaker_colons(tr) if r.cue_start not in taken]
    rows.sort(key=lambda r: r.cue_start)
    fill_participles(tr, rows)
    fix_time_sources(tr, rows)
    rows = [r for r in rows if (r.source_start is not None or r.source) and keep(tr, r)]
    clip(tr, rows)
    end_at_new_clause(tr, rows)
    rows += uncovered_quotes(tr, rows)
    rows += continued_quotes(tr, rows)
    rows = drop_restated_views(tr, rows)
    rows = drop_speaker_descriptions(tr.text, rows)
    for r in rows:
        r.start = min(x for x in (r.source_start, r.cue_start, r.content_start, r.recipient_start) if x is not None)
        r.end = max(x for x in (r.source_end, r.cue_end, r.content_end, r.recipient_end) if x is not None)
    rows.sort(key=lambda r: (r.start, -r.end, r.cue_start if r.cue_start is not None else r.content_start))
    nest(tr, rows)
    resolve(tr, rows)
    return rows

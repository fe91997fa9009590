"""Pure rendering: analysis frames -> escaped HTML and plain-text summaries.

Nothing here imports ipywidgets or matplotlib, so the widgets, the feedback pages
and the command line can all share it, and it is tested without a front end.
Every piece of article text goes through :func:`esc` (``html.escape`` with
``quote=True``): the article is data, never markup.

Meaning is never carried by colour alone: every mark has a visible text label
(``reportedly[hearsay]``) and each category has its own underline (line style and thickness).

This module is the one name to import from; the work is done in four modules of one job each:
:mod:`medialit.render_base` (escaping, labels, small tables, numbered text), :mod:`medialit.render_chains`
(chains of sources), :mod:`medialit.render_tables` (readable tables) and :mod:`medialit.render_marks` (cues as marks).
"""

from __future__ import annotations

from .render_base import (
    OWN_VOICE,
    esc,
    numbered_text,
    plain,
    rows_in_span,
    sentence_label,
    shorten,
    statement_html,
    table_html,
    table_text,
)
from .render_chains import (
    KIND_WORDS,
    body_sentences,
    body_sources_summary,
    chain_html,
    chain_text,
    in_body,
    own_voice_sentences,
    sentence_chain,
    source_words,
)
from .render_marks import (
    CATEGORY_STYLES,
    ROLE_NOTES,
    category_definitions,
    category_meaning,
    category_style,
    hedges_html,
    hedges_text,
    legend_html,
    mark_spans,
    parse_cues,
)
from .render_tables import MISSING_DATE, OPEN_BOUND, fit_table_text, readable_table, readable_value

__all__ = [
    "CATEGORY_STYLES",
    "KIND_WORDS",
    "MISSING_DATE",
    "OPEN_BOUND",
    "OWN_VOICE",
    "ROLE_NOTES",
    "body_sentences",
    "body_sources_summary",
    "category_definitions",
    "category_meaning",
    "category_style",
    "chain_html",
    "chain_text",
    "esc",
    "fit_table_text",
    "hedges_html",
    "hedges_text",
    "in_body",
    "legend_html",
    "mark_spans",
    "numbered_text",
    "own_voice_sentences",
    "parse_cues",
    "plain",
    "readable_table",
    "readable_value",
    "rows_in_span",
    "sentence_chain",
    "sentence_label",
    "shorten",
    "source_words",
    "statement_html",
    "table_html",
    "table_text",
]

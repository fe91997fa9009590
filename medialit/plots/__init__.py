"""Charts of the analysis frames (matplotlib, imported lazily; works headless).

Meaning is carried by shape, line style, hatching and words, never by colour
alone, so the charts read the same in greyscale and on paper.

One job per module: `canvas` (the figure that shows itself as a PNG with its alt
text), `labels` (numbers and labels in words), `figure_rows` and `figure_drawing`
(the figure comparison chart: what is drawn, then how), `timeline_rows`,
`timeline_words` and `timeline_drawing` (the timeline: what is placed where, its
words, its drawing).
"""

from __future__ import annotations

from .figure_drawing import figure_chart
from .figure_rows import DATA_COLUMNS, STATUS_MARKERS, chart_data, figure_chart_alt_text
from .labels import plain_number_ticks, wrap_label
from .timeline_drawing import timeline_chart
from .timeline_rows import TIMELINE_COLUMNS, timeline_data
from .timeline_words import timeline_chart_alt_text

__all__ = [
    "DATA_COLUMNS",
    "STATUS_MARKERS",
    "TIMELINE_COLUMNS",
    "chart_data",
    "figure_chart",
    "figure_chart_alt_text",
    "plain_number_ticks",
    "timeline_chart",
    "timeline_chart_alt_text",
    "timeline_data",
    "wrap_label",
]

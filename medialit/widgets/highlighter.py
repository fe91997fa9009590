"""The hedge highlighter: the article with hedges and loaded words marked, labelled and explained."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..analysis import find_hedges
from ..article import Article
from ..errors import MedialitError
from ..render import esc, hedges_html, hedges_text, legend_html, parse_cues, rows_in_span, sentence_label

_INTRO = (
    "<b>Hedge highlighter.</b> Each marked phrase carries its category in brackets, and each "
    "category has its own underline: a line style (solid, dashed, dotted, double, wavy) in a thin, medium or "
    "thick line, as the legend shows. Hover a mark for the rule that found it."
)
_ALL = -1  # the dropdown value for "All paragraphs" (paragraph ids are >= 0)


class HedgeHighlighter(widgets.VBox):
    """The article (or one paragraph) with every hedge and loaded word marked.

    Args:
        article: the article to show.
        hedges: a `find_hedges` frame; computed from `article` when omitted.
        extra: cues to add (frame with `cue`, `category`), passed to `find_hedges`.
        paragraph: show only this paragraph at first (None: all paragraphs).

    Students add cues in the text box, one ``cue, category`` per line, and press
    Apply: the hedges are found again with those cues and the view is redrawn.
    """

    def __init__(
        self,
        article: Article,
        hedges: pd.DataFrame | None = None,
        *,
        extra: pd.DataFrame | None = None,
        paragraph: int | None = None,
    ) -> None:
        self._article = article
        self._extra = extra.copy() if extra is not None else pd.DataFrame(columns=["cue", "category"])
        self._hedges = self._find() if hedges is None else hedges

        paragraphs = article.paragraphs
        options = [("All paragraphs", _ALL)] + [
            (sentence_label(row.paragraph, row.text, 50), int(row.paragraph))
            for row in paragraphs.itertuples(index=False)
        ]
        if paragraph is not None and int(paragraph) not in set(paragraphs["paragraph"]):
            raise MedialitError(f"no paragraph {paragraph}; the article has {len(paragraphs)}")

        self._intro = widgets.HTML(_INTRO)
        self._paragraph = widgets.Dropdown(
            options=options,
            value=_ALL if paragraph is None else int(paragraph),
            description="Show",
            tooltip="Show the whole article or one paragraph",
            layout=widgets.Layout(width="98%"),
        )
        self._legend = widgets.HTML()
        self._view = widgets.HTML(layout=widgets.Layout(width="98%"))
        self._cues = widgets.Textarea(
            value=self._extra_text(),
            placeholder="one per line: a cue, a comma, its category   e.g.  allegedly, hearsay",
            description="Your cues",
            tooltip="Extra cues, one 'cue, category' per line",
            rows=3,
            layout=widgets.Layout(width="60%"),
        )
        self._apply = widgets.Button(description="Apply", tooltip="Find hedges again with your cues", icon="refresh")
        self._status = widgets.HTML()

        self._paragraph.observe(self._on_paragraph_value, names="value")
        self._apply.on_click(self._on_apply_click)

        self._refresh()
        super().__init__(
            children=[
                self._intro,
                self._paragraph,
                self._legend,
                self._view,
                widgets.HBox([self._cues, self._apply]),
                self._status,
            ]
        )

    # -- Python API -----------------------------------------------------------------

    def add_cue(self, cue: str, category: str) -> None:
        """Add one cue (as if typed in the box) and find the hedges again."""
        if not str(cue).strip():
            raise MedialitError("a cue cannot be empty")
        row = parse_cues(f"{str(cue).strip()}, {str(category).strip()}")  # the same checks as the text box
        self._extra = pd.concat([self._extra, row], ignore_index=True) if len(self._extra) else row
        self._cues.value = self._extra_text()
        self._rerun()

    @property
    def hedges(self) -> pd.DataFrame:
        """The hedges shown (the whole article, whatever paragraph is on screen)."""
        return self._hedges.copy()

    @property
    def marks_count(self) -> int:
        """How many cues are marked in the current view."""
        return len(self._visible())

    @property
    def summary(self) -> str:
        """The marked cues by category, as plain text."""
        where = "all paragraphs" if self._paragraph.value == _ALL else f"¶{self._paragraph.value}"
        return f"Showing {where}. {hedges_text(self._visible())}"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        return {**bundle, "text/plain": f"HedgeHighlighter\n{self.summary}"}

    # -- internals ------------------------------------------------------------------

    def _find(self) -> pd.DataFrame:
        if len(self._extra):
            return find_hedges(self._article, extra=self._extra)
        return find_hedges(self._article)

    def _extra_text(self) -> str:
        return "\n".join(f"{r.cue}, {r.category}" for r in self._extra.itertuples(index=False))

    def _visible(self) -> pd.DataFrame:
        if self._paragraph.value == _ALL or len(self._hedges) == 0:
            return self._hedges
        para = self._article.paragraphs
        row = para[para["paragraph"] == self._paragraph.value].iloc[0]
        return rows_in_span(self._hedges, int(row.start), int(row.end))

    def _rerun(self) -> None:
        try:
            self._hedges = self._find()
        except (MedialitError, TypeError, ValueError) as err:
            # A bad cue (e.g. an unknown category) is the student's to fix: say so, keep the old view.
            self._status.value = f"<p role='alert'><b>Not applied:</b> {esc(err)}</p>"
            return
        self._status.value = f"<p>Applied: {len(self._extra)} cue(s) of yours; {len(self._hedges)} marks in all.</p>"
        self._refresh()

    def _refresh(self) -> None:
        paragraph = None if self._paragraph.value == _ALL else self._paragraph.value
        visible = self._visible()
        categories = sorted(visible["category"].dropna().astype(str).unique()) if len(visible) else []
        self._legend.value = legend_html(categories)
        self._view.value = hedges_html(self._article.paragraphs, self._hedges, paragraph=paragraph)

    def _on_paragraph_value(self, change: dict) -> None:
        self._refresh()

    def _on_apply_click(self, button: widgets.Button) -> None:
        try:
            self._extra = parse_cues(self._cues.value)
        except MedialitError as err:
            self._status.value = f"<p role='alert'><b>Not applied:</b> {esc(err)}</p>"
            return
        self._rerun()

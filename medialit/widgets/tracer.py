"""The attribution tracer: pick a sentence, see who told whom before it reached you."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..analysis import trace_attributions
from ..article import Article
from ..errors import MedialitError
from ..render import (
    body_sentences,
    body_sources_summary,
    chain_html,
    chain_text,
    esc,
    rows_in_span,
    sentence_chain,
    sentence_label,
    table_html,
    table_text,
)

# Say only what works: in JupyterLab a click on the list leaves the arrow keys to the notebook (they move
# the cell selection), while a number box keeps them (ipywidgets stops key events in text inputs).
_INTRO = (
    "<b>Attribution tracer.</b> Choose a sentence: click it in the list, or type its number in the "
    "<i>Sentence number</i> box, where the ↑ and ↓ keys step to the next or the previous sentence. "
    "The tree shows the chain of reports it rests on: the article at the top, then each "
    "source that reported what the one below it said, with the verb used and the exact words."
)


class AttributionTracer(widgets.VBox):
    """A sentence picker and, for the chosen sentence, its chain of sources as a tree.

    Args:
        article: the article to trace.
        attributions: a `trace_attributions` frame; computed from `article` when omitted.

    A second tab lists every source with the number of sentences that rest on it.
    """

    def __init__(self, article: Article, attributions: pd.DataFrame | None = None) -> None:
        self._article = article
        self._attributions = trace_attributions(article) if attributions is None else attributions
        self._sentences = article.sentences
        self._sources_frame = body_sources_summary(self._sentences, self._attributions)

        options = [
            (sentence_label(row.paragraph, row.text, sentence=row.sentence), int(row.sentence))
            for row in self._sentences.itertuples(index=False)
        ]
        self._intro = widgets.HTML(_INTRO)
        self._picker = widgets.Select(
            options=options,
            value=self._first_traced(options),
            rows=min(max(len(options), 1), 8),
            description="Sentence",
            tooltip="Sentences of the article; ¶ is the paragraph number",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="98%"),
        )
        numbers = [value for _, value in options] or [0]
        # The keyboard route: a number box, linked both ways to the list.
        self._number = widgets.BoundedIntText(
            value=self._picker.value if self._picker.value is not None else numbers[0],
            min=min(numbers),
            max=max(numbers),
            description="Sentence number",
            tooltip="Type a sentence number, or use the ↑ and ↓ keys",
            disabled=not options,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="16em"),
        )
        self._tree = widgets.HTML(layout=widgets.Layout(width="98%"))
        self._sources = widgets.HTML(
            table_html(self._sources_frame, caption="Sources and the sentences that rest on them")
        )
        self._views = widgets.Tab(children=[self._tree, self._sources], titles=("Chain of sources", "All sources"))

        self._picker.observe(self._on_picker_value, names="value")
        self._number.observe(self._on_number_value, names="value")

        self._refresh()
        super().__init__(children=[self._intro, self._number, self._picker, self._views])

    # -- Python API -----------------------------------------------------------------

    def select(self, sentence_id: int) -> None:
        """Show the chain of sentence `sentence_id` (as in `article.sentences`)."""
        valid = {value for _, value in self._picker.options}
        if int(sentence_id) not in valid:
            raise MedialitError(f"no sentence {sentence_id}; choose one of 0..{len(valid) - 1}")
        self._picker.value = int(sentence_id)

    @property
    def selected(self) -> int | None:
        """The id of the sentence shown, or None when the article has no sentences."""
        return self._picker.value

    @property
    def chain_frame(self) -> pd.DataFrame:
        """The attribution rows on the chain of the selected sentence, outermost first."""
        if self.selected is None:
            return self._attributions.iloc[0:0].copy()
        return sentence_chain(self._sentences, self._attributions, self.selected)

    @property
    def sources(self) -> pd.DataFrame:
        """Every source with its statements and the sentences resting on it (`render.body_sources_summary`)."""
        return self._sources_frame.copy()

    @property
    def summary(self) -> str:
        """The chain of the selected sentence and the sources table, as plain text."""
        return f"{self._chain_text()}\n\nSources (sentences resting on each):\n{table_text(self._sources_frame)}"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        return {**bundle, "text/plain": f"AttributionTracer\n{self.summary}"}

    # -- internals ------------------------------------------------------------------

    def _first_traced(self, options: list[tuple[str, int]]) -> int | None:
        # Open on the first body sentence that has a source, so the tree is not empty at first sight.
        body = body_sentences(self._sentences)
        for _, sentence in options:
            if sentence not in body:
                continue
            row = self._sentences[self._sentences["sentence"] == sentence].iloc[0]
            if len(self._attributions) and len(rows_in_span(self._attributions, int(row.start), int(row.end))):
                return sentence
        return options[0][1] if options else None

    def _sentence(self) -> pd.Series | None:
        hit = self._sentences[self._sentences["sentence"] == self.selected]
        return hit.iloc[0] if len(hit) else None

    def _chain_text(self) -> str:
        row = self._sentence()
        if row is None:
            return "(the article has no sentences)"
        return chain_text(row["text"], row["paragraph"], self.chain_frame, sentence=row["sentence"])

    def _refresh(self) -> None:
        row = self._sentence()
        if row is None:
            self._tree.value = f"<p><i>{esc('The article has no sentences.')}</i></p>"
        else:
            self._tree.value = chain_html(row["text"], row["paragraph"], self.chain_frame, sentence=row["sentence"])

    def _on_picker_value(self, change: dict) -> None:
        if change["new"] is not None:
            self._number.value = change["new"]
        self._refresh()

    def _on_number_value(self, change: dict) -> None:
        valid = {value for _, value in self._picker.options}
        if change["new"] in valid and change["new"] != self._picker.value:
            self._picker.value = change["new"]

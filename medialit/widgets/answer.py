"""A generic answer widget: the route to a graded question without Python syntax.

    AnswerBox("01.3", "choice", options=DENIERS)
    AnswerBox("04.2", "multi", options=WORDS)
    AnswerBox("02.5", "text")
    AnswerBox("04.1", "labels", items=CUES, labels=CATEGORIES)
    AnswerBox("03.5", "choice", options=READINGS, justify=True)

*Save* writes the answer to the answers sidecar under the question id, exactly as the
claim/denial sorter does, so ``check("01.3")`` with no answer (or with the ``...`` of
the answer cell left in place) reads it, and ``medialit grade`` grades it. The check
cell under the widget gives the feedback. Nothing in the widget knows the key.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..answers import load_answers, save_answer
from ..errors import MedialitError
from ..render import esc

KINDS = ("choice", "multi", "text", "labels")
_NONE = "— choose —"


def _check_kind(kind: str, options: Sequence[Any], items: Sequence[Any], labels: Sequence[str]) -> None:
    """`MedialitError` unless `kind` is known and has what it needs (options, or items and labels)."""
    if kind not in KINDS:
        raise MedialitError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")
    if kind in ("choice", "multi") and not options:
        raise MedialitError(f"a {kind} question needs options")
    if kind == "labels" and not (items and labels):
        raise MedialitError("a labels question needs items and labels")


class AnswerBox(widgets.VBox):
    """One graded question answered by clicking or typing; saved to the answers sidecar.

    Args:
        question: the question id, e.g. ``"01.3"``.
        kind: ``choice`` (one option), ``multi`` (any number of options), ``text`` (a short
            written answer), ``labels`` (a label for each item: a dict).
        options: the options of a choice or multi question.
        items: the items of a labels question (keys of the saved dict, e.g. sentence numbers).
        labels: the labels to choose from for each item.
        justify: add a "why" box; the answer is saved as ``{"answer": ..., "why": ...}``.
        path: the answers sidecar (default: ``medialit-answers.json`` in the current folder).

    A previously saved answer is shown again when the widget is rebuilt.
    """

    def __init__(
        self,
        question: str,
        kind: str = "choice",
        *,
        options: Sequence[Any] = (),
        items: Sequence[Any] = (),
        labels: Sequence[str] = (),
        justify: bool = False,
        path: str | Path | None = None,
    ) -> None:
        _check_kind(kind, options, items, labels)
        self._question = str(question)
        self._kind = kind
        self._options = list(options)
        self._items = list(items)
        self._path = path
        body = self._make_input(kind, labels, f"Answer to {self._question}")
        self._why = (
            widgets.Textarea(
                placeholder="Your reason, in one line",
                description="Why?",
                layout=widgets.Layout(width="95%", height="3em"),
            )
            if justify
            else None
        )
        self._save_button = widgets.Button(
            description="Save", icon="save", tooltip=f"Save your answer to {self._question} in the answers file"
        )
        self._status = widgets.HTML()
        self._save_button.on_click(lambda _b: self._on_save())
        children = [*body, *([self._why] if self._why is not None else []), self._save_button, self._status]
        super().__init__(children=children, layout=widgets.Layout(border="1px solid #ccc", padding="4px"))
        self._restore()

    def _make_input(self, kind: str, labels: Sequence[str], described: str) -> list[widgets.Widget]:
        """The input of one kind of question (`self._input`), and the widgets that show it."""
        if kind == "choice":
            self._input: Any = widgets.RadioButtons(
                options=[str(o) for o in self._options],
                value=None,
                description=described,
                layout=widgets.Layout(width="auto"),
                style={"description_width": "initial"},
            )
            return [self._input]
        if kind == "multi":
            self._boxes = [
                widgets.Checkbox(value=False, description=str(o), indent=False, layout=widgets.Layout(width="auto"))
                for o in self._options
            ]
            self._input = self._boxes
            return [widgets.HTML(f"<p>{esc(described)}: tick every one that applies.</p>"), *self._boxes]
        if kind == "text":
            self._input = widgets.Textarea(
                placeholder="Write your answer here",
                description=described,
                layout=widgets.Layout(width="95%", height="5em"),
                style={"description_width": "initial"},
            )
            return [self._input]
        self._drops = [
            widgets.Dropdown(
                options=[(_NONE, None)] + [(str(x), str(x)) for x in labels],
                value=None,
                description=str(item),
                style={"description_width": "initial"},
                layout=widgets.Layout(width="auto"),
            )
            for item in self._items
        ]
        self._input = self._drops
        return [widgets.HTML(f"<p>{esc(described)}: choose a label for each item.</p>"), *self._drops]

    # -- Python API -----------------------------------------------------------------

    @property
    def question(self) -> str:
        return self._question

    @property
    def answer(self) -> Any:
        """The answer as it will be saved (None parts while unanswered)."""
        if self._kind == "choice":
            value: Any = self._input.value
        elif self._kind == "multi":
            value = [str(o) for o, box in zip(self._options, self._boxes) if box.value]
        elif self._kind == "text":
            value = self._input.value.strip()
        else:
            value = {str(item): d.value for item, d in zip(self._items, self._drops) if d.value is not None}
        if self._why is not None:
            return {"answer": value, "why": self._why.value.strip()}
        return value

    def set(self, value: Any, why: str | None = None) -> None:
        """Fill the controls as a student would (option text, list of options, text, or {item: label})."""
        try:
            if self._kind == "choice":
                self._input.value = None if value is None else str(value)
            elif self._kind == "multi":
                chosen = {str(v) for v in value or []}
                for o, box in zip(self._options, self._boxes):
                    box.value = str(o) in chosen
            elif self._kind == "text":
                self._input.value = str(value or "")
            else:
                given = {str(k): v for k, v in (value or {}).items()}
                for item, d in zip(self._items, self._drops):
                    d.value = given.get(str(item))
        except Exception as err:  # a value that is not among the options (traitlets raises TraitError)
            raise MedialitError(f"{self._question}: {value!r} is not one of the choices here") from err
        if why is not None and self._why is not None:
            self._why.value = why

    def save(self) -> Path:
        """Write the answer to the sidecar under the question id; returns the file's path."""
        path = save_answer(self._question, self.answer, self._path)
        self._status.value = f"<p role='status'>Saved your answer to {esc(self._question)} in {esc(path.name)}.</p>"
        return path

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        return {
            **bundle,
            "text/plain": f"Answer widget for {self._question} ({self._kind}); Save, then run its check cell.",
        }

    # -- internals ------------------------------------------------------------------

    def _restore(self) -> None:
        try:
            saved = load_answers(self._path).get(self._question)
        except MedialitError:
            return
        if saved is None:
            return
        why = None
        if self._why is not None and isinstance(saved, dict) and "answer" in saved:
            saved, why = saved["answer"], saved.get("why", "")
        try:
            self.set(saved, why)
        except MedialitError:
            pass  # an answer saved for other options (the set changed): start empty

    def _on_save(self) -> None:
        try:
            self.save()
        except (OSError, MedialitError) as err:
            self._status.value = f"<p role='alert'><b>Not saved:</b> {esc(err)}</p>"

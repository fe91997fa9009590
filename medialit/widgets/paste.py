"""A paste box that takes any text, and the one rule that picks the student's own article.

Typing an article into ``PASTED = \"\"\"...\"\"\"`` breaks on a text that contains three
double quotes or ends with one. The box has no such limit: its Save button writes
the text to the answers sidecar (``<set>.article``), so it survives a restart and
`medialit grade` finds it beside the notebook. A file dropped beside the notebook
(``my_article.txt``, ``.md`` or ``.html``) works too, and the typed route stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..answers import answer_for, load_answers, save_answer
from ..article import Article, load_article

#: Names of a file a student drops beside the notebook, looked for in this order.
DROPPED = ("my_article.txt", "my_article.md", "my_article.html")


def saved_text(key: str, directory: str | Path | None = None) -> str:
    """The text saved under `key` in the answers sidecar ("" when there is none)."""
    value = load_answers(directory).get(key, "")
    return value if isinstance(value, str) else ""


def own_article(
    pasted: str = "",
    my_file: str | Path | None = None,
    *,
    sample: str | Path | None = None,
    key: str = "08.article",
    directory: str | Path | None = None,
) -> tuple[Article, str]:
    """The student's article and a line saying where it came from.

    Order: the typed ``PASTED`` text, ``MY_FILE``, the paste box (sidecar `key`), a file named as in
    `DROPPED` beside the notebook, then `sample`.
    """
    folder = Path(directory) if directory is not None else Path.cwd()
    if pasted and pasted.strip():
        return Article.from_text(pasted), "the text typed into PASTED"
    if my_file:
        return load_article(my_file), f"the file {my_file}"
    boxed = saved_text(key, folder)
    if boxed.strip():
        return Article.from_text(boxed), "the paste box (saved beside this notebook)"
    dropped = next((folder / name for name in DROPPED if (folder / name).is_file()), None)
    if dropped is not None:
        return load_article(dropped), f"the file {dropped.name} beside this notebook"
    if sample is None:
        return load_article(), "the bundled article"
    return load_article(sample), f"the sample {Path(sample).name} (nothing of yours found yet)"


def text_box(key: str, description: str, *, rows: int = 12, directory: str | Path | None = None) -> Any:
    """A text area with a Save button that stores its text under `key` in the sidecar; shows what is saved."""
    import ipywidgets as w

    area = w.Textarea(
        value=saved_text(key, directory),
        placeholder=description,
        description=description,
        rows=rows,
        layout=w.Layout(width="100%"),
        style={"description_width": "initial"},
    )
    button = w.Button(description="Save", tooltip=f"Save this text beside the notebook (as {key})")
    status = w.Label(value="Saved text found." if area.value else "Nothing saved yet.")

    def save(_: Any) -> None:
        save_answer(key, area.value, directory)
        status.value = f"Saved {len(area.value.split())} words. Run the next cell to use them."

    button.on_click(save)
    return w.VBox([area, w.HBox([button, status])])


def essay_answer(question: str, typed: Any, article: Article, directory: str | Path | None = None) -> Any:
    """What `check` grades for an essay on the student's own article: {"essay", "article"}, or `...` when unwritten.

    The essay is the typed text, or the widget's saved one while the typed cell still holds ``...``
    (`answer_for`, as for every other question); the article is the one the essay is about.
    """
    essay = answer_for(question, typed, directory)
    if not isinstance(essay, str):
        return essay
    return {"essay": essay, "article": article.text}

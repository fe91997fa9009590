"""The claim/denial sorter: students label statements and link each denial to its claim."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from ..analysis import find_claims
from ..answers import save_answer
from ..article import Article
from ..errors import MedialitError
from ..render import esc, plain, shorten, statement_html

LABELS = ("claim", "denial", "neither")
_NO_LINK = "— choose the claim it denies —"

_INTRO = (
    "<b>Claim or denial?</b> For each statement choose <i>claim</i>, <i>denial</i> or <i>neither</i>. "
    "For a denial, pick the claim it denies. <b>Save</b> keeps your answer in a file next to the "
    "notebook"
)
_INTRO_COMPARE = "; <b>Compare</b> tells you how many of your labels agree with the helper's reading."
_INTRO_GRADED = ". This is a graded question: the check cell under the sorter gives your feedback."
#: A graded question id ("03.3"); practice and demo ids ("03.b", "03.sorter") are not graded.
_GRADED_ID = re.compile(r"\d{2}\.\d+")


def is_graded_id(question: str) -> bool:
    """True for a graded question id such as "03.3" (practice ids use letters: "03.b")."""
    return bool(_GRADED_ID.fullmatch(str(question)))


def _statement_texts(statements: pd.DataFrame | list[str]) -> list[str]:
    """Unique display texts; a repeated text gets its content, then a number, to stay a usable key."""
    if isinstance(statements, pd.DataFrame):
        texts = [plain(t) for t in statements["text"]]
        contents = [plain(c) for c in statements["content"]] if "content" in statements else [""] * len(texts)
    else:
        texts, contents = [plain(t) for t in statements], [""] * len(statements)
    seen: dict[str, int] = {}
    out = []
    for text, content in zip(texts, contents):
        key = text
        if key in seen and content and f"{text} [{content}]" not in seen:
            key = f"{text} [{content}]"
        n = 2
        while key in seen:
            key, n = f"{text} ({n})", n + 1
        seen[key] = 1
        out.append(key)
    return out


def _tick_chosen(change: dict) -> None:
    """Show a tick on the chosen button of a ToggleButtons (and none when nothing is chosen)."""
    toggle = change["owner"]
    toggle.icons = ["check" if option == change["new"] else "" for option in toggle.options]


class ClaimDenialSorter(widgets.VBox):
    """One row per statement: a claim / denial / neither toggle and, for denials, the claim denied.

    Args:
        article: the article the statements come from.
        statements: a frame with a `text` column or a list of texts; default: the rows of
            `find_claims(article)`.
        question: the question id the answer is saved under.
        path: the answers sidecar (default: ``medialit-answers.json`` in the current folder).
        compare: offer "Compare with the helper"; default: only for an ungraded question id.
            On a graded question it would be an oracle (relabel one statement, watch the count),
            so it is off there.

    The answer is ``{"labels": {text: label}, "links": {denial text: claim text}}``; texts
    as keys survive a re-run of the analysis that renumbers rows.
    """

    def __init__(
        self,
        article: Article,
        statements: pd.DataFrame | list[str] | None = None,
        *,
        question: str = "03.sorter",
        path: str | Path | None = None,
        compare: bool | None = None,
    ) -> None:
        self._article = article
        self._can_compare = (not is_graded_id(question)) if compare is None else bool(compare)
        self._question = str(question)
        self._path = path
        self._claims: pd.DataFrame | None = None
        if statements is None:
            self._claims = find_claims(article)
            statements = self._claims
        self._texts = _statement_texts(statements)
        self._guard = False  # set while the sorter itself changes controls, to skip observers

        self._intro = widgets.HTML(_INTRO + (_INTRO_COMPARE if self._can_compare else _INTRO_GRADED))
        self._labels: list[widgets.ToggleButtons] = []
        self._links: list[widgets.Dropdown] = []
        rows = [self._statement_row(i, text) for i, text in enumerate(self._texts)]
        if not rows:
            rows.append(widgets.HTML("<p><i>No statements to sort.</i></p>"))
        self._make_buttons()
        for i, toggle in enumerate(self._labels):
            toggle.observe(lambda change, i=i: self._on_label_value(i, change), names="value")
        for link in self._links:
            link.observe(self._on_link_value, names="value")
        self._save_button.on_click(self._on_save_click)
        self._compare_button.on_click(self._on_compare_click)

        buttons = [self._save_button, self._compare_button] if self._can_compare else [self._save_button]
        super().__init__(children=[self._intro, *rows, widgets.HBox(buttons), self._status])

    def _statement_row(self, i: int, text: str) -> widgets.VBox:
        """Statement `i`: its text, its claim / denial / neither toggle and its "Denies" list (shown for a denial)."""
        toggle = widgets.ToggleButtons(
            options=LABELS,
            value=None,
            description=f"Statement {i + 1}",
            tooltips=["it asserts something", "it says something is not so", "neither"],
            icons=["", "", ""],
            style={"button_width": "6em"},
        )
        # The chosen button gets a tick, not only JupyterLab's slightly darker grey.
        toggle.observe(_tick_chosen, names="value")
        link = widgets.Dropdown(
            options=self._link_options(i),
            value=None,
            description="Denies",
            tooltip=f"The claim that statement {i + 1} denies",
            layout=widgets.Layout(display="none", width="95%"),
        )
        self._labels.append(toggle)
        self._links.append(link)
        return widgets.VBox(
            [widgets.HTML(statement_html(i + 1, text)), toggle, link],
            layout=widgets.Layout(border="1px solid #ccc", padding="4px", margin="2px 0"),
        )

    def _make_buttons(self) -> None:
        """Save, "Compare with the helper" (shown only where comparing gives nothing away) and the status line."""
        self._save_button = widgets.Button(
            description="Save", icon="save", tooltip="Save your answer to the answers file"
        )
        self._compare_button = widgets.Button(
            description="Compare with the helper",
            icon="balance-scale",
            tooltip="How many of your labels agree with the analysis (counts only)",
            layout=widgets.Layout(width="auto"),
        )
        self._status = widgets.HTML()

    # -- Python API -----------------------------------------------------------------

    @property
    def statements(self) -> list[str]:
        """The statement texts, in the order shown (numbered from 1 on screen, 0 here)."""
        return list(self._texts)

    def label(self, i: int, label: str | None) -> None:
        """Label statement `i` (0-based) as 'claim', 'denial', 'neither' or None."""
        self._check_index(i)
        if label is not None and label not in LABELS:
            raise MedialitError(f"label must be one of {', '.join(LABELS)}; got {label!r}")
        self._labels[i].value = label

    def link(self, i: int, j: int | None) -> None:
        """Say that denial `i` denies claim `j` (0-based; None removes the link)."""
        self._check_index(i)
        if j is not None:
            self._check_index(j)
            if i == j:
                raise MedialitError("a statement cannot deny itself")
        if self._labels[i].value != "denial":
            self.label(i, "denial")
        self._links[i].value = j

    @property
    def answer(self) -> dict:
        """``{"labels": {text: label}, "links": {denial text: claim text}}`` (unlabelled left out)."""
        labels = {t: w.value for t, w in zip(self._texts, self._labels) if w.value is not None}
        links = {
            self._texts[i]: self._texts[w.value]
            for i, w in enumerate(self._links)
            if self._labels[i].value == "denial" and w.value is not None
        }
        return {"labels": labels, "links": links}

    def save(self) -> Path:
        """Write the answer to the sidecar under the question id; returns the file's path."""
        path = save_answer(self._question, self.answer, self._path)
        n = len(self.answer["labels"])
        self._status.value = f"<p>Saved {n} label(s) for question {esc(self._question)} in {esc(path.name)}.</p>"
        return path

    def compare(self) -> dict[str, int]:
        """Counts of agreement with the helper's reading (`find_claims`), never which ones.

        Raises:
            MedialitError: on a graded question (see `compare` in the constructor).
        """
        if not self._can_compare:
            raise MedialitError(
                f"{self._question} is graded: comparing with the helper is off here; run the check cell"
            )
        helper = self._helper_labels()
        mine = self.answer["labels"]
        judged = [t for t in mine if t in helper]
        return {
            "labelled": len(mine),
            "comparable": len(judged),
            "agree": sum(mine[t] == helper[t] for t in judged),
        }

    @property
    def summary(self) -> str:
        """Statements with their current labels, as plain text."""
        lines = [f"Claim/denial sorter ({self._question}): {len(self.answer['labels'])} of {len(self._texts)} labelled"]
        for i, text in enumerate(self._texts):
            label = self._labels[i].value or "—"
            link = self._links[i].value
            extra = f" → denies {link + 1}" if label == "denial" and link is not None else ""
            lines.append(f"{i + 1}. [{label}{extra}] {shorten(text, 90)}")
        return "\n".join(lines)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        bundle = super()._repr_mimebundle_(**kwargs) or {}
        return {**bundle, "text/plain": self.summary}

    # -- internals ------------------------------------------------------------------

    def _check_index(self, i: int) -> None:
        if not 0 <= int(i) < len(self._texts):
            raise MedialitError(f"no statement {i}; there are {len(self._texts)} (numbered from 0)")

    def _link_options(self, i: int) -> list[tuple[str, int | None]]:
        return [(_NO_LINK, None)] + [(f"{j + 1}. {shorten(t, 80)}", j) for j, t in enumerate(self._texts) if j != i]

    def _helper_labels(self) -> dict[str, str]:
        # The helper's reading: every row of find_claims is a claim or a denial; statements
        # the helper did not pick out count as "neither" only when they came from it.
        claims = self._claims if self._claims is not None else find_claims(self._article)
        if len(claims) == 0:
            return {}
        texts = _statement_texts(claims)
        return {t: plain(s) for t, s in zip(texts, claims["stance"])}

    def _on_label_value(self, i: int, change: dict) -> None:
        self._links[i].layout.display = "" if change["new"] == "denial" else "none"

    def _on_link_value(self, change: dict) -> None:
        self._status.value = ""

    def _on_save_click(self, button: widgets.Button) -> None:
        try:
            self.save()
        except (OSError, MedialitError) as err:
            self._status.value = f"<p role='alert'><b>Not saved:</b> {esc(err)}</p>"

    def _on_compare_click(self, button: widgets.Button) -> None:
        counts = self.compare()
        if not counts["comparable"]:
            self._status.value = "<p>Nothing to compare yet: label some statements the helper also read.</p>"
            return
        self._status.value = (
            f"<p>You and the helper agree on <b>{counts['agree']} of {counts['comparable']}</b> statements "
            f"you both labelled. Where you differ, reread the verb: who asserts, who says it is not so?</p>"
        )

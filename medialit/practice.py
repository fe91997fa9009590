"""Ungraded practice questions with immediate feedback (multiple choice), for the lessons.

Questions are data: `medialit/data/practice/<lesson>.json` maps an id such as ``"01.a"`` to
``{"question": str, "options": [{"text": str, "correct": bool, "why": str}, ...]}``. Every option,
wrong ones included, carries an explanation (as in the spaCy course). Practice is not graded, so
the right option is stored in the clear.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import MedialitError


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    why: str


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    options: tuple[Option, ...]

    def feedback(self, choice: int) -> str:
        """Plain-text feedback for the option at index `choice`."""
        opt = self.options[choice]
        return f"{'Right' if opt.correct else 'Not quite'}: {opt.why}"


@cache
def _load_set(lesson: str) -> dict[str, Question]:
    ref = resources.files("medialit").joinpath(f"data/practice/{lesson}.json")
    if not ref.is_file():
        raise MedialitError(f"no practice questions for lesson {lesson!r}")
    where = f"data/practice/{lesson}.json"
    try:
        raw = json.loads(ref.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise MedialitError(f"{where}: not valid JSON ({err})") from None
    out = {}
    for qid, item in raw.items():
        try:
            options = tuple(Option(str(o["text"]), bool(o["correct"]), str(o["why"])) for o in item["options"])
            question = Question(qid, str(item["question"]), options)
        except (KeyError, TypeError) as err:
            raise MedialitError(f"{where}: question {qid!r} is malformed ({err})") from None
        if len(options) < 2 or sum(o.correct for o in options) != 1:
            raise MedialitError(f"{where}: question {qid!r} needs two or more options and exactly one correct")
        out[qid] = question
    return out


def get_question(qid: str) -> Question:
    """The practice question `qid` (e.g. ``"01.a"``); its lesson is the part before the dot."""
    lesson = qid.split(".", 1)[0]
    questions = _load_set(lesson)
    if qid not in questions:
        raise MedialitError(f"no practice question {qid!r}; this lesson has {', '.join(sorted(questions))}")
    return questions[qid]


def practice(qid: str):
    """A multiple-choice widget: pick an option, press Check, read why (right or wrong)."""
    import ipywidgets as widgets

    q = get_question(qid)

    class Practice(widgets.VBox):
        def __init__(self) -> None:
            self._question = q
            self._prompt = widgets.HTML(f"<p><b>Practice {html.escape(q.id)}.</b> {html.escape(q.question)}</p>")
            self._choices = widgets.RadioButtons(
                options=[(o.text, i) for i, o in enumerate(q.options)],
                value=None,
                description="Answer",
                layout=widgets.Layout(width="auto"),
            )
            self._check = widgets.Button(description="Check", tooltip="Check your answer", button_style="")
            self._feedback = widgets.HTML("", description="")
            self._check.on_click(self._on_check_click)
            super().__init__(children=[self._prompt, self._choices, self._check, self._feedback])

        def _on_check_click(self, _button=None) -> None:
            if self._choices.value is None:
                self._feedback.value = "<p>Pick an option first.</p>"
                return
            opt = self._question.options[self._choices.value]
            mark = "✔ Right" if opt.correct else "✘ Not quite"
            self._feedback.value = f"<p><b>{mark}.</b> {html.escape(opt.why)}</p>"

        def choose(self, index: int) -> str:
            """Pick option `index` and return the feedback text (for tests and keyboard-free use)."""
            self._choices.value = index
            self._on_check_click()
            return self._question.feedback(index)

        def _repr_mimebundle_(self, **kwargs):
            bundle = super()._repr_mimebundle_(**kwargs)
            lines = [f"Practice {q.id}. {q.question}"] + [
                f"  ({chr(97 + i)}) {o.text}" for i, o in enumerate(q.options)
            ]
            bundle = dict(bundle) if bundle else {}
            bundle["text/plain"] = "\n".join(lines)
            return bundle

    return Practice()

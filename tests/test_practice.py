"""Practice questions: every data file is valid, and the widget gives feedback for each option."""

import json
from importlib import resources

import pytest

from medialit.errors import MedialitError
from medialit.practice import _load_set, get_question, practice

SETS = sorted(
    r.name[:-5] for r in resources.files("medialit").joinpath("data/practice").iterdir() if r.name.endswith(".json")
)
ALL = [
    qid
    for s in SETS
    for qid in json.loads(resources.files("medialit").joinpath(f"data/practice/{s}.json").read_text("utf-8"))
]


@pytest.mark.parametrize("lesson", SETS)
def test_every_practice_file_loads(lesson):
    assert _load_set(lesson)


@pytest.mark.parametrize("qid", ALL)
def test_every_option_explains_itself(qid):
    q = get_question(qid)
    assert q.id.startswith(qid.split(".")[0] + ".")
    for i, opt in enumerate(q.options):
        assert len(opt.why) > 15
        assert q.feedback(i).startswith("Right" if opt.correct else "Not quite")


@pytest.mark.parametrize("qid", ALL[:3])
def test_widget_feedback_and_text_view(qid):
    w = practice(qid)
    q = get_question(qid)
    right = next(i for i, o in enumerate(q.options) if o.correct)
    assert w.choose(right).startswith("Right")
    assert "Right" in w._feedback.value
    assert q.question in w._repr_mimebundle_()["text/plain"]


def test_unknown_question_is_a_clear_error():
    with pytest.raises(MedialitError):
        get_question("00.zz-nope")

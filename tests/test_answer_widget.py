"""AnswerBox: a graded question answered without Python; saved to the sidecar as check() and grading read it."""

from __future__ import annotations

import json

import pytest

from medialit import check
from medialit.errors import MedialitError
from medialit.widgets import AnswerBox


def _saved(tmp_path, question):
    return json.loads((tmp_path / "medialit-answers.json").read_text(encoding="utf-8"))["answers"][question]


def test_choice_saves_what_check_reads(tmp_path, monkeypatch):
    """Does a clicked option land in the sidecar, and does check() with the stub left in place grade it?"""
    monkeypatch.chdir(tmp_path)
    box = AnswerBox("99.3", "choice", options=["the war media cell", "Bas News"])
    box.set("Bas News")
    box._save_button.click()
    assert _saved(tmp_path, "99.3") == "Bas News"
    assert not check("99.3", ...).passed
    box.set("the war media cell")
    box.save()
    assert check("99.3").passed and check("99.3", ...).passed
    assert "Saved your answer to 99.3" in box._status.value


def test_multi_text_and_labels(tmp_path):
    """Do the other kinds save a list, a string and a dict, and come back when rebuilt?"""
    multi = AnswerBox("99.1", "multi", options=["Bas News", "Reuters", "Breitbart News"], path=tmp_path)
    multi.set(["Reuters", "Bas News"])
    multi.save()
    assert _saved(tmp_path, "99.1") == ["Bas News", "Reuters"]
    assert AnswerBox("99.1", "multi", options=["Bas News", "Reuters", "Breitbart News"], path=tmp_path).answer == [
        "Bas News",
        "Reuters",
    ]
    text = AnswerBox("99.7", "text", path=tmp_path)
    text.set("  the war media cell ")
    text.save()
    assert _saved(tmp_path, "99.7") == "the war media cell"
    labels = AnswerBox(
        "99.4", "labels", items=["reportedly", "likely"], labels=["hearsay", "probability"], path=tmp_path
    )
    labels.set({"reportedly": "hearsay"})
    labels.save()
    assert _saved(tmp_path, "99.4") == {"reportedly": "hearsay"}


def test_justified_choice(tmp_path):
    """Does a justify box save the reading with its reason?"""
    box = AnswerBox("99.8", "choice", options=["a", "b"], justify=True, path=tmp_path)
    box.set("b", why="because the verb is the accuser's")
    box.save()
    assert _saved(tmp_path, "99.8") == {"answer": "b", "why": "because the verb is the accuser's"}
    assert (
        AnswerBox("99.8", "choice", options=["a", "b"], justify=True, path=tmp_path).answer["why"].startswith("because")
    )


@pytest.mark.parametrize("kwargs", [dict(kind="dial"), dict(kind="choice"), dict(kind="labels", items=["x"])])
def test_misuse_is_a_clear_error(kwargs, tmp_path):
    with pytest.raises(MedialitError):
        AnswerBox("99.1", path=tmp_path, **kwargs)


def test_an_option_not_offered_is_refused(tmp_path):
    box = AnswerBox("99.3", "choice", options=["a"], path=tmp_path)
    with pytest.raises(MedialitError, match="not one of the choices"):
        box.set("z")


def test_options_are_escaped_and_described(tmp_path):
    """Is every control described (accessibility) and is the plain-text view telling?"""
    box = AnswerBox("99.3", "choice", options=["<b>x</b>"], path=tmp_path)
    assert box._input.description == "Answer to 99.3"
    assert "99.3" in box._repr_mimebundle_()["text/plain"]

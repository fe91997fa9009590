"""The capstone's paste routes: any text works through the box or a dropped file; the typed route still wins."""

from __future__ import annotations

import pytest

from medialit.answers import save_answer
from medialit.widgets.paste import essay_answer, own_article, text_box

# An article that breaks PASTED = """...""": it contains three double quotes in a row and ends with one.
AWKWARD = 'Town Hall Clock Stops\n\nThe mayor said: """we will fix it""" on Monday.\n\nResidents replied: "about time"'


def test_the_paste_box_takes_text_that_breaks_triple_quotes(tmp_path):
    save_answer("08.article", AWKWARD, tmp_path)
    article, origin = own_article("", None, directory=tmp_path)
    assert article.text == AWKWARD and "paste box" in origin
    assert article.title == "Town Hall Clock Stops"


def test_a_file_dropped_beside_the_notebook_is_found(tmp_path):
    (tmp_path / "my_article.txt").write_text(AWKWARD, encoding="utf-8")
    article, origin = own_article("", None, directory=tmp_path)
    assert article.text == AWKWARD and "my_article.txt" in origin


def test_typed_text_comes_first_and_nothing_gives_the_bundled_article(tmp_path):
    save_answer("08.article", AWKWARD, tmp_path)
    typed, origin = own_article("Typed Headline\n\nA typed body.", None, directory=tmp_path)
    assert typed.title == "Typed Headline" and "PASTED" in origin
    empty = tmp_path / "empty"
    empty.mkdir()
    bundled, origin = own_article("", None, directory=empty)
    assert origin == "the bundled article" and bundled.title.startswith("Iraq Denies")


def test_the_box_saves_what_is_typed_into_it(tmp_path):
    pytest.importorskip("ipywidgets")
    box = text_box("08.article", "Paste here", directory=tmp_path)
    area, (button, status) = box.children[0], box.children[1].children
    area.value = AWKWARD
    button.click()
    assert own_article("", None, directory=tmp_path)[0].text == AWKWARD
    assert "Saved" in status.value


def test_essay_answer_is_not_attempted_until_written(tmp_path):
    article, _ = own_article("", None, directory=tmp_path)
    assert essay_answer("08.1", ..., article, tmp_path) is Ellipsis
    save_answer("08.1", "My essay.", tmp_path)
    assert essay_answer("08.1", ..., article, tmp_path) == {"essay": "My essay.", "article": article.text}

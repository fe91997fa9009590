"""The capstone's sample story comes in two formats, .txt and .html: one story, the same paragraphs and roles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from medialit.article import load_article

SAMPLES = Path(__file__).resolve().parents[1] / "notebooks" / "samples"


def test_txt_and_html_are_the_same_story():
    txt = load_article(SAMPLES / "sample_story.txt")
    page = load_article(SAMPLES / "sample_story.html")
    assert txt.title == page.title
    # The page adds only its menu; every paragraph of the text file is on the page with the same role.
    story = page.paragraphs[page.paragraphs["text"] != "Home Local Environment"]
    assert story["text"].tolist() == txt.paragraphs["text"].tolist()
    assert story["role"].tolist() == txt.paragraphs["role"].tolist()
    assert txt.paragraphs["role"].tolist() == ["headline", "related-headline"] + ["body"] * 6 + ["boilerplate"]


def test_html_sample_states_what_the_text_file_cannot():
    page = load_article(SAMPLES / "sample_story.html")
    assert page.meta["publisher"].confidence == "stated"
    assert page.meta["date"].date == dt.date(2024, 3, 8)
    assert load_article(SAMPLES / "sample_story.txt").meta["publisher"] is None

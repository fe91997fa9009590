"""Problem sets 01-04: each key file equals what its answers file builds, and the keys are true to their texts.

The generic checks over all sets (solutions pass in strict mode, exercises fail, no drift, no leaks) live
in the shared problem-set test, check/grade parity in test_check_grade_parity.py; this file covers what is
particular to sets 01-04: the stories written for them, the lexicon as the one source of cue categories,
and the facts behind 01.5.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from teaching_factories import key_source

from medialit import Article, find_hedges, load_article
from medialit.analysis.hedges import HEDGE_CATEGORIES, LOADED_CATEGORIES
from medialit.lexicon import load_lexicon
from medialit.teaching.keys import evaluate, load_keys

ROOT = Path(__file__).resolve().parents[1]
SETS = ["01", "02", "03", "04"]


def _solution(set_id: str) -> dict:
    return json.loads(next((ROOT / "solutions").glob(f"{set_id}_*.ipynb")).read_text(encoding="utf-8"))


@pytest.mark.parametrize("set_id", SETS)
def test_key_file_is_the_answers_files_build(set_id):
    """Did someone edit a key by hand, or change an answer without re-running `medialit keys build`?"""
    written = (ROOT / "medialit" / "data" / "keys" / f"{set_id}.json").read_text(encoding="utf-8")
    assert written == key_source(set_id).render(), "run: medialit keys build solutions/"


@pytest.mark.parametrize("set_id", SETS)
def test_every_graded_question_has_a_key_and_vice_versa(set_id):
    nb = _solution(set_id)
    graded = {
        c["metadata"]["nbgrader"]["grade_id"] for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade")
    }
    assert graded == set(load_keys(set_id).questions)
    assert len(graded) >= 3


@pytest.mark.parametrize("set_id", SETS)
def test_the_notebook_shows_the_answers_files_story_and_options_word_for_word(set_id):
    """Does the student see exactly the text and the options the key was made for?"""
    module = key_source(set_id)
    source = "\n".join("".join(c["source"]) for c in _solution(set_id)["cells"])
    story = getattr(module, "PAGE", None) or module.STORY
    assert story in source
    for name in (
        "READINGS",
        "OUTLETS",
        "STATEMENTS",
        "LATERAL",
        "CHAINS",
        "ROUTES",
        "EVIDENCE",
        "HEADLINES",
        "WORDS",
        "REWRITES",
    ):
        for option in getattr(module, name, []):
            assert json.dumps(option, ensure_ascii=False) in source, option


@pytest.mark.parametrize("set_id", SETS)
def test_most_points_are_earned_on_text_the_lessons_never_showed(set_id):
    """Is at least half of each set's worth earned on its own story (questions that do not name the article)?"""
    nb = _solution(set_id)
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    keys = load_keys(set_id)
    total = sum(e["points"] for e in keys.questions.values())
    on_article = [
        q
        for q in keys.questions
        if f"## {q} " in text and "bundled article" in text.split(f"## {q} ", 1)[1].split("\n## ", 1)[0]
    ]
    fresh = total - sum(keys.questions[q]["points"] for q in on_article)
    assert fresh >= total / 2, (set_id, fresh, total)


def test_sentence_numbers_the_keys_use_are_the_ones_printed():
    """The stories split into the sentences the keys number (a splitter change would silently shift them)."""
    s02 = Article.from_text(key_source("02").STORY).sentences.set_index("sentence")["text"]
    assert s02[4].startswith("Analysts at Meridian") and s02[7].startswith("The strike, the first") and len(s02) == 9
    s03 = Article.from_text(key_source("03").STORY).sentences.set_index("sentence")["text"]
    assert s03[3].startswith("Solvex denied") and s03[6].startswith("Clean Tarn rejected") and len(s03) == 9
    p01 = Article.from_text(key_source("01").PAGE).paragraphs.set_index("paragraph")["text"]
    assert p01[6].endswith("committee\u2019s agenda.") and "told the Valley Herald" in p01[6] and len(p01) == 8


def test_04_1_categories_are_the_lexicons():
    """One place decides each contested word: every cue's key category is what the lexicon row says."""
    module = key_source("04")
    story = Article.from_text(module.STORY)
    found = find_hedges(story)
    by_cue = {(int(r.sentence), r.text): r.category for r in found.itertuples()}
    for cue, (sentence, category) in module.CUES.items():
        assert cue in story.sentences.set_index("sentence").loc[sentence, "text"], cue
        assert by_cue.get((sentence, cue)) == category, (cue, by_cue.get((sentence, cue)), category)
    assert set(module.ANSWERS["04.1"].values()) <= set(HEDGE_CATEGORIES) | set(LOADED_CATEGORIES)


def test_04_2_speaker_words_are_inside_quotation_marks_and_writer_words_outside():
    module = key_source("04")
    for word in ("scaremongering", "the wrong place"):
        assert f"\u201c{word}\u201d" in module.STORY
    for word in module.ANSWERS["04.2"]:
        assert word in module.STORY and f"\u201c{word}" not in module.STORY


def test_04_4_sample_has_no_hedge_until_the_student_adds_cues():
    """If the packaged cue lists learn these phrases, 04.4 must be rewritten with new ones."""
    assert find_hedges(Article.from_text(key_source("04").SAMPLE)).empty


def test_01_5_address_is_the_articles_headline_one_day_after_the_earliest_date():
    """01.5's facts: the address carries the headline's words and 2019/01/22, the day after Monday, January 21."""
    import datetime

    module = key_source("01")
    headline = load_article().title
    slug = module.ADDRESS.rstrip("/").rsplit("/", 1)[1]
    assert slug == headline.lower().replace(".", "-").replace(" ", "-").replace("--", "-")
    assert "/2019/01/22/" in module.ADDRESS
    assert datetime.date(2019, 1, 21).strftime("%A") == "Monday"


def test_a_wrong_reason_length_fails_and_the_reading_alone_fails():
    """A justified question wants the reading and a reason; neither alone earns the points."""
    entry = load_keys("03").entry("03.4")
    right = key_source("03").ANSWERS["03.4"]
    assert evaluate("03.4", entry, right).passed
    assert not evaluate("03.4", entry, right["answer"]).passed
    assert not evaluate("03.4", entry, {**right, "why": "fair"}).passed


def test_lexicon_is_loadable():
    assert len(load_lexicon("hedges")) > 10


@pytest.mark.parametrize("set_id", SETS)
def test_no_set_cuts_the_text_its_questions_ask_about(set_id):
    """Sets 02 and 03 used to cut sentences at 200 characters, hiding the words a question asked about."""
    source = "\n".join("".join(c["source"]) for c in _solution(set_id)["cells"] if c["cell_type"] == "code")
    assert "max_colwidth" not in source and "shorten(" not in source


def test_numbered_text_wraps_and_never_cuts():
    import pandas as pd

    from medialit.render import numbered_text

    long = "word " * 80 + "the last words, something the American-led coalition denied."
    shown = numbered_text(pd.DataFrame({"sentence": [22], "text": [long]}), width=60)
    assert " ".join(shown.split()).endswith("something the American-led coalition denied.")
    assert all(len(line) <= 60 for line in shown.splitlines()) and shown.startswith(" 22  word")

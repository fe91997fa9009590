"""Problem sets 01-04: each key file equals its script's output, and the keys are true to the article.

The generic checks over all sets (solutions pass in strict mode, exercises fail, no drift, no leaks) live
in the shared problem-set test; this file covers what is particular to sets 01-04.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from medialit import load_article
from medialit.analysis.hedges import HEDGE_CATEGORIES, LOADED_CATEGORIES
from medialit.teaching.keys import evaluate, item_hash, load_keys

ROOT = Path(__file__).resolve().parents[1]
SETS = ["01", "02", "03", "04"]


def _script(set_id: str):
    path = ROOT / "solutions" / "keys" / f"make_keys_{set_id}.py"
    spec = importlib.util.spec_from_file_location(f"make_keys_{set_id}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("set_id", SETS)
def test_key_file_is_the_scripts_output(set_id):
    """Did someone edit a key by hand, or change an answer without re-running its script?"""
    written = (ROOT / "medialit" / "data" / "keys" / f"{set_id}.json").read_text(encoding="utf-8")
    assert written == _script(set_id).render(), f"run: python solutions/keys/make_keys_{set_id}.py"


@pytest.mark.parametrize("set_id", SETS)
def test_every_graded_question_has_a_key_and_vice_versa(set_id):
    nb = json.loads(next((ROOT / "solutions").glob(f"{set_id}_*.ipynb")).read_text(encoding="utf-8"))
    graded = {c["metadata"]["nbgrader"]["grade_id"] for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade")}
    assert graded == set(load_keys(set_id).questions)
    assert len(graded) >= 3


# (question, answer, passes): right answers from the instructor's copy and tempting wrong ones, so a key
# that accepted anything (or nothing) would fail here.
CASES = [
    ("01.1", {0: "headline", 1: "related-story link", 21: "boilerplate"}, True),
    ("01.1", {"0": "Headline", "1": "Related-story link", "21": "boilerplate"}, True),
    ("01.1", {0: "headline", 1: "boilerplate", 21: "related-story link"}, False),
    ("01.2", [4, 2], True),
    ("01.2", [2, 4, 5], False),
    ("01.3", "The war media cell of the Iraqi defense ministry, as relayed by Bas News", True),
    ("01.3", "Bas News itself", False),
    ("01.4", {"publisher": "breitbart news", "evidence": 23}, True),
    ("01.4", {"publisher": "Bas News", "evidence": 23}, False),
    ("01.5", "2019-01-21", True),
    ("01.5", "2019-01-15", False),
    ("02.1", {1: "Bas News", 2: "Iraqi news channels"}, True),
    ("02.1", {1: "Bas News", 2: "the war media cell", 3: "Iraqi news channels"}, False),
    ("02.2", {3: "second-hand", 4: "second-hand", 8: "second-hand", 16: "second-hand", 23: "first-hand", 26: "second-hand"}, True),
    ("02.2", {3: "second-hand", 4: "second-hand", 8: "first-hand", 16: "second-hand", 23: "first-hand", 26: "second-hand"}, False),
    ("02.3", [16, 18, 19, 20, 21], True),
    ("02.3", [15, 16, 18], False),
    ("02.4", {5: "mixed", 8: "direct", 14: "mixed", 16: "indirect", 23: "indirect", 26: "mixed"}, True),
    ("02.4", {5: "indirect", 8: "direct", 14: "mixed", 16: "indirect", 23: "indirect", 26: "mixed"}, False),
    ("03.1", [(4, 3), (5, 10), (22, 22)], True),
    ("03.1", [(4, 3), (5, 5), (22, 21)], False),
    ("03.2", {2: "Baghdad", 4: "war media cell", 5: "U.S.-led coalition", 22: "the U.S.-led coalition"}, True),
    ("03.2", {2: "the war media cell", 4: "the war media cell", 5: "the U.S.-led coalition", 22: "the U.S.-led coalition"}, False),
    ("03.4", "none: the article only says the reports were found untrue after investigations", True),
    ("03.4", "the results of its investigations, quoted in the article", False),
    ("03.5", {"denied": "says the claim is false", "repudiated": "rejects the claim formally, as something to have nothing to do with",
              "found untrue": "says a check showed the claim is false", "did not confirm": "leaves the claim open: neither yes nor no"}, True),
    ("03.5", {"denied": "says the claim is false", "repudiated": "rejects the claim formally, as something to have nothing to do with",
              "found untrue": "says a check showed the claim is false", "did not confirm": "says the claim is false"}, False),
    ("04.2", ["Menace", "dictator"], True),
    ("04.2", ["menace", "dictator", "wild west"], False),
    ("04.3", ["revealed", "noted", "claimed", "acknowledged", "conceded"], True),
    ("04.3", ["revealed", "claimed", "acknowledged", "conceded", "said"], False),
    ("04.4", {"by all accounts": "vague-source", "in the region of": "approximator", "conceivably": "probability"}, True),
    ("04.4", {"by all accounts": "hearsay", "in the region of": "approximator", "conceivably": "probability"}, False),
]


@pytest.mark.parametrize(("question", "answer", "passes"), CASES)
def test_keys_accept_the_right_answer_and_reject_tempting_wrong_ones(question, answer, passes):
    entry = load_keys(question[:2]).entry(question)
    assert evaluate(question, entry, answer).passed is passes


def test_04_1_cues_occur_in_their_sentences_and_labels_are_real_categories():
    module = _script("04")
    sentences = load_article().sentences.set_index("sentence")["text"]
    where = {"reportedly": 16, "could": 25, "up to": 15, "According to various estimates": 15, "not all": 27,
             "nominally": 20, "\u201cblocked\u201d": 5, "menace": 23, "conceded": 27}
    for cue, sentence in where.items():
        assert cue in sentences[sentence], cue
    entry = module.QUESTIONS["04.1"]["items"]
    categories = {item_hash("04.1", c) for c in (*HEDGE_CATEGORIES, *LOADED_CATEGORIES)}
    assert set(entry.values()) <= categories and len(entry) == len(where)


def test_03_3_sorter_statements_are_cut_from_the_article_and_pairs_hold():
    """The sorter's statements are the article's own words, and the right links pass through the saved shape."""
    module = _script("03")
    text = load_article().text
    assert all(s in text for s in module.S.values()) and len(set(module.S.values())) == 8
    links = {module.S["baghdad"]: module.S["media_reports"], module.S["coalition_june"]: module.S["accusation"],
             module.S["coalition_blocked"]: module.S["pmf_claim"]}
    entry = load_keys("03").entry("03.3")
    assert evaluate("03.3", entry, links).passed
    # Linking the coalition's denial to the airstrike reports instead is the trap the question sets.
    wrong = dict(links, **{module.S["coalition_blocked"]: module.S["media_reports"]})
    assert not evaluate("03.3", entry, wrong).passed


def test_04_4_sample_has_no_hedge_until_the_student_adds_cues():
    """If the packaged cue lists learn these phrases, 04.4 must be rewritten with new ones."""
    from medialit import Article, find_hedges

    nb = json.loads((ROOT / "solutions" / "04_hedges_and_loaded_words.ipynb").read_text(encoding="utf-8"))
    cell = next("".join(c["source"]) for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade_id") == "04-sample")
    namespace: dict = {"Article": Article, "find_hedges": find_hedges}
    exec(cell.rsplit("\n", 1)[0], namespace)  # the cell without its display line
    assert find_hedges(namespace["sample"]).empty


def test_earliest_date_reasoning_holds_on_the_calendar():
    """01.5: January 15, 2019 was a Tuesday, and the first Monday at least two days after it is January 21."""
    import datetime

    claim = datetime.date(2019, 1, 15)
    monday = next(claim + datetime.timedelta(days=d) for d in range(2, 10) if (claim + datetime.timedelta(days=d)).weekday() == 0)
    assert claim.strftime("%A") == "Tuesday" and monday == datetime.date(2019, 1, 21)

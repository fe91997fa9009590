"""check(): feedback that helps without giving the answer away (demo key set 99)."""

from __future__ import annotations

import pandas as pd
import pytest

from medialit import check
from medialit.answers import save_answer
from medialit.errors import MedialitError
from medialit.teaching.check import CheckResult

RIGHT_1 = ["Bas News", "Voice of America", "Reuters", "Washington Post"]
RIGHT_4 = {"reportedly": "hearsay", "likely": "probability", "up to": "approximator"}
RIGHT_5 = [
    ("Baghdad repudiated recent Iraqi media reports", "U.S. warplanes launched lethal airstrikes in Anbar province"),
    ("the U.S.-led coalition denied", "the PMF blocked American troops"),
]
GOOD_ESSAY = (
    'Bas News cites the war media cell, which said "after investigations, the reports were found untrue", '
    "so the strike story was denied."
)

# (question, answer, passed, words the message must contain)
CASES = [
    ("99.1", RIGHT_1, True, ["4 of 4 right"]),
    ("99.1", ["the washington post", "REUTERS", "bas  news", "\u201cVoice of America\u201d"], True, ["4 of 4"]),
    ("99.1", ["Bas News", "Reuters"], False, ["2 of 4 right", "2 items are still missing"]),
    ("99.1", RIGHT_1 + ["Breitbart News"], False, ["4 of 4 right", "1 item should not be there", "(1.5/2 points)"]),
    ("99.1", pd.Series(RIGHT_1), True, ["4 of 4"]),
    ("99.1", "Reuters", False, ["not a single string"]),
    ("99.1", pd.DataFrame({"outlet": RIGHT_1}), False, ["pandas DataFrame", "tolist()"]),
    ("99.1", 42, False, ["a whole number"]),
    ("99.1", None, False, ["None"]),
    ("99.1", ..., False, ["Not attempted yet"]),
    ("99.2", 30, True, ["Right"]),
    ("99.2", 30.0, True, ["Right"]),
    ("99.2", 31, False, ["Not the number"]),
    ("99.2", 3, False, ["Not the number"]),
    ("99.2", "30", False, ["not text"]),
    ("99.2", True, False, ["number"]),
    ("99.2", float("nan"), False, ["not a finite number"]),
    ("99.3", "The war media cell", True, ["defence ministry"]),
    ("99.3", "Bas News", False, ["reported the statement"]),
    ("99.3", "the Pentagon", False, ["not one of the options"]),
    ("99.3", ["Bas News"], False, ["one option"]),
    ("99.4", RIGHT_4, True, ["3 of 3 labels right"]),
    (
        "99.4",
        {**RIGHT_4, "reportedly": "probability"},
        False,
        ["2 of 3", "1 item carries the wrong label", "You confused hearsay"],
    ),
    ("99.4", {"reportedly": "hearsay"}, False, ["1 of 3", "2 items are not labelled yet"]),
    ("99.4", {**RIGHT_4, "menace": "loaded-word"}, False, ["not among the items"]),
    ("99.4", list(RIGHT_4.items()), True, ["3 of 3"]),
    ("99.4", ["reportedly"], False, ["dict {item: label}"]),
    ("99.4", pd.DataFrame({"cue": ["likely"], "category": ["probability"]}), False, ["dict(zip("]),
    ("99.5", RIGHT_5, True, ["2 of 2 links right"]),
    ("99.5", dict(RIGHT_5), True, ["2 of 2"]),
    ("99.5", [RIGHT_5[0], (RIGHT_5[1][0], RIGHT_5[0][1])], False, ["1 of 2", "1 denial is linked to the wrong claim"]),
    ("99.5", [("Trump visited Iraq", "no plans to pull out")], False, ["0 of 2", "not a denial here"]),
    ("99.5", ["just one string"], False, ["(denial, claim) pairs"]),
    ("99.6", GOOD_ESSAY, True, ["4 of 4 criteria met"]),
    (
        "99.6",
        "It was denied.",
        False,
        [
            "Met: says the claim was denied",
            "Not yet: names a source of the chain",
            "has at least 12 words",
            "quotes the article",
        ],
    ),
    (
        "99.6",
        'Bas News said "the reports were made up by someone" and denied all of it in the end.',
        False,
        ["quotes the article"],
    ),
    ("99.6", ["not", "a", "string"], False, ["written answer as a string"]),
]


@pytest.mark.parametrize(("question", "answer", "passed", "words"), CASES)
def test_feedback(question, answer, passed, words):
    """Does check() say how far the answer is right, in words, without raising?"""
    result = check(question, answer)
    assert isinstance(result, CheckResult)
    assert result.passed is passed
    for word in words:
        assert word in str(result)
    assert 0 <= result.score <= result.max_score
    assert (result.score == result.max_score) is passed


#: Wrong answers per question, and the right answer strings that must never appear in the feedback.
SECRETS = [
    ("99.1", ["Bas News", "Breitbart News", "VOA"], ["Voice of America", "Reuters", "Washington Post"]),
    ("99.1", pd.DataFrame({"x": [1]}), RIGHT_1),
    ("99.2", 29, ["30"]),
    ("99.2", "thirty", ["30"]),
    ("99.3", "Bas News", ["war media cell"]),
    ("99.3", "the U.S.-led coalition", ["war media cell"]),
    ("99.4", {"reportedly": "approximator", "likely": "approximator", "up to": "hearsay"}, ["probability"]),
    ("99.5", [("a", "b")], [part for pair in RIGHT_5 for part in pair]),
    (
        "99.6",
        "Someone denied something, apparently, as far as I can tell from this.",
        ["Bas News", "war media cell", "ministry"],
    ),
    ("99.6", None, ["Bas News", "war media cell"]),
]


@pytest.mark.parametrize(("question", "answer", "secrets"), SECRETS)
def test_feedback_never_contains_the_expected_value(question, answer, secrets):
    """Does the message (text and HTML) keep the right answer to itself?"""
    result = check(question, answer)
    shown = (str(result) + result._repr_html_()).casefold()
    for secret in secrets:
        assert secret.casefold() not in shown


def test_strict_mode_raises_assertion_with_the_same_message(monkeypatch):
    """In strict mode, does a wrong answer fail the cell with the friendly message, and a right one pass?"""
    monkeypatch.setenv("MEDIALIT_STRICT", "1")
    with pytest.raises(AssertionError) as info:
        check("99.2", 31)
    monkeypatch.delenv("MEDIALIT_STRICT")
    assert str(info.value) == str(check("99.2", 31))
    monkeypatch.setenv("MEDIALIT_STRICT", "1")
    assert check("99.2", 30).passed


@pytest.mark.parametrize("answer", [..., None, pd.DataFrame()])
def test_strict_mode_fails_unattempted_and_malformed(monkeypatch, answer):
    """Does strict mode also fail a stub, None or a wrong type (so a blank exercise fails in CI)?"""
    monkeypatch.setenv("MEDIALIT_STRICT", "1")
    with pytest.raises(AssertionError, match="99.1"):
        check("99.1", answer)


@pytest.mark.parametrize("value", ["0", "", "false"])
def test_strict_mode_off_values(monkeypatch, value):
    """Do MEDIALIT_STRICT=0, empty or false leave check() lenient?"""
    monkeypatch.setenv("MEDIALIT_STRICT", value)
    assert not check("99.2", 31).passed


def test_no_answer_reads_the_sidecar(tmp_path, monkeypatch):
    """With no answer argument, does check() use the answer a widget saved next to the notebook?"""
    monkeypatch.chdir(tmp_path)
    assert "Not attempted yet" in check("99.4").message
    save_answer("99.4", RIGHT_4)
    assert check("99.4").passed
    monkeypatch.setenv("MEDIALIT_STRICT", "1")
    with pytest.raises(AssertionError, match="Not attempted yet"):
        check("99.1")


def test_html_is_escaped():
    """Is everything shown as HTML escaped (question ids and messages come from data)?"""
    result = CheckResult("99.<b>", False, 0, 1, "use <script>alert(1)</script> & co", "see <p> 3")
    html = result._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; co" in html
    assert "<b>" not in html and "Not yet" in html


def test_result_is_frozen_and_plain_text():
    """Is a CheckResult an immutable record whose text says passed or not in words?"""
    result = check("99.2", 30)
    assert str(result).startswith("99.2: passed (1/1 point).")
    with pytest.raises(AttributeError):
        result.passed = False  # type: ignore[misc]


@pytest.mark.parametrize(
    ("question", "message"),
    [("99.42", "no key for question"), ("3.1", "should look like"), ("42.1", "no answer key for set")],
)
def test_unknown_question_is_an_authoring_error(question, message):
    """Is a question id without a key a loud MedialitError (a notebook bug), not feedback?"""
    with pytest.raises(MedialitError, match=message):
        check(question, "x")

"""Answer keys: normalisation, hashing, the versioned schema and the authoring helper."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from medialit.errors import MedialitError
from medialit.teaching.keys import (
    KINDS,
    item_hash,
    key_path,
    load_keys,
    make_key,
    normalize,
    validate_entry,
    validate_key_file,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Bas   News ", "bas news"),
        ("The Washington Post", "washington post"),
        ("the the", "the"),  # only one leading article goes
        ("an email", "email"),
        ("Theory", "theory"),  # "the" inside a word is not an article
        ("\u201cwild west\u201d", "wild west"),  # curly quotes at the edges
        ("Iran\u2013allied", "iran-allied"),  # en dash unified
        ("Shi\u2019ite", "shi'ite"),  # curly apostrophe unified
        ("U.S.-led\u00a0coalition", "u.s.-led coalition"),  # no-break space
        ("STRASSE", "strasse"),
        ("Reuters.", "reuters"),
        ("", ""),
    ],
)
def test_normalize(text, expected):
    """Does normalisation forgive case, spacing, quote and dash styles and a leading article?"""
    assert normalize(text) == expected


def test_hash_is_salted_by_question():
    """Does the same item hash differently under two questions (so keys cannot be matched across questions)?"""
    assert item_hash("99.1", "Reuters") != item_hash("99.2", "Reuters")
    assert item_hash("99.1", "the Reuters ") == item_hash("99.1", "reuters")


@pytest.mark.parametrize(
    ("kind", "answer", "hints"),
    [
        ("set", ["a b", "c"], {"hint": "p. 2", "item_hints": {"d": "not d"}}),
        ("mapping", {"x": "hearsay"}, {"confusions": {("hearsay", "probability"): "mixed up"}}),
        ("choice", "yes", {"explanations": {"yes": "because", "no": "because not"}}),
        ("number", 30, {"tolerance": 1}),
        ("number", (30, None), {}),
        ("pairs", [("denial", "claim")], {}),
        ("rubric", {"names a source": ["Bas News"]}, {"min_words": 5, "quote": True}),
    ],
)
def test_make_key_entries_validate(kind, answer, hints):
    """Does make_key produce a valid entry for every kind, with no answer text in it?"""
    entry = make_key("99.7", kind, answer, **hints)
    validate_entry("99.7", entry)
    text = json.dumps(entry)
    if kind != "number":  # numbers are stored in the clear on purpose (tolerance needs the value)
        for word in ("a b", "hearsay", "yes", "denial", "Bas News"):
            assert f'"{word}"' not in text


def test_make_key_rejects_unknown_hint():
    """Does a misspelt hint name fail instead of being dropped silently?"""
    with pytest.raises(MedialitError, match="unexpected hint"):
        make_key("99.7", "set", ["a"], hnit="typo")


def test_make_key_rejects_long_rubric_keyword():
    """Is a rubric keyword longer than the n-grams we hash refused (it could never match)?"""
    with pytest.raises(MedialitError, match="longer than"):
        make_key("99.7", "rubric", {"c": ["one two three four five"]})


BAD_FILES = [
    ({"schema": 2, "set": "99", "questions": {}}, "schema must be 1"),
    ({"schema": 1, "set": "99", "questions": {}, "extra": 1}, "unknown top-level"),
    ({"schema": 1, "set": "99", "questions": {"98.1": {"kind": "choice", "answer": "0" * 16}}}, "does not belong"),
    ({"schema": 1, "set": "99", "questions": {"99.1": {"kind": "list"}}}, "kind must be one of"),
    ({"schema": 1, "set": "99", "questions": {"99.1": {"kind": "set"}}}, "lacks"),
    ({"schema": 1, "set": "99", "questions": {"99.1": {"kind": "set", "items": ["Reuters"]}}}, "16-hex-digit"),
    ({"schema": 1, "set": "99", "questions": {"99.1": {"kind": "set", "items": [], "hnit": ""}}}, "unknown field"),
    ({"schema": 1, "set": "99", "questions": {"99.1": {"kind": "number"}}}, "either value"),
    ({"schema": 1, "set": "99", "questions": {"99.1": {"kind": "number", "low": 5, "high": 1}}}, "low is above high"),
    ({"schema": 1, "set": "99", "questions": {"99.1": {"kind": "rubric", "criteria": []}}}, "non-empty"),
    (
        {"schema": 1, "set": "99", "questions": {"99.1": {"kind": "mapping", "items": {}, "confusions": {"a": "b"}}}},
        "confusions",
    ),
]


@pytest.mark.parametrize(("data", "message"), BAD_FILES)
def test_bad_key_files_fail_with_a_clear_message(data, message):
    """Does each schema violation fail at load, naming the file and saying what is wrong?"""
    with pytest.raises(MedialitError, match=message) as info:
        validate_key_file(data, source="99.json")
    assert str(info.value).startswith("99.json")


def test_missing_key_file(tmp_path):
    """Is a set without a key file a clear error?"""
    with pytest.raises(MedialitError, match="no answer key for set '42'"):
        load_keys("42", tmp_path)


def test_every_bundled_key_file_validates():
    """Do all key files shipped in the package load against the schema?"""
    folder = key_path("99").parent
    files = sorted(folder.glob("*.json"))
    assert files, "no key files found"
    for path in files:
        keys = load_keys(path.stem)
        assert keys.set == path.stem
        assert {e["kind"] for e in keys.questions.values()} <= set(KINDS)


def test_demo_key_file_is_regenerated_identically(tmp_path):
    """Is medialit/data/keys/99.json exactly what `medialit keys build` makes of its answers file (no hand edits)?"""
    from medialit.teaching.keysource import build_keys

    assert build_keys(ROOT / "tests" / "fixtures" / "teaching" / "solutions", tmp_path, err=io.StringIO()) == 0
    assert (tmp_path / "99.json").read_bytes() == key_path("99").read_bytes()


def test_a_sorter_answer_is_graded_by_the_part_each_kind_needs():
    """Does a widget's saved {"labels", "links"} answer grade as labels (mapping) or links (pairs)?"""
    from medialit.teaching.keys import evaluate

    saved = {"labels": {"X denied it": "denial", "Y said it": "claim"}, "links": {"X denied it": "Y said it"}}
    pairs = make_key("99.8", "pairs", [("X denied it", "Y said it")])
    mapping = make_key("99.9", "mapping", {"X denied it": "denial", "Y said it": "claim"})
    assert evaluate("99.8", pairs, saved).passed
    assert evaluate("99.9", mapping, saved).passed
    wrong = {"labels": {"X denied it": "claim"}, "links": {}}
    assert not evaluate("99.8", pairs, wrong).passed
    assert not evaluate("99.9", mapping, wrong).passed


def test_hints_never_name_the_item_in_a_two_label_question():
    """In or out (a set) and two-label mappings are answered by a hint about one item: none is shown."""
    from medialit.teaching.keys import evaluate

    in_out = make_key("99.8", "set", ["a", "b"], item_hints={"c": "c is tempting", "b": "b is missing"}, hint="general")
    v = evaluate("99.8", in_out, ["a", "c"])
    assert "tempting" not in v.message + v.hint and "missing" not in v.hint and v.hint == "general"
    two = make_key(
        "99.9", "mapping", {"x": "first-hand", "y": "second-hand"}, item_hints={"x": "x spoke to us"}, hint="general"
    )
    v = evaluate("99.9", two, {"x": "second-hand", "y": "second-hand"})
    assert v.hint == "general"
    three = make_key("99.9", "mapping", {"x": "direct", "y": "mixed", "z": "indirect"}, item_hints={"x": "look at x"})
    assert evaluate("99.9", three, {"x": "mixed", "y": "mixed", "z": "indirect"}).hint == "look at x"


def test_a_number_is_never_too_high_or_too_low():
    """ "Too high / too low" lets a student find the number by halving."""
    from medialit.teaching.keys import evaluate

    entry = make_key("99.8", "number", 30)
    for guess in (1, 29, 31, 1000):
        message = evaluate("99.8", entry, guess).message.lower()
        assert "high" not in message and "low" not in message


def test_two_readings_and_a_reason():
    """Optional set items, several labels, several options, and a reading that needs its reason."""
    from medialit.teaching.keys import evaluate

    s = make_key("99.8", "set", ["a"], optional=["b"])
    assert (
        evaluate("99.8", s, ["a"]).passed
        and evaluate("99.8", s, ["a", "b"]).passed
        and not evaluate("99.8", s, ["b"]).passed
    )
    m = make_key("99.8", "mapping", {"x": ("claim", "neither"), "y": "denial"})
    assert (
        evaluate("99.8", m, {"x": "neither", "y": "denial"}).passed
        and not evaluate("99.8", m, {"x": "denial", "y": "denial"}).passed
    )
    c = make_key("99.8", "choice", ("p", "q"), justify=3)
    assert evaluate("99.8", c, {"answer": "q", "why": "because the text says"}).passed
    assert not evaluate("99.8", c, {"answer": "q", "why": "yes"}).passed
    assert "reason" in evaluate("99.8", c, "q").message


def test_scores_are_in_the_questions_points_rounded_down_to_halves():
    from medialit.teaching.keys import evaluate

    entry = make_key("99.8", "set", ["a", "b", "c"], points=2)
    assert [evaluate("99.8", entry, g).score for g in (["a"], ["a", "b"], ["a", "b", "c"], ["a", "x"])] == [
        0.5,
        1.0,
        2.0,
        0.0,
    ]
    assert evaluate("99.8", entry, ...).max_score == 2.0


def test_a_mapping_may_be_given_as_lines_of_text():
    """The answer box's text route: one 'item, label' per line."""
    from medialit.teaching.keys import evaluate

    entry = make_key("99.8", "mapping", {"by all accounts": "vague-source", "conceivably": "probability"})
    assert evaluate("99.8", entry, "by all accounts, vague-source\nconceivably: probability\n").passed
    assert 'one "item, label" per line' in evaluate("99.8", entry, "just words").message

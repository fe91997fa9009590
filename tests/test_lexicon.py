"""The lexicon loader (medialit/lexicon.py): good rows load, bad rows name file and line."""

from __future__ import annotations

import re
from importlib import resources

import pandas as pd
import pytest

from medialit.errors import MedialitError
from medialit.lexicon import LEXICON_COLUMNS, cue_regex, load_lexicon, read_lexicon

CATS = {"hearsay", "probability"}
HEADER = "cue,category,pattern,note\n"

# Each row: CSV text and a regex the one-line error message must match.
BAD = [
    ("", r"lexicon text: the lexicon is empty"),
    ("# only a comment\n\n", r"lexicon text: the lexicon is empty"),
    ("cue,category,note\nreportedly,hearsay,x\n", r"lexicon text:1: header must be cue,category,pattern,note"),
    ("# comment first\nword,kind,pattern,note\n", r"lexicon text:2: header must be cue,category,pattern,note"),
    (
        HEADER + "reportedly,hearsay,,ok\nlikely,hedgy,,bad\n",
        r"lexicon text:3: unknown category 'hedgy'; choose one of hearsay, probability",
    ),
    (HEADER + "# a comment\nlikely,probability,(unclosed,note\n", r"lexicon text:3: bad pattern '\(unclosed'"),
    (HEADER + "reportedly,hearsay,,a,b\n", r"lexicon text:2: expected 4 fields, got 5"),
    (HEADER + ",hearsay,,no cue\n", r"lexicon text:2: empty cue"),
]


@pytest.mark.parametrize("text, message", BAD)
def test_bad_lexicon_text(text, message):
    with pytest.raises(MedialitError, match=message):
        read_lexicon(text if text else "\n", categories=CATS)


def test_bad_file_names_file_and_line(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + "reportedly,hearsay,,ok\nmaybe,guess,,bad\n", encoding="utf-8")
    with pytest.raises(MedialitError) as err:
        read_lexicon(path, categories=CATS)
    message = str(err.value)
    assert message.startswith(f"{path}:3: unknown category 'guess'")
    assert "hearsay, probability" in message
    assert "\n" not in message


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(MedialitError, match="no such lexicon file"):
        read_lexicon(tmp_path / "absent.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes((HEADER + "rumoured,hearsay,,caf\xe9\n").encode("latin-1"))
    with pytest.raises(MedialitError, match="not UTF-8"):
        read_lexicon(latin)


def test_good_text_keeps_lines_and_comments_skipped():
    frame = read_lexicon(HEADER + '# hearsay\nreportedly,hearsay,,why\n\nlikely,probability,,"a, b"\n', categories=CATS)
    assert list(frame.columns) == LEXICON_COLUMNS + ["line"]
    assert frame.line.tolist() == [3, 5]
    assert frame.note.tolist() == ["why", "a, b"]


def test_frame_needs_cue_and_category():
    with pytest.raises(MedialitError, match="lacks column"):
        read_lexicon(pd.DataFrame({"cue": ["x"]}))
    frame = read_lexicon(pd.DataFrame({"cue": ["x"], "category": ["hearsay"]}), categories=CATS)
    assert frame.iloc[0].pattern == "" and frame.iloc[0].note == ""


def test_unknown_packaged_lexicon():
    with pytest.raises(MedialitError, match="no lexicon called 'nope'"):
        load_lexicon("nope")


def test_cue_regex_word_boundaries_and_whitespace():
    frame = read_lexicon(HEADER + "may,probability,,\nup to,probability,,\nso-called,hearsay,,\n")
    regex = cue_regex(frame)
    found = [m.group(0) for m in regex.finditer("Dismay: MAY rise up\nto 5; mid-may; the so-called deal")]
    assert found == ["MAY", "up\nto", "so-called"]


def test_cue_regex_matches_straight_and_curly_apostrophes():
    regex = cue_regex(read_lexicon(HEADER + "don't,hearsay,,\n"))
    assert [m.group(0) for m in regex.finditer("we don’t and don't")] == ["don’t", "don't"]


def test_find_hedges_works_around_the_apostrophe_bug():
    from medialit import Article
    from medialit.analysis.hedges import find_hedges

    extra = HEADER + "who's who,weasel,,test row\n"
    frame = find_hedges(Article.from_text("The who’s who of the party came."), extra=extra)
    assert "who’s who" in set(frame.text)


# Lexicons in the shared format load with load_lexicon; a file in another format must name
# its own loader here, so that no CSV in the folder goes unchecked.
def _number_words():
    from medialit.analysis.figures import number_words

    return number_words()


def _currencies():
    from medialit.analysis.figures import currencies

    return currencies()


OWN_FORMAT = {"number_words.csv": _number_words, "currencies.csv": _currencies}

LEXICON_DIR = resources.files("medialit").joinpath("lexicons")
PACKAGED = sorted(ref.name for ref in LEXICON_DIR.iterdir() if ref.name.endswith(".csv"))


def test_there_are_packaged_lexicons():
    assert {"hedges.csv", "loaded.csv"} <= set(PACKAGED)


@pytest.mark.parametrize("name", PACKAGED)
def test_every_packaged_lexicon_loads(name):
    if name in OWN_FORMAT:
        assert OWN_FORMAT[name]() is not None
        return
    frame = load_lexicon(name.removesuffix(".csv"))
    assert len(frame) > 0
    assert not frame.cue.eq("").any()
    for pattern in frame.pattern[frame.pattern != ""]:
        re.compile(pattern)
    cue_regex(frame)  # the combined alternation compiles too


def test_hedge_lexicons_have_valid_categories_and_a_note_on_every_row():
    from medialit.analysis.hedges import LEXICON_CATEGORIES, _rule_regex, hedge_lexicon

    for name in ("hedges", "loaded"):
        frame = load_lexicon(name, categories=LEXICON_CATEGORIES)
        assert (frame.note.str.len() >= 15).all(), frame[frame.note.str.len() < 15]
    rules = hedge_lexicon()
    assert not rules.duplicated(["cue", "category"]).any()
    for row in rules.itertuples():
        _rule_regex(row.cue, row.pattern)  # shorthands expanded, still a valid regex


def test_cue_regex_shares_the_word_start_test_without_changing_a_match():
    rows = [
        ("said", ""),  # a literal cue: word start and word end
        ("denied", r"(?<![\w-])deni(?:ed|es)\b"),
        ("bar", r"(?<![\w-])foo|bar"),  # a top-level branch: the test covers 'foo' only
        ("it's", ""),
    ]
    frame = pd.DataFrame([{"cue": c, "category": "x", "pattern": p, "note": ""} for c, p in rows])
    # One test per cue, as before the test was shared.
    naive = re.compile(
        r"(?P<r1>(?<![\w-])deni(?:ed|es)\b)|(?P<r2>(?<![\w-])foo|bar)"
        r"|(?P<r3>(?<![\w-])it['’]s(?![\w-]))|(?P<r0>(?<![\w-])said(?![\w-]))",
        re.IGNORECASE,
    )
    text = "He said it’s rebar; she unsaid, undenied and DENIED it's foo-said, sea-foo, Saidi."
    got = [(m.span(), m.lastgroup) for m in cue_regex(frame).finditer(text)]
    assert got == [(m.span(), m.lastgroup) for m in naive.finditer(text)]
    assert ((15, 18), "r2") in got  # 'bar' inside 'rebar': its pattern has no word-start test

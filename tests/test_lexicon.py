"""The lexicon loader (medialit/lexicon.py): good rows load, bad rows name file and line."""

from __future__ import annotations

import re
from importlib import resources

import pandas as pd
import pytest

from medialit.errors import MedialitError
from medialit.lexicon import (
    LEXICON_COLUMNS,
    SCHEMAS,
    SPEECH_ACTS,
    VIEWS,
    Field,
    Schema,
    cue_regex,
    lexicon_file,
    load_lexicon,
    read_lexicon,
)

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


# Every CSV in the folder loads with load_lexicon (its columns checked against its schema); the
# tables whose words carry a value or a name instead of a pattern are also read by their own reader.
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
    frame = load_lexicon(name.removesuffix(".csv"))
    if name in OWN_FORMAT:
        assert OWN_FORMAT[name]() is not None and len(frame) > 0
        return
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


# ---------------------------------------------------------------- typed fields (speech_acts.csv and schemas)

SPEECH = load_lexicon("speech_acts")
SA_HEADER = "cue,act,pattern,note,attribution,implies\n"
SA_SCHEMA = SCHEMAS["speech_acts"]
# A made-up schema with one field of each type, so that every check has a case that must fail.
TOY = Schema(
    fields=(
        Field("direction", "enum", ("forward", "backward")),
        Field("max_scope", "int"),
        Field("pseudo", "bool"),
        Field("comment", "str"),
    )
)
TOY_HEADER = "cue,category,pattern,note,direction,max_scope,pseudo,comment\n"

BAD_TYPED = [
    (SA_SCHEMA, SA_HEADER + "say,shout,,x,neutral,nothing\n", r"lexicon text:2: act 'shout' is not one of report, "),
    (SA_SCHEMA, SA_HEADER + "say,,,x,neutral,nothing\n", r"lexicon text:2: empty act"),
    (SA_SCHEMA, SA_HEADER + "say,report,,x,chatty,nothing\n", r"lexicon text:2: attribution 'chatty' is not one of"),
    (SA_SCHEMA, SA_HEADER + "ok,report,,x,,\nsay,report,,x,neutral,maybe\n", r"lexicon text:3: implies 'maybe'"),
    (
        SA_SCHEMA,
        "cue,act,pattern,note,mood\nsay,report,,x,calm\n",
        r"lexicon text:1: unknown column 'mood'; allowed: cue",
    ),
    (SA_SCHEMA, "cue,act,note\nsay,report,x\n", r"lexicon text:1: header must be cue,act,pattern,note \(optional: "),
    (SA_SCHEMA, "cue,act,pattern,note,act\nsay,report,,x,report\n", r"lexicon text:1: column 'act' appears twice"),
    (SA_SCHEMA, SA_HEADER + "say,report,(?:said,x,neutral,nothing\n", r"lexicon text:2: bad pattern"),
    (
        TOY,
        TOY_HEADER + "if,hearsay,,x,sideways,,,\n",
        r"lexicon text:2: direction 'sideways' is not one of forward, backward",
    ),
    (TOY, TOY_HEADER + "if,hearsay,,x,forward,five,,\n", r"lexicon text:2: max_scope 'five' is not a whole number"),
    (TOY, TOY_HEADER + "if,hearsay,,x,,5,perhaps,\n", r"lexicon text:2: pseudo 'perhaps' is not true or false"),
    (
        TOY,
        TOY_HEADER + "if,hearsay,,x,forward,5,yes,any text\nunless,hearsay,,x\n",
        r"lexicon text:3: expected 8 fields",
    ),
    (Schema(), HEADER.strip() + ",max_scope\nif,hearsay,,x,5\n", r"lexicon text:1: unknown column 'max_scope'"),
]


@pytest.mark.parametrize("schema, text, message", BAD_TYPED)
def test_typed_fields_reject_bad_values_and_unknown_columns(schema, text, message):
    with pytest.raises(MedialitError, match=message) as err:
        read_lexicon(text, categories=CATS, schema=schema)
    assert "\n" not in str(err.value)


def test_typed_fields_good_rows_load_with_every_declared_column(tmp_path):
    frame = read_lexicon(TOY_HEADER + "if,hearsay,,x,forward,-3,No,free text\nunless,hearsay,,y,,,,\n", schema=TOY)
    assert list(frame.columns) == [*LEXICON_COLUMNS, "direction", "max_scope", "pseudo", "comment", "line"]
    assert frame.iloc[0].max_scope == "-3" and frame.iloc[1].direction == ""
    # A file names itself and the line, like the packaged lexicons do.
    path = tmp_path / "acts.csv"
    path.write_text(SA_HEADER + "say,report,,x,neutral,nothing\nclaim,judge,,x,judgy,disputed\n", encoding="utf-8")
    with pytest.raises(MedialitError, match=rf"^{re.escape(str(path))}:3: attribution 'judgy'"):
        read_lexicon(path, schema=SA_SCHEMA)


def test_speech_acts_rows_are_all_typed_and_noted():
    assert set(SPEECH.columns) == set(SA_SCHEMA.columns()) | {"line"}
    assert set(SPEECH["act"]) <= set(SPEECH_ACTS)
    assert (SPEECH["note"].str.len() > 5).all()
    roles = [c for c in VIEWS.values() if c[0] == "speech_acts"]
    used = SPEECH[[column for _, column in roles]].ne("").any(axis=1)
    assert used.all(), SPEECH.loc[~used, "cue"].tolist()  # every row serves at least one finder
    assert not SPEECH.duplicated(["cue"]).any(), SPEECH.loc[SPEECH.duplicated(["cue"]), "cue"].tolist()


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_views_are_the_rows_with_their_column_filled(view):
    source, column = VIEWS[view]
    frame = load_lexicon(view)
    assert list(frame.columns)[:5] == [*LEXICON_COLUMNS, "line"]
    table = load_lexicon(source)
    assert frame["line"].tolist() == table.loc[table[column] != "", "line"].tolist()
    assert (frame["category"] == table.set_index("line").loc[frame["line"], column].to_numpy()).all()
    assert lexicon_file(view) == f"{source}.csv"


def test_a_view_read_with_too_few_categories_names_the_row():
    with pytest.raises(MedialitError, match=r"^lexicons/speech_acts\.csv:\d+: denial '[\w-]+' is not used"):
        load_lexicon("denials", categories={"verb"})


def test_a_users_four_column_lexicon_still_replaces_a_view():
    from medialit import Article, find_claims, find_hedges, trace_attributions

    article = Article.from_text("The mayor grumbled that the bridge was shut. Aides scoffed that it was open.")
    verbs = HEADER + "grumble,neutral,(?<![\\w-])grumbled(?![\\w-]),a made-up row\n"
    atts = trace_attributions(article, lexicon=verbs)
    assert atts["cue"].tolist() == ["grumbled"]
    denials = HEADER + "scoff,verb,(?<![\\w-])scoffed(?![\\w-]),a made-up denial verb\n"
    both = trace_attributions(article, lexicon=verbs + "scoff,neutral,(?<![\\w-])scoffed(?![\\w-]),x\n")
    claims = find_claims(article, attributions=both, lexicon=denials)
    assert claims["stance"].tolist() == ["claim", "denial"]
    hedges = find_hedges(article, lexicon=HEADER + "grumbled,weasel,,a made-up hedge\n")
    assert hedges["text"].tolist() == ["grumbled"]


# ---------------------------------------------------------------- lexicons agree with each other

# The speech act a row of each cue list stands for. Rows of other categories (a probability, a loaded
# noun, a range) make no speech act and are left out.
_ACT_OF = {
    ("hedges.csv", "hearsay"): "report",
    ("hedges.csv", "shield"): "believe",
    ("loaded.csv", "judging-verb"): "judge",
}
_AFFIRM = {"report", "assert", "admit", "believe", "intend"}


def _rows_with_acts():
    """(file, line, cue, regex, act) of every row in a packaged cue list that makes a speech act."""
    out = []
    for row in SPEECH.itertuples():
        out.append(("speech_acts.csv", row.line, row.cue, row.pattern, row.act))
    for name in PACKAGED:
        if name in OWN_FORMAT or name == "speech_acts.csv":
            continue  # no speech acts in the value tables; speech_acts.csv is read above
        for row in load_lexicon(name.removesuffix(".csv")).itertuples():
            act = _ACT_OF.get((name, row.category))
            if act:
                out.append((name, row.line, row.cue, row.pattern, act))
    return [(f, n, c, re.compile(rf"(?:{p})" if p else re.escape(c), re.I), a) for f, n, c, p, a in out]


def _words_to_try(rows) -> set[str]:
    """Every cue, and every plain word of three letters or more spelled out in a pattern ('denied' in
    '(?:denied|denies)'), lower-cased: the forms each row is asked about."""
    words = {c.lower() for _, _, c, _, _ in rows}
    for _, _, _, regex, _ in rows:
        words |= {w.lower() for w in re.findall(r"(?<![\\?(<])\b[a-z]{3,}\b", regex.pattern)}
    return words


def test_no_cue_carries_contradicting_speech_acts_across_lexicons():
    rows = _rows_with_acts()
    clashes = []
    for word in sorted(_words_to_try(rows)):
        acts = {(f, n, a) for f, n, _, regex, a in rows if regex.fullmatch(word)}
        kinds = {a for _, _, a in acts}
        if "deny" in kinds and kinds & _AFFIRM:
            clashes.append((word, sorted(acts)))
    assert not clashes, clashes


def test_the_agreement_check_can_fail():
    rows = _rows_with_acts() + [("mine.csv", 1, "denied", re.compile("denied", re.I), "report")]
    acts = {a for _, _, _, regex, a in rows if regex.fullmatch("denied")}
    assert "deny" in acts and "report" in acts


def test_word_lists_are_plain_forms_and_an_unknown_list_is_an_error():
    from medialit.lexicon import word_list

    field = SA_SCHEMA.columns().index("word_list")  # a declared, typed column
    assert field > 0
    for name in ("quote-tag", "quote-intro", "subject-end", "outlet-cite", "condition-speech"):
        forms = word_list(name)
        assert forms and all(f and f == f.strip() for f in forms), name
    assert "denied" in word_list("subject-end") and "said" in word_list("quote-tag")
    with pytest.raises(MedialitError, match="no rows with word_list 'nope'"):
        word_list("nope")


def test_a_frame_rows_max_scope_is_how_far_the_hedge_rule_reaches():
    from medialit.analysis.hedge_cues import _lexicon_hits
    from medialit.analysis.hedge_lexicon import FRAME_REACH as _FRAME_REACH
    from medialit.analysis.word_starts import WordStarts

    row = {"cue": "said", "category": "speech-frame", "pattern": "said", "note": "x", "line": 1, "source": "t"}
    words = WordStarts("He said it")
    _, frames = _lexicon_hits("He said it", pd.DataFrame([row | {"max_scope": "7"}]), words)
    assert frames == [(3, 7, False, 7)]
    _, frames = _lexicon_hits("He said it", pd.DataFrame([row]), words)  # a user's four-column row: the default
    assert frames == [(3, 7, False, _FRAME_REACH)]
    assert set(load_lexicon("speech_frames")["max_scope"]) == {str(_FRAME_REACH)}


def test_the_readme_example_row_fits_speech_acts_csv():
    readme = LEXICON_DIR.joinpath("README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("quip,"))
    header = next(
        line
        for line in LEXICON_DIR.joinpath("speech_acts.csv").read_text(encoding="utf-8").splitlines()
        if line.startswith("cue,act")
    )
    frame = read_lexicon(f"{header}\n{row}\n", schema=SA_SCHEMA)
    assert frame.iloc[0].attribution == "neutral" and frame.iloc[0].act == "report"


def test_value_tables_are_checked_like_cue_lists():
    table = "cue,category,value,note\nthree,unit,3,\n"
    assert read_lexicon(table, schema=SCHEMAS["number_words"]).iloc[0].value == "3"
    with pytest.raises(MedialitError, match=r"lexicon text:1: unknown column 'pattern'"):
        read_lexicon("cue,category,value,note,pattern\nthree,unit,3,,\n", schema=SCHEMAS["number_words"])
    with pytest.raises(MedialitError, match=r"lexicon text:2: unknown category 'coin'"):
        read_lexicon("cue,category,name,note\n$,coin,dollars,\n", schema=SCHEMAS["currencies"], categories={"symbol"})


def test_rules_name_the_speech_acts_row_that_fired():
    from medialit import Article, find_claims, find_headline_stance

    by_line = SPEECH.set_index("line")
    article = Article.from_text("The ministry said the reports were baseless. Residents rejected the mayor's claim.")
    rules = find_claims(article)["rule"].tolist()
    lines = [int(m.group(1)) for r in rules for m in [re.search(r"lexicon:speech_acts\.csv:(\d+)", r)] if m]
    assert lines, rules
    assert {by_line.loc[n, "denial"] for n in lines} <= {"verdict", "rebuttal"}
    rule = find_headline_stance("Mayor denies report")["rule"].iloc[0]
    assert by_line.loc[int(rule.rsplit(":", 1)[1]), "headline"] == "denies"


def test_a_packaged_rows_bad_pattern_is_named_where_it_is_compiled(monkeypatch):
    """Packaged lexicons skip compiling each pattern on load; `cue_regex` then names the bad row."""
    import medialit.lexicon as lexicon

    text = "cue,category,pattern,note\nlikely,probability,,x\nsaid,probability,sa(id,y\n"

    class _Ref:
        def is_file(self):
            return True

        def read_text(self, encoding):
            return text

    class _Files:
        def joinpath(self, name):
            return _Ref()

    monkeypatch.setattr(lexicon.resources, "files", lambda package: _Files())
    lexicon._load_packaged.cache_clear()
    try:
        frame = load_lexicon("made_up_for_the_test")  # loads: the pattern is not compiled here
        assert list(frame.cue) == ["likely", "said"]
        with pytest.raises(MedialitError, match=r"lexicon:3: bad pattern 'sa\(id'"):
            cue_regex(frame)
    finally:
        lexicon._load_packaged.cache_clear()
    with pytest.raises(MedialitError, match=r"lexicon text:3: bad pattern"):  # a user's lexicon: checked on read
        read_lexicon(text)


@pytest.mark.parametrize("name", PACKAGED)
def test_a_field_with_a_double_quote_is_quoted(name):
    """A `"` inside an unquoted field is read as a literal character, and a pattern holding it silently
    matches nothing: every field that holds one must be written quoted, with the quote doubled."""
    import csv

    text = LEXICON_DIR.joinpath(name).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        for field in next(csv.reader([line])):
            if '"' in field:
                assert '"' + field.replace('"', '""') + '"' in line, f"{name}:{n}: a double quote in an unquoted field"

"""Pure renderers: every piece of article text is escaped; trees and summaries say the right things."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from medialit import Article, load_article, render

sys.path.insert(0, str(Path(__file__).parent / "browser"))
import handmade  # noqa: E402

ALLOWED_TAGS = {
    "div",
    "p",
    "span",
    "b",
    "i",
    "ul",
    "li",
    "mark",
    "sup",
    "br",
    "small",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def assert_safe(markup: str) -> None:
    """No tag or attribute in `markup` came from the article: only our own, harmless ones."""
    assert "<script" not in markup.lower()
    assert "</div><div>" not in markup
    parser = _Tags()
    parser.feed(markup)
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, f"unexpected tag <{tag}>"
        for name, value in attrs:
            assert not name.startswith("on"), f"event handler attribute {name}"
            assert name not in {"href", "src"}, f"link attribute {name}"
            # text may mention javascript: inside inert attributes (tooltips, data-*), never in a link
            assert "javascript:" not in (value or "").lower() or name == "title" or name.startswith("data-")


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</div><div>",
    '<a href="javascript:alert(1)">x</a>',
    'He said "quoted" and \'single\' <b title="x" onmouseover="y">',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_esc_leaves_no_markup(text):
    out = render.esc(text)
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out


@pytest.mark.parametrize("text", HOSTILE)
def test_chain_html_escapes_every_field(text):
    chain = pd.DataFrame(
        [
            {
                "id": 0,
                "start": 0,
                "end": 1,
                "source": text,
                "cue": text,
                "content": text,
                "kind": text,
                "recipient": text,
                "parent": pd.NA,
            }
        ]
    )
    assert_safe(render.chain_html(text, text, chain))


@pytest.mark.parametrize("text", HOSTILE)
def test_hedges_html_escapes_text_and_notes(text):
    article = Article.from_text(f"A {text} reportedly B.")
    s = article.text.index(text)
    hedges = pd.DataFrame(
        [{"start": s, "end": s + len(text), "text": text, "category": text, "note": text, "rule": text}]
    )
    out = render.hedges_html(article.paragraphs, hedges)
    assert_safe(out)
    assert out.count("<mark") == 1


@pytest.mark.parametrize("text", HOSTILE)
def test_tables_and_legend_escape(text):
    assert_safe(render.table_html(pd.DataFrame({text: [text]}), caption=text))
    assert_safe(render.legend_html([text]))
    assert_safe(render.statement_html(1, text))


def test_hostile_article_renders_safely():
    article, attributions, hedges = handmade.hostile(Article)
    for sentence in article.sentences["sentence"]:
        chain = render.sentence_chain(article.sentences, attributions, int(sentence))
        row = article.sentences[article.sentences["sentence"] == sentence].iloc[0]
        assert_safe(render.chain_html(row["text"], row["paragraph"], chain))
    out = render.hedges_html(article.paragraphs, hedges)
    assert_safe(out)
    assert "onerror=&quot;" in out  # the text is there, as text
    assert out.count("<mark") == 3


# (spans as (start, end, category), expected number of marks, expected labels in order)
MARK_CASES = [
    ([(0, 5, "hearsay")], ["hearsay"]),
    ([(0, 5, "hearsay"), (6, 9, "probability")], ["hearsay", "probability"]),
    ([(0, 9, "vague-source"), (2, 5, "hearsay")], ["hearsay", "vague-source"]),  # nested: inner closes first
    ([(0, 5, "hearsay"), (3, 9, "weasel")], ["weasel", "hearsay"]),  # crossing: cut inside the first
    ([(4, 4, "hearsay")], []),  # empty span: nothing
    ([(pd.NA, pd.NA, "hearsay")], []),  # no offsets: nothing
]


@pytest.mark.parametrize("spans,labels", MARK_CASES)
def test_mark_spans_nests_and_keeps_text(spans, labels):
    text = "abcdefghij<"
    frame = pd.DataFrame([{"start": s, "end": e, "category": c} for s, e, c in spans])
    out = render.mark_spans(text, 0, frame)
    assert out.count("<mark") == out.count("</mark>") == len(labels)
    assert [part.split("]")[0] for part in out.split("[")[1:]] == labels
    # Without our labels and tags, the text is exactly the input (nothing lost, nothing added).
    import html
    import re

    bare = re.sub(r"<[^>]+>", "", re.sub(r"<sup[^>]*>.*?</sup>", "", out))
    assert html.unescape(bare) == text
    assert "&lt;" in out


def test_every_category_has_its_own_underline_and_a_meaning():
    """The legend says each category has its own underline: no two share a (line style, thickness) pair."""
    pairs = {(line, weight) for line, weight, _ in render.CATEGORY_STYLES.values()}
    assert len(pairs) == len(render.CATEGORY_STYLES)
    for category, (line, weight, _) in render.CATEGORY_STYLES.items():
        assert line in {"solid", "dashed", "dotted", "double", "wavy"} and weight in {"thin", "medium", "thick"}
        assert render.category_meaning(category) != render.category_meaning("no-such-category")
    assert set(render.CATEGORY_STYLES) == set(render.category_definitions()["category"])
    legend = render.legend_html(list(render.CATEGORY_STYLES))
    n = len(render.CATEGORY_STYLES)
    assert legend.count("<li") == n and len(set(re.findall(r"underline: (\w+ \w+)", legend))) == n


def test_category_definitions_are_the_one_source_lesson_04_can_read():
    """The highlighter's legend and lesson 04 read the same words for 'weasel' and 'shield'."""
    table = render.category_definitions().set_index("category")
    # One decision per word: the meanings are the lexicon README's, where the kit decides what a category means.
    readme = (Path(render.__file__).parent / "lexicons" / "README.md").read_text(encoding="utf-8")
    decided: dict[str, str] = {}
    for category, meaning in re.findall(r"^\| `([a-z-]+)` +\| ([^|]+?) +\|", readme, flags=re.M):
        decided.setdefault(category, meaning)  # the category table comes first; later tables reuse some names
    for category, meaning in table["meaning"].items():
        assert decided.get(category) == meaning, category
    assert table.loc["weasel", "meaning"] == "makes an ownerless or uncheckable claim"
    legend = render.legend_html(["weasel", "shield"])
    for category in ("weasel", "shield"):
        assert render.esc(table.loc[category, "meaning"]) in legend
    assert set(table["kind"]) == {"hedge", "loaded"} and table["note"].str.len().min() > 0


@pytest.mark.parametrize(
    "text,expected",
    [
        ("reportedly, hearsay", [("reportedly", "hearsay")]),
        (
            "  a source close to, vague-source \n\n# comment\nlikely,probability",
            [("a source close to", "vague-source"), ("likely", "probability")],
        ),
        ("Smith, Jones and Co, vague-source", [("Smith, Jones and Co", "vague-source")]),
        (", hearsay", []),
        ("", []),
    ],
)
def test_parse_cues(text, expected):
    frame = render.parse_cues(text)
    assert list(frame.columns) == ["cue", "category"]
    assert list(frame.itertuples(index=False, name=None)) == expected


@pytest.mark.parametrize(
    "text,says",
    [
        ("reportedly, hearsay\nallegedly", ["line 2", "'allegedly'", "no comma", "e.g. 'allegedly, hearsay'"]),
        ("allegedly, hedgy", ["line 1", "'hedgy' is not a category", "hearsay", "weasel", "e.g. 'allegedly, hearsay'"]),
    ],
)
def test_parse_cues_says_what_was_expected(text, says):
    from medialit.errors import MedialitError

    with pytest.raises(MedialitError) as err:
        render.parse_cues(text)
    message = str(err.value)
    assert "added" not in message  # a word the student never typed
    for part in says:
        assert part in message


def test_hedges_text_keeps_the_article_spelling():
    frame = pd.DataFrame(
        {"text": ["Reportedly", "reportedly", "U.S. officials"], "category": ["hearsay"] * 2 + ["vague-source"]}
    )
    out = render.hedges_text(frame)
    assert "Reportedly ×2" in out and "U.S. officials" in out and "u.s. officials" not in out


@pytest.mark.parametrize(
    "parents,row,expected",
    [
        ({0: None, 1: 0, 2: 1}, 2, [0, 1, 2]),
        ({0: None, 1: 0, 2: 1}, 0, [0]),
        ({0: 1, 1: 0}, 0, [1, 0]),  # a loop is cut, not followed forever
        ({0: 7}, 0, [0]),  # a parent that does not exist ends the chain
    ],
)
def test_chain_ids(parents, row, expected):
    from medialit.analysis.attributions import chain

    frame = pd.DataFrame({"id": list(parents), "parent": pd.array(list(parents.values()), dtype="Int64")})
    assert chain(frame, row) == expected


def test_sentence_chain_and_text_on_the_bundled_article():
    article = load_article()
    attributions = handmade.bundled_attributions(article)
    chain = render.sentence_chain(article.sentences, attributions, 3)
    assert list(chain["source"]) == ["Bas News", "Several Iraqi news channels"]
    assert list(chain.columns) == list(attributions.columns)
    text = render.chain_text("s", 3, chain)
    assert text.index("Bas News") < text.index("Several Iraqi news channels")
    assert "revealed" in text and "reported earlier" in text
    own = render.chain_text("s", 9, render.sentence_chain(article.sentences, attributions, 11))
    assert render.OWN_VOICE in own


def test_sources_summary_counts_sentences_resting_on_each_source():
    article = load_article()
    summary = render.body_sources_summary(article.sentences, handmade.bundled_attributions(article))
    assert list(summary.columns) == ["source", "statements", "sentences"]  # the analysis layer's columns
    counts = dict(zip(summary["source"], summary["sentences"]))
    assert counts["Bas News"] == 2  # its quotation spans two sentences
    assert counts["The war media cell of Iraqi defense ministry"] == 1
    # only the body counts: the headline, the related link and the boilerplate are no one's voice
    body = article.sentences[article.sentences["role"] == "body"]
    assert counts[render.OWN_VOICE] == len(body) - 3


def test_sources_summary_leaves_out_headline_and_related_link():
    """A source named only in a headline or a related link is not a source of the story."""
    from medialit import Article

    art = Article.from_text(
        "Mayor quits, aide says\n\nRain floods the town.\n\nThe bridge is shut. Schools stay open.\n"
    )
    sentences = art.sentences
    assert list(sentences["role"])[0] == "headline"
    rows = pd.DataFrame(
        {
            "id": [0, 1],
            "sentence": [0, 2],
            "last_sentence": [0, 2],
            "source": ["aide", "Engineers"],
            "parent": [None, None],
        }
    )
    summary = render.body_sources_summary(sentences, rows)
    assert "aide" not in set(summary["source"])
    body = set(sentences.loc[sentences["role"] == "body", "sentence"])
    assert render.own_voice_sentences(sentences, rows) == body - {2}
    assert summary["sentences"].iloc[-1] == len(body) - 1


def test_tracer_and_lesson_02_count_the_same_own_voice():
    """Lesson 02 prints len(own_voice_sentences(...)) over the body rows; the tracer's tab shows the same."""
    from medialit import trace_attributions
    from medialit.widgets import AttributionTracer

    article = load_article()
    attributions = trace_attributions(article)
    lesson = len(render.own_voice_sentences(article.sentences, render.in_body(article.sentences, attributions)))
    tab = AttributionTracer(article, attributions).sources.set_index("source")
    assert tab.loc[render.OWN_VOICE, "sentences"] == lesson == 2
    outside = article.sentences.loc[article.sentences["role"] != "body", "sentence"]
    body_names = set(render.in_body(article.sentences, attributions)["source_resolved"])
    only_outside = set(attributions.loc[attributions["sentence"].isin(outside), "source_resolved"]) - body_names
    assert only_outside and not only_outside & set(tab.index)  # e.g. the headline's and the related link's


@pytest.mark.parametrize(
    "text,expected",
    [
        ("short", "¶2 · short"),
        ("x" * 80, "¶2 · " + "x" * 69 + "…"),
        ("a\n\n  b", "¶2 · a b"),
    ],
)
def test_sentence_label(text, expected):
    assert render.sentence_label(2, text) == expected


def test_hedges_text_counts_by_category():
    frame = pd.DataFrame(
        {"text": ["Reportedly", "reportedly", "likely"], "category": ["hearsay", "hearsay", "probability"]}
    )
    out = render.hedges_text(frame)
    assert out.splitlines()[0] == "3 cues marked:"
    assert "[hearsay] 2: Reportedly ×2" in out and "[probability] 1: likely" in out
    assert render.hedges_text(frame.iloc[0:0]) == "0 cues marked."


def test_render_module_does_not_import_widgets():
    import subprocess

    code = (
        "import sys, medialit.render, medialit.widgets; print('ipywidgets' in sys.modules, 'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.parametrize("content", ["He said: “We left.”", "“We left,” he said", "the “wild west,”", "plain words"])
def test_chain_shows_exact_words_without_doubling_quote_marks(content):
    chain = pd.DataFrame(
        {"id": [0], "source": ["Ann"], "cue": ["said"], "kind": ["direct"], "content": [content], "parent": [None]}
    )
    page = render.chain_html("s", 1, chain)
    assert render.esc(content) in page  # the exact span, nothing added around it
    assert "””" not in page and "“”" not in page
    assert "””" not in render.chain_text("s", 1, chain)


@pytest.mark.parametrize(
    "value,shown",
    [
        (float("nan"), ""),
        (None, ""),
        (pd.NA, ""),
        (pd.NaT, "not resolved"),
        (float("inf"), "open"),
        (32.0, "32"),
        (150000.0, "150,000"),
        (2016, "2016"),
        (1 / 3, "0.333"),
        (True, "yes"),
        (pd.Timestamp("2019-01-21"), "2019-01-21"),
        ("Reuters", "Reuters"),
    ],
)
def test_readable_value(value, shown):
    assert render.readable_value(value) == shown


def test_readable_table_has_no_pandas_markers():
    frame = pd.DataFrame(
        {
            "value": [32.0, float("nan")],
            "high": [float("inf"), 5.0],
            "n": pd.array([1, None], dtype="Int64"),
            "when": pd.to_datetime(["2019-01-21", None]),
            "who": ["Reuters", None],
        }
    )
    shown = render.readable_table(frame)
    text = shown.to_string() + shown.to_html()
    for marker in ("NaN", "<NA>", "&lt;NA&gt;", "NaT", "e+", "inf", "None"):
        assert marker not in text, marker
    assert list(shown.iloc[0]) == ["32", "open", "1", "2019-01-21", "Reuters"]
    assert list(shown.iloc[1]) == ["", "5", "", "not resolved", ""]
    assert frame["value"].dtype == float  # the original is untouched


def test_fit_table_text_cuts_long_cells_to_the_width():
    frame = pd.DataFrame({"sentence": [3, 12], "content": ["x" * 200, "short"], "who": ["Reuters", "y" * 50]})
    for width in (40, 60, 100):
        text = render.fit_table_text(frame, width)
        assert max(map(len, text.splitlines())) <= width
        assert "…" in text
    assert render.fit_table_text(frame, 400).count("x") == 200  # wide enough: nothing cut
    assert render.fit_table_text(frame.iloc[0:0], 40) == "(none)"


@pytest.mark.parametrize(
    "source,shown",
    [
        ("he", "“he” (name not given)"),
        ("They", "“They” (name not given)"),
        ("0", "“0” (a number of people, no name)"),
        ("140", "“140” (a number of people, no name)"),
        ("12 percent", "“12 percent” (a number of people, no name)"),
        ("Reuters", "Reuters"),
        ("the 2 officials", "the 2 officials"),
        ("", ""),
    ],
)
def test_source_words(source, shown):
    assert render.source_words(source) == shown


def test_a_number_is_never_shown_bare_as_a_source():
    """ "Of the rest, 0 said ...": the tracer's tree and sources tab say what the 0 is."""
    chain = pd.DataFrame(
        {
            "id": [0],
            "source": ["0"],
            "cue": ["said"],
            "kind": ["indirect"],
            "content": ["they supported it"],
            "parent": [None],
        }
    )
    assert "└─ “0” (a number of people, no name) — said" in render.chain_text("s", 1, chain)
    assert "<b>0</b>" not in render.chain_html("s", 1, chain)

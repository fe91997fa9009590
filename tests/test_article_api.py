"""The Article API: invariants on any text, the bundled article end to end."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.article import PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, Article, load_article
from medialit.errors import MedialitError


def check_invariants(article: Article, original: str) -> None:
    text = article.text
    assert text == original  # the input is never changed
    for frame in (article.paragraphs, article.sentences):
        for start, end, piece in zip(frame["start"], frame["end"], frame["text"]):
            assert 0 <= start < end <= len(text)
            assert text[start:end] == piece
    assert list(article.paragraphs.columns) == PARAGRAPH_COLUMNS
    assert list(article.sentences.columns) == SENTENCE_COLUMNS
    para_span = dict(zip(article.paragraphs["paragraph"], zip(article.paragraphs["start"], article.paragraphs["end"])))
    for p, s, e in zip(article.sentences["paragraph"], article.sentences["start"], article.sentences["end"]):
        lo, hi = para_span[p]
        assert lo <= s and e <= hi  # never across a paragraph
    starts = article.sentences["start"].tolist()
    ends = article.sentences["end"].tolist()
    assert all(e <= s for e, s in zip(ends, starts[1:]))  # sorted, disjoint


ODD_TEXTS = [
    "",
    " ",
    "\n\n\n",
    "🔥",
    "e\u0301te\u0301 \u0301",  # combining marks, one at the start of a word
    "مرحبا بالعالم. هذا نص.",  # right to left
    "Line one.\r\nLine two.\r\n\r\nNew para.\r\n",
    "Lone surrogate \ud800 here. And \udfff there.",
    "“Unclosed quote. Still open\n\n“Next paragraph",
    "”Closing first“ and ‘odd’ marks’.",
    "....!!!???",
    "U.S. U.K. Dr. Gen. No. Jan.",
    "\x00\x01 control \x7f characters.",
    "a" * 5000,
    "\t\u00a0\u2028\u2029\u200b",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_never_raises(text):
    check_invariants(Article.from_text(text), text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_from_text_never_raises_property(text):
    check_invariants(Article.from_text(text), text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Head Line",
                "Body text. ",
                "“Quoted.” ",
                "U.S. ",
                "\n",
                "\n\n",
                "\r\n",
                "Dr. ",
                "said: ",
                "…",
                "? ",
                "’",
                '"',
                " ",
                "January 5",
                "told Metro News ",
            ]
        ),
        max_size=40,
    )
)
def test_from_text_news_like_property(parts):
    text = "".join(parts)
    check_invariants(Article.from_text(text), text)


@pytest.mark.parametrize("value", [None, b"bytes", 42, ["a list"]])
def test_non_str_raises(value):
    with pytest.raises(MedialitError, match="expected the article text as str"):
        Article.from_text(value)


def test_empty_frames_have_columns_and_dtypes():
    article = Article.from_text("")
    assert article.paragraphs.empty and article.sentences.empty
    assert str(article.paragraphs["start"].dtype) == "int64"
    assert str(article.sentences["end"].dtype) == "int64"
    assert str(article.sentences["quote"].dtype) == "Int64"
    assert article.title is None
    assert article.meta == {"publisher": None, "date": None}
    assert article.sentence_at(0) is None


def test_sentence_at():
    text = "First one. Second one.\n\nThird."
    article = Article.from_text(text)
    expected = {0: 0, 9: 0, 10: None, 11: 1, 21: 1, 22: None, 24: 2, 29: 2, 30: None, -1: None, 999: None}
    assert {k: article.sentence_at(k) for k in expected} == expected


def test_title_given_wins():
    assert Article.from_text("Head Line\n\nBody text goes here.", title="Given").title == "Given"


def test_title_from_headline():
    assert Article.from_text("Head Line\n\nBody text goes here.").title == "Head Line"


def test_long_text_keeps_invariants():
    para = "The council met on Jan. 5 in the U.S. capital. “We are ready,” Dr. Ruiz said. Work starts soon."
    text = "Head Line\n\n" + "\n\n".join([para] * 2000)
    article = Article.from_text(text)
    assert len(article.paragraphs) == 2001
    assert len(article.sentences) == 1 + 3 * 2000
    assert article.sentences["quote"].nunique() == 2000


# ---------------------------------------------------------------- the bundled article


@pytest.fixture(scope="module")
def article():
    return load_article()


def test_bundled_invariants(article):
    from importlib import resources

    raw = resources.files("medialit").joinpath("data/article.txt").read_bytes().decode("utf-8")
    check_invariants(article, raw)


def test_bundled_roles(article):
    roles = article.paragraphs["role"].tolist()
    assert roles[0] == "headline"
    assert roles[1] == "related-headline"
    assert roles[-1] == "boilerplate"
    assert set(roles[2:-1]) == {"body"}


def test_bundled_title(article):
    assert article.title == article.paragraphs["text"].iloc[0]


def test_bundled_quote_runs_over_two_sentences(article):
    s = article.sentences
    first = s.index[s["text"].str.startswith("“Several Iraqi news channels")][0]
    assert not pd.isna(s.loc[first, "quote"])
    assert s.loc[first, "quote"] == s.loc[first + 1, "quote"]
    assert s.loc[first + 1, "text"].endswith("Bas News revealed.")


def test_bundled_us_not_split(article):
    assert not article.sentences["text"].str.fullmatch(r".*\bU\.S\.").any()


def test_bundled_publisher(article):
    found = article.meta["publisher"]
    assert found.value == "Breitbart News"
    assert found.confidence == "inferred"
    assert "told Breitbart News" in found.evidence
    assert article.text[found.start : found.end] == found.evidence


def test_bundled_date(article):
    found = article.meta["date"]
    assert found.confidence == "inferred"
    assert "January 15" in found.value
    assert "January 15" in found.evidence
    assert article.sentences.loc[found.sentence, "text"] == found.evidence

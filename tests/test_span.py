"""`Span`: the one span type inside the analysis layer, and the shared reading handing it out."""

from __future__ import annotations

import medialit.analysis as analysis
from medialit.analysis._noun_phrases import np_after
from medialit.analysis._tokens import strip_span
from medialit.analysis.reading import reading
from medialit.article import Article
from medialit.quotes import find_quotes
from medialit.span import Span

TEXT = "The mayor said: “We will rebuild the ‘old’ bridge.”\n\nCritics disagreed."


def test_a_span_is_still_a_pair():
    s = Span(4, 9)
    start, end = s
    assert (start, end) == (4, 9) == s
    assert s == (4, 9) and hash(s) == hash((4, 9))
    assert sorted([Span(5, 6), (4, 9), Span(4, 5)]) == [(4, 5), (4, 9), (5, 6)]
    assert len(s) == 2  # a tuple's length; the span's own is `length`


def test_methods():
    s = Span(4, 9)
    assert s.of(TEXT) == "mayor"
    assert s.length == 5 and Span(3, 3).length == 0 and Span(5, 3).length == 0
    assert s.overlaps(Span(8, 12)) and s.overlaps((0, 5))
    assert not s.overlaps(Span(9, 12)) and not s.overlaps(Span(0, 4))
    assert s.contains(4) and s.contains(8) and not s.contains(9) and not s.contains(3)
    assert s.contains(Span(5, 9)) and s.contains((4, 4)) and not s.contains(Span(3, 6))


def test_reexported_by_the_analysis_layer():
    assert analysis.Span is Span
    assert "Span" in analysis.__all__


def test_reading_hands_out_spans():
    article = Article.from_text(TEXT, title="Spans")
    paragraphs = reading(article).paragraphs
    assert paragraphs and all(type(p) is Span for p in paragraphs)
    assert [p.of(article.text) for p in paragraphs] == [
        "The mayor said: “We will rebuild the ‘old’ bridge.”",
        "Critics disagreed.",
    ]
    quotes = reading(article).quotes
    assert [q.inner.of(article.text) for q in quotes] == ["We will rebuild the ‘old’ bridge.", "old"]
    assert all(type(q.span) is Span and type(q.inner) is Span for q in quotes)
    assert quotes[0].span.contains(quotes[1].span)


def test_quote_spans_without_an_article():
    (q,) = find_quotes("He said “no” twice.")
    assert q.span == Span(8, 12) and q.inner == Span(9, 11)


def test_helpers_return_spans():
    text = "  Jo Bell, the mayor.  "
    got = strip_span(text, 0, len(text))
    assert type(got) is Span and got.of(text) == "Jo Bell, the mayor"
    np = np_after("said the mayor on Monday", 5, 24)
    assert type(np) is Span and np.of("said the mayor on Monday") == "the mayor"

"""The shared reading: one sentence index and one quotation finder for every finder."""

from __future__ import annotations

import pandas as pd
import pytest

from medialit import Article
from medialit.analysis.hedges import _sentence_ids
from medialit.analysis.reading import reading
from medialit.meta import _Sentences

TEXT = (
    "Bridge to Reopen in May\n\n"
    "The mayor, Jane Bell, said on Monday the bridge would reopen. Gen. Ray Cole agreed.\n\n"
    "“We will rebuild it,” Bell said.   “It will take a year.\n\n"
    "“Then the road opens again,” she added. Nobody else spoke.\n"
)


def _quotes(text: str) -> list[tuple[str, int, bool]]:
    r = reading(Article.from_text(text))
    return [(text[q.start : q.end], q.level, q.closed) for q in r.quotes]


def test_every_reader_finds_the_same_sentence_at_every_offset():
    article = Article.from_text(TEXT)
    ix = reading(article).sentences
    meta_rows = _Sentences(article)
    hedge_ids = _sentence_ids(article, range(len(TEXT) + 1))
    for pos in range(len(TEXT) + 1):
        want = next(
            (int(s.sentence) for s in article.sentences.itertuples() if s.start <= pos < s.end),
            None,
        )
        assert article.sentence_at(pos) == want, pos
        assert ix.id_holding(pos) == want, pos
        row = meta_rows.row_at(pos)
        assert (row[0] if row else None) == want, pos
        assert (None if pd.isna(hedge_ids[pos]) else hedge_ids[pos]) == want, pos


def test_an_offset_between_sentences_belongs_to_the_one_before_for_index_at():
    article = Article.from_text(TEXT)
    ix = reading(article).sentences
    gap = TEXT.index("   “It will")  # the spaces after "Bell said."
    k = ix.index_at(gap + 1)
    assert ix.holding(gap + 1) is None
    assert ix.texts[k].endswith("Bell said.")
    assert ix.index_at(0) == 0 and ix.holding(len(TEXT) + 5) is None


def test_the_reading_is_built_once_per_article_and_shared():
    article = Article.from_text(TEXT)
    assert reading(article) is reading(article)
    assert reading(article).quotes is reading(article).quotes
    assert reading(Article.from_text(TEXT)) is not reading(article)


def test_a_quotation_continues_into_a_paragraph_that_opens_with_a_mark():
    assert _quotes(TEXT) == [
        ("“We will rebuild it,”", 0, True),
        ("“It will take a year.\n\n“Then the road opens again,”", 0, True),
    ]


def test_an_unclosed_quotation_ends_with_its_paragraph_when_the_next_does_not_open_one():
    text = "Title\n\nHe called it “a sham.\n\nThe next paragraph quotes nobody.\n"
    assert _quotes(text) == [("“a sham.", 0, False)]


def test_a_new_opening_mark_closes_an_unbalanced_quotation():
    text = "Title\n\nShe said “we won and “the count is over.”\n"
    assert _quotes(text) == [("“we won and", 0, False), ("“the count is over.”", 0, True)]


def test_nested_single_quotes_inside_a_double_quotation():
    text = "Title\n\n“He told me ‘never again’ and left,” she said.\n"
    assert _quotes(text) == [("“He told me ‘never again’ and left,”", 0, True), ("‘never again’", 1, True)]


@pytest.mark.parametrize("marks", ["“no”", '"no"'])
def test_a_quoted_no_is_a_quotation(marks):
    text = f"Title\n\nAsked whether he would resign, he said {marks} and walked away.\n"
    assert _quotes(text) == [(marks, 0, True)]


def test_apostrophes_and_a_stray_closing_mark_are_not_quotations():
    assert _quotes("Title\n\nIraq’s army said it's ready” and left.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\n'It's a disgrace,' said one resident. 'Nobody listens.'\n",  # British, straight marks
        "Title\n\n''We won,'' he said. Then he left.\n",  # doubled apostrophes (wire archives)
        "Mayor Hails ‘Perfect’ Start\n\n“We are ready,” she said. The rest was quiet.\n",
        TEXT,
    ],
)
def test_the_sentence_frame_and_the_finders_read_the_same_quotations(text):
    article = Article.from_text(text)
    outer = [q for q in reading(article).quotes if q.level == 0]
    for s in article.sentences.itertuples():
        overlapping = [n for n, q in enumerate(outer) if q.start < s.end and s.start < q.end]
        assert (None if pd.isna(s.quote) else int(s.quote)) == (overlapping[0] if overlapping else None), s.text

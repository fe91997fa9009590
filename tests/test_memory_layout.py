"""The compact layouts behind `analyze` give what the plain ones gave (issue 11, memory)."""

from __future__ import annotations

import pickle
import random

import pandas as pd
import pytest

import medialit
from medialit.analysis._intervals import IntervalIndex
from medialit.analysis._row_views import FrameColumns, FrameRows, SlotRecord
from medialit.paragraphs import split_paragraphs
from medialit.quotes import find_quotes
from medialit.sentences import split_sentences

TEXT = (
    "Budget Row Deepens\n\n"
    "The treasurer said: “We will cut 40 jobs.” Critics disagreed on Monday.\n\n"
    "“It is untrue,” a union spokesperson said. She said about 3,000 people marched.\n\n"
    "A second line. And a third one?"
)


def test_article_frames_are_built_on_first_access_and_equal_the_splitters():
    article = medialit.Article.from_text(TEXT)
    assert "sentences" not in article.__dict__ and "paragraphs" not in article.__dict__
    paragraphs = split_paragraphs(TEXT)
    sentences = split_sentences(TEXT, paragraphs, quotes=find_quotes(TEXT, paragraphs))
    pd.testing.assert_frame_equal(article.paragraphs, paragraphs)
    pd.testing.assert_frame_equal(article.sentences, sentences)
    assert list(article.sentence_rows()) == list(sentences.itertuples(index=False))
    assert list(article.paragraph_rows()) == list(paragraphs.itertuples(index=False))


def test_analyze_reads_the_tables_not_the_article_frames():
    article = medialit.Article.from_text(TEXT)
    medialit.analyze(article)
    assert "sentences" not in article.__dict__ and "paragraphs" not in article.__dict__


def test_an_analysis_pickles_with_its_reading():
    article = medialit.Article.from_text(TEXT)
    result = medialit.analyze(article)
    back = pickle.loads(pickle.dumps(result))
    pd.testing.assert_frame_equal(back.claims, result.claims)
    assert [back.article.sentence_at(p) for p in range(len(TEXT))] == [article.sentence_at(p) for p in range(len(TEXT))]


@pytest.mark.parametrize("seed", range(5))
def test_interval_index_finds_what_a_scan_finds(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(60):
        s = rng.randrange(0, 3000)
        spans.append(rng.choice([(s, s + rng.randrange(0, 700)), (None, None), (s, s - 5)]))
    index = IntervalIndex(spans, bucket=64)
    for pos in range(0, 3800, 37):
        want = [i for i, (s, e) in enumerate(spans) if s is not None and s <= pos <= e]
        got = index.near(pos)
        assert got == sorted(got) and set(want) <= set(got)
        end = pos + rng.randrange(1, 300)
        want = [i for i, (s, e) in enumerate(spans) if s is not None and s <= e and s < end and e > pos]
        assert set(want) <= set(index.touching(pos, end))


def test_frame_columns_give_the_dtypes_of_the_plain_build():
    records = [{"id": 0, "start": 3, "gap": None, "text": "a"}, {"id": 1, "start": 5, "gap": 7, "text": "b"}]
    built = FrameColumns(["id", "start", "gap", "text"], ints=("id", "start"), nullable=("gap",))
    for r in records:
        built.append(r)
    plain = pd.DataFrame(records)
    plain["gap"] = pd.array(plain["gap"].tolist(), dtype="Int64")
    pd.testing.assert_frame_equal(built.frame(), plain)
    empty = FrameColumns(["id", "gap"], ints=("id",), nullable=("gap",)).frame()
    assert list(map(str, empty.dtypes)) == ["int64", "Int64"] and empty.empty


def test_frame_rows_read_like_to_dict_records():
    frame = pd.DataFrame({"a": [1, 2], "b": pd.array([None, 4], dtype="Int64"), "c": ["x", None]})
    rows = FrameRows(frame, ["a", "b", "c", "missing"])
    records = frame.to_dict("records")
    for view, record in zip(rows, records):
        for column in "abc":
            got, want = view[column], record[column]
            assert got is want or got == want or (pd.isna(got) and pd.isna(want))
        assert view.get("missing", "default") == "default"
    assert type(rows[1]["a"]) is int and rows[-1]["b"] == 4


def test_slot_record_reads_and_writes_like_a_dict():
    class Rec(SlotRecord):
        __slots__ = ("x", "y")

    r = Rec(x=1)
    assert r["x"] == 1 and r.get("y") is None
    r.update(y=2)
    r["x"] = 3
    assert (r["x"], r.pop("y"), r.get("y")) == (3, 2, None)

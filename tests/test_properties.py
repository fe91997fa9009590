"""Property tests: for arbitrary Unicode text, loading and every analysis never raise and keep offsets exact.

A fixed hypothesis profile keeps CI deterministic (derandomized) and bounded (no deadline per example,
a few thousand examples in all across the tests).
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import medialit
from medialit import Article
from medialit.analysis.registry import FINDERS

settings.register_profile(
    "medialit", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
settings.load_profile("medialit")

NEWSY = st.sampled_from(
    [
        "U.S.",
        "Gen.",
        "Dr.",
        "said",
        "told",
        "reportedly",
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "\n\n",
        "\r\n",
        " ",
        "at least",
        "up to",
        "nearly",
        "a third",
        "150,000",
        "3.5",
        "denied",
        "according to",
        "Monday",
        "last month",
        ":",
        ".",
        "?",
        "!",
        ",",
        "(",
        ")",
        "[",
        "]",
        "no",
        "not",
        "could",
        "likely",
        "Reuters reported:",
        "\u0301",
        "\u200f",
        "שלום",
        "مرحبا",
        "🙂",
        "\u00a0",
        "\t",
        "\x00",
        "\ufeff",
        "January 15",
        "2017",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(NEWSY, st.text(max_size=8)), max_size=60).map("".join),
)

SPAN_PREFIXES = ("", "source_", "cue_", "content_", "recipient_")


def _assert_offsets(text: str, frame: pd.DataFrame, name: str) -> None:
    for prefix in SPAN_PREFIXES:
        s, e = f"{prefix}start", f"{prefix}end"
        label = "text" if prefix == "" else prefix.rstrip("_")
        if s not in frame.columns or e not in frame.columns or label not in frame.columns:
            continue
        for row in frame[[s, e, label]].itertuples(index=False):
            start, end, value = row
            if pd.isna(start) or pd.isna(end):
                continue
            assert 0 <= int(start) <= int(end) <= len(text), (name, prefix, start, end)
            assert text[int(start) : int(end)] == value, (name, prefix, start, end, value)


@settings(max_examples=800)
@given(TEXT)
def test_article_frames_keep_offsets(text):
    art = Article.from_text(text)
    assert art.text == text
    _assert_offsets(text, art.paragraphs, "paragraphs")
    _assert_offsets(text, art.sentences, "sentences")


@pytest.mark.slow  # 500 full analyses: about 25 s, half the fast loop
@settings(max_examples=500)
@given(TEXT)
def test_every_analysis_never_raises_and_keeps_offsets(text):
    art = Article.from_text(text)
    result = medialit.analyze(art)
    assert list(result.frames()) == list(FINDERS)  # every registered finder, none forgotten
    for name, frame in result.frames().items():
        assert isinstance(frame, pd.DataFrame), name
        assert list(frame.columns) == FINDERS[name].columns(), name
        _assert_offsets(text, frame, name)
    result.to_json()


@pytest.mark.slow  # 150 examples x every finder twice: about 25 s
@settings(max_examples=150)
@given(TEXT)
def test_every_finder_alone_gives_the_frame_analyze_gives(text):
    art = Article.from_text(text)
    result = medialit.analyze(art)
    for name, finder in FINDERS.items():
        pd.testing.assert_frame_equal(finder.load()(art), getattr(result, name), obj=name)


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_loading_arbitrary_bytes_gives_an_article_or_a_medialit_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "input.txt"
    path.write_bytes(data)
    try:
        art = medialit.load_article(path)
    except medialit.MedialitError as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert isinstance(art.text, str)

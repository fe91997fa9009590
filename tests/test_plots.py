"""The figure chart: shapes, arrows and bands carry the meaning; the data says what was drawn."""

from __future__ import annotations

import math
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from medialit import analyze, load_article
from medialit.plots import DATA_COLUMNS, chart_data, figure_chart, figure_chart_alt_text

sys.path.insert(0, str(Path(__file__).parent / "browser"))
import handmade  # noqa: E402


@pytest.fixture(scope="module")
def figures():
    return handmade.figures(load_article())


def gids(ax) -> list[str]:
    return [a.get_gid() for a in ax.get_children() + ax.texts + ax.lines if a.get_gid()]


def test_chart_returns_the_plotted_data(figures):
    fig, data = figure_chart(figures)
    assert list(data.columns) == DATA_COLUMNS
    assert len(data) == len(figures)
    assert data["y"].tolist() == list(range(len(figures)))
    # the related-headline figure is drawn last, in its own band
    assert data.iloc[-1]["band"] == "different story" and data.iloc[-1]["value"] == 32
    assert (data.iloc[:-1]["band"] == "this story").all()


@pytest.mark.parametrize("low,high,value,shape,x_start,x_end", [
    (30, math.inf, 30, "at-least", 30, math.inf),
    (0, 150000, 150000, "up-to", 0, 150000),
    (5000, 5000, 5000, "point", 5000, 5000),
    (10, 20, 15, "range", 10, 20),
    (None, None, 7, "point", 7, 7),
])
def test_shapes(low, high, value, shape, x_start, x_end):
    frame = pd.DataFrame([{"id": 0, "start": 0, "value": value, "low": low, "high": high, "what": "w",
                           "status": "reported", "role": "body", "text": "t"}])
    row = chart_data(frame).iloc[0]
    assert (row["shape"], row["x_start"], row["x_end"]) == (shape, x_start, x_end)


def test_open_bounds_are_arrows_and_bars(figures):
    fig, data = figure_chart(figures)
    ax = fig.axes[0]
    arrows = [t for t in ax.texts if (t.get_gid() or "").startswith("open-bound-right")]
    assert len(arrows) == (data["shape"] == "at-least").sum() == 1
    assert arrows[0].arrow_patch is not None
    x_from, x_to = arrows[0].xyann[0], arrows[0].xy[0]
    assert x_to > x_from  # "at least" points right
    assert any((g or "").startswith("open-bound-left") for g in gids(ax))  # "up to" has its bar at 0
    assert "different-story-band" in gids(ax)
    assert any("different story" in t.get_text() for t in ax.texts)


def test_status_is_shape_and_words_not_colour(figures):
    fig, data = figure_chart(figures)
    ax = fig.axes[0]
    markers = {line.get_marker() for line in ax.lines if line.get_linestyle() == "None"}
    assert {"o", "D", "X"} <= markers  # reported, estimated, denied
    labels = [t.get_text() for t in ax.texts]
    assert any("denied" in t for t in labels) and any("estimated" in t for t in labels)
    colours = {tuple(line.get_color()) if not isinstance(line.get_color(), str) else line.get_color()
               for line in ax.lines}
    assert colours <= {"black"}


def test_png_and_no_pyplot_leak(figures, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "More than 20 figures have been opened"
        for _ in range(25):
            fig, _ = figure_chart(figures)
    out = tmp_path / "chart.png"
    fig.savefig(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bundle = fig._repr_mimebundle_()
    assert "image/png" in bundle and bundle["text/plain"] == fig.alt_text


def test_draws_into_given_axes(figures):
    from matplotlib.figure import Figure

    mine = Figure()
    ax = mine.add_subplot()
    fig, data = figure_chart(figures, ax=ax)
    assert fig is mine and len(data) == len(figures)


def test_empty_frame_says_so():
    fig, data = figure_chart(pd.DataFrame(columns=handmade.FIGURE_COLUMNS))
    assert data.empty and list(data.columns) == DATA_COLUMNS
    assert "No figures" in fig.axes[0].texts[0].get_text()
    assert "none were found" in figure_chart_alt_text(data)


def test_alt_text_names_every_figure_and_the_other_story(figures):
    _, data = figure_chart(figures)
    alt = figure_chart_alt_text(data)
    assert "Chart of 5 figures" in alt
    assert "at least 30, with no upper bound" in alt and "from 0 up to 150,000" in alt
    assert "different story" in alt
    for what in data["what"]:
        assert what in alt


def test_chart_of_the_real_analysis():
    """Uses find_figures itself: 2 to 150,000, the related headline apart."""
    _, data = figure_chart(analyze(load_article()).figures)
    assert (data["band"] == "different story").sum() == 1
    assert (data["shape"] == "at-least").any() and (data["shape"] == "up-to").any()
    assert data["x_end"].replace(math.inf, 0).max() == 150000

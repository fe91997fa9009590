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


@pytest.mark.parametrize(
    "low,high,value,shape,x_start,x_end",
    [
        (30, math.inf, 30, "at-least", 30, math.inf),
        (0, 150000, 150000, "up-to", 0, 150000),
        (5000, 5000, 5000, "point", 5000, 5000),
        (10, 20, 15, "range", 10, 20),
        (None, None, 7, "point", 7, 7),
    ],
)
def test_shapes(low, high, value, shape, x_start, x_end):
    frame = pd.DataFrame(
        [
            {
                "id": 0,
                "start": 0,
                "value": value,
                "low": low,
                "high": high,
                "what": "w",
                "status": "reported",
                "role": "body",
                "text": "t",
            }
        ]
    )
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
    colours = {
        tuple(line.get_color()) if not isinstance(line.get_color(), str) else line.get_color() for line in ax.lines
    }
    assert colours <= {"black"}


def _assert_png_and_no_pyplot_leak(make_chart, out) -> None:
    """Draw 25 charts with no pyplot warning, save the last as PNG, and check its notebook bundle."""
    import matplotlib

    matplotlib.use("Agg")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "More than 20 figures have been opened"
        for _ in range(25):
            fig, _ = make_chart()
    fig.savefig(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bundle = fig._repr_mimebundle_()
    assert "image/png" in bundle and bundle["text/plain"] == fig.alt_text


def test_png_and_no_pyplot_leak(figures, tmp_path):
    _assert_png_and_no_pyplot_leak(lambda: figure_chart(figures), tmp_path / "chart.png")


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


# --- The timeline chart -------------------------------------------------------------------------------------

import datetime as dt  # noqa: E402

from medialit import Article, find_dates  # noqa: E402
from medialit.plots import TIMELINE_COLUMNS, timeline_chart, timeline_chart_alt_text, timeline_data  # noqa: E402

PUBLISHED = dt.date(2019, 1, 21)
SMALL = (
    "The council voted on Tuesday to close the bridge. Work began last month, officials said. "
    "A report in March 2020 had warned of cracks. Repairs will start two days after the vote. "
    "Residents have complained about recent delays."
)


@pytest.fixture(scope="module")
def dates():
    return find_dates(load_article(), published=PUBLISHED)


@pytest.fixture(scope="module")
def small_dates():
    return find_dates(Article.from_text(SMALL), published=dt.date(2021, 5, 6))


def _ax(fig):
    return fig.axes[0]


def _undated_box(fig) -> str:
    return "\n".join(t.get_text() for a in fig.axes for t in a.texts if t.get_gid() == "undated")


def test_timeline_returns_every_expression(dates):
    fig, data = timeline_chart(dates)
    assert list(data.columns) == TIMELINE_COLUMNS
    assert sorted(data["id"]) == sorted(dates["id"])
    placed = data[data["shape"] != "undated"]
    assert len(placed) == dates["date_low"].notna().sum()
    # dated rows first, in calendar order, numbered from the top; undated rows have no y
    assert placed["date_low"].is_monotonic_increasing
    assert placed["y"].tolist() == list(range(len(placed)))
    assert data.loc[data["shape"] == "undated", "y"].isna().all()
    assert data.attrs["published"] == pd.Timestamp(PUBLISHED)  # find_dates keeps it typed in attrs


@pytest.mark.parametrize(
    "low,high,shape,when",
    [
        ("2019-01-19", "2019-01-19", "day", "Sat 19 Jan 2019"),
        ("2018-12-01", "2018-12-31", "range", "Dec 2018"),
        ("2019-01-14", "2019-01-19", "range", "14–19 Jan 2019"),
        ("2018-01-01", "2018-12-31", "range", "2018"),
        ("2018-12-30", "2019-01-02", "range", "30 Dec 2018 – 2 Jan 2019"),
        (None, None, "undated", ""),
        ("2019-01-19", None, "day", "Sat 19 Jan 2019"),  # one known end: that day
    ],
)
def test_timeline_shapes_and_words(low, high, shape, when):
    frame = pd.DataFrame(
        [
            {
                "id": 0,
                "start": 0,
                "text": "t",
                "kind": "relative",
                "anchor": "",
                "date_low": pd.Timestamp(low) if low else pd.NaT,
                "date_high": pd.Timestamp(high) if high else pd.NaT,
                "event": "e",
            }
        ]
    )
    row = timeline_data(frame).iloc[0]
    assert (row["shape"], row["when"]) == (shape, when)


def test_range_is_a_bar_and_day_is_a_point(dates):
    fig, data = timeline_chart(dates)
    ax = _ax(fig)
    bars = {p.get_gid() for p in ax.patches if (p.get_gid() or "").startswith("range-")}
    points = [line for line in ax.lines if (line.get_gid() or "").startswith("day-")]
    assert bars == {f"range-{i}" for i in data.loc[data["drawn"] == "bar", "id"]}
    assert {line.get_gid() for line in points} == {f"day-{i}" for i in data.loc[data["drawn"] == "point", "id"]}
    assert all(line.get_marker() == "o" for line in points)
    # a month bar spans its whole month: from the first day to the day after the last
    month = data[(data["text"] == "Last June")].iloc[0]
    bar = next(p for p in ax.patches if p.get_gid() == f"range-{month['id']}")
    import matplotlib.dates as mdates

    assert mdates.num2date(bar.get_x()).date() == dt.date(2018, 6, 1)
    assert round(bar.get_width()) == 30
    assert bar.get_hatch()  # hatched, not told apart by colour alone


def test_lone_far_event_is_an_arrow_at_the_edge(dates):
    """June 2017 lies a year before the rest: drawn at the left edge, not squeezing the weeks near publication."""
    fig, data = timeline_chart(dates)
    row = data[data["text"] == "in June 2017"].iloc[0]
    assert row["drawn"] == "off-left"
    assert any(t.get_gid() == f"off-left-{row['id']}" for t in _ax(fig).texts)
    assert any("Jun 2017, off the scale" in t.get_text() for t in _ax(fig).texts)
    assert data.attrs["window"][0] > pd.Timestamp("2018-05-01")


def test_publication_date_is_a_labelled_line(dates):
    fig, _ = timeline_chart(dates)
    ax = _ax(fig)
    line = next(line for line in ax.lines if line.get_gid() == "publication-date")
    assert line.get_linestyle() == "--"
    assert any("assumed publication date" in t.get_text() and "21 Jan 2019" in t.get_text() for t in ax.texts)


def test_published_argument_wins(dates):
    _, data = timeline_chart(dates, published=dt.date(2019, 1, 25))
    assert data.attrs["published"] == pd.Timestamp("2019-01-25")


def test_undated_are_listed_by_reason(dates):
    fig, data = timeline_chart(dates)
    box = _undated_box(fig)
    assert "Cannot be dated (4" in box
    assert "“recent” ×3" in box and "“a couple of days after”" in box
    alt = timeline_chart_alt_text(data)
    assert "cannot be dated (4)" in alt and "“recent” ×3" in alt


def test_without_publication_date_most_are_listed():
    data = timeline_data(find_dates(load_article()))
    assert data.attrs["published"] is None
    assert set(data.loc[data["shape"] != "undated", "text"]) == {"in June 2017"}
    assert "needs the publication date" in timeline_chart_alt_text(data)


def test_zoom_window_counts_what_it_leaves_out(dates):
    fig, data = timeline_chart(dates, window=("2019-01-08", "2019-01-25"))
    drawn = data[data["y"].notna()]
    assert set(drawn["text"]) == {"This month", "on January 15", "On Saturday", "Monday", "earlier this week"}
    assert (data["drawn"] == "outside").sum() == 6
    assert "Not shown: 6 dated expressions" in _undated_box(fig)
    assert "6 dated expressions fall outside" in timeline_chart_alt_text(data)


def test_timeline_png_and_no_pyplot_leak(dates, tmp_path):
    _assert_png_and_no_pyplot_leak(lambda: timeline_chart(dates), tmp_path / "timeline.png")


def test_timeline_into_given_axes(dates):
    from matplotlib.figure import Figure

    mine = Figure()
    ax = mine.add_subplot()
    fig, data = timeline_chart(dates, ax=ax)
    assert fig is mine and len(mine.axes) == 1 and len(data) == len(dates)
    assert "recent" in _undated_box(fig)


def test_timeline_of_a_small_article(small_dates, tmp_path):
    fig, data = timeline_chart(small_dates)
    assert data[data["shape"] != "undated"]["text"].tolist() == ["in March 2020", "last month", "on Tuesday"]
    assert data.set_index("text").loc["on Tuesday", "when"] == "Tue 4 May 2021"
    assert data.set_index("text").loc["last month", "drawn"] == "bar"
    assert "“two days after”" in _undated_box(fig) and "“recent”" in _undated_box(fig)
    alt = timeline_chart_alt_text(data)
    assert alt.startswith("A timeline of 3 dated expressions") and "6 May 2021" in alt
    fig.savefig(tmp_path / "small.png")


def test_timeline_of_an_empty_frame_says_no_dates_found(tmp_path):
    empty = find_dates(Article.from_text("Nothing happened here at all."))
    fig, data = timeline_chart(empty)
    assert data.empty and list(data.columns) == TIMELINE_COLUMNS
    assert any("No dates found" in t.get_text() for t in _ax(fig).texts)
    assert "no date expressions were found" in timeline_chart_alt_text(data)
    fig.savefig(tmp_path / "empty.png")
    fig, data = timeline_chart(pd.DataFrame())  # no columns at all: still a chart
    assert data.empty


def test_timeline_all_undated_says_so():
    frame = find_dates(Article.from_text("It rained on Monday and again recently."))
    fig, data = timeline_chart(frame)
    assert (data["shape"] == "undated").all() and len(data) == 2
    assert any("can be placed" in t.get_text() for t in _ax(fig).texts)
    assert "needs the publication date: “on Monday”" in _undated_box(fig)


# --------------------------------------------------------------------------- labels a student reads


def _figures_frame(rows: list[dict]) -> pd.DataFrame:
    base = {"id": 0, "start": 0, "qualifier": "", "role": "body", "status": "reported"}
    return pd.DataFrame([{**base, "id": i, "start": i, **row} for i, row in enumerate(rows)])


def test_a_pronoun_source_never_reads_per_he():
    frame = _figures_frame(
        [
            {"text": "300", "value": 300.0, "low": 300.0, "high": 300.0, "what": "homes", "source": "he"},
            {"text": "12", "value": 12.0, "low": 12.0, "high": 12.0, "what": "people", "source": "officials"},
        ]
    )
    fig, data = figure_chart(frame)
    assert "per he" not in " ".join(data["label"]) and "“he” (name not given)" in data["label"][0]
    assert data["label"][1].endswith("per officials")
    assert "according to he" not in figure_chart_alt_text(data)


def test_the_number_axis_reads_plain_numbers(figures):
    fig, _ = figure_chart(figures)
    fig.canvas.draw()
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert labels[:2] == ["0", "1"] and ("1,000,000" in labels or "10,000" in labels)
    assert not any("10^" in t or "$" in t or "⁰" in t for t in labels), labels
    assert "each grid line to the right is ×10" in ax.get_xlabel()
    # labels never overlap: each ends left of where the next begins
    boxes = [t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()]
    assert all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:]))


def test_category_labels_break_between_words_only():
    from medialit.plots import wrap_label

    long = "Iran-linked Hezbollah-backed reinforcement units of the northern command"
    wrapped = wrap_label(long)
    words = set(long.split())
    for line in wrapped.split("\n"):
        assert all(w.rstrip("…") in words for w in line.split()), line
    assert len(wrapped.split("\n")) <= 2 and wrapped.endswith("…")
    assert wrap_label("Iran-linked-and-Hezbollah-backed units") == "Iran-linked-and-Hezbollah-backed\nunits"
    assert wrap_label("days") == "days"


def test_timeline_reads_the_typed_publication_date_not_the_anchor_words():
    article = Article.from_text("Rally Planned\n\nPublished January 21, 2019\n\nThe rally took place on Saturday.\n")
    assert article.meta["date"].date == dt.date(2019, 1, 21)
    dates = find_dates(article)
    assert dates.attrs["published"] == dt.date(2019, 1, 21)
    assert timeline_data(dates).attrs["published"] == pd.Timestamp("2019-01-21")
    # A hand-made frame whose words name a date carries no date as data: nothing is read out of the prose.
    words_only = pd.DataFrame(
        [
            {
                "id": 0,
                "start": 0,
                "text": "Saturday",
                "kind": "relative",
                "anchor": "publication date 2019-01-21",
                "date_low": pd.Timestamp("2019-01-19"),
                "date_high": pd.Timestamp("2019-01-19"),
                "event": "rally",
            }
        ]
    )
    assert timeline_data(words_only).attrs["published"] is None

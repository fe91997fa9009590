"""The finder registry: every finder declared once, and everything else follows from it."""

from __future__ import annotations

import json

import finder_exclamations
import pandas as pd
import pytest

import medialit
from medialit import Article, analyze
from medialit.analysis import registry
from medialit.analysis.registry import FINDERS, Finder, compute, register, unregister
from medialit.cli import main
from medialit.errors import MedialitError

TEXT = (
    "Crowd Cheers Result\n\n"
    "\u201cWe won!\u201d the mayor said on Monday. Nobody expected it!\n\n"
    "Officials said 300 people came.\n"
)


@pytest.fixture
def exclamations():
    """The fixture finder, registered with one line and taken out again."""
    finder = register(
        Finder(
            "exclamations",
            f"{finder_exclamations.__name__}:find_exclamations",
            needs=("attributions",),
            reader_columns=("sentence", "attributed"),
        )
    )
    yield finder
    unregister("exclamations")


def test_the_built_in_finders_in_order():
    assert list(FINDERS) == ["hedges", "attributions", "claims", "figures", "dates", "headline_stance"]


@pytest.mark.parametrize("text", [TEXT, "", "No numbers, no quotes."])
def test_each_frame_has_the_columns_its_finder_declares(text):
    result = analyze(Article.from_text(text))
    assert list(result.frames()) == list(FINDERS)
    for name, finder in FINDERS.items():
        assert list(getattr(result, name).columns) == finder.columns(), name


def test_a_new_finder_appears_in_analyze_json_and_exports(exclamations):
    article = Article.from_text(TEXT)
    result = analyze(article)
    frame = result.exclamations
    assert frame["text"].tolist() == ["!", "!"]
    # The first is inside the mayor's quoted words, the second is the article's own.
    assert frame["attributed"].tolist() == [True, False]
    assert list(result.frames())[-1] == "exclamations"
    assert [row["attributed"] for row in json.loads(result.to_json())["exclamations"]] == [True, False]
    assert medialit.analysis.find_exclamations is finder_exclamations.find_exclamations
    # Called alone, it computes its input through the registry: the same frame.
    pd.testing.assert_frame_equal(finder_exclamations.find_exclamations(article), frame)


def test_a_new_finder_appears_in_the_cli(exclamations, tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(path), "--what", "exclamations", "--format", "json"]) == 0
    assert [row["text"] for row in json.loads(capsys.readouterr().out)] == ["!", "!"]
    assert main(["analyze", str(path), "--what", "exclamations", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "== exclamations (2) ==" in out and "attributed" in out and "start" not in out


def test_without_the_fixture_the_cli_does_not_know_it(capsys):
    with pytest.raises(SystemExit):
        main(["analyze", "--what", "exclamations"])
    assert "exclamations" not in FINDERS


def test_compute_runs_each_input_once(monkeypatch):
    calls = []
    original = Finder.load

    def counting(self):
        fn = original(self)

        def wrapped(*args, **kwargs):
            calls.append(self.name)
            return fn(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(Finder, "load", counting)
    frames = compute(Article.from_text(TEXT), ["claims", "figures"])
    assert list(frames) == ["claims", "figures"]
    assert sorted(calls) == ["attributions", "claims", "figures"]


def test_given_frames_are_used_not_recomputed():
    article = Article.from_text(TEXT)
    empty = pd.DataFrame(columns=FINDERS["attributions"].columns())
    claims = registry.inputs(article, "claims", attributions=empty)
    assert list(claims) == ["attributions"] and claims["attributions"] is empty


def test_registry_errors_are_medialit_errors():
    with pytest.raises(MedialitError, match="already registered"):
        register(Finder("hedges", "medialit.analysis.hedges:find_hedges"))
    with pytest.raises(MedialitError, match="needs"):
        register(Finder("affiliations", "x:y", needs=("nobody",)))
    with pytest.raises(MedialitError, match="needed by"):
        unregister("attributions")
    with pytest.raises(MedialitError, match="no finder named"):
        compute(Article.from_text(TEXT), ["nothing"])


def test_analysis_is_read_only_and_replace_swaps_a_frame():
    result = analyze(Article.from_text(TEXT))
    with pytest.raises(AttributeError):
        result.hedges = None
    empty = result.dates.iloc[:0]
    assert len(result.replace(dates=empty).dates) == 0 and len(result.dates) > 0
    with pytest.raises(AttributeError):
        result.replace(nothing=empty)


def test_compute_restores_the_cycle_collector():
    """The finders run with the cycle collector paused (speed); it is back on after, and stays off for a
    caller who had turned it off."""
    import gc

    from medialit import Article, analyze

    article = Article.from_text("A headline\n\nThe mayor said the bridge would reopen.")
    assert gc.isenabled()
    analyze(article)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(article)
        assert not gc.isenabled()
    finally:
        gc.enable()

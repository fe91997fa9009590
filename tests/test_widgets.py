"""Widgets driven headlessly through their Python API (ipyannotations style: set, call, assert)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from medialit import Article, analyze, load_article
from medialit.errors import MedialitError
from medialit.render import OWN_VOICE
from medialit.widgets import AttributionTracer, ClaimDenialSorter, HedgeHighlighter

sys.path.insert(0, str(Path(__file__).parent / "browser"))
import handmade  # noqa: E402

SMALL = (
    "Town Says Bridge Is Safe\n\n"
    "The mayor told reporters that the bridge was safe, the Gazette reported on Monday. "
    "Engineers denied that the bridge was safe. "
    "The cracks are reportedly growing.\n"
)


@pytest.fixture(scope="module")
def article():
    return load_article()


@pytest.fixture(scope="module")
def small():
    return Article.from_text(SMALL)


def small_attributions(small):
    return handmade.attributions(
        small,
        [
            {"source": "the Gazette", "cue": "reported", "content": "The mayor told reporters", "kind": "indirect"},
            {
                "source": "The mayor",
                "cue": "told",
                "content": "the bridge was safe",
                "parent": 0,
                "recipient": "reporters",
            },
            {"source": "Engineers", "cue": "denied", "content": "the bridge was safe"},
        ],
    )


def plain_text(widget) -> str:
    return widget._repr_mimebundle_()["text/plain"]


# --------------------------------------------------------------------------- tracer


def test_tracer_selects_and_shows_the_chain_on_the_bundled_article(article):
    tracer = AttributionTracer(article, handmade.bundled_attributions(article))
    assert tracer.selected == 2 or tracer.selected == 3  # opens on the first sentence that has a source
    tracer.select(4)
    assert tracer.selected == 4 and tracer._picker.value == 4
    assert list(tracer.chain_frame["source"]) == ["Bas News", "The war media cell of Iraqi defense ministry"]
    tree = tracer._tree.value.split("</p>", 1)[1]  # the tree, after the sentence itself
    assert tree.index("Bas News") < tree.index("The war media cell")
    assert "revealed" in tree and "said in a statement" in tree
    assert "after investigations, the reports were found ‘untrue," in tree  # the exact content span
    assert "<ul" in tree and tree.count("<li>") == 3


def test_tracer_option_labels_and_keyboard_widget(article):
    tracer = AttributionTracer(article, handmade.bundled_attributions(article))
    labels = [label for label, _ in tracer._picker.options]
    assert len(labels) == len(article.sentences)
    assert labels[2].startswith("2: ¶2 · Baghdad repudiated") and labels[2].endswith("…") and len(labels[2]) <= 78
    assert tracer._picker.description


def test_tracer_number_box_and_list_move_together(article):
    """The keyboard route (a number box, which keeps its arrow keys in JupyterLab) and the list agree."""
    tracer = AttributionTracer(article, handmade.bundled_attributions(article))
    assert tracer._number.value == tracer.selected
    tracer._number.value = 7
    assert tracer.selected == 7 and tracer._picker.value == 7
    assert "In an email to VOA" in tracer._tree.value
    assert "Sentence 7 (¶6):" in tracer._tree.value and tracer.summary.startswith("Sentence 7 (¶6):")
    tracer.select(4)
    assert tracer._number.value == 4
    assert (tracer._number.min, tracer._number.max) == (0, len(article.sentences) - 1)
    assert tracer._picker.options[4][0].startswith("4: ¶3 · ")
    # the help names only what works: the number box's keys, not arrow keys on the list
    assert "Sentence number" in tracer._intro.value and "↑" in tracer._intro.value
    assert "click it, or use the arrow keys" not in tracer._intro.value


def test_tracer_own_voice_and_summary(article):
    tracer = AttributionTracer(article, handmade.bundled_attributions(article))
    tracer.select(11)
    assert tracer.chain_frame.empty
    assert OWN_VOICE in tracer._tree.value.replace("&#x27;", "'")
    text = plain_text(tracer)
    assert OWN_VOICE in text and "Bas News" in text  # the sources table is in the summary too
    assert len(text) > 110  # more than ipywidgets' own cut-off fallback


def test_tracer_sources_tab(article):
    tracer = AttributionTracer(article, handmade.bundled_attributions(article))
    assert tracer._views.titles == ("Chain of sources", "All sources")
    counts = dict(zip(tracer.sources["source"], tracer.sources["sentences"]))
    assert counts["Bas News"] == 2
    assert "Bas News" in tracer._sources.value


def test_tracer_on_a_small_article(small):
    tracer = AttributionTracer(small, small_attributions(small))
    tracer.select(1)
    assert list(tracer.chain_frame["source"]) == ["the Gazette", "The mayor"]
    assert "(to reporters)" in tracer.summary
    tracer.select(2)
    assert list(tracer.chain_frame["source"]) == ["Engineers"]
    with pytest.raises(MedialitError):
        tracer.select(99)


def test_tracer_on_empty_text():
    tracer = AttributionTracer(Article.from_text(""))
    assert tracer.selected is None and tracer.chain_frame.empty
    assert "no sentences" in tracer.summary


def test_tracer_on_the_real_analysis(article):
    """Uses trace_attributions itself: the Bas News chain of ¶3."""
    tracer = AttributionTracer(article)
    tracer.select(4)
    sources = " / ".join(tracer.chain_frame["source"].astype(str)).lower()
    assert "bas news" in sources and "war media cell" in sources
    assert sources.index("bas news") < sources.index("war media cell")


# --------------------------------------------------------------------------- highlighter


def test_highlighter_marks_and_filters_paragraphs(article):
    hedges = handmade.hedges(
        article,
        [
            ("reportedly", "hearsay", "hedge"),
            ("likely", "probability", "hedge"),
            ("menace", "loaded-word", "loaded"),
            ("up to", "approximator", "hedge"),
        ],
    )
    view = HedgeHighlighter(article, hedges)
    assert view.marks_count == 4 and view._view.value.count("<mark") == 4
    assert "reportedly</mark><sup" in view._view.value and "[hearsay]" in view._view.value
    assert "[loaded-word]" in view._legend.value
    view._paragraph.value = 12  # "up to 150,000 ... reportedly amassed"
    assert view.marks_count == 2 and view._view.value.count("<mark") == 2
    assert "Showing ¶12" in plain_text(view) and "2 cues marked" in plain_text(view)
    view._paragraph.value = -1
    assert view.marks_count == 4


def test_highlighter_paragraph_argument(article):
    view = HedgeHighlighter(article, handmade.hedges(article, [("likely", "probability", "hedge")]), paragraph=11)
    assert view._paragraph.value == 11 and view.marks_count == 1
    with pytest.raises(MedialitError):
        HedgeHighlighter(article, handmade.hedges(article, []), paragraph=999)


def test_highlighter_escapes_the_hostile_article():
    hostile, _, hedges = handmade.hostile(Article)
    view = HedgeHighlighter(hostile, hedges)
    assert "<script" not in view._view.value and "<img" not in view._view.value
    assert view.marks_count == 3


def test_highlighter_add_cue_reruns_find_hedges(small):
    """Uses find_hedges(article, extra=...) itself."""
    view = HedgeHighlighter(small)
    before = view.marks_count
    view.add_cue("cracks", "hearsay")
    assert view.marks_count == before + 1
    assert "cracks, hearsay" in view._cues.value
    assert "cracks</mark>" in view._view.value.lower()
    assert (view.hedges["text"].str.lower() == "cracks").any()


def test_highlighter_bad_cue_line_says_what_was_expected(small):
    view = HedgeHighlighter(small)
    before = view.marks_count
    view._cues.value = "allegedly"
    view._apply.click()
    assert "Not applied" in view._status.value and "no comma" in view._status.value
    assert "allegedly, hearsay" in view._status.value and "added" not in view._status.value
    assert view.marks_count == before
    assert "thin" in view._legend.value or "thick" in view._legend.value
    assert "own underline" in view._intro.value and "thin, medium or" in view._intro.value


def test_highlighter_apply_button_reads_the_text_box(small):
    """Uses find_hedges(article, extra=...) itself."""
    view = HedgeHighlighter(small)
    view._cues.value = "Engineers, vague-source\n"
    view._apply.click()
    assert "Applied" in view._status.value
    assert (view.hedges["text"] == "Engineers").any()


def test_highlighter_on_the_real_analysis(article):
    """Uses find_hedges itself: the article's best-known hedges are marked."""
    view = HedgeHighlighter(article)
    found = set(view.hedges["text"].str.lower())
    assert {"reportedly", "likely", "up to"} <= found
    assert view.marks_count == len(view.hedges) and view._view.value.count("<mark") >= len(view.hedges) - 2


# --------------------------------------------------------------------------- sorter


STATEMENTS = [
    "The PMF claimed it prevented American troops from carrying out an operation.",
    "The coalition denied that the PMF blocked American troops.",
    "The survey occurred without incident.",
    "The PMF claimed it prevented American troops from carrying out an operation.",  # a repeat stays separate
]


def test_sorter_label_link_save(tmp_path, article):
    sorter = ClaimDenialSorter(article, STATEMENTS, question="03.t", path=tmp_path / "answers.json")
    assert len(sorter.statements) == 4 and len(set(sorter.statements)) == 4
    sorter.label(0, "claim")
    sorter.label(2, "neither")
    sorter.link(1, 0)
    assert sorter._labels[1].value == "denial" and sorter._links[1].layout.display == ""
    assert sorter._links[0].layout.display == "none"
    path = sorter.save()
    saved = json.loads(path.read_text(encoding="utf-8"))["answers"]["03.t"]
    assert (
        saved
        == sorter.answer
        == {
            "labels": {STATEMENTS[0]: "claim", STATEMENTS[1]: "denial", STATEMENTS[2]: "neither"},
            "links": {STATEMENTS[1]: STATEMENTS[0]},
        }
    )
    assert "Saved 3 label(s)" in sorter._status.value
    assert "[denial → denies 1]" in plain_text(sorter)


def test_sorter_save_button_and_unlink(tmp_path, article):
    sorter = ClaimDenialSorter(article, STATEMENTS[:2], path=tmp_path)
    sorter.link(1, 0)
    sorter.label(1, "claim")  # no longer a denial: its link is not part of the answer
    sorter._save_button.click()
    saved = json.loads((tmp_path / "medialit-answers.json").read_text(encoding="utf-8"))
    assert saved["answers"]["03.sorter"] == {"labels": {STATEMENTS[1]: "claim"}, "links": {}}


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.label(9, "claim"),
        lambda s: s.label(0, "maybe"),
        lambda s: s.link(0, 0),
        lambda s: s.link(0, 9),
    ],
)
def test_sorter_rejects_misuse(call, article, tmp_path):
    with pytest.raises(MedialitError):
        call(ClaimDenialSorter(article, STATEMENTS[:2], path=tmp_path))


def test_sorter_escapes_statements(article, tmp_path):
    sorter = ClaimDenialSorter(article, ["<img src=x onerror=alert(1)> said", "<script>x</script>"], path=tmp_path)
    html_children = [
        c.value
        for row in sorter.children[1:3]
        for c in row.children
        if hasattr(c, "value") and isinstance(c.value, str)
    ]
    assert html_children and all("<img" not in h and "<script" not in h for h in html_children)


def test_sorter_compare_gives_counts_only(article, tmp_path):
    claims = pd.DataFrame(
        {
            "text": ["A said x.", "B denied x.", "C said y."],
            "stance": ["claim", "denial", "claim"],
            "content": ["x", "x", "y"],
        }
    )
    sorter = ClaimDenialSorter(article, claims, path=tmp_path)
    sorter._claims = claims  # the helper's reading, as find_claims would give it
    sorter.label(0, "claim")
    sorter.label(1, "claim")
    assert sorter.compare() == {"labelled": 2, "comparable": 2, "agree": 1}
    sorter._compare_button.click()
    assert "1 of 2" in sorter._status.value
    assert "denial" not in sorter._status.value  # counts, not the answers


def test_sorter_default_statements_come_from_the_real_analysis(article, tmp_path):
    """Uses find_claims itself: the article has claims and denials to sort."""
    claims = analyze(article).claims
    sorter = ClaimDenialSorter(article, path=tmp_path)
    assert len(sorter.statements) == len(claims) >= 3
    assert set(claims["stance"]) == {"claim", "denial"}
    sorter.label(0, "claim")
    assert sorter.compare()["comparable"] == 1


# --------------------------------------------------------------------------- laziness and headless notebooks


def test_importing_the_package_does_not_import_ipywidgets():
    import subprocess

    code = (
        "import sys, medialit.widgets; assert 'ipywidgets' not in sys.modules; "
        "from medialit.widgets import AttributionTracer; assert 'ipywidgets' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.slow  # starts a kernel
def test_widgets_in_a_headless_notebook(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    here = Path(__file__).parent / "browser"
    cells = [
        f"import sys; sys.path.insert(0, {str(here)!r})\nimport handmade\n"
        "from medialit import Article, load_article\n"
        "from medialit.widgets import AttributionTracer, HedgeHighlighter, ClaimDenialSorter\n"
        "article = load_article()",
        "AttributionTracer(article, handmade.bundled_attributions(article))",
        "HedgeHighlighter(article, handmade.hedges(article, [('reportedly', 'hearsay', 'hedge')]))",
        "ClaimDenialSorter(article, ['A said x.', 'B denied x.'])",
        "from medialit.plots import figure_chart\nfig, data = figure_chart(handmade.figures(article))\nfig",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(nb, timeout=120, resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in nb.cells for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error" or o.get("name") == "stderr"]
    texts = [o["data"]["text/plain"] for o in outputs if o.output_type == "execute_result"]
    assert texts[0].startswith("AttributionTracer") and "Bas News" in texts[0]
    assert texts[1].startswith("HedgeHighlighter") and "[hearsay]" in texts[1]
    assert "Claim/denial sorter" in texts[2]
    assert "at least 30" in texts[3]  # the chart's alt text is its plain-text view
    assert "image/png" in outputs[-1]["data"]


def test_sorter_ticks_the_chosen_button(article):
    """The selected label is told apart by a tick, not by a shade of grey alone."""
    sorter = ClaimDenialSorter(article, ["A said B.", "C denied B."])
    toggle = sorter._labels[1]
    assert list(toggle.icons) == ["", "", ""]
    sorter.label(1, "denial")
    assert list(toggle.icons) == ["", "check", ""]
    sorter.label(1, "claim")
    assert list(toggle.icons) == ["check", "", ""]
    sorter.label(1, None)
    assert list(toggle.icons) == ["", "", ""]


def test_sorter_compare_is_off_for_a_graded_question(article, tmp_path):
    """Is "Compare with the helper" withheld on a graded question (relabel one, watch the count: an oracle)?"""
    graded = ClaimDenialSorter(article, STATEMENTS[:2], question="03.3", path=tmp_path)
    assert graded._compare_button not in graded.children[-2].children
    with pytest.raises(MedialitError, match="graded"):
        graded.compare()
    practice = ClaimDenialSorter(article, STATEMENTS[:2], question="03.b", path=tmp_path)
    assert practice._compare_button in practice.children[-2].children
    assert practice.compare()["labelled"] == 0

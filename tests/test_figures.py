"""find_figures: tables of sentences we wrote, the bundled article end to end, invariants."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from medialit import analyze, load_article
from medialit.analysis.figures import COLUMNS, find_figures, number_words
from medialit.article import Article
from medialit.errors import MedialitError

INF = math.inf


def figures(text: str, **kwargs) -> pd.DataFrame:
    return find_figures(Article.from_text(text), **kwargs)


def check_invariants(article: Article, frame: pd.DataFrame) -> None:
    assert list(frame.columns) == COLUMNS
    assert frame["start"].is_monotonic_increasing
    assert frame["id"].tolist() == list(range(len(frame)))
    for row in frame.itertuples(index=False):
        assert article.text[row.start : row.end] == row.text
        assert row.low <= row.value <= row.high or (row.low <= row.high and row.qualifier), row
        assert row.status in {"reported", "denied", "estimated", "stated"}
        assert row.role in {"headline", "related-headline", "body", "boilerplate"}
        assert row.source and row.rule


# (sentence, [(figure text, low, high), ...]): every figure of the sentence, in order.
RANGES = [
    ("At least 30 fighters were killed.", [("At least 30", 30, INF)]),
    ("No fewer than 12 boats sank.", [("No fewer than 12", 12, INF)]),
    ("More than 30 people died.", [("More than 30", 30, INF)]),
    ("The fire destroyed over 400 homes.", [("over 400", 400, INF)]),
    ("Upwards of 2,000 people marched.", [("Upwards of 2,000", 2000, INF)]),
    ("There are up to 150,000 fighters in the country.", [("up to 150,000", 0, 150000)]),
    ("As many as 70 people may have drowned.", [("As many as 70", 0, 70)]),
    ("Fewer than 5,000 voters turned out.", [("Fewer than 5,000", 0, 5000)]),
    ("Less than 10% of the aid arrived.", [("Less than 10%", 0, 10)]),
    ("Nearly 2,000 troops remain.", [("Nearly 2,000", 1800, 2000)]),
    ("Almost 40 percent of the budget went to defence.", [("Almost 40 percent", 36, 40)]),
    ("About 200 were wounded.", [("About 200", 180, 220)]),
    ("Around 30 trucks crossed the border.", [("Around 30", 27, 33)]),
    ("Roughly 3.5 million people live there.", [("Roughly 3.5 million", 3.15e6, 3.85e6)]),
    ("Some 30 journalists signed the letter.", [("Some 30", 27, 33)]),
    ("Just over 100 ships were inspected.", [("Just over 100", 100, 110)]),
    ("An estimated 5,000 soldiers are deployed.", [("An estimated 5,000", 5000, 5000)]),
    ("Exactly 17 candidates registered.", [("Exactly 17", 17, 17)]),
    ("Thirty or more cars were burned.", [("Thirty or more", 30, INF)]),
    ("About 2,000 or so refugees arrived.", [("About 2,000 or so", 1800, 2200)]),
    ("Between 10 and 20 soldiers died.", [("Between 10 and 20", 10, 20)]),
    ("From 10 to 20 rockets a day were fired.", [("From 10 to 20", 10, 20)]),
    ("Prices rose 10-20% last year.", [("10-20%", 10, 20)]),
    ("Two or three children were hurt.", [("Two or three", 2, 3)]),
    ("The deal is worth 1.2 to 1.5 million dollars.", [("1.2 to 1.5 million dollars", 1.2e6, 1.5e6)]),
    ("The police arrested 22 men.", [("22", 22, 22)]),
]


@pytest.mark.parametrize("text, expected", RANGES)
def test_qualifier_ranges(text, expected):
    frame = figures(text)
    got = [(r.text, r.low, r.high) for r in frame.itertuples()]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (_, low, high), (_, elow, ehigh) in zip(got, expected):
        assert low == pytest.approx(elow) and high == pytest.approx(ehigh)


# (sentence, figure text, value)
VALUES = [
    ("The government pledged $1.2 billion in aid.", "$1.2 billion", 1.2e9),
    ("The contract was worth 1.2 million euros.", "1.2 million euros", 1.2e6),
    ("The club paid £50m for him.", "£50m", 5e7),
    ("Inflation reached 12.5 percent.", "12.5 percent", 12.5),
    ("Turnout fell by 3 percentage points.", "3 percentage points", 3),
    ("Twenty-two students were expelled.", "Twenty-two", 22),
    ("Two hundred and fifty thousand people fled.", "Two hundred and fifty thousand", 250000),
    ("A dozen soldiers were captured.", "A dozen", 12),
    ("The talks ended a couple of days ago.", "a couple", 2),
    ("She won a third of the seats.", "a third", 1 / 3),
    ("Half the villages were empty.", "Half", 0.5),
    ("Three-quarters of the staff left.", "Three-quarters", 0.75),
    ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3),
    ("One in five children is hungry.", "One in five", 0.2),
    ("Dozens of protesters were detained.", "Dozens", 24),
    ("Hundreds of families fled.", "Hundreds", 200),
    ("Tens of thousands of people marched.", "Tens of thousands", 20000),
    ("It took a million dollars to rebuild.", "a million dollars", 1e6),
]


@pytest.mark.parametrize("text, figure, value", VALUES)
def test_values(text, figure, value):
    frame = figures(text)
    row = frame[frame["text"] == figure]
    assert len(row) == 1, frame[["text", "value"]]
    assert row["value"].iloc[0] == pytest.approx(value)


# (sentence, figure text, what)
WHAT = [
    ("At least 30 Hashd al-Shaabi fighters were killed.", "At least 30", "Hashd al-Shaabi fighters"),
    ("The strike killed 22 of the Iran-linked forces.", "22", "Iran-linked forces"),
    ("They won nearly a third of the seats in parliament.", "nearly a third", "the seats in parliament"),
    ("There are up to 150,000 PMF fighters in Iraq.", "up to 150,000", "PMF fighters"),
    ("He carried out two recent attacks on the base.", "two", "recent attacks"),
    ("Talks resumed a couple of days later.", "a couple", "days"),
    ("32 civilians killed in strikes.", "32", "civilians"),
    ("Police detained 30 armed men.", "30", "armed men"),
    ("The attack killed 30.", "30", ""),
    ("Some 40 percent of the vote went to him.", "Some 40 percent", "percent of the vote"),
    ("One soldier died.", "One", "soldier"),
    ("Dozens of protesters were detained.", "Dozens", "protesters"),
    ("Officials say 13 million need aid.", "13 million", ""),
    ("The other 11 were girls.", "11", ""),
]


@pytest.mark.parametrize("text, figure, what", WHAT)
def test_what(text, figure, what):
    frame = figures(text)
    row = frame[frame["text"] == figure]
    assert len(row) == 1, frame[["text", "what"]]
    assert row["what"].iloc[0] == what


# Numbers that are not quantities: the sentence yields exactly these figures.
NOT_FIGURES = [
    ("In 2017, the army withdrew.", []),
    ("The drone was shot down in June 2017.", []),
    ("The PMF claimed on January 15 that it blocked the troops.", []),
    ("The vote is on 26 December 2018 at 10:30.", []),
    ("He arrived at 9 a.m. and left at 5 pm.", []),
    ("Its 15th anniversary passed quietly.", []),
    ("The F-16 and the MiG-29 are fighter jets.", []),
    ("COVID-19 hit the G7 summit.", []),
    ("Traffic on Route 66 and Flight 370 were discussed.", []),
    ("See page 12 and Resolution 2254.", []),
    ("The Boeing 737 and Apollo 11 are famous.", []),
    ("Call 555-1234 or +44 20 7946 0958 for help.", []),
    ("No one knows; one of the bases was hit.", []),
    ("Flags fly a short drive from a one of the U.S. bases.", []),
    ("The Big Three met in the 1990s.", []),
    ("A 30-year-old man was arrested.", []),
    ("Several officials and a few soldiers spoke.", []),
    ("It happened in the second half of 2018.", []),
    ("Some 2000 people fled in 2000.", ["Some 2000"]),
    ("Since 2015, 40 people have died.", ["40"]),
]


@pytest.mark.parametrize("text, expected", NOT_FIGURES)
def test_not_figures(text, expected):
    assert figures(text)["text"].tolist() == expected


# (sentence(s), figure text, source, status)
STATUS = [
    ("The army said 12 soldiers were killed.", "12", "The army", "reported"),
    ("The death toll rose to 45, according to the health ministry.", "45", "the health ministry", "reported"),
    (
        "According to various estimates, there are up to 150,000 fighters.",
        "up to 150,000",
        "various estimates",
        "estimated",
    ),
    ("\u201cWe counted 17 bodies,\u201d said Ahmed Ali, a local doctor.", "17", "Ahmed Ali", "reported"),
    ("Some 40% of the vote went to him, the Post noted.", "Some 40%", "the Post", "reported"),
    ("The ministry denied that 300 prisoners had escaped.", "300", "The ministry", "denied"),
    ("The army did not deny that 8 soldiers died.", "8", "The army", "reported"),
    ("The report came a couple of days after the coalition denied it.", "a couple", "the article", "stated"),
    ("The town has 4,000 residents.", "4,000", "the article", "stated"),
    (
        "He stressed there are no plans to pull out the estimated 5,000 troops.",
        "the estimated 5,000",
        "He",
        "estimated",
    ),
]


# Right answers the claims frame does not give yet. Until find_figures read the claims through the registry, a
# private denial rule in figures.py gave them when it was called alone, while analyze() gave the frame's answer;
# now both give the frame's answer, and these wait for the claims finder.
STATUS_AWAITING_CLAIMS = [
    # the denial's content is "something": find_claims does not link it to the claim before it (target NA)
    ("Rebels said the strike killed 22 fighters, something the coalition denied.", "22", "Rebels", "denied"),
    # "said the reports were false" is a claim to find_claims, not a denial of the sentence before
    ("Police said 12 people were arrested. Organisers said the reports were false.", "12", "Police", "denied"),
    # find_claims lets a body denial target a claim in the related headline (another story)
    (
        "Iraq Denies Strikes\n\n32 civilians killed in coalition strikes: monitor\n\nBaghdad denied the reports.",
        "32",
        "monitor",
        "reported",
    ),
]


def _source_and_status(text: str, figure: str) -> tuple[str, str]:
    frame = figures(text)
    row = frame[frame["text"] == figure]
    assert len(row) == 1, frame[["text", "source", "status"]]
    return row["source"].iloc[0], row["status"].iloc[0]


@pytest.mark.parametrize("text, figure, source, status", STATUS)
def test_source_and_status(text, figure, source, status):
    assert _source_and_status(text, figure) == (source, status)


@pytest.mark.xfail(reason="the claims frame misses this denial link (see STATUS_AWAITING_CLAIMS)")
@pytest.mark.parametrize("text, figure, source, status", STATUS_AWAITING_CLAIMS)
def test_source_and_status_awaiting_claims(text, figure, source, status):
    assert _source_and_status(text, figure) == (source, status)


ALONE_TEXTS = [
    "Rebels said the strike killed 22 fighters, something the coalition denied.",
    "He stressed there are no plans to pull out the estimated 5,000 troops, officials said.",
    "Trump said on Monday that he would keep 2,000 troops. He said the estimated 5,000 would stay.",
    "\u201cWe counted 17 bodies,\u201d said Ahmed Ali. The ministry denied that 300 prisoners had escaped.",
    "The town has 4,000 residents. Nothing here is attributed: 12% of 30 people.",
    "",
]


@pytest.mark.parametrize("text", ALONE_TEXTS)
def test_find_figures_alone_equals_analyze(text):
    article = Article.from_text("Evening news\n\n" + text)
    pd.testing.assert_frame_equal(find_figures(article), analyze(article).figures)


def test_find_figures_alone_equals_analyze_on_the_article():
    article = load_article()
    alone = find_figures(article)
    pd.testing.assert_frame_equal(alone, analyze(article).figures)
    # The pronoun is resolved the same way on both paths (it was "he" when called alone).
    assert alone.loc[alone["text"] == "the estimated 5,000", "source"].tolist() == ["U.S. President Donald Trump"]


def test_denial_in_relative_clause_does_not_scope():
    frame = figures("The army, which denied involvement, said 30 soldiers died.")
    assert frame["status"].tolist() == ["reported"]


@pytest.mark.xfail(reason="a number glued to a hyphenated word is read as a modifier, even '1,000-strong'")
def test_strength_compound_is_a_figure():
    assert figures("A 1,000-strong force moved in.")["value"].tolist() == [1000]


def test_pronoun_source_resolved():
    frame = figures("Trump visited the base. He said 5,000 troops will stay.")
    assert frame["source"].tolist() == ["Trump"]


def test_analyze_agrees_on_the_article():
    """Through `analyze` the real attribution frame is used; the key readings must not change."""
    from medialit.analysis import analyze

    frame = analyze(load_article()).figures
    by_text = frame.set_index("text")
    assert by_text.loc["at least 30", "status"] == "denied"
    assert by_text.loc["at least 30", "source"] != "the article"
    assert by_text.loc["up to 150,000", "status"] == "estimated"
    assert by_text.loc["the estimated 5,000", "status"] == "estimated"
    assert by_text.loc["32", "role"] == "related-headline"


def test_attributions_frame_gives_innermost_source():
    text = "Bas News said that channels reported 30 fighters were killed."
    article = Article.from_text(text)
    attributions = pd.DataFrame(
        {
            "id": [0, 1],
            "source": ["Bas News", "channels"],
            "content_start": [text.index("channels"), text.index("30")],
            "content_end": [len(text) - 1, len(text) - 1],
        }
    )
    # An empty claims frame: only the given attributions decide (claims are not derived from this partial frame).
    frame = find_figures(article, attributions=attributions, claims=pd.DataFrame())
    assert frame["source"].tolist() == ["channels"] and frame["status"].tolist() == ["reported"]


def test_claims_frame_marks_denied():
    text = "Channels reported 30 fighters were killed. The ministry denied it."
    article = Article.from_text(text)
    claims = pd.DataFrame(
        {
            "id": [0, 1],
            "stance": ["claim", "denial"],
            "target": [pd.NA, 0],
            "content_start": [text.index("30"), text.index("it.")],
            "content_end": [text.index(" were"), text.index("it.") + 2],
        }
    )
    frame = find_figures(article, claims=claims)
    assert frame["status"].tolist() == ["denied"]


ODD = [
    "",
    "   ",
    "\r\n\r\n",
    "🙂🙂 5 🙂",
    "“unbalanced 5 quotes",
    "”30” ’’",
    "1,2,3,4",
    "$",
    "%%%",
    "10-",
    "-10",
    "1e10 and 0.5.",
    "at least",
    "between 5 and",
    "a third",
    "half",
    "...12...",
    "\u00a030\u00a0people",
    "Line one.\r\nLine 2 has 3 dogs.\r\n",
    "9" * 400,
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_does_not_crash(text):
    article = Article.from_text(text)
    check_invariants(article, find_figures(article))


# ------------------------------------------------------------ the bundled article


@pytest.fixture(scope="module")
def article():
    return load_article()


@pytest.fixture(scope="module")
def article_figures(article):
    return find_figures(article)


def row(frame: pd.DataFrame, text: str) -> pd.Series:
    hit = frame[frame["text"] == text]
    assert len(hit) == 1, frame[["text"]]
    return hit.iloc[0]


def test_article_invariants(article, article_figures):
    check_invariants(article, article_figures)


def test_article_at_least_30(article_figures):
    r = row(article_figures, "at least 30")
    assert (r.low, r.high, r.status) == (30, INF, "denied")
    assert r.source != "the article" and r.what == "Hashd al-Shaabi fighters"


def test_article_up_to_150000(article_figures):
    r = row(article_figures, "up to 150,000")
    assert (r.low, r.high, r.status, r.source) == (0, 150000, "estimated", "various estimates")


def test_article_estimated_5000(article_figures):
    r = row(article_figures, "the estimated 5,000")
    assert (r.value, r.status, r.qualifier) == (5000, "estimated", "the estimated")
    assert r.what == "American troops"


def test_article_nearly_a_third(article_figures):
    r = row(article_figures, "nearly a third")
    assert r.high == pytest.approx(1 / 3) and r.low < 1 / 3
    assert r.what == "the seats in parliament" and r.source == "the Post"


def test_article_22(article_figures):
    r = row(article_figures, "22")
    assert r.what == "Iran-linked forces" and r.status == "denied"


def test_article_32_civilians_other_story(article_figures):
    r = row(article_figures, "32")
    assert r.role == "related-headline" and r.what == "civilians"


def test_article_small_counts(article_figures):
    twos = article_figures[article_figures["text"] == "two"]
    assert twos["what"].tolist() == ["recent attacks", "sides"]
    assert twos["source"].tolist() == ["The Pentagon IG", "the article"]
    assert row(article_figures, "a couple")["what"] == "days"


def test_article_no_year_or_date_figures(article, article_figures):
    assert not article_figures["text"].isin(["2017", "June 2017", "15", "January 15"]).any()
    # every digit run in a figure lies outside "June 2017" and "January 15"
    for phrase in ("June 2017", "January 15"):
        s = article.text.index(phrase)
        e = s + len(phrase)
        assert not ((article_figures["start"] < e) & (article_figures["end"] > s)).any()


def test_article_exact_figure_list(article_figures):
    assert article_figures["text"].tolist() == [
        "32",
        "at least 30",
        "a couple",
        "the estimated 5,000",
        "two",
        "up to 150,000",
        "two",
        "22",
        "nearly a third",
    ]


def test_number_words_table_loads():
    nw = number_words()
    assert nw.value["twenty"] == (20, 20) and nw.value["couple"] == (2, 3)
    assert nw.category["route"] == "label"


def test_bad_qualifier_lexicon_is_reported():
    from medialit.lexicon import read_lexicon

    with pytest.raises(MedialitError):
        read_lexicon("cue,category,pattern,note\nat least,no-such-category,,x\n", categories={"at-least"})


# ---------------------------------------------------------------- from a student's own article


@pytest.mark.parametrize(
    "text,figures",
    [
        ("Turnout fell after the 2016 elections, officials said.", []),
        ("Turnout fell after the 2016 presidential elections.", []),
        ("Rain delayed the 2012 Olympics in London.", []),
        ("The 2000 soldiers left the base on Monday.", ["2000"]),  # a plural that is no event: a count
        ("About 2016 votes were counted.", ["About 2016"]),
    ],
)
def test_a_year_before_an_event_noun_is_not_a_count(text, figures):
    frame = find_figures(Article.from_text(text))
    assert list(frame["text"]) == figures


def test_a_figure_inside_quotation_marks_is_never_the_articles_own_statement():
    text = (
        "Dam Breaks After Rains\n\n"
        "Residents described “at least 30 houses swept away” in the night.\n\n"
        "“Two hundred people are missing.”\n\n"
        'The dam held 40 tonnes of water. "We lost 12 boats," Ann Ruiz said.\n'
    )
    art = Article.from_text(text)
    for frame in (find_figures(art), analyze(art).figures):
        rows = frame.set_index("text")
        for quoted in ("at least 30", "Two hundred", "12"):
            assert rows.loc[quoted, "status"] == "reported", quoted
            assert rows.loc[quoted, "source"] != "the article", quoted
        assert rows.loc["Two hundred", "source"] == "an unnamed speaker (in quotation marks)"
        assert rows.loc["40", "status"] == "stated" and rows.loc["40", "source"] == "the article"


def test_a_count_of_speakers_is_not_a_figures_source():
    text = "Poll Shows Anger\n\nOf 200 residents polled, 140 said they opposed the plan.\n"
    frame = find_figures(Article.from_text(text)).set_index("text")
    assert frame.loc["200", "source"] != "140"


# Currencies come from lexicons/currencies.csv: the symbol's name starts `what`, a word after the amount is kept.
@pytest.mark.parametrize(
    "text, figure, what_starts",
    [
        ("The fund holds C$5 million in bonds.", "C$5 million", "Canadian dollars"),
        ("Rent rose to US$1,200 a month.", "US$1,200", "US dollars"),
        ("It cost £3m to build.", "£3m", "pounds"),
        ("He paid 40 pounds sterling for it.", "40 pounds sterling", "pounds sterling"),
        ("She sent 10 million US dollars home.", "10 million US dollars", "US dollars"),
    ],
)
def test_currency_names_come_from_the_lexicon(text, figure, what_starts):
    frame = figures(text)
    row = frame[frame["text"] == figure]
    assert len(row) == 1, frame[["text", "what"]]
    assert row["what"].iloc[0].startswith(what_starts)

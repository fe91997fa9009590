"""Web pages we wrote, one per thing that went wrong: the story is body, furniture stays visible as boilerplate.

Each page is a made-up news page with a story of a few paragraphs and one kind of trap. The text a
student reads keeps every visible block (offsets hold), and the roles say which blocks are the story.
"""

from __future__ import annotations

import datetime as dt

import pytest

from medialit.article import load_article

STORY = [
    "The harbour tunnel opened to traffic on Monday morning, six years after work began, the city council said.",
    "About 40,000 vehicles a day are expected to use the crossing, according to engineers who planned it over a decade.",
    "\u201cIt is a relief for everyone who sat in traffic on the old bridge,\u201d said Ana Ruiz, who drives to work each day.",
    "The old bridge will close for repairs in the spring, and ferries will run a reduced timetable until the summer.",
]
HEADLINE = "Harbour Tunnel Opens After Six Years"


def page(body: str, *, head: str = "", title: str = "Harbour Tunnel Opens | Coast Gazette") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    )


def story_html(extra_after_first: str = "", extra_end: str = "") -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    return "".join(paras[:1]) + extra_after_first + "".join(paras[1:]) + extra_end


def load(tmp_path, markup: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    article = load_article(path)
    for row in article.paragraphs.itertuples():
        assert article.text[row.start : row.end] == row.text
    return article


def roles(article) -> dict[str, str]:
    return dict(zip(article.paragraphs["text"], article.paragraphs["role"]))


def assert_story_is_body(article):
    found = roles(article)
    for para in STORY:
        assert found.get(para) == "body", (para, found)


FURNITURE = {
    # (furniture markup inside the story's <div>, not in nav/aside/header/footer; its text)
    "menu": (
        '<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>',
        "Home News Sport",
    ),
    "comment prompt": (
        '<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. '
        "Required fields are marked *</p></div>",
        "Leave a Reply",
    ),
    "newsletter box": (
        '<div class="newsletter"><p>Sign up for our morning newsletter and get the headlines '
        "in your inbox every day</p></div>",
        "Sign up for our morning newsletter and get the headlines in your inbox every day",
    ),
    "share buttons": (
        '<div class="share"><a>Share this article</a> <a>Facebook</a> <a>Twitter</a></div>',
        "Share this article Facebook Twitter",
    ),
    "author bio": (
        '<div class="bio"><p>Mara Lind is the Gazette\'s transport reporter. She has covered the '
        "city for ten years.</p></div>",
        "Mara Lind is the Gazette's transport reporter. She has covered the city for ten years.",
    ),
    "terms of use": (
        '<p class="terms">Use of this site constitutes acceptance of our Terms of Use and Privacy Policy.</p>',
        "Use of this site constitutes acceptance of our Terms of Use and Privacy Policy.",
    ),
}


@pytest.mark.parametrize("kind", FURNITURE)
def test_furniture_in_the_story_column_is_boilerplate_and_stays_visible(tmp_path, kind):
    """Is each piece of furniture kept in the text as boilerplate, while the story stays body?"""
    markup, text = FURNITURE[kind]
    where = dict(extra_end=markup) if kind != "menu" else {}
    body = (markup if kind == "menu" else "") + f"<div class='content'><h1>{HEADLINE}</h1>{story_html(**where)}</div>"
    article = load(tmp_path, page(body))
    assert text in article.text
    assert roles(article)[text] == "boilerplate"
    assert roles(article)[HEADLINE] == "headline"
    assert_story_is_body(article)


def test_h1_with_a_bar_is_the_headline_not_a_breadcrumb(tmp_path):
    """Is a real <h1> containing '|' the headline, and a 'Photo' label under it not?"""
    h1 = "Harbour Tunnel Opens | Six Years Late"
    body = f"<h1>{h1}</h1><p>Photo</p>{story_html()}"
    article = load(tmp_path, page(body))
    assert article.title == h1
    assert roles(article)[h1] == "headline"
    assert roles(article)["Photo"] != "headline"
    assert_story_is_body(article)


def test_standfirst_under_the_headline_is_body(tmp_path):
    standfirst = "Commuters cheer as the long-delayed crossing finally takes its first cars"
    body = f"<article><h1>{HEADLINE}</h1><p class='standfirst'>{standfirst}</p>{story_html()}</article>"
    article = load(tmp_path, page(body))
    assert roles(article)[standfirst] == "body"
    assert_story_is_body(article)


def test_photo_caption_under_the_headline_is_boilerplate(tmp_path):
    caption = "Drivers queue at the new tunnel entrance on its first morning"
    body = (
        f"<article><h1>{HEADLINE}</h1><figure><img src='t.jpg' alt=''><figcaption>{caption}</figcaption>"
        f"</figure>{story_html()}</article>"
    )
    article = load(tmp_path, page(body))
    assert roles(article)[caption] == "boilerplate"
    assert_story_is_body(article)


WRAPPERS = {
    "aside": "<aside>{}</aside>",
    "header": "<header>{}</header>",
    "noscript": "<noscript>{}</noscript>",
    "hidden section": "<section hidden>{}</section>",
    "display none": "<div style='display: none'>{}</div>",
}


@pytest.mark.parametrize("kind", WRAPPERS)
def test_whole_article_inside_a_hiding_element_is_kept(tmp_path, kind):
    """Is a story wrapped in <aside>, <header>, <noscript> or a hidden section kept as body, not dropped?"""
    body = f"<nav><a>Home</a> <a>News</a></nav><h1>{HEADLINE}</h1>" + WRAPPERS[kind].format(story_html())
    article = load(tmp_path, page(body))
    assert_story_is_body(article)
    assert roles(article)["Home News"] == "boilerplate"


def test_post_inside_pre_keeps_its_paragraphs(tmp_path):
    """Is a hard-wrapped post in <pre> read as paragraphs (blank lines), not one paragraph per line?"""
    post = (
        "The harbour tunnel opened to traffic on Monday morning, six years after\n"
        "work began, the city council said in a statement to residents.\n"
        "\n"
        "About 40,000 vehicles a day are expected to use the crossing, according\n"
        "to engineers who planned it over the last decade.\n"
    )
    article = load(tmp_path, page(f"<h1>{HEADLINE}</h1><pre>{post}</pre>"))
    body = article.paragraphs[article.paragraphs["role"] == "body"]
    assert len(body) == 2
    assert body["text"].iloc[0].startswith("The harbour tunnel") and body["text"].iloc[0].endswith("residents.")


def test_stray_endif_marker_does_not_drop_the_rest(tmp_path):
    """Does a stray '<![endif]-->' leave the rest of the page in the text (the parser used to stop there)?"""
    body = f"<h1>{HEADLINE}</h1><p>{STORY[0]}</p><![endif]-->" + "".join(f"<p>{p}</p>" for p in STORY[1:])
    article = load(tmp_path, page(body))
    assert_story_is_body(article)
    assert "endif" not in article.text


def test_conditional_comment_is_still_a_comment(tmp_path):
    body = f"<h1>{HEADLINE}</h1><!--[if lt IE 9]><p>OLD-BROWSER</p><![endif]-->{story_html()}"
    article = load(tmp_path, page(body))
    assert "OLD-BROWSER" not in article.text
    assert_story_is_body(article)


# ---------------------------------------------------------------- the page's own metadata

JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"headline": "Harbour Tunnel Opens", "datePublished": "2024-03-05T09:00:00+01:00", '
    '"author": [{"@type": "Person", "name": "Mara Lind"}], '
    '"publisher": {"@type": "Organization", "name": "Coast Gazette"}}</script>'
)
OPEN_GRAPH = (
    '<meta property="og:site_name" content="Harbour Herald">'
    '<meta name="author" content="Tom Price">'
    '<meta property="article:published_time" content="2023-11-20T07:30:00Z">'
    '<meta property="og:url" content="https://herald.example/tunnel">'
)


@pytest.mark.parametrize(
    "head, publisher, author, day, url",
    [
        (JSON_LD, "Coast Gazette", "Mara Lind", dt.date(2024, 3, 5), None),
        (OPEN_GRAPH, "Harbour Herald", "Tom Price", dt.date(2023, 11, 20), "https://herald.example/tunnel"),
    ],
)
def test_page_metadata_is_stated_evidence(tmp_path, head, publisher, author, day, url):
    article = load(tmp_path, page(f"<h1>{HEADLINE}</h1>{story_html()}", head=head))
    meta = article.meta
    assert (meta["publisher"].value, meta["publisher"].confidence) == (publisher, "stated")
    assert publisher in meta["publisher"].evidence
    assert (meta["author"].value, meta["author"].confidence) == (author, "stated")
    assert meta["date"].date == day and meta["date"].confidence == "stated"
    assert meta["date"].to_dict()["date"] == day.isoformat()
    if url:
        assert meta["url"].value == url


def test_time_element_gives_the_date(tmp_path):
    body = f"<h1>{HEADLINE}</h1><time datetime='2022-06-01' pubdate>1 June</time>{story_html()}"
    article = load(tmp_path, page(body))
    assert article.meta["date"].date == dt.date(2022, 6, 1)


def test_without_metadata_the_text_is_the_evidence(tmp_path):
    extra = "<p>Published March 3, 2021</p>"
    article = load(tmp_path, page(f"<h1>{HEADLINE}</h1>{extra}{story_html()}"))
    found = article.meta["date"]
    assert found.value == "March 3, 2021" and found.date == dt.date(2021, 3, 3)
    assert article.text[found.start : found.end] == found.evidence
    assert "author" not in article.meta


# ---------------------------------------------------------------- plain text


def test_txt_headline_ending_with_a_full_stop(tmp_path):
    """Is a headline that ends with a full stop recognised (it was title None, every paragraph body)?"""
    text = "Council rejects claims of toxic leak at bay plant.\n\n" + "\n\n".join(STORY) + "\n"
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    article = load_article(tmp_path / "story.txt")
    assert article.title == "Council rejects claims of toxic leak at bay plant."
    assert article.paragraphs["role"].tolist() == ["headline"] + ["body"] * len(STORY)


@pytest.mark.parametrize(
    "lead",
    [
        "The council closed the bridge on Tuesday.",  # a short lead sentence
        "Officials said the bridge would close, citing cracks.",
    ],
)
def test_short_lead_sentence_is_not_a_headline(lead):
    from medialit.article import Article

    article = Article.from_text(lead + "\n\n" + "\n\n".join(STORY))
    assert article.paragraphs["role"].iloc[0] == "body"


def test_site_logo_h1_is_not_the_headline(tmp_path):
    """A site whose logo is the <h1> puts the story's headline in an <h2>: the page's title names it."""
    body = f"<div class='logo'><h1>Coast Gazette</h1></div><div class='story'><h2>{HEADLINE}</h2>{story_html()}</div>"
    article = load(tmp_path, page(body, head=f"<meta property='og:title' content='{HEADLINE}'>"))
    assert article.title == HEADLINE
    assert roles(article)[HEADLINE] == "headline"
    assert roles(article)["Coast Gazette"] == "boilerplate"
    assert_story_is_body(article)


def test_short_line_after_a_break_stays_in_the_story(tmp_path):
    body = f"<h1>{HEADLINE}</h1><p>{STORY[0]}<br>It was a long wait.</p>{story_html()[len(STORY[0]) + 7 :]}"
    article = load(tmp_path, page(body))
    assert roles(article)["It was a long wait."] == "body"


def test_text_hidden_by_an_unclosed_comment_is_reported(tmp_path):
    """Never lose text without saying so: an unclosed comment hides the rest (as in a browser), and meta says so."""
    body = f"<h1>{HEADLINE}</h1>{story_html()}<!-- an editor's note left open " + "<p>LOST paragraph.</p>" * 20
    article = load(tmp_path, page(body))
    assert_story_is_body(article)
    assert "LOST" not in article.text
    assert "never closed" in article.meta["reader"].basis


def test_reader_says_how_the_story_was_found(tmp_path):
    article = load(tmp_path, page(f"<h1>{HEADLINE}</h1>{story_html()}"))
    assert article.meta["reader"].value == "trafilatura"
    aside = load(tmp_path, page(f"<h1>{HEADLINE}</h1><aside>{story_html()}</aside>"), name="aside.html")
    assert aside.meta["reader"].value == "own rules"


def test_long_comment_thread_is_not_the_story(tmp_path):
    """A thread with more prose than the story stays boilerplate (the extractor is still trusted)."""
    said = (
        "In my view, reader {n} here, the council and the operator share the blame for a mess that was "
        "{n} years in the making, and nobody will say sorry."
    )
    thread = "".join(
        f"<li class='comment'><p class='comment-author'>Reader {n}</p><p>{said.format(n=n)}</p></li>" for n in range(15)
    )
    body = (
        f"<h1>{HEADLINE}</h1><div class='entry-content'>{story_html()}</div>"
        f"<div id='comments' class='comments-area'><ol class='comment-list'>{thread}</ol></div>"
    )
    article = load(tmp_path, page(body))
    assert_story_is_body(article)
    assert roles(article)[said.format(n=3)] == "boilerplate"
    assert article.meta["reader"].value == "trafilatura"


def test_page_of_only_short_furniture_like_blocks_still_loads(tmp_path):
    """Refuse only what is not text: a page of many short lines in a <nav> loads, read by the paragraph rules."""
    items = "".join(f"<li>Council notice number {n} about the bridge works</li>" for n in range(12))
    article = load(tmp_path, page(f"<nav><ul>{items}</ul></nav>"))
    assert len(article.paragraphs) == 12


def test_headline_after_a_long_menu(tmp_path):
    """A menu of thirty links before the <h1> is boilerplate, and the <h1> is still the headline."""
    menu = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(30))
    article = load(tmp_path, page(f"<div class='menu'><ul>{menu}</ul></div><h1>{HEADLINE}</h1>{story_html()}"))
    assert roles(article)[HEADLINE] == "headline" and article.title == HEADLINE
    assert roles(article)["Section 0"] == "boilerplate"
    assert_story_is_body(article)


def test_without_a_title_furniture_is_not_the_headline(tmp_path):
    menu = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(5))
    body = f"<ul>{menu}</ul><div class='story'><p>{HEADLINE}</p>{story_html()}</div>"
    article = load(tmp_path, page(body, title="Coast Gazette"))
    assert roles(article)["Section 0"] == "boilerplate"
    assert article.paragraphs["role"].tolist().count("headline") <= 1
    assert_story_is_body(article)


def test_stated_date_anchors_the_timeline(tmp_path):
    """The page's own publication date resolves the story's relative dates ('on Monday', 'next week')."""
    from medialit.analysis import find_dates

    head = "<meta property='article:published_time' content='2024-03-06T08:00:00Z'>"  # a Wednesday
    article = load(tmp_path, page(f"<h1>{HEADLINE}</h1>{story_html()}", head=head))
    dates = find_dates(article)
    monday = dates[dates["text"].str.contains("Monday")]
    assert len(monday) and monday["date_low"].iloc[0].date() == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "attrs, day",
    [
        ("class='entry-date published'", dt.date(2022, 6, 1)),
        ("itemprop='datePublished'", dt.date(2022, 6, 1)),
        ("class='comment-time'", None),  # a comment's time is not the story's date
    ],
)
def test_time_element_marked_as_published(tmp_path, attrs, day):
    body = f"<h1>{HEADLINE}</h1><time datetime='2022-06-01T10:00' {attrs}>1 June</time>{story_html()}"
    article = load(tmp_path, page(body))
    found = article.meta["date"]
    assert (found.date if found is not None and found.confidence == "stated" else None) == day


def test_table_in_the_story_is_body(tmp_path):
    table = (
        "<table><tr><th>Crossing</th><th>Vehicles a day</th></tr>"
        "<tr><td>Old bridge</td><td>31,000</td></tr><tr><td>New tunnel</td><td>40,000</td></tr></table>"
    )
    body = f"<h1>{HEADLINE}</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>{table}<p>{STORY[2]}</p><p>{STORY[3]}</p>"
    article = load(tmp_path, page(body))
    assert_story_is_body(article)
    assert roles(article)["Old bridge"] == "body" and roles(article)["40,000"] == "body"

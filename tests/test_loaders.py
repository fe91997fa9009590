"""Loading files: every bad input is one clear MedialitError naming the file; nothing is written."""

import pytest

from medialit.article import load_article
from medialit.errors import MedialitError
from medialit.loaders import MAX_BYTES, html_to_text, markdown_to_text, read_document

ARTICLE = "Bridge Closed After Cracks Found\n\nThe council closed the bridge on Tuesday. Repairs take a year.\n"


def listing(folder):
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


BAD_FILES = [
    # (name, bytes, key phrase in the message)
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\r\n  ", "only whitespace"),
    ("controls.txt", b"Some text\x00\x01\x02\x03\x04 more", "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
    ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    ("archive.txt", b"PK\x03\x04" + b"\x14\x00" * 10, "ZIP"),
    ("script.html", b"<html><script>var a = 1;</script><nav>Home</nav></html>", "no visible text"),
    ("notes.docx", b"PK\x03\x04", "supported: .txt, .md"),
    ("noending", b"text", "supported"),
]


@pytest.mark.parametrize("name, data, phrase", BAD_FILES)
def test_bad_file(tmp_path, name, data, phrase):
    path = tmp_path / name
    path.write_bytes(data)
    before = listing(tmp_path)
    with pytest.raises(MedialitError) as err:
        load_article(path)
    message = str(err.value)
    assert phrase in message
    assert name in message
    assert "\n" not in message
    assert listing(tmp_path) == before


# Text in other encodings is text: decoded, with the encoding and how it was chosen in meta["encoding"].
# (UTF-16 with a byte-order mark says what it is; without one, a NUL in every other byte gives it away.)
DECODED = [
    # (name, bytes, text, encoding, confidence, word in the basis)
    ("utf16le.txt", "Bridge closed".encode("utf-16"), "Bridge closed", "utf-16-le", "stated", "byte-order mark"),
    (
        "utf16be.txt",
        b"\xfe\xff" + "Bridge closed".encode("utf-16-be"),
        "Bridge closed",
        "utf-16-be",
        "stated",
        "byte-order mark",
    ),
    (
        "utf16nobom.txt",
        "Bridge closed after cracks".encode("utf-16-le"),
        "Bridge closed after cracks",
        "utf-16-le",
        "inferred",
        "guessed",
    ),
    (
        "latin1.txt",
        "Caf\u00e9 owners said the bridge".encode("latin-1"),
        "Caf\u00e9 owners said the bridge",
        "cp1252",
        "inferred",
        "guessed",
    ),
    (
        "cp1252.txt",
        "\u201cClosed,\u201d he said.".encode("cp1252"),
        "\u201cClosed,\u201d he said.",
        "cp1252",
        "inferred",
        "guessed",
    ),
    (
        "utf8.txt",
        "\u201cClosed,\u201d he said.".encode("utf-8"),
        "\u201cClosed,\u201d he said.",
        "utf-8",
        "inferred",
        "valid UTF-8",
    ),
    (
        "nul.txt",
        b"The council closed\x00 the bridge.",
        "The council closed the bridge.",
        "utf-8",
        "inferred",
        "removed 1 NUL byte",
    ),
]


@pytest.mark.parametrize("name, data, text, encoding, confidence, basis", DECODED)
def test_other_encodings_are_read_and_stated(tmp_path, name, data, text, encoding, confidence, basis):
    (tmp_path / name).write_bytes(data)
    article = load_article(tmp_path / name)
    assert article.text == text
    found = article.meta["encoding"]
    assert (found.value, found.confidence) == (encoding, confidence)
    assert basis in found.basis


def test_bundled_and_from_text_have_no_encoding_entry():
    assert "encoding" not in load_article().meta


def test_missing_file(tmp_path):
    with pytest.raises(MedialitError, match="no such file"):
        load_article(tmp_path / "nowhere.txt")
    assert listing(tmp_path) == []


def test_directory(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(MedialitError, match="is a directory"):
        load_article(tmp_path / "folder.txt")


def test_too_large(tmp_path, monkeypatch):
    import medialit.loaders as loaders

    monkeypatch.setattr(loaders, "MAX_BYTES", 100)
    (tmp_path / "big.txt").write_bytes(b"a" * 101)
    with pytest.raises(MedialitError, match="larger than"):
        load_article(tmp_path / "big.txt")
    (tmp_path / "ok.txt").write_bytes(b"a" * 100)
    assert load_article(tmp_path / "ok.txt").text == "a" * 100


def test_size_limit_is_documented():
    assert MAX_BYTES == 20_000_000


def test_not_a_path():
    with pytest.raises(MedialitError, match="expected a file path"):
        load_article(42)


GOOD_TEXT = [
    # (bytes, text)
    (ARTICLE.encode("utf-8"), ARTICLE),
    (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE),  # the BOM is not part of the text
    (
        "Head\r\n\r\nBody. \u201cQuote.\u201d \U0001f525".encode("utf-8"),
        "Head\r\n\r\nBody. \u201cQuote.\u201d \U0001f525",
    ),
]


@pytest.mark.parametrize("data, text", GOOD_TEXT)
def test_txt_is_exactly_decoded(tmp_path, data, text):
    (tmp_path / "a.txt").write_bytes(data)
    article = load_article(tmp_path / "a.txt")
    assert article.text == text
    assert article.source.endswith("a.txt")


def test_upper_case_ending(tmp_path):
    (tmp_path / "A.TXT").write_bytes(ARTICLE.encode())
    assert load_article(tmp_path / "A.TXT").text == ARTICLE


MARKDOWN = [
    # (markdown, text, title)
    (
        "---\ntitle: Bridge Closed\nauthor: X\n---\n\nThe council closed it.\n",
        "The council closed it.\n",
        "Bridge Closed",
    ),
    ('---\ntitle: "Quoted Title"\n---\nBody here.', "Body here.", "Quoted Title"),
    ("---\ndate: 2021-03-03\n---\n# Bridge Closed\n\nBody here.", "# Bridge Closed\n\nBody here.", "Bridge Closed"),
    ("# Bridge Closed\n\nBody here.", "# Bridge Closed\n\nBody here.", "Bridge Closed"),
    ("No heading, just text.", "No heading, just text.", None),
    ("Text first\n\n---\ntitle: not front matter\n---", "Text first\n\n---\ntitle: not front matter\n---", None),
]


@pytest.mark.parametrize("markdown, text, title", MARKDOWN)
def test_markdown(markdown, text, title):
    assert markdown_to_text(markdown) == (text, title)


def test_markdown_headline_role(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "---\nlayout: post\n---\n# Bridge Closed After Cracks Found\n\n"
        "The council closed the bridge on Tuesday after engineers found cracks.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.paragraphs["role"].tolist() == ["headline", "body"]
    assert article.title == "Bridge Closed After Cracks Found"


def test_markdown_front_matter_only(tmp_path):
    (tmp_path / "x.md").write_text("---\ntitle: T\n---\n", encoding="utf-8")
    with pytest.raises(MedialitError, match="x.md: has front matter but no article text"):
        load_article(tmp_path / "x.md")


PAGE = """<!DOCTYPE html><html><head><title>Bridge Closed | City Daily</title>
<style>p { color: red }</style><script>var tracking = "secret";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<!-- a comment nobody sees -->
<article><header><h1>Bridge Closed &amp; Traffic Diverted</h1><p>By Ana Ruiz</p></header>
<p>The council closed the bridge&nbsp;on Tuesday.<br>Repairs take a year.</p>
<div>Shops <b>fear</b> losing customers &#8212; owners said.</div>
<p hidden>Hidden text</p><p style="display: none">Also hidden</p>
<ul><li>First point</li><li>Second point</li></ul>
<noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
<iframe src="x">Frame text</iframe><svg><text>Chart label</text></svg>
<blockquote>A quoted block.</blockquote>
<table><tr><td>Cell one</td><td>Cell two</td></tr></table>
</article><aside>Most read: Something else</aside><footer>Copyright City Daily</footer></body></html>"""


def test_html_visible_text():
    """Every block a reader could see, in reading order; furniture and hidden sections stay (as text)."""
    text, title = html_to_text(PAGE)
    assert title == "Bridge Closed & Traffic Diverted"
    assert text.split("\n\n") == [
        "Home News",
        "Bridge Closed & Traffic Diverted",
        "By Ana Ruiz",
        "The council closed the bridge\u00a0on Tuesday.",
        "Repairs take a year.",
        "Shops fear losing customers \u2014 owners said.",
        "Hidden text",
        "Also hidden",
        "First point",
        "Second point",
        "Enable JavaScript",
        "A quoted block.",
        "Cell one",
        "Cell two",
        "Most read: Something else",
        "Copyright City Daily",
    ]


#: Never text a reader sees: scripts, styles, comments, templates, frames, SVG.
INVISIBLE = ["secret", "comment", "Template text", "Frame text", "Chart label", "color: red"]


@pytest.mark.parametrize("word", INVISIBLE)
def test_html_drops_invisible(word):
    assert word not in html_to_text(PAGE)[0]


def test_html_furniture_stays_with_a_role(tmp_path):
    """Menus and footers are kept in the text, as boilerplate rather than body."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    roles = load_article(tmp_path / "page.html").paragraphs.set_index("text")["role"]
    assert roles["Home News"] == "boilerplate"
    assert roles["Copyright City Daily"] == "boilerplate"
    assert roles["The council closed the bridge\u00a0on Tuesday."] == "body"


BROKEN_HTML = [
    # (markup, text, title)
    ("<p>Unclosed paragraph<p>Another one", "Unclosed paragraph\n\nAnother one", None),
    ("<p>Stray end</span> tag</p>", "Stray end tag", None),
    ("<title>Only a title</title><p>Body text.</p>", "Body text.", "Only a title"),
    ("<div><p>Kicker</p><h1>Real Headline</h1><p>Body.</p></div>", "Kicker\n\nReal Headline\n\nBody.", "Real Headline"),
    ("<p>Caf&eacute; &lt;3 &#x1F525;</p>", "Caf\u00e9 <3 \U0001f525", None),
    ("<p>Text with <b>unclosed bold<p>Next", "Text with unclosed bold\n\nNext", None),
]


@pytest.mark.parametrize("markup, text, title", BROKEN_HTML)
def test_html_tolerant(markup, text, title):
    assert html_to_text(markup) == (text, title)


def test_html_file_end_to_end(tmp_path):
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    article = load_article(tmp_path / "page.htm")
    assert article.title == "Bridge Closed & Traffic Diverted"
    assert article.paragraphs["role"].tolist()[:3] == ["boilerplate", "headline", "boilerplate"]
    assert article.text.startswith("Home News\n\nBridge Closed & Traffic Diverted\n\nBy Ana Ruiz")


def test_read_document_returns_title_none_for_txt(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    doc = read_document(tmp_path / "a.txt")
    assert (doc.text, doc.title, doc.blocks) == (ARTICLE, None, ())

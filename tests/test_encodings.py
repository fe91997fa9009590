"""Encodings of saved web pages: the declared charset is honoured, an undeclared one is guessed and said so."""

from __future__ import annotations

import pytest

from medialit.article import load_article
from medialit.decoding import decode

BODY = (
    "<h1>Caf\u00e9 Owners Fear Bridge Closure</h1>"
    "<p>\u201cWe will lose half our trade,\u201d said Zo\u00eb M\u00fcller, who runs a caf\u00e9 by the bridge.</p>"
    "<p>The council said the closure would last until the end of the year, and that a ferry would run.</p>"
)
TEXT_WORDS = ("Caf\u00e9 Owners", "\u201cWe will lose half our trade,\u201d", "Zo\u00eb M\u00fcller")


def html(head: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>T</title></head><body>{BODY}</body></html>"


CASES = [
    # (head, encoding of the bytes, meta value, confidence, word in the basis)
    ("<meta charset='windows-1252'>", "cp1252", "cp1252", "stated", "declared"),
    (
        '<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">',
        "cp1252",
        "cp1252",
        "stated",
        "declared",
    ),
    ("<meta charset=ISO-8859-1>", "cp1252", "cp1252", "stated", "declared"),  # browsers read Latin-1 as 1252
    ("", "cp1252", "cp1252", "inferred", "guessed"),  # undeclared, not UTF-8: a stated guess
    ("", "utf-8", "utf-8", "inferred", "valid UTF-8"),
    ("<meta charset='utf-8'>", "cp1252", "cp1252", "inferred", "declared 'utf-8' ignored"),  # a wrong declaration
]


@pytest.mark.parametrize("head, encoding, value, confidence, basis", CASES)
def test_html_encodings(tmp_path, head, encoding, value, confidence, basis):
    (tmp_path / "page.html").write_bytes(html(head).encode(encoding))
    article = load_article(tmp_path / "page.html")
    for words in TEXT_WORDS:
        assert words in article.text
    found = article.meta["encoding"]
    assert (found.value, found.confidence) == (value, confidence)
    assert basis in found.basis


def test_stray_nul_bytes_in_a_page_are_not_a_binary_file(tmp_path):
    data = (
        html("<meta charset='utf-8'>").encode("utf-8").replace(b"<p>The", b"<p>\x00The").replace(b"</h1>", b"\x00</h1>")
    )
    (tmp_path / "page.html").write_bytes(data)
    article = load_article(tmp_path / "page.html")
    assert "\x00" not in article.text and "Zo\u00eb M\u00fcller" in article.text
    assert "removed 2 NUL bytes" in article.meta["encoding"].basis


def test_longer_cyrillic_text_is_guessed():
    text = (
        "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e "
        "\u043e\u0431\u044a\u044f\u0432\u0438\u043b\u043e \u043e \u043d\u043e\u0432\u044b\u0445 "
        "\u043c\u0435\u0440\u0430\u0445 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438. "
    ) * 20
    found = decode(text.encode("cp1251"), "news.txt")
    assert found.text == text and found.source == "guessed"


def test_the_declaration_is_the_evidence(tmp_path):
    (tmp_path / "page.html").write_bytes(html("<meta charset='windows-1252'>").encode("cp1252"))
    assert load_article(tmp_path / "page.html").meta["encoding"].evidence == "<meta charset='windows-1252'>"
    (tmp_path / "bom.txt").write_bytes("Bridge closed".encode("utf-8-sig"))
    assert load_article(tmp_path / "bom.txt").meta["encoding"].evidence == "byte-order mark EF BB BF"

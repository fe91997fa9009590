"""Feedback pages stay inert whatever a student puts in a name, an answer or an error message.

Each page is parsed with html.parser: only the page's own elements may appear, with no
event-handler attributes, no links or sources, and every payload shows up as text.
"""

from __future__ import annotations

import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_grade import build_class, filled

from medialit.teaching.grade import Row, feedback_html, grade, with_totals

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">see my answer</a>',
    "</div><div onclick=alert(1)>",
    "</td></tr></table><iframe src=https://example.org></iframe>",
    "<svg onload=alert(1)>",
    '"><body onload=alert(1)>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",  # already escaped once: must not turn back into markup
]

#: Every element a feedback page is made of, and the only attributes it uses (no links, sources or handlers).
PAGE_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "main",
    "footer",
    "section",
    "article",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "li",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "br",
    "span",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "details",
    "summary",
    "aside",
}
PAGE_ATTRS = {"lang", "charset", "name", "content", "scope", "class"}


class Parsed(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Parsed:
    parsed = Parsed()
    parsed.feed(page)
    parsed.close()
    return parsed


def assert_inert(page: str, payloads: list[str]) -> None:
    parsed = parse(page)
    assert {tag for tag, _ in parsed.tags} <= PAGE_TAGS
    attrs = {name for _, pairs in parsed.tags for name, _ in pairs}
    assert attrs <= PAGE_ATTRS
    assert not any(name.startswith("on") for name in attrs)
    assert "javascript:" not in " ".join(str(v) for _, pairs in parsed.tags for _, v in pairs)
    text = "".join(parsed.text)
    for payload in payloads:
        assert payload in text  # shown to the teacher as the characters the student typed


@pytest.mark.parametrize("payload", PAYLOADS)
def test_feedback_page_shows_payload_as_text(payload):
    """Is a payload in the student's name, the notebook name, the question id and the reason shown as text only?"""
    rows = with_totals(
        [
            Row(payload, payload + ".ipynb", payload, 0, 1, "failed", f"answer cell: ValueError: {payload}"),
            Row(payload, "99_demo.ipynb", "99.1", 1, 1, "passed", ""),
        ]
    )
    assert_inert(feedback_html(payload, rows), [payload, f"gave an error: ValueError: {payload}"])


@pytest.mark.slow
def test_graded_payloads_stay_inert_in_feedback_and_gradebook(tmp_path):
    """Graded for real: do payloads raised by answer cells, and a student folder named like markup, stay text?"""
    student = "<img src=x onerror=alert(1)>"
    nb = filled(
        **{
            "99.1-answer": f"raise ValueError({PAYLOADS[0]!r})",
            "99.2-answer": f"assert False, {PAYLOADS[2]!r}",
            "99.3-answer": f"print({PAYLOADS[3]!r})\nraise RuntimeError({PAYLOADS[4]!r})",
        }
    )
    subs, solutions = build_class(tmp_path, {student: (nb, None)})
    out = tmp_path / "grades.csv"
    assert grade(subs, solutions, out, jobs=1, timeout=20, err=io.StringIO()) == 0

    pages = list((tmp_path / "feedback").glob("*.html"))
    assert [p.name for p in pages] == ["_img_src_x_onerror_alert_1__.html"]  # the file name is made safe
    page = pages[0].read_text(encoding="utf-8")
    assert_inert(
        page,
        [
            student,
            f"gave an error: ValueError: {PAYLOADS[0]}",  # the reason, in a student's words
            f"gave an error: {PAYLOADS[2]}",
            f"gave an error: RuntimeError: {PAYLOADS[4]}",
        ],
    )
    assert f"print({PAYLOADS[3]!r})" in "".join(parse(page).text)  # the answer as written, shown as text
    assert PAYLOADS[3] not in page  # printed output is not part of feedback, and nothing is left unescaped
    gradebook = out.read_text(encoding="utf-8")
    assert f"answer cell: ValueError: {PAYLOADS[0]}" in gradebook  # the CSV keeps the text as it was
    assert Path(out).parent.joinpath("feedback").is_dir()

"""The HTML pages of grading (feedback pages, class report): one self-contained page, escaping, a safe subset of
markdown, and the point format.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from importlib import resources

from .gradebook import fmt

__all__ = ["esc", "fmt", "markdown_html", "page", "stylesheet"]

_BULLET = re.compile(r"^\s*(?:[-*]|\d+\.)\s+")


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The pages' small inline stylesheet (a data file beside this module)."""
    return (resources.files("medialit.teaching") / "pages.css").read_text(encoding="utf-8")


def esc(text: object) -> str:
    """HTML-escape anything a submission gave (quotes included)."""
    return html.escape(str(text), quote=True)


def page(title: str, body: list[str]) -> str:
    """A complete, self-contained HTML page (inline stylesheet, no scripts, no external assets).

    Every table is put in a box that scrolls sideways, so a wide table never widens a phone's page.
    """
    body = [
        re.sub(r"<table(?= |>)", '<div class="scroll"><table', part).replace("</table>", "</table></div>")
        for part in body
    ]
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f"<title>{esc(title)}</title>",
                f"<style>\n{stylesheet()}</style>",
                "</head>",
                "<body>",
                *body,
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )


def markdown_html(text: str) -> str:
    """A small, safe subset of markdown (paragraphs, headings, lists, `code`, **bold**, *italic*): escaped first."""

    def inline(s: str) -> str:
        s = esc(s)
        s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
        s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
        return re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"<em>\1</em>", s)

    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        if all(_BULLET.match(line) for line in lines if line.strip()):
            items = "".join(f"<li>{inline(_BULLET.sub('', line))}</li>" for line in lines if line.strip())
            out.append(f"<ul>{items}</ul>")
        elif lines and lines[0].startswith("#"):
            out.append(f"<p><strong>{inline(lines[0].lstrip('#').strip())}</strong></p>")
            if lines[1:]:
                out.append(f"<p>{inline(' '.join(lines[1:]))}</p>")
        else:
            out.append(f"<p>{inline(' '.join(lines))}</p>")
    return "\n".join(out)

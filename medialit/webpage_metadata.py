"""What a web page states about itself: publisher, author, date and address, from its JSON-LD, its <meta>,
<time> and <link> tags, and trafilatura's reading of its metadata. Used by :mod:`medialit.webpage`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

#: What the parser keeps of a page's <meta>, <link> and <time> tags: (tag, {attribute: value}).
Tags = list[tuple[str, dict[str, str]]]
#: {key: (value, where, evidence)}: what the page states, where, and the markup that states it.
Stated = dict[str, tuple[str, str, str]]

#: Where a page states each fact, strongest first: (kind, attribute value) for <meta> tags.
_META_SOURCES = {
    "publisher": (
        ("property", "og:site_name"),
        ("name", "application-name"),
        ("name", "publisher"),
        ("name", "dc.publisher"),
        ("property", "article:publisher"),
    ),
    "author": (
        ("name", "author"),
        ("property", "article:author"),
        ("name", "dc.creator"),
        ("name", "byl"),
        ("name", "sailthru.author"),
        ("property", "author"),
    ),
    "date": (
        ("property", "article:published_time"),
        ("name", "article:published_time"),
        ("itemprop", "datePublished"),
        ("name", "date"),
        ("name", "pubdate"),
        ("name", "publishdate"),
        ("name", "dc.date.issued"),
        ("name", "dc.date"),
        ("property", "og:published_time"),
        ("name", "sailthru.date"),
    ),
    "url": (("property", "og:url"), ("name", "twitter:url")),
}
# <time class="published">, "entry-date", "post-date", "article-date": a theme marks the publication date.
_PUBLISHED_CLASS = re.compile(
    r"\b(?:published|entry-date|post-date|article-date|publish-date|pubdate|dateline)\b", re.I
)
_JSON_LD_KEYS = {"publisher": "publisher", "author": "author", "date": "datePublished", "url": "url"}
_ARTICLE_TYPES = re.compile(
    r"(?:News|Blog|Report|Scholarly|Tech)?Article|BlogPosting|LiveBlogPosting|WebPage|"
    r"OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle",
    re.I,
)


def _json_ld_items(scripts: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (``@graph`` lists unpacked); broken JSON is skipped."""
    items: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            items.append(node)
            walk(node.get("@graph"))

    for script in scripts:
        try:
            walk(json.loads(script.strip()))
        except ValueError:
            continue
    return items


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _first_tag(tags: Tags, name: str, accept: Callable[[dict[str, str]], bool]) -> dict[str, str] | None:
    """The attributes of the first `name` tag that `accept` takes, or None."""
    return next((a for t, a in tags if t == name and accept(a)), None)


def _from_json_ld(found: Stated, json_ld: list[str]) -> None:
    """Facts of the page's article object (``NewsArticle`` and similar) in its JSON-LD."""
    for item in _json_ld_items(json_ld):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and _ARTICLE_TYPES.fullmatch(k) for k in kinds):
            continue
        for key, field_name in _JSON_LD_KEYS.items():
            value = _name_of(item.get(field_name)) if key in ("publisher", "author") else item.get(field_name)
            if isinstance(value, str) and value.strip() and key not in found:
                found[key] = (
                    value.strip(),
                    f"the page's JSON-LD ({kinds[0]}.{field_name})",
                    f'"{field_name}": "{value.strip()}"',
                )


def _meta_content(tags: Tags, attr: str, wanted: str) -> str | None:
    """The content of the first <meta `attr`="`wanted`"> tag with some, stripped; None if there is none."""
    tag = _first_tag(tags, "meta", lambda a: a.get(attr, "").lower() == wanted and bool(a.get("content", "").strip()))
    return tag["content"].strip() if tag is not None else None


def _from_meta_tags(found: Stated, tags: Tags) -> None:
    """Facts the JSON-LD did not give, from Open Graph and other <meta> tags (`_META_SOURCES`, strongest first)."""
    for key, sources in _META_SOURCES.items():
        if key in found:
            continue
        for attr, wanted in sources:
            value = _meta_content(tags, attr, wanted)
            if value is None or (key == "author" and value.startswith(("http://", "https://"))):
                continue  # article:author is often a profile address, not a name
            found[key] = (
                value,
                f'the page\'s <meta {attr}="{wanted}"> tag',
                f'<meta {attr}="{wanted}" content="{value}">',
            )
            break


def _marks_publication(a: dict[str, str]) -> bool:
    """A <time datetime> marked as the publication date."""
    return bool(a.get("datetime")) and (
        "pubdate" in a
        or a.get("itemprop", "").lower() == "datepublished"
        or bool(_PUBLISHED_CLASS.search(a.get("class", "")))
    )


def _is_canonical(a: dict[str, str]) -> bool:
    """A canonical <link> to a web address."""
    return "canonical" in a.get("rel", "").lower().split() and a.get("href", "").startswith(("http://", "https://"))


#: Tags that state one fact on their own: (fact, tag, which of them, the attribute with the value, where it is
#: stated, the markup as evidence).
_TAG_FACTS = (
    (
        "date",
        "time",
        _marks_publication,
        "datetime",
        "the page's <time datetime> marked as the publication date",
        '<time datetime="{}">',
    ),
    ("url", "link", _is_canonical, "href", 'the page\'s <link rel="canonical">', '<link rel="canonical" href="{}">'),
)


def stated_metadata(
    tags: list[tuple[str, dict[str, str]]], json_ld: list[str], extracted: dict[str, Any] | None = None
) -> dict[str, tuple[str, str, str]]:
    """What the page states about itself: ``{key: (value, where, evidence)}`` for publisher, author, date, url.

    Read from JSON-LD (``NewsArticle`` and similar), Open Graph and other ``<meta>`` tags, a
    ``<time datetime>`` marked as the publication date (``pubdate``, ``itemprop="datePublished"`` or
    a class such as ``published``/``entry-date``), the canonical ``<link>``; then from
    trafilatura's reading of the page's metadata for what those did not give. ``where`` says
    which (for the ``basis`` of the inference); ``evidence`` is the markup or value that states it.
    """
    found: Stated = {}
    _from_json_ld(found, json_ld)
    _from_meta_tags(found, tags)
    for key, name, accept, attr, where, markup in _TAG_FACTS:
        tag = _first_tag(tags, name, accept) if key not in found else None
        if tag is not None:
            value = tag[attr].strip()
            found[key] = (value, where, markup.format(value))
    # Not trafilatura's date: it may come from the text or the address rather than a statement of the page.
    for key, theirs in (("publisher", "sitename"), ("author", "author"), ("url", "url")):
        value = (extracted or {}).get(theirs)
        if key not in found and value:
            found[key] = (value, f"trafilatura's reading of the page's metadata ({theirs})", value)
    return found

"""The publisher of an article, from datelines, copyright lines, self-references or "told <Outlet>" (the rules
are listed in :mod:`medialit.meta`). Import these through :mod:`medialit.meta`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .meta_evidence import Inference, _Sentences, inference_at

#: Categories of lexicons/outlets.csv: a `media-word` ends an outlet's name (``Miami Herald``,
#: ``Fox News``); a `brand` is a news brand whose name has no media word (``Reuters``, ``Al Jazeera``).
OUTLET_CATEGORIES = frozenset({"media-word", "brand"})


@lru_cache(maxsize=1)
def outlet_names() -> tuple[frozenset[str], frozenset[str]]:
    """(media words, brands) from lexicons/outlets.csv, loaded once on first use; matched exactly."""
    frame = load_lexicon("outlets", categories=OUTLET_CATEGORIES)
    words = frozenset(frame.loc[frame["category"] == "media-word", "cue"])
    brands = frozenset(frame.loc[frame["category"] == "brand", "cue"])
    return words, brands


# A capitalised run on one line; a dot only inside a word ("U.S"), so a name never runs into the next sentence.
_NAME = (
    r"(?:[A-Z](?:[\w&'’-]|\.(?=\w))*|al-[A-Z][\w'-]*)"
    r"(?:[ \t\u00a0]+(?:[A-Z](?:[\w&'’-]|\.(?=\w))*|of|and|&|al-[A-Z][\w'-]*|de|du|la))*"
)
_OUTLET = rf"(?:the\s+|The\s+)?(?P<outlet>{_NAME})"
_TOLD = re.compile(
    # Literal cue words first (no leading \\b): the regex engine then scans long texts fast.
    rf"(?:told|tells|telling|[Ii]n an? (?:exclusive )?(?:interview|e-?mail|statement|phone call|phone interview)"
    rf" (?:with|to)|[Ss]peaking (?:to|with)|said to|wrote to|in comments to|confirmed to)\s+{_OUTLET}"
)
# Self-reference and credit cues are found first, then the name just before them.
_LEARNED = re.compile(
    r"(?:has|have|had) (?:learned|learnt|obtained|confirmed independently)\b|can (?:reveal|confirm)\b"
)
_NAME_BEFORE = re.compile(rf"{_OUTLET}[ \t\u00a0]+$")
_DATELINE = re.compile(r"(?m)^(?:[A-Z][\w .,'’-]{0,60}?\s)?\((?P<outlet>[A-Z][\w&.' -]{0,30}?)\)\s*[-–—:]")
_COPYRIGHT = re.compile(
    rf"(?:[Cc]opyright|COPYRIGHT|©|\([Cc]\))\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?,?\s*{_OUTLET}"
)
_REPUBLISHED = re.compile(rf"(?:first|originally) (?:published|appeared) (?:by|in|on|at)\s+{_OUTLET}")
_CONTRIBUTED = re.compile(r"contributed to this (?:report|story|article)")
_CITE_VERBS = (
    r"reported|reports|said|says|revealed|noted|wrote|writes|described|cited|quoted|acknowledged|"
    r"claimed|found|broke the news|first reported|published|aired|broadcast"
)


def _clean_outlet(name: str) -> str:
    name = name.strip().rstrip(".,;:'’")
    name = re.sub(r"(?:['’]s)$", "", name)
    return re.sub(r"^(?:the|The)\s+", "", name)


def _trim_outlet(name: str) -> str | None:
    """The longest leading part of a capitalised run that is an outlet's name, or None."""
    media_words, brands = outlet_names()
    words = _clean_outlet(name).split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n]).rstrip(".,;:'’")
        cand = re.sub(r"['’]s$", "", cand)
        last = cand.split()[-1] if cand else ""
        if cand in brands or (last in media_words and n >= 2):
            return cand
    return None


def _names_before(rows: _Sentences, cue: re.Pattern[str], text: str):
    """(name, row) for each capitalised name standing just before a match of `cue` in the same sentence."""
    for m, row in rows.hits(cue, text):
        window = text[max(row[1], m.start() - 80) : m.start()]
        found = _NAME_BEFORE.search(window)
        if found:
            yield _clean_outlet(found.group("outlet")), row


def infer_publisher(article) -> Inference | None:
    """The publisher from datelines, copyright lines, self-references or "told <Outlet>" (see module doc)."""
    text = article.text
    rows = _Sentences(article)
    contributors = {name for name, _ in _names_before(rows, _CONTRIBUTED, text)}
    for m, row in rows.hits(_DATELINE, text, skip_roles=("boilerplate",)):
        if m.start() != row[1]:
            continue  # a dateline opens its sentence
        name = _clean_outlet(m.group("outlet"))
        if (name in outlet_names()[1] or _trim_outlet(name)) and name not in contributors:
            return inference_at(name, "wire dateline '(Outlet) -' at the start of a paragraph", row, "stated")
    for rx, basis in (
        (_COPYRIGHT, "copyright line names the owner"),
        (_REPUBLISHED, "republication note names the first publisher"),
    ):
        for m, row in rows.hits(rx, text):
            name = _trim_outlet(m.group("outlet")) or _clean_outlet(m.group("outlet"))
            if name and name not in contributors and name[0].isupper():
                return inference_at(name, basis, row, "stated")
    for found, row in _names_before(rows, _LEARNED, text):
        name = _trim_outlet(found)
        if name and name not in contributors:
            return inference_at(name, f"'{name} has learned': an outlet speaking of itself", row, "inferred")
    told: dict[str, list[tuple]] = {}
    for m, row in rows.hits(_TOLD, text, skip_roles=("boilerplate", "related-headline")):
        name = _trim_outlet(m.group("outlet"))
        if name and name not in contributors:
            told.setdefault(name, []).append(row)
    for name, found in sorted(told.items(), key=lambda item: (-len(item[1]), item[1][0][0])):
        if _cited_as_reporter(name, text):
            continue
        return inference_at(
            name,
            f"a source 'told {name}' and {name} is never cited as reporting anything itself: "
            "outlets write 'told us' as 'told <our name>'",
            found[0],
            "inferred",
        )
    return None


def _cited_as_reporter(name: str, text: str) -> bool:
    """Does the text cite `name` as the reporter of something (so it is not the publisher)?"""
    n = re.escape(name)
    after = re.compile(
        rf"{n}\)?(?:\s*\([^)]{{1,20}}\))?(?:['’]s\s+\w+)?\s+(?:(?:has|had|have|also|first|later|earlier)\s+)?"
        rf"(?:{_CITE_VERBS})\b|{n}['’]s? (?:report|reporting|story|article|analysis)\b"
    )
    before = re.compile(rf"(?:[Aa]ccording to|reported by|cited by|quoted by|via)\s+(?:the\s+)?{n}\b")
    return after.search(text) is not None or before.search(text) is not None

"""Paragraph spans and their roles: ``headline``, ``related-headline``, ``body``, ``boilerplate``.

Splitting never changes the text: each paragraph is a ``start``/``end`` span of the
input with surrounding whitespace trimmed. Paragraphs are separated by blank lines;
inside a block, a line break is kept as a paragraph break unless it looks like a soft
wrap (the next line starts in lower case, or the lines are hard-wrapped at a fixed width).

Roles come from general rules, not from any one article's strings:

1. **Boilerplate** by pattern (``lexicons/boilerplate.csv``, one note per row): comment prompts,
   newsletter sign-ups, copyright lines, "Read more", "Share this", photo credits,
   "Advertisement", "Skip to content", republication notes, bylines ("By Ann Lee, Political
   Editor") and wire credit lines ("Reporting by ...; Editing by ..."): these name who made
   the page, they are not the story, so they are furniture too... Only short paragraphs
   (at most 40 words) qualify; some patterns only count at the edges of the story
   (before the first or after the last body paragraph), where site chrome lives.
2. **Headline**: the first paragraph that is not boilerplate, when it is shaped like a
   headline (at most 25 words, no final period, colon, comma or semicolon; or a
   Markdown ``# heading``; or it equals the title the loader found) and some real
   body follows. A text with a single paragraph is all body.
3. **Related headline**: a headline-shaped line between the headline and the first
   body paragraph that carries a source tag (``...: monitor``, ``... - Reuters``) or
   shares few content words with the headline and the first body paragraph (it is
   about another story); one that shares many is a subhead, so ``body``. Headline-
   shaped lines after a "Related"/"More stories"/"Read more" label at the end are
   related headlines too. A "Read more: <title>" / "Related: <title>" line anywhere is a
   related headline (the label is furniture, the title is another story), and so is a run
   of two or more bare headline-shaped lines after the story (a list of links).
4. Everything else is **body**, including datelines, crossheads and a lone line ending
   in ":" that introduces a block quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from .paragraph_shapes import (
    BOILERPLATE_CATEGORIES,
    FURNITURE,
    MD_HEADING,
    RELATED_LABEL,
    SOURCE_TAG,
    STOPWORD_CATEGORIES,
    boilerplate_rule,
    content_words,
    headline_with_full_stop,
    is_headline_shaped,
    is_label,
    is_story,
    labelled_link,
    norm_title,
    word_count,
)
from .paragraph_spans import LIST_OR_HEADING, paragraph_spans

__all__ = [
    "BOILERPLATE_CATEGORIES",
    "PARAGRAPH_COLUMNS",
    "ROLES",
    "STOPWORD_CATEGORIES",
    "assign_roles",
    "boilerplate_rule",
    "paragraph_spans",
    "split_paragraphs",
]

PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "text", "role"]
ROLES = ("headline", "related-headline", "body", "boilerplate")


def split_paragraphs(
    text: str, *, title: str | None = None, blocks: Sequence[tuple[int, int, str | None]] | None = None
) -> pd.DataFrame:
    """One row per paragraph: ``paragraph, start, end, text, role``.

    Args:
        text: the article text (never changed).
        title: a title found by the loader (HTML ``<h1>``, Markdown front matter); a
            paragraph equal to it is the headline.
        blocks: ``(start, end, label)`` spans of `text` from a web page's reader (`medialit.webpage`):
            a paragraph inside a block labelled ``story``, ``furniture`` or ``caption`` gets that hint.
    """
    spans = paragraph_spans(text)
    texts = [text[s:e] for s, e in spans]
    hints = _hints(spans, blocks) if blocks else None
    frame = pd.DataFrame(
        {
            "paragraph": pd.Series(range(len(spans)), dtype="int64"),
            "start": pd.Series([s for s, _ in spans], dtype="int64"),
            "end": pd.Series([e for _, e in spans], dtype="int64"),
            "text": pd.Series(texts, dtype="object"),
            "role": pd.Series(assign_roles(texts, title=title, hints=hints), dtype="object"),
        }
    )
    return frame[PARAGRAPH_COLUMNS]


def _hints(spans: list[tuple[int, int]], blocks: Sequence[tuple[int, int, str | None]]) -> list[str | None]:
    """The label of the block holding each paragraph's start (None outside every block)."""
    starts = [b[0] for b in blocks]
    hints = []
    for s, _ in spans:
        i = bisect.bisect_right(starts, s) - 1
        hints.append(blocks[i][2] if i >= 0 and s < blocks[i][1] else None)
    return hints


@dataclass(frozen=True)
class _Reading:
    """What each paragraph is on its own: its boilerplate rule, whether it is running prose, its page hint."""

    paragraphs: Sequence[str]
    hints: list[str | None]
    rules: list[tuple[str, str] | None]
    edge: list[bool]  # matches a boilerplate rule (of either scope)
    story: list[bool]

    @classmethod
    def of(cls, paragraphs: Sequence[str], hints: Sequence[str | None] | None) -> _Reading:
        n = len(paragraphs)
        hints = list(hints) if hints is not None else [None] * n
        rules = [boilerplate_rule(p) for p in paragraphs]
        edge = [r is not None for r in rules]
        story = [
            is_story(p) and not edge[i] and hints[i] not in ("furniture", "caption", "link")
            for i, p in enumerate(paragraphs)
        ]
        return cls(paragraphs, hints, rules, edge, story)

    @property
    def last_story(self) -> int:
        return max((i for i in range(len(self.paragraphs)) if self.story[i]), default=-1)


def assign_roles(
    paragraphs: Sequence[str], *, title: str | None = None, hints: Sequence[str | None] | None = None
) -> list[str]:
    """A role per paragraph from position, shape, word overlap and boilerplate patterns (see module doc).

    `hints` (one per paragraph, from a web page's reader) overrule the shape rules where they are sure:
    a ``furniture`` or ``link`` paragraph (all link text) is never body, a ``caption`` is boilerplate, and a
    ``story`` paragraph between the headline and the body (a standfirst) is body, not a related headline.
    """
    n = len(paragraphs)
    roles = ["body"] * n
    if n <= 1:
        return roles  # a single paragraph is the story itself
    reading = _Reading.of(paragraphs, hints)
    for i in range(n):
        if reading.rules[i] is not None and reading.rules[i][1] == "any":
            roles[i] = "boilerplate"
    i, titled = _leading_chrome(reading, title, roles)
    if i >= n:
        return roles
    _headline_and_related(reading, i, titled, roles)
    _trailing_chrome(reading, roles)
    _bare_link_lists(paragraphs, roles, reading.last_story)
    _read_more_links(reading, roles)
    _apply_hints(roles, reading.hints)
    return roles


def _leading_chrome(reading: _Reading, title: str | None, roles: list[str]) -> tuple[int, int | None]:
    """Mark leading chrome, section labels and breadcrumbs before the headline as boilerplate.

    Returns the first paragraph after them, and the paragraph equal to the loader's title (None if none).
    """
    paragraphs, hints, n = reading.paragraphs, reading.hints, len(reading.paragraphs)
    i = 0
    wanted = norm_title(title) if title else None
    # A web page's reader knows its blocks, so its title may come after a long menu; in plain text the
    # headline is near the top.
    reach = n if any(h is not None for h in hints) else min(n, 8)
    titled = next((k for k in range(reach) if wanted and norm_title(paragraphs[k]) == wanted), None)
    # The loader's title (a page's <h1>) is the headline even when it looks like a breadcrumb ("A | B").
    while (
        i < n
        and i != titled
        and (
            reading.edge[i]
            or (titled is not None and i < titled)
            or is_label(paragraphs, i)
            or hints[i] in ("furniture", "link", "caption")
        )
    ):
        roles[i] = "boilerplate"
        i += 1
    return i, titled


def _headline_and_related(reading: _Reading, i: int, titled: int | None, roles: list[str]) -> None:
    """Paragraph `i` is the headline when it is shaped like one and a story follows; then the headline-shaped
    lines before the story's first prose are subheads (body) or other stories' headlines."""
    paragraphs, story, edge, n = reading.paragraphs, reading.story, reading.edge, len(reading.paragraphs)
    # Something that reads as running text must follow, or there is no story to head.
    has_story_after = any(story[k] or (not edge[k] and not is_headline_shaped(paragraphs[k])) for k in range(i + 1, n))
    if not (
        titled == i
        or (
            has_story_after
            and not FURNITURE.match(paragraphs[i])
            and (is_headline_shaped(paragraphs[i]) or headline_with_full_stop(paragraphs, i))
        )
    ):
        return
    roles[i] = "headline"
    headline = i
    j = i + 1
    candidates = []
    while j < n and not story[j]:
        para = paragraphs[j]
        if edge[j]:
            roles[j] = "boilerplate"
        elif FURNITURE.match(para):
            pass  # bylines and datelines stay body
        elif is_headline_shaped(para) and word_count(para) >= 2:  # one word is a kicker ('Health'), not a story
            candidates.append(j)
        j += 1
    reference = content_words(paragraphs[headline]) | (content_words(paragraphs[j]) if j < n else set())
    for k in candidates:
        mine = content_words(paragraphs[k])
        shared = len(mine & reference) / len(mine) if mine else 0.0
        # A subhead repeats most of the story's words; another story's headline shares few.
        if SOURCE_TAG.search(paragraphs[k].rstrip()) or shared < 0.5:
            roles[k] = "related-headline"


def _trailing_chrome(reading: _Reading, roles: list[str]) -> None:
    """Trailing chrome after the last body paragraph; lists of links after a "Related" label."""
    paragraphs, rules = reading.paragraphs, reading.rules
    after_label = False
    for k in range(reading.last_story + 1, len(paragraphs)):
        if roles[k] == "headline":
            continue
        if reading.edge[k]:
            roles[k] = "boilerplate"
            after_label = rules[k][0] in RELATED_LABEL and word_count(paragraphs[k]) <= 5
        elif after_label and is_headline_shaped(paragraphs[k]):
            roles[k] = "related-headline"
        else:
            after_label = False


def _read_more_links(reading: _Reading, roles: list[str]) -> None:
    """A "Read more: <another story>" line anywhere: the label is furniture, but the line links to a story."""
    for k, rule in enumerate(reading.rules):
        if roles[k] != "headline" and rule is not None and rule[0] in RELATED_LABEL:
            if labelled_link(reading.paragraphs[k]):
                roles[k] = "related-headline"


def _apply_hints(roles: list[str], hints: list[str | None]) -> None:
    """Let a page reader's verdicts overrule the shape rules (see `assign_roles`)."""
    first_body = next((k for k, r in enumerate(roles) if r == "body" and hints[k] == "story"), len(roles))
    for k, hint in enumerate(hints):
        if roles[k] == "headline" or hint is None:
            continue
        if hint == "caption" or (hint in ("furniture", "link") and roles[k] == "body"):
            roles[k] = "boilerplate"
        elif hint == "story" and roles[k] == "related-headline" and k < first_body:
            roles[k] = "body"  # a standfirst under the headline, which the page shows as part of the story


def _bare_link_lists(paragraphs: Sequence[str], roles: list[str], last_story: int) -> None:
    """Two or more headline-shaped lines in a row after the story, with no label: a list of links.

    A story does not end on a run of unpunctuated one-liners, but link lists ("more stories",
    a ``<ul>`` of links, a sidebar) do. The run must follow the story's last paragraph or
    furniture: after a lead-in ending in ':' or a short crosshead ("Key facts") it is the
    story's own list, and a heading line followed by bullet items is a section, so body.
    """
    n = len(paragraphs)
    run: list[int] = []
    for k in range(last_story + 1, n + 1):
        if (
            k < n
            and roles[k] == "body"
            and word_count(paragraphs[k]) >= 3
            and is_headline_shaped(paragraphs[k])
            and not FURNITURE.match(paragraphs[k])
            and not MD_HEADING.match(paragraphs[k])
        ):
            run.append(k)
            continue
        if len(run) >= 2 and _starts_link_list(paragraphs, roles, run, last_story):
            for j in run:
                roles[j] = "related-headline"
        run = []


def _starts_link_list(paragraphs: Sequence[str], roles: list[str], run: list[int], last_story: int) -> bool:
    before = run[0] - 1
    if before < 0:
        return False
    after_story = before == last_story and not paragraphs[before].rstrip().endswith(":")
    if not (after_story or roles[before] == "boilerplate"):
        return False
    bullets = [bool(LIST_OR_HEADING.match(paragraphs[j])) for j in run]
    return not (not bullets[0] and any(bullets[1:]))  # 'What we know' + '- item' lines is a section

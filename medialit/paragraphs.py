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
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from .errors import MedialitError
from .lexicon import load_lexicon

PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "text", "role"]
ROLES = ("headline", "related-headline", "body", "boilerplate")

# ---------------------------------------------------------------- splitting

_LINE = re.compile(r"[^\n\r\x85\u2028\u2029]+")
_NEWLINE = re.compile(r"\r\n|[\n\r\x85\u2028]")
# Zero-width and soft-hyphen characters do not make a line visible.
_VISIBLE = re.compile(r"[^\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_TERMINAL = re.compile(r"[.!?\u2026:][\"'”’»)\]]*$")
_LIST_OR_HEADING = re.compile(r"[ \t]*(?:[-*+•–—]\s|#{1,6}\s|\d{1,3}[.)]\s|>)")


def _lines(text: str) -> list[tuple[int, int]]:
    """Visible lines as trimmed (start, end) spans."""
    spans = []
    for m in _LINE.finditer(text):
        start, end = m.span()
        line = m.group()
        if not _VISIBLE.search(line):
            continue
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        if start < end:
            spans.append((start, end))
    return spans


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group lines into blocks separated by blank lines (two or more line breaks, or U+2029)."""
    blocks: list[list[tuple[int, int]]] = []
    previous_end = None
    for span in lines:
        if previous_end is None:
            blocks.append([span])
        else:
            gap = text[previous_end : span[0]]
            if "\u2029" in gap or len(_NEWLINE.findall(gap)) >= 2:
                blocks.append([span])
            else:
                blocks[-1].append(span)
        previous_end = span[1]
    return blocks


def _soft_break(line: str, following: str, width: int, blank_style: bool) -> bool:
    """Is the line break between `line` and `following` a soft wrap inside one paragraph?"""
    if _LIST_OR_HEADING.match(following) or _LIST_OR_HEADING.match(line):
        return False
    if following[:1].islower():
        return True
    if width > 100:  # nobody hard-wraps wider than this: each line is a paragraph
        return False
    if len(line) < 0.6 * width:  # a short line ends a paragraph or is a heading
        return False
    if blank_style:  # paragraphs are separated by blank lines elsewhere, so this is a wrap
        return True
    return not _TERMINAL.search(line)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph of `text`, in order, trimmed of whitespace."""
    lines = _lines(text)
    blocks = _blocks(text, lines)
    blank_style = len(blocks) > 1
    spans: list[tuple[int, int]] = []
    for block in blocks:
        if len(block) == 1:
            spans.append(block[0])
            continue
        width = max(e - s for s, e in block)
        start = block[0][0]
        for (s, e), (ns, ne) in zip(block, block[1:]):
            if not _soft_break(text[s:e], text[ns:ne], width, blank_style):
                spans.append((start, e))
                start = ns
        spans.append((start, block[-1][1]))
    return spans


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


# ---------------------------------------------------------------- roles

#: Categories of lexicons/boilerplate.csv: where the pattern must be in the paragraph ("opens": at
#: its start, "contains": anywhere in it) and, with "-edge", that the rule counts only before the
#: first or after the last body paragraph (where site chrome lives); without, anywhere in the article.
BOILERPLATE_CATEGORIES = frozenset({"opens", "opens-edge", "contains", "contains-edge"})


class _Boilerplate(NamedTuple):
    rules: tuple[tuple[str, str], ...]  # (name, scope) per lexicon row; scope "any" or "edge"
    at_start: re.Pattern[str]
    anywhere: re.Pattern[str]


@lru_cache(maxsize=1)
def _boilerplate() -> _Boilerplate:
    """The patterns of lexicons/boilerplate.csv, compiled once on first use.

    One alternation per kind, a named group per row: one match and one search per paragraph keep
    long texts fast (the "contains" alternatives all start with literal text, which the engine
    scans quickly). Rows keep their file order, so the first matching row names the rule.
    """
    frame = load_lexicon("boilerplate", categories=BOILERPLATE_CATEGORIES)
    rules, start, within = [], [], []
    for i, (name, category, pattern, line) in enumerate(
        zip(frame["cue"], frame["category"], frame["pattern"], frame["line"])
    ):
        if not pattern:
            raise MedialitError(f"lexicons/boilerplate.csv:{line}: a boilerplate row needs a pattern")
        rules.append((name, "edge" if category.endswith("-edge") else "any"))
        (start if category.startswith("opens") else within).append(f"(?P<b{i}>{pattern})")
    # An empty alternation would match everything: use one that never matches instead.
    return _Boilerplate(
        tuple(rules), re.compile("|".join(start) or "(?!)", re.I), re.compile("|".join(within) or "(?!)", re.I)
    )


#: Rule names (``cue`` in lexicons/boilerplate.csv) of labels that introduce a list of other stories.
_RELATED_LABEL = {"related", "related-list", "read-more"}

#: Bylines, datelines and timestamps: never the headline and never a related headline. Datelines
#: and timestamps stay body; bylines the boilerplate lexicon recognises are boilerplate, and this
#: catches the odd ones it does not.
_FURNITURE = re.compile(
    r"^(?:by\s+[A-Z\u00C0-\u024F]|(?:published|updated|posted|last (?:updated|modified))\b|"
    r"\d+\s+min(?:ute)?s?\s+read$|(?:staff|special) (?:writer|correspondent)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?)",
    re.I,
)
# Wire-style source tag at the end of a headline: "...: monitor", "... - Reuters", "... | BBC News".
_SOURCE_TAG = re.compile(r"(?::\s*[a-z][a-z .'-]{1,30}|\s[-–—|]\s*[A-Z][\w .&'-]{1,40})$")
# The separator after a 'Read more' / 'Related' label, and web addresses (a link to a URL is no headline).
_LABEL_SEPARATOR = re.compile(r"\s*(?::|\s[-–—|>»›]\s)\s*")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.uk)\b", re.I)
_STORY_END = re.compile(r"[.!?\u2026][\"'”’»)\]]*$")
_BREADCRUMB = re.compile(r"\s[›»>/|]\s")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Categories of lexicons/stopwords.csv (word classes, for reading only).
STOPWORD_CATEGORIES = frozenset(
    {
        "article",
        "conjunction",
        "preposition",
        "verb",
        "negation",
        "pronoun",
        "question-word",
        "reporting",
        "number",
        "other",
    }
)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """Words too common to say whether two lines are about the same story (lexicons/stopwords.csv)."""
    return frozenset(str(c).lower() for c in load_lexicon("stopwords", categories=STOPWORD_CATEGORIES)["cue"])


def _words(para: str) -> int:
    return len(para.split())


def boilerplate_rule(para: str) -> tuple[str, str] | None:
    """The (name, scope) of the first boilerplate pattern a short paragraph matches, or None."""
    text = _MD_HEADING.sub("", para.strip())
    if _words(text) > 40:
        return None
    table = _boilerplate()
    m = table.at_start.match(text) or table.anywhere.search(text)
    if m is None:
        return None
    return table.rules[int(m.lastgroup[1:])]


def _is_story(para: str) -> bool:
    """A paragraph of running prose: a finished sentence of some length, or a long block."""
    words = _words(para)
    if words > 25:
        return True
    stripped = para.rstrip()
    return (words >= 8 and bool(_STORY_END.search(stripped))) or (words >= 3 and stripped.endswith(":"))


def _title_case_share(para: str) -> float:
    stop = _stopwords()
    words = [w for w in _WORD.findall(para) if w.lower() not in stop]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _is_headline_shaped(para: str) -> bool:
    """Short, and not ending like a sentence fragment or a lead-in."""
    if _MD_HEADING.match(para):
        return True
    words = _words(para)
    if not 1 <= words <= 25:
        return False
    end = para.rstrip()[-1:]
    if end in ":;,":
        return False
    if end == "." and not (words <= 12 and _title_case_share(para) >= 0.6):
        return False
    return True


def _content_words(para: str) -> set[str]:
    stop = _stopwords()
    words = set()
    for w in _WORD.findall(para.lower()):
        if len(w) >= 3 and w not in stop:
            words.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)  # crude plural folding
    return words


def _norm(para: str) -> str:
    return " ".join(_MD_HEADING.sub("", para).split()).casefold()


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
    hints = list(hints) if hints is not None else [None] * n
    rules = [boilerplate_rule(p) for p in paragraphs]
    anywhere = [r is not None and r[1] == "any" for r in rules]
    edge = [r is not None for r in rules]
    story = [
        _is_story(p) and not edge[i] and hints[i] not in ("furniture", "caption", "link")
        for i, p in enumerate(paragraphs)
    ]
    last_story = max((i for i in range(n) if story[i]), default=-1)

    for i in range(n):
        if anywhere[i]:
            roles[i] = "boilerplate"

    # Leading chrome, section labels and breadcrumbs before the headline.
    i = 0
    wanted = _norm(title) if title else None
    # A web page's reader knows its blocks, so its title may come after a long menu; in plain text the
    # headline is near the top.
    reach = n if any(h is not None for h in hints) else min(n, 8)
    titled = next((k for k in range(reach) if wanted and _norm(paragraphs[k]) == wanted), None)
    # The loader's title (a page's <h1>) is the headline even when it looks like a breadcrumb ("A | B").
    while (
        i < n
        and i != titled
        and (
            edge[i]
            or (titled is not None and i < titled)
            or _is_label(paragraphs, i)
            or hints[i] in ("furniture", "link", "caption")
        )
    ):
        roles[i] = "boilerplate"
        i += 1
    if i >= n:
        return roles
    # Something that reads as running text must follow, or there is no story to head.
    has_story_after = any(story[k] or (not edge[k] and not _is_headline_shaped(paragraphs[k])) for k in range(i + 1, n))
    if titled == i or (
        has_story_after
        and not _FURNITURE.match(paragraphs[i])
        and (_is_headline_shaped(paragraphs[i]) or _headline_with_full_stop(paragraphs, i))
    ):
        roles[i] = "headline"
        headline = i
        j = i + 1
        candidates = []
        while j < n and not story[j]:
            para = paragraphs[j]
            if edge[j]:
                roles[j] = "boilerplate"
            elif _FURNITURE.match(para):
                pass  # bylines and datelines stay body
            elif _is_headline_shaped(para) and _words(para) >= 2:  # one word is a kicker ('Health'), not a story
                candidates.append(j)
            j += 1
        reference = _content_words(paragraphs[headline]) | (_content_words(paragraphs[j]) if j < n else set())
        for k in candidates:
            mine = _content_words(paragraphs[k])
            shared = len(mine & reference) / len(mine) if mine else 0.0
            # A subhead repeats most of the story's words; another story's headline shares few.
            if _SOURCE_TAG.search(paragraphs[k].rstrip()) or shared < 0.5:
                roles[k] = "related-headline"

    # Trailing chrome after the last body paragraph; lists of links after a "Related" label.
    after_label = False
    for k in range(last_story + 1, n):
        if roles[k] == "headline":
            continue
        if edge[k]:
            roles[k] = "boilerplate"
            after_label = rules[k][0] in _RELATED_LABEL and _words(paragraphs[k]) <= 5
        elif after_label and _is_headline_shaped(paragraphs[k]):
            roles[k] = "related-headline"
        else:
            after_label = False
    _bare_link_lists(paragraphs, roles, last_story)

    # "Read more: <another story>" anywhere: the label is furniture, but the line is a link to a story.
    for k in range(n):
        if (
            roles[k] != "headline"
            and rules[k] is not None
            and rules[k][0] in _RELATED_LABEL
            and _labelled_link(paragraphs[k])
        ):
            roles[k] = "related-headline"
    _apply_hints(roles, hints)
    return roles


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


@lru_cache(maxsize=1)
def _lead_openers() -> frozenset[str]:
    """Words that open a lead sentence rather than a headline (lexicons/lead_openers.csv)."""
    return frozenset(str(c).lower() for c in load_lexicon("lead_openers", categories=frozenset({"opener"}))["cue"])


def _headline_with_full_stop(paragraphs: Sequence[str], i: int) -> bool:
    """A first line that ends in a full stop but is a headline ("Council rejects toxic leak claims.").

    Short (at most 14 words), one sentence, no comma, quotation or lead-style opener ("The", "In", "He"...),
    and a longer paragraph of running prose right after it: a lead sentence that short would usually
    open with an article or a time phrase and carry its attribution after a comma.
    """
    para = paragraphs[i].strip()
    if i + 1 >= len(paragraphs) or not para.endswith(".") or para.endswith(".."):
        return False
    words = _words(para)
    if not 3 <= words <= 14 or re.search(r"[,;\"“”]|[.!?]\s+\S", para[:-1]):
        return False
    first = _WORD.match(para)
    if first is None or first.group().lower() in _lead_openers():
        return False
    following = paragraphs[i + 1]
    return _is_story(following) and _words(following) > words


def _labelled_link(para: str) -> bool:
    """'Read more: <headline>', 'Related - <headline>': a label, a separator, then a headline-shaped title."""
    m = _LABEL_SEPARATOR.search(para, 0, 40)
    if m is None:
        return False
    title = para[m.end() :].strip()
    return _words(title) >= 2 and not _URL.search(title) and _is_headline_shaped(title)


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
            and _words(paragraphs[k]) >= 3
            and _is_headline_shaped(paragraphs[k])
            and not _FURNITURE.match(paragraphs[k])
            and not _MD_HEADING.match(paragraphs[k])
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
    bullets = [bool(_LIST_OR_HEADING.match(paragraphs[j])) for j in run]
    return not (not bullets[0] and any(bullets[1:]))  # 'What we know' + '- item' lines is a section


def _is_label(paragraphs: Sequence[str], i: int) -> bool:
    """A section label or breadcrumb above the headline: 'WORLD NEWS', 'Home › World › Asia'."""
    para = paragraphs[i].strip()
    if i + 1 >= len(paragraphs) or not _is_headline_shaped(paragraphs[i + 1]):
        return False
    if _BREADCRUMB.search(para) and _words(para) <= 12:
        return True
    letters = [c for c in para if c.isalpha()]
    return (
        _words(para) <= 3
        and bool(letters)
        and all(c.isupper() for c in letters)
        and _words(paragraphs[i + 1]) > _words(para)
    )

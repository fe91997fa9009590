"""What a paragraph looks like, for its role: boilerplate patterns, headline shape, story prose, labels and links.

Each is a small predicate of one paragraph (or of a paragraph and its neighbour); `medialit.paragraphs`
combines them into roles. Word lists come from lexicons (boilerplate, stopwords, lead openers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .errors import MedialitError
from .lexicon import load_lexicon

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
RELATED_LABEL = {"related", "related-list", "read-more"}

#: Bylines, datelines and timestamps: never the headline and never a related headline. Datelines
#: and timestamps stay body; bylines the boilerplate lexicon recognises are boilerplate, and this
#: catches the odd ones it does not.
FURNITURE = re.compile(
    r"^(?:by\s+[A-Z\u00C0-\u024F]|(?:published|updated|posted|last (?:updated|modified))\b|"
    r"\d+\s+min(?:ute)?s?\s+read$|(?:staff|special) (?:writer|correspondent)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?)",
    re.I,
)
# Wire-style source tag at the end of a headline: "...: monitor", "... - Reuters", "... | BBC News".
SOURCE_TAG = re.compile(r"(?::\s*[a-z][a-z .'-]{1,30}|\s[-–—|]\s*[A-Z][\w .&'-]{1,40})$")
# The separator after a 'Read more' / 'Related' label, and web addresses (a link to a URL is no headline).
_LABEL_SEPARATOR = re.compile(r"\s*(?::|\s[-–—|>»›]\s)\s*")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|co\.uk)\b", re.I)
_STORY_END = re.compile(r"[.!?\u2026][\"'”’»)\]]*$")
_BREADCRUMB = re.compile(r"\s[›»>/|]\s")
MD_HEADING = re.compile(r"^#{1,6}\s+")
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


def word_count(para: str) -> int:
    """Words separated by whitespace."""
    return len(para.split())


def boilerplate_rule(para: str) -> tuple[str, str] | None:
    """The (name, scope) of the first boilerplate pattern a short paragraph matches, or None."""
    text = MD_HEADING.sub("", para.strip())
    if word_count(text) > 40:
        return None
    table = _boilerplate()
    m = table.at_start.match(text) or table.anywhere.search(text)
    if m is None:
        return None
    return table.rules[int(m.lastgroup[1:])]


def is_story(para: str) -> bool:
    """A paragraph of running prose: a finished sentence of some length, or a long block."""
    words = word_count(para)
    if words > 25:
        return True
    stripped = para.rstrip()
    return (words >= 8 and bool(_STORY_END.search(stripped))) or (words >= 3 and stripped.endswith(":"))


def _title_case_share(para: str) -> float:
    stop = _stopwords()
    words = [w for w in _WORD.findall(para) if w.lower() not in stop]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def is_headline_shaped(para: str) -> bool:
    """Short, and not ending like a sentence fragment or a lead-in."""
    if MD_HEADING.match(para):
        return True
    words = word_count(para)
    if not 1 <= words <= 25:
        return False
    end = para.rstrip()[-1:]
    if end in ":;,":
        return False
    if end == "." and not (words <= 12 and _title_case_share(para) >= 0.6):
        return False
    return True


def content_words(para: str) -> set[str]:
    """Lower-cased words of three letters or more that are not stopwords, plurals folded: what a line is about."""
    stop = _stopwords()
    words = set()
    for w in _WORD.findall(para.lower()):
        if len(w) >= 3 and w not in stop:
            words.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)  # crude plural folding
    return words


def norm_title(para: str) -> str:
    """A line as titles are compared: no Markdown heading mark, spaces collapsed, casefolded."""
    return " ".join(MD_HEADING.sub("", para).split()).casefold()


@lru_cache(maxsize=1)
def _lead_openers() -> frozenset[str]:
    """Words that open a lead sentence rather than a headline (lexicons/lead_openers.csv)."""
    return frozenset(str(c).lower() for c in load_lexicon("lead_openers", categories=frozenset({"opener"}))["cue"])


def headline_with_full_stop(paragraphs: Sequence[str], i: int) -> bool:
    """A first line that ends in a full stop but is a headline ("Council rejects toxic leak claims.").

    Short (at most 14 words), one sentence, no comma, quotation or lead-style opener ("The", "In", "He"...),
    and a longer paragraph of running prose right after it: a lead sentence that short would usually
    open with an article or a time phrase and carry its attribution after a comma.
    """
    para = paragraphs[i].strip()
    if i + 1 >= len(paragraphs) or not para.endswith(".") or para.endswith(".."):
        return False
    words = word_count(para)
    if not 3 <= words <= 14 or re.search(r"[,;\"“”]|[.!?]\s+\S", para[:-1]):
        return False
    first = _WORD.match(para)
    if first is None or first.group().lower() in _lead_openers():
        return False
    following = paragraphs[i + 1]
    return is_story(following) and word_count(following) > words


def labelled_link(para: str) -> bool:
    """'Read more: <headline>', 'Related - <headline>': a label, a separator, then a headline-shaped title."""
    m = _LABEL_SEPARATOR.search(para, 0, 40)
    if m is None:
        return False
    title = para[m.end() :].strip()
    return word_count(title) >= 2 and not _URL.search(title) and is_headline_shaped(title)


def is_label(paragraphs: Sequence[str], i: int) -> bool:
    """A section label or breadcrumb above the headline: 'WORLD NEWS', 'Home › World › Asia'."""
    para = paragraphs[i].strip()
    if i + 1 >= len(paragraphs) or not is_headline_shaped(paragraphs[i + 1]):
        return False
    if _BREADCRUMB.search(para) and word_count(para) <= 12:
        return True
    letters = [c for c in para if c.isalpha()]
    return (
        word_count(para) <= 3
        and bool(letters)
        and all(c.isupper() for c in letters)
        and word_count(paragraphs[i + 1]) > word_count(para)
    )

"""Sentence spans and quotations, with offsets into the original text (nothing is rewritten).

Sentences never cross a paragraph boundary. A candidate end is a run of ``.``, ``!``,
``?`` or an ellipsis, plus any closing quotes or brackets (``."``, ``.”``, ``.'”``),
followed by white space. It is a real end unless:

- the next word starts in lower case (``"Why?" he asked.``, ``... and then``, ``Gen. ``
  before a verb never happens, but ``e.g. the`` does);
- the period closes a title that precedes a name (``Dr.``, ``Gen.``, ``Lt. Col.``) or an
  initial (``J. R. Smith``, ``George W. Bush``);
- a number follows ``No.``, ``Jan.``, ``p.`` and the like (``No. 10``, ``Jan. 15``);
- the period closes an initialism or a company/other abbreviation (``U.S.``, ``a.m.``,
  ``Inc.``) and the next word is not a typical sentence starter (``the U.S. The ...``
  splits; ``U.S. President ...`` does not); after a time (``p.m.``) a title also opens a
  sentence (``at 6 P.M. Mr. Smith left``) unless the sentence so far only opens a clause
  (``At 5 a.m. Mr. Smith went``);
- a single capital letter is an initial only inside a name: ``Albert I. Jones`` goes on,
  ``Plan B. The vote``, ``World War I. Then`` and ``you and I. Did`` end;
- a short bracket closed by the stop follows (``... done." (Reuters).``), or the dots are
  ``[...]`` or a spaced ``. . .`` after a space (words left out mid-sentence);
- the sentence so far is a list marker (``1.``, ``2.)``, ``a.``, ``• 9.``). A paragraph that
  opens with a marker is a list: the next marker in sequence starts a new sentence even
  without a stop (``1) The first item 2) The second item``).

A word's own period before a spaced ellipsis ends the sentence and the ellipsis opens the
next (``compounds. . . . The practice``). This reaches all 48 of pySBD's English Golden
Rules (``benchmarks/bench_sentences.py``).

The abbreviations and sentence starters are data, not code: ``lexicons/abbreviations.csv``
(category ``title``, ``month``, ``number``, ``time``, ``company``, ``place`` or ``other``: see
`ABBREVIATION_CATEGORIES`) and ``lexicons/sentence_starters.csv``, loaded once on first use.
Initialisms (letters with inner periods) are found by a rule, not a list.

Decimals, URLs and e-mail addresses never qualify, since no white space follows their dots.

Quotations are those of `medialit.quotes` (`quotation_spans`), the ones the finders read
too: a quotation that runs over paragraphs, by the newspaper convention, has no closing
mark at the end of a paragraph and a fresh opening mark at the start of the next; the
pieces share one ``quote`` id.
Each sentence gets the id of the first quotation that overlaps it (``<NA>`` if none), in
the ``quote`` column at the end of the frame.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .calendar_words import calendar_words
from .lexicon import load_lexicon, read_lexicon
from .quotes import Quote, quotation_pieces

SENTENCE_COLUMNS = ["sentence", "paragraph", "start", "end", "text", "role", "quote"]
QUOTATION_COLUMNS = ["quote", "paragraph", "start", "end", "text", "closed"]

#: What a period after an abbreviation of each category means (the words are in lexicons/abbreviations.csv).
ABBREVIATION_CATEGORIES = {
    "title": "precedes a name: never ends a sentence",
    "month": "not an end before a number ('Jan. 15'); otherwise an end",
    "number": "not an end before a number ('No. 10', 'N°. 4'); otherwise an end",
    "time": (
        "like 'other', and also an end before a title ('at 6 p.m. Mr. Smith left'), unless the sentence "
        "so far is an opening phrase ('At 5 a.m. Mr. Smith went')"
    ),
    "company": "can end a sentence: an end only before a typical sentence starter",
    "place": "can end a sentence: an end only before a typical sentence starter",
    "other": "can end a sentence: an end only before a typical sentence starter",
}
STARTER_CATEGORIES = frozenset(
    {
        "article",
        "pronoun",
        "determiner",
        "conjunction",
        "adverb",
        "preposition",
        "question-word",
        "quantifier",
        "other",
    }
)


class Abbreviations(NamedTuple):
    """Lower-case abbreviations without their final period, by what a period after them means."""

    titles: frozenset[str]  # never an end
    before_number: frozenset[str]  # not an end before a digit
    can_end: frozenset[str]  # not an end before a digit; otherwise an end only before a starter
    starters: frozenset[str]  # words that open a sentence, capitalised, matched exactly
    times: frozenset[str] = frozenset()  # can_end, and also an end before a title (a.m., p.m.)
    openers: frozenset[str] = frozenset()  # starters that open a phrase, not a clause ("At", "In")


def abbreviation_sets(abbreviations: pd.DataFrame, starters: pd.DataFrame) -> Abbreviations:
    """Turn lexicon frames (``cue, category, ...``) into the splitter's lookup sets.

    A cue is the abbreviation as written (``Dr.``, ``e.g.``); its final period is dropped and
    case ignored. A cue may sit in several categories; "title" wins over the others.
    """
    keys: dict[str, set[str]] = {"title": set(), "before": set(), "can_end": set(), "time": set()}
    for cue, category in zip(abbreviations["cue"], abbreviations["category"]):
        key = str(cue).strip().lower()
        key = key[:-1] if key.endswith(".") else key
        if category == "title":
            keys["title"].add(key)
        elif category in ("month", "number"):
            keys["before"].add(key)
        else:
            keys["can_end"].add(key)
            if category == "time":
                keys["time"].add(key)
    categories = starters["category"] if "category" in starters else pd.Series([""] * len(starters), dtype=object)
    return Abbreviations(
        frozenset(keys["title"]),
        frozenset(keys["before"]),
        frozenset(keys["can_end"]),
        frozenset(str(w).strip() for w in starters["cue"]),
        frozenset(keys["time"]),
        frozenset(str(w).strip() for w, c in zip(starters["cue"], categories) if c == "preposition"),
    )


@lru_cache(maxsize=1)
def packaged_abbreviations() -> Abbreviations:
    """The packaged abbreviation and sentence-starter lists, loaded once on first use."""
    abbreviations = load_lexicon("abbreviations", categories=set(ABBREVIATION_CATEGORIES))
    # Month short forms ("Jan", "Sept") live in calendar.csv with the other calendar words.
    months = pd.DataFrame({"cue": list(calendar_words().month_abbrs), "category": "month"})
    return abbreviation_sets(
        pd.concat([abbreviations, months], ignore_index=True),
        load_lexicon("sentence_starters", categories=STARTER_CATEGORIES),
    )


def _with_extra(extra: str | Path | pd.DataFrame | None) -> Abbreviations:
    if extra is None:
        return packaged_abbreviations()
    base = packaged_abbreviations()
    more = abbreviation_sets(read_lexicon(extra, categories=set(ABBREVIATION_CATEGORIES)), pd.DataFrame({"cue": []}))
    return Abbreviations(
        base.titles | more.titles,
        base.before_number | more.before_number,
        base.can_end | more.can_end,
        base.starters,
        base.times | more.times,
        base.openers,
    )


# A spaced ellipsis (". . .") comes first, so that its dots are one candidate, not three.
_END = re.compile(r"(?:\.(?:[ \u00a0]\.){2,}|[.!?\u2026\u203c\u2047-\u2049]+)[\"'”’»)\]]*(?=\s|$)")
_OPENERS = "\"'“‘«„([¿¡—–-*_"
_INITIALISM = re.compile(r"^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$")  # U.S, a.m, Ph.D, D.C
_NEXT_WORD = re.compile(r"[\w'’-]+")
#: A short parenthesis closed by the sentence's own stop, after a quotation: '... done." (Reuters).',
#: '[...]" (Smith 55).'
_TRAILING_PAREN = re.compile(r"\([^()\n.!?]{1,40}\)[.!?]")
#: An item marker of a numbered or lettered list, with an optional bullet: "1.", "2.)", "3)", "a.", "• 9.", "⁃10.".
_BULLETS = "•⁃◦▪‣"
_LIST_HEAD = re.compile(rf"(?:[{_BULLETS}][ \u00a0]*)?(\d{{1,3}}|[a-zA-Z])(\.\)|\.|\))")
_LIST_MARKER = re.compile(_LIST_HEAD.pattern + r"(?=\s)")


def _opening_phrase(head: str, abbr: Abbreviations) -> bool:
    """Is `head` (the sentence so far) a short phrase that opens a clause: 'At 5 a.m.', 'In the U.S.'?"""
    words = head.split()
    return 0 < len(words) <= 4 and words[0] in abbr.openers


def _is_end(text: str, m: re.Match[str], lo: int, hi: int, abbr: Abbreviations, start: int | None = None) -> bool:
    """Is the candidate `m` (inside paragraph [lo, hi), in a sentence that began at `start`) a real sentence end?"""
    start = lo if start is None else start
    after_at = m.end()
    while after_at < hi and text[after_at].isspace():
        after_at += 1
    if after_at >= hi:
        return True
    mark = m.group()
    head = text[start : m.end()]
    if _LIST_HEAD.fullmatch(head.strip()):
        return False  # the marker that opens a list item: "1. The first item", "a. The ..."
    if m.start() > lo and text[m.start() - 1] == "[" and "]" in mark:
        return False  # "[...]": words left out of a quotation, not an end
    if mark.startswith(". .") and m.start() > lo and text[m.start() - 1].isspace() and mark.count(".") == 3:
        return False  # a spaced ellipsis after a space leaves words out mid-sentence ("is . . . I didn't")
    paren = _TRAILING_PAREN.match(text, after_at, hi) if mark[-1] in "\"'”’" else None
    if paren and (paren.end() >= hi or text[paren.end()].isspace()):
        return False  # '"... over." (Reuters).': the credit belongs to the sentence before it
    look = after_at
    while look < hi and look < after_at + 4 and text[look] in _OPENERS:
        look += 1
    first = text[look] if look < hi else ""
    if first.islower():
        return False  # "Why?" he asked. / ... and then / e.g. the
    if mark != ".":
        return True  # "?", "!", an ellipsis, or a period with its closing quote
    window = text[max(lo, m.start() - 40) : m.start()]
    parts = window.split()
    if not parts or window[-1:].isspace():
        return True
    token = parts[-1].lstrip(_OPENERS)
    key = token.lower()
    if key in abbr.titles:
        return False
    word = _NEXT_WORD.match(text, look, hi)
    if len(token) == 1 and token.isalpha() and token.isupper():
        return not _is_initial(text, token, parts, word, look, hi, abbr)
    if first.isdigit() and (key in abbr.before_number or _INITIALISM.match(token) or key in abbr.can_end):
        return False  # "No. 10", "Jan. 15", "U.S. 10-year"
    if _INITIALISM.match(token) or key in abbr.can_end:
        if not word:
            return False
        if key in abbr.times and (
            word.group() in abbr.titles or word.group().lower() in abbr.titles or word.group() in abbr.starters
        ):
            return not _opening_phrase(text[start : m.start()], abbr)  # "at 6 P.M. Mr. Smith" / "At 5 a.m. Mr. Smith"
        return word.group() in abbr.starters
    return True


def _is_initial(
    text: str, token: str, parts: list[str], word: re.Match[str] | None, look: int, hi: int, abbr: Abbreviations
) -> bool:
    """Is a capital letter before a period an initial ("J. R. Smith", "Albert I. Jones") rather than a word
    that ends the sentence ("Plan B. The vote", "World War I. Then", "you and I. Did you")?"""
    if word is None:
        return True
    following = word.group()
    if len(following) == 1 and following.isupper() and text.startswith(".", word.end()):
        return True  # another initial follows: "J. R. Smith"
    if following in abbr.starters or following.lower() in abbr.titles:
        return False  # a sentence opens: "Plan B. The", "vitamin D. It", "Plan B. Mr. Lee"
    before = parts[-2].lstrip(_OPENERS) if len(parts) > 1 else ""
    if token == "I" and not before[:1].isupper():
        return False  # the pronoun: "you and I. Did you"
    return True


def _list_breaks(text: str, lo: int, hi: int) -> list[int]:
    """Where the items of a list that opens the paragraph start ("1. The first item 2. The second item").

    Only a paragraph that starts with an item marker is a list, and only the next marker in sequence
    (2 after 1, b after a, 10 after 9, with the same punctuation) opens the next item, so "in 2. The" in
    running text never counts.
    """
    first = _LIST_MARKER.match(text, lo, hi)
    if first is None or first.group(1).isupper():
        return []  # "J. R. Smith and K. Lee" is no list: capital letters are initials
    value, punct = first.group(1), first.group(2)
    breaks = []
    for m in _LIST_MARKER.finditer(text, first.end(), hi):
        if m.group(2) != punct or not text[m.start() - 1].isspace():
            continue
        if m.group(1) == _next_label(value):
            breaks.append(m.start())
            value = m.group(1)
    return breaks


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def sentence_spans(
    text: str, paragraphs: pd.DataFrame, *, extra_abbreviations: str | Path | pd.DataFrame | None = None
) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of each sentence, in order; never across a paragraph.

    `extra_abbreviations`: more rows for lexicons/abbreviations.csv (a CSV path, CSV text or a
    DataFrame with ``cue`` and ``category``), used together with the packaged ones.
    """
    abbr = _with_extra(extra_abbreviations)
    spans: list[tuple[int, int, int]] = []
    for para, lo, hi in zip(paragraphs["paragraph"], paragraphs["start"], paragraphs["end"]):
        para, lo, hi = int(para), int(lo), int(hi)
        cursor = lo
        breaks = _list_breaks(text, lo, hi)

        def close(end: int, resume: int, para: int = para, hi: int = hi) -> None:
            nonlocal cursor
            trimmed = end
            while trimmed > cursor and text[trimmed - 1].isspace():
                trimmed -= 1
            if trimmed > cursor:
                spans.append((para, cursor, trimmed))
            cursor = resume
            while cursor < hi and text[cursor].isspace():
                cursor += 1

        for m in _END.finditer(text, lo, hi):
            while breaks and breaks[0] <= m.start():
                b = breaks.pop(0)
                if b > cursor:
                    close(b, b)
            if m.end() <= cursor or not _is_end(text, m, lo, hi, abbr, cursor):
                continue
            if _period_then_ellipsis(text, m, lo, hi):
                close(m.start() + 1, m.start() + 1)  # "compounds. . . . The": the ellipsis opens the next one
            else:
                close(m.end(), m.end())
        for b in breaks:
            if b > cursor:
                close(b, b)
        if cursor < hi:
            spans.append((para, cursor, hi))
    return spans


def _period_then_ellipsis(text: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """A word's own period followed by a spaced ellipsis and a new sentence: "compounds. . . . The practice"."""
    mark = m.group()
    return (
        mark.startswith(". .")
        and mark.count(".") >= 4
        and m.start() > lo
        and not text[m.start() - 1].isspace()
        and m.end() < hi
    )


# ---------------------------------------------------------------- quotations


def quotation_spans(
    text: str, paragraphs: pd.DataFrame, quotes: list[Quote] | None = None
) -> list[tuple[int, int, int, int, bool]]:
    """(quote, paragraph, start, end, closed) of each quotation piece, marks included, in order.

    The quotations are those of `medialit.quotes.find_quotes` (the finders read the same ones),
    cut at paragraph ends: a quotation that goes on in the next paragraph (which opens with a
    mark, the newspaper convention) gives one piece per paragraph, with one ``quote`` id.
    """
    return quotation_pieces(text, paragraphs, quotes)


def find_quotations(text: str, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """One row per quotation piece: ``quote, paragraph, start, end, text, closed`` (see `quotation_spans`)."""
    pieces = quotation_spans(text, paragraphs)
    return pd.DataFrame(
        {
            "quote": pd.Series([p[0] for p in pieces], dtype="int64"),
            "paragraph": pd.Series([p[1] for p in pieces], dtype="int64"),
            "start": pd.Series([p[2] for p in pieces], dtype="int64"),
            "end": pd.Series([p[3] for p in pieces], dtype="int64"),
            "text": pd.Series([text[p[2] : p[3]] for p in pieces], dtype="object"),
            "closed": pd.Series([p[4] for p in pieces], dtype="bool"),
        }
    )[QUOTATION_COLUMNS]


def split_sentences(
    text: str,
    paragraphs: pd.DataFrame,
    *,
    extra_abbreviations: str | Path | pd.DataFrame | None = None,
    quotes: list[Quote] | None = None,
) -> pd.DataFrame:
    """One row per sentence: ``sentence, paragraph, start, end, text, role, quote``.

    ``role`` is the paragraph's role; ``quote`` is the id of the first quotation that
    overlaps the sentence (pandas ``Int64``, ``<NA>`` when none), so the sentences of a
    quotation that runs over several sentences or paragraphs share one id.

    Args:
        text: the article text.
        paragraphs: its paragraph frame (`medialit.paragraphs.split_paragraphs`).
        extra_abbreviations: your own abbreviation rows on top of lexicons/abbreviations.csv
            (a CSV path, CSV text, or a DataFrame with ``cue`` and ``category``), e.g.
            ``"cue,category,pattern,note\\nCllr.,title,,Councillor"``.
        quotes: the text's quotations (`medialit.quotes.find_quotes`) when already found.

    Raises:
        MedialitError: a row of `extra_abbreviations` is bad (the message names the line).
    """
    spans = sentence_spans(text, paragraphs, extra_abbreviations=extra_abbreviations)
    role_of = dict(zip(paragraphs["paragraph"].tolist(), paragraphs["role"].tolist()))
    pieces = quotation_spans(text, paragraphs, quotes)
    quote_ids: list[int | None] = []
    k = 0
    for _, s, e in spans:  # both lists are sorted and non-overlapping: one linear pass
        while k < len(pieces) and pieces[k][3] <= s:
            k += 1
        quote_ids.append(pieces[k][0] if k < len(pieces) and pieces[k][2] < e else None)
    frame = pd.DataFrame(
        {
            "sentence": pd.Series(range(len(spans)), dtype="int64"),
            "paragraph": pd.Series([p for p, _, _ in spans], dtype="int64"),
            "start": pd.Series([s for _, s, _ in spans], dtype="int64"),
            "end": pd.Series([e for _, _, e in spans], dtype="int64"),
            "text": pd.Series([text[s:e] for _, s, e in spans], dtype="object"),
            "role": pd.Series([role_of[p] for p, _, _ in spans], dtype="object"),
            "quote": pd.array(quote_ids, dtype="Int64"),
        }
    )
    return frame[SENTENCE_COLUMNS]

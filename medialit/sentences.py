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
  splits; ``U.S. President ...`` does not).

The abbreviations and sentence starters are data, not code: ``lexicons/abbreviations.csv``
(category ``title``, ``month``, ``number``, ``company``, ``place`` or ``other``: see
`ABBREVIATION_CATEGORIES`) and ``lexicons/sentence_starters.csv``, loaded once on first use.
Initialisms (letters with inner periods) are found by a rule, not a list.

Decimals, URLs and e-mail addresses never qualify, since no white space follows their dots.

Quotations are tracked separately (`quotation_spans`): a quotation that runs over
paragraphs, by the newspaper convention, has no closing mark at the end of a paragraph
and a fresh opening mark at the start of the next; the pieces share one ``quote`` id.
Each sentence gets the id of the first quotation that overlaps it (``<NA>`` if none), in
the ``quote`` column at the end of the frame.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .lexicon import load_lexicon, read_lexicon

SENTENCE_COLUMNS = ["sentence", "paragraph", "start", "end", "text", "role", "quote"]
QUOTATION_COLUMNS = ["quote", "paragraph", "start", "end", "text", "closed"]

#: What a period after an abbreviation of each category means (the words are in lexicons/abbreviations.csv).
ABBREVIATION_CATEGORIES = {
    "title": "precedes a name: never ends a sentence",
    "month": "not an end before a number ('Jan. 15'); otherwise an end",
    "number": "not an end before a number ('No. 10'); otherwise an end",
    "company": "can end a sentence: an end only before a typical sentence starter",
    "place": "can end a sentence: an end only before a typical sentence starter",
    "other": "can end a sentence: an end only before a typical sentence starter",
}
STARTER_CATEGORIES = frozenset({
    "article", "pronoun", "determiner", "conjunction", "adverb", "preposition", "question-word", "quantifier", "other",
})


class Abbreviations(NamedTuple):
    """Lower-case abbreviations without their final period, by what a period after them means."""

    titles: frozenset[str]  # never an end
    before_number: frozenset[str]  # not an end before a digit
    can_end: frozenset[str]  # not an end before a digit; otherwise an end only before a starter
    starters: frozenset[str]  # words that open a sentence, capitalised, matched exactly


def abbreviation_sets(abbreviations: pd.DataFrame, starters: pd.DataFrame) -> Abbreviations:
    """Turn lexicon frames (``cue, category, ...``) into the splitter's lookup sets.

    A cue is the abbreviation as written (``Dr.``, ``e.g.``); its final period is dropped and
    case ignored. A cue may sit in several categories; "title" wins over the others.
    """
    keys: dict[str, set[str]] = {"title": set(), "before": set(), "can_end": set()}
    for cue, category in zip(abbreviations["cue"], abbreviations["category"]):
        key = str(cue).strip().lower()
        key = key[:-1] if key.endswith(".") else key
        if category == "title":
            keys["title"].add(key)
        elif category in ("month", "number"):
            keys["before"].add(key)
        else:
            keys["can_end"].add(key)
    return Abbreviations(frozenset(keys["title"]), frozenset(keys["before"]), frozenset(keys["can_end"]),
                         frozenset(str(w).strip() for w in starters["cue"]))


@lru_cache(maxsize=1)
def packaged_abbreviations() -> Abbreviations:
    """The packaged abbreviation and sentence-starter lists, loaded once on first use."""
    return abbreviation_sets(load_lexicon("abbreviations", categories=set(ABBREVIATION_CATEGORIES)),
                             load_lexicon("sentence_starters", categories=STARTER_CATEGORIES))


def _with_extra(extra: str | Path | pd.DataFrame | None) -> Abbreviations:
    if extra is None:
        return packaged_abbreviations()
    base = packaged_abbreviations()
    more = abbreviation_sets(read_lexicon(extra, categories=set(ABBREVIATION_CATEGORIES)), pd.DataFrame({"cue": []}))
    return Abbreviations(base.titles | more.titles, base.before_number | more.before_number,
                         base.can_end | more.can_end, base.starters)


_END = re.compile(r"(?:\.(?:[ \u00a0]\.){2,}|[.!?\u2026\u203c\u2047-\u2049]+)[\"'”’»)\]]*(?=\s|$)")
_OPENERS = "\"'“‘«„([¿¡—–-*_"
_INITIALISM = re.compile(r"^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$")  # U.S, a.m, Ph.D, D.C
_NEXT_WORD = re.compile(r"[\w'’-]+")


def _is_end(text: str, m: re.Match[str], lo: int, hi: int, abbr: Abbreviations) -> bool:
    """Is the candidate `m` (inside paragraph [lo, hi)) a real sentence end?"""
    after_at = m.end()
    while after_at < hi and text[after_at].isspace():
        after_at += 1
    if after_at >= hi:
        return True
    look = after_at
    while look < hi and look < after_at + 4 and text[look] in _OPENERS:
        look += 1
    first = text[look] if look < hi else ""
    if first.islower():
        return False  # "Why?" he asked. / ... and then / e.g. the
    mark = m.group()
    if mark != ".":
        return True  # "?", "!", an ellipsis, or a period with its closing quote
    window = text[max(lo, m.start() - 40):m.start()]
    parts = window.split()
    if not parts or window[-1:].isspace():
        return True
    token = parts[-1].lstrip(_OPENERS)
    key = token.lower()
    if key in abbr.titles:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "J. R. Smith", "George W. Bush"
    if first.isdigit() and (key in abbr.before_number or _INITIALISM.match(token) or key in abbr.can_end):
        return False  # "No. 10", "Jan. 15", "U.S. 10-year"
    if _INITIALISM.match(token) or key in abbr.can_end:
        word = _NEXT_WORD.match(text, look, hi)
        return bool(word) and word.group() in abbr.starters
    return True


def sentence_spans(text: str, paragraphs: pd.DataFrame, *,
                   extra_abbreviations: str | Path | pd.DataFrame | None = None) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of each sentence, in order; never across a paragraph.

    `extra_abbreviations`: more rows for lexicons/abbreviations.csv (a CSV path, CSV text or a
    DataFrame with ``cue`` and ``category``), used together with the packaged ones.
    """
    abbr = _with_extra(extra_abbreviations)
    spans: list[tuple[int, int, int]] = []
    for para, lo, hi in zip(paragraphs["paragraph"], paragraphs["start"], paragraphs["end"]):
        para, lo, hi = int(para), int(lo), int(hi)
        cursor = lo
        for m in _END.finditer(text, lo, hi):
            if m.end() <= cursor or not _is_end(text, m, lo, hi, abbr):
                continue
            spans.append((para, cursor, m.end()))
            cursor = m.end()
            while cursor < hi and text[cursor].isspace():
                cursor += 1
        if cursor < hi:
            spans.append((para, cursor, hi))
    return spans


# ---------------------------------------------------------------- quotations

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"[‘’]")


def quotation_spans(text: str, paragraphs: pd.DataFrame) -> list[tuple[int, int, int, int, bool]]:
    """(quote, paragraph, start, end, closed) of each quotation piece, marks included, in order.

    Double marks (curly, straight, guillemets) are tracked; single curly marks only when
    the text has no double marks at all (British style), with ’ between letters read as an
    apostrophe. A quotation still open at the end of a paragraph continues into the next
    one only if that paragraph starts with an opening mark (the newspaper convention);
    otherwise it ends there with ``closed=False``. A stray closing mark is ignored.
    """
    single = _DOUBLE.search(text) is None
    marks = _SINGLE if single else _DOUBLE
    pieces: list[tuple[int, int, int, int, bool]] = []
    next_id = 0
    carry: int | None = None  # the id of a quotation left open at the end of the last paragraph
    for para, lo, hi in zip(paragraphs["paragraph"], paragraphs["start"], paragraphs["end"]):
        para, lo, hi = int(para), int(lo), int(hi)
        current: int | None = None
        start = lo
        skip = -1
        if carry is not None and text[lo] in (("‘" if single else _DOUBLE_OPEN + '"')):
            current, start, skip = carry, lo, lo  # the quotation goes on in this paragraph
        carry = None
        for m in marks.finditer(text, lo, hi):
            pos = m.start()
            if pos == skip:
                continue
            ch = m.group()
            if single:
                before = text[pos - 1] if pos > lo else " "
                after = text[pos + 1] if pos + 1 < hi else " "
                if ch == "’" and before.isalnum() and after.isalnum():
                    continue  # an apostrophe: don't, Iraq’s
                opening = ch == "‘"
            elif ch == '"':
                opening = current is None
            else:
                opening = ch in _DOUBLE_OPEN
            if opening:
                if current is not None:  # a new quotation before the last one closed
                    pieces.append((current, para, start, pos, False))
                current, start = next_id, pos
                next_id += 1
            elif current is not None:
                pieces.append((current, para, start, pos + 1, True))
                current = None
        if current is not None:
            pieces.append((current, para, start, hi, False))
            carry = current
    # Pieces that end unclosed by a new opening can leave trailing spaces; trim for clean spans.
    cleaned = []
    for qid, para, s, e, closed in pieces:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            cleaned.append((qid, para, s, e, closed))
    return cleaned


def find_quotations(text: str, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """One row per quotation piece: ``quote, paragraph, start, end, text, closed`` (see `quotation_spans`)."""
    pieces = quotation_spans(text, paragraphs)
    return pd.DataFrame({
        "quote": pd.Series([p[0] for p in pieces], dtype="int64"),
        "paragraph": pd.Series([p[1] for p in pieces], dtype="int64"),
        "start": pd.Series([p[2] for p in pieces], dtype="int64"),
        "end": pd.Series([p[3] for p in pieces], dtype="int64"),
        "text": pd.Series([text[p[2]:p[3]] for p in pieces], dtype="object"),
        "closed": pd.Series([p[4] for p in pieces], dtype="bool"),
    })[QUOTATION_COLUMNS]


def split_sentences(text: str, paragraphs: pd.DataFrame, *,
                    extra_abbreviations: str | Path | pd.DataFrame | None = None) -> pd.DataFrame:
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

    Raises:
        MedialitError: a row of `extra_abbreviations` is bad (the message names the line).
    """
    spans = sentence_spans(text, paragraphs, extra_abbreviations=extra_abbreviations)
    role_of = dict(zip(paragraphs["paragraph"].tolist(), paragraphs["role"].tolist()))
    pieces = quotation_spans(text, paragraphs)
    quotes: list[int | None] = []
    k = 0
    for _, s, e in spans:  # both lists are sorted and non-overlapping: one linear pass
        while k < len(pieces) and pieces[k][3] <= s:
            k += 1
        quotes.append(pieces[k][0] if k < len(pieces) and pieces[k][2] < e else None)
    frame = pd.DataFrame({
        "sentence": pd.Series(range(len(spans)), dtype="int64"),
        "paragraph": pd.Series([p for p, _, _ in spans], dtype="int64"),
        "start": pd.Series([s for _, s, _ in spans], dtype="int64"),
        "end": pd.Series([e for _, _, e in spans], dtype="int64"),
        "text": pd.Series([text[s:e] for _, s, e in spans], dtype="object"),
        "role": pd.Series([role_of[p] for p, _, _ in spans], dtype="object"),
        "quote": pd.array(quotes, dtype="Int64"),
    })
    return frame[SENTENCE_COLUMNS]

"""Figures: every quantity in an article, with its range, what it counts, who gives it and its status.

`find_figures(article, *, attributions=None, claims=None)` returns one row per
figure ("at least 30 Hashd al-Shaabi fighters", "up to 150,000", "nearly a
third", "$1.2 billion", "12%", "a couple of days", "dozens of").

Columns (see docs/architecture.md): ``id, sentence, start, end, text, value,
low, high, qualifier, what, source, status, role, rule``.

Conventions (also in ``lexicons/qualifiers.csv``):

- ``text`` covers the qualifier too ("at least 30", "the estimated 5,000").
- ``value`` is the number as the text states it (1.2 billion for "$1.2
  billion", 12 for "12%", 1/3 for "a third"); for a range ("10 to 20") the
  midpoint; for a vague plural ("dozens of") the smallest number the words
  commit to (24).
- ``low``/``high`` keep the qualifier's direction: "at least 30" is [30, inf);
  "more than 30" is [30, inf) too (an open bound: we store 30, not 31, so
  decimals work alike); "up to 150,000" and "fewer than 10" are [0, v];
  "nearly a third" is [0.9 v, v] (just below v); "about 30" is [27, 33]
  (+-10%: our convention); "dozens of" is [24, 120] (2 to 10 dozen); "a
  couple of" is [2, 3].
- Percentages are in percent (12 for "12%"); ``what`` then starts with
  "percent". Fractions are proportions (1/3); money is in currency units and
  ``what`` starts with the currency ("dollars").
- ``what`` is the counted noun phrase after the number (up to the first
  plural noun, at most six words), without a partitive "of the" for counts
  ("22 of the Iran-linked forces" -> "Iran-linked forces") and with it for
  proportions ("a third of the seats in parliament" -> "the seats in
  parliament"). Empty when nothing is named ("killed 30.").
- ``status`` (first that applies): ``denied`` (the figure is in a claim that
  the article reports as denied), ``estimated`` (qualifier "estimated" or an
  estimate cue in the sentence: "according to various estimates"),
  ``reported`` (someone other than the article gives it), ``stated`` (the
  article's own voice).
- ``source``: the innermost attribution whose content contains the figure, from
  the ``attributions`` frame (given, or computed through the registry, so
  ``find_figures(article)`` equals ``analyze(article).figures``); when that
  frame has no rows, a local rule on the sentence (a reporting verb before the figure, "according to X",
  a trailing ", X said", or the speaker after the closing quote). A figure
  inside quotation marks is someone's words: its speaker when named, else
  "an unnamed speaker (in quotation marks)", status ``reported``. Else "the
  article".

Not figures: years ("2017", "in June 2017", "the 2016 elections": an event noun
from ``number_words.csv`` after the year), dates ("January 15"), times
("10:30", "9 a.m."), ordinals ("15th"), numbers inside names and codes ("F-16",
"COVID-19", "G7", "Route 66", "Boeing 737"), phone numbers, numbers glued to
a following hyphenated word ("a 30-year-old man": a modifier), capitalised
number words inside a sentence ("the Big Three"), and the pronoun "one" ("one
of the bases", "no one", "a one of"). Durations are quantities and stay
("a couple of days", what = "days"). "a few" and "several" are not figures:
they name no number.

How the work is split: `figure_numbers.py` finds the numbers (a table of named rules) and
their ranges, `figure_exclusions.py` says what is not a figure, `figure_qualifiers.py`
reads the qualifier lexicon and widens each figure, `figure_what.py` finds what is
counted, `figure_sources.py` gives source and status; this module runs them sentence by
sentence and builds the frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ._row_views import FrameColumns, joined
from .figure_exclusions import blocked_spans
from .figure_numbers import Fig, merge_ranges, number_candidates
from .figure_qualifiers import INF, QUALIFIER_CATEGORIES, apply_qualifiers, cues  # noqa: F401 (INF, QUALIFIER_CATEGORIES re-exported)
from .figure_sources import (
    HEADLINE_TAG,
    UNNAMED_QUOTE_SOURCE,
    AttributionSources,
    DeniedClaims,
    denied_fallback,
    fallback_source,
)
from .figure_what import what_counted
from .number_lexicons import NUMBER_WORD_CATEGORIES, currencies, number_words  # noqa: F401 (re-exported)
from .reading import reading
from .registry import SPAN_COLUMNS

COLUMNS = [
    *SPAN_COLUMNS,
    "value",
    "low",
    "high",
    "qualifier",
    "what",
    "source",
    "status",
    "role",
    "rule",
]


@dataclass
class _Context:
    """What every sentence's figures read: the article, its paragraph table, the lookups, the quotations."""

    article: object
    paragraphs: dict[int, tuple[int, int]]  # each paragraph's (start, end) by its id
    attribution_source: AttributionSources | None  # None: the attributions frame has no rows
    claims_denied: DeniedClaims | None  # None: the claims frame has no rows
    quotes: object


@dataclass
class _Sentence:
    """One sentence: its position `idx` in the frame, its row, its text and where it sits in its paragraph."""

    idx: int
    row: tuple
    text: str
    start: int
    para_text: str
    s_in_para: int


def _context(article, attributions: pd.DataFrame, claims: pd.DataFrame) -> _Context:
    use_attr = isinstance(attributions, pd.DataFrame) and len(attributions) > 0
    use_claims = isinstance(claims, pd.DataFrame) and len(claims) > 0
    return _Context(
        article=article,
        paragraphs=_paragraph_spans(article.paragraph_table),
        attribution_source=AttributionSources(attributions) if use_attr else None,
        claims_denied=DeniedClaims(claims) if use_claims else None,
        quotes=reading(article).quote_index,  # the quotations every finder shares
    )


def _paragraph_spans(table: pd.DataFrame) -> dict[int, tuple[int, int]]:
    """``{paragraph id: (start, end)}`` (the first row of an id, as ``.loc`` on a unique index reads it)."""
    spans: dict[int, tuple[int, int]] = {}
    for p, s, e in zip(table["paragraph"].tolist(), table["start"].tolist(), table["end"].tolist()):
        spans.setdefault(p, (s, e))
    return spans


def _sentence(ctx: _Context, idx: int, sent) -> _Sentence:
    s_text, s_start = str(sent.text), int(sent.start)
    para_text, s_in_para = s_text, 0
    paragraphs = ctx.paragraphs
    if sent.paragraph in paragraphs:
        p_start, p_end = paragraphs[sent.paragraph]
        para_text = ctx.article.text[p_start:p_end]
        s_in_para = s_start - p_start
    return _Sentence(idx, sent, s_text, s_start, para_text, s_in_para)


def _source(ctx: _Context, s: _Sentence, f: Fig, rules: list[str]) -> str | None:
    """Who gives the figure (None: the article itself); appends the rule that said so to `rules`."""
    source = None
    if ctx.attribution_source is not None:
        source = ctx.attribution_source(s.start + f.start, s.start + f.end)
        if source:
            rules.append("source:attributions")
    else:
        src, rule = fallback_source(s.text, s.para_text, s.s_in_para, f.start)
        headline = str(s.row.role) in ("headline", "related-headline")
        tag = HEADLINE_TAG.search(s.text) if headline else None
        if not src and tag and tag.start() >= f.end:
            src, rule = tag.group(1), "source:headline-tag"
        if src:
            source = src
            rules.append(rule)
    if not source and ctx.quotes.at(s.start + f.start, level=0) is not None:
        # Quoted words are someone's, never the article's own statement: name the speaker when the
        # sentence or paragraph does, else say that the speaker is not named.
        src, rule = fallback_source(s.text, s.para_text, s.s_in_para, f.start)
        source = src or UNNAMED_QUOTE_SOURCE
        rules.append(rule or "source:inside-quotation")
    return source


def _status(ctx: _Context, s: _Sentence, f: Fig, source: str, reported: bool, rules: list[str]) -> str:
    """denied, estimated, reported or stated (the first that applies); appends the rule to `rules`."""
    denied = ""
    if ctx.claims_denied is not None:
        if ctx.claims_denied(s.start + f.start, s.start + f.end):
            denied = "status:denied:claims"
    else:
        denied = denied_fallback(ctx.article.sentences, s.idx, s.text, f.start, f.end, reported)
    if denied:
        rules.append(denied)
        return "denied"
    if "estimated" in f.qualifier or cues(s.text, ("estimate",)) or "estimate" in source.lower():
        rules.append("status:estimated")
        return "estimated"
    return "reported" if reported else "stated"


def _sentence_rows(ctx: _Context, idx: int, sent) -> list[dict]:
    """The rows of the figures in one sentence: candidates, ranges, qualifiers, then each one's source and status."""
    s_text = str(sent.text)
    figs = number_candidates(s_text, lambda s_text=s_text: blocked_spans(s_text))
    if not figs:
        return []
    figs = merge_ranges(s_text, figs)
    apply_qualifiers(s_text, figs)
    s = _sentence(ctx, idx, sent)
    rows = []
    for f in figs:
        rules = list(f.rules)
        source = _source(ctx, s, f, rules)
        reported = bool(source)
        source = source or "the article"
        status = _status(ctx, s, f, source, reported, rules)
        rows.append(
            {
                "sentence": int(sent.sentence),
                "start": s.start + f.start,
                "end": s.start + f.end,
                "text": s_text[f.start : f.end],
                "value": float(f.value),
                "low": float(f.low),
                "high": float(f.high),
                "qualifier": f.qualifier,
                "what": what_counted(s_text, f),
                "source": source,
                "status": status,
                "role": str(sent.role),
                "rule": joined(tuple(rules)),
            }
        )
    return rows


def find_figures(
    article, *, attributions: pd.DataFrame | None = None, claims: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every quantity in `article`, with its range, what it counts, its source and status.

    Args:
        article: an `Article`.
        attributions: the `trace_attributions` frame (computed through the registry when
            None, so a call alone reads what `analyze` reads); when it has rows, a figure's
            `source` is the innermost attribution whose content contains it.
        claims: the `find_claims` frame (computed likewise when None); when it has rows, a
            figure inside a denial's content, or inside a claim a denial targets, is `denied`.

    Returns:
        A DataFrame with `COLUMNS`, sorted by `start` (conventions in the module docstring).
    """
    from .registry import inputs  # the registry names this module: import at call time

    given = inputs(article, "figures", attributions=attributions, claims=claims)
    ctx = _context(article, given["attributions"], given["claims"])
    # Typed columns, not a dict per row (the figures of a long article would cost the text again).
    rows = FrameColumns(COLUMNS[1:], ints=("sentence", "start", "end"))
    for idx, sent in enumerate(article.sentence_rows()):
        for row in _sentence_rows(ctx, idx, sent):
            rows.append(row)
    frame = rows.frame()
    del rows
    frame = frame.sort_values("start", kind="stable").reset_index(drop=True)
    frame.insert(0, "id", range(len(frame)))
    for col in ("id", "sentence", "start", "end"):
        frame[col] = frame[col].astype("int64")
    for col in ("value", "low", "high"):
        frame[col] = frame[col].astype("float64")
    return frame[COLUMNS]

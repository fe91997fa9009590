"""`Tracer`: an article's text, sentences, paragraphs, quotations and lexicon matches, as the rules read them."""

from __future__ import annotations

import bisect

from ...lexicon import cue_regex
from ...quotes import QUOTE_CHARS
from ..reading import reading
from .lexicons import reporting_lexicon


class Tracer:
    """What every rule reads of one article: built once per `trace_attributions` call."""

    def __init__(self, article, lexicon):
        self.a = article
        self.text: str = article.text
        self.sents = article.sentence_table  # no text column: `article.sentence_rows()` slices it
        self.reading = reading(article)  # sentences, paragraphs and quotations: shared with the other finders
        self.index = self.reading.sentences if len(self.sents) else None
        self.quotes = self.reading.quotes
        self.qindex = self.reading.quote_index
        self.lex = reporting_lexicon(lexicon)
        self.rx = cue_regex(self.lex)
        self.category_of = dict(zip(self.lex.index, self.lex["category"]))
        self.paras = self.reading.paragraphs
        self.para_starts = self.paras.starts
        # Bisection finds the first paragraph holding a position when paragraphs are ordered and disjoint.
        self.paras_sorted = all(self.paras[n][1] <= self.paras[n + 1][0] for n in range(len(self.paras) - 1))

    # -- helpers
    def sentence_span(self, pos: int) -> tuple[int, int, int] | None:
        k = self.index.index_at(pos) if self.index else None
        if k is None:
            return None
        return k, self.index.starts[k], self.index.ends[k]

    def region(self, pos: int, s_start: int, s_end: int) -> tuple[int, int, int]:
        q = self.qindex.at(pos, level=0)
        if q is None:
            return s_start, s_end, 0
        if q.start > s_start and q.end <= s_end + 1:
            lead = self.text[s_start : q.start].rstrip()
            if lead and lead[-1] not in ":,;.!?—–-([" and lead[-1] not in QUOTE_CHARS:
                # A quoted fragment inside a clause ('said it “strongly refutes” the claims'):
                # the cue's subject is outside the marks, so read it with the whole sentence.
                return s_start, s_end, 0
        return max(s_start, q.inner_start), min(s_end, q.inner_end), 1

    def para_of(self, pos: int) -> int | None:
        if self.paras_sorted:
            n = bisect.bisect_right(self.para_starts, pos) - 1
            if n >= 0 and self.paras[n][0] <= pos < self.paras[n][1]:
                return n
            return None
        for n, (s, e) in enumerate(self.paras):
            if s <= pos < e:
                return n
        return None

    def role_of(self, pos: int) -> str | None:
        k = self.index.index_at(pos) if self.index else None
        return self.index.roles[k] if k is not None else None

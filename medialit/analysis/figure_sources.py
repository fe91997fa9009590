"""Who gives a figure and whether it is denied: the ``source`` and ``status`` columns of `find_figures`.

Part of `find_figures` (see `figures.py`). With the attributions and claims frames at hand
(the usual case: the registry computes them), `AttributionSources` and `DeniedClaims`
answer by span lookup. When a frame has no rows, sentence-local rules answer instead:
`fallback_source` (a reporting cue before the figure, a trailing ", X said", the speaker
after a closing quotation mark) and `denied_fallback` (a denial cue before the figure, a
back-reference after it, or "the reports" denied in the next sentence).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache

import pandas as pd

from ..lexicon import word_list
from ._spans import IntervalIndex
from .figure_exclusions import WINDOW
from .figure_qualifiers import cues

_CLAUSE_WORDS = frozenset(
    "when that which who whom after before because while as if and but where since although "
    "though whereas once until so".split()
)
_AUX = frozenset(
    "have has had also earlier previously later reportedly allegedly had been is was were "
    "then first did does do not never didn't doesn't don't will would could may might can should "
    "has not".split()
)


def _np_before(text: str, pos: int) -> str:
    """The noun phrase right before a reporting verb at `pos` (a heuristic: back to a clause boundary)."""
    lo = max(0, pos - WINDOW)
    cut = max(text.rfind(c, lo, pos) for c in ',;:“”"()[]')
    words = text[max(cut + 1, lo) : pos].split()
    if cut < lo and lo > 0 and words:
        words = words[1:]  # the window may have cut the first word; the phrase is its last few words anyway
    while words and words[-1].lower().strip(",") in _AUX:
        words.pop()
    out: list[str] = []
    for w in reversed(words):
        if w.lower() in _CLAUSE_WORDS or len(out) >= 6:
            break
        out.insert(0, w)
    return " ".join(out).strip(" ,.‘’'\"")


_NP_AFTER = re.compile(r"\s*([^,;:.“”\"()]+?)(?=\s*(?:[,;:“”\"()]|\.(?:\s|$)|$|\s+(?:that|on|in|at|who|which)\b))")


def _np_after(text: str, pos: int) -> str:
    """The noun phrase after 'according to' or after a verb in '..., said X.'"""
    m = _NP_AFTER.match(text, pos)
    return " ".join(m.group(1).split()[:7]) if m else ""


@lru_cache(maxsize=256)
def _source_cues(sentence: str) -> tuple[tuple, list[int], list[int]]:
    """The report and denial cues that can name a speaker, with their starts and ends (both sorted).

    A denial verb names its speaker too ("The ministry denied that 300 prisoners escaped").
    Cached per sentence: a sentence is asked once for each figure in it.
    """
    found = tuple(
        c
        for c in cues(sentence, ("report", "denial"))
        if c[3] == "report" or re.search(r"(?:ed|ies|deny)$", c[2].lower())
    )
    return found, [c[0] for c in found], [c[1] for c in found]


def _cue_before(sentence: str, before: tuple, f_start: int) -> tuple[str, str] | None:
    """Rule ``source:before``: the nearest report before the figure (the innermost one) names its speaker."""
    for s, e, cue, _cat, line in reversed(before):
        if cue.lower() == "according to":
            src = _np_after(sentence, e)
        else:
            src = _np_before(sentence, s)
        if src and not _BARE_NUMBER.fullmatch(src):  # "Of 200 polled, 140 said": 140 is a count, not a source
            return src, f"source:before:lexicon:speech_acts:{line}"
    return None


def _cue_trailing(sentence: str, after: tuple, f_start: int) -> tuple[str, str] | None:
    """Rule ``source:trailing``: "..., the Post noted." / "..., said the ministry." at the end of the sentence."""
    for s, e, _cue, _cat, line in after:
        k = max(sentence.rfind(c, 0, s) for c in ',”"')
        if k < f_start:
            continue
        src = sentence[k + 1 : s].strip()
        # Only "few words left" matters here; a long tail is many words, whatever its length.
        tail_words = len(sentence[e : e + WINDOW].split()) if len(sentence) - e <= WINDOW else WINDOW
        if (
            src
            and len(src.split()) <= 7
            and not set(src.lower().split()) & _CLAUSE_WORDS
            and tail_words <= 4
            and not _BARE_NUMBER.fullmatch(src)
        ):
            return src, f"source:trailing:lexicon:speech_acts:{line}"
        if not src and tail_words <= 8:
            src = _np_after(sentence, e)
            if src:
                return src, f"source:trailing:lexicon:speech_acts:{line}"
    return None


@lru_cache(maxsize=1)
def _quote_tag() -> re.Pattern[str]:
    """'”, the ministry said': the speaker after a closing quotation (verbs: word list quote-tag, speech_acts.csv)."""
    return re.compile(rf"\s*,?\s*([^,.;:]{{1,60}}?)\s+({'|'.join(word_list('quote-tag'))})\b")


def _after_closing_quote(para: str, pos: int) -> tuple[str, str] | None:
    """Rule ``source:after-closing-quote``: inside a quotation that closes later in the paragraph,
    the speaker named after the closing quote."""
    opened = para.rfind("“", 0, pos)
    if opened >= 0 and para.rfind("”", 0, pos) < opened:
        close = para.find("”", pos)
        if close >= 0:
            m = _quote_tag().match(para[close + 1 :])
            if m:
                return m.group(1).strip(), "source:after-closing-quote"
    return None


def fallback_source(sentence: str, para: str, s_in_para: int, f_start: int) -> tuple[str, str]:
    """(source, rule) from cues in the sentence around a figure at `f_start` (sentence offsets); ("", "") if none."""
    found, starts, ends = _source_cues(sentence)
    before = found[: bisect_right(ends, f_start)]
    after = found[bisect_left(starts, f_start) :]
    return (
        _cue_before(sentence, before, f_start)
        or _cue_trailing(sentence, after, f_start)
        or _after_closing_quote(para, s_in_para + f_start)
        or ("", "")
    )


_BARE_NUMBER = re.compile(r"[\d.,]+\s*(?:%|per ?cent)?", re.I)

#: The source of a figure in quotation marks whose speaker the text does not name.
UNNAMED_QUOTE_SOURCE = "an unnamed speaker (in quotation marks)"


def denied_fallback(sentences: pd.DataFrame, idx: int, s_text: str, f_start: int, f_end: int, reported: bool) -> str:
    """A rule name when the figure is in a claim the article reports as denied, else ''."""
    denials = cues(s_text, ("denial",))
    for s, e, _cue, _cat, line in denials:
        prefix = s_text[max(0, s - 12) : s].lower()
        if re.search(r"(?:not|n't|never|no)\s+$", prefix):
            continue  # "did not deny"
        if e <= f_start:
            return f"status:denied:after-denial:lexicon:speech_acts:{line}"
        # ", something the coalition denied": a back-reference after the figure.
        if s >= f_end:
            between = s_text[f_end:s]
            if "," in between and cues(between[between.find(",") :], ("anaphor",)):
                return f"status:denied:back-reference:lexicon:speech_acts:{line}"
    if not reported:
        return ""
    # A later sentence of the same paragraph denies "the reports".
    para = sentences.iloc[idx]["paragraph"]
    for j in range(idx + 1, min(idx + 3, len(sentences))):
        nxt = sentences.iloc[j]
        if nxt["paragraph"] != para:
            break
        t = str(nxt["text"])
        ds = [
            d
            for d in cues(t, ("denial",))
            if not re.search(r"(?:not|n't|never|no)\s+$", t[max(0, d[0] - 12) : d[0]].lower())
        ]
        if ds and cues(t, ("anaphor",)):
            return f"status:denied:next-sentence:lexicon:speech_acts:{ds[0][4]}"
    return ""


# A headline that ends in ": monitor" or ": officials" names its source after the colon.
HEADLINE_TAG = re.compile(r":\s*([A-Za-z][\w.'’ -]{0,40}?)\s*$")


def _attribution_source(attributions: pd.DataFrame, start: int, end: int) -> str | None:
    a = attributions
    try:
        inside = a[(a["content_start"] <= start) & (a["content_end"] >= end)]
    except (KeyError, TypeError):
        return None
    if not len(inside):
        return None
    length = inside["content_end"] - inside["content_start"]
    row = inside.loc[length.astype(float).idxmin()]
    # A pronoun source ("he said") is only useful with the name it stands for.
    resolved = row.get("source_resolved")
    return str(resolved) if isinstance(resolved, str) and resolved.strip() else str(row["source"])


def _claims_denied(claims: pd.DataFrame, start: int, end: int) -> bool:
    try:
        c = claims
        inside = c[(c["content_start"] <= start) & (c["content_end"] >= end)]
        if (inside["stance"] == "denial").any():
            return True
        targets = set(c.loc[c["stance"] == "denial", "target"].dropna().tolist())
        return bool(set(inside["id"].tolist()) & targets)
    except (KeyError, TypeError):
        return False


class _SpanLookup:
    """`_attribution_source` and `_claims_denied` for many figures: candidates from an IntervalIndex.

    Built only for a frame with a unique index and integer offsets; otherwise (or on any
    surprise) the DataFrame functions above answer, so results are the same.
    """

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self.ok = False
        try:
            if not frame.index.is_unique:
                return
            starts, ends = frame["content_start"].tolist(), frame["content_end"].tolist()
            # 8-byte arrays (0 where absent, `present` says which), not a tuple of int objects per row.
            self.starts, self.ends, self.present = array("q"), array("q"), bytearray(len(starts))
            for i, (cs, ce) in enumerate(zip(starts, ends)):
                if pd.isna(cs) or pd.isna(ce):
                    cs = ce = 0
                elif isinstance(cs, int) and isinstance(ce, int):
                    self.present[i] = 1
                else:
                    return
                self.starts.append(cs)
                self.ends.append(ce)
        except (KeyError, TypeError):
            return
        del starts, ends
        present = self.present
        self.index = IntervalIndex(
            (s, e) if present[i] else (None, None) for i, (s, e) in enumerate(zip(self.starts, self.ends))
        )
        self.ok = True

    def containing(self, start: int, end: int) -> list[int]:
        """Positions of rows whose content holds [start, end], in frame order."""
        starts, ends, present = self.starts, self.ends, self.present
        return [i for i in self.index.near(start) if present[i] and starts[i] <= start and ends[i] >= end]


class AttributionSources(_SpanLookup):
    def __init__(self, frame: pd.DataFrame):
        super().__init__(frame)
        if self.ok:
            self.rows = frame.reset_index(drop=True)

    def __call__(self, start: int, end: int) -> str | None:
        if not self.ok or end < start:
            return _attribution_source(self.frame, start, end)
        inside = self.containing(start, end)
        if not inside:
            return None
        # idxmin: the first row of least content length.
        best = min(inside, key=lambda i: (float(self.ends[i] - self.starts[i]), i))
        row = self.rows.iloc[best]
        resolved = row.get("source_resolved")
        return str(resolved) if isinstance(resolved, str) and resolved.strip() else str(row["source"])


class DeniedClaims(_SpanLookup):
    def __init__(self, frame: pd.DataFrame):
        super().__init__(frame)
        if self.ok:
            try:
                self.denial = (frame["stance"] == "denial").tolist()
                self.ids = frame["id"].tolist()
                self.targets = set(frame.loc[frame["stance"] == "denial", "target"].dropna().tolist())
            except (KeyError, TypeError):
                self.ok = False

    def __call__(self, start: int, end: int) -> bool:
        if not self.ok or end < start:
            return _claims_denied(self.frame, start, end)
        inside = self.containing(start, end)
        if any(self.denial[i] for i in inside):
            return True
        return bool({self.ids[i] for i in inside} & self.targets)

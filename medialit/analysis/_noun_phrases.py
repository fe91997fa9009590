"""Noun phrases before and after a cue: a small rule-based chunker (no tagger).

It walks word by word away from a cue and stops at punctuation, clause words and
verb-like words; the word lists it reads are in `_closed_words`.
"""

from __future__ import annotations

from functools import cache

from ..lexicon import word_list
from ..span import Span
from ._closed_words import (
    APPROXIMATORS,
    AUX_SKIP,
    BE_FORMS,
    DETERMINERS,
    MODALS,
    NEGATIONS,
    NUMBER_HEADS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    WEEKDAYS_MONTHS,
)
from ._tokens import Tok, is_acronym, is_boundary, is_manner_adverb, is_verb_like, is_wordlike, tokens

#: How far (in characters) the noun-phrase finders look from the cue. A phrase has at most
#: 16 tokens, rarely over 10 characters each (a bracketed token is at most 62), so this never
#: cuts a real one; it keeps a giant unpunctuated
#: sentence linear instead of re-tokenising all of it for every cue.
NP_WINDOW = 600


def window_start(text: str, start: int, end: int) -> int:
    if end - start <= NP_WINDOW:
        return start
    lo = end - NP_WINDOW
    space = text.find(" ", lo, end)  # begin at a word boundary, not inside a word
    return space + 1 if space >= 0 else lo


def _set_off_time(toks: list[Tok], comma: int) -> bool:
    """Is the time phrase ending before toks[comma] (a comma) opened by a comma too ("X, on Monday, said")?"""
    j = comma - 1
    while j >= 0 and (
        toks[j].low in WEEKDAYS_MONTHS
        or toks[j].low in {"on", "last", "this", "late", "early", "in"}
        or toks[j].low.isdigit()
    ):
        j -= 1
    return j >= 0 and toks[j].text == ","


# Verbs that make a following "to" a plan or a refusal, not a statement made ("refused to say").
_TO_VERBS = {"refused", "declined", "failed", "expected", "set", "going", "likely", "unlikely", "yet", "due", "about"}
# Time words that open a time phrase between a subject and its verb ("X on Monday said").
_TIME_OPENERS = {"on", "last", "this", "in", "late", "early"}


@cache
def _report_words() -> frozenset[str]:
    """A reporting verb ends the walk: it belongs to another clause ("officials said the minister denied").
    The verbs are the word list subject-end of speech_acts.csv."""
    return frozenset(word_list("subject-end"))


def _flag_of(low: str, flags: set[str]) -> str | None:
    """The flag a skipped auxiliary sets ("modal", "negated", "passive", "to"), or None."""
    if low in MODALS:
        return "modal"
    if low in NEGATIONS or low.endswith("n't") or low.endswith("n’t"):
        return "negated"
    if low in BE_FORMS:
        return "passive"
    if low == "to":
        return "to"
    if low in _TO_VERBS and "to" in flags:
        return "modal"
    return None


def _skipped(text: str, toks: list[Tok], i: int, end: int) -> bool:
    """Is toks[i] an auxiliary, adverb or time phrase between subject and verb that sets no flag?"""
    t, low = toks[i], toks[i].low
    if low in {"do", "does", "did"} or is_manner_adverb(t):
        return True
    if t.text in "“‘\"'" and t.end < end and text[t.end].isalnum():
        return True  # a quotation opening at the verb: 'the White House “categorically denies”'
    if (
        low in AUX_SKIP
        or (low in WEEKDAYS_MONTHS and i > 0)
        or low.isdigit()
        and i > 0
        and toks[i - 1].low in WEEKDAYS_MONTHS
    ):
        return True
    if low in _TIME_OPENERS and i + 1 < len(toks) and toks[i + 1].low in WEEKDAYS_MONTHS | {"1", "2"}:
        return True
    # "X, on Monday, said" (but not "a teacher who joined last year, said")
    return low == "," and i > 0 and toks[i - 1].low in WEEKDAYS_MONTHS and _set_off_time(toks, i)


def _skip_to_subject(text: str, toks: list[Tok], end: int) -> tuple[int, set[str]]:
    """Step 1: walk left over auxiliaries, adverbs and time phrases; the index of the subject's last word, and flags."""
    flags: set[str] = set()
    i = len(toks) - 1
    if i >= 0 and toks[i].low in DETERMINERS:
        flags.add("determiner")
    while i >= 0:
        flag = _flag_of(toks[i].low, flags)
        if flag:
            flags.add(flag)
        elif not _skipped(text, toks, i, end):
            break
        i -= 1
    return i, flags


def _partitive_pronoun(toks: list[Tok], i: int) -> Span | None:
    """Step 2: "Most of them said": a partitive pronoun is the whole subject."""
    if (
        i >= 2
        and toks[i].low in {"them", "us"}
        and toks[i - 1].low == "of"
        and (toks[i - 2].low in QUANTIFIERS | NUMBER_HEADS or toks[i - 2].text[0].isdigit())
    ):
        return Span(toks[i - 2].start, toks[i].end)
    return None


# Participles of publishing that a time may follow inside a subject without a determiner before it
# ("New polls released Sunday showed ...", "Filings made public Friday show ...").
_PUBLISHED = {"released", "published", "conducted", "taken", "filed", "issued", "posted", "out"}


def _dated_participle(toks: list[Tok], i: int) -> bool:
    """Is toks[i], followed by a skipped time word, a participle modifier ("A poll published Sunday said",
    "a poll released on Tuesday showed", "polls released last week show")?"""
    if not (i + 1 < len(toks) and i > 0):
        return False
    nxt, published = toks[i + 1].low, toks[i].low in _PUBLISHED
    timed = nxt in WEEKDAYS_MONTHS or (
        published and nxt in _TIME_OPENERS and i + 2 < len(toks) and toks[i + 2].low in WEEKDAYS_MONTHS
    )
    return (
        timed
        and is_wordlike(toks[i - 1])
        and not is_boundary(toks[i - 1])
        and toks[i - 1].low not in PRONOUNS
        and (
            (i > 1 and any(u.low in DETERMINERS for u in toks[max(0, i - (8 if published else 4)) : i]))
            or (published and toks[i - 1].text.endswith("s"))
        )
    )


def _time_end(toks: list[Tok], last: int) -> int:
    """The end of the time phrase after a dated participle at toks[last] ("released on Tuesday", "last week")."""
    j = last + 1
    while j + 1 < len(toks) and (toks[j + 1].low in WEEKDAYS_MONTHS or toks[j + 1].low.isdigit()):
        j += 1
    return toks[j].end


def _walk_back(toks: list[Tok], last: int, max_tokens: int) -> tuple[int | None, int, int | None]:
    """Step 3: the subject's words leftwards from toks[last]: (first word, where the walk stopped, dated end)."""
    first = dated_end = None
    i, n = last, 0
    while i >= 0 and n < max_tokens:
        t = toks[i]
        # An -ed word after a determiner is an adjective ("the unsigned opinion"), not a verb; nor is
        # one that a skipped time phrase follows (a participle modifier).
        dated = i == last and _dated_participle(toks, i)
        if dated:
            dated_end = _time_end(toks, last)
        if (
            not is_wordlike(t)
            or is_boundary(t)
            or (is_verb_like(t) and not dated and not (i > 0 and toks[i - 1].low in DETERMINERS))
        ):
            break
        if t.low in PRONOUNS and not is_acronym(t):
            if i == last:
                first = i
            break
        if t.low in _report_words():
            break
        first = i
        i -= 1
        n += 1
    return first, i, dated_end


# Auxiliaries and adverbs between a relative pronoun and its verb ("who have also accused").
_REL_AUX = {"has", "have", "had", "also", "once", "previously", "recently", "long", "not", "never", "been"}


def _relative_pronoun(toks: list[Tok], i: int) -> int | None:
    """Step 3b: the index of 'who'/'which' (not after a comma) where the walk stopped, at it or at its verb.

    The walk stops at a clause word ("Officials who spoke ... said") or at a verb-like word
    ("Voters who attended the rally said": 'attended' ends the walk, 'who' is just before it).
    """
    w = i
    if w >= 1 and toks[w].low not in {"who", "which"} and is_verb_like(toks[w]):
        w -= 1
        while w >= 1 and toks[w].low in _REL_AUX:
            w -= 1
    if w >= 1 and toks[w].low in {"who", "which"} and toks[w - 1].text != ",":
        return w
    return None


def _numeric(t: Tok) -> bool:
    return t.text[0].isdigit() or t.low in NUMBER_HEADS


def _cut_modifier(span: list[Tok]) -> list[Tok] | None:
    """Step 4: a preposition inside the phrase starts a modifier ("the coalition against ISIS"): keep the head."""
    for k, t in enumerate(span):
        if k == 0 and t.low in APPROXIMATORS and len(span) > 1 and _numeric(span[1]):
            continue  # "About 9 percent said": an approximate number, not a preposition
        if k == 1 and t.low in {"of", "in"} and (span[0].low in QUANTIFIERS or _numeric(span[0])) and len(span) > 2:
            break  # a partitive subject: "Most of them said", "One in four voters said"
        if k == 0 and t.low == "and" and len(span) > 1:
            continue  # "And Ohio's Ada Finch said", "..., and some families said": a clause opening with 'and'
        if t.low in PREPOSITIONS:
            if k > 0:
                return span[:k]
            # an introductory phrase without a comma: start at the last determiner instead
            dets = [j for j, u in enumerate(span) if u.low in DETERMINERS and j > 0]
            if dets:
                return span[dets[-1] :]
            if t.low == "with" and len(span) > 1 and _numeric(span[1]):
                return span[1:]  # "with 22 percent saying ...": the number is the subject
            return None
    return span


def _trim_edges(span: list[Tok]) -> list[Tok]:
    """Step 5: drop linking words and left-over determiners at either end of the phrase."""
    while span and (span[0].low in {"and", "of", "for"} or not is_wordlike(span[0])):
        span = span[1:]
    while span and (span[-1].low in {"and", "of", "for"} | DETERMINERS | QUANTIFIERS):
        if len(span) == 1 and span[0].low in QUANTIFIERS and span[0].low not in DETERMINERS:
            break  # "Several said": the quantifier is the whole subject
        if len(span) > 2 and span[-2].low in {"in", "of"} and span[-1].low in QUANTIFIERS | NUMBER_HEADS:
            break  # "One in five say": a proportion, not a determiner left over
        span = span[:-1]
    return span


def np_before(text: str, start: int, end: int, *, max_tokens: int = 16) -> tuple[int, int, set[str]] | None:
    """The noun phrase that ends just before `end` (the subject of a cue at `end`).

    Returns (np_start, np_end, flags) where flags note skipped words: "modal", "negated",
    "passive", "to" (an infinitive), "determiner" (the cue follows a determiner: a noun use).
    None when no phrase is found. The steps are the functions above, in order.
    """
    toks = tokens(text, window_start(text, start, end), end)
    last, flags = _skip_to_subject(text, toks, end)
    if flags & {"modal", "to", "negated", "determiner"}:
        return None if "determiner" in flags else (toks[last].start if last >= 0 else end, end, flags)
    partitive = _partitive_pronoun(toks, last)
    if partitive:
        return partitive[0], partitive[1], flags
    first, i, dated_end = _walk_back(toks, last, max_tokens)
    if first is None:
        return None
    w = _relative_pronoun(toks, i)
    if w is not None:
        # "Officials who spoke with the paper said", "Voters who attended the rally said": a
        # restrictive relative clause belongs to the subject; the speaker is its antecedent
        # together with the clause.
        head = np_before(text, start, toks[w].start, max_tokens=8)
        if head is not None and not head[2] and not text[head[1] : toks[w].start].strip():
            return head[0], toks[last].end, flags
    span = _cut_modifier(toks[first : last + 1])
    span = _trim_edges(span) if span is not None else None
    if not span:
        return None
    if dated_end is not None and span[-1] is toks[last]:
        return span[0].start, dated_end, flags  # the time belongs to the modifier: "published Wednesday"
    return span[0].start, span[-1].end, flags


def np_after(text: str, start: int, end: int, *, max_tokens: int = 12, stop_prepositions: bool = True) -> Span | None:
    """The noun phrase that starts at `start` (a source after "according to" or "said")."""
    toks = tokens(text, start, min(end, start + NP_WINDOW))
    span: list[Tok] = []
    for t in toks:
        low = t.low
        # An -ed word after a quantifier is an adjective ("one unaligned strategist"), not a verb.
        if not is_wordlike(t) or is_boundary(t) or (span and is_verb_like(t) and span[-1].low not in QUANTIFIERS):
            break
        if stop_prepositions and span and low in PREPOSITIONS:
            break
        if low in WEEKDAYS_MONTHS and span:
            break
        span.append(t)
        if len(span) >= max_tokens or (low in PRONOUNS and len(span) == 1 and not is_acronym(t)):
            break
    while span and span[-1].low in {"and", "of", "for"} | DETERMINERS | QUANTIFIERS | PREPOSITIONS:
        span = span[:-1]
    if not span:
        return None
    return Span(span[0].start, span[-1].end)

"""Span helpers shared by the attribution and claim finders: tokens and noun phrases.

Everything works on offsets into the unchanged article text. The noun-phrase finder
is a small rule-based chunker (no tagger): it walks word by word away from a cue and
stops at punctuation, clause words and verb-like words. Its word lists are grammar
(closed classes), not article content, so they live here rather than in a lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..calendar_words import calendar_words
from ..lexicon import word_list


@cache
def _subject_end() -> frozenset[str]:
    """Verbs at which a subject read backwards ends ("said", "denied": word list subject-end, speech_acts.csv)."""
    return frozenset(word_list("subject-end"))


class IntervalIndex:
    """Spans bucketed by position, so a query looks at the spans near it instead of all of them.

    `near(pos)` returns the indices (ascending) of a superset of the spans with
    ``start <= pos <= end``; `touching(start, end)` a superset of those overlapping
    ``[start, end)``. Callers apply their exact test to these candidates, so results
    are the same as a scan over every span, in the same order.
    """

    def __init__(self, spans, bucket: int = 256):
        self.bucket = bucket
        self.size = 0
        self.buckets: dict[int, list[int]] = {}
        self.odd: list[int] = []  # end < start: can match only odd queries, checked always
        for i, (s, e) in enumerate(spans):
            self.size = i + 1
            if s is None or e is None:
                continue
            if e < s:
                self.odd.append(i)
                continue
            for b in range(s // bucket, e // bucket + 1):
                self.buckets.setdefault(b, []).append(i)

    def near(self, pos: int) -> list[int]:
        got = self.buckets.get(pos // self.bucket, [])
        return sorted(set(got).union(self.odd)) if self.odd else got

    def touching(self, start: int, end: int) -> list[int]:
        if end <= start:
            return list(range(self.size))
        b0, b1 = start // self.bucket, (end - 1) // self.bucket
        if b0 == b1 and not self.odd:
            return self.buckets.get(b0, [])
        found: set[int] = set(self.odd)
        for b in range(b0, b1 + 1):
            found.update(self.buckets.get(b, ()))
        return sorted(found)


# ---------------------------------------------------------------- tokens and noun phrases


def _name_abbreviations() -> str:
    """Titles and name suffixes from ``lexicons/abbreviations.csv`` ("Sen.", "Dr.", "Jr."), as a regex."""
    from ..sentences import packaged_abbreviations  # the sentence splitter's list: one list for both

    words = sorted(packaged_abbreviations().titles | {"jr", "sr"}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


TOKEN = re.compile(
    r"\([^()\n]{0,60}\)|\[[^\[\]\n]{0,60}\]"  # (ISIS/ISIL), [the Islamic State], (D-Wis.)
    r"|(?:[A-Za-z]\.){2,}(?:-[\w’']+)*"  # U.S., U.S.-led
    rf"|(?i:\b(?:{_name_abbreviations()})\.)(?=\s)"  # a title or suffix keeps its period: "Rep. Jane Doe", "Jr."
    r"|\b[A-Z]\.(?=\s+[A-Z])"  # a middle initial: "Adam B. Schiff"
    r"|[\w’'][\w’'\-/&]*(?<!['’-])"  # words, al-Shaabi, Iraq’s
    r"|\S"
)

DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "such",
    "every",
    "each",
    "no",
}
QUANTIFIERS = {
    "some",
    "several",
    "many",
    "most",
    "other",
    "all",
    "both",
    "various",
    "two",
    "three",
    "four",
    "five",
    "few",
    "more",
    "another",
    "certain",
    "one",
}
NP_PREPOSITIONS = {"of", "for"}
PREPOSITIONS = {
    "in",
    "on",
    "at",
    "from",
    "against",
    "with",
    "by",
    "near",
    "inside",
    "outside",
    "within",
    "across",
    "to",
    "into",
    "under",
    "over",
    "about",
    "among",
    "between",
}
# Words that end a noun phrase when walking away from the cue: clause links, verbs, pronoun objects.
BOUNDARY = {
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "after",
    "before",
    "because",
    "since",
    "as",
    "if",
    "though",
    "although",
    "but",
    "or",
    "so",
    "than",
    "whether",
    "until",
    "once",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "could",
    "may",
    "might",
    "shall",
    "should",
    "must",
    "can",
    "not",
    "never",
    "him",
    "them",
    "us",
    "me",
    "something",
    "nothing",
    "anything",
    "everything",
    "what",
    "there",
    "then",
    "also",
    "yet",
    "however",
    "during",
    "despite",
    "amid",
    "following",
    "without",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# Words before a number that make it approximate ("about 9 percent"), not a preposition.
APPROXIMATORS = {"about", "around", "over", "under", "nearly", "almost", "roughly", "some"}
NUMBER_HEADS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "a", "a third"}
MODALS = {"will", "would", "could", "may", "might", "shall", "should", "must", "can", "cannot", "’ll", "'ll"}
NEGATIONS = {"not", "never", "n't", "neither", "nor", "no"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
# Adverbs and auxiliaries that may sit between a subject and its verb: skipped, but noted.
AUX_SKIP = {
    "has",
    "have",
    "had",
    "also",
    "earlier",
    "previously",
    "later",
    "recently",
    "again",
    "repeatedly",
    "first",
    "initially",
    "then",
    "once",
    "publicly",
    "privately",
    "reportedly",
    "allegedly",
    "officially",
    "openly",
    "only",
    "further",
    "separately",
    "flatly",
    "categorically",
    "strongly",
    "immediately",
    "quickly",
    "finally",
    "always",
    "still",
    "already",
    "twice",
    "just",
    "even",
    "since",
    "long",
    "now",
    "however",
}
# Month and weekday names (and short month forms) from lexicons/calendar.csv, plus other time words.
WEEKDAYS_MONTHS = (
    set(calendar_words().months)
    | set(calendar_words().weekdays)
    | {
        "week",
        "month",
        "year",
        "weekend",
        "night",
        "morning",
        "afternoon",
        "evening",
        "today",
        "yesterday",
        "tonight",
    }
)
ING_NOUNS = {
    "ruling",
    "leading",
    "governing",
    "ranking",
    "opposing",
    "founding",
    "acting",
    "incoming",
    "outgoing",
    "visiting",
    "remaining",
    "neighbouring",
    "neighboring",
    "fighting",
}
ED_ADJECTIVES = {
    "armed",
    "unnamed",
    "unidentified",
    "concerned",
    "retired",
    "united",
    "elected",
    "detained",
    "wounded",
    "displaced",
    "allied",
    "unrelated",
    "affected",
    "anonymous",
    "surveyed",
    "polled",
    "interviewed",
    "questioned",
}  # "those surveyed said"


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def _is_wordlike(t: Tok) -> bool:
    # A lone quote mark is punctuation, not a word ('...,' said X must not give the source "'").
    # "42% said": a per cent sign is part of its number.
    return t.text[0].isalnum() or t.text[0] in "([" or (t.text[0] in "’'" and len(t.text) > 1) or t.text == "%"


def _boundary(t: Tok) -> bool:
    """A clause word ends a noun phrase, but not an acronym spelled like one (WHO, US, IT)."""
    return t.low in BOUNDARY and not _acronym(t)


def _acronym(t: Tok) -> bool:
    return len(t.text) > 1 and t.text.isupper()


def _verb_like(t: Tok) -> bool:
    low = t.low
    if "-" in low or not t.text[0].islower():
        return False
    if low.endswith("ed") and low not in ED_ADJECTIVES and len(low) > 4:
        return True
    if low.endswith("ing") and low not in ING_NOUNS and len(low) > 5:
        return True
    return False


# Nouns ending in -ly that must not be skipped as adverbs ("The family said").
_LY_NOUNS = {
    "family",
    "assembly",
    "monopoly",
    "anomaly",
    "supply",
    "ally",
    "rally",
    "bully",
    "belly",
    "jelly",
    "butterfly",
    "holly",
    "lily",
    "italy",
    "reply",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
}


def _manner_adverb(t: Tok) -> bool:
    """'has consistently maintained', 'angrily denied': an -ly adverb between subject and verb."""
    return len(t.text) >= 7 and t.text.islower() and t.text.endswith("ly") and t.text not in _LY_NOUNS


#: How far (in characters) the noun-phrase finders look from the cue. A phrase has at most
#: 16 tokens, rarely over 10 characters each (a bracketed token is at most 62), so this never
#: cuts a real one; it keeps a giant unpunctuated
#: sentence linear instead of re-tokenising all of it for every cue.
NP_WINDOW = 600


def _window_start(text: str, start: int, end: int) -> int:
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


def np_before(text: str, start: int, end: int, *, max_tokens: int = 16) -> tuple[int, int, set[str]] | None:
    """The noun phrase that ends just before `end` (the subject of a cue at `end`).

    Returns (np_start, np_end, flags) where flags note skipped words: "modal", "negated",
    "passive", "to" (an infinitive), "determiner" (the cue follows a determiner: a noun use).
    None when no phrase is found.
    """
    toks = tokens(text, _window_start(text, start, end), end)
    flags: set[str] = set()
    i = len(toks) - 1
    if i >= 0 and toks[i].low in DETERMINERS:
        flags.add("determiner")
    # Skip auxiliaries, adverbs and time phrases between the subject and the verb.
    while i >= 0:
        low = toks[i].low
        if low in MODALS:
            flags.add("modal")
        elif low in NEGATIONS or low.endswith("n't") or low.endswith("n’t"):
            flags.add("negated")
        elif low in BE_FORMS:
            flags.add("passive")
        elif low == "to":
            flags.add("to")
        elif (
            low
            in {
                "refused",
                "declined",
                "failed",
                "expected",
                "set",
                "going",
                "likely",
                "unlikely",
                "yet",
                "due",
                "about",
            }
            and "to" in flags
        ):
            flags.add("modal")
        elif low in {"do", "does", "did"}:
            pass
        elif _manner_adverb(toks[i]):
            pass
        elif toks[i].text in "“‘\"'" and toks[i].end < end and text[toks[i].end].isalnum():
            pass  # a quotation opening at the verb: 'the White House “categorically denies”'
        elif (
            low in AUX_SKIP
            or (low in WEEKDAYS_MONTHS and i > 0)
            or low.isdigit()
            and i > 0
            and toks[i - 1].low in WEEKDAYS_MONTHS
        ):
            pass
        elif (
            low in {"on", "last", "this", "in", "late", "early"}
            and i + 1 < len(toks)
            and toks[i + 1].low in WEEKDAYS_MONTHS | {"1", "2"}
        ):
            pass
        elif low == "," and i > 0 and toks[i - 1].low in WEEKDAYS_MONTHS and _set_off_time(toks, i):
            pass  # "X, on Monday, said" (but not "a teacher who joined last year, said")
        else:
            break
        i -= 1
    if flags & {"modal", "to", "negated", "determiner"}:
        return None if "determiner" in flags else (toks[i].start if i >= 0 else end, end, flags)
    last = i
    if (
        i >= 2
        and toks[i].low in {"them", "us"}
        and toks[i - 1].low == "of"
        and (toks[i - 2].low in QUANTIFIERS | NUMBER_HEADS or toks[i - 2].text[0].isdigit())
    ):
        return toks[i - 2].start, toks[i].end, flags  # "Most of them said": a partitive pronoun
    first = None
    dated_end = None
    n = 0
    while i >= 0 and n < max_tokens:
        t = toks[i]
        low = t.low
        # An -ed word after a determiner is an adjective ("the unsigned opinion"), not a verb; nor is
        # one that a skipped time phrase follows ("A poll published Sunday said": a participle modifier).
        dated = (
            i == last
            and last + 1 < len(toks)
            and toks[last + 1].low in WEEKDAYS_MONTHS
            and i > 1
            and _is_wordlike(toks[i - 1])
            and not _boundary(toks[i - 1])
            and toks[i - 1].low not in PRONOUNS
            and any(u.low in DETERMINERS for u in toks[max(0, i - 4) : i])
        )
        if dated:
            dated_end = toks[last + 1].end
        if (
            not _is_wordlike(t)
            or _boundary(t)
            or (_verb_like(t) and not dated and not (i > 0 and toks[i - 1].low in DETERMINERS))
        ):
            break
        if low in PRONOUNS and not _acronym(t):
            if i == last:
                first = i
            break
        if low in _subject_end():
            break
        first = i
        i -= 1
        n += 1
    if first is None:
        return None
    if i >= 1 and toks[i].low in {"who", "which"} and toks[i - 1].text != ",":
        # "Officials who spoke with the paper said": a restrictive relative clause belongs to the
        # subject; the speaker is its antecedent together with the clause.
        head = np_before(text, start, toks[i].start, max_tokens=8)
        if head is not None and not head[2] and not text[head[1] : toks[i].start].strip():
            return head[0], toks[last].end, flags
    span = toks[first : last + 1]
    # A preposition inside the phrase starts a modifier ("the coalition against ISIS"): keep the head.
    for k, t in enumerate(span):
        if (
            k == 0
            and t.low in APPROXIMATORS
            and len(span) > 1
            and (span[1].text[0].isdigit() or span[1].low in NUMBER_HEADS)
        ):
            continue  # "About 9 percent said": an approximate number, not a preposition
        if (
            k == 1
            and t.low in {"of", "in"}
            and (span[0].low in QUANTIFIERS | NUMBER_HEADS or span[0].text[0].isdigit())
            and len(span) > 2
        ):
            break  # a partitive subject: "Most of them said", "One in four voters said"
        if k == 0 and t.text == "And" and len(span) > 1:
            continue  # "And Ohio's Ada Finch said": a sentence opening with 'And', not a coordinated subject
        if t.low in PREPOSITIONS or (t.low == "and" and k == 0):
            if k == 0:
                # an introductory phrase without a comma: start at the last determiner instead
                dets = [j for j, u in enumerate(span) if u.low in DETERMINERS and j > 0]
                if not dets:
                    if t.low == "with" and len(span) > 1 and (span[1].text[0].isdigit() or span[1].low in NUMBER_HEADS):
                        span = span[1:]  # "with 22 percent saying ...": the number is the subject
                        break
                    return None
                span = span[dets[-1] :]
                break
            span = span[:k]
            break
    while span and (span[0].low in {"and", "of", "for"} or not _is_wordlike(span[0])):
        span = span[1:]
    while span and (span[-1].low in {"and", "of", "for"} | DETERMINERS | QUANTIFIERS):
        if len(span) == 1 and span[0].low in QUANTIFIERS and span[0].low not in DETERMINERS:
            break  # "Several said": the quantifier is the whole subject
        if len(span) > 2 and span[-2].low in {"in", "of"} and span[-1].low in QUANTIFIERS | NUMBER_HEADS:
            break  # "One in five say": a proportion, not a determiner left over
        span = span[:-1]
    if not span:
        return None
    if dated_end is not None and span[-1] is toks[last]:
        return span[0].start, dated_end, flags  # the time belongs to the modifier: "published Wednesday"
    return span[0].start, span[-1].end, flags


# Calendar names for the patterns below, from lexicons/calendar.csv (full names, then short forms).
_MONTH = calendar_words().month_alternation(abbreviations=False)
_MONTH_ABBR = calendar_words().month_alternation(full=False)
_WEEKDAY = calendar_words().weekday_alternation()

TIME_TAIL = re.compile(
    r"(?:\s*,?\s*(?:(?:on|last|this|next|late|early|earlier|in)\s+)?(?:" + _WEEKDAY + "|" + _MONTH + "|"
    r"week|month|year|weekend|night|morning|afternoon|evening|today|yesterday|tonight)"
    r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\s*,?\s*(?:earlier|later|previously)(?:\s+this\s+\w+)?"
    r"|\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|email|e-mail|"
    r"letter|message|post|tweet|report|briefing|speech|press\s+conference|news\s+conference|video)"
    r"|\s+(?:to|at)\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference))+\s*[.!?]?\s*$",
    re.IGNORECASE,
)


def np_after(
    text: str, start: int, end: int, *, max_tokens: int = 12, stop_prepositions: bool = True
) -> tuple[int, int] | None:
    """The noun phrase that starts at `start` (a source after "according to" or "said")."""
    toks = tokens(text, start, min(end, start + NP_WINDOW))
    span: list[Tok] = []
    for t in toks:
        low = t.low
        if not _is_wordlike(t) or _boundary(t) or (span and _verb_like(t)):
            break
        if stop_prepositions and span and low in PREPOSITIONS:
            break
        if low in WEEKDAYS_MONTHS and span:
            break
        span.append(t)
        if len(span) >= max_tokens or (low in PRONOUNS and len(span) == 1 and not _acronym(t)):
            break
    while span and span[-1].low in {"and", "of", "for"} | DETERMINERS | QUANTIFIERS | PREPOSITIONS:
        span = span[:-1]
    if not span:
        return None
    return span[0].start, span[-1].end


# Adverbials that may follow a reporting verb before its content or at the end of the clause.
ADVERBIAL = re.compile(
    r"\s*,?\s*(?:"
    r"(?:earlier|later|previously|also|again|today|yesterday|tonight|recently|repeatedly|publicly|"
    r"privately|separately|officially|flatly|categorically|strongly|firmly|immediately)\b"
    r"|(?:on|last|this|next|late|early)\s+(?:" + _WEEKDAY + "|"
    r"week|month|year|weekend|night|morning|afternoon|evening)\b"
    r"|(?:on|in|last|this|early|late)\s+(?:" + _MONTH + r"|(?:" + _MONTH_ABBR + r")\b\.?)"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?"
    r"|(?:" + _WEEKDAY + r")\b"
    r"|in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|email|e-mail|letter|"
    r"message|post|tweet|report|briefing|speech|press\s+conference|news\s+conference|communiqu[ée]|video|broadcast)\b"
    r"(?:\s+(?:to|with|on|from)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+(?=\s+(?:that|on|in)\b|\s*[,:]))?"
    r"|(?:to|at)\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference)\b"
    r"|on\s+(?:Twitter|X|Facebook|Telegram|television|TV|state\s+TV|its\s+website|social\s+media)\b"
    r"|in\s+\d{4}\b"
    r")",
    re.IGNORECASE,
)


def skip_adverbials(text: str, pos: int, end: int) -> int:
    """Skip time, place-of-utterance and manner adverbials after a cue."""
    while True:
        m = ADVERBIAL.match(text, pos, end)
        if not m or m.end() == pos:
            return pos
        pos = m.end()


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n\u00a0.,;:") -> tuple[int, int]:
    """Trim whitespace and the given punctuation from both ends of a span."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end

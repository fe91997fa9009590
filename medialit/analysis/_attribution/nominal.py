"""Statements named by a noun: "Trump's claim that ...", "her attacks on the judge", "his pledge to ...".

A noun can name what a source said, judged or promised. Its owner, a possessive before it ("Trump's",
"the governor's", "his", "Republicans'"), is the source; what the noun takes after it is the content.
The lexicon row's name says which complement the noun takes (the word in brackets at its end):

- ``(noun)``: a that-clause or a colon ("Smith's claim that ...", "her warning: ..."), rule
  ``possessive-noun``;
- ``(noun object)``: a preposition and its object ("his attacks on the judge", "her criticism of
  the plan"), rule ``noun-object``: the content is the object;
- ``(noun infinitive)``: "to" and a verb ("his pledge to cut taxes"), rule ``noun-infinitive``:
  the content is the infinitive clause.

Without an owner the noun names nobody's statement ("the decision", "a promise to voters"): no row.
Which nouns count was read off annotated political news: a noun enters the lexicon only where most
of its owned uses were annotated as attributions (see the rows' notes).
"""

from __future__ import annotations

import re

from ...span import Span
from .._closed_words import BOUNDARY, DETERMINERS, PREPOSITIONS, PRONOUNS
from .._noun_phrases import np_after
from .._tokens import Tok, is_verb_like, strip_span
from .cue import NO_STATEMENT, Answer, Cue
from .patterns import FUNCTION_WORDS

# A possessive right before a word: "his", "Trump's", "Republicans'".
_OWNER = re.compile(
    r"(?:(?<![\w-])(?P<pronoun>his|her|their|its|our|my)|(?<=\w)(?P<genitive>[’']s|(?<=s)[’']))\s+$", re.IGNORECASE
)
# A lower-case modifier between the owner and its noun ("strikingly", "personal,", "own").
_MODIFIER = re.compile(r"(?<![\w’'-])((?-i:[a-z])[\w-]*),?\s+$")
_MAX_MODIFIERS = 3
# Words that cannot stand between an owner and its noun: they show the possessive belongs elsewhere.
_NOT_MODIFIERS = frozenset(BOUNDARY | DETERMINERS | PREPOSITIONS | PRONOUNS) | {
    "and",
    "or",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "been",
    "be",
    "not",
    "to",
    "of",
    "for",
    "out",
}
# Capitalised words that open a sentence before the owner's name ("As for Mr. Trump's", "And Clinton's").
_OPENERS = frozenset(FUNCTION_WORDS | _NOT_MODIFIERS) | {
    "as",
    "why",
    "how",
    "what",
    "while",
    "despite",
    "unlike",
    "like",
}
# Verbs that show a "that" after the noun is a relative pronoun ("the claim that was made").
_RELATIVE_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can"})
# "It's", "that's", "he's": a contraction of "is" or "has", not a possessive.
_CONTRACTED = frozenset({"it", "that", "what", "who", "there", "here", "he", "she", "where", "how", "let", "this"})
# The owner named before "'s": a run of capitalised words ("Mr. Trump", "North Korea", "Donald J. Trump"),
# or a short phrase opened by a determiner ("the governor", "the Obama administration").
_NAME_OWNER = re.compile(r"((?:(?-i:[A-Z])[\w.&’'-]*\s+(?:(?:of|on|for)\s+)?){0,4}(?-i:[A-Z])[\w.&-]*)$")
_PHRASE_OWNER = re.compile(
    r".*(?<![\w-])((?:the|a|an|this)\s+(?:[\w.&-]+\s+){0,4}[\w.&-]+)$", re.IGNORECASE | re.DOTALL
)
_WORD_OWNER = re.compile(r"([\w.&-]+)$")
# Words that end an infinitive or object content: the main clause's verb after the noun phrase
# ("his decision to run has angered ...") or a new clause.
_MAIN_VERB = re.compile(
    r"\s(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|seems?|seemed|"
    r"came|comes|drew|draws|left|leaves|made|makes|put|puts|helped|helps|prompted|stands?|stood)\s"
    r"|\s(?:and|but|or)\s+(?:his|her|their|its|the)\s|\s(?:just|also|only|now|still|even)\s"
    r"|\s*[,;:(]|\s[-–—]{1,2}\s"
)


def owner_of(c: Cue) -> Span | None:
    """The possessive owner of the noun at the cue ("Trump's strikingly personal attacks": "Trump"), past up
    to three lower-case modifiers; None when no owner stands right before it."""
    text, end = c.tr.text, c.cs
    for _ in range(_MAX_MODIFIERS + 1):
        lo = max(c.rs, end - 60)
        m = _OWNER.search(text, lo, end)
        if m is not None:
            break
        word = _MODIFIER.search(text, lo, end)
        if word is None or word.group(1).lower() in _NOT_MODIFIERS:
            return None
        end = word.start()
    else:
        return None
    if m.group("pronoun"):
        return Span(m.start("pronoun"), m.end("pronoun"))
    end = m.start("genitive")
    window = text[max(c.rs, end - 80) : end]
    offset = end - len(window)
    for pattern in (_PHRASE_OWNER, _NAME_OWNER, _WORD_OWNER):
        found = pattern.search(window)
        if found is None:
            continue
        words = found.group(1).split()
        if pattern is _PHRASE_OWNER and any(_not_in_phrase(w) for w in words[1:]):
            continue
        if words[-1].lower() in _CONTRACTED:
            return None
        start = offset + found.start(1)
        # "Despite Mr. Trump's claim", "As for Dr. Lind's claim": the opening words are not the owner's name.
        while pattern is _NAME_OWNER and len(words) > 1 and words[0].lower() in _OPENERS:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        return Span(start, offset + found.end())
    return None


def _not_in_phrase(word: str) -> bool:
    """A word that cannot be inside the owner's phrase ("the editorial noted Clinton's"): a clause word,
    a preposition or a verb."""
    return word.lower() in _NOT_MODIFIERS or is_verb_like(Tok(0, len(word), word))


def _cue_kind(c: Cue) -> str:
    """The bracketed word at the end of the lexicon row's name: "noun", "noun object", "noun infinitive"."""
    m = re.search(r"\(([^()]*)\)$", c.tr.lex.loc[c.lex_row, "cue"])
    return m.group(1) if m else ""


def _relative_that(text: str, pos: int, end: int) -> bool:
    """ "the claim that was made", "the message that reached voters": "that" opens a relative clause
    (a verb right after it), not the content."""
    m = re.match(r"\s*that\s+([\w’'-]+)", text[pos:end])
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in _RELATIVE_VERBS or (word.endswith("ed") and is_verb_like(Tok(0, len(word), word)))


def possessive_noun(c: Cue) -> Answer:
    """'Trump's claim that ...', 'his pledge that ...': the owner of a statement named by a noun speaks"""
    if _cue_kind(c) != "noun":
        return None
    owner = owner_of(c)
    if owner is None or _relative_that(c.tr.text, c.ce, c.re_):
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = owner
    return c.content_after(c.ce)


def _cut_at_main_verb(c: Cue, start: int, end: int) -> Answer:
    """The content from `start` to `end`, cut at the first main-clause verb or punctuation past its first word."""
    text = c.tr.text
    start, end = strip_span(text, start, end)
    first = re.match(r"\S+", text[start:end])
    stop = _MAIN_VERB.search(text, start + (first.end() if first else 0), end)
    start, end = strip_span(text, start, stop.start() if stop else end)
    if end <= start:
        return NO_STATEMENT
    c.base.content_start, c.base.content_end = start, end
    return c.base


def noun_object(c: Cue) -> Answer:
    """'her attacks on the judge', 'his criticism of the plan': the owner judges the object"""
    if _cue_kind(c) != "noun object":
        return None
    owner = owner_of(c)
    obj = np_after(c.tr.text, c.ce, c.re_, max_tokens=14, stop_prepositions=False) if owner else None
    if obj is None:
        return NO_STATEMENT  # "the criticism of the plan" names no source
    c.base.source_start, c.base.source_end = owner
    return _cut_at_main_verb(c, obj[0], obj[1])


def noun_infinitive(c: Cue) -> Answer:
    """'his pledge to cut taxes', 'the senator's vow to fight on': the owner commits to the infinitive"""
    if _cue_kind(c) != "noun infinitive":
        return None
    owner = owner_of(c)
    if owner is None:
        return None  # a verb after all ("they vow to fight on"): the verb rules read it
    to = re.match(r"\s+to\s+", c.tr.text[c.ce : c.re_])
    if to is None:
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = owner
    return _cut_at_main_verb(c, c.ce + to.start(), c.re_)

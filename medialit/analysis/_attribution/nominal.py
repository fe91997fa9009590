"""Statements named by a noun: "Trump's claim that ...", "her attacks on the judge".

A noun can name what a source said, judged or promised. Its owner, a possessive before it ("Trump's",
"the governor's", "his", "Republicans'"), is the source; what the noun takes after it is the content.
The lexicon row's name says which complement the noun takes (the words in brackets at its end):

- ``(noun)``: a that-clause or a colon ("Smith's claim that ...", "her warning: ..."), rule
  ``possessive-noun``;
- ``(noun object)``: a preposition and its object ("his attacks on the judge", "her criticism of
  the plan"), rule ``noun-object``: the content is the object.

A possessive pronoun whose clause has an agreeing subject before its verb gives that subject as the
source ("she escalated her attacks on ...": "she"), as annotated news does.

Without an owner the noun names nobody's statement ("the decision", "a promise to voters"): no row.
Which nouns count was read off annotated political news: a noun enters the lexicon only where about
half or more of its owned uses were annotated as attributions (see the rows' notes).
"""

from __future__ import annotations

import re

from ...span import Span
from .._closed_words import BOUNDARY, DETERMINERS, PREPOSITIONS, PRONOUNS
from .._noun_phrases import np_after, np_before
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
# How far before a possessive pronoun the clause's subject is looked for, and the verbs that may follow it.
_SUBJECT_REACH = 80
_AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "did", "does"}
)
_CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "although", "though"}
    | {"but", "and", "or", "whether", "after", "before", "since", "until", "as", "than"}
)
_CONTRACTED_VERBS = frozenset({"’s", "'s", "’ve", "'ve", "’d", "'d"})
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
    r"|\s(?:last|this|next|yesterday|today|tonight|earlier|later)\b"
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
        pronoun = Span(m.start("pronoun"), m.end("pronoun"))
        return _subject_owning(c, pronoun) or pronoun
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


def _agrees(pronoun: str, subject: str) -> bool:
    """Can the possessive pronoun stand for the subject ("she ... her", "Latino Republicans ... their")?"""
    words = subject.split()
    first, low = words[0].lower(), subject.lower()
    if pronoun in {"his", "her"}:
        # a name, not a plural that opens the sentence ("Voters disliked his ...")
        name = subject[0].isupper() and first not in DETERMINERS and not (len(words) == 1 and low.endswith("s"))
        return low == {"his": "he", "her": "she"}[pronoun] or name
    if pronoun == "their":
        return low == "they" or (low.endswith("s") and low not in {"his", "its"})
    return low == "it" or (first in DETERMINERS and not low.endswith("s"))  # its


def _subject_owning(c: Cue, pronoun: Span) -> Span | None:
    """ "she escalated her attacks on ...", "the campaign doubled down on its attacks": the one who makes
    the statement is the subject of the clause whose verb governs the noun, the same one the pronoun
    stands for; None when no agreeing subject stands before a verb of the same clause."""
    text = c.tr.text
    lo = max(c.rs, pronoun.start - _SUBJECT_REACH)
    for word in reversed(list(re.finditer(r"[\w-]+|[’'][a-z]+|[^\w\s]", text[lo : pronoun.start]))):
        w = word.group()
        if not w[0].isalnum() and w not in _CONTRACTED_VERBS:
            return None  # punctuation: the clause begins here
        if w[0].isupper() or w.lower() in _CLAUSE_WORDS:
            return None
        # a verb: an auxiliary, a contraction, an -ed or -ing form, or a present form in -s ("reboots his")
        verb = w.lower() in _AUXILIARIES or w in _CONTRACTED_VERBS or is_verb_like(Tok(0, len(w), w))
        if not (verb or (w.endswith("s") and len(w) > 3)):
            continue
        at = lo + word.start()
        if re.search(r"(?<![\w-])(?:and|but|or)\s+$", text[lo:at]):
            return None  # "..., and embraced his argument": the subject of a coordinated verb is further back
        head = np_before(text, c.rs, at)
        if head is None or head[2]:
            continue
        subject = text[head[0] : head[1]]
        return Span(head[0], head[1]) if _agrees(text[pronoun.start : pronoun.end].lower(), subject) else None
    return None


def _not_in_phrase(word: str) -> bool:
    """A word that cannot be inside the owner's phrase ("the editorial noted Clinton's"): a clause word,
    a preposition or a verb."""
    return word.lower() in _NOT_MODIFIERS or is_verb_like(Tok(0, len(word), word))


def cue_kind(c: Cue) -> str:
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
    if cue_kind(c) != "noun":
        return None
    owner = owner_of(c)
    if owner is None or _relative_that(c.tr.text, c.ce, c.re_):
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = owner
    c.base.extra["nominal"] = True  # links.fill_participles: no verb after it shares this owner
    return c.content_after(c.ce)


def _cut_at_main_verb(c: Cue, start: int, end: int) -> Answer:
    """The content from `start` to `end`, cut at the first main-clause verb or punctuation past its first word."""
    text = c.tr.text
    start, end = strip_span(text, start, end)
    first = re.match(r"\S+", text[start:end])
    stop = _MAIN_VERB.search(text, start + (first.end() if first else 0), c.re_)
    start, end = strip_span(text, start, min(end, stop.start()) if stop else end)
    if end <= start:
        return NO_STATEMENT
    c.base.content_start, c.base.content_end = start, end
    return c.base


def noun_object(c: Cue) -> Answer:
    """'her attacks on the judge', 'his criticism of the plan': the owner judges the object"""
    if cue_kind(c) != "noun object":
        return None
    owner = owner_of(c)
    obj = np_after(c.tr.text, c.ce, c.re_, max_tokens=14) if owner else None
    if obj is None:
        return NO_STATEMENT  # "the criticism of the plan" names no source
    c.base.source_start, c.base.source_end = owner
    c.base.extra["nominal"] = True
    return _cut_at_main_verb(c, obj[0], obj[1])

"""Does a participle of saying complete a verb ("kept asking", "is saying", "began by telling")?

The rule `reduced-relative` reads "a statement saying ...", "voters backing ..." as a noun phrase and the
participle that modifies it: the noun phrase is the source. Real news also puts the participle after a
verb it completes ("she kept asking", "he's been saying", "they took turns rebutting"), where the word
before it is no noun at all and the speaker is the clause's subject. The verbs are the word list
``participle-head`` of speech_acts.csv; adverbs in between (the word list ``participle-adverb`` and any
word in -ly) are skipped.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon import word_list


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(word_list(name))


def _is_adverb(word: str) -> bool:
    return word in _words("participle-adverb") or (word.endswith("ly") and len(word) > 4)


def _words_before(lead: str) -> list[str]:
    return re.findall(r"[\w’'-]+|[^\w\s’'-]", lead[-120:].lower())


def _skip_adverbs(words: list[str]) -> int:
    """The index of the last word before the adverbs that end `words` (-1 when only adverbs)."""
    i = len(words) - 1
    while i >= 0:  # skip the adverbs before the participle, two-word ones ("so much") first
        if i >= 1 and f"{words[i - 1]} {words[i]}" in _words("participle-adverb"):
            i -= 2
        elif _is_adverb(words[i]):
            i -= 1
        else:
            break
    return i


def completes_verb(lead: str) -> bool:
    """Is the text right before a participle (`lead`, the sentence up to it) a verb it completes?"""
    words = _words_before(lead)
    # "he’s" is one word to the tokenizer; its "’s" is the verb.
    if words and re.search(r"[’']s$|[’']m$|[’']re$", words[-1]):
        return True
    i = _skip_adverbs(words)
    if i < 0:
        return False
    heads = _words("participle-head")
    word = re.sub(r"n[’']t$", "", words[i])  # "wasn't so much saying"
    return word in heads or (i >= 1 and f"{words[i - 1]} {words[i]}" in heads)


def object_of_verb(text: str, np_start: int, np_end: int | None = None) -> bool:
    """Is the noun phrase before a participle the object of a verb of publishing ("issued a statement saying",
    "posted a video urging")? Then the verb's subject is the one who speaks; after other verbs ("rejected
    reports claiming") the noun phrase itself speaks. The phrase finder may have read the verb, or its
    particle, into the phrase ("Ms. Lund sent an email saying", "put out a statement saying")."""
    verbs = _words("participle-object-verb")
    inside = re.findall(r"(?<![\w’'-])[a-z’'-]+", text[np_start:np_end]) if np_end else []  # lower case: no name
    if verbs.intersection(inside):
        return True
    before = re.findall(r"[A-Za-z’'-]+", text[max(0, np_start - 40) : np_start].lower())
    if before[-1:] == ["out"]:  # "put out a statement": the verb is the word before its particle
        before = before[:-1]
    return bool(before) and before[-1] in verbs


def opens_clause(lead: str) -> bool:
    """Do only adverbs stand between a comma (or the sentence's start) and the participle ("..., instead
    calling for a vote", "Often citing the cost, ...")? Then it opens a participle clause whose speaker is
    the clause's subject, never the adverb."""
    words = _words_before(lead)
    i = _skip_adverbs(words)
    return i < len(words) - 1 and (i < 0 or words[i] in {",", ";", "—", "–"})


def after_preposition(lead: str) -> bool:
    """Is the participle a gerund right after a preposition ("was criticised for saying", "on suspicion of
    backing")? Then the clause's subject does it, not the phrase before the preposition. Word list
    ``participle-gerund-preposition``."""
    words = _words_before(lead)
    return bool(words) and words[-1] in _words("participle-gerund-preposition")

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


def completes_verb(lead: str) -> bool:
    """Is the text right before a participle (`lead`, the sentence up to it) a verb it completes?"""
    words = re.findall(r"[\w’'-]+|[^\w\s’'-]", lead[-120:].lower())
    # "he’s" is one word to the tokenizer; its "’s" is the verb.
    if words and re.search(r"[’']s$|[’']m$|[’']re$", words[-1]):
        return True
    i = len(words) - 1
    while i >= 0:  # skip the adverbs before the participle, two-word ones ("so much") first
        if i >= 1 and f"{words[i - 1]} {words[i]}" in _words("participle-adverb"):
            i -= 2
        elif _is_adverb(words[i]):
            i -= 1
        else:
            break
    if i < 0:
        return False
    heads = _words("participle-head")
    word = re.sub(r"n[’']t$", "", words[i])  # "wasn't so much saying"
    return word in heads or (i >= 1 and f"{words[i - 1]} {words[i]}" in heads)


_PREV_WORD = re.compile(r"([A-Za-z’'-]+)\s+$")


def object_of_verb(text: str, np_start: int) -> bool:
    """Is the noun phrase before a participle the object of a verb of publishing ("issued a statement saying",
    "posted a video urging", also when the phrase read the verb in: "sent an email")? Then the verb's subject
    is the one who speaks; after other verbs ("rejected reports claiming") the noun phrase itself speaks."""
    verbs = _words("participle-object-verb")
    first = re.match(r"[A-Za-z’'-]+", text[np_start : np_start + 30])
    if first and first.group().lower() in verbs:
        return True  # the verb read into the noun phrase ("she sent an email saying ...")
    m = _PREV_WORD.search(text[max(0, np_start - 40) : np_start])
    return m is not None and m.group(1).lower() in verbs

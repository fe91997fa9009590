"""What may end a reporting clause without being its content (a time, a place, a recipient)."""

from __future__ import annotations

import re

from ...calendar_words import calendar_words
from ...span import Span
from .._adverbials import TIME_TAIL
from .._closed_words import DETERMINERS
from .._tokens import tokens
from .patterns import PLACE_TAIL, TAIL_OPEN

# A determiner that opens a clause's subject ("told shareholders the merger ..."); not "such",
# "every", "each", "my", "your" (the other determiners) do not cut.
_CONTENT_OPENERS = DETERMINERS - {"such", "every", "each", "my", "your"}


def cut_recipient(text: str, rec: Span | None) -> Span | None:
    """ "told shareholders the merger ...": a determiner after the first word starts the content."""
    if rec is None:
        return None
    toks = tokens(text, rec[0], rec[1])
    for i in range(1, len(toks)):
        if toks[i].low in _CONTENT_OPENERS and toks[i - 1].low not in {"of", "for", "and"}:
            return Span(rec[0], toks[i - 1].end)
    return rec


def only_tail(text: str, pos: int, end: int) -> bool:
    """True when nothing but time adverbials and final punctuation is left in [pos, end)."""
    rest = text[pos:end]
    if not rest.strip(" \t\r\n\u00a0.!?;”’\"'"):
        return True
    return bool(TIME_TAIL.match(rest))


_QUOTED_TITLE = re.compile(r"[“\"](?:(?-i:[A-Z])[\w’'-]*[\s.,!?]*){1,6}[”\"]")


# Short quoted words inside a description of the speaker, not after a comma or colon (which would
# open a quotation that goes on).
_QUOTED_WORDS = re.compile(r"(?<![,:])(?<![,:]\s)[“\"](?:[^“”\"\n]{1,40})[”\"]")
# What may follow a speaker named after the verb: a comma-set description or a relative clause.
_SPEAKER_TAIL = re.compile(r"\s*,\s*\S|\s+(?:who|whose)\s", re.IGNORECASE)


def ends_clause(text: str, pos: int, end: int, quoted: bool, after_source: bool = False) -> bool:
    """Is [pos, end) only the end of a reporting clause (no content of its own)?

    Always: time adverbials (`only_tail`), a named place ("in Geneva"), or a comma
    opening a relative or participle clause. After a quotation (`quoted`) also any
    prepositional phrase, as long as it holds no quote mark, colon or "that" (which
    would introduce a content).
    """
    if only_tail(text, pos, end):
        return True
    rest = _QUOTED_TITLE.sub("", text[pos:end])  # 'who hosts the show “Money Tank.”': a title, not a quotation
    if after_source:  # 'said X, whose book features “rebellious” people': a quoted word, not the quotation
        rest = _QUOTED_WORDS.sub("", rest)
    go_on = re.search(r",\s*[“\"‘]", rest)  # '“A,” said X, an economist, “and B.”': the quotation goes on
    unquoted = not re.search(r"[“”\"‘:]", rest[: go_on.start()] if go_on else rest)
    if quoted and unquoted and not re.match(r"\s*(?:that|,?\s*:)(?![\w-])" if not after_source else r"\s*,?\s*:", rest):
        # After a quotation, whatever ends the reporting clause (a time, a recipient, "several
        # months after ...", an apposition) is not content: the quotation is.
        return True
    if after_source and unquoted and _SPEAKER_TAIL.match(rest):
        # '..., said Jo Bell, executive director of ...', '..., said an official who was briefed
        # on ...': the content came before the verb; what follows the speaker describes them.
        return True
    place = PLACE_TAIL.match(text, pos, end)
    if place and only_tail(text, place.end(), end):
        return True
    m = TAIL_OPEN.match(text, pos, end)
    if not m:
        return False
    if not quoted and not m.group().lstrip().startswith(","):
        return False
    if m.group().strip(" ,").lower() in {"adding", "saying", "noting"}:
        return True  # a participle cue: it is read as a statement of its own
    return not re.search(r"[“”\"‘:]|(?<![\w-])that(?![\w-])", text[m.end() : end])


# A phrase that places or dates a reporting verb after it ("said in a video message", "argued in
# interviews this week", "said as he left", "said Tuesday morning on MSNBC").
_OCCASION = re.compile(
    r"\s+(?!at\s+(?:least|most)\b)(?:in|on|at|during|after|before|while|as|when|via|through|outside|inside|"
    r"late|early|earlier|later|last|this|(?-i:[A-Z])[a-z]+day)\b",
    re.IGNORECASE,
)
# What opens an introduction rather than a clause of content ("Before the vote, officials said in
# a statement the bridge would close"): a preposition, a subordinator, a participle or a time.
# Verbs' own complements ("agrees with me", "plans to", "heard from") are no occasion.
_INTRO_LEAD = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?(?:in|on|at|during|after|before|while|as|when|if|since|because|although|"
    r"though|with|without|for|by|from|under|despite|asked|speaking|[A-Z][a-z]+ing|[A-Z][a-z]+ed|"
    r"last|this|earlier|later|[A-Z][a-z]+day|" + calendar_words().month_alternation(abbreviations=False) + r")\b",
)


def occasion_tail(text: str, pos: int, end: int, lead: str) -> bool:
    """`occasion-tail`: 'Democrats made history, she said in a video message to the convention.': a
    phrase of time, place or occasion after the verb, up to the end of the sentence, ends the reporting
    clause when the clause before the comma (`lead`) is a statement, not an introduction. It never holds
    a quotation mark, a colon or "that" (which would open a content of its own)."""
    m = _OCCASION.match(text, pos, end)
    if m is None or _INTRO_LEAD.match(lead) or len(lead.split()) < 4:
        return False
    rest = _QUOTED_TITLE.sub("", text[m.end() : end])  # 'said on the station’s “Morning Call.”': a title
    return not re.search(r"[“”\"‘:]|''|(?<![\w-])that(?![\w-])", rest)

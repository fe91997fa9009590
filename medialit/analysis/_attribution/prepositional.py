"""A source named by a preposition: "To many voters, the plan is a betrayal." (rule ``to-experiencer``),
"In Bolton's view, the policy failed." (rule ``in-view``), "Smith leads by nine points in a CBS News poll."
(rule ``in-poll``).

A sentence that opens with "To" and a person or group, then a comma, gives the rest of the sentence as
how things look to them: what they think, reported without a verb. The lexicon row (cue ending in
``(experiencer)``) says which openings count: a pronoun, a name, or a group of people ("To her
supporters,", "To a lot of readers,"); "To be sure," or "To win, ..." never match it. The rule reads
the source up to its comma (past a relative clause or an apposition set off by commas) and the content
from there to the end of the sentence. A row whose cue ends in ``(perspective)`` names a view after
"in" and its owner ("in his view", "in the senator's estimation"): the owner is the source and the
content the longer side of the sentence around the phrase, as for "according to". A row whose cue ends in
``(poll)`` is an "in" inside the sentence before a named poll: the poll is the source of the clause before
it (an opening "In a poll released Monday, ..." is the according-to rule's).
"""

from __future__ import annotations

import re

from ...span import Span
from .._tokens import strip_span
from .cue import NO_STATEMENT, Answer, Cue
from .nominal import cue_kind, owner_of

# Words that may stand before "To" at the start of the sentence ("But to others, ...").
_OPENERS = re.compile(r"\s*(?:(?:But|And|Yet)\s*)?")
# After the person's comma, the rest of a list of people ("To Sanders, his aides and those in attendance,").
_LIST_REST = re.compile(r"\s+(?!(?:who|whose|a|an|the)\s)[^,.;:]{1,60}?\s(?:and|or)\s[^,.;:]{1,60},\s")
# After the person's comma: a relative clause or a short apposition describing them, closed by a comma
# ("To Ms. Ortiz, who grew up near the mine, ...", "To Mr. Dunn, a farmer, ..."); a clause with its own
# verb ("To many voters, a tax rise is a betrayal, and ...") is the content.
_ASIDE = re.compile(
    r"\s+(?:(?:who|whose)\s[^,.;:]{1,100}|(?:a|an)(?:\s+(?!(?:is|was|are|were|has|have|had|will|would|seems?)\b)"
    r"[\w’'-]+){1,6}),\s"
)


def to_experiencer(c: Cue) -> Answer:
    """'To many voters, the plan is a betrayal.': the content is the sentence after the person's comma"""
    if cue_kind(c) != "experiencer":
        return None
    text = c.tr.text
    if _OPENERS.fullmatch(text, c.rs, c.cs) is None:
        return NO_STATEMENT  # only an opening "To" names whose view the sentence gives
    comma = text.find(",", c.ce, c.re_)
    if comma < 0:
        return NO_STATEMENT
    source = strip_span(text, c.ce, comma)
    who = re.search(r"\s(?:who|whose)\s", text[source.start : source.end])
    if who:  # "To anyone who has followed the race, ..."
        source = Span(source.start, source.start + who.start())
    more = _LIST_REST.match(text, comma + 1, c.re_)
    if more:  # "To Sanders, his aides and those in attendance, ...": the source is the whole list
        comma = more.end() - 2
        source = Span(source.start, strip_span(text, source.start, comma).end)
    aside = _ASIDE.match(text, comma + 1, c.re_)
    start, end = strip_span(text, aside.end() if aside else comma + 1, c.re_)
    if end <= start or source.length < 2:
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = source
    c.base.content_start, c.base.content_end = start, end
    return c.base


# "in" right before the owner of a view ("in Bolton's view", "which in their view ...").
_IN = re.compile(r"(?<![\w-])in\s+$", re.IGNORECASE)


def in_view(c: Cue) -> Answer:
    """'..., in Bolton's view.', 'In their view, Democrats could win.': the owner holds the rest of the sentence"""
    if cue_kind(c) != "perspective":
        return None
    text = c.tr.text
    owner = owner_of(c)
    if owner is None or _IN.search(text, max(c.rs, owner.start - 10), owner.start) is None:
        return NO_STATEMENT
    if owner.of(text).lower() in {"my", "our"}:
        return NO_STATEMENT  # "In my view, ...": the writer's (or the quoted speaker's) own opinion
    opening = _IN.search(text, max(c.rs, owner.start - 10), owner.start).start()
    head = strip_span(text, c.rs, opening)
    tail = strip_span(text, c.ce, c.re_)
    start, end = head if head.length >= tail.length else tail
    if end <= start:
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = owner
    c.base.content_start, c.base.content_end = start, end
    return c.base


# The poll after "in": a determiner, a pollster's capitalised name, "poll" or "survey" ("in a CBS News poll"),
# unless a verb of saying follows it ("voters in a Times poll last year said ...": those voters are the source).
_POLL = re.compile(
    r"\s+((?:a|an|the)\s+(?:[\w’'./&-]+\s+){0,6}?(?:poll|survey))\b(?!(?:\s+[\w.-]+){0,3}\s+(?:said|say|says|found|finds|shows?|showed)\b)"
)


def in_poll(c: Cue) -> Answer:
    """'Trump leads by nine points in a CBS News poll.': the poll is the source of the clause before 'in'"""
    if cue_kind(c) != "poll":
        return None
    text = c.tr.text
    poll = _POLL.match(text, c.ce, c.re_)
    head = strip_span(text, c.rs, c.cs)
    if poll is None or not re.search(r"\s(?-i:[A-Z])", text[poll.start(1) : poll.end(1)]) or head.length < 12:
        return NO_STATEMENT
    c.base.source_start, c.base.source_end = poll.start(1), poll.end(1)
    c.base.content_start, c.base.content_end = head
    return c.base

"""A source named by a preposition: "To many voters, the plan is a betrayal." (rule ``to-experiencer``).

A sentence that opens with "To" and a person or group, then a comma, gives the rest of the sentence as
how things look to them: what they think, reported without a verb. The lexicon row (cue ending in
``(experiencer)``) says which openings count: a pronoun, a name, or a group of people ("To her
supporters,", "To a lot of readers,"); "To be sure," or "To win, ..." never match it. The rule reads
the source up to its comma (past a relative clause or an apposition set off by commas) and the content
from there to the end of the sentence.
"""

from __future__ import annotations

import re

from ...span import Span
from .._tokens import strip_span
from .cue import NO_STATEMENT, Answer, Cue
from .nominal import cue_kind

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

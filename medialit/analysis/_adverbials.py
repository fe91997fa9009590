"""Time, place-of-utterance and manner adverbials around a reporting verb ("said on Monday in a statement")."""

from __future__ import annotations

import re

from ..calendar_words import calendar_words

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

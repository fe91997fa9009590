"""The regular expressions and word sets that the attribution rules read."""

from __future__ import annotations

import re

from .._closed_words import BOUNDARY, PRONOUNS

PARTICIPLE = re.compile(r"ing$", re.IGNORECASE)
# The words of a block quote's source that a later paragraph may name ("... told Bas News").
NAME_WORD = re.compile(r"[A-Z][\w-]+|\(([A-Z]{2,})\)")
# "... and said", "..., but denied": a second verb sharing the first one's subject.
COORDINATED = re.compile(
    r"(?:,\s*)?(?<![\w-])(?:and|but)\s+(?:(?:also|then|later|has|have|had|yet|still|now|again|swiftly|quickly|"
    r"immediately|promptly|strongly|flatly|categorically|repeatedly)\s+)*$",
    re.IGNORECASE,
)
# "X, who has denied ...", "X which said ...": the antecedent of the relative pronoun speaks.
RELATIVE = re.compile(
    r"(,\s*)?(?<![\w-])(?-i:who|which)\s+(?:(?:has|have|had|also|previously|earlier|later|repeatedly|consistently|"
    r"always|initially|once|publicly|flatly|strongly|vehemently|categorically|since|first|long|both|now|still|"
    r"[a-z]{3,}ly)\s+)*$",  # any manner adverb: 'who enthusiastically endorses', 'who have openly expressed'
    re.IGNORECASE,
)
NEGATIVE_SOURCE = re.compile(r"(?:nobody|no\s*-?\s*one|none|neither|no\s+\S.*)", re.IGNORECASE)
FIRST_PERSON = {"i", "we", "you"}
REGION_MAX = 3000  # characters read on each side of a cue
NAME_APPOSITION = re.compile(
    r",\s*((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4})(?=\s*(?:[.!?;]|$))", re.IGNORECASE
)
# What may follow "“...,” X said" before the sentence ends without being the content:
# a place or occasion ("in Geneva", "in a statement posted on its website"), a comma
# and a relative or participle clause (", who asked not to be named", ", speaking outside ...").
TAIL_OPEN = re.compile(
    r"\s*(?:,\s*(?:who|which|whose|speaking|writing|adding|saying|noting|citing|referring|according|as|in|on|at|"
    r"after|before|while|when|during|but|and|before|"
    # an apposition describing the speaker: ", a professor at ...", ", founder of ..."
    r"a|an|the|his|her|its|their|one|former|then|now|also|author|director|founder|co-founder|president|"
    r"chairman|chairwoman|chair|head|chief|leader|member|spokesman|spokeswoman|spokesperson)\b|\s+(?:in|at|on|from|during|after|before|while|when|as|"
    r"outside|inside|via|through|with|late|early|earlier|later|last|this|yesterday|today)\b)",
    re.IGNORECASE,
)
PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}", re.IGNORECASE)
# Words that open a parenthetical between a subject and its verb ("X, who ..., said").
PARENTHETICAL = re.compile(
    r"\s*(?:who|which|whose|whom|where|when|while|if|after|before|as|speaking|aged?|of|from|in|at|for|now|then|"
    r"formerly|previously|currently|also|"
    r"himself|herself|themselves|itself|like|unlike|known|once|\d+|[a-z]+ing|[a-z]+ed)\b"
)
# A job description set off by commas after a name ("Jo Bell, executive director of the
# Leeds Trust, said"): up to 15 words, none of them a clause word or a finite verb, and
# perhaps a relative clause after them.
DESCRIPTION = re.compile(
    r"\s*(?!(?:who|which|that|when|where|while|after|before|because|if|but|and|as|in|on|at)\b)"
    r"(?!(?:is|are|was|were|has|have|had|will|would|said|says|told|that|who|which)\b)[\w’'.&()/-]+"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|said|says|told|that|who|which)\b)[\w’'.&()/-]+){0,14}"
    r"(?:\s+(?:who|whose|which)\s[^“”\"‘:;]*)?\s*"
)  # "a builder who had been on the board"
# A time or occasion between a cue and "that" ("said after a lunch on Tuesday that ...").
LEADING_PHRASE = re.compile(
    r"\s*,?\s*((?:after|before|during|at|in|on|while|following|late|early|last|this|over|outside|inside)\s+"
    r"[^,.;:“”\"?!]{0,80}?)\s*,?\s+(?=that\s)",
    re.IGNORECASE,
)
INTRO_RECIPIENT = re.compile(
    r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:email|e-mail|interview|letter|message|statement|"
    r"call|phone\s+call|briefing|conversation)\s+(?:to|with)\s+",
    re.IGNORECASE,
)
HEADLINE_TAG = re.compile(r":\s+((?:[A-Za-z][\w.&’'-]*)(?:\s+[A-Za-z][\w.&’'-]*){0,3})\s*$")
# A headline that opens with a speaker and a colon ("Senator Lee: The Bill Is Dead", "Report: ...").
HEADLINE_SPEAKER = re.compile(
    r"\s*((?-i:[A-Z])[\w.’'&-]*(?:\s+(?:(?-i:[A-Z])[\w.’'&-]*|of|the|and|for|de)){0,5}):\s+(\S.{9,}?)\s*$"
)
# A body line opening with a speaker and a colon ("JO BELL: ...", "Jo Bell: “...”", "- Jo Bell: “...”",
# "More from Jo Bell: “...”" in a digest of quotations).
SPEAKER_COLON = re.compile(
    r"(?:[-–—]\s+)?(?:More\s+from\s+)?((?-i:[A-Z])[\w.’'&-]*(?:\s+(?:(?-i:[A-Z])[\w.’'&-]*|\([\w.,-]+\))){0,4}):\s*([“\"‘])?"
)
# Labels of a page section, not speakers, before a headline's colon ("Live: ...", "Opinion: ...").
SECTION_LABELS = frozenset(
    {
        "live",
        "update",
        "updated",
        "breaking",
        "breaking news",
        "watch",
        "video",
        "photos",
        "exclusive",
        "analysis",
        "opinion",
        "editorial",
        "review",
        "explainer",
        "fact check",
        "quiz",
        "podcast",
        "listen",
        "read",
        "in pictures",
    }
)
# Unnamed sources that open a headline ("Report: ...", "Sources: ..."): a speaker even before a short claim.
REPORT_LABELS = frozenset(
    {
        "report",
        "reports",
        "source",
        "sources",
        "poll",
        "survey",
        "study",
        "rumor",
        "rumour",
        "officials",
        "police",
        "witnesses",
        "insiders",
        "aides",
    }
)
TIME_OPENERS = frozenset(
    {
        "last",
        "this",
        "next",
        "earlier",
        "later",
        "late",
        "early",
        "since",
        "after",
        "before",
        "here",
        "there",
        "meanwhile",
        "still",
        "instead",
        "asked",
        "pressed",
        "questioned",
        "speaking",
        "writing",
        "responding",
        "told",
    }
)
# An aside set off by dashes right before a cue ("X -- who lost the race -- said").
DASH_ASIDE = re.compile(r"\s+(?:--|–|—|-)\s+[^–—\n]{1,200}?\s+(?:--|–|—|-)\s*$")
FUNCTION_WORDS = (
    BOUNDARY
    | PRONOUNS
    | {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "last",
        "this",
        "after",
        "before",
        "despite",
        "nevertheless",
        "however",
        "meanwhile",
        "then",
        "when",
    }
)

"""The reporting-verb lexicon (a view of speech_acts.csv), words before a headline's colon, and the words
that end an organisation's name."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ...lexicon import load_lexicon, read_lexicon, view_categories

CATEGORIES = view_categories("reporting_verbs")  # neutral, assertive, ... (declared in lexicon.SCHEMAS)


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Last words of organisation names: lexicons/organisations.csv plus the media words of outlets.csv."""
    orgs = load_lexicon("organisations", categories={"org-word"})
    outlets = load_lexicon("outlets")
    media = outlets.loc[outlets["category"] == "media-word", "cue"]
    return frozenset(orgs["cue"]) | frozenset(media)


def is_organisation(name: str) -> bool:
    """Does a capitalised name end like an organisation's ("U.S. Cyber Command", "Bas News")?"""
    words = re.findall(r"[\w’'-]+", name)
    return bool(words) and re.sub(r"[’']s$", "", words[-1]) in organisation_words()


@lru_cache(maxsize=2)
def _colon_word(kind: str) -> re.Pattern[str]:
    """Words before a headline's colon: ``label`` a page section, not a speaker ("Live:", "Opinion:"), or
    ``speaker`` an unnamed source, a speaker even before a short claim ("Report:", "Sources:").
    Rows of speech_acts.csv with column ``colon``, matched against the whole lower-cased words."""
    lex = load_lexicon("colon_labels", categories={"label", "speaker"})
    rows = lex[lex["category"] == kind]
    return re.compile("|".join(f"(?:{p or re.escape(c)})" for c, p in zip(rows["cue"], rows["pattern"])), re.I)


def is_colon_word(who: str, kind: str) -> bool:
    """Is `who` (lower-cased words before a colon) a section ``label`` or an unnamed ``speaker``?"""
    return _colon_word(kind).fullmatch(who) is not None


def reporting_lexicon(lexicon) -> pd.DataFrame:
    """The view ``reporting_verbs`` of ``lexicons/speech_acts.csv``, or the caller's lexicon (path, CSV text
    or frame) in its place."""
    if lexicon is None:
        return load_lexicon("reporting_verbs", categories=CATEGORIES)
    return read_lexicon(lexicon, categories=CATEGORIES)


def match_row(m: re.Match) -> int:
    """The lexicon row a match of `cue_regex` came from (its named group ``r<row>``)."""
    for name, value in m.groupdict().items():
        if value is not None and name.startswith("r"):
            return int(name[1:])
    return -1

"""The reporting-verb lexicon and the words that end an organisation's name."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ...lexicon import load_lexicon, read_lexicon

CATEGORIES = frozenset(
    {"neutral", "assertive", "concessive", "judging", "denial", "hearsay", "belief", "withheld", "pseudo"}
)


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


def reporting_lexicon(lexicon) -> pd.DataFrame:
    """``lexicons/reporting_verbs.csv``, or the caller's lexicon (path, CSV text or frame) in its place."""
    if lexicon is None:
        return load_lexicon("reporting_verbs", categories=CATEGORIES)
    return read_lexicon(lexicon, categories=CATEGORIES)


def match_row(m: re.Match) -> int:
    """The lexicon row a match of `cue_regex` came from (its named group ``r<row>``)."""
    for name, value in m.groupdict().items():
        if value is not None and name.startswith("r"):
            return int(name[1:])
    return -1

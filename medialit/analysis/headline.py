"""Headline stance: does the headline report a claim, endorse it, or deny it?

Headlines have their own grammar ("Minister says ...", "Poll: ...", "Is the mayor a reformer?"), so
the rules read the headline line on its own. The cues are data (``lexicons/speech_acts.csv``, column ``headline``);
the structure is four named rules, tried in this order:

1. ``denies:<line>`` -- a denial cue ("denies", "hoax", "no evidence", "false") in the main clause;
2. ``reports:<line>`` -- a cue of saying or hearsay ("says", "poll finds", "reportedly") in the main clause;
3. ``reports:speaker-colon`` -- "X: Y" with a short speaker before the colon ("Report: ...",
   "Clinton camp: ..."), ``reports:opening-quote`` -- the headline opens with a quotation,
   ``reports:question`` -- the headline is, or opens with, a question: it raises a claim without
   stating it ("Was it stolen? Museum silent"), and ``reports:source-tag`` -- "Y: report", a short
   source after the last colon;
4. ``endorses:no-cue`` -- none of these: the headline states the claim in the writer's voice.

A cue counts only in the main clause: after "after", "as", "while", "when", "before", "amid" or
"since", a saying verb is background ("Tensions rise after X says Y" endorses the tensions).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..article import Article
from ..errors import MedialitError
from ..lexicon import lexicon_file, load_lexicon, view_categories

COLUMNS = ["headline", "stance", "cue", "rule", "note"]
STANCES = ("reports", "endorses", "denies")
_CATEGORIES = view_categories("headline_stance")  # denies, reports, label (declared in lexicon.SCHEMAS)
_FILE = lexicon_file("headline_stance")  # the view "headline_stance" of speech_acts.csv: rules name its lines

_NOTES = {
    "speaker-colon": "'X: Y' with a short speaker before the colon ('Report:', 'Clinton camp:'): the claim is X's.",
    "opening-quote": "The headline opens with a quotation: someone's words, passed on.",
    "question": "A question headline raises a claim without stating it.",
    "source-tag": "'Y: Report' with a short source after the last colon: the claim is the source's.",
    "no-cue": "No cue of saying or denying: the headline states its claim in the writer's own voice.",
}
# A subordinate clause whose verbs are background, not the headline's own claim.
_SUBORDINATE = re.compile(r"(?<![\w-])(?:after|as|while|when|before|amid|since|because|despite)(?![\w-])", re.I)
# "X: Y" with at most five words before the colon, none ending a sentence ("Dr. Lee:" and "U.S. envoy:"
# keep their abbreviations; a full stop after a lower-case word ends a sentence).
_COLON = re.compile(r"^\s*(?P<speaker>[^:!?\n]{1,60}?)\s*:\s+\S")
_SPEAKER_SENTENCE_END = re.compile(r"[a-z]{3,}\.(?:\s|$)")
_OPENING_QUOTE = re.compile(r"^\s*[“\"‘']\w")
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
# "Y: Report", "Y: officials": one or two words after the headline's last colon, naming who says it
# (not "A Guide" or "How It Works", which name what the piece is).
_SOURCE_TAG = re.compile(
    r":\s+(?!(?:an?|the|how|why|what|who|when|where|part|live|watch|video|photos?)\b)([A-Za-z][\w.&’'-]*(?:\s+[A-Za-z][\w.&’'-]*)?)\s*$",
    re.I,
)
# A headline that opens with a question and goes on ("Was It Stolen? Museum Won't Say").
_OPENING_QUESTION = re.compile(
    r"^\s*[^.!?\s]+(?:\s+[^.!?\s]+){2,}\?\s+\S"
)  # three words at least: not "Superdelegates?"


@lru_cache(maxsize=1)
def _rules() -> list[tuple[str, str, str, int, re.Pattern[str]]]:
    rules = []
    for row in load_lexicon("headline_stance", categories=_CATEGORIES).itertuples(index=False):
        body = row.pattern or r"\s+".join(re.escape(w) for w in row.cue.split())
        try:
            regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
        except re.error as err:
            raise MedialitError(f"{_FILE}:{row.line}: bad pattern {row.pattern!r}: {err}") from None
        rules.append((row.category, row.cue, row.note, int(row.line), regex))
    return rules


def _main_clause(headline: str) -> str:
    """The headline up to its first subordinating word (the part whose verbs carry its stance)."""
    m = _SUBORDINATE.search(headline)
    return headline[: m.start()] if m and m.start() > 0 else headline


def _row(headline: str, stance: str | None, cue: str | None, rule: str | None, note: str | None) -> pd.DataFrame:
    return pd.DataFrame(
        [{"headline": headline, "stance": stance, "cue": cue, "rule": rule, "note": note}], columns=COLUMNS
    )


def find_headline_stance(text: str) -> pd.DataFrame:
    """One row ``headline, stance, cue, rule, note`` for a headline given as text.

    ``stance`` is ``reports`` (the headline attributes the claim), ``endorses`` (it states the claim
    itself) or ``denies`` (it says a claim is false, or reports a denial); ``cue`` is the words that
    decided, ``rule`` the rule that fired (``denies:<lexicon line>``, ``reports:question``, ...).

    Raises:
        MedialitError: `text` is not a string.
    """
    if not isinstance(text, str):
        raise MedialitError(f"expected the headline as str, got {type(text).__name__}")
    headline = " ".join(text.split())
    if not headline:
        return _row(headline, None, None, None, None)
    body = headline
    colon = _COLON.match(headline)
    speaker = None
    if colon:
        before = colon.group("speaker")
        labels = [r for r in _rules() if r[0] == "label" and r[4].fullmatch(before.strip())]
        if labels:
            body = headline[colon.end() - 1 :].strip()  # 'Watch: ...': read what follows on its own
        elif len(before.split()) <= 5 and not _SPEAKER_SENTENCE_END.search(before):
            speaker = before
    main = _main_clause(body)
    for stance in ("denies", "reports"):
        for category, _cue, note, line, regex in _rules():
            if category != stance:
                continue
            m = regex.search(main)
            if m:
                return _row(headline, stance, m.group(0), f"{stance}:{_FILE}:{line}", note)
    if speaker is not None:
        return _row(headline, "reports", speaker + ":", "reports:speaker-colon", _NOTES["speaker-colon"])
    if _OPENING_QUOTE.match(body):
        return _row(headline, "reports", body[:1], "reports:opening-quote", _NOTES["opening-quote"])
    whole_question = body.rstrip().endswith("?") and not _SENTENCE_END.search(body.rstrip()[:-1])
    if whole_question or _OPENING_QUESTION.match(body):
        return _row(headline, "reports", "?", "reports:question", _NOTES["question"])
    tag = _SOURCE_TAG.search(body)
    claim = body[: tag.start()] if tag else ""
    if tag and ":" not in claim and len(claim.split()) >= 3 and not _SENTENCE_END.search(claim):
        return _row(headline, "reports", tag.group(1), "reports:source-tag", _NOTES["source-tag"])
    return _row(headline, "endorses", None, "endorses:no-cue", _NOTES["no-cue"])


# A first paragraph this short is read as a headline even when the page reader did not mark it one
# (a headline that ends in a full stop or a semicolon, as some sites print it).
_MAX_HEADLINE_WORDS = 20
_MAX_HEADLINE_CHARS = 160


def headline_stance(article: Article) -> pd.DataFrame:
    """The stance of `article`'s headline (one row; stance None when it has no headline).

    The headline is the paragraph with role ``headline``; failing that, a short first paragraph
    (at most 20 words and 160 characters) that is not page furniture.
    """
    paras = article.paragraph_table  # no text column: the one paragraph read is sliced from the text
    heads = paras.loc[paras["role"] == "headline"]
    if len(heads):
        return find_headline_stance(article.text[heads["start"].iloc[0] : heads["end"].iloc[0]])
    first = paras.loc[~paras["role"].isin(["boilerplate", "related-headline"])]
    if len(first):
        text = article.text[first["start"].iloc[0] : first["end"].iloc[0]].strip()
        if len(text) <= _MAX_HEADLINE_CHARS and len(text.split()) <= _MAX_HEADLINE_WORDS:
            return find_headline_stance(text)
    return _row("", None, None, None, None)

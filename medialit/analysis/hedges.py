"""Hedges and loaded words: cue lists plus one structural rule (scare quotes).

Method (after medspaCy's ConText rules and textacy's extractors): every row of
the cue lists ``lexicons/hedges.csv`` and ``lexicons/loaded.csv`` is a rule with a
literal ``cue`` or a regular-expression ``pattern``, a ``category`` and a ``note``.
Each rule is matched case-insensitively on word boundaries against the original
text (never lowercased or squeezed), so every row keeps ``start``/``end`` offsets
with ``article.text[start:end] == text``. Then:

1. ``pseudo`` rows fire nothing themselves; they block every cue inside their span
   ("could not be reached" blocks "could", "in May" blocks "may").
2. Overlapping cues: the longest wins ("some officials" beats "some").
3. Scare quotes are found structurally: a short phrase (1-4 words) in quotation
   marks inside the writer's own sentence, and only where the text shows that the
   writer keeps a distance from the word (a named signal, see `SCARE_QUOTE_RULES`).
   A quoted title, name, survey answer or fragment of someone's speech is not a
   scare quote. Cues inside a scare quote are still reported, since they answer a
   different question (which word vs who distances).

Patterns may use two shorthands, expanded before matching: ``{NUM}`` (a number:
"30", "150,000", "$5", "two", "a third", "dozens") and ``{PLURAL}`` (a word that
looks plural: "officials", "fighters", "people"). A pattern may mark the part to
highlight with a named group ``(?P<hit>...)``; otherwise the whole match is used.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path

import pandas as pd

from ..article import Article
from ..errors import MedialitError
from ..lexicon import cue_regex, load_lexicon, read_lexicon
from .quotes import QuoteIndex
from .reading import reading
from .word_starts import WordStarts

COLUMNS = ["sentence", "start", "end", "text", "cue", "category", "kind", "rule", "note"]

#: Categories of kind ``hedge``: the writer softens or distances from a statement.
HEDGE_CATEGORIES: tuple[str, ...] = (
    "hearsay",
    "probability",
    "approximator",
    "vague-source",
    "weasel",
    "scare-quote",
    "shield",
    "evidential",
    "conditional",
    "prediction",
    "accusation",
)
#: Categories of kind ``loaded``: the writer's word choice judges.
LOADED_CATEGORIES: tuple[str, ...] = ("loaded-word", "judging-verb")
#: Blocks a longer phrase from firing the cues inside it; never reported.
PSEUDO = "pseudo"
#: A verb that frames reported speech ("said", "called ... as"); never reported itself. A short
#: quotation that completes it in the same clause is the speaker's words, not a scare quote.
SPEECH_FRAME = "speech-frame"
#: A verb that disputes a claim ("denied that"): quoted words in its complement are the accuser's,
#: so a short quotation there stays a scare quote. The nearest frame before a quotation decides.
DENIAL_FRAME = "denial-frame"
FRAMES = (SPEECH_FRAME, DENIAL_FRAME)
LEXICON_CATEGORIES = frozenset(HEDGE_CATEGORIES + LOADED_CATEGORIES + (PSEUDO,) + FRAMES)
PACKAGED = ("hedges", "loaded")

#: Why a short quotation is a scare quote: one named signal per rule (``rule`` column
#: ``scare-quote:<name>``). A short quotation with none of them is a title, a name, a survey
#: answer or a fragment of someone's speech: quoted, but not held at a distance.
SCARE_QUOTE_RULES: dict[str, str] = {
    "quoted-hedge": "The quotation is exactly one hedge ('the fighters “likely” did it'): the marks put "
    "distance on the hedge itself, whoever said it.",
    "quoted-loaded-word": "The quotation holds a loaded word ('the “wild west”'): the writer borrows a "
    "judging word and shows it is someone else's.",
    "in-disputed-claim": "The quotation sits in a claim that is denied or disputed ('denied that the "
    "militia “blocked” the troops'): the accuser's word, held at a distance.",
    "so-called": "A distancing word stands right before the quotation ('so-called “rebels”', "
    "'supposed “experts”'): the writer doubts the label.",
    "label-in-writers-phrase": "The writer's own determiner is right before the quotation and a noun "
    "follows it ('a “suspicious reconnaissance” operation'): someone's label, "
    "built into the writer's phrase with the marks left on.",
}
SCARE_QUOTE_NOTE = (
    "A short phrase in quotation marks inside the writer's own sentence, where the writer keeps a "
    "distance from the word. Ask whose word it is and why it is quoted."
)

# --- pattern shorthands -------------------------------------------------------------
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundreds?|thousands?|millions?|billions?|dozens?|half|two-thirds|three-quarters|several"
)
_NUM = (
    r"(?:(?:[$£€]\s?)?\d"
    r"|(?:(?:a|an|one)\s+)?(?:third|quarter|fifth|tenth|half|dozen|hundred|thousand|million|billion|few|couple|handful)\b"
    r"|(?:a|an|one)\s+(?:week|month|year|decade|day|hour|mile|kilomet(?:re|er))\b"
    rf"|(?:{_NUMBER_WORDS})\b)"
)
# Words ending in -s that are not plurals; "people"-like plurals without -s.
_NOT_PLURAL = (
    "was|has|is|as|its|this|thus|us|yes|his|hers|ours|theirs|yours|less|unless|across|perhaps|"
    "always|sometimes|afterwards|towards|besides|whereas|news|series|species|says|does|goes|whose"
)
_PLURAL = (
    rf"(?:(?!(?:{_NOT_PLURAL})\b)[a-z][a-z'’-]*[a-z](?<!ss)(?<!us)(?<!is)s"
    r"|people|men|women|children|police|personnel|staff)\b"
)
_MACROS = {"{NUM}": _NUM, "{PLURAL}": _PLURAL}


@lru_cache(maxsize=4096)
def _rule_regex(cue: str, pattern: str) -> re.Pattern[str]:
    """The compiled regex of one lexicon row (literal cue via `cue_regex`, or its pattern)."""
    if not pattern:
        if "'" in cue or "’" in cue:
            # cue_regex mangles apostrophes (its two chained replaces rewrite each other's
            # output); build the literal here until that is fixed in lexicon.py.
            body = r"\s+".join(re.sub("['’]", "['’]", re.escape(w)) for w in cue.split())
            return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)
        one = pd.DataFrame([{"cue": cue, "category": "", "pattern": "", "note": ""}])
        return cue_regex(one)
    body = pattern
    for name, expansion in _MACROS.items():
        body = body.replace(name, expansion)
    # Word boundaries around every pattern, so "may" never fires inside "dismay" or "mid-May".
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _span(match: re.Match[str]) -> tuple[int, int]:
    if "hit" in match.re.groupindex and match.start("hit") >= 0:
        return match.start("hit"), match.end("hit")
    return match.start(), match.end()


# --- lexicons ---------------------------------------------------------------------
LexiconSource = str | Path | pd.DataFrame


def _source_name(source: LexiconSource, default: str) -> str:
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and source.endswith(".csv")):
        return Path(source).name
    return default


def _read_sources(sources: LexiconSource | Sequence[LexiconSource], default: str) -> list[pd.DataFrame]:
    if isinstance(sources, (str, Path, pd.DataFrame)):
        sources = [sources]
    frames = []
    for src in sources:
        frame = read_lexicon(src, categories=LEXICON_CATEGORIES)
        frame["source"] = _source_name(src, default)
        frames.append(frame)
    return frames


def hedge_lexicon(
    lexicon: LexiconSource | Sequence[LexiconSource] | None = None,
    extra: LexiconSource | Sequence[LexiconSource] | None = None,
) -> pd.DataFrame:
    """The cue rules `find_hedges` uses: packaged (or `lexicon`) rows, then `extra` rows.

    Columns: ``cue, category, pattern, note, line, source`` (``source`` is the file name).
    """
    if lexicon is None:
        frames = []
        for name in PACKAGED:
            frame = load_lexicon(name, categories=LEXICON_CATEGORIES)
            frame["source"] = f"{name}.csv"
            frames.append(frame)
    else:
        frames = _read_sources(lexicon, "custom")
    if extra is not None:
        frames += _read_sources(extra, "extra")
    rules = pd.concat(frames, ignore_index=True)
    return rules.fillna("")


def category_choices(frame: pd.DataFrame | None = None) -> list[str]:
    """Categories in canonical order: all of them, or those present in a `find_hedges` frame."""
    order = list(HEDGE_CATEGORIES + LOADED_CATEGORIES)
    if frame is None:
        return order
    present = set(frame["category"])
    return [c for c in order if c in present] + sorted(present - set(order))


def _kind(category: str) -> str:
    return "loaded" if category in LOADED_CATEGORIES else "hedge"


# --- cue matching -----------------------------------------------------------------


def _lexicon_hits(text: str, rules: pd.DataFrame, words: WordStarts) -> tuple[list[dict], list[tuple[int, int, bool]]]:
    """Cue hits (longest first, pseudo rows blocking) and frames: ``(start, end, is_denial)``."""
    pseudo: list[tuple[int, int]] = []
    frames: list[tuple[int, int, bool]] = []
    cands: list[tuple[int, int, int, int]] = []  # start, end, priority, row
    regexes = []
    for row in rules.itertuples(index=False):
        try:
            regexes.append(_rule_regex(str(row.cue), str(row.pattern)))
        except re.error as err:  # a pattern that only breaks after shorthand expansion
            raise MedialitError(f"{row.source}:{row.line}: bad pattern {row.pattern!r}: {err}") from None
    for i, (row, regex) in enumerate(zip(rules.itertuples(index=False), regexes)):
        for m in words.finditer(regex):  # each rule tried only where its first word starts
            start, end = _span(m)
            if end <= start:
                continue
            if row.category == PSEUDO:
                pseudo.append((m.start(), m.end()))
            elif row.category in FRAMES:
                frames.append((start, end, row.category == DENIAL_FRAME))
            else:
                cands.append((start, end, i, i))

    def blocked(start: int, end: int) -> bool:
        return any(ps <= start and end <= pe for ps, pe in pseudo)

    # Longest first; on a tie the later row wins (a student's `extra` row over the packaged one).
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], -c[2]))
    records = rules.to_dict("records")
    taken = bytearray(len(text))  # 1 where an accepted cue already sits
    hits = []
    rule_names: dict[int, str] = {}  # one string per rule shared by its hits, not one per hit
    for start, end, _, i in cands:
        if any(taken[start:end]) or blocked(start, end):
            continue
        taken[start:end] = b"\x01" * (end - start)
        row = records[i]
        hits.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "cue": row["cue"],
                "category": row["category"],
                "kind": _kind(row["category"]),
                "rule": rule_names.get(i) or rule_names.setdefault(i, f"lexicon:{row['source']}:{row['line']}"),
                "note": row["note"],
            }
        )
    frames.sort()
    return hits, frames


# --- scare quotes -----------------------------------------------------------------
_QUOTES = "“”\"‘’'«»„"
_WORD = rf"[^\s{_QUOTES}]+(?:['’][^\s{_QUOTES}]+)*"
_SHORT = rf"{_WORD}(?:[ \t\u00a0]+{_WORD}){{0,3}}"
_BEFORE = r"(?<![^\s(\[{—–/-])"  # an opening mark follows a space, bracket, dash or the start
_AFTER = r"(?=[\s)\]}.,;:!?—–/-]|$)"  # a closing mark precedes a space or punctuation
_SCARE = re.compile(
    rf"{_BEFORE}(?:[“\"«„](?P<d>{_SHORT})(?<=\S)[”\"»“]"
    rf"|[‘'](?P<s>{_SHORT})(?<=\S)[’']){_AFTER}"
)
_SPEECH_BEFORE = re.compile(
    r"(?:[:]|\b(?:said|says|say|saying|told\s+\S+|asked|asks|added|adds|replied|replies|wrote|writes|"
    r"tweeted|posted|declared|shouted|answered|responded|stated|insisted)\s*,)\s*$",
    re.IGNORECASE,
)
_MAX_SCARE_CHARS = 60
_ONLY_OPENERS = re.compile(r"[ \t\u00a0(\[—–-]*")


@cache
def _scare_note(signal: str) -> str:
    """The note of a scare-quote signal: one string shared by its hits."""
    return f"{SCARE_QUOTE_NOTE} {SCARE_QUOTE_RULES[signal]}"


def _quote_regions(quotes: QuoteIndex, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the shared reading's quotations in one paragraph, clipped to it (one continued
    over paragraphs counts in each), outer and nested."""
    regions = []
    for q in (quotes.quotes[n] for n in quotes.spans.touching(start, end)):
        if q.start < end and start < q.end:
            regions.append((max(q.start, start), min(q.end, end)))
    return regions


# Reported speech: a speech-frame verb ("said", "called", "described ... as") earlier in the
# same clause, at most this many characters before the quotation.
_FRAME_REACH = 200
# The frame's clause has ended: a semicolon, a dash aside, or a new coordinated clause.
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|[,)]\s*(?:and|but|while|whereas|although|though|yet)\s|[.!?][\s\"”’']",
    re.IGNORECASE,
)
# The writer's own determiner or possessive right before the quotation: the quoted words are
# built into the writer's noun phrase as a label ("the “wild west”", "a “sham” vote",
# "the singer's ‘pathetic’ apology"), which is what a scare quote does.
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:the|a|an|this|these|those|its|his|her|their|our|my|your|whose|such)"
    r"|(?<![\s(])(?<!\bit)(?<!\bhe)(?<!\bshe)(?<!\bthat)(?<!\bwhat)(?<!\bthere)(?<!\bhere)(?<!\bwho)"
    r"(?<!\bwhere)(?<!\bhow)(?<!\blet)['’]s?)[ \t\u00a0]*$",
    re.IGNORECASE,
)


# A distancing word right before the quotation ("so-called “rebels”", "the supposed ‘experts’").
_DISTANCING_BEFORE = re.compile(
    r"(?<![\w-])(?:so-called|so\s+called|self-(?:styled|proclaimed|described)|supposed|purported|alleged|"
    r"what\s+(?:\w+\s+){1,3}?(?:calls?|called|dubbed|terms?|termed))[ \t\u00a0]*$",
    re.IGNORECASE,
)
# A word right after the quotation that is a noun the quoted words modify ("a “sham” vote");
# function words and verbs of the clause do not count ("a “sham” and", "the “deal” was").
_NOT_A_NOUN_AFTER = frozenset(
    "a an the and or but nor for of to in on at by with from as than that which who whom whose what when "
    "where while if is are was were be been being has have had do does did will would could should may "
    "might must can not no so this these those it its he she they we i you his her their our my your "
    "there here yet also only just even still then now".split()
)
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([a-z][\w'’-]*)")


def _scare_signal(
    text: str,
    start: int,
    end: int,
    body_span: tuple[int, int],
    sent_start: int,
    frames: list[tuple[int, int, bool]],
    frame_ends: list[int],
    hedge_spans: set[tuple[int, int]],
    loaded_spans: list[tuple[int, int]],
) -> str | None:
    """The name of the signal (a key of `SCARE_QUOTE_RULES`) that makes this quotation a scare quote.

    None when nothing in the text shows the writer keeping a distance: then the quotation is a
    title, a name, a word mentioned as a word, or a fragment of someone's speech.
    """
    body_start, body_end = body_span
    if body_span in hedge_spans:
        return "quoted-hedge"
    before = text[max(sent_start, start - 60) : start]
    k = bisect.bisect_right(frame_ends, start) - 1
    frame = frames[k] if k >= 0 else None
    in_clause = (
        frame is not None
        and frame[0] >= sent_start
        and start - frame[1] <= _FRAME_REACH
        and not _CLAUSE_BREAK.search(text[frame[1] : start])
    )
    if in_clause and not frame[2] and not _DETERMINER_BEFORE.search(before):
        return None  # "said the cuts were “reckless”": completes a verb of saying, the speaker's words
    k = bisect.bisect_left(loaded_spans, (body_start, body_start))
    if k < len(loaded_spans) and loaded_spans[k][1] <= body_end:
        return "quoted-loaded-word"
    if _DISTANCING_BEFORE.search(before):
        return "so-called"
    if in_clause and frame[2]:
        return "in-disputed-claim"
    body = text[body_start:body_end]
    if body[:1].islower() and len(body.split()) <= 3 and _DETERMINER_BEFORE.search(before):
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.group(1).lower() not in _NOT_A_NOUN_AFTER:
            return "label-in-writers-phrase"
    return None


def _nested(by_kind: list[tuple[list[int], list[tuple[int, int]]]], start: int, end: int) -> bool:
    """True when [start, end) lies inside a longer quotation region."""
    for starts, regions in by_kind:
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0:
            rs, re_ = regions[k]
            if end <= re_ and (re_ - rs) > (end - start):
                return True
    return False


def _scare_quotes(
    article: Article,
    frames: list[tuple[int, int, bool]],
    hedge_spans: set[tuple[int, int]],
    loaded_spans: list[tuple[int, int]],
) -> tuple[list[dict], bytearray]:
    """Short quotations in the writer's own sentence that the writer holds at a distance.

    Skipped as full quotations: a sentence-initial quote, one after "said," or a colon, one
    nested in a longer quotation. Of the rest, only those with a distancing signal
    (`_scare_signal`, `SCARE_QUOTE_RULES`) are scare quotes.

    Also returns a mask of the text: 1 inside a quotation that is not a scare quote (reported speech).
    """
    text = article.text
    ix = reading(article).sentences
    quotes = reading(article).quote_index  # the quotations every finder shares
    frames = sorted(frames, key=lambda f: f[1])
    frame_ends = [f[1] for f in frames]
    hits = []
    speech = bytearray(len(text))
    for para in article.paragraphs.itertuples(index=False):
        regions = _quote_regions(quotes, int(para.start), int(para.end))
        # Regions of one kind (double marks, single curly marks) never overlap: sorted, bisectable.
        by_kind = []
        for single in (False, True):
            kind = sorted(r for r in regions if (text[r[0]] == "‘") == single)
            by_kind.append(([r[0] for r in kind], kind))
        scare_spans: set[tuple[int, int]] = set()
        for m in _SCARE.finditer(text, int(para.start), int(para.end)):
            start, end = m.span()
            group = "d" if m.group("d") is not None else "s"
            body = m.group(group)
            if end - start > _MAX_SCARE_CHARS or sum(c.isalpha() for c in body) < 2:
                continue
            if body.rstrip()[-1:] in "?!" or re.search(r"[.!?]\s", body):
                continue  # an exclamation or several sentences: a full quotation
            k = ix.index_at(start)  # the sentence starting at or before the quotation
            sent_start = max(ix.starts[k] if k is not None else int(para.start), int(para.start))
            before = text[sent_start:start]
            if _ONLY_OPENERS.fullmatch(before) or _SPEECH_BEFORE.search(before[-200:]):
                continue  # opens the sentence or follows "said," / a colon: a full quotation
            if _nested(by_kind, start, end):
                continue  # nested in a longer quotation: the quoted speaker's marks, not the writer's
            body_start = m.start(group)
            body_end = body_start + len(body.rstrip().rstrip(",.;:"))
            signal = _scare_signal(
                text, start, end, (body_start, body_end), sent_start, frames, frame_ends, hedge_spans, loaded_spans
            )
            if signal is None:
                continue  # a title, a name, a survey answer or someone's words: quoted, not distanced
            hits.append(
                {
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "cue": body.strip().rstrip(",.;:"),
                    "category": "scare-quote",
                    "kind": "hedge",
                    "rule": f"scare-quote:{signal}",
                    "note": _scare_note(signal),
                }
            )
            scare_spans.add((start, end))
        for rs, re_ in regions:
            if (rs, re_) not in scare_spans:
                speech[rs:re_] = b"\x01" * (re_ - rs)
    return hits, speech


# --- generic conditions -------------------------------------------------------------
#: Rule name of the filter below, for the README and the tests.
GENERIC_CONDITION_RULE = "generic-condition"
_CONDITION_CUES = frozenset({"if", "unless"})
# What makes an 'if' hypothetical rather than a general rule: a modal or future, a person who
# speaks or is spoken of, a verb that asks ("asked if", "wonder if"), or a verb of saying (the
# condition is part of a reported claim, not of a definition).
_HYPOTHETICAL = re.compile(
    r"(?<![\w-])(?:would|could|might|may|will|shall|should|must|can|cannot|won['’]t|wouldn['’]t|couldn['’]t|"
    r"can['’]t|['’]d|['’]ll|I|me|my|we|us|our|you|your|he|him|his|she|her|they|them|their|"
    r"ask|asks|asked|asking|wonder|wonders|wondered|determine|decide|decided|see|know|"
    r"had|were|said|says|say|told|warned|warns|argued|argues|added|according)(?![\w-])",
    re.IGNORECASE,
)


def _generic_conditions(article: Article, hits: list[dict]) -> list[dict]:
    """Drop an 'if'/'unless' in a sentence that states a general rule (rule `GENERIC_CONDITION_RULE`).

    "A number is called prime if it has no divisors", "If the pressure rises, a valve opens":
    a definition or a mechanism, true whenever the condition holds, so nothing is left uncertain.
    An 'if' stays a hedge when its sentence has a modal or future ("it would be"), a person
    ("if they lose", "if she wants") or a verb that asks ("asked if").
    """
    ix = reading(article).sentences
    keep = []
    for h in hits:
        if h["category"] == "conditional" and h["text"].lower() in _CONDITION_CUES:
            k = ix.holding(h["start"])
            lo, hi = (ix.starts[k], ix.ends[k]) if k is not None else (h["start"], h["end"])
            if not _HYPOTHETICAL.search(article.text, lo, hi):
                continue
        keep.append(h)
    return keep


# --- public -----------------------------------------------------------------------
def _sentence_ids(article: Article, starts: Iterable[int]) -> list:
    ix = reading(article).sentences
    return [pd.NA if (i := ix.id_holding(start)) is None else i for start in starts]


def find_hedges(
    article: Article,
    *,
    lexicon: LexiconSource | Sequence[LexiconSource] | None = None,
    extra: LexiconSource | Sequence[LexiconSource] | None = None,
) -> pd.DataFrame:
    """One row per hedge or loaded word: ``sentence, start, end, text, cue, category, kind, rule, note``.

    Args:
        article: the article to read.
        lexicon: cue rules replacing the packaged ``hedges.csv`` and ``loaded.csv``: a CSV
            path, CSV text, a DataFrame with at least ``cue`` and ``category``, or a list of them.
        extra: cue rules added to the packaged (or given) ones, same forms. Use it to try
            a cue of your own and see the highlighter change.

    Returns:
        Rows sorted by ``start``. ``rule`` is ``lexicon:<file>:<line>`` for a cue-list row
        or ``scare-quote:<signal>`` (see `SCARE_QUOTE_RULES`); ``note`` says why the rule exists.

    Raises:
        MedialitError: a lexicon has a bad header, category or pattern (file and line named).
    """
    rules = hedge_lexicon(lexicon, extra)
    text = article.text
    hits, frames = _lexicon_hits(text, rules, reading(article).word_starts) if text else ([], [])
    if text and len(article.paragraphs):
        hedge_spans = {(h["start"], h["end"]) for h in hits if h["kind"] == "hedge"}
        loaded_spans = sorted((h["start"], h["end"]) for h in hits if h["category"] == "loaded-word")
        quotes, speech = _scare_quotes(article, frames, hedge_spans, loaded_spans)
        # A loaded word inside reported speech is the speaker's choice, not the writer's: skip it.
        # Hedges stay ("“We think...”": the speaker hedging is still a hedge on the claim).
        hits = [h for h in hits if h["kind"] != "loaded" or not (speech[h["start"]] and speech[h["end"] - 1])]
        hits = _generic_conditions(article, hits)
        hits += quotes
    frame = pd.DataFrame(hits, columns=COLUMNS[1:])
    frame = frame.sort_values(["start", "end"], ascending=[True, False], kind="stable").reset_index(drop=True)
    frame.insert(0, "sentence", pd.array(_sentence_ids(article, frame["start"]), dtype="Int64"))
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    return frame[COLUMNS]

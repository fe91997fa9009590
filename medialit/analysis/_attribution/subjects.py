"""The speaker when it is set off by commas: before a cue ("Jo Bell, 41, of Leeds, said") or after it ("said the chairman, Tom Barnes")."""

from __future__ import annotations

import re

from ...span import Span
from .._closed_words import BOUNDARY, PREPOSITIONS, WEEKDAYS_MONTHS
from .._noun_phrases import np_after, np_before
from .._tokens import rstrip_end
from .patterns import DESCRIPTION, NAME_APPOSITION, PARENTHETICAL, TIME_OPENERS
from .tracer import Tracer


def name_apposition(tr: Tracer, src: Span | None, end: int) -> Span | None:
    """Extend a source that ends the clause by a name in apposition: "said the chairman, Tom Barnes"."""
    if src is None:
        return None
    m = NAME_APPOSITION.match(tr.text, src[1], end)
    if not m:
        return src
    end_ = m.end(1)
    while end_ > m.start(1) and tr.text[end_ - 1] == ".":
        end_ -= 1  # the full stop of the sentence, not of the name
    return Span(src[0], end_)


_ARTICLES = ("the", "a", "an", "its", "his", "her", "their")


def apposition(tr: Tracer, rs: int, cs: int) -> tuple[int, int, set] | None:
    """The subject before comma-set phrases ending at the cue, as `np_before` returns it.

    "Sir Ann Lee, who chaired the inquiry, said" -> "Sir Ann Lee"; "The school's head,
    Mr Owusu, said" -> "The school's head, Mr Owusu" (a noun-phrase apposition is part
    of the name); "The official, speaking on condition of anonymity, said" -> "The
    official"; "Jo Bell, 41, of Leeds, pleaded" -> "Jo Bell". None unless every phrase
    between the subject and the cue is a parenthetical or an apposition.
    """
    text = tr.text
    end = text.rfind(",", rs, cs)  # the comma just before the cue
    lo = max(rs, end - 400)  # parentheticals are short: look at most this far back
    commas = [lo + m.start() for m in re.finditer(",", text[lo:end])][-4:]
    head = np_before(text, max(rs, end - 300), end)
    if (
        head is not None
        and not head[2]
        and head[1] == rstrip_end(text, end)
        and text[head[0] : head[1]][:1].isupper()
        and text[head[1] - 1] == ")"
    ):
        return head[0], head[1], set()  # "Rep. Jane Doe (D-Wis.), said": a stray comma after the name
    # Try the nearest comma first: the subject ends there, what follows is parenthetical.
    for n in range(len(commas) - 1, -1, -1):
        head = _head_before(text, rs, commas[n])
        if head is None:
            continue
        pieces = [Span(commas[j] + 1, commas[j + 1] if j + 1 < len(commas) else end) for j in range(n, len(commas))]
        src_end = _set_off(text, pieces, head[1])
        if src_end is not None:
            return head[0], src_end, set()
    return None


def _head_before(text: str, rs: int, comma: int) -> tuple[int, int, set] | None:
    """A subject ending right at `comma` (not a parenthetical like "of Hayle Street" or "41")."""
    head = np_before(text, max(rs, comma - 300), comma)
    if head is None or head[2] or head[1] != rstrip_end(text, comma):
        return None
    head_text = text[head[0] : head[1]]
    if head[0] == rs and sentence_opener(head_text):
        return None  # "Nevertheless, ...": no subject
    if head_text[:1].islower() and head_text.split()[0].lower() not in _ARTICLES:
        return None  # "of Hayle Street", "aged 41": a parenthetical, look further left
    if re.fullmatch(r"[\d\s]+", head_text):
        return None
    return head


def _set_off(text: str, pieces: list[Span], src_end: int) -> int | None:
    """The end of the source when every comma-set piece is a parenthetical or an apposition, else None.

    A short named phrase right after the subject is an apposition that belongs to it.
    """
    for k, (p0, p1) in enumerate(pieces):
        piece = text[p0:p1]
        if not piece.strip() or len(piece.split()) > 40 or re.search(r"[“”\"‘:;]", piece):
            return None
        if PARENTHETICAL.match(piece):
            continue
        np_ = np_after(text, p0 + len(piece) - len(piece.lstrip()), p1)
        words = piece.split()
        named = words[0][:1].isupper() or words[0].lower() in _ARTICLES
        whole_phrase = np_ is not None and np_[1] == p0 + len(piece.rstrip()) and len(words) <= 6 and named
        if not whole_phrase and not DESCRIPTION.fullmatch(piece):
            return None
        if k == 0 and whole_phrase:
            src_end = np_[1]  # "The school's headteacher, Mr Owusu"
    return src_end


# What may stand between a sentence's opening noun phrase and its verb: a comma-set
# apposition or clause ending in a comma, a relative clause without commas ("Voters who ...
# and who ... said"), or a participle modifier ("veterans interviewed at rallies ..., said").
_SET_OFF = re.compile(
    r"(?:,\s|\s+(?:who|which)\s|\s+[a-z]{3,}ed\s+(?:at|by|in|on|from|for|with|during)\s)[^:;]*,[”\"’']*\s*"
    r"|\s+(?:who|which)\s[^,:;]*"
)
# A comma-set piece that opens with a finite verb or a coordinated clause belongs to the main
# clause ("The plan, which leaked, is bad, said X"): the opening phrase is not the cue's subject.
_MAIN_CLAUSE = re.compile(
    r",\s*(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|and|but|or)\s", re.IGNORECASE
)
_OPENING_QUOTE = re.compile(r"\s*(?:[“\"‘]|'')")
_QUOTE_CLOSE = re.compile(r"[,!?][”\"’]+\s+|[,!?]''\s+")
_CONJUNCTION = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now)\s+)?")
# Capitalised sentence openers set off by a comma that are not a name ("Today, ...", "Well, ...").
_OPENERS = frozenset(
    "well today yesterday tonight now nevertheless nonetheless however moreover furthermore indeed instead "
    "meanwhile still yes no oh so then thus also again finally first second third overall together "
    "ultimately separately similarly likewise otherwise besides anyway regardless hence therefore "
    "asked speaking earlier later here there".split()
)


def sentence_opener(phrase: str) -> bool:
    """Is `phrase` (set off by a comma at a sentence's start) an opener, not a name ("Today", "Repeatedly")?"""
    words = phrase.lower().split()
    if not words or words[0] in PREPOSITIONS | BOUNDARY | TIME_OPENERS | _OPENERS | {"it", "this", "that", "if", "as"}:
        return True
    return len(words) == 1 and words[0].endswith("ly")


def _balanced_titles(stretch: str) -> bool:
    """Are the quote marks in `stretch` paired titles or short phrases ('“Going Viral,”'), not a quotation?"""
    if stretch.count("“") != stretch.count("”") or stretch.count('"') % 2 or stretch.count("''") % 2:
        return False
    quoted = re.findall(r"“([^”]*)”|\"([^\"]*)\"|''(.*?)''", stretch)
    return all(len("".join(q).split()) <= 8 for q in quoted)


def _opening_start(text: str, rs: int, cs: int) -> int | None:
    """Where the opening noun phrase may start: past a conjunction and a quotation opening the sentence."""
    start = _CONJUNCTION.match(text, rs, cs).end()
    conj = start > rs + len(text[rs:cs]) - len(text[rs:cs].lstrip())
    if _OPENING_QUOTE.match(text, start, cs):
        close = _QUOTE_CLOSE.search(text, start, cs)
        if close is None:
            return None
        start = close.end()
    return start if text[start : start + 1].isupper() or conj else None


def speaker_follows(text: str, ce: int, re_: int) -> bool:
    """Does a speaker follow the cue and end the clause ("..., said the director, Jo Bell, on Monday.",
    "..., said Jo Bell.")? Then the content came before the cue, and no phrase before it is its subject."""
    after = np_after(text, ce, re_)
    if after is None:
        return False
    rest = text[after[1] : re_]
    return bool(re.match(r"\s*,", rest)) or (
        len(text[after[0] : after[1]].split()) <= 4 and bool(re.match(r"\s*(?:[.!?;]|$)", rest))
    )


def opening_subject(tr: Tracer, rs: int, cs: int, ce: int, re_: int) -> tuple[int, int, set] | None:
    """`opening-subject`: the noun phrase opening the sentence is the subject of a cue it is far from.

    "Sam Roe, a contestant on “The Show,” who went on to work for him, said ...", "Some
    voters who have listened to him over the years, on television or at rallies, said ...",
    "“It is over,” Ann Lee, the party's chair since 2014, said": the phrase is followed by an
    apposition, a relative clause or a participle modifier that runs up to the cue. None when a
    piece between them opens with a finite verb or a conjunction, holds a colon, semicolon or a
    quotation (not a short title), when the stretch is longer than a long apposition, or when a
    speaker follows the cue ("..., said the mayor, Jo Bell.").
    """
    text = tr.text
    if speaker_follows(text, ce, re_):
        return None
    start = _opening_start(text, rs, cs)
    if start is None or cs - start > 300:
        return None
    head = np_after(text, start, cs)
    if head is None or head[1] >= cs:
        return None
    modifier = re.search(r"\s+[a-z]{3,}ed$", text[head[0] : head[1]])
    if modifier:  # "veterans interviewed at rallies": the participle opens a modifier
        head = Span(head[0], head[0] + modifier.start())
    if sentence_opener(text[head[0] : head[1]]):
        return None
    stretch = text[head[1] : cs]
    if not _SET_OFF.fullmatch(stretch) or _MAIN_CLAUSE.search(stretch) or not _balanced_titles(stretch):
        return None
    return head[0], head[1], set()


# Words opening a subordinate clause before the main one ("When the vote ended, ...").
_SUBORDINATORS = frozenset("when after as while if although though because since before once until whereas".split())
# An opening phrase up to its comma ("Asked on Monday whether he would serve, ...").
_INTRO = re.compile(r"[^,;:“”\"]{0,160}?,\s*")


# What may stand between an opening phrase's head and its comma ("Hours later,", "Most recently,").
_TIME_GAP = re.compile(r"(?:\s+(?:later|earlier|ago|after|before|then|since|[a-z]+ly)){0,2},\s*")


# Irregular pasts a chunker takes for nouns ("Bush thought for a moment", "Obama met with").
_IRREGULAR_PAST = frozenset(
    "said told took shook thought met went came made gave spoke wrote ran began won got held sat stood saw heard "
    "felt kept brought sent lost paid read sought struck fought drew threw knew grew drove rose chose broke swore sang".split()
)
# Adverbs between a subject and its verb ("Sanders often questions", "Trump later referred").
_MID_ADVERBS = frozenset("often also later then once again still never always soon first further".split())


def _clause_subject(text: str, pos: int, stop: int) -> Span | None:
    """The noun phrase at `pos`, cut where the chunker ran on into its verb: an -ed form, an irregular past
    or an adverb after the head ("Carson took the stage" -> "Carson", "Black voters" stays whole)."""
    src = np_after(text, pos, stop, max_tokens=10)
    if src is None:
        return None
    words = list(re.finditer(r"\S+", text[src[0] : src[1]]))
    for n, w in enumerate(words[1:], start=1):
        low = w.group()
        if low.islower() and (
            (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PAST | _MID_ADVERBS or low.endswith("ly")
        ):
            return Span(src[0], src[0] + words[n - 1].end())
    return src


def _is_intro(word: str) -> bool:
    """Does `word` open an introductory phrase rather than the subject ("In", "Last", "Asked", "Speaking")?"""
    low = word.lower()
    if low in PREPOSITIONS | WEEKDAYS_MONTHS | TIME_OPENERS | _OPENERS:
        return True
    return word[:1].isupper() and low.endswith(("ed", "ing")) and len(low) > 4


def sentence_subject(text: str, s_start: int, stop: int) -> Span | None:
    """`sentence-subject`: the subject of the sentence's main clause, for a verb that shares it
    ("The judge refused bail, saying ...", "Asked about it, Ann Lee shook her head and said ...").

    An opening phrase ending in a comma (a time, a place, a participle: "Asked on Monday ...,")
    is skipped; a subordinate clause ("When Jo Bell thanked the crowd and said ...") holds the
    subject itself when the verb is inside it. The phrase ends at its last capitalised word when
    the chunker ran on into the verb ("Bush thought for a moment" -> "Bush").
    """
    pos = re.compile(r"[\s“\"‘'(\[]*").match(text, s_start, stop).end()  # a sentence opening a quotation
    pos = _CONJUNCTION.match(text, pos, stop).end()
    first = re.match(r"[\w’'-]+", text[pos:stop])
    if first is None:
        return None
    intro = _INTRO.match(text, pos, stop)
    if first.group().lower() in _SUBORDINATORS:
        # the main clause follows the subordinate one, unless the verb is inside it
        pos = (
            intro.end()
            if intro
            else pos + first.end() + len(text[pos + first.end() : stop]) - len(text[pos + first.end() : stop].lstrip())
        )
    elif intro and _is_intro(first.group()):
        pos = intro.end()
    src = _clause_subject(text, pos, stop)
    for _ in range(2):
        # "Hours later, Trump returned ...", "At an event in Athens, Ohio, Jo Bell railed ...": a phrase set
        # off by a comma and followed by a subject and its verb was an introduction; an apposition
        # ("Jo Bell, the mayor, said") is followed by a comma instead, and the name stays.
        comma = _TIME_GAP.match(text, src[1], stop) if src else None
        nxt = _clause_subject(text, comma.end(), stop) if comma else None
        if nxt is None or text[nxt[0] : nxt[1]].split()[0].lower() in PREPOSITIONS:
            break
        if re.fullmatch(r"[a-z]{2,}ing", text[nxt[0] : nxt[1]].split()[0]):
            break  # ", holding signs and chanting ...": a participle phrase after the clause, not a new subject
        if not re.match(r"\s+(?:[a-z]+ly\s+)?[a-z]", text[nxt[1] : nxt[1] + 30]):
            break
        src = nxt
    return src

"""The speaker when it is set off by commas: before a cue ("Jo Bell, 41, of Leeds, said") or after it ("said the chairman, Tom Barnes")."""

from __future__ import annotations

import re

from ...span import Span
from .._noun_phrases import np_after, np_before
from .patterns import DESCRIPTION, NAME_APPOSITION, PARENTHETICAL
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
        and head[1] == len(text[:end].rstrip())
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
    if head is None or head[2] or head[1] != len(text[:comma].rstrip()):
        return None
    head_text = text[head[0] : head[1]]
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

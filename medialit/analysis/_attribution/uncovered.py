"""Quotations no cue of the lexicon reached, read by their shape: the speaker named right before or after.

Real news introduces quotations with verbs no list holds ("Toomey fumed", "Trump barked",
"the sign read"), and the shape alone says who speaks:

- ``quote-speaker``: a quotation opening its sentence and ending with a comma, question or
  exclamation mark inside the marks, then a speaker and one verb ('“Sit down,” Trump barked.')
  or the verb and then a named speaker ('“Sit down,” barked the host.');
- ``quote-intro``: a clause whose subject is a noun phrase, ending with a comma or a colon
  right before a quotation that ends the sentence ('The mayor emphasized, “We are ready.”',
  'Article 3 affirms: “No state shall ...”'); the quotation opens with a capital, so a list of
  quoted words ('three words: “jobs,” “jobs” and “jobs.”') is no statement;
- ``quote-fragment``: quoted words in the clause of a speaker's verb: a name or a pronoun, or a
  phrase with an article and a verb in the past ('a fisherman shouted “...”'), perhaps after an
  auxiliary ('has complained that ... were “...”'); one quoted word is enough;
- ``quote-dash-speaker``: a quotation signed by a dash and a name ('“...”' then '- Jo Bell.').

Only quotations that no other statement's content covers are read, so the lexicon's rules
always come first.
"""

from __future__ import annotations

import re

from ...quotes import Quote
from ...span import Span
from .._closed_words import AUX_SKIP, BE_FORMS, DETERMINERS, MODALS, PREPOSITIONS, PRONOUNS, QUANTIFIERS
from .._intervals import IntervalIndex
from .._noun_phrases import np_after, np_before
from .._tokens import rstrip_end, strip_span
from .lexicons import is_colon_word
from .row import Row
from .tracer import Tracer

#: The rules this module adds (documented in `attributions.RULES`), in the order tried.
SHAPE_RULES = {
    "quote-speaker": "'“...,” the host barked' / '“...?” scoffed X': a quotation, then a speaker and any verb",
    "quote-intro": "'X emphatically proclaimed, “...”', 'Article 3 affirms: “...”', 'pollster Jo Bell: “...”'",
    "quote-fragment": "'X condemned “such a murderous attack”', 'X has complained that ... were “ignoring it”', "
    "'a fisherman shouted “...”': quoted words in the clause of a speaker's verb",
    "quote-dash-speaker": "'“...”' then a line '- Jo Bell, Leeds.': a quotation signed by a name after a dash",
}

# A verb after a speaker: a past tense, a present in -s, or a common irregular past.
_VERB = r"(?:[a-z]{2,}ed|[a-z]{3,}s|wrote|spoke|went\s+on|shot\s+back|sang|swore|began|thought|told|said|read|put\s+it)"
# The verb after the speaker, perhaps past a short phrase that places them ("a staffer in the room wondered").
_SPEAKER_VERB = re.compile(
    rf"(?:\s+(?:in|at|of|from|for|with|on)\s+(?:[\w’'.-]+\s+){{0,4}}?)?\s*(?:[a-z]+ly\s+)?({_VERB})(?![\w’'-])"
)
_VERB_SPEAKER = re.compile(rf"\s+({_VERB})\s+(?=(?:(?-i:[A-Z])|the\s|a\s|an\s|one\s|another\s))")
# What may end the reporting clause after the verb (or after an inverted speaker): punctuation, a
# preposition, an adverb, a conjunction, or a recipient ("Trump assured Jones, ...", "Todd asked the host.").
_CLAUSE_ENDS = re.compile(
    r"\s*(?:[.,;:!?—–]|--|$)|\s+(?:[a-z]+ly|on|in|at|to|after|before|during|with|as|about|from|of|for|back|"
    r"again|then|later|earlier|last|this|when|while|upon|into|outside|the|him|her|them|reporters|and|but|out|up|off)\b"
    r"|\s+(?-i:[A-Z])"
)
# Words that open a clause before its subject ("As X put it,", "But the sign read:").
_OPENERS = re.compile(r"(?:(?:as|and|but|so|then|now|later|still|yet|also|meanwhile|with)\s+)+", re.IGNORECASE)
# Quoted words that open like a statement: a capital, a digit or an ellipsis.
_STATEMENT_OPEN = re.compile(r"[\s“”\"‘'(\[]*(?:[A-Z0-9]|…|\.\.\.)")
_NOT_SPEAKERS = frozenset(
    {"it", "this", "that", "there", "what", "which", "here", "why", "how", "who", "where", "when"}
)
_MAX_INTRO_WORDS = 12
# A quoted title: every word capitalised but the small ones.
_TITLE = re.compile(
    r"(?:(?-i:[A-Z0-9])[\w’'.:-]*|a|an|the|of|and|in|on|for|to|with|at|by|or)(?:\s+(?:(?-i:[A-Z0-9])[\w’'.:-]*|"
    r"a|an|the|of|and|in|on|for|to|with|at|by|or))*"
)
# Verbs after which quoted words are a label or a possession, not something said.
_NOT_FRAGMENT_VERBS = frozenset(
    {"has", "have", "had", "got", "gets", "became", "becomes", "seemed", "seems", "felt", "for", "of"}
)
# A reporting verb opening the sentence before its speaker and a quotation ("Said Comey, “...”").
_FRONTED = re.compile(
    r"\s*(Said|Says|Stated|Added|Adds|Wrote|Writes|Asked|Continued|Explained|Noted|Replied|Concluded|Tweeted)\s+"
    r"((?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4})\s*(?:,[^“”\"\n]{1,120})?"
)
# A subordinate clause closing the verb phrase before a quotation ("... as his friends jeered, “...”").
_SUBORDINATE_SPEAKER = re.compile(r"(?<![\w-])(?:as|while|when|because|since|until)\s+", re.IGNORECASE)
# Words after which a name before a colon is what is spoken of, not who speaks ("said of Mr. Lee:").
_NOT_BEFORE_NAME = PREPOSITIONS | {"of", "for", "by", "like"}
# A name (capitalised words, initials, a party tag) right before a colon.
_NAME_AT_COLON = re.compile(
    r"(?<![\w’'.-])((?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4}(?:\s+\([\w.,-]{2,12}\))?)\s*:$"
)


def uncovered_quotes(tr: Tracer, rows: list[Row]) -> list[Row]:
    """Rows for the outer quotations no content covers, read by `_speaker_after` or `_speaker_before`."""
    spans = sorted((r.content_start, r.content_end, _anchor(r)) for r in rows if r.content_start is not None)
    near = IntervalIndex((s, e) for s, e, _ in spans)  # a scan over every content per quotation was quadratic
    out = []
    for q in tr.quotes:
        if q.level != 0 or q.inner_end - q.inner_start < 2 or _covered([spans[i] for i in near.touching(*q.inner)], q):
            continue
        row = _speaker_after(tr, q) or _speaker_before(tr, q) or _fragment_speaker(tr, q) or _dash_speaker(tr, q)
        if row is not None:
            out.append(row)
    return out


def _anchor(r: Row) -> int | None:
    return r.cue_start if r.cue_start is not None else r.source_start


def _covered(spans: list[tuple[int, int, int | None]], q: Quote) -> bool:
    """Does a statement read from outside the quotation hold it? (A cue inside it reports a nested statement.)"""
    return any(
        s < q.inner_end and q.inner_start < e and (a is None or not q.start <= a < q.end)
        for s, e, a in spans
        if s < q.end
    )


def _row(tr: Tracer, q: Quote, rule: str, source: Span, cue: Span) -> Row | None:
    c0, c1 = strip_span(tr.text, q.inner_start, q.inner_end, " \t\r\n\u00a0,")
    if c1 - c0 < 2:
        return None
    row = Row(cue[0], cue[1], "neutral", rule, source_start=source[0], source_end=source[1])
    row.content_start, row.content_end = c0, c1
    return row


def _speaker_after(tr: Tracer, q: Quote) -> Row | None:
    """'“...,” X fumed' / '“...,” fumed X': the quotation opens its sentence; a speaker and a verb follow."""
    text = tr.text
    inner = text[q.inner_start : q.inner_end].rstrip()
    found = tr.sentence_span(q.start)
    if not q.closed or not inner or inner[-1] not in ",?!—–" or found is None or text[found[1] : q.start].strip():
        return None
    end = min(len(text), q.end + 200)
    inverted = _VERB_SPEAKER.match(text, q.end, end)
    if inverted:
        src = np_after(text, inverted.end(), end, max_tokens=10)
        if src and _CLAUSE_ENDS.match(text, src[1], end) and _speaker(text, src):
            return _row(tr, q, "quote-speaker", src, inverted.span(1))
        return None
    src = _subject(text, q.end + len(text[q.end : end]) - len(text[q.end : end].lstrip()), end)
    if src is None or text[q.end : src[0]].strip() or "\n" in text[q.end : src[0]]:
        return None
    verb = _SPEAKER_VERB.match(text, src[1], end)
    if not verb or verb.group(1) in PREPOSITIONS or not _CLAUSE_ENDS.match(text, verb.end(), end):
        return None
    if not (_speaker(text, src) or _document_reads(text, src, verb.group(1))):
        return None
    return _row(tr, q, "quote-speaker", src, verb.span(1))


def _document_reads(text: str, src: Span, verb: str) -> bool:
    """'“...,” it read.': "it" speaks when it is a written text that reads (a sign, a letter, an email)."""
    return text[src[0] : src[1]].lower() == "it" and verb.lower() in {"read", "reads"}


def _speaker_before(tr: Tracer, q: Quote) -> Row | None:
    """'The mayor emphasized, “...”': a clause with a subject ends with a comma or colon at the quotation."""
    text = tr.text
    if not _STATEMENT_OPEN.match(text, q.inner_start, q.inner_end) or not _ends_sentence(tr, q):
        return None
    mark = rstrip_end(text, q.start)
    if mark == 0 or text[mark - 1] not in ",:" or (text[mark - 1] == "," and "\n" in text[mark : q.start]):
        return None
    found = tr.sentence_span(mark - 1)
    if found is None or tr.index.roles[found[0]] == "boilerplate":
        return None
    fronted = _FRONTED.fullmatch(text, found[1], mark - 1)
    if fronted:  # "Said Comey, “...”", "Stated Stone: “...”": the verb comes first
        return _row(tr, q, "quote-intro", fronted.span(2), fronted.span(1))
    named = _NAME_AT_COLON.search(text, found[1], mark) if text[mark - 1] == ":" else None
    before = text[max(found[1], named.start(1) - 12) : named.start(1)].split() if named else []
    if (
        named
        and not is_colon_word(named.group(1).lower(), "label")
        and not (before and before[-1].lower() in _NOT_BEFORE_NAME)
    ):
        # "... doesn't surprise pollster Daron Shaw: “...”", "- Jo Bell: “...”": the name before the colon speaks
        return _row(tr, q, "quote-intro", named.span(1), (mark - 1, mark))
    src, cue = _intro_speaker(text, found[1], mark - 1)
    if src is None:
        return None
    words = text[cue[0] : cue[1]].split()
    if (
        not words
        or len(words) > _MAX_INTRO_WORDS
        or re.search(r"[“”\"]|(?<![\w-])(?:that|which|quote)(?![\w-])", text[cue[0] : cue[1]])
    ):
        return None  # "bottles that said:", "and I quote,": the speaker is not the clause's subject
    first = words[0].lower()
    placed = first in PREPOSITIONS and _SPEAKER_VERB.fullmatch(text, src[1], cue[1]) is not None
    if not first.isalpha() or not words[0][0].islower() or (first in PREPOSITIONS and not placed) or first in BE_FORMS:
        return None  # no verb after the subject ("Gov. Lee, in Ohio,"), or a copula ("The rule is:")
    sub = _SUBORDINATE_SPEAKER.search(text, cue[0], cue[1])
    if sub:  # "Freddy circled it as his friends jeered, “...”": the clause ending at the quotation speaks
        inner = np_after(text, sub.end(), cue[1], max_tokens=8)
        verb = _SPEAKER_VERB.fullmatch(text, inner[1], cue[1]) if inner else None
        owner = inner is not None and text[inner[0] : inner[1]].split()[0].lower() in {"his", "her", "their", "its"}
        pronoun = inner is not None and text[inner[0] : inner[1]].lower() in PRONOUNS  # "X did it best when he wrote"
        if verb is not None and not pronoun and (owner or _speaker(text, inner)):
            src, cue = inner, verb.span(1)
    return _row(tr, q, "quote-intro", src, cue)


def _fragment_speaker(tr: Tracer, q: Quote) -> Row | None:
    """'Merkel condemned “such a murderous attack”': quoted words as the object of a named speaker's verb."""
    text = tr.text
    inner = text[q.inner_start : q.inner_end]
    if not q.closed or len(inner.split()) < 1 or _TITLE.fullmatch(inner.strip(" ,.!?")):
        return None  # a title ("This Week", "The X-Files", "Person of the Year") names a work, it says nothing
    found = tr.sentence_span(q.start)
    if found is None or tr.index.roles[found[0]] == "boilerplate" or found[1] >= q.start:
        return None
    clause = max(found[1], *(text.rfind(ch, found[1], q.start) + 1 for ch in ',;:—–(“”"'))
    start = _skip_openers(text, clause, q.start)
    who = re.match(r"who(?=\s)", text[start : start + 4])
    src = Span(start, start + 3) if who else _subject(text, start, q.start)
    if src is None or not _fragment_subject(text, src):
        return None
    cue = strip_span(text, src[1], q.start)
    words = text[cue[0] : cue[1]].split()
    if not words or len(words) > _MAX_INTRO_WORDS or not words[0].isalpha() or not words[0].islower():
        return None
    if words[0] in PREPOSITIONS | BE_FORMS | MODALS | _NOT_FRAGMENT_VERBS and not _auxiliary_verb(words):
        return None  # "Lee is “tired”", "Lee has “concerns”", "Lee would pay for “reform”": not quoted words
    if not _named(text, src) and not (_PAST.fullmatch(words[0]) or _auxiliary_verb(words)):
        return None  # "The new rules apply to “...”": a plural noun taken for a verb after a phrase with no name
    if tr.rx.search(text, cue[0], cue[1]):
        return None  # "said on ABC's “This Week”": a cue of the lexicon read this clause already
    row = _row(tr, q, "quote-fragment", src, cue)
    if row is not None and text[src[0] : src[1]].lower() == "who":
        head = np_before(text, max(found[1], src[0] - 300), rstrip_end(text, src[0], " \t\u00a0,"))
        if head is not None:  # "Ann Lee, who has called it “a disgrace”": the relative pronoun stands for Ann Lee
            row.extra["antecedent"] = (head[0], head[1])
    return row


# A verb in the past ("A fisherman shouted “...”"), never a plural noun in -s the chunker took for a verb.
_PAST = re.compile(r"[a-z]{2,}ed|wrote|spoke|sang|swore|began|thought|told|said|read|put|made|gave|took")
# A verb form after an auxiliary: a participle ("has hailed", "is promising") or an irregular past participle.
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|ing)|said|told|made|put|sung|sworn|written|spoken|thought|led|run")


def _auxiliary_verb(words: list[str]) -> bool:
    """Does the verb phrase open with an auxiliary and a verb ("has complained", "have long campaigned
    against", "is promising")? Not a possession or a copula ("has “concerns”", "is “tired”")."""
    n = 1
    while n < len(words) - 1 and (words[n] in AUX_SKIP or re.fullmatch(r"[a-z]+ly", words[n])):
        n += 1  # "has long campaigned", "has consistently pushed"
    if n >= len(words) or words[n] == "been" or not _PARTICIPLE.fullmatch(words[n]):
        return False
    # "has hailed", "is promising"; not a passive ("was asked about “...”": the subject is not the speaker)
    return words[0] in {"has", "have", "had"} or (words[0] in BE_FORMS and words[n].endswith("ing"))


# Words that open a noun phrase naming someone not by name ("the administration", "a man", "one ad").
_SOMEONE = frozenset(
    {"the", "a", "an", "his", "her", "their", "its"} | QUANTIFIERS - {"both", "all", "most", "more", "other"}
)


def _fragment_subject(text: str, src: Span) -> bool:
    """A subject that can speak: a name or personal pronoun (`_named`), or a noun phrase opening with an
    article or a quantifier ("the administration", "a man"); not a contraction ("Lee’s not going")."""
    phrase = text[src[0] : src[1]]
    if re.search(r"[’']s$", phrase):
        return False
    if phrase.lower() == "who":
        return True  # a relative clause's subject: its antecedent speaks ("Ann Lee, who has called it “...”")
    words = phrase.split()
    if len(words) == 1 and phrase.lower() in DETERMINERS | QUANTIFIERS:
        return False  # "Both" cut from "Both candidates defended": no speaker left
    return _named(text, src) or (len(words) > 1 and words[0].lower() in _SOMEONE)


# A signature: a dash and a name, perhaps a description after a comma ("- Jo Bell, Leeds.").
_SIGNATURE = re.compile(
    r"[ \t\u00a0]*[-–—]{1,2}[ \t\u00a0]*((?-i:[A-Z])[\w’'.-]+(?:[ \t\u00a0]+(?-i:[A-Z])[\w’'.-]*){0,4}?)"
    r"[ \t\u00a0]*(?:,[^\n]{0,120})?[.]?[ \t\u00a0]*(?:\n|$)"
)


def _dash_speaker(tr: Tracer, q: Quote) -> Row | None:
    """`quote-dash-speaker`: a quotation signed by a dash and a name right after it or, when it ends its
    paragraph, on the next line ('“...”' / '- Bernie Sanders.'): quotation digests and fact checks."""
    text = tr.text
    n = tr.para_of(q.start)
    if n is None or not q.closed:
        return None
    sig = _SIGNATURE.match(text, q.end)
    if sig is None and not text[q.end : tr.paras[n][1]].strip(" \t\u00a0.") and n + 1 < len(tr.paras):
        sig = _SIGNATURE.match(text, tr.paras[n + 1][0])
    if sig is None or sig.group(1).split()[0].lower() in _NOT_SPEAKERS:
        return None
    name = strip_span(text, *sig.span(1))
    dash = re.search(r"[-–—]", text[sig.start() : sig.start(1)]).start() + sig.start()
    return _row(tr, q, "quote-dash-speaker", name, (dash, dash + 1))


def _named(text: str, src: Span) -> bool:
    """A person or body named by a capitalised name or a personal pronoun, not "it" or "the plan"."""
    phrase = text[src[0] : src[1]]
    if phrase.split()[0].endswith("ing") or phrase.isupper():
        return False  # "Citing the attack", a capitalised headline
    return phrase.lower() in {"he", "she", "they", "we", "i"} or (
        phrase[0].isupper() and _speaker(text, src) and phrase.split()[0].lower() not in DETERMINERS
    )


def _skip_openers(text: str, pos: int, end: int) -> int:
    pos += len(text[pos:end]) - len(text[pos:end].lstrip())
    opener = _OPENERS.match(text, pos, end)
    return opener.end() if opener else pos


def _intro_speaker(text: str, s_start: int, end: int) -> tuple[Span | None, Span]:
    """The speaker and the verb phrase of the clause ending at `end`: its own subject, or, when the clause
    opens with a verb ("Jo Bell, the mayor, reacted sharply,"), the subject opening the sentence."""
    clause = max(s_start, *(text.rfind(ch, s_start, end) + 1 for ch in ",;—–("))
    start = _skip_openers(text, clause, end)
    src = _subject(text, start, end)
    if src is not None and _speaker(text, src):
        return src, strip_span(text, src[1], end)
    first = re.match(r"[\w’']+", text[start:end])
    if not first or not text[start].islower() or clause == s_start or first.group() in _NOT_SPEAKERS | PRONOUNS:
        return None, Span(end, end)  # the clause has a subject of its own, which speaks for nobody ("it gets better:")
    opening = re.match(
        r"(?:(?:in|on|at|after|during|last|this|earlier|later)\b[^,]{0,60},\s*)?", text[s_start:end], re.I
    )
    src = _subject(text, _skip_openers(text, s_start + opening.end(), end), end)
    coordinated = re.match(r"\s*(?:and|but)\s", text[clause:start])
    if src is None or not _speaker(text, src) or not (coordinated or re.match(r"\s*[,(]", text[src[1] : src[1] + 2])):
        return None, Span(end, end)  # the sentence's subject: set off by commas, or sharing a coordinated verb
    return src, strip_span(text, start, end)


def _subject(text: str, start: int, end: int) -> Span | None:
    """The noun phrase opening [start, end), without a trailing -ly adverb ("Clinton emphatically") or
    verb the chunker took for a noun ("Article 33 affirms", "Jun wrote")."""
    src = np_after(text, start, end, max_tokens=10)
    if src is None or src[0] != start:
        return None
    words = list(re.finditer(r"\S+", text[src[0] : src[1]]))
    while len(words) > 1 and re.fullmatch(r"[a-z]+ly", words[-1].group()):
        words.pop()
    if len(words) > 1 and re.fullmatch(_VERB, words[-1].group()):
        words.pop()
    capitalised = [n for n, w in enumerate(words) if w.group()[0].isupper()]
    ran_on = (
        capitalised and capitalised[-1] + 1 < len(words) and re.fullmatch(_VERB, words[capitalised[-1] + 1].group())
    )
    if capitalised and (capitalised[0] == 0 and words[0].group().lower() not in DETERMINERS or ran_on):
        # A name ends at its last capitalised word (or the noun after a possessive one): the lower-case
        # words after it are the verb phrase the chunker ran on into ("Trump went even further", "the
        # Rainmakers sang back in 1985").
        last = max(n for n, w in enumerate(words) if w.group()[0].isupper() or w.group()[0] in "(0123456789")
        last += 1 if re.search(r"[’']s$", words[last].group()) and last + 1 < len(words) else 0
        words = words[: last + 1]
    return Span(src[0], src[0] + words[-1].end())


def _speaker(text: str, src: Span) -> bool:
    """A phrase that can name a speaker: a name, a pronoun or a determiner phrase, not "perhaps the ..."."""
    phrase = text[src[0] : src[1]]
    first = phrase.split()[0].lower()
    if phrase.lower() in _NOT_SPEAKERS or not phrase[0].isalpha() or first in PREPOSITIONS | {"of"}:
        return False
    return phrase[0].isupper() or first in DETERMINERS or first in QUANTIFIERS or first in PRONOUNS


def _ends_sentence(tr: Tracer, q: Quote) -> bool:
    """Nothing but closing punctuation between the quotation and the end of its sentence or paragraph
    (a bracketed source after it, '“...” [HuffPost.]', opens no clause of its own)."""
    rest = tr.text[q.end : q.end + 6]
    return (
        not q.closed
        or re.match(r"[.!?)\]]*(?:\s*$|\s+(?:[A-Z0-9“\"‘(\[]|$)|\s*\n|\s+(?:-|--|–|—)\s)", rest) is not None
    )

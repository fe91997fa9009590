"""Claims and denials: which statements assert, which deny, and what each denial denies.

`find_claims(article)` turns every reported statement (from `trace_attributions`) into a
row with `stance` ``claim`` or ``denial`` and the `actor` who makes it, adds withheld
denials ("did not deny"), and links each denial to the claim it denies (`target`).

A statement is a **denial** when its cue is a denial verb (``lexicons/speech_acts.csv``, view
``denials``, category ``verb``: denied, rejected, repudiated, dismissed, refuted, rebutted), a reporting
phrase of attribution category ``denial`` in the same file ("pleaded not guilty",
"maintained his innocence"), or when its content carries a verdict ("the reports were
found ‘untrue’", "baseless", "fake news", "a pack of lies", "without merit", "no airstrike
took place"); the verdict belongs to the innermost statement whose content holds it and
becomes its cue, except after a judging verb ("branded the story “a pack of lies”",
"described the claims as absurd"), which keeps its verb. Real news adds judging words
("misleading", "cherry-picked"), negated inferences ("does not mean"), denials of knowledge
("was unaware", "did not recall") and the writer's own labels ("a false claim", "contrary to
his claims"), all verdict rows. Rule ``rebuttal``: a rebuttal verb with a claim as its object
("rejected the senator's claim", "pushed back against", "disagrees with") is a denial by the
noun phrase before it even where no reported statement follows (lexicon category ``rebuttal``).
A "declined to comment" row (category ``withheld``) is neither a claim nor a denial and gets
no row. A plain negation ("did not strike", category ``weak``) is a denial only when it can
be linked to a claim it negates.

Withheld denials ("did not deny", "refused to deny", "would neither confirm nor deny")
are NOT denials: they get ``stance="claim"`` and ``negated=True``, so counting
``stance == "denial"`` never counts them. "denied entry/access" is not a speech act and
is blocked by a pseudo entry. "no plans to pull out" is a claim with negative content.

Linking (`target`): the first rule that finds a claim by someone else, in order
``object`` (a claim inside the denial's content), ``anaphora`` ("the reports" points back),
``overlap`` (most shared words), then ``headline-lead`` for a headline denial; the rules are
in `claim_links.py`.

How the work is split: `claim_rows.py` makes the rows (statements, then the lexicon's
cues, one named rule per category), `claim_links.py` links denials to targets,
`claim_index.py` indexes the claims for that; this module loads the lexicon, runs the
steps in order and builds the frame.

Extra column, appended: ``attribution`` (the `trace_attributions` id the row comes from).
"""

from __future__ import annotations

import pandas as pd

from ..lexicon import cue_regex, load_lexicon, read_lexicon, view_categories
from ..sentence_index import SentenceIndex
from ._row_views import FrameColumns, FrameRows
from .attributions import trace_attributions
from .claim_links import headline_targets, link
from .claim_rows import Rebuttals, cue_rows, settle_weak, statement_rows
from .reading import reading
from .registry import SPAN_COLUMNS, STATEMENT_COLUMNS
from .word_starts import WordStarts

COLUMNS = [
    *SPAN_COLUMNS,
    "stance",
    "actor",
    *STATEMENT_COLUMNS,
    "target",
    "negated",
    "rule",
]
EXTRA_COLUMNS = ["attribution"]
CATEGORIES = view_categories("denials")  # verb, verdict, weak, negated, pseudo, rebuttal (lexicon.SCHEMAS)


def _lexicon(lexicon) -> pd.DataFrame:
    if lexicon is None:
        return load_lexicon("denials", categories=CATEGORIES)
    return read_lexicon(lexicon, categories=CATEGORIES)


def _lexicon_cues(text: str, lex: pd.DataFrame, words: WordStarts) -> list[tuple[int, int, str, int]]:
    """(start, end, category, lexicon line) of each denial-lexicon cue in `text`, in text order."""
    rx = cue_regex(lex)
    # Row lookups as plain dicts: a pandas .loc per cue costs more than the match.
    category_of = dict(zip(lex.index, lex["category"]))
    line_of = dict(zip(lex.index, lex["line"]))
    cues = []
    for m in words.finditer(rx):  # tried only where a cue's first word starts
        n = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        cues.append((m.start(), m.end(), category_of[n], int(line_of[n])))
    return cues


def find_claims(article, *, attributions: pd.DataFrame | None = None, lexicon=None) -> pd.DataFrame:
    """One row per claim or denial, sorted by `start`.

    Args:
        article: an `Article`.
        attributions: the frame from `trace_attributions(article)`, if already computed.
        lexicon: optional denial lexicon replacing the packaged ``denials`` rows of ``speech_acts.csv``.

    Returns:
        A DataFrame with the columns of docs/architecture.md (+ ``attribution``).
    """
    text = article.text
    if attributions is None:
        attributions = trace_attributions(article)
    if not text or not len(article.sentence_table):
        return _frame([], text, None)
    index = reading(article).sentences  # the article's one sentence index
    cues = _lexicon_cues(text, _lexicon(lexicon), reading(article).word_starts)
    # Views of the columns the rules read: a dict per row (to_dict) would cost 2x the text at the peak.
    atts = FrameRows(attributions, _ATT_COLUMNS)
    rebuttals = Rebuttals(cues)
    rows, by_att = statement_rows(atts, cues, rebuttals)  # 1. each reported statement
    rows += cue_rows(text, index, cues, atts, by_att, rebuttals)  # 2. the lexicon's cues, rule by category
    del atts, by_att  # not needed below: free them before the frame is built
    rows.sort(key=lambda r: (r["start"], -r["end"]))
    for i, r in enumerate(rows):
        r["id"] = i
    link(rows, text, index, attributions)  # 3. each denial's target
    settle_weak(rows, text)  # 4. a plain negation is a denial only if it found a claim to negate
    headline_targets(rows, text, index)  # 5. a headline denial answers what the lead's denial answers
    return _frame(rows, text, index, _SharedStrings(attributions))


#: The attribution columns the claim rules read.
_ATT_COLUMNS = (
    "id", "start", "end", "source", "source_resolved", "cue", "cue_start", "cue_end",
    "content_start", "content_end", "rule", "cue_category",
)  # fmt: skip


class _SharedStrings:
    """The attribution frame's text, content and cue strings, for a claim to share instead of copying.

    Looked up by the claim's attribution id (its row in the frame, as `trace_attributions`
    numbers them): no index by span is built, which would cost twice the text at the peak.
    """

    _SPANS = (("start", "end", "text"), ("content_start", "content_end", "content"), ("cue_start", "cue_end", "cue"))

    def __init__(self, attributions: pd.DataFrame) -> None:
        numbered = "id" in attributions.columns and list(attributions["id"]) == list(range(len(attributions)))
        self.columns = [
            (attributions[s].array, attributions[e].array, attributions[c].array)
            for s, e, c in self._SPANS
            if numbered and {s, e, c} <= set(attributions.columns)
        ]

    def get(self, att, s: int, e: int) -> str | None:
        """The string of attribution `att` whose span is ``[s, e)``, if there is one."""
        if att is None or pd.isna(att):
            return None
        for starts, ends, strings in self.columns:
            s0, e0 = starts[int(att)], ends[int(att)]
            if s0 is not pd.NA and e0 is not pd.NA and s0 == s and e0 == e:
                return strings[int(att)]
        return None


#: The claim columns that may be absent: nullable integers (`<NA>`).
_NULLABLE = ("sentence", "cue_start", "cue_end", "content_start", "content_end", "target", "attribution")


def _frame(
    rows: list[dict], text: str, index: SentenceIndex | None, shared: _SharedStrings | None = None
) -> pd.DataFrame:
    def piece(s: int, e: int, att) -> str:
        # A claim's span is mostly its attribution's: share that string instead of a copy per frame.
        got, sliced = (shared.get(att, s, e) if shared else None), text[s:e]
        return got if got == sliced else sliced

    # Typed columns, not a list of row dicts: one dict per row would cost 6x the text at the peak.
    columns = FrameColumns(COLUMNS + EXTRA_COLUMNS, ints=("id", "start", "end"), nullable=_NULLABLE)
    for r in rows:

        def sub(s, e, att=r["attribution"]):
            return None if s is None or pd.isna(s) else piece(int(s), int(e), att)

        record = {
            "id": r["id"],
            "sentence": index.id_at(int(r["start"])) if index else None,
            "start": int(r["start"]),
            "end": int(r["end"]),
            "text": piece(int(r["start"]), int(r["end"]), r["attribution"]),
            "stance": r["stance"],
            "actor": r["actor"],
            "cue": sub(r["cue_start"], r["cue_end"]),
            "cue_start": r["cue_start"],
            "cue_end": r["cue_end"],
            "content": sub(r["content_start"], r["content_end"]),
            "content_start": r["content_start"],
            "content_end": r["content_end"],
            "target": r["target"],
            "negated": bool(r["negated"]),
            "rule": r["rule"],
            "attribution": r["attribution"],
        }
        columns.append(record)
    frame = columns.frame()
    frame["negated"] = frame["negated"].astype(bool)
    return frame

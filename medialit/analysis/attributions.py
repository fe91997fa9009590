"""Attributions: who says what, and through whom.

`trace_attributions(article)` returns one row per reported statement: the `source`
(who), the `cue` (the reporting verb or phrase, view ``reporting_verbs`` of ``lexicons/speech_acts.csv``),
the `content` (what), its `kind` (direct, indirect, mixed) and `parent`, the statement
this one is reported inside, so chains nest (article -> a news agency -> a ministry).

Method (rule-based, in the spirit of citron's cue/source/content triples): every cue in
the lexicon is found in the text; each is read by the first named structural rule that
fits its surroundings (`_attribution.rules.CUE_RULES`, listed in `RULES`); quotations are
tracked across sentences and paragraphs; then contents are clipped, block quotes attached,
and nesting computed from spans. The parts live in the `_attribution` package, one job
per module; this module is the public face.

Columns beyond docs/architecture.md, appended at the end:

- ``recipient_start``, ``recipient_end``: the span of `recipient` ("told VOA").
- ``source_resolved``: the source with a pronoun resolved to the most recent named
  source or name in the previous two sentences (else the source itself).
- ``cue_category``: the lexicon category of the cue (neutral, assertive, concessive,
  judging, denial, hearsay) or the structural rule's own word.
- ``last_sentence``: the sentence holding the end of the span (block and multi-sentence
  quotes cover several sentences; `sentence` is the one holding the start).
- ``parent_rule``: ``contains`` (the parent's content contains this statement). A later
  statement that refers back to this one ("the reports were found untrue") is not its
  parent: it denies it, and `find_claims` gives that link as the denial's `target`.

Choices worth knowing: a block quote (text set off in its own paragraphs after
"X reported:") counts as `direct`, since the layout does the work of quote marks; a
quotation continued in the next sentence without a new cue gets its own row
(`rule` ``continued-quote``): its sentence names no source, so `source` is empty and
`source_resolved` is the speaker of the statement it continues.
"""

from __future__ import annotations

import re

import pandas as pd

from ._attribution.frame import COLUMNS, EXTRA_COLUMNS, frame
from ._attribution.lexicons import CATEGORIES
from ._attribution.openers import OPENER_RULES
from ._attribution.quoted import TAIL_RULES
from ._attribution.rules import CUE_RULES, GATES
from ._attribution.trace import trace
from ._attribution.tracer import Tracer
from ._attribution.uncovered import SHAPE_RULES

__all__ = ["CATEGORIES", "COLUMNS", "EXTRA_COLUMNS", "RULES", "chain", "sources_summary", "trace_attributions"]

#: Every value of the `rule` column, with what it reads, in the order they are tried: each cue
#: of the lexicon by the rules of `CUE_RULES` (the first that answers wins; the text is the
#: rule's docstring), a block quote when a cue's content is the next paragraph, a participle
#: after a quoted statement (`_attribution.quoted`), the whole-line readings (`headline_tags`,
#: `speaker_colons`), quotations no cue reached (`_attribution.uncovered`), then quotations that
#: continue a quoted statement. tests/test_attributions.py checks that every rule emitted is listed.
RULES = (
    {name: (rule.__doc__ or "").strip() for name, rule in CUE_RULES if name not in GATES}
    | {"block-quote": "'X reported:' ending a paragraph, content = the next paragraph(s)"}
    | TAIL_RULES
    | {
        "headline-tag": "a headline ending in ': source' (\"... killed in Syria: monitor\")",
        "headline-speaker": 'a headline opening with \'speaker:\' ("Senator Lee: The Bill Is Dead", "Report: ...")',
        "speaker-colon": "a body line opening with 'SPEAKER:' (a transcript) or 'Speaker: “...”'",
    }
    | SHAPE_RULES
    | OPENER_RULES
    | {"continued-quote": "a quotation right after a quoted statement, same speaker, no new cue"}
)


def trace_attributions(article, *, lexicon=None) -> pd.DataFrame:
    """One row per reported statement, sorted by `start`.

    Args:
        article: an `Article`.
        lexicon: optional reporting-verb lexicon (path, CSV text or frame with
            ``cue, category, pattern, note``) replacing the packaged ``reporting_verbs`` rows of ``speech_acts.csv``.

    Returns:
        A DataFrame with the columns of docs/architecture.md plus `EXTRA_COLUMNS`
        (see the module docstring). Offsets are nullable integers (`<NA>` when absent).
    """
    tracer = Tracer(article, lexicon)
    return frame(tracer, trace(tracer))


def chain(attributions: pd.DataFrame, id: int) -> list[int]:
    """The ids from the outermost report down to `id` (root first); [] for an unknown id."""
    parents = dict(zip(attributions["id"].astype(int), attributions["parent"]))
    if int(id) not in parents:
        return []
    out, seen, cur = [], set(), int(id)
    while cur is not None and cur not in seen and cur in parents:
        out.append(cur)
        seen.add(cur)
        p = parents[cur]
        cur = None if pd.isna(p) else int(p)
    return out[::-1]


def _source_key(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", str(name).strip(), flags=re.I)
    return re.sub(r"\s+", " ", name).lower()


def sources_summary(attributions: pd.DataFrame) -> pd.DataFrame:
    """Per source: `statements` (rows it is the source of) and `sentences` resting on it.

    A sentence rests on every source in the chain of each statement that covers it (the
    article quoting Bas News quoting a ministry: those sentences rest on both). Sources
    are grouped case-insensitively without a leading article; the first spelling is shown.
    """
    cols = ["source", "statements", "sentences"]
    if attributions is None or not len(attributions):
        return pd.DataFrame(columns=cols).astype({"statements": "int64", "sentences": "int64"})
    name_col = "source_resolved" if "source_resolved" in attributions.columns else "source"
    by_id = attributions.set_index("id")
    shown: dict[str, str] = {}
    statements: dict[str, int] = {}
    sentences: dict[str, set[int]] = {}
    for row in attributions.itertuples(index=False):
        key = _source_key(getattr(row, name_col))
        shown.setdefault(key, getattr(row, name_col))
        statements[key] = statements.get(key, 0) + 1
        first = row.sentence
        last = getattr(row, "last_sentence", first)
        if pd.isna(first):
            continue
        last = first if pd.isna(last) else last
        covered = set(range(int(first), int(last) + 1))
        for aid in chain(attributions, row.id):
            k = _source_key(by_id.loc[aid, name_col])
            shown.setdefault(k, by_id.loc[aid, name_col])
            sentences.setdefault(k, set()).update(covered)
    out = pd.DataFrame([(shown[k], statements.get(k, 0), len(sentences.get(k, ()))) for k in shown], columns=cols)
    return out.sort_values(["sentences", "statements"], ascending=False, kind="stable").reset_index(drop=True)

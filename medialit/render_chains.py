"""Attribution chains as a reader sees them: who told whom, as a nested list or indented text, and who speaks
in the story's body (the sources summary and the sentences in the writer's own voice).

Import these through :mod:`medialit.render`.
"""

from __future__ import annotations

import re

import pandas as pd

from .render_base import OWN_VOICE, esc, int_or_none, plain, rows_in_span, shorten

#: Attribution kinds in a student's words.
KIND_WORDS = {
    "direct": "direct quote",
    "indirect": "paraphrase",
    "mixed": "paraphrase with quoted words",
}


def _chain_function():
    from .analysis.attributions import chain

    return chain


def sentence_chain(sentences: pd.DataFrame, attributions: pd.DataFrame, sentence_id: int) -> pd.DataFrame:
    """Every attribution row on the chains of the reports that touch one sentence.

    Returns the attributions' own columns, root reports first (by depth, then start).
    """
    columns = list(attributions.columns) if attributions is not None else []
    hit = sentences[sentences["sentence"] == sentence_id]
    if attributions is None or len(attributions) == 0 or hit.empty:
        return pd.DataFrame(columns=columns)
    start, end = int(hit["start"].iloc[0]), int(hit["end"].iloc[0])
    touching = rows_in_span(attributions, start, end)
    chain = _chain_function()
    ids: list[int] = []
    for row_id in touching["id"]:
        for link in chain(attributions, int(row_id)):
            if link not in ids:
                ids.append(link)
    frame = attributions[attributions["id"].isin(ids)].copy()
    order = frame.assign(_depth=[len(chain(attributions, int(i))) for i in frame["id"]])
    order = order.sort_values(["_depth", "start"], kind="stable")
    return order.drop(columns="_depth").reset_index(drop=True)


def _children(chain: pd.DataFrame) -> dict[int | None, list[pd.Series]]:
    ids = {int(i) for i in chain["id"]} if len(chain) else set()
    tree: dict[int | None, list[pd.Series]] = {}
    for _, row in chain.iterrows():
        parent = int_or_none(row.get("parent"))
        tree.setdefault(parent if parent in ids else None, []).append(row)
    return tree


#: Sources that are only a pronoun: "per he" tells a reader nothing.
_PRONOUNS = frozenset("he she they it we i you him her them us".split())
_BARE_NUMBER = re.compile(r"[\d.,]+\s*(?:%|per ?cent)?", re.I)


def source_words(source: object) -> str:
    """A source as a reader should see it: a pronoun ('he') becomes '“he” (name not given)', a bare
    number ('0', '140' from "140 said") '“140” (a number of people, no name)'; a name stays as it is."""
    name = plain(source).strip()
    if name.lower() in _PRONOUNS:
        return f"“{name}” (name not given)"
    if _BARE_NUMBER.fullmatch(name):
        return f"“{name}” (a number of people, no name)"
    return name


def _source_name(row: pd.Series) -> str:
    return source_words(row.get("source")) or "an unnamed source"


def _link_detail(row: pd.Series) -> str:
    cue = plain(row.get("cue")).strip() or "says"
    recipient = plain(row.get("recipient")).strip()
    kind = plain(row.get("kind")).strip()
    parts = [cue]
    if recipient:
        parts.append(f"(to {recipient})")
    if kind:
        parts.append(f"[{KIND_WORDS.get(kind, kind)}]")
    return " ".join(parts)


def _link_text(row: pd.Series) -> str:
    return f"{_source_name(row)} — {_link_detail(row)}"


def _sentence_heading(paragraph: object, sentence: object) -> str:
    return f"Sentence ¶{plain(paragraph)}" if sentence is None else f"Sentence {plain(sentence)} (¶{plain(paragraph)})"


def chain_html(sentence_text: object, paragraph: object, chain: pd.DataFrame, *, sentence: object = None) -> str:
    """A nested list: the article, then each source reporting inside the one above it.

    Each link shows the source, the cue verb, the recipient and kind, and the exact
    content span in quotation marks. All text is escaped.
    """
    header = (
        f'<p style="margin:0 0 .4em 0"><b>{esc(_sentence_heading(paragraph, sentence))}:</b> '
        f'<span style="font-style:italic">{esc(sentence_text)}</span></p>'
    )
    tree = _children(chain)

    def branch(parent: int | None) -> str:
        items = []
        for row in tree.get(parent, []):
            content = plain(row.get("content")).strip()
            # The exact words, set off by a rule rather than wrapped in quotation marks: a span that
            # already ends with its own closing mark would otherwise show two (”” ).
            quote = (
                f'<br><span class="medialit-words" style="display:inline-block;margin:.1em 0 .1em 1em;'
                f'padding-left:.5em;border-left:3px solid #888">{esc(content)}</span>'
                if content
                else ""
            )
            items.append(
                f"<li><b>{esc(_source_name(row))}</b> — {esc(_link_detail(row))}{quote}{branch(int(row['id']))}</li>"
            )
        return f'<ul style="margin:.2em 0 .2em 0">{"".join(items)}</ul>' if items else ""

    inner = branch(None) if len(chain) else f"<ul><li><i>{esc(OWN_VOICE)}</i></li></ul>"
    return (
        f'<div class="medialit-chain" role="region" aria-label="Chain of sources">{header}'
        f'<ul style="margin:0"><li><b>the article</b> (the writer tells you){inner}</li></ul>'
        f'<p style="margin:.4em 0 0 0;font-size:85%">Read down the tree: each source passes on what the one '
        f"indented under it said.</p></div>"
    )


def chain_text(sentence_text: object, paragraph: object, chain: pd.DataFrame, *, sentence: object = None) -> str:
    """The same tree as :func:`chain_html`, as indented plain text."""
    lines = [f"{_sentence_heading(paragraph, sentence)}: {shorten(sentence_text, 100)}", "the article"]
    tree = _children(chain)

    def branch(parent: int | None, depth: int) -> None:
        for row in tree.get(parent, []):
            content = shorten(row.get("content"), 90)
            lines.append("   " * depth + "└─ " + _link_text(row) + (f": {content}" if content else ""))
            branch(int(row["id"]), depth + 1)

    if len(chain):
        branch(None, 1)
    else:
        lines.append("   └─ " + OWN_VOICE)
    return "\n".join(lines)


def body_sentences(sentences: pd.DataFrame) -> set[int]:
    """Ids of the sentences in the story's body (all of them when paragraph roles are unknown)."""
    if not len(sentences):
        return set()
    if "role" not in sentences.columns:
        return {int(s) for s in sentences["sentence"]}
    return {int(s) for s in sentences.loc[sentences["role"] == "body", "sentence"]}


def in_body(sentences: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """The attribution rows that start in a body sentence (not the headline, a related link or boilerplate)."""
    if attributions is None or not len(attributions):
        return attributions
    return attributions[attributions["sentence"].isin(body_sentences(sentences))]


def own_voice_sentences(sentences: pd.DataFrame, attributions: pd.DataFrame) -> set[int]:
    """Body sentences that no reported statement covers: the writer speaks in them, naming no source."""
    rested: set[int] = set()
    if attributions is not None and len(attributions):
        for row in attributions.itertuples(index=False):
            first = getattr(row, "sentence", None)
            if first is None or pd.isna(first):
                continue
            last = getattr(row, "last_sentence", first)
            last = first if last is None or pd.isna(last) else last
            rested.update(range(int(first), int(last) + 1))
    return body_sentences(sentences) - rested


def body_sources_summary(sentences: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """`analysis.attributions.sources_summary` over the story's body, plus the writer's own voice.

    The same columns, ``source, statements, sentences``, and the same counting (a pronoun
    grouped under the name it stands for), over the body only, as lesson 02 counts: the
    headline and a related link are not sources. Sources are shown in words (no bare "0" or
    "he"), and a last row counts the body sentences that rest on no named source
    (:func:`own_voice_sentences`).
    """
    from .analysis.attributions import sources_summary

    body = in_body(sentences, attributions)
    base = sources_summary(body)
    base["source"] = base["source"].map(source_words)
    tail = pd.DataFrame(
        [{"source": OWN_VOICE, "statements": 0, "sentences": len(own_voice_sentences(sentences, body))}]
    )
    return pd.concat([base[["source", "statements", "sentences"]], tail], ignore_index=True)

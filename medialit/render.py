"""Pure rendering: analysis frames -> escaped HTML and plain-text summaries.

Nothing here imports ipywidgets or matplotlib, so the widgets, the feedback pages
and the command line can all share it, and it is tested without a front end.
Every piece of article text goes through :func:`esc` (``html.escape`` with
``quote=True``): the article is data, never markup.

Meaning is never carried by colour alone: every mark has a visible text label
(``reportedly[hearsay]``) and each category has its own underline style.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import pandas as pd

#: What is shown for a sentence that rests on no named source.
OWN_VOICE = "the article's own voice (no source named)"

#: Category -> (underline style, light background, one-line meaning). Styles repeat
#: only between a hedge and a loaded category, whose labels differ anyway.
CATEGORY_STYLES: dict[str, tuple[str, str, str]] = {
    "hearsay": ("solid", "#fff3b0", "the writer passes on what others said"),
    "probability": ("dashed", "#d8ecff", "how likely, not that it happened"),
    "approximator": ("dotted", "#e3f5d8", "a number or amount made vague"),
    "vague-source": ("double", "#f3e0ff", "a source nobody can check"),
    "weasel": ("wavy", "#ffe0e0", "a phrase that avoids saying who"),
    "scare-quote": ("dashed", "#ffe8cc", "quote marks that keep a word at a distance"),
    "shield": ("dotted", "#e0f7f7", "words that soften a claim"),
    "evidential": ("solid", "#e6f0d0", "read from signs, not checked"),
    "conditional": ("dashed", "#f0e6d8", "true only if something else is"),
    "prediction": ("double", "#dde4f7", "about the future: expected, not done"),
    "accusation": ("dotted", "#f7dde9", "a charge, not a finding"),
    "loaded-word": ("double", "#ffd6d6", "a word that judges, not describes"),
    "judging-verb": ("wavy", "#eadcff", "a reporting verb that takes sides"),
}
_FALLBACK_STYLE = ("solid", "#eeeeee", "a cue you added")

#: Attribution kinds in a student's words.
KIND_WORDS = {
    "direct": "direct quote",
    "indirect": "paraphrase",
    "mixed": "paraphrase with quoted words",
}

ROLE_NOTES = {
    "headline": "headline",
    "related-headline": "related link: another story",
    "boilerplate": "site boilerplate",
}


# --------------------------------------------------------------------------- helpers


def esc(value: object) -> str:
    """HTML-escape any value (quotes included); missing values become ''."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def plain(value: object) -> str:
    """`value` as plain text, '' for missing values."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""
    return str(value)


def shorten(text: object, width: int = 70) -> str:
    """One line of at most `width` characters (whitespace squeezed, '…' when cut)."""
    flat = re.sub(r"\s+", " ", plain(text)).strip()
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def sentence_label(paragraph: object, text: object, width: int = 70) -> str:
    """The label of a sentence in a picker: '¶N · first 70 characters'."""
    return f"¶{plain(paragraph)} · {shorten(text, width)}"


def _int_or_none(value: object) -> int | None:
    try:
        return None if pd.isna(value) else int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- attribution chains


def _chain_function():
    from .analysis.attributions import chain

    return chain


def rows_in_span(frame: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """Rows of `frame` whose [start, end) overlaps [start, end) (a quote may cross sentences)."""
    if frame is None or len(frame) == 0:
        return frame.iloc[0:0] if frame is not None else pd.DataFrame()
    starts = pd.to_numeric(frame["start"], errors="coerce")
    ends = pd.to_numeric(frame["end"], errors="coerce")
    return frame[(starts < end) & (ends > start)]


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
        parent = _int_or_none(row.get("parent"))
        tree.setdefault(parent if parent in ids else None, []).append(row)
    return tree


def _source_name(row: pd.Series) -> str:
    return plain(row.get("source")).strip() or "an unnamed source"


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


def chain_html(sentence_text: object, paragraph: object, chain: pd.DataFrame) -> str:
    """A nested list: the article, then each source reporting inside the one above it.

    Each link shows the source, the cue verb, the recipient and kind, and the exact
    content span in quotation marks. All text is escaped.
    """
    header = (
        f'<p style="margin:0 0 .4em 0"><b>Sentence ¶{esc(paragraph)}:</b> '
        f'<span style="font-style:italic">{esc(sentence_text)}</span></p>'
    )
    tree = _children(chain)

    def branch(parent: int | None) -> str:
        items = []
        for row in tree.get(parent, []):
            content = plain(row.get("content")).strip()
            quote = (
                f'<br><span style="margin-left:1em">“{esc(content)}”</span>' if content else ""
            )
            items.append(f"<li><b>{esc(_source_name(row))}</b> — {esc(_link_detail(row))}{quote}{branch(int(row['id']))}</li>")
        return f'<ul style="margin:.2em 0 .2em 0">{"".join(items)}</ul>' if items else ""

    inner = branch(None) if len(chain) else f"<ul><li><i>{esc(OWN_VOICE)}</i></li></ul>"
    return (
        f'<div class="medialit-chain" role="region" aria-label="Chain of sources">{header}'
        f'<ul style="margin:0"><li><b>the article</b> (the writer tells you){inner}</li></ul>'
        f'<p style="margin:.4em 0 0 0;font-size:85%">Read down the tree: each source passes on what the one '
        f"indented under it said.</p></div>"
    )


def chain_text(sentence_text: object, paragraph: object, chain: pd.DataFrame) -> str:
    """The same tree as :func:`chain_html`, as indented plain text."""
    lines = [f"Sentence ¶{plain(paragraph)}: {shorten(sentence_text, 100)}", "the article"]
    tree = _children(chain)

    def branch(parent: int | None, depth: int) -> None:
        for row in tree.get(parent, []):
            content = shorten(row.get("content"), 90)
            lines.append("   " * depth + "└─ " + _link_text(row) + (f": “{content}”" if content else ""))
            branch(int(row["id"]), depth + 1)

    if len(chain):
        branch(None, 1)
    else:
        lines.append("   └─ " + OWN_VOICE)
    return "\n".join(lines)


def sources_summary(sentences: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """One row per source: `source`, `reports` (rows naming it), `sentences` resting on it.

    The counting is the analysis layer's (`analysis.attributions.sources_summary`, which
    groups a pronoun under the name it stands for); this adds a last row counting the
    sentences that rest on no named source.
    """
    from .analysis.attributions import sources_summary as count_sources

    base = count_sources(attributions).rename(columns={"statements": "reports"})
    rested: set[int] = set()
    if attributions is not None and len(attributions):
        for row in attributions.itertuples(index=False):
            first = getattr(row, "sentence", None)
            if first is None or pd.isna(first):
                continue
            last = getattr(row, "last_sentence", first)
            last = first if last is None or pd.isna(last) else last
            rested.update(range(int(first), int(last) + 1))
    own = int(len(set(sentences["sentence"]) - rested)) if len(sentences) else 0
    tail = pd.DataFrame([{"source": OWN_VOICE, "reports": 0, "sentences": own}])
    return pd.concat([base[["source", "reports", "sentences"]], tail], ignore_index=True)


def table_html(frame: pd.DataFrame, *, caption: str | None = None) -> str:
    """A small escaped HTML table of any frame (headers and cells escaped)."""
    head = "".join(f'<th scope="col" style="text-align:left;padding:2px 8px">{esc(c)}</th>' for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f'<td style="padding:2px 8px">{esc(v)}</td>' for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    cap = f'<caption style="text-align:left;font-weight:bold">{esc(caption)}</caption>' if caption else ""
    return f'<table style="border-collapse:collapse">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def table_text(frame: pd.DataFrame) -> str:
    """Plain text of a small frame without the index."""
    return frame.to_string(index=False) if len(frame) else "(none)"


# --------------------------------------------------------------------------- hedges


def category_style(category: object) -> tuple[str, str, str]:
    """(underline style, background, meaning) of a hedge category."""
    return CATEGORY_STYLES.get(plain(category), _FALLBACK_STYLE)


def _mark_open(row: pd.Series) -> str:
    category = plain(row.get("category")) or "cue"
    line, background, meaning = category_style(category)
    note = plain(row.get("note")) or meaning
    rule = plain(row.get("rule"))
    title = f"{category}: {note}" + (f" ({rule})" if rule else "")
    return (
        f'<mark class="medialit-cue" data-category="{esc(category)}" title="{esc(title)}" '
        f'style="background:{background};color:inherit;padding:0 1px;text-decoration:underline {line};'
        f'text-decoration-thickness:2px;text-underline-offset:3px">'
    )


def _mark_close(row: pd.Series) -> str:
    category = plain(row.get("category")) or "cue"
    return (
        f'</mark><sup class="medialit-label" style="font-size:70%;font-weight:bold;margin-right:2px">'
        f"[{esc(category)}]</sup>"
    )


def mark_spans(text: str, offset: int, spans: pd.DataFrame) -> str:
    """Escape `text` (which starts at `offset` in the article) with each span as a labelled mark.

    A span inside another is nested; a span crossing the end of the enclosing one
    is cut at that end so the markup always nests.
    """
    rows = []
    for _, row in spans.iterrows():
        s, e = _int_or_none(row.get("start")), _int_or_none(row.get("end"))
        if s is None or e is None:
            continue
        s, e = max(s - offset, 0), min(e - offset, len(text))
        if e > s:
            rows.append((s, e, row))
    rows.sort(key=lambda r: (r[0], -r[1]))
    out: list[str] = []
    stack: list[tuple[int, pd.Series]] = []
    pos = 0
    for s, e, row in rows:
        while stack and stack[-1][0] <= s:
            end, top = stack.pop()
            out.append(esc(text[pos:end]) + _mark_close(top))
            pos = end
        if stack:
            e = min(e, stack[-1][0])
        out.append(esc(text[pos:s]) + _mark_open(row))
        pos = s
        stack.append((e, row))
    while stack:
        end, top = stack.pop()
        out.append(esc(text[pos:end]) + _mark_close(top))
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def hedges_html(paragraphs: pd.DataFrame, hedges: pd.DataFrame, *, paragraph: int | None = None) -> str:
    """The article's paragraphs (or one of them) with every cue marked and labelled."""
    shown = paragraphs if paragraph is None else paragraphs[paragraphs["paragraph"] == paragraph]
    hedges = hedges if hedges is not None else pd.DataFrame(columns=["start", "end", "category"])
    parts = []
    for _, para in shown.iterrows():
        start, end = int(para["start"]), int(para["end"])
        inside = rows_in_span(hedges, start, end) if len(hedges) else hedges
        role = plain(para.get("role"))
        note = (f' <span style="font-size:80%;border:1px solid #888;padding:0 3px">{esc(ROLE_NOTES[role])}</span>'
                if role in ROLE_NOTES else "")
        weight = "font-weight:bold;" if role == "headline" else ""
        parts.append(
            f'<p style="margin:0 0 .7em 0;{weight}"><span style="font-size:80%;color:#555">¶{esc(para["paragraph"])}</span> '
            f"{mark_spans(str(para['text']), start, inside)}{note}</p>"
        )
    body = "".join(parts) or "<p><i>(no text)</i></p>"
    return f'<div class="medialit-hedges" style="line-height:2;max-width:60em">{body}</div>'


def legend_html(categories: Iterable[str]) -> str:
    """A legend: a sample mark per category with its label and meaning."""
    items = []
    for category in dict.fromkeys(categories):
        line, background, meaning = category_style(category)
        sample = _mark_open(pd.Series({"category": category, "note": meaning})) + "example" + _mark_close(
            pd.Series({"category": category})
        )
        items.append(f'<li style="font-size:90%">{sample} {esc(meaning)} <small>(underline: {esc(line)})</small></li>')
    if not items:
        return "<p><i>No cues to show.</i></p>"
    return f'<ul class="medialit-legend" aria-label="Legend" style="padding:0;margin:.3em 0;list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(24em,1fr));line-height:1.8">{"".join(items)}</ul>'


def hedges_text(hedges: pd.DataFrame) -> str:
    """'N cues marked' and, per category, the count and the cues."""
    if hedges is None or len(hedges) == 0:
        return "0 cues marked."
    lines = [f"{len(hedges)} cue{'s' if len(hedges) != 1 else ''} marked:"]
    for category, group in hedges.groupby("category", sort=True):
        cues = group["text"].map(lambda t: shorten(t, 30).lower()).value_counts()
        listed = ", ".join(f"{c} ×{n}" if n > 1 else c for c, n in cues.items())
        lines.append(f"  [{category}] {len(group)}: {listed}")
    return "\n".join(lines)


def parse_cues(text: str) -> pd.DataFrame:
    """Lines 'cue, category' (blank lines and '#' comments skipped) -> frame with cue, category.

    A line without a comma gets the category 'added'. The last comma splits, so a
    cue may not contain one but a category never does.
    """
    rows = []
    for line in plain(text).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cue, _, category = line.rpartition(",") if "," in line else (line, "", "")
        cue, category = cue.strip(), category.strip() or "added"
        if cue:
            rows.append({"cue": cue, "category": category})
    return pd.DataFrame(rows, columns=["cue", "category"])


# --------------------------------------------------------------------------- statements (sorter)


def statement_html(number: int, text: object) -> str:
    """One statement in the sorter: its number and escaped text."""
    return f'<div style="margin:.2em 0"><b>{number}.</b> {esc(text)}</div>'

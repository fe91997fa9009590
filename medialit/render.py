"""Pure rendering: analysis frames -> escaped HTML and plain-text summaries.

Nothing here imports ipywidgets or matplotlib, so the widgets, the feedback pages
and the command line can all share it, and it is tested without a front end.
Every piece of article text goes through :func:`esc` (``html.escape`` with
``quote=True``): the article is data, never markup.

Meaning is never carried by colour alone: every mark has a visible text label
(``reportedly[hearsay]``) and each category has its own underline (line style and thickness).
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import pandas as pd

#: What is shown for a sentence that rests on no named source.
OWN_VOICE = "the article's own voice (no source named)"

#: Category -> (underline style, thickness, light background). Each category has its own pair of line style
#: and thickness (five styles x thin/medium/thick), so no two share an underline; its label in brackets says it in words.
#: What a category means is data: `medialit/data/categories.csv`, read by :func:`category_definitions`.
CATEGORY_STYLES: dict[str, tuple[str, str, str]] = {
    "hearsay": ("solid", "thin", "#fff3b0"),
    "probability": ("dashed", "thin", "#d8ecff"),
    "approximator": ("dotted", "thin", "#e3f5d8"),
    "vague-source": ("double", "thin", "#f3e0ff"),
    "weasel": ("wavy", "thin", "#ffe0e0"),
    "scare-quote": ("dashed", "thick", "#ffe8cc"),
    "shield": ("dotted", "thick", "#e0f7f7"),
    "evidential": ("solid", "medium", "#e6f0d0"),
    "conditional": ("dashed", "medium", "#f0e6d8"),
    "prediction": ("double", "medium", "#dde4f7"),
    "accusation": ("dotted", "medium", "#f7dde9"),
    "loaded-word": ("solid", "thick", "#ffd6d6"),
    "judging-verb": ("wavy", "thick", "#eadcff"),
}
_FALLBACK_STYLE = ("solid", "thin", "#eeeeee")
_THICKNESS = {"thin": "1px", "medium": "2px", "thick": "3.5px"}


def category_definitions() -> pd.DataFrame:
    """What each hedge and loaded-word category means: `category`, `kind`, `meaning`, `example`, `note`.

    One source for the highlighter's legend and lesson 04 (`medialit/data/categories.csv`).
    """
    return pd.DataFrame(list(_definition_rows()), columns=["category", "kind", "meaning", "example", "note"])


@lru_cache(maxsize=1)
def _definition_rows() -> tuple[dict[str, str], ...]:
    text = resources.files("medialit").joinpath("data/categories.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))


def category_meaning(category: object) -> str:
    """The one-line meaning of `category` from :func:`category_definitions` ('a cue you added' if unknown)."""
    meanings = {row["category"]: row["meaning"] for row in _definition_rows()}
    return meanings.get(plain(category), "a cue you added")


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


def sentence_label(paragraph: object, text: object, width: int = 70, *, sentence: object = None) -> str:
    """The label of a sentence in a picker: '¶N · first 70 characters', led by 'N:' when `sentence` is given."""
    number = "" if sentence is None else f"{plain(sentence)}: "
    return f"{number}¶{plain(paragraph)} · {shorten(text, width)}"


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


# --------------------------------------------------------------------------- readable tables

#: What a reader sees instead of pandas' markers: a blank for a missing value, words where a blank would mislead.
MISSING_DATE = "not resolved"
OPEN_BOUND = "open"


def readable_value(value: object) -> str:
    """One cell as a reader reads it: '' for a missing value (NaN, <NA>, None), 'not resolved' for a missing date
    (NaT), 'open' for an infinite bound, whole numbers without '.0' or an exponent, others to 3 significant
    digits, thousands grouped from 10,000."""
    if value is pd.NaT:
        return MISSING_DATE
    if value is None or (not isinstance(value, (list, tuple, dict, set)) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    if isinstance(value, (int, float)) or hasattr(value, "dtype"):
        try:
            number = float(value)  # numpy scalars too
        except (TypeError, ValueError):
            return str(value)
        if number in (float("inf"), float("-inf")):
            return OPEN_BOUND
        if number.is_integer():
            return f"{int(number):,}" if abs(number) >= 10_000 else str(int(number))
        return f"{number:.3g}"
    return str(value)


def readable_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every cell as readable text (:func:`readable_value`): no NaN, <NA>, NaT or
    3.200000e+01 in a lesson's table. For display only; compute on the original frame."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            out[column] = [MISSING_DATE if pd.isna(v) else readable_value(v) for v in values]
        else:
            out[column] = [readable_value(v) for v in values.astype(object)]
    return out.astype(object)


def _cut(text: str, width: int) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= width else flat[: max(width - 1, 0)].rstrip() + "…"


def fit_table_text(frame: pd.DataFrame, width: int, *, min_column: int = 8) -> str:
    """`frame` as a plain-text table at most `width` characters wide (no index).

    Cells are readable text (:func:`readable_value`); when the table is too wide the widest columns are cut
    to fit, each cut cell ending with '…'. Columns never go below `min_column` characters (or their header).
    """
    if not len(frame):
        return "(none)"
    table = readable_table(frame)
    columns = [str(c) for c in table.columns]
    cells = [[re.sub(r"\s+", " ", v).strip() for v in table[c]] for c in table.columns]
    widths = [max([len(h), *map(len, col)]) for h, col in zip(columns, cells)]
    floors = [min(w, max(min_column, len(h))) for w, h in zip(widths, columns)]
    gap = 2
    while sum(widths) + gap * (len(widths) - 1) > width:
        widest = max(range(len(widths)), key=lambda i: (widths[i] - floors[i], widths[i]))
        if widths[widest] <= floors[widest]:
            break  # cannot shrink further: let the terminal wrap
        widths[widest] -= 1
    numeric = [
        pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c]) for c in frame.columns
    ]

    def line(values: list[str]) -> str:
        parts = [(_cut(v, w).rjust(w) if num else _cut(v, w).ljust(w)) for v, w, num in zip(values, widths, numeric)]
        return (" " * gap).join(parts).rstrip()

    rows = [line(columns)] + [line([col[i] for col in cells]) for i in range(len(table))]
    return "\n".join(rows)


# --------------------------------------------------------------------------- hedges


def category_style(category: object) -> tuple[str, str, str]:
    """(underline style, thickness 'thin'/'medium'/'thick', background) of a hedge category."""
    return CATEGORY_STYLES.get(plain(category), _FALLBACK_STYLE)


def _mark_open(row: pd.Series, meaning: str | None = None) -> str:
    category = plain(row.get("category")) or "cue"
    line, weight, background = category_style(category)
    note = plain(row.get("note")) or meaning or category_meaning(category)
    rule = plain(row.get("rule"))
    title = f"{category}: {note}" + (f" ({rule})" if rule else "")
    return (
        f'<mark class="medialit-cue" data-category="{esc(category)}" title="{esc(title)}" '
        f'style="background:{background};color:inherit;padding:0 1px;text-decoration:underline {line};'
        f'text-decoration-thickness:{_THICKNESS[weight]};text-underline-offset:3px">'
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
        note = (
            f' <span style="font-size:80%;border:1px solid #888;padding:0 3px">{esc(ROLE_NOTES[role])}</span>'
            if role in ROLE_NOTES
            else ""
        )
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
        line, weight, _ = category_style(category)
        meaning = category_meaning(category)
        sample = (
            _mark_open(pd.Series({"category": category, "note": meaning}))
            + "example"
            + _mark_close(pd.Series({"category": category}))
        )
        items.append(
            f'<li style="font-size:90%">{sample} {esc(meaning)} '
            f"<small>(underline: {esc(weight)} {esc(line)})</small></li>"
        )
    if not items:
        return "<p><i>No cues to show.</i></p>"
    style = (
        "padding:0;margin:.3em 0;list-style:none;display:grid;"
        "grid-template-columns:repeat(auto-fill,minmax(24em,1fr));line-height:1.8"
    )
    return f'<ul class="medialit-legend" aria-label="Legend" style="{style}">{"".join(items)}</ul>'


def hedges_text(hedges: pd.DataFrame) -> str:
    """'N cues marked' and, per category, the count and the cues."""
    if hedges is None or len(hedges) == 0:
        return "0 cues marked."
    lines = [f"{len(hedges)} cue{'s' if len(hedges) != 1 else ''} marked:"]
    for category, group in hedges.groupby("category", sort=True):
        # Count "Reportedly" and "reportedly" together, but show the article's own spelling (the first seen).
        shown = group["text"].map(lambda t: shorten(t, 30))
        counts = shown.groupby(shown.str.lower(), sort=False).agg(["first", "size"])
        counts = counts.sort_values("size", ascending=False, kind="stable")
        listed = ", ".join(f"{c} ×{n}" if n > 1 else c for c, n in zip(counts["first"], counts["size"]))
        lines.append(f"  [{category}] {len(group)}: {listed}")
    return "\n".join(lines)


def parse_cues(text: str) -> pd.DataFrame:
    """Lines 'cue, category' (blank lines and '#' comments skipped) -> frame with cue, category.

    The last comma splits, so a cue may contain a comma but a category never does. A line without a
    comma, or with a category that does not exist, is a `MedialitError` that quotes the line, says
    what was expected and gives an example.
    """
    from .errors import MedialitError

    known = list(category_definitions()["category"])
    rows = []
    for number, line in enumerate(plain(text).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "," not in line:
            raise MedialitError(
                f"line {number} ({line!r}) has no comma: write the cue, a comma, then its category, "
                f"e.g. 'allegedly, hearsay'"
            )
        cue, _, category = line.rpartition(",")
        cue, category = cue.strip(), category.strip()
        if not cue:
            continue
        if category not in known:
            raise MedialitError(
                f"line {number} ({line!r}): {category!r} is not a category; after the comma write one of "
                f"{', '.join(known)}, e.g. '{cue}, hearsay'"
            )
        rows.append({"cue": cue, "category": category})
    return pd.DataFrame(rows, columns=["cue", "category"])


# --------------------------------------------------------------------------- statements (sorter)


def statement_html(number: int, text: object) -> str:
    """One statement in the sorter: its number and escaped text."""
    return f'<div style="margin:.2em 0"><b>{number}.</b> {esc(text)}</div>'


# --------------------------------------------------------------------------- numbered text (problem sets)


def numbered_text(rows: pd.DataFrame, number: str = "sentence", *, width: int = 100) -> str:
    """Each row's number and its whole `text`, wrapped at `width` characters and never cut.

    What a question asks about must be readable to the last word: a table cell cut at
    200 characters hid the very words some questions were about.
    """
    import textwrap

    lines = []
    for n, text in zip(rows[number], rows["text"]):
        label = f"{int(n):>3}  "
        wrapped = textwrap.wrap(
            re.sub(r"\s+", " ", plain(text)).strip(),
            width=max(20, width - len(label)),
            break_on_hyphens=False,
            break_long_words=False,
        ) or [""]
        lines.append(label + wrapped[0])
        lines.extend(" " * len(label) + rest for rest in wrapped[1:])
    return "\n".join(lines)

"""Hand-made analysis frames (built by locating strings, so offsets are exact) and a hostile article.

Used by the widget tests and copied next to the notebook the browser test opens,
so both check the presentation layer whether or not the analysis has landed yet.
"""

from __future__ import annotations

import math

import pandas as pd

ATTRIBUTION_COLUMNS = [
    "id",
    "sentence",
    "start",
    "end",
    "text",
    "source",
    "source_start",
    "source_end",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "kind",
    "recipient",
    "parent",
    "depth",
    "rule",
]
HEDGE_COLUMNS = ["sentence", "start", "end", "text", "cue", "category", "kind", "rule", "note"]
FIGURE_COLUMNS = [
    "id",
    "sentence",
    "start",
    "end",
    "text",
    "value",
    "low",
    "high",
    "qualifier",
    "what",
    "source",
    "status",
    "role",
    "rule",
]

HOSTILE_TEXT = (
    'Headline <img src=x onerror="window.__pwned=1"> about <script>window.__pwned=1</script>\n\n'
    'The minister <b onmouseover="window.__pwned=1">Ali</b> said the report was '
    '"<script>window.__pwned=1</script>", reportedly.\n\n'
    'Officials <img src=x onerror="window.__pwned=1"> denied that a '
    "<a href=\"javascript:window.__pwned=1\">link</a> </div><div> was 'fake'.\n"
)


def find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    """(start, end) of `needle` in `text` at or after `after`; fails loudly if absent."""
    start = text.index(needle, after)
    return start, start + len(needle)


def sentence_of(article, offset: int) -> int:
    hit = article.sentence_at(offset)
    return int(hit) if hit is not None else 0


def attributions(article, rows: list[dict]) -> pd.DataFrame:
    """Rows of (source, cue, content, parent, kind[, recipient, whole]) -> a contract frame.

    `whole` is the text of the full report (defaults to source … content); all are
    located in the article text in order.
    """
    text = article.text
    out = []
    for i, row in enumerate(rows):
        s0, s1 = find(text, row["source"])
        c0, c1 = find(text, row["cue"], s0 if row.get("cue_after_source", True) else 0)
        try:  # the content usually follows its cue; a quotation before its cue is found from the top
            k0, k1 = find(text, row["content"], c1)
        except ValueError:
            k0, k1 = find(text, row["content"])
        start, end = min(s0, c0, k0), max(s1, c1, k1)
        parent = row.get("parent")
        depth = 0
        while parent is not None:
            depth += 1
            parent = rows[parent].get("parent")
        out.append(
            {
                "id": i,
                "sentence": sentence_of(article, c0),
                "start": start,
                "end": end,
                "text": text[start:end],
                "source": text[s0:s1],
                "source_start": s0,
                "source_end": s1,
                "cue": text[c0:c1],
                "cue_start": c0,
                "cue_end": c1,
                "content": text[k0:k1],
                "content_start": k0,
                "content_end": k1,
                "kind": row.get("kind", "indirect"),
                "recipient": row.get("recipient", pd.NA),
                "parent": row.get("parent", pd.NA),
                "depth": depth,
                "rule": "hand-made",
            }
        )
    frame = pd.DataFrame(out, columns=ATTRIBUTION_COLUMNS)
    frame["parent"] = frame["parent"].astype("Int64")
    return frame


def hedges(article, cues: list[tuple[str, str, str]], note: str = "hand-made") -> pd.DataFrame:
    """(exact text, category, kind) -> a contract hedges frame (first occurrence of each)."""
    out = []
    for needle, category, kind in cues:
        s, e = find(article.text, needle)
        out.append(
            {
                "sentence": sentence_of(article, s),
                "start": s,
                "end": e,
                "text": needle,
                "cue": needle.lower(),
                "category": category,
                "kind": kind,
                "rule": "hand-made",
                "note": note,
            }
        )
    return pd.DataFrame(out, columns=HEDGE_COLUMNS).sort_values("start", ignore_index=True)


def bundled_attributions(article) -> pd.DataFrame:
    """The Bas News chain of ¶3 of the bundled article, as a reader would trace it."""
    return attributions(
        article,
        [
            {
                "source": "Bas News revealed",
                "cue": "revealed",
                "kind": "direct",
                "content": "Several Iraqi news channels reported earlier",
            },
            {
                "source": "Several Iraqi news channels",
                "cue": "reported earlier",
                "kind": "indirect",
                "parent": 0,
                "content": "a US airstrike near Sarsar lake of Anbar province had killed at least 30 Hashd al-Shaabi fighters",
            },
            {
                "source": "The war media cell of Iraqi defense ministry",
                "cue": "said in a statement",
                "kind": "mixed",
                "parent": 0,
                "content": "after investigations, the reports were found ‘untrue,",
            },
            {
                "source": "Voice of America (VOA)",
                "cue": "reported:",
                "kind": "direct",
                "content": "On Saturday, Voice of America (VOA) reported:",
            },
        ],
    ).pipe(_fix_source, article)


def _fix_source(frame: pd.DataFrame, article) -> pd.DataFrame:
    # "Bas News revealed" was searched as one string to find the right "Bas News"; keep the name only.
    frame = frame.copy()
    i = frame.index[frame["source"] == "Bas News revealed"]
    frame.loc[i, "source_end"] = frame.loc[i, "source_start"] + len("Bas News")
    frame.loc[i, "source"] = "Bas News"
    # Its report is the whole quotation, which runs over two sentences.
    q0 = article.text.index("“Several")
    frame.loc[i, "start"] = q0
    frame.loc[i, "content_start"] = q0 + 1
    frame.loc[i, "content_end"] = article.text.index("Bas News revealed") - 2  # before '”' and a no-break space
    frame.loc[i, "content"] = article.text[q0 + 1 : int(frame.loc[i, "content_end"].iloc[0])]
    frame.loc[i, "text"] = article.text[q0 : int(frame.loc[i, "end"].iloc[0])]
    return frame


def figures(article) -> pd.DataFrame:
    """The bundled article's main figures, as a reader would read them."""
    rows = [
        ("32", 32, 32, 32, "", "civilians killed in east Syria", "monitor", "reported"),
        (
            "at least 30",
            30,
            30,
            math.inf,
            "at least",
            "Hashd al-Shaabi fighters killed",
            "Iraqi news channels",
            "denied",
        ),
        ("estimated 5,000", 5000, 5000, 5000, "estimated", "American troops in Iraq", "", "estimated"),
        ("up to 150,000", 150000, 0, 150000, "up to", "PMF fighters in Iraq", "various estimates", "estimated"),
        ("22", 22, 22, 22, "", "Iran-linked fighters killed in an airstrike", "the Shiite fighters", "denied"),
    ]
    out = []
    for i, (needle, value, low, high, qualifier, what, source, status) in enumerate(rows):
        s, e = find(article.text, needle)
        para = article.paragraphs
        role = para[(para["start"] <= s) & (s < para["end"])]["role"].iloc[0]
        out.append(
            {
                "id": i,
                "sentence": sentence_of(article, s),
                "start": s,
                "end": e,
                "text": needle,
                "value": float(value),
                "low": float(low),
                "high": float(high),
                "qualifier": qualifier,
                "what": what,
                "source": source,
                "status": status,
                "role": role,
                "rule": "hand-made",
            }
        )
    return pd.DataFrame(out, columns=FIGURE_COLUMNS).sort_values("start", ignore_index=True)


def hostile(article_cls):
    """The hostile article with frames whose every span carries markup."""
    article = article_cls.from_text(HOSTILE_TEXT)
    attr = attributions(
        article,
        [
            {
                "source": 'The minister <b onmouseover="window.__pwned=1">Ali</b>',
                "cue": "said",
                "content": '"<script>window.__pwned=1</script>"',
                "kind": "direct",
            },
            {
                "source": 'Officials <img src=x onerror="window.__pwned=1">',
                "cue": "denied",
                "content": "a <a href=\"javascript:window.__pwned=1\">link</a> </div><div> was 'fake'",
                "kind": "indirect",
            },
        ],
    )
    hed = hedges(
        article,
        [
            ("reportedly", "hearsay", "hedge"),
            ('"<script>window.__pwned=1</script>"', "scare-quote", "hedge"),
            ("'fake'", "scare-quote", "hedge"),
        ],
        note='a "quoted" note <img src=x onerror="window.__pwned=1">',
    )
    return article, attr, hed

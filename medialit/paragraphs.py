"""Paragraph spans and their roles (headline, related-headline, body, boilerplate)."""

from __future__ import annotations

import re

import pandas as pd

_BLOCK = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
_BOILERPLATE = re.compile(
    r"(let us know|comment(s|ing)?\b|subscribe|sign up|newsletter|all rights reserved|"
    r"copyright|©|click here|follow us|share this|read more)",
    re.I,
)


def split_paragraphs(text: str) -> pd.DataFrame:
    """One row per paragraph (blank-line separated; lines when there are no blank lines)."""
    spans = [(m.start(), m.end()) for m in _BLOCK.finditer(text)]
    if len(spans) == 1 and "\n" in text.strip():
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    rows = []
    for start, end in spans:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        start, end = start + lead, end - trail
        if start >= end:
            continue
        rows.append({"start": start, "end": end, "text": text[start:end]})
    frame = pd.DataFrame(rows, columns=["start", "end", "text"])
    frame.insert(0, "paragraph", range(len(frame)))
    frame["role"] = assign_roles(frame["text"].tolist())
    return frame.astype({"paragraph": int, "start": int, "end": int})


def _is_headline_shaped(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 20 and not line.rstrip().endswith((".", "?\"", ".”", ":")) or (
        0 < len(words) <= 14 and line.rstrip().endswith(":") is False
    )


def assign_roles(paragraphs: list[str]) -> list[str]:
    """Roles from position and shape: first short line is the headline, short lines before the body are related links."""
    roles = ["body"] * len(paragraphs)
    if not paragraphs:
        return roles
    first_body = None
    for i, para in enumerate(paragraphs):
        if len(para.split()) > 25 or re.search(r"[.!?][\"”’']?\s*$", para) and len(para.split()) > 12:
            first_body = i
            break
    if first_body is None:
        first_body = len(paragraphs)
    for i in range(first_body):
        roles[i] = "headline" if i == 0 else "related-headline"
    for i in range(len(paragraphs) - 1, first_body - 1, -1):
        if len(paragraphs[i].split()) <= 30 and _BOILERPLATE.search(paragraphs[i]):
            roles[i] = "boilerplate"
        else:
            break
    return roles

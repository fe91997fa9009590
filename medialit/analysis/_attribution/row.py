"""`Row`: one statement while it is being read (offsets into the article text)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)  # no __dict__ per statement: a 10 MB article has some 50,000
class Row:
    cue_start: int | None
    cue_end: int | None
    category: str
    rule: str
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    level: int = 0  # 1 when the cue sits inside a quotation
    recipient_start: int | None = None
    recipient_end: int | None = None
    start: int = 0
    end: int = 0
    parent: int | None = None
    parent_rule: str | None = None
    block: bool = False
    source_resolved: str | None = None
    extra: dict = field(default_factory=dict)

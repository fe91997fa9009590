"""Rule ``with-participle`` (issue 12, `_attribution/with_participle.py`): "..., with X saying ...", the
phrase after "with" is the speaker of the participle.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from medialit import Article
from medialit.analysis.attributions import trace_attributions


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    frame = trace_attributions(Article.from_text("Harbour notes\n\n" + text))
    return [(r.source, r.cue, r.content, r.rule) for r in frame.itertuples() if isinstance(r.source, str)]


# (sentence, speaker, cue, start of the content)
READS = [
    ("The vote was close, with Ms. Ruiz calling for a recount.", "Ms. Ruiz", "calling for", "a recount"),
    (
        "The hearing ended with the harbour master asking who had signed the permit.",
        "the harbour master",
        "asking",
        "who",
    ),
    (
        "Pilots were split, with 40 percent saying the new channel was unsafe.",
        "40 percent",
        "saying",
        "the new channel was unsafe",
    ),
    (
        "The ferry left late, with the crowd on the quay chanting the captain's name.",
        "the crowd on the quay",
        "chanting",
        "the",
    ),
]


@pytest.mark.parametrize("text, speaker, cue, content", READS)
def test_the_phrase_after_with_speaks(text, speaker, cue, content):
    got = [c for s, q, c, _ in _rows(text) if s == speaker and q == cue]
    assert got and got[0].startswith(content), _rows(text)


def test_punctuation_between_with_and_the_participle_is_no_absolute_phrase():
    # 'with' belongs to another phrase; the participle after the comma is the sentence subject's
    text = "The mayor met with the pilots, saying the channel would reopen."
    rows = _rows(text)
    assert ("The mayor", "saying") in {(s, q) for s, q, _, _ in rows}, rows
    assert all(r != "with-participle" for _, _, _, r in rows), rows


def test_a_participle_without_with_is_not_read_by_this_rule():
    rows = _rows("Two aldermen backing the mayor's rival spoke at the depot.")
    assert all(r != "with-participle" for _, _, _, r in rows), rows

"""A caller's own cues (``extra``) are matched like the packaged ones: the same hits, the packaged ones kept."""

import pandas as pd

from medialit import Article, find_hedges
from medialit.analysis.hedge_cues import _rule_regex
from medialit.analysis.hedges import hedge_lexicon
from medialit.analysis.word_starts import WordStarts, first_letters

TEXT = (
    "Officials reportedly conceded that the bridge was closed. Word has it that up to 300 homes may lose power, "
    "the mayor warned. Some residents, a menace to no one, decimated the queue at the bakery."
)
MINE = pd.DataFrame(
    {
        "cue": ["decimated", "word has it", "warned"],
        "category": ["loaded-word", "hearsay", "judging-verb"],
        "note": ["vivid", "talk nobody stands behind", "a judging verb"],
    }
)


def test_own_cues_are_tried_only_where_their_first_word_starts():
    # No lookahead over every rule is compiled for a caller's cues: each is read for its first
    # word and tried there, with the same matches as a scan of the text.
    rules = hedge_lexicon(None, MINE)
    words = WordStarts(TEXT)
    for row in rules.tail(len(MINE)).itertuples(index=False):
        regex = _rule_regex(str(row.cue), str(row.pattern))
        assert first_letters(regex.pattern, regex.flags) is not None
        assert [m.span() for m in words.finditer(regex)] == [m.span() for m in regex.finditer(TEXT)]


def test_own_cues_are_found_and_packaged_hits_kept():
    article = Article.from_text(TEXT)
    before = find_hedges(article)
    after = find_hedges(article, extra=MINE)
    mine = after[after["rule"].str.startswith("lexicon:extra")]
    assert set(mine["text"].str.lower()) == {"decimated", "word has it", "warned"}
    kept = after[~after["rule"].str.startswith("lexicon:extra")]
    assert list(kept["text"]) == list(before["text"]) == ["reportedly", "conceded", "up to", "may", "menace"]
    assert list(kept["rule"]) == list(before["rule"])

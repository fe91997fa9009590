"""The packaged cue rules and a caller's own (``extra``) are scanned apart: the same hits as one scan."""

import pandas as pd

from medialit import Article, find_hedges
from medialit.analysis.hedge_cues import _rule_regex, _rule_starts
from medialit.analysis.hedges import hedge_lexicon

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


def test_split_scan_finds_the_same_positions_as_one_scan():
    rules = hedge_lexicon(None, MINE)
    patterns = [_rule_regex(str(r.cue), str(r.pattern)).pattern for r in rules.itertuples(index=False)]
    whole = _rule_starts(TEXT, patterns, len(patterns))
    assert whole, "the packaged rules and mine fire somewhere in the text"
    for packaged in (0, 1, len(patterns) - len(MINE), len(patterns) - 1):
        assert _rule_starts(TEXT, patterns, packaged) == whole


def test_own_cues_are_found_and_packaged_hits_kept():
    article = Article.from_text(TEXT)
    before = find_hedges(article)
    after = find_hedges(article, extra=MINE)
    mine = after[after["rule"].str.startswith("lexicon:extra")]
    assert set(mine["text"].str.lower()) == {"decimated", "word has it", "warned"}
    kept = after[~after["rule"].str.startswith("lexicon:extra")]
    assert list(kept["text"]) == list(before["text"]) == ["reportedly", "conceded", "up to", "may", "menace"]
    assert list(kept["rule"]) == list(before["rule"])

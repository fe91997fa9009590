"""Answer keys for problem set 04 (hedges and loaded words): writes `medialit/data/keys/04.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_04.py

The answers are in the clear here (this is the instructor's copy, next to the solutions);
only the hashed file is installed with the package. Every answer was checked against
`medialit/data/article.txt`, not against the helpers' output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "04"
OUT = Path("medialit/data/keys") / f"{SET}.json"

QUESTIONS: dict[str, Any] = {
    # Categories are those of medialit/lexicons/README.md (HEDGE_CATEGORIES + LOADED_CATEGORIES).
    "04.1": make_key(
        "04.1",
        "mapping",
        {
            "reportedly": "hearsay",
            "could": "probability",
            "up to": "approximator",
            "According to various estimates": "vague-source",
            "not all": "weasel",
            "nominally": "shield",
            "“blocked”": "scare-quote",
            "menace": "loaded-word",
            "conceded": "judging-verb",
        },
        confusions={
            ("hearsay", "vague-source"): "A vague source is named, however vaguely ('some officials'). Does 'reportedly' name anyone at all?",
            ("vague-source", "hearsay"): "'according to various estimates' points at a source without naming it. Which category is about unnamed sources?",
            ("weasel", "approximator"): "An approximator loosens a number. Is there a number next to 'not all'?",
            ("approximator", "weasel"): "'up to' stands before a number. Which category loosens numbers?",
            ("loaded-word", "judging-verb"): "'menace' is a noun, not a verb of saying. Which category is for words that judge?",
            ("judging-verb", "loaded-word"): "'conceded' reports what someone said. Which category is for verbs of saying that judge?",
            ("shield", "weasel"): "'nominally' keeps a label at arm's length: the border guard polices the frontier in name only.",
            ("scare-quote", "shield"): "Look at the quotation marks: what do they do to the word inside them?",
            ("probability", "weasel"): "'could lead to' says how likely something is. Which category is about likelihood?",
        },
        hint="Ask of each cue: does it say who knows, how sure, how much, how far the writer stands from a label, or does it judge?",
        success="Nine cues, nine categories: the same sentence can hold several, as sentence 27 shows.",
    ),
    "04.2": make_key(
        "04.2",
        "set",
        ["menace", "dictator"],
        item_hints={
            "wild west": "It judges, but whose phrase is it? Look at the quotation marks in paragraph 14.",
            "threat": "'threat' is the neutral word. Which word in paragraph 17 stands where 'threat' could?",
            "dictator": "A sentence that ends with a news agency as its source can still use the writer's words: are there quotation marks?",
        },
        hint="For each word: is there a neutral word that could stand in its place, and is it inside quotation marks?",
        success="Both judge in the writer's own voice; 'wild west' judges too, but in Reuters' words, borrowed in quotation marks.",
    ),
    "04.3": make_key(
        "04.3",
        "set",
        ["revealed", "noted", "claimed", "acknowledged", "conceded"],
        item_hints={
            "described": "'described ... as' passes on Reuters' words. Does the verb itself judge them?",
            "reported": "'reported' says someone published something. Does it say whether it was true, secret or reluctant?",
            "noted": "One more verb presents what follows as a plain fact the writer agrees with. Is that neutral?",
            "revealed": "One more verb makes what follows a secret brought to light. Would 'said' do the same?",
        },
        hint="Swap each verb for 'said'. Does the sentence lose a judgement (secret, fact, doubt, admission)? Lesson 04, Step 6.",
        success="Now look at the helper's marks: one of these verbs occurs twice, and the helper marks it only once.",
    ),
    "04.4": make_key(
        "04.4",
        "mapping",
        {"By all accounts": "vague-source", "in the region of": "approximator", "conceivably": "probability"},
        confusions={
            ("vague-source", "hearsay"): "Whose accounts? Nobody is named: which category is for sources that are not named?",
            ("approximator", "weasel"): "'in the region of' stands before a number. Which category loosens numbers?",
            ("probability", "weasel"): "'conceivably' says how likely something is. Which category is about likelihood?",
        },
        hint="Did the helper find all three phrases? If one is missing, print your extra table: is each cue spelled as in SAMPLE?",
        success="Your cues work on any article: try find_hedges(article, extra=extra) on the bundled one.",
    ),
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_04.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

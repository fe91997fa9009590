"""Answer keys for problem set 04 (hedges and loaded words): writes `medialit/data/keys/04.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_04.py

`STORY` is a short news story written for this set (not a real one), and `SAMPLE` a sentence made up
for 04.4. **One place decides each contested word:** every category below is the category of the cue's
row in `medialit/lexicons/hedges.csv` or `loaded.csv` (tests/test_problem_sets_keys_01_04.py checks it),
which lesson 04 and the practice questions also read. Where the lexicon's README says a word is argued
over (a judging verb can also be called a loaded word), both labels are accepted.
`CASES` feeds tests/test_check_grade_parity.py. The answers are in the clear here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "04"
OUT = Path("medialit/data/keys") / f"{SET}.json"

STORY = """Mayor\u2019s Housing Plan Faces Backlash

The mayor\u2019s plan to build 2,000 homes on the old airfield is said to have divided the city council.

Critics say the scheme might add as many as 4,000 cars to local roads.

Some experts warn that the site may flood, although the city\u2019s own survey found no such risk.

The mayor slammed her opponents at a rally on Tuesday, calling their objections \u201cscaremongering\u201d.

Opposition councillor Ruth Adeyemi admitted that the city needs new homes but said the airfield was \u201cthe wrong place\u201d for them.

Roughly half of the homes would be sold below market price under the plan\u2019s so-called affordability clause.

Many councillors are still undecided.
"""

#: cue -> (sentence of STORY, category as in the lexicon row that finds it)
CUES: dict[str, tuple[int, str]] = {
    "is said to": (1, "hearsay"),
    "Critics": (2, "vague-source"),
    "might": (2, "probability"),
    "as many as": (2, "approximator"),
    "Some experts": (3, "vague-source"),
    "may": (3, "probability"),
    "slammed": (4, "judging-verb"),
    "admitted": (5, "judging-verb"),
    "Roughly": (6, "approximator"),
    "so-called": (6, "shield"),
    "Many": (7, "weasel"),
}
#: Cues whose category the lexicon README names as argued over: these other labels are accepted too.
ALSO_ACCEPTED = {"slammed": ("loaded-word",), "admitted": ("loaded-word",)}
WORDS = ["slammed", "scaremongering", "the wrong place", "backlash", "so-called", "admitted"]
REWRITES = [
    "The mayor criticised her opponents at a rally on Tuesday, calling their objections \u201cscaremongering\u201d.",
    "The mayor rightly dismissed her opponents' scaremongering at a rally on Tuesday.",
    "The mayor spoke at a rally on Tuesday.",
    "The mayor lashed out at her opponents at a rally on Tuesday, calling their objections \u201cscaremongering\u201d.",
]
SAMPLE = ("By all accounts the ferry was overloaded, and in the region of 200 passengers were conceivably "
          "still aboard when it sank.")

ANSWERS: dict[str, Any] = {
    "04.1": {cue: category for cue, (_, category) in CUES.items()},
    "04.2": ["slammed", "so-called", "admitted"],
    "04.3": {"answer": REWRITES[0], "why": "It keeps who said what and her own word in quotes; the third rewrite loses what she said."},
    "04.4": {"By all accounts": "vague-source", "in the region of": "approximator", "conceivably": "probability"},
}

QUESTIONS: dict[str, Any] = {
    "04.1": make_key(
        "04.1", "mapping",
        {cue: (category, *ALSO_ACCEPTED[cue]) if cue in ALSO_ACCEPTED else category for cue, category in ANSWERS["04.1"].items()},
        points=3,
        hint="Ask of each cue what it makes loose: who knows it, how likely it is, how much, how many, or what to call something.",
        success="Eleven cues in seven sentences: a story can sound firm while almost every sentence hedges.",
    ),
    "04.2": make_key(
        "04.2", "set", ANSWERS["04.2"], points=2, optional=["backlash"],
        hint="For each word ask: is it inside a speaker's quotation marks, or did the writer choose it?",
        success="A loaded word in quotation marks is the speaker's choice; outside them it is the writer's.",
    ),
    "04.3": make_key(
        "04.3", "choice", REWRITES[0], points=3, justify=8,
        explanations={
            REWRITES[1]: "Whose word is 'scaremongering' in this version, and what does 'rightly' add?",
            REWRITES[2]: "What did the reader learn from the original that this version drops?",
            REWRITES[3]: "Compare the verb with 'said': does it judge?",
        },
        hint="For each rewrite ask two questions: which of its words judge, and what did the reader of sentence 4 learn that it drops?",
        success="A neutral rewrite keeps the facts and the speaker's own words; only the writer's verdict goes.",
    ),
    "04.4": make_key(
        "04.4", "mapping", ANSWERS["04.4"], points=3,
        confusions={
            ("vague-source", "hearsay"): "Check a cue you called hearsay: does it pass on a report, or point at someone it does not name?",
            ("approximator", "weasel"): "Check a cue you called weasel: what follows it in SAMPLE?",
            ("probability", "weasel"): "Check a cue you called weasel: is it about how many, or about something else?",
        },
        hint="Did the helper find all three phrases? If one is missing, print your extra table: is each cue spelled as in SAMPLE?",
        success="Your cues work on any article: try find_hedges(article, extra=extra) on the bundled one.",
    ),
}

CASES: dict[str, dict[str, Any]] = {
    "04.1": {
        "key": ANSWERS["04.1"],
        "also": [{**ANSWERS["04.1"], "slammed": "loaded-word"}],
        "wrong": [{**ANSWERS["04.1"], "is said to": "vague-source"}, {**ANSWERS["04.1"], "so-called": "weasel", "Many": "approximator"},
                  {"is said to": "hearsay"}],
    },
    "04.2": {"key": ANSWERS["04.2"], "also": [[*ANSWERS["04.2"], "backlash"]],
             "wrong": [["slammed", "scaremongering"], ["slammed", "so-called", "admitted", "the wrong place"], ["slammed"]]},
    "04.3": {
        "key": ANSWERS["04.3"],
        "also": [(REWRITES[0], "criticised is neutral and the quoted word stays the mayor's word")],
        "wrong": [{"answer": REWRITES[2], "why": "It is the most neutral of all, nothing judges anybody."},
                  {"answer": REWRITES[0], "why": "neutral"}, REWRITES[0]],
    },
    "04.4": {
        "key": ANSWERS["04.4"],
        "also": [{"by all accounts": "vague-source", "in the region of": "approximator", "conceivably": "probability"}],
        "wrong": [{**ANSWERS["04.4"], "conceivably": "weasel"}, {"in the region of": "approximator"}],
    },
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_04.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

"""Answer keys for problem set 02 (who says what): writes `medialit/data/keys/02.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_02.py

`STORY` is a short news story written for this set (not a real one), with its own traps: a figure
that reaches the reader through two outlets, a quote that reaches it by one of two defensible routes, a
source who speaks to this newspaper and one who speaks to a radio station, an unnamed witness and a
sentence no one vouches for. The answers are in the clear here; only the hashed file is installed.
"first-hand" means first-hand **to this outlet** (the source spoke or wrote to this outlet itself), the
definition lesson 02 and the set both give. `CASES` feeds tests/test_check_grade_parity.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "02"
OUT = Path("medialit/data/keys") / f"{SET}.json"

STORY = """Port Strike Talks Collapse, Union Says

Talks to end the dockworkers\u2019 strike at Harlow port collapsed on Friday, the Coastline Gazette reported, citing a statement from the dockworkers\u2019 union.

\u201cThe employers walked out after ten minutes,\u201d the union\u2019s regional secretary, Dana Okafor, said in the statement.

The port authority told this newspaper that the talks had been \u201cpaused, not ended\u201d and that both sides would meet again on Wednesday.

Analysts at Meridian Freight estimated that the strike had delayed about 40 ships, Reuters reported, citing a note the firm sent to its clients.

A harbour pilot, who asked not to be named because he was not allowed to speak to the press, said queues of ships could be seen from the shore.

Okafor later told a local radio station that the union was \u201cready to talk at any hour\u201d.

The strike, the first at the port in twelve years, began on Monday.

Employers\u2019 representatives did not respond to requests for comment.
"""

CHAINS = [
    "this newspaper \u2190 Reuters \u2190 Meridian Freight's analysts, in a note to clients",
    "this newspaper \u2190 Meridian Freight's analysts, who spoke to this newspaper",
    "this newspaper \u2190 Reuters, which counted the ships itself",
    "this newspaper \u2190 the port authority \u2190 Reuters",
]
ROUTES = [
    "from the union's statement, which this newspaper read itself",
    "through the Coastline Gazette, which cited the union's statement",
    "Okafor said it to this newspaper",
    "through the port authority",
]
HAND = ["first-hand", "second-hand"]
SPEECH = ["direct", "indirect", "mixed"]

ANSWERS: dict[str, Any] = {
    "02.1": CHAINS[0],
    "02.2": {"answer": ROUTES[1], "why": "Sentence 1 says the Gazette cited the statement; sentence 2 goes on from it."},
    "02.3": {1: "second-hand", 3: "first-hand", 4: "second-hand", 5: "first-hand", 6: "second-hand"},
    "02.4": {1: "indirect", 2: "direct", 3: "mixed", 4: "indirect", 6: "mixed"},
    "02.5": [7],
}

QUESTIONS: dict[str, Any] = {
    "02.1": make_key(
        "02.1", "choice", CHAINS[0], points=2,
        explanations={
            CHAINS[1]: "Read sentence 4 to its end: who reported the estimate, and from what?",
            CHAINS[2]: "Who 'estimated' in sentence 4? Did Reuters count anything?",
            CHAINS[3]: "Is the port authority in sentence 4 at all?",
        },
        hint="Sentence 4 has two sources and one document. Which of them did the counting, and which passed it on?",
        success="Two links between you and the estimate, and the first one (the note) is not public: that is where a check would start.",
    ),
    "02.2": make_key(
        "02.2", "choice", (ROUTES[0], ROUTES[1]), points=3, justify=6,
        explanations={
            ROUTES[2]: "Sentence 2 says where Okafor said it. Was it to this newspaper?",
            ROUTES[3]: "Does the port authority pass on anything from the union?",
        },
        hint="Sentence 2 says 'in the statement'. Which statement, and where did this newspaper get it? Sentence 1 may help.",
        success="The text allows both routes; your reason is what your teacher reads. A reporter would say which.",
    ),
    "02.3": make_key(
        "02.3", "mapping", {**ANSWERS["02.3"], 5: ("first-hand", "second-hand")}, points=2,
        hint="First-hand to this outlet: did the source speak or write to this outlet itself? Read each sentence for the words 'told', 'reported', 'citing'.",
        success="Only one source is sure to have spoken to this newspaper; for the pilot the page does not say to whom he spoke.",
    ),
    "02.4": make_key(
        "02.4", "mapping", ANSWERS["02.4"], points=2,
        confusions={
            ("mixed", "direct"): "Check a sentence you called direct: is all of the source's statement inside quotation marks?",
            ("mixed", "indirect"): "Check a sentence you called indirect: are there quotation marks anywhere in it?",
            ("indirect", "mixed"): "Check a sentence you called mixed: where are its quotation marks?",
        },
        hint="Look only at the quotation marks: around all of the statement, around a few words, or nowhere?",
        success="Mixed speech lets a writer choose which words to give in the source's voice; ask why those words.",
    ),
    "02.5": make_key(
        "02.5", "set", ANSWERS["02.5"], points=2, optional=[8],
        hint="For each body sentence ask: who says so? A source can be unnamed and still be a source.",
        success="A sentence no one vouches for is the writer's own: it is the outlet's claim, and the one to check first.",
    ),
}

CASES: dict[str, dict[str, Any]] = {
    "02.1": {"key": CHAINS[0], "also": [], "wrong": [CHAINS[1], CHAINS[2], "Reuters"]},
    "02.2": {
        "key": ANSWERS["02.2"],
        "also": [{"answer": ROUTES[0], "why": "Unions publish statements; a reporter can read one directly."}],
        "wrong": [{"answer": ROUTES[2], "why": "Okafor said it, so she said it to us."}, {"answer": ROUTES[1], "why": "Gazette"}, ROUTES[1]],
    },
    "02.3": {
        "key": ANSWERS["02.3"],
        "also": [{**ANSWERS["02.3"], 5: "second-hand"}, {str(k): v for k, v in ANSWERS["02.3"].items()}],
        "wrong": [{**ANSWERS["02.3"], 1: "first-hand"}, {**ANSWERS["02.3"], 3: "second-hand"}, {1: "second-hand", 3: "first-hand"}],
    },
    "02.4": {
        "key": ANSWERS["02.4"],
        "also": [],
        "wrong": [{**ANSWERS["02.4"], 3: "direct"}, {**ANSWERS["02.4"], 6: "indirect"}, {2: "direct"}],
    },
    "02.5": {"key": [7], "also": [[7, 8], ["7"]], "wrong": [[5, 7], [8], [0, 7]]},
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_02.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

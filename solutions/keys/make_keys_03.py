"""Answer keys for problem set 03 (claims and denials): writes `medialit/data/keys/03.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_03.py

`STORY` is a short news story written for this set (not a real one). Its traps: a denial of a
narrower claim than the headline's, a sentence with "did not deny" that is no denial, one that cannot
confirm (neither yes nor no), a rejection of the denier's own account, and two statements a careful
reader can file either way (a careful non-denial; a rule stated with "not"). Where a sentence is no
denial, "claim" and "neither" are both accepted: the skill asked is telling a denial from what only looks
like one. `CASES` feeds tests/test_check_grade_parity.py. The answers are in the clear here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "03"
OUT = Path("medialit/data/keys") / f"{SET}.json"

STORY = """Chemical Firm Denies Leak Reached River

Residents of Elmbrook said on Sunday that a green film had appeared on the Tarn river below the Solvex plant.

A local environmental group, Clean Tarn, claimed that the plant had leaked a cleaning solvent into the river overnight.

Solvex denied that any solvent had reached the river, saying a spill on Saturday had been \u201cfully contained\u201d inside the plant.

The company did not deny that a spill had taken place.

The regional water agency said it had taken samples but could not yet confirm the source of the film.

Clean Tarn rejected the company\u2019s account of a contained spill as \u201ca story written before the tests are back\u201d.

A Solvex spokesperson said the firm was \u201cnot aware of any harm to wildlife\u201d.

Fishing on the stretch below the plant is not allowed until the tests are complete, the agency said.
"""

LABELS = ["claim", "denial", "neither"]
EVIDENCE = [
    "the water agency's test results",
    "none that the article shows: only the company's own word that the spill was contained",
    "Clean Tarn's samples",
    "the residents' account of Sunday",
]
HEADLINES = [
    "Chemical Firm Denies Leak Reached River",
    "Solvex Says Spill Was Contained; Tests on River Film Pending",
    "Chemical Firm Poisons River, Residents Say",
    "Water Agency Clears Chemical Firm Over River Film",
]

ANSWERS: dict[str, Any] = {
    "03.1": [(3, 2), (6, 3)],
    "03.2": {1: "claim", 2: "claim", 3: "denial", 4: "neither", 5: "neither", 6: "denial", 7: "claim", 8: "claim"},
    "03.3": EVIDENCE[1],
    "03.4": {"answer": HEADLINES[1], "why": "It says who says what and that the tests are not back; nothing is settled yet."},
}

QUESTIONS: dict[str, Any] = {
    "03.1": make_key(
        "03.1", "pairs", ANSWERS["03.1"], points=3,
        hint="For each denial ask: what exactly is said not to be so? Then find the sentence where someone asserted that.",
        success="A denial is only as wide as what it denies: Solvex denies the river, not the spill.",
    ),
    "03.2": make_key(
        "03.2", "mapping",
        {**ANSWERS["03.2"], **{n: ("claim", "neither") for n in (4, 5, 7, 8)}}, points=2,
        confusions={
            ("neither", "denial"): "Check each sentence you called a denial: who says that what claim is not so?",
            ("claim", "denial"): "Check each sentence you called a denial: does a 'not' in it reject someone's claim?",
            ("denial", "claim"): "Check each sentence you called a claim: does its speaker assert something, or reject someone else's assertion?",
        },
        hint="A denial says someone else's claim is not so. A 'not' or a 'deny' in a sentence does not make it a denial by itself.",
        success="Four sentences carry a 'not' or a 'deny' and none of them denies a claim; whether you call them claims or neither, the key accepts both.",
    ),
    "03.3": make_key(
        "03.3", "choice", EVIDENCE[1], points=2,
        explanations={
            EVIDENCE[0]: "Read sentence 5 again: what does the agency say about its samples?",
            EVIDENCE[2]: "Does the article say Clean Tarn took samples?",
            EVIDENCE[3]: "Would the residents' account support the company's denial?",
        },
        hint="List what the article shows in support of Solvex's denial, sentence by sentence.",
        success="A denial is a claim too: ask what it rests on.",
    ),
    "03.4": make_key(
        "03.4", "choice", (HEADLINES[0], HEADLINES[1]), points=3, justify=8,
        explanations={
            HEADLINES[2]: "Which sentence says the firm poisoned the river? Who says what in sentences 1 and 2?",
            HEADLINES[3]: "What does the agency say it can and cannot confirm?",
        },
        hint="For each headline, find the sentences that carry each of its words. Does the body support it?",
        success="Both readings can be defended; what your teacher reads is your reason.",
    ),
}

CASES: dict[str, dict[str, Any]] = {
    "03.1": {"key": ANSWERS["03.1"], "also": [{3: 2, 6: 3}, [("3", "2"), ("6", "3")]],
             "wrong": [[(3, 1), (6, 3)], [(3, 2), (6, 2)], [(3, 2), (4, 2), (6, 3)], [(3, 2)]]},
    "03.2": {
        "key": ANSWERS["03.2"],
        "also": [{**ANSWERS["03.2"], 7: "neither", 8: "neither"}, {**ANSWERS["03.2"], 4: "claim", 5: "claim"}],
        "wrong": [{**ANSWERS["03.2"], 4: "denial"}, {**ANSWERS["03.2"], 5: "denial"}, {**ANSWERS["03.2"], 6: "claim"},
                  {**ANSWERS["03.2"], 7: "denial"}],
    },
    "03.3": {"key": EVIDENCE[1], "also": [], "wrong": [EVIDENCE[0], EVIDENCE[2]]},
    "03.4": {
        "key": ANSWERS["03.4"],
        "also": [{"answer": HEADLINES[0], "why": "Solvex did deny that solvent reached the river, exactly as the headline says."}],
        "wrong": [{"answer": HEADLINES[3], "why": "The agency took samples so it must have cleared the firm."},
                  {"answer": HEADLINES[1], "why": "fair"}, HEADLINES[1]],
    },
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_03.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

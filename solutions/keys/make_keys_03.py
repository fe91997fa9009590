"""Answer keys for problem set 03 (claims and denials): writes `medialit/data/keys/03.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_03.py

The answers are in the clear here (this is the instructor's copy, next to the solutions);
only the hashed file is installed with the package. Every answer was checked against
`medialit/data/article.txt`, not against the helpers' output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.article import load_article
from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "03"
OUT = Path("medialit/data/keys") / f"{SET}.json"


def quote(text: str, first: str, last: str) -> str:
    """The article's words from `first` up to and including the next `last` (as the notebook's `quote`)."""
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


# The sorter statements of 03.3, cut from the bundled article exactly as the notebook cuts them.
_TEXT = load_article().text
S = {
    "pmf_claim": quote(_TEXT, "the PMF claimed on January 15", "with Syria"),
    "baghdad": quote(_TEXT, "Baghdad repudiated", "media reports"),
    "spokesman": quote(_TEXT, "a Pentagon spokesman told", "mission in Iraq"),
    "media_reports": quote(_TEXT, "recent Iraqi media reports claiming", "in Anbar province"),
    "coalition_june": quote(_TEXT, "something the American-led", "denied"),
    "accusation": quote(_TEXT, "the Shiite fighters accused", "Iran-linked forces"),
    "coalition_blocked": quote(_TEXT, "the U.S.-led coalition against", "Anbar province"),
    "pentagon_claims": quote(_TEXT, "The Pentagon claims", "links to Iran."),
}

MEANING = {
    "denied": "says the claim is false",
    "repudiated": "rejects the claim formally, as something to have nothing to do with",
    "found untrue": "says a check showed the claim is false",
    "did not confirm": "leaves the claim open: neither yes nor no",
}

QUESTIONS: dict[str, Any] = {
    # Sentence numbers are rows of article.sentences.
    "03.1": make_key(
        "03.1",
        "pairs",
        # 4: the reports "found 'untrue'" are the channels' reports of sentence 3. 5: the coalition denied that the
        # PMF "blocked" its troops; the PMF's claim is told only later, in sentence 10. 22: "something the
        # American-led coalition denied" is the accusation earlier in the same sentence.
        [(4, 3), (5, 10), (22, 22)],
        item_hints={
            5: "The coalition denied that the PMF 'blocked' its troops. Where does the article tell you what the PMF itself claimed, and when?",
            22: "'something the American-led coalition denied': what is the 'something'? Read the start of the same sentence.",
            4: "'the reports were found untrue': which reports? Read the sentence before.",
        },
        hint="For each denial ask: what exactly is denied, and where is that said as a claim? Paragraphs 3, 4, 8 and 16.",
        success="The coalition's denial comes four paragraphs before the claim it answers: the article tells that story backwards.",
    ),
    "03.2": make_key(
        "03.2",
        "mapping",
        {2: "Baghdad", 4: "the war media cell", 5: "the U.S.-led coalition", 22: "the U.S.-led coalition"},
        confusions={
            ("baghdad", "war media cell"): "That is who it was according to the next sentence; which name does this sentence itself use?",
            ("war media cell", "bas news"): "Bas News 'revealed' the statement; who 'said in a statement'?",
            ("baghdad", "bas news"): "Bas News 'reported' the denial; who 'repudiated'?",
            ("war media cell", "baghdad"): "Sentence 4 names a smaller body than a whole capital. Which?",
        },
        hint="In each sentence, find the denial verb (repudiated, found untrue, denied) and its subject.",
        success="The headline's 'Iraq' is, in the body, 'Baghdad', and in the detail a media cell of one ministry.",
    ),
    "03.3": make_key(
        "03.3",
        "pairs",
        [(S["baghdad"], S["media_reports"]), (S["coalition_june"], S["accusation"]), (S["coalition_blocked"], S["pmf_claim"])],
        item_hints={
            S["coalition_blocked"]: "The coalition denied that its troops were 'blocked'. Who said it blocked them, and on what date?",
            S["coalition_june"]: "'something the American-led coalition denied': what is the 'something'?",
            S["baghdad"]: "Baghdad repudiated 'recent Iraqi media reports': what did those reports claim?",
        },
        hint="Three of the eight statements are denials. Which verbs say no: 'repudiated', 'denied', 'claims', 'told ... is not'?",
        success="Saying 'not' is not denying: the spokesman states a policy, and 'claims' marks a claim, not a denial.",
    ),
    "03.4": make_key(
        "03.4",
        "choice",
        "none: the article only says the reports were found untrue after investigations",
        explanations={
            "the results of its investigations, quoted in the article": "Find the word 'investigations' in paragraph 3. Is anything of their results quoted?",
            "none: the article only says the reports were found untrue after investigations": (
                "Right: the investigations are mentioned, not shown. That does not make the denial false; it means the "
                "article gives you no way to check it."
            ),
            "the U.S.-led coalition's statement to VOA": "The coalition's statement is about the border inspection, not about the airstrike reports.",
            "footage from the Iraqi news channels": "The channels are the ones whose reports are denied, and does the article mention any footage?",
        },
        hint="Paragraph 3: what does the war media cell say it did, and what does the article show of it?",
    ),
    "03.5": make_key(
        "03.5",
        "mapping",
        MEANING,
        confusions={
            (MEANING["did not confirm"], MEANING["denied"]): "Does 'did not confirm' say the claim is false, or only that it is not said to be true?",
            (MEANING["found untrue"], MEANING["denied"]): "'found' implies something was looked into. Which meaning talks of a check?",
            (MEANING["repudiated"], MEANING["denied"]): "Both say no. Which of the two is the formal, stronger rejection?",
            (MEANING["denied"], MEANING["repudiated"]): "Both say no. Which of the two is the plain one?",
        },
        hint="Ask of each phrase: does it say false, does it claim a check, or does it leave the claim open?",
        success="Only one of the four leaves the claim open; a headline that calls it a denial changes what you think is known.",
    ),
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_03.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

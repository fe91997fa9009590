"""Answer keys for problem set 01 (anatomy of a news page): writes `medialit/data/keys/01.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_01.py

The answers are in the clear here (this is the instructor's copy, next to the solutions);
only the hashed file is installed with the package. Every answer was checked against
`medialit/data/article.txt`, not against the helpers' output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "01"
OUT = Path("medialit/data/keys") / f"{SET}.json"

QUESTIONS: dict[str, Any] = {
    # Paragraph numbers are rows of article.paragraphs.
    "01.1": make_key(
        "01.1",
        "mapping",
        {0: "headline", 1: "related-story link", 21: "boilerplate"},
        confusions={
            ("related-story link", "headline"): "Only one line is this story's headline. Does the second line tell the same story (where? what happened?)?",
            ("headline", "related-story link"): "A related-story link is about another story. Is the first line about another story?",
            ("boilerplate", "related-story link"): "Would this line appear under any article on the site, whatever the story?",
            ("related-story link", "boilerplate"): "Boilerplate is the same on every page. Is this line the same on every page, or is it news?",
        },
        hint="Which lines are not about the airstrike reports in Anbar? Look at the top and the very bottom of the page.",
        success="The related link (32 civilians, east Syria) is another story: its figure must not be read as part of this one.",
    ),
    "01.2": make_key(
        "01.2",
        "set",
        [2, 4],
        item_hints={
            0: "Sentence 0 is the headline itself; the question asks where the body supports it.",
            3: "Sentence 3 gives the reports. Who says, in the next sentence, what they are worth?",
            5: "Sentence 5 is a denial, but by whom and of what? Compare it with the headline's 'U.S. Bombed'.",
            22: "That denial is about an airstrike 'Last June', not about the reports of paragraph 2.",
        },
        hint="Which words in paragraphs 2 and 3 reject the reports of a U.S. strike?",
        success="The body gives the denial twice: summed up in paragraph 2, in detail in paragraph 3.",
    ),
    "01.3": make_key(
        "01.3",
        "choice",
        "the war media cell of the Iraqi defense ministry, as relayed by Bas News",
        explanations={
            "the Iraqi government, in a formal statement to this outlet": (
                "Does the article quote any statement made to itself about the strike? Read the end of sentences 2 and 4: "
                "who reported or revealed the denial?"
            ),
            "the war media cell of the Iraqi defense ministry, as relayed by Bas News": (
                "Right: a media cell of one ministry said the reports were found 'untrue', and the article knows it "
                "only through Bas News. The headline turns that into 'Iraq Denies'."
            ),
            "Bas News itself": "Bas News reported and 'revealed' the denial; did it make it? Who 'said in a statement'?",
            "Voice of America": "VOA appears in paragraph 5, about the inspection and the coalition, not about the strike reports.",
        },
        hint="Sentence 4: who 'said in a statement', and who 'revealed' it?",
    ),
    "01.4": make_key(
        "01.4",
        "mapping",
        {"publisher": "Breitbart News", "evidence": 23},
        confusions={
            ("breitbart news", "bas news"): "The article cites Bas News as reporting something; would an outlet cite its own report that way?",
            ("breitbart news", "voice of america"): "VOA is quoted as reporting something. Which outlet is only ever told things, never cited?",
            ("breitbart news", "reuters"): "Reuters is cited twice as reporting. Which outlet is only ever told things, never cited?",
            ("breitbart news", "washington post"): "The Post is cited as acknowledging something. Which outlet is only ever told things, never cited?",
        },
        hint="Which outlet does the article never cite as reporting anything, but names as the one a spokesman spoke to?",
        success="Outlets write 'told us' as 'told <our name>'. Still an inference: a URL, a byline or an archived copy would make you surer.",
    ),
    "01.5": make_key(
        "01.5",
        "choice",
        "2019-01-21",
        explanations={
            "2018-12-26": "That is the day of Trump's visit, which the article calls 'last month': the article is from a later month.",
            "2019-01-15": (
                "The PMF made its claim that day. The coalition answered after it, and Bas News reported a couple of days "
                "after the coalition. The helper stops here; you can go further."
            ),
            "2019-01-19": "That Saturday VOA reported the coalition's answer. On which day of the week did Bas News report?",
            "2019-01-21": (
                "Right: the first Monday a couple of days after the coalition's answer to the January 15 claim, in the "
                "month after Trump's visit. Each step is an inference; the article states none of them."
            ),
            "2019-02-04": "A Monday, but is it the earliest one that fits? And would Trump's December visit still be 'last month'?",
        },
        hint="Paragraphs 2, 4 and 8: what came first, what came 'a couple of days after', and on which weekday?",
    ),
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_01.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

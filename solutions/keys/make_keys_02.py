"""Answer keys for problem set 02 (who says what): writes `medialit/data/keys/02.json`.

Run from the repository root after changing an answer, a hint or a question id:

    python solutions/keys/make_keys_02.py

The answers are in the clear here (this is the instructor's copy, next to the solutions);
only the hashed file is installed with the package. Every answer was checked against
`medialit/data/article.txt`, not against the helpers' output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medialit.teaching.keys import make_key, render_key_file, write_key_file

SET = "02"
OUT = Path("medialit/data/keys") / f"{SET}.json"

QUESTIONS: dict[str, Any] = {
    # Sentence numbers are rows of article.sentences.
    "02.1": make_key(
        "02.1",
        "mapping",
        # The article quotes Bas News (paragraph 3 is in quotation marks, "Bas News revealed"); in Bas News' words,
        # "Several Iraqi news channels reported earlier" the figure. The war media cell only says the reports were
        # found untrue: it denies the figure, it does not pass it on (the helper nests the channels under the cell).
        {1: "Bas News", 2: "Iraqi news channels"},
        confusions={
            ("iraqi news channels", "war media cell"): (
                "Does the war media cell pass the figure on, or say the reports were untrue? Who 'reported earlier'?"
            ),
            ("bas news", "breitbart news"): "Position 1 is the source this article cites, not the article's own outlet.",
        },
        hint="Whose words is sentence 3 in (look at the quotation marks and the end of paragraph 3), and who, in those words, reported the figure first?",
        success="Two links, and the first to report the figure is not even named: 'several Iraqi news channels'.",
    ),
    "02.2": make_key(
        "02.2",
        "mapping",
        {3: "second-hand", 4: "second-hand", 8: "second-hand", 16: "second-hand", 23: "first-hand", 26: "second-hand"},
        confusions={
            ("second-hand", "first-hand"): "For each first-hand label, ask: to whom did the source speak or write? Is it this outlet?",
            ("first-hand", "second-hand"): "One of the sources did speak to this outlet. Which outlet is named as the one told something?",
        },
        item_hints={8: "Sentence 8: the coalition 'told' someone. Who was told?"},
        hint="For each sentence: who was told or written to? Compare 'told VOA' with 'told Breitbart News'.",
        success="Only one statement in the whole article was made to this outlet; everything else is passed on.",
    ),
    "02.3": make_key(
        "02.3",
        "set",
        [16, 18, 19, 20, 21],
        item_hints={
            15: "Sentence 15 is 'According to various estimates': are those estimates Reuters'?",
            17: "Sentence 17 says 'reportedly', but does it name who reported it?",
            19: "Paragraph 14 ends with 'adding:'. What does the colon introduce?",
            20: "Paragraph 14 ends with 'adding:'. How far does the passage it introduces go?",
            21: "Paragraph 14 ends with 'adding:'. How far does the passage it introduces go?",
        },
        hint="Find 'Reuters' in paragraphs 12 and 14, and look at what follows 'adding:'.",
        success="Five sentences, two of them reporting what Reuters wrote 'last month': check the date of a source, too.",
    ),
    "02.4": make_key(
        "02.4",
        "mapping",
        {5: "mixed", 8: "direct", 14: "mixed", 16: "indirect", 23: "indirect", 26: "mixed"},
        confusions={
            ("mixed", "indirect"): "Look for quotation marks inside the writer's sentence: even one quoted word makes it mixed.",
            ("mixed", "direct"): "Is the whole statement in quotation marks, or only a few words of it?",
            ("direct", "mixed"): "Is anything of this statement outside the quotation marks, apart from who said it?",
            ("indirect", "mixed"): "Are any of the source's words in quotation marks here?",
        },
        hint="For each statement, mark the quotation marks: around all of it, around a word or two, or none?",
    ),
}


def render() -> str:
    """The key file's exact text."""
    return render_key_file(SET, QUESTIONS, note="Written by solutions/keys/make_keys_02.py; do not edit by hand.")


def main() -> int:
    return write_key_file(OUT, render())


if __name__ == "__main__":
    raise SystemExit(main())

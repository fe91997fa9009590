"""Sentence splitting and quotation ids: (text, expected) tables we wrote, pySBD style."""

import pandas as pd
import pytest

from medialit.article import Article
from medialit.errors import MedialitError
from medialit.lexicon import load_lexicon
from medialit.sentences import SENTENCE_COLUMNS, find_quotations, split_sentences


def sentences(text: str) -> list[str]:
    return Article.from_text(text).sentences["text"].tolist()


SPLITS = [
    # titles and initials
    ("Gen. Mark Milley spoke first. He was brief.", ["Gen. Mark Milley spoke first.", "He was brief."]),
    ("Dr. Ana Ruiz and Mr. Tom Lee met. They agreed.", ["Dr. Ana Ruiz and Mr. Tom Lee met.", "They agreed."]),
    ("Lt. Col. Dana Ward led the unit. It returned.", ["Lt. Col. Dana Ward led the unit.", "It returned."]),
    ("The guard, J. R. Smith, scored. Fans cheered.", ["The guard, J. R. Smith, scored.", "Fans cheered."]),
    ("George W. Bush visited Ohio. Crowds waited.", ["George W. Bush visited Ohio.", "Crowds waited."]),
    # initialisms
    ("U.S. troops left the base. Locals watched.", ["U.S. troops left the base.", "Locals watched."]),
    ("The U.K. Foreign Office said nothing. Nobody asked.", ["The U.K. Foreign Office said nothing.", "Nobody asked."]),
    ("Aid came from the U.S. The rest came later.", ["Aid came from the U.S.", "The rest came later."]),
    ("Talks stalled in the U.K. However, hope remains.", ["Talks stalled in the U.K.", "However, hope remains."]),
    ("The meeting ended at 10 p.m. Eastern time on Friday.", ["The meeting ended at 10 p.m. Eastern time on Friday."]),
    ("Shares of Acme Inc. fell. Investors sold.", ["Shares of Acme Inc. fell.", "Investors sold."]),
    # numbers, dates, decimals, money
    ("Rates rose 3.5 percent. Bonds fell.", ["Rates rose 3.5 percent.", "Bonds fell."]),
    ("The deal is worth $1.2 billion. It closes soon.", ["The deal is worth $1.2 billion.", "It closes soon."]),
    ("He lives at No. 10 Downing Street. Visitors queue.", ["He lives at No. 10 Downing Street.", "Visitors queue."]),
    (
        "The vote is on Jan. 15 in the capital. Polls open early.",
        ["The vote is on Jan. 15 in the capital.", "Polls open early."],
    ),
    ("Sales fell in 2019. 2020 was worse.", ["Sales fell in 2019.", "2020 was worse."]),
    # URLs and e-mail
    ("See example.org/report.pdf for details. It is long.", ["See example.org/report.pdf for details.", "It is long."]),
    (
        "Write to press@example.com for copies. Replies are slow.",
        ["Write to press@example.com for copies.", "Replies are slow."],
    ),
    # ellipses
    ("He paused... and then he left.", ["He paused... and then he left."]),
    ("She waited\u2026 but nobody came.", ["She waited\u2026 but nobody came."]),
    ("It ended... Then the crowd went home.", ["It ended...", "Then the crowd went home."]),
    # quotes closing after the period
    ('"We are ready." The troops moved.', ['"We are ready."', "The troops moved."]),
    ("“We are ready.” The troops moved.", ["“We are ready.”", "The troops moved."]),
    ("He called it “a ‘fake’ report.’” Nobody agreed.", ["He called it “a ‘fake’ report.’”", "Nobody agreed."]),
    ("“The claims were ‘baseless,'” the ministry said.", ["“The claims were ‘baseless,'” the ministry said."]),
    ("“It is over.” the spokesman said. Talks resumed.", ["“It is over.” the spokesman said.", "Talks resumed."]),
    # question and exclamation marks inside quotes with attribution
    ('"Why?" he asked.', ['"Why?" he asked.']),
    (
        "“Who paid for this?” she asked the mayor. He shrugged.",
        ["“Who paid for this?” she asked the mayor.", "He shrugged."],
    ),
    ("“Stop!” shouted the officer. Everyone froze.", ["“Stop!” shouted the officer.", "Everyone froze."]),
    ("Is it true? Officials would not say.", ["Is it true?", "Officials would not say."]),
    # a capital letter before a period: an initial only inside a name
    ("The backup was Plan B. The vote failed anyway.", ["The backup was Plan B.", "The vote failed anyway."]),
    (
        "It was the worst loss since World War I. Then the armistice came.",
        ["It was the worst loss since World War I.", "Then the armistice came."],
    ),
    ("Patients were given vitamin D. It helped a little.", ["Patients were given vitamin D.", "It helped a little."]),
    ("Both of us saw it, you and I. Did anyone else?", ["Both of us saw it, you and I.", "Did anyone else?"]),
    ("Sen. John Q. Public voted no. Few noticed.", ["Sen. John Q. Public voted no.", "Few noticed."]),
    ("The memo was signed by J. Okafor. Nobody read it.", ["The memo was signed by J. Okafor.", "Nobody read it."]),
    # times before a title
    (
        "Polls closed at 8 p.m. Mr. Okafor conceded an hour later.",
        ["Polls closed at 8 p.m.", "Mr. Okafor conceded an hour later."],
    ),
    (
        "At 6 a.m. Gen. Ward ordered the retreat. Trucks left.",
        ["At 6 a.m. Gen. Ward ordered the retreat.", "Trucks left."],
    ),
    # a credit in brackets after a quotation belongs to it
    (
        "The army said strikes would go on “until the job is done.” (Reuters). Talks resumed.",
        ["The army said strikes would go on “until the job is done.” (Reuters).", "Talks resumed."],
    ),
    (
        'Officials called it "a tragedy." (AP) Rescuers kept digging.',
        ['Officials called it "a tragedy."', "(AP) Rescuers kept digging."],
    ),
    (
        "The plan failed. (It was expected.) Then talks resumed.",
        ["The plan failed.", "(It was expected.)", "Then talks resumed."],
    ),
    (
        "The plan failed. (Officials had warned). Then talks resumed.",
        ["The plan failed.", "(Officials had warned).", "Then talks resumed."],
    ),
    # words left out of a quotation
    (
        "The minister said the plan was “dead [...] for now.” Others disagreed.",
        ["The minister said the plan was “dead [...] for now.”", "Others disagreed."],
    ),
    (
        "The order read: “Hold the bridge . . . Wait for relief.” It came too late.",
        ["The order read: “Hold the bridge . . . Wait for relief.”", "It came too late."],
    ),
    # numbered and lettered lists that open a paragraph
    ("1. Free the prisoners. 2. Hold elections.", ["1. Free the prisoners.", "2. Hold elections."]),
    ("1) Free the prisoners 2) Hold elections", ["1) Free the prisoners", "2) Hold elections"]),
    ("a. The budget b. The army", ["a. The budget", "b. The army"]),
    ("J. R. Smith met K. Lee. They talked.", ["J. R. Smith met K. Lee.", "They talked."]),
    ("He ranked them 1 and 2. The rest 3) did not count.", ["He ranked them 1 and 2.", "The rest 3) did not count."]),
    ("The case file is N°. 44.17. It is sealed.", ["The case file is N°. 44.17.", "It is sealed."]),
    # odd text
    ("No final punctuation here", ["No final punctuation here"]),
    ("Fire 🔥 spread fast. Crews 🚒 arrived.", ["Fire 🔥 spread fast.", "Crews 🚒 arrived."]),
    ("قال المتحدث. ثم غادر.", ["قال المتحدث.", "ثم غادر."]),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_split(text, expected):
    assert sentences(text) == expected


KNOWN_MISSES = [
    pytest.param(
        "He lives on Main St. The house is old.",
        ["He lives on Main St.", "The house is old."],
        marks=pytest.mark.xfail(reason="'St.' is read as Saint before a capitalised word"),
    ),
    pytest.param(
        "“Why?” He asked again.",
        ["“Why?” He asked again."],
        marks=pytest.mark.xfail(reason="a capitalised word after ?” is taken as a new sentence"),
    ),
]


@pytest.mark.parametrize("text, expected", KNOWN_MISSES)
def test_known_misses(text, expected):
    assert sentences(text) == expected


def test_sentences_never_cross_paragraphs():
    text = "First paragraph ends without a stop\n\nSecond starts here. And ends."
    frame = Article.from_text(text).sentences
    assert frame["paragraph"].tolist() == [0, 1, 1]
    assert frame["text"].tolist() == ["First paragraph ends without a stop", "Second starts here.", "And ends."]


def test_columns_and_quote_dtype():
    frame = Article.from_text("“A quote.” Plain.").sentences
    assert list(frame.columns) == SENTENCE_COLUMNS
    assert SENTENCE_COLUMNS[-1] == "quote"
    assert str(frame["quote"].dtype) == "Int64"


def quote_ids(text: str) -> list:
    return [None if pd.isna(q) else int(q) for q in Article.from_text(text).sentences["quote"]]


QUOTES = [
    # (text, quote id per sentence)
    ("No quotes at all. None here.", [None, None]),
    ("“One sentence. Two sentences,” she said. Then silence.", [0, 0, None]),
    ('"Straight quotes. Also tracked," he said.', [0, 0]),
    # a quotation over two paragraphs: no closing mark at the end of the first, a new opening mark
    ("“We will stay. The job is not done.\n\n“We leave when it is,” he said.", [0, 0, 0]),
    ('"We will stay.\n\n"We leave later," he said.', [0, 0]),
    # the next paragraph does not open a quote: the unclosed quotation ends at the paragraph
    ("“We will stay.\n\nHe left the room.", [0, None]),
    # two separate quotations keep separate ids
    ("“First,” he said. “Second,” she said.", [0, 1]),
    # a stray closing mark is ignored
    ("Nothing opened here.” Then text.", [None, None]),
    # British style with single marks only; apostrophes are not quotes
    ("‘We won’t go,’ he said. It’s over.", [0, None]),
    # a nested single quotation stays inside the double one
    ("“They said ‘no.’ We left,” she said.", [0, 0]),
]


@pytest.mark.parametrize("text, expected", QUOTES)
def test_quote_ids(text, expected):
    assert quote_ids(text) == expected


def test_quotation_pieces_have_offsets():
    text = "“We will stay. The job is not done.\n\n“We leave when it is,” he said."
    article = Article.from_text(text)
    pieces = find_quotations(article.text, article.paragraphs)
    assert pieces["quote"].tolist() == [0, 0]
    assert pieces["closed"].tolist() == [False, True]
    for row in pieces.itertuples():
        assert text[row.start : row.end] == row.text


# ---------------------------------------------------------------- abbreviations are data (lexicons/abbreviations.csv)


def split_with(text: str, extra=None) -> list[str]:
    article = Article.from_text(text)
    frame = split_sentences(article.text, article.paragraphs, extra_abbreviations=extra)
    return frame["text"].tolist()


def packaged(category: str) -> list[str]:
    frame = load_lexicon("abbreviations")
    return frame.loc[frame["category"] == category, "cue"].tolist()


@pytest.mark.parametrize("cue", packaged("title"))
def test_every_title_row_keeps_the_name(cue):
    assert split_with(f"It was {cue} Ward who spoke. He left.") == [f"It was {cue} Ward who spoke.", "He left."]


@pytest.mark.parametrize("cue", packaged("month") + packaged("number"))
def test_every_before_number_row_keeps_the_number(cue):
    assert len(split_with(f"See {cue} 12 of it now. He left.")) == 2


@pytest.mark.parametrize("cue", packaged("company") + packaged("place") + packaged("other") + packaged("time"))
def test_every_can_end_row_splits_only_before_a_starter(cue):
    assert split_with(f"It is Acme {cue} Ward said so. He left.") == [f"It is Acme {cue} Ward said so.", "He left."]
    assert split_with(f"It is Acme {cue} The rest left.") == [f"It is Acme {cue}", "The rest left."]


@pytest.mark.parametrize("cue", packaged("time"))
def test_every_time_row_ends_before_a_title_unless_it_opens_the_sentence(cue):
    assert split_with(f"Polls closed at 8 {cue} Dr. Lee spoke.") == [f"Polls closed at 8 {cue}", "Dr. Lee spoke."]
    assert split_with(f"At 8 {cue} Dr. Lee spoke. He left.") == [f"At 8 {cue} Dr. Lee spoke.", "He left."]


EXTRA = [
    # (a row a student adds, text, sentences with the packaged list, sentences with the row added)
    (
        "Cllr.,title,,Councillor",
        "Cllr. Ann Lee spoke. She left.",
        ["Cllr.", "Ann Lee spoke.", "She left."],
        ["Cllr. Ann Lee spoke.", "She left."],
    ),
    (
        "Bldg.,number,,building",
        "It is in Bldg. 4 now. Go.",
        ["It is in Bldg.", "4 now.", "Go."],
        ["It is in Bldg. 4 now.", "Go."],
    ),
    (
        "Hwy.,place,,highway",
        "It was on Hwy. Nine miles on, it stopped.",
        ["It was on Hwy.", "Nine miles on, it stopped."],
        ["It was on Hwy. Nine miles on, it stopped."],
    ),
]


@pytest.mark.parametrize("row, text, before, after", EXTRA)
def test_a_student_row_changes_splitting(row, text, before, after):
    assert split_with(text) == before
    assert split_with(text, "cue,category,pattern,note\n" + row + "\n") == after
    assert split_with(text, pd.DataFrame({"cue": [row.split(",")[0]], "category": [row.split(",")[1]]})) == after
    assert split_with(text) == before  # the packaged list is not changed by it


def test_a_bad_student_row_names_its_line():
    with pytest.raises(MedialitError, match=r"lexicon text:3: unknown category 'titel'"):
        split_with("Dr. Who. Yes.", "cue,category,pattern,note\nCllr.,title,,ok\nAmb.,titel,,typo\n")


def test_packaged_abbreviations_are_single_words_with_a_note():
    frame = load_lexicon("abbreviations")
    for row in frame.itertuples():
        assert len(row.cue.split()) == 1 and row.cue.endswith(".") and row.note and not row.pattern, row.line
    starters = load_lexicon("sentence_starters")
    assert all(w[:1].isupper() and len(w.split()) == 1 and n for w, n in zip(starters["cue"], starters["note"]))

"""Publisher and date from evidence: never a guess presented as fact."""

import subprocess
import sys

import pytest

from medialit.article import Article
from medialit.lexicon import load_lexicon
from medialit.meta import Inference

BODY = "The council closed the bridge after engineers found cracks in two of its piers, officials said."


def meta(text):
    return Article.from_text(text).meta


PUBLISHERS = [
    # (text, value or None, confidence)
    ("LONDON (Reuters) - The bank raised rates on Thursday, surprising markets.", "Reuters", "stated"),
    ("CAIRO (AP) \u2014 Protesters gathered in the square on Friday, witnesses said.", "AP", "stated"),
    (f"{BODY}\n\nCopyright 2021 Harbour Media Group News. All rights reserved.", "Harbour Media Group News", "stated"),
    (f"{BODY}\n\n\u00a9 2020 The Valley Times", "Valley Times", "stated"),
    (f"{BODY}\n\nThis article was first published by The Coast Herald.", "Coast Herald", "stated"),
    ("The minister resigned on Monday, CNN has learned, after weeks of pressure from his party.", "CNN", "inferred"),
    (f"{BODY} A spokeswoman told the Valley Gazette that repairs would start soon.", "Valley Gazette", "inferred"),
    (f"{BODY} The mayor said in an interview with Metro News that the bridge was unsafe.", "Metro News", "inferred"),
    # the outlet told something is also cited as a reporter elsewhere: not the publisher
    (
        f"{BODY} A spokeswoman told Metro News the work was urgent. Metro News reported last week that cracks grew.",
        None,
        None,
    ),
    ("The mayor told Reuters the bridge was unsafe. According to Reuters, repairs will cost millions.", None, None),
    # a contributor is not a publisher
    (f"{BODY}\n\nAnna Berg of the Coast Herald contributed to this report.", None, None),
    (
        f"{BODY} The Associated Press contributed to this report. "
        "An official told the Associated Press the plan was final.",
        None,
        None,
    ),
    # told a person or an institution: not an outlet
    (f"{BODY} The engineer told Mayor Ruiz and told Congress that the bridge was unsafe.", None, None),
    (BODY, None, None),
    ("", None, None),
]


@pytest.mark.parametrize("text, value, confidence", PUBLISHERS)
def test_publisher(text, value, confidence):
    found = meta(text)["publisher"]
    if value is None:
        assert found is None
    else:
        assert (found.value, found.confidence) == (value, confidence)
        assert text[found.start : found.end] == found.evidence


DATES = [
    # (text, value or None, confidence)
    ("Published March 3, 2021\n\n" + BODY, "March 3, 2021", "stated"),
    ("Updated: 14 February 2022\n\n" + BODY, "February 14, 2022", "stated"),
    ("WASHINGTON, Jan. 15 (Reuters) - The Senate voted on the bill, aides said.", "January 15", "stated"),
    (f"{BODY} The cracks were first seen on March 3.", "on or after March 3 (year not stated)", "inferred"),
    (f"{BODY} Work began on March 3 and stopped on April 9.", "on or after April 9 (year not stated)", "inferred"),
    # across the turn of the year the later date is the one after the widest gap
    (
        f"{BODY} Cracks were seen on December 28. The bridge closed on January 4.",
        "on or after January 4 (year not stated)",
        "inferred",
    ),
    (
        f"{BODY} The bridge opened on 12 June 1998 and was last inspected in May 2019.",
        "on or after May 2019",
        "inferred",
    ),
    (f"{BODY} It opened on June 12, 1998.", "on or after June 12, 1998", "inferred"),
    # dates without a year count as recent, later than any given with one
    (f"{BODY} It opened in May 1998 and closed on March 3.", "on or after March 3 (year not stated)", "inferred"),
    # a future date is not a lower bound
    (f"{BODY} The bridge will reopen on June 1.", None, None),
    # no calendar date at all
    (f"{BODY} It closed last month.", None, None),
    ("", None, None),
    # "May" the verb is not a month
    (f"{BODY} Repairs may 2 times cost more.", None, None),
]


@pytest.mark.parametrize("text, value, confidence", DATES)
def test_date(text, value, confidence):
    found = meta(text)["date"]
    if value is None:
        assert found is None
    else:
        assert (found.value, found.confidence) == (value, confidence)
        assert text[found.start : found.end] == found.evidence


def test_inference_is_frozen_and_serialisable():
    found = meta(f"{BODY} It opened on June 12, 1998.")["date"]
    assert isinstance(found, Inference)
    with pytest.raises(AttributeError):
        found.value = "x"
    assert set(found.to_dict()) == {"value", "basis", "evidence", "sentence", "start", "end", "confidence", "date"}


def test_meta_keys():
    assert set(meta(BODY)) == {"publisher", "date"}


# ---------------------------------------------------------------- outlet names are data (lexicons/outlets.csv)

OUTLET_ROWS = load_lexicon("outlets")


@pytest.mark.parametrize("name", OUTLET_ROWS.loc[OUTLET_ROWS["category"] == "brand", "cue"].tolist())
def test_every_brand_is_an_outlet(name):
    found = meta(f"{BODY}\n\nThe minister told {name} that talks failed.")["publisher"]
    assert found is not None and found.value == name


@pytest.mark.parametrize("word", OUTLET_ROWS.loc[OUTLET_ROWS["category"] == "media-word", "cue"].tolist())
def test_every_media_word_makes_a_name_an_outlet(word):
    found = meta(f"{BODY}\n\nThe minister told the Capital {word} that talks failed.")["publisher"]
    assert found is not None and found.value == f"Capital {word}"


def test_a_name_without_media_word_or_brand_is_no_outlet():
    assert meta(f"{BODY}\n\nThe minister told Capital Blorp that talks failed.")["publisher"] is None


def test_lexicons_load_lazily():
    # Importing medialit must stay cheap: the data layer reads its lists on first use only.
    code = (
        "import medialit, medialit.article, medialit.lexicon as L; "
        "assert L._load_packaged.cache_info().currsize == 0; "
        "medialit.article.Article.from_text('Dr. Who. Yes.'); "
        "assert L._load_packaged.cache_info().currsize > 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

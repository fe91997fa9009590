"""Paragraph splitting and roles: mini-articles we wrote, one rule (or trap) per row."""

import pytest

from medialit.article import Article
from medialit.lexicon import load_lexicon
from medialit.paragraphs import (
    BOILERPLATE_CATEGORIES,
    PARAGRAPH_COLUMNS,
    assign_roles,
    boilerplate_rule,
    paragraph_spans,
)

BODY1 = (
    "The city council voted on Tuesday to close the old bridge after engineers found deep cracks in two of its piers."
)
BODY2 = (
    "Repairs will take at least a year, the mayor said, and traffic will be sent through the harbour tunnel meanwhile."
)
BODY3 = "Shop owners near the bridge said they feared losing customers during the long closure of the crossing."

H, R, B, X = "headline", "related-headline", "body", "boilerplate"

ROLES = [
    # (paragraphs, roles)
    ([BODY1], [B]),  # a single paragraph is the story
    (["Council Shuts Old Bridge"], [B]),  # even a short one
    (["Council Shuts Old Bridge", BODY1, BODY2], [H, B, B]),
    (["Council shuts old bridge after cracks found", BODY1], [H, B]),  # sentence case headline
    (["Will the Old Bridge Ever Reopen?", BODY1], [H, B]),  # a question headline
    ([BODY1, BODY2, BODY3], [B, B, B]),  # no headline-shaped first line
    # related links: a source tag, or few shared words
    (["Council Shuts Old Bridge", "Floods cut power to 3,000 homes in the north: officials", BODY1], [H, R, B]),
    (["Council Shuts Old Bridge", "Oil prices slide as demand weakens - Reuters", BODY1], [H, R, B]),
    (["Council Shuts Old Bridge", "Storm Damage Closes Two Coastal Schools", BODY1], [H, R, B]),
    (
        ["Council Shuts Old Bridge", "Storm Damage Closes Two Schools", "Airport Strike Enters Third Day", BODY1],
        [H, R, R, B],
    ),
    # a subhead that shares the story's words is body, not a related link
    (["Council Shuts Old Bridge", "Engineers found cracks in the bridge piers", BODY1], [H, B, B]),
    # bylines and credit lines are not story text: boilerplate, wherever they are
    (["Council Shuts Old Bridge", "By Maria Lopez", BODY1], [H, X, B]),
    (["By Maria Lopez", "Council Shuts Old Bridge", BODY1], [X, H, B]),
    (["Council Shuts Old Bridge", "By Maria Lopez and Tom Price, City Desk", BODY1], [H, X, B]),
    (["Council Shuts Old Bridge", "By ANA RUIZ, senior transport correspondent", BODY1], [H, X, B]),
    (["Council Shuts Old Bridge", "By Harbour Gazette Staff Reporter", BODY1, BODY2], [H, X, B, B]),
    (["Council Shuts Old Bridge", "By our transport correspondent • City Daily", BODY1], [H, X, B]),
    (["Council Shuts Old Bridge", BODY1, BODY2, "Reporting by Lina Park in Seoul; Editing by Tom Hale"], [H, B, B, X]),
    (
        ["Council Shuts Old Bridge", BODY1, BODY2, "(Additional reporting by Omar Haddad; writing by Jess Reid)"],
        [H, B, B, X],
    ),
    (["Council Shuts Old Bridge", BODY1, "Reporting by City Daily staff"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "— Additional reporting by Kofi Mensah in Accra"], [H, B, X]),
    # ...but prose starting with "By" or "Reporting by" is body
    (["Council Shuts Old Bridge", BODY1, "By Tuesday, the river had risen.", BODY2], [H, B, B, B]),
    (["Council Shuts Old Bridge", BODY1, "By contrast, the tunnel is quiet", BODY2], [H, B, B, B]),
    (["Council Shuts Old Bridge", BODY1, "By a narrow margin, councillors backed the closure.", BODY2], [H, B, B, B]),
    (["Council Shuts Old Bridge", BODY1, "Reporting by local radio first revealed the cracks.", BODY2], [H, B, B, B]),
    (
        ["Council Shuts Old Bridge", BODY1, "Research by Harbour University found the piers were weak.", BODY2],
        [H, B, B, B],
    ),
    # datelines stay body
    (["Council Shuts Old Bridge", "Published March 3, 2021", BODY1], [H, B, B]),
    # boilerplate at the top
    (["Skip to content", "Council Shuts Old Bridge", BODY1], [X, H, B]),
    (["Advertisement", "Council Shuts Old Bridge", BODY1], [X, H, B]),
    (["Home › News › Local", "Council Shuts Old Bridge", BODY1], [X, H, B]),
    (["LOCAL NEWS", "Council Shuts Old Bridge", BODY1], [X, H, B]),
    # boilerplate in the middle
    (["Council Shuts Old Bridge", BODY1, "Advertisement", BODY2], [H, B, X, B]),
    # a labelled link to another story, anywhere: the line is a related headline, not furniture
    (["Council Shuts Old Bridge", BODY1, "Read more: Ferry fares to rise in spring", BODY2], [H, B, R, B]),
    (["Council Shuts Old Bridge", BODY1, "Related: Tunnel tolls under review", BODY2], [H, B, R, B]),
    (["Council Shuts Old Bridge", BODY1, "SEE ALSO - Harbour ferry timetable to change", BODY2], [H, B, R, B]),
    (["Council Shuts Old Bridge", "Read more: Tunnel tolls under review", BODY1], [H, R, B]),
    # ...but a label without a headline after it stays furniture, and "related to" is prose
    (["Council Shuts Old Bridge", BODY1, "Read more about the detour on the council website", BODY2], [H, B, X, B]),
    (["Council Shuts Old Bridge", BODY1, "Read more: www.citydaily.example.com/bridge", BODY2], [H, B, X, B]),
    (["Council Shuts Old Bridge", BODY1, "Related: 1", BODY2], [H, B, X, B]),
    (
        ["Council Shuts Old Bridge", BODY1, "Related to the case, police said they had questioned two men.", BODY2],
        [H, B, B, B],
    ),
    (["Council Shuts Old Bridge", BODY1, "Photo: Jane Roe/City Daily", BODY2], [H, B, X, B]),
    # boilerplate at the end
    (["Council Shuts Old Bridge", BODY1, "Share this article"], [H, B, X]),
    (
        ["Council Shuts Old Bridge", BODY1, "Sign up for our morning newsletter to get the news in your inbox."],
        [H, B, X],
    ),
    (["Council Shuts Old Bridge", BODY1, "© 2021 City Daily. All rights reserved."], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Copyright 2021 Harbour Media Group"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Follow us on Twitter for the latest updates"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "This article was first published by City Daily."], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "We welcome your comments below; please keep them civil."], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Comments"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Join the conversation", "Leave a comment"], [H, B, X, X]),
    # a list of other stories after a "Related" label at the end
    (
        ["Council Shuts Old Bridge", BODY1, "Related stories", "Ferry Fares To Rise", "Tunnel Tolls Under Review"],
        [H, B, X, R, R],
    ),
    # reader prompts, topic links, captions, footers, live-blog controls, notes, disclaimers, cookie banners
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Seen something on your commute? Have you got photos? Send them to our newsdesk",
            BODY2,
        ],
        [H, B, X, B],
    ),
    (["Council Shuts Old Bridge", BODY1, BODY2, "Email us at newsdesk@citydaily.example"], [H, B, B, X]),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "If you have been affected by the issues raised here, help is available.",
            BODY2,
        ],
        [H, B, X, B],
    ),
    (["Council Shuts Old Bridge", BODY1, "Tags: Transport, Harbour, Council"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Filed under: Local news"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Image source, City Daily", BODY2], [H, B, X, B]),
    (["Council Shuts Old Bridge", BODY1, "Pictured: the cracked pier seen from the quay", BODY2], [H, B, X, B]),
    (["Council Shuts Old Bridge", BODY1, "About us | Advertise with us | Accessibility"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Cookie preferences • Contact us"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Impressum | Datenschutz | Kontakt"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Mentions légales | Politique de confidentialité"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "News | Sport | Business | Culture | Weather"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Please refresh the page to see the latest posts"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "Live coverage has now ended"], [H, B, X]),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "This article has been amended to correct the length of the bridge.",
            BODY2,
        ],
        [H, B, X, B],
    ),
    (["Council Shuts Old Bridge", BODY1, "Learn more about our editorial guidelines"], [H, B, X]),
    (["Council Shuts Old Bridge", BODY1, "The views expressed in this column are the writer's own."], [H, B, X]),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Nothing on this page constitutes advice. It does not constitute legal advice.",
        ],
        [H, B, X],
    ),
    (["Council Shuts Old Bridge", "This website uses cookies. Manage your privacy settings", BODY1], [H, X, B]),
    # ...and their look-alikes in the story stay body
    (
        ["Council Shuts Old Bridge", BODY1, '"It is a 60 | 40 call at best," one engineer said of the repairs.', BODY2],
        [H, B, B, B],
    ),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Call us old-fashioned, but a bridge should not crack after ten years.",
            BODY2,
        ],
        [H, B, B, B],
    ),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Anyone who saw the cracks forming is asked to contact the council on 0100 000.",
            BODY2,
        ],
        [H, B, B, B],
    ),
    (
        ["Council Shuts Old Bridge", BODY1, BODY2, "The engineers' report was updated in May to add two more piers."],
        [H, B, B, B],
    ),
    # a correction carries the story's facts: body
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Correction: an earlier version of this story said the bridge was 80 years old.",
        ],
        [H, B, B],
    ),
    (
        ["Council Shuts Old Bridge", BODY1, "Topics discussed at the meeting included tolls and ferries.", BODY2],
        [H, B, B, B],
    ),
    (
        ["Council Shuts Old Bridge", BODY1, "Refreshing the paint on the bridge was last done in 2009.", BODY2],
        [H, B, B, B],
    ),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Regulators said the ferry company's app uses cookies to track riders.",
            BODY2,
        ],
        [H, B, B, B],
    ),
    # a bare list of links after the story (no label, or after other furniture)
    (
        ["Council Shuts Old Bridge", BODY1, "Ferry fares to rise next spring", "Tunnel tolls under review by council"],
        [H, B, R, R],
    ),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Follow us on Twitter",
            "Ferry fares to rise next spring",
            "Tunnel tolls under review",
        ],
        [H, B, X, R, R],
    ),
    # ...but one trailing line is not a list, and bullets after a lead-in are the story's own list
    (["Council Shuts Old Bridge", BODY1, "Repairs begin next month"], [H, B, B]),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "The council listed the detours:",
            "- Harbour tunnel for cars and vans",
            "- Ferry service for cyclists and walkers",
        ],
        [H, B, B, B, B],
    ),
    (
        ["Council Shuts Old Bridge", BODY1, "Key facts", "- Bridge built in 1962", "- 40,000 crossings every day"],
        [H, B, B, B, B],
    ),
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "What we know so far",
            "- The bridge closed on Tuesday",
            "- Repairs will take a year",
        ],
        [H, B, B, B, B],
    ),
    # a one-word kicker after the headline is not another story
    (["Council Shuts Old Bridge", "Transport", BODY1], [H, B, B]),
    # a lone line ending in ':' introduces a block quote: body
    (["Council Shuts Old Bridge", BODY1, "The engineers wrote:", BODY3], [H, B, B, B]),
    # crossheads in the body stay body
    (["Council Shuts Old Bridge", BODY1, "What happens next", BODY2], [H, B, B, B]),
    # "Subscribe" inside a long body paragraph is not boilerplate
    (
        [
            "Council Shuts Old Bridge",
            BODY1,
            "Readers who subscribe to the council bulletin were told in advance, "
            "but many commuters said they first heard of the closure at the barrier on Tuesday morning.",
        ],
        [H, B, B],
    ),
    # Markdown headings
    (["# Council Shuts Old Bridge", BODY1, "## What happens next", BODY2], [H, B, B, B]),
]


@pytest.mark.parametrize("paragraphs, expected", ROLES)
def test_roles(paragraphs, expected):
    assert assign_roles(paragraphs) == expected


@pytest.mark.parametrize("paragraphs, expected", ROLES[:12])
def test_roles_through_from_text(paragraphs, expected):
    article = Article.from_text("\n\n".join(paragraphs))
    assert article.paragraphs["role"].tolist() == expected


def test_title_hint_makes_headline():
    paras = ["Menu", "Council Shuts Old Bridge", BODY1]
    assert assign_roles(paras, title="Council Shuts Old Bridge") == [X, H, B]


SPLITS = [
    # (text, paragraph texts)
    ("", []),
    ("   \n\n \t ", []),
    ("One line", ["One line"]),
    ("A\n\nB", ["A", "B"]),
    ("A\r\n\r\nB\r\n", ["A", "B"]),  # CRLF
    ("A\n \t\nB", ["A", "B"]),  # a blank line with spaces
    ("Head\nFirst paragraph.\nSecond paragraph.", ["Head", "First paragraph.", "Second paragraph."]),  # no blank lines
    ("  indented  \n\n\n\ntrailing  ", ["indented", "trailing"]),
    ("A\u2029B", ["A", "B"]),  # Unicode paragraph separator
    ("A\n\u200b\nB", ["A", "B"]),  # a zero-width space does not make a line
    # hard-wrapped prose with blank lines between paragraphs is joined
    (
        "The council voted on Tuesday to close the old bridge after engineers\nfound deep cracks in its piers.\n\n"
        "Repairs will take a year.",
        [
            "The council voted on Tuesday to close the old bridge after engineers\nfound deep cracks in its piers.",
            "Repairs will take a year.",
        ],
    ),
    # a line continuing in lower case is a soft wrap
    (
        "It was a long and very difficult\nnight for everyone involved.",
        ["It was a long and very difficult\nnight for everyone involved."],
    ),
    # list items stay separate
    ("Key points:\n- one thing\n- another thing", ["Key points:", "- one thing", "- another thing"]),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_paragraph_split(text, expected):
    assert [text[s:e] for s, e in paragraph_spans(text)] == expected


def test_frame_columns_and_dtypes():
    frame = Article.from_text("Head\n\nBody text here.").paragraphs
    assert list(frame.columns) == PARAGRAPH_COLUMNS
    assert [str(frame[c].dtype) for c in ("paragraph", "start", "end")] == ["int64"] * 3


# ---------------------------------------------------------------- boilerplate rules are data (lexicons/boilerplate.csv)


def test_boilerplate_rows_have_a_pattern_and_a_note():
    frame = load_lexicon("boilerplate", categories=BOILERPLATE_CATEGORIES)
    assert all(frame["pattern"].astype(bool)) and all(frame["note"].astype(bool))
    # the labels that open a list of related stories are rules in the file
    assert {"related", "related-list", "read-more"} <= set(frame["cue"])


RULES = [
    # (paragraph, (rule name, scope) or None): one row per category of boilerplate.csv
    ("Advertisement", ("advertisement", "any")),  # opens
    ("Photo: Jane Doe/Getty Images", ("photo-credit", "any")),  # opens
    ("Crowds gather in the square (Photo: AP)", ("photo-credit", "any")),  # contains
    ("Print", ("page-chrome", "edge")),  # opens-edge
    ("Get the latest updates: sign up for our morning newsletter", ("newsletter", "any")),  # contains: anywhere
    ("By Lee Chan, Transport Editor", ("byline", "any")),
    ("Editing by Sara Holm and Piet Bos", ("credit-line", "any")),
    ("By May the bridge will be shut", None),
    ("Got a story? WhatsApp us on 0000", ("contact-prompt", "any")),
    ("Topics: Bridges", ("topics", "any")),
    ("Privacy notice | Terms & conditions", ("footer-links", "any")),
    ("Home | Local | Sport | Jobs", ("footer-links", "edge")),
    ("Storm hits coast | City Daily", None),
    ("Show 4 new updates", ("live-blog", "any")),
    ("This story is being updated", ("update-note", "any")),
    ("Our standards: how we report", ("standards", "any")),
    ("Always read the label; this is not a substitute for medical advice", ("disclaimer", "any")),
    ("We use cookies to personalise content", ("cookies", "any")),
    ("The council said it would print new maps for the bridge detour.", None),
    (" ".join(["word"] * 41) + " Advertisement", None),  # more than 40 words is never boilerplate
]


@pytest.mark.parametrize("para, rule", RULES)
def test_boilerplate_rule(para, rule):
    assert boilerplate_rule(para) == rule


def test_stopwords_are_lower_case_single_words():
    frame = load_lexicon("stopwords")
    assert all(w == w.lower() and len(w.split()) == 1 for w in frame["cue"])

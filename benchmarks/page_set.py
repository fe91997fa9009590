"""A set of web pages written for the page-extraction benchmark: invented stories in the layouts real sites use.

Not the issue's held-out set (which we never see): every story, name and site here is made up.
Each page is a layout (a blog with comments and a sidebar, a news site with standfirst, caption,
inline newsletter box and related links, an old table layout with conditional comments, div soup
with a cookie banner, a story inside ``<aside>``/``<header>``/``<noscript>``, a post in ``<pre>``,
a live blog, pages in French and German in an undeclared Windows-1252) filled with a story.
`pages()` yields ``(name, bytes, story, furniture)``: the story's passages (headline and paragraphs)
and the furniture's passages, as plain text, for scoring.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import NamedTuple


class Story(NamedTuple):
    headline: str
    standfirst: str
    paragraphs: tuple[str, ...]
    caption: str
    lang: str = "en"


STORIES = (
    Story(
        "Ferry Workers Strike Over Night Shifts",
        "Crossings to the islands cancelled for a second day as talks stall",
        (
            "Ferry crews on the Saltmere route walked out on Thursday for a second day, the union said, after talks "
            "with the operator broke down over plans to add night shifts.",
            "About 3,000 passengers a day use the crossings, according to the port authority, which said it had "
            "arranged two extra buses for people who needed to reach the hospital on the mainland.",
            "\u201cWe are not against change, but nobody asked us,\u201d said Lorna Kiel, a deckhand for eleven years. "
            "\u201cSome of us have children and no one to mind them at night.\u201d",
            "The operator, Grey Seal Lines, said the new timetable was needed to meet demand in the summer months "
            "and that staff had been consulted in January.",
            "A spokesman for the transport ministry said the minister was following the dispute closely and urged "
            "both sides to return to talks.",
            "Further strikes are planned for next week if no agreement is reached, the union warned.",
        ),
        "Passengers wait at the Saltmere terminal on Thursday morning",
    ),
    Story(
        "Village School Saved After Parents Raise Funds",
        "A campaign by parents raised enough to keep the doors open for three more years",
        (
            "Parents in Hollowmere have raised more than 90,000 pounds to keep the village primary school open, the "
            "campaign group announced on Monday.",
            "The county council had planned to close the school in July because fewer than 40 pupils were enrolled, "
            "a figure it said made the building too costly to run.",
            "\u201cThis school is the heart of the village,\u201d said Tomas Brenner, who chairs the parents\u2019 "
            "group. \u201cWithout it, young families would simply stop moving here.\u201d",
            "A council spokeswoman said the money would cover the shortfall until 2027, when the decision would be "
            "reviewed again.",
            "Teachers, who had been told to look for other posts, said they were relieved but cautious about the "
            "longer term.",
        ),
        "Pupils and parents outside the school gates after the announcement",
    ),
    Story(
        "Rare Orchid Found on Disused Railway Line",
        "Botanists say the find could change plans for a new cycle path",
        (
            "Volunteers surveying a disused railway line near Ashcombe have found a colony of a rare orchid not "
            "recorded in the county for more than sixty years, a wildlife charity said.",
            "The charity counted 27 flowering plants along a stretch of embankment that is due to become part of a "
            "new cycle path next year.",
            "\u201cWe almost walked past them,\u201d said Priya Daswani, one of the volunteers. \u201cThey are "
            "smaller than you would expect, and the colour is easy to miss in the grass.\u201d",
            "The district council said it would meet the charity to discuss whether the path could be moved a few "
            "metres to protect the plants.",
            "Botanists warned that the exact location should not be published, because rare orchids are sometimes "
            "dug up by collectors.",
        ),
        "One of the orchids on the railway embankment",
    ),
    Story(
        "Le conseil municipal vote la fermeture du vieux pont",
        "Les travaux de r\u00e9paration dureront au moins un an, selon les ing\u00e9nieurs",
        (
            "Le conseil municipal de Port-Saline a vot\u00e9 mardi soir la fermeture du vieux pont apr\u00e8s la "
            "d\u00e9couverte de fissures dans deux piliers, a annonc\u00e9 la mairie.",
            "Environ 12 000 v\u00e9hicules empruntent le pont chaque jour, selon les services techniques, qui "
            "recommandent une d\u00e9viation par la route du port.",
            "\u00ab Nous ne pouvions pas prendre le moindre risque \u00bb, a d\u00e9clar\u00e9 la maire, "
            "H\u00e9l\u00e8ne Caradec, lors d\u2019une conf\u00e9rence de presse.",
            "Les commer\u00e7ants du centre-ville craignent une baisse de leur chiffre d\u2019affaires pendant les "
            "travaux, qui devraient durer au moins un an.",
        ),
        "Le vieux pont de Port-Saline, ferm\u00e9 depuis mercredi",
        "fr",
    ),
    Story(
        "Stadtrat stoppt Pl\u00e4ne f\u00fcr neues Parkhaus",
        "Anwohner hatten monatelang gegen das Projekt am Bahnhof protestiert",
        (
            "Der Stadtrat von Lindenfurt hat am Mittwoch die Pl\u00e4ne f\u00fcr ein neues Parkhaus am Bahnhof "
            "gestoppt, wie die Stadtverwaltung mitteilte.",
            "Das Projekt h\u00e4tte nach Sch\u00e4tzungen der Verwaltung rund 14 Millionen Euro gekostet und "
            "\u00fcber 600 Stellpl\u00e4tze geschaffen.",
            "\u201eWir brauchen mehr Platz f\u00fcr Fahrr\u00e4der, nicht f\u00fcr Autos\u201c, sagte die "
            "Sprecherin der Anwohnerinitiative, J\u00fcrgen Wei\u00df zufolge.",
            "Die Verwaltung will nun pr\u00fcfen, ob auf dem Gel\u00e4nde stattdessen Wohnungen gebaut werden "
            "k\u00f6nnen.",
        ),
        "Das Gel\u00e4nde am Bahnhof, auf dem das Parkhaus entstehen sollte",
        "de",
    ),
)

#: Furniture in each language: menu, share, newsletter, comments, bio, terms, related label, cookie, tags.
WORDS = {
    "en": dict(
        menu=("Home", "News", "Sport", "Weather", "Opinion"),
        share="Share this article",
        newsletter="Sign up for our free morning newsletter to get the day's news in your inbox",
        reply="Leave a Reply",
        reply_note="Your email address will not be published. Required fields are marked *",
        bio="{author} is a reporter for the {site}. She has covered local news for twelve years.",
        terms="Use of this site constitutes acceptance of our Terms of Use and Privacy Policy.",
        related="Related stories",
        cookie="We use cookies to improve your experience on our website.",
        tags="Tags: local, transport, council",
        copyright="\u00a9 2024 {site}. All rights reserved.",
        recent="Recent Posts",
        most_read="Most read",
        by="By {author}",
        links=(
            "Council Tax Rise Approved for Next Year",
            "Harbour Festival Returns in June",
            "New Bus Route Links Three Villages",
        ),
    ),
    "fr": dict(
        menu=("Accueil", "Actualit\u00e9s", "Sports", "M\u00e9t\u00e9o"),
        share="Partager cet article",
        newsletter="Inscrivez-vous \u00e0 notre newsletter pour recevoir l'actualit\u00e9 chaque matin",
        reply="Laisser un commentaire",
        reply_note="Votre adresse e-mail ne sera pas publi\u00e9e.",
        bio="{author} est journaliste au {site}.",
        terms="Mentions l\u00e9gales | Politique de confidentialit\u00e9 | Contact",
        related="\u00c0 lire aussi",
        cookie="Ce site utilise des cookies pour am\u00e9liorer votre exp\u00e9rience.",
        tags="Mots-cl\u00e9s : pont, travaux, mairie",
        copyright="\u00a9 2024 {site}. Tous droits r\u00e9serv\u00e9s.",
        recent="Articles r\u00e9cents",
        most_read="Les plus lus",
        by="Par {author}",
        links=(
            "La f\u00eate du port revient en juin",
            "Une nouvelle ligne de bus pour trois villages",
            "Le budget de la ville adopt\u00e9",
        ),
    ),
    "de": dict(
        menu=("Startseite", "Nachrichten", "Sport", "Wetter"),
        share="Artikel teilen",
        newsletter="Melden Sie sich f\u00fcr unseren Newsletter an und erhalten Sie die Nachrichten jeden Morgen",
        reply="Kommentar verfassen",
        reply_note="Ihre E-Mail-Adresse wird nicht ver\u00f6ffentlicht.",
        bio="{author} ist Redakteurin beim {site}.",
        terms="Impressum | Datenschutz | Kontakt",
        related="Mehr zum Thema",
        cookie="Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern.",
        tags="Schlagworte: Verkehr, Stadtrat",
        copyright="\u00a9 2024 {site}. Alle Rechte vorbehalten.",
        recent="Neueste Beitr\u00e4ge",
        most_read="Meistgelesen",
        by="Von {author}",
        links=(
            "Hafenfest kehrt im Juni zur\u00fcck",
            "Neue Buslinie verbindet drei D\u00f6rfer",
            "Haushalt der Stadt beschlossen",
        ),
    ),
}
SITE, AUTHOR = "Saltmere Courier", "Mara Lind"


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _doc(title: str, body: str, *, lang: str = "en", head: str = "", charset: bool = True) -> str:
    meta = "<meta charset='utf-8'>" if charset else ""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head>{meta}<title>{_e(title)} | {SITE}</title>{head}"
        "<script>window.dataLayer = [];</script><style>.menu a { margin: 4px }</style></head>"
        f"<body>{body}</body></html>"
    )


class Parts:
    """The furniture passages of one page, collected as the layout writes them."""

    def __init__(self, lang: str) -> None:
        self.w = {k: (v.format(author=AUTHOR, site=SITE) if isinstance(v, str) else v) for k, v in WORDS[lang].items()}
        self.furniture: list[str] = []

    def add(self, text: str) -> str:
        self.furniture.append(text)
        return _e(text)

    def menu(self, wrap: str = "div class='menu'") -> str:
        items = " ".join(f"<a href='/{i}'>{_e(i)}</a>" for i in self.w["menu"])
        self.furniture.append(" ".join(self.w["menu"]))
        return f"<{wrap}>{items}</{wrap.split()[0]}>"

    def link_list(self, label_key: str, wrap: str = "div class='related'") -> str:
        label = self.add(self.w[label_key])
        items = "".join(f"<li><a href='/x{n}'>{self.add(t)}</a></li>" for n, t in enumerate(self.w["links"]))
        return f"<{wrap}><h3>{label}</h3><ul>{items}</ul></{wrap.split()[0]}>"


def _paras(story: Story) -> str:
    return "".join(f"<p>{_e(p)}</p>" for p in story.paragraphs)


def wordpress(story: Story, f: Parts) -> str:
    mid = len(story.paragraphs) // 2
    paras = story.paragraphs
    return _doc(
        story.headline,
        (
            f"<div id='page'><div class='site-header'><p class='site-title'>{f.add(SITE)}</p>{f.menu()}</div>"
            f"<div id='content'><div class='post'><h1 class='entry-title'>{_e(story.headline)}</h1>"
            f"<div class='entry-meta'>{f.add(f.w['by'])}</div><div class='entry-content'>"
            + "".join(f"<p>{_e(p)}</p>" for p in paras[:mid])
            + "".join(f"<p>{_e(p)}</p>" for p in paras[mid:])
            + f"</div><div class='sharedaddy'><h3>{f.add(f.w['share'])}</h3></div>"
            f"<div class='author-bio'><p>{f.add(f.w['bio'])}</p></div>"
            f"<div id='respond'><h3>{f.add(f.w['reply'])}</h3><p>{f.add(f.w['reply_note'])}</p></div></div></div>"
            f"<div id='secondary'>{f.link_list('recent')}</div>"
            f"<div class='site-footer'><p>{f.add(f.w['terms'])}</p></div></div>"
        ),
        lang=story.lang,
    )


def newsroom(story: Story, f: Parts) -> str:
    mid = len(story.paragraphs) // 2
    paras = story.paragraphs
    head = (
        f"<meta property='og:site_name' content='{SITE}'>"
        f'<script type=\'application/ld+json\'>{{"@type": "NewsArticle", "headline": "x", '
        f'"datePublished": "2024-05-02", "author": {{"name": "{AUTHOR}"}}}}</script>'
    )
    return _doc(
        story.headline,
        (
            f"<header><div class='cookie'>{f.add(f.w['cookie'])}</div>{f.menu('nav')}</header><main><article>"
            f"<h1>{_e(story.headline)}</h1><p class='standfirst'>{_e(story.standfirst)}</p>"
            f"<figure><img src='a.jpg' alt=''><figcaption>{f.add(story.caption)}</figcaption></figure>"
            f"<p class='byline'>{f.add(f.w['by'])}</p>"
            + "".join(f"<p>{_e(p)}</p>" for p in paras[:mid])
            + f"<div class='newsletter-box'><p>{f.add(f.w['newsletter'])}</p></div>"
            + "".join(f"<p>{_e(p)}</p>" for p in paras[mid:])
            + f"<div class='share-bar'><span>{f.add(f.w['share'])}</span></div>"
            f"<p class='tags'>{f.add(f.w['tags'])}</p></article>"
            f"<aside>{f.link_list('most_read')}</aside></main>"
            f"<footer><p>{f.add(f.w['terms'])}</p><p>{f.add(f.w['copyright'])}</p></footer>"
        ),
        lang=story.lang,
        head=head,
    )


def old_tables(story: Story, f: Parts) -> str:
    return _doc(
        story.headline,
        (
            "<!--[if lt IE 9]><p>Please upgrade your browser.</p><![endif]-->"
            f"<table width='100%'><tr><td class='left' width='160'>{f.menu('div')}</td><td class='main'>"
            f"<font size='5'><b>{_e(story.headline)}</b></font><br><![endif]-->"
            + "".join(f"<p><font face='Arial'>{_e(p)}</font></p>" for p in story.paragraphs)
            + f"</td><td class='right'>{f.link_list('related', 'div')}</td></tr></table>"
            f"<center>{f.add(f.w['copyright'])}</center>"
        ),
        lang=story.lang,
    )


def div_soup(story: Story, f: Parts) -> str:
    return _doc(
        story.headline,
        (
            f"<div class='c-banner'><div>{f.add(f.w['cookie'])}</div></div><div class='c-top'>{f.menu()}</div>"
            f"<div class='c-wrap'><div class='c-ad'>{f.add('Advertisement')}</div><div class='c-story'>"
            f"<div class='c-h1'><h1>{_e(story.headline)}</h1></div>"
            + "".join(f"<div class='c-p'>{_e(p)}</div>" for p in story.paragraphs)
            + f"</div><div class='c-share'>{f.add(f.w['share'])}</div>"
            f"<div class='c-rail'>{f.link_list('most_read')}</div></div>"
            f"<div class='c-foot'>{f.add(f.w['copyright'])}</div>"
        ),
        lang=story.lang,
    )


def wrapped(tag: str):
    def layout(story: Story, f: Parts) -> str:
        attrs = " hidden" if tag == "section" else ""
        return _doc(
            story.headline,
            (
                f"<nav>{f.menu('div')}</nav><h1>{_e(story.headline)}</h1><{tag}{attrs}>{_paras(story)}</{tag}>"
                f"<footer>{f.add(f.w['copyright'])}</footer>"
            ),
            lang=story.lang,
        )

    layout.__name__ = f"inside_{tag}"
    return layout


def preformatted(story: Story, f: Parts) -> str:
    import textwrap

    post = "\n\n".join(textwrap.fill(p, 72) for p in story.paragraphs)
    return _doc(
        story.headline,
        (f"{f.menu()}<h1>{_e(story.headline)}</h1><pre>{_e(post)}</pre><p>{f.add(f.w['copyright'])}</p>"),
        lang=story.lang,
    )


def live_blog(story: Story, f: Parts) -> str:
    entries = "".join(
        f"<div class='entry'><p class='time'>{f.add(f'{9 + n}:{15 * (n % 4):02d}')}</p><p>{_e(p)}</p>"
        f"<div class='share'>{f.add(f.w['share'])}</div></div>"
        for n, p in enumerate(story.paragraphs)
    )
    # each entry repeats the share label: one passage per entry
    return _doc(
        story.headline,
        (
            f"{f.menu('nav')}<main><h1>{_e(story.headline)}</h1><div class='live'>{entries}</div></main>"
            f"<footer>{f.add(f.w['terms'])}</footer>"
        ),
        lang=story.lang,
    )


def comments_and_teasers(story: Story, f: Parts) -> str:
    """Readers' comments and teasers of other stories: prose that is not the story."""
    comments = (
        ("Jo Harte", "I have used this route for years and nobody ever asked the passengers either."),
        ("K. Osei", "Good to see this reported properly, the other paper got the numbers wrong again."),
    )
    if len(story.paragraphs) > 5:  # the longer stories draw a long thread: more comment prose than story
        comments += tuple(
            (
                f"Reader {n}",
                f"Comment number {n}: I read every word of this and I think the council, the "
                "operator and the union all share the blame for a mess that was years in the making, "
                "and nobody will say sorry to the people who pay for it.",
            )
            for n in range(3, 15)
        )
    thread = "".join(
        f"<li class='comment'><p class='who'>{f.add(who)}</p><p class='when'>{f.add('May 2, 2024 at 9:14 am')}"
        f"</p><p>{f.add(said)}</p><p class='reply'>{f.add('Reply')}</p></li>"
        for who, said in comments
    )
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/t{n}'>{f.add(t)}</a></h3><p>{f.add(blurb)}</p></div>"
        for n, (t, blurb) in enumerate(
            zip(
                f.w["links"][:2],
                (
                    "Households will pay about 4 per cent more from April, the council confirmed on Friday.",
                    "Organisers say the three-day event will be bigger than last year, with a new stage.",
                ),
            )
        )
    )
    return _doc(
        story.headline,
        (
            f"{f.menu('nav')}<div class='article'><h1>{_e(story.headline)}</h1>{_paras(story)}</div>"
            f"<div class='comments'><h2>{f.add(f'{len(comments)} comments')}</h2><ol>{thread}</ol></div>"
            f"<div class='more'><h2>{f.add('More from the Courier')}</h2>{teasers}</div>"
        ),
        lang=story.lang,
    )


LAYOUTS = (
    wordpress,
    newsroom,
    old_tables,
    div_soup,
    wrapped("aside"),
    wrapped("header"),
    wrapped("noscript"),
    wrapped("section"),
    preformatted,
    live_blog,
    comments_and_teasers,
)


def pages() -> Iterator[tuple[str, bytes, list[str], list[str]]]:
    """Every layout with every English story, and three layouts with each French and German story.

    The French and German pages are saved in Windows-1252 without a declaration (as old sites are).
    """
    for story in STORIES:
        layouts = LAYOUTS if story.lang == "en" else (wordpress, newsroom, div_soup)
        for layout in layouts:
            f = Parts(story.lang)
            markup = layout(story, f)
            story_text = [story.headline, *story.paragraphs]
            if layout is newsroom:
                story_text.append(story.standfirst)
            name = f"{layout.__name__}-{story.lang}-{STORIES.index(story)}"
            if story.lang == "en":
                data = markup.encode("utf-8")
            else:
                data = markup.replace("<meta charset='utf-8'>", "").encode("cp1252")
            yield name, data, story_text, f.furniture

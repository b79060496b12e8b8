"""News, member updates and comments of the demo network, written through the news services.

The first post is the network's real public page of 12 June 2024. The comment of the DAA
under it is not part of the demo: visitors write it themselves, as in the browser journey.
Loading again brings every demo row back to its demo state and leaves other rows alone.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from netzwerkstatt.accounts.models import User
from netzwerkstatt.networks.models import Network, Organisation
from netzwerkstatt.news import services
from netzwerkstatt.news.models import Comment, CommentStatus, Post, PostStatus, Update, Visibility

BERLIN = ZoneInfo("Europe/Berlin")

SEED_POST_BODY = """Seit 2023 besteht das Akteursnetzwerk „SIS - Synergien in Schönefeld“, ein Zusammenschluss engagierter Akteure, die sich für Kinder, Jugendliche, sowie Bi_PoC und migrantische Menschen in Schönefeld einsetzen. Die ersten Treffen fanden mit den RAA-Sozialarbeiter:innen der 20. Oberschule und den Projektmitarbeiter:innen der Internationalen Frauen e.V. statt und waren so erfolgreich, dass sich das Netzwerk um mehrere neue Mitglieder erweitert hat.

<h2>Aktuelle Mitglieder des Netzwerks</h2>
Neben WiQ sind folgende Organisationen Teil des Netzwerks:
<ul>
<li>Internationale Frauen e.V.</li>
<li>RAA & 20. Oberschule mit dem Projekt „Über Generationen hinweg – aktiv lebensbegleitend lernen“</li>
<li>Malteser Hilfsdienst e.V. mit dem Stadtteilprojekt Gorkistraße 120</li>
<li>Poliklinik - Solidarisches Gesundheitszentrum Leipzig e.V.</li>
<li>CVJM Leipzig e.V.</li>
<li>Kulturkutsche WILMA</li>
<li>Leipziger Kinder- und Jugendbüro</li>
</ul>

<h2>Ziele des Netzwerks</h2>
<ol>
<li><strong>Zusammenkommen der Akteure:</strong> Förderung des Austauschs zwischen den Akteuren, die in Schönefeld aktiv sind und sich für Kinder, Jugendliche, sowie Bi_PoC und migrantische Menschen engagieren.</li>
<li><strong>Ermittlung von Bedarfen:</strong> Identifizierung der Bedarfe der Zielgruppen, insbesondere junge Menschen mit migrantischer Expertise, sowie der Organisationen selbst.</li>
<li><strong>Synergien nutzen:</strong> Erkennen und Nutzen von Synergien zwischen den Organisationen, um Parallelarbeiten und -angebote zu vermeiden. Fokus auf eine effektive Zusammenarbeit und die Einbringung der jeweiligen Stärken der Organisationen.</li>
</ol>

<h2>Unsere Aktivitäten</h2>
<ul>
<li><strong>Vernetzung der Akteure:</strong> Regelmäßige Treffen zum Austausch und zur Stärkung der Zusammenarbeit.</li>
<li><strong>Updates und Information:</strong> Weitergabe von aktuellen Informationen zu den jeweiligen Projekten und den Entwicklungen im Viertel.</li>
<li><strong>Kooperation und Einladungen:</strong> Gegenseitige Unterstützung und Teilnahme an Veranstaltungen, beispielsweise bei Treffen zu unserer Aktion „Ideencafé bei Marianne“</li>
<li><strong>Organisation gemeinsamer Veranstaltungen:</strong> Planung und Durchführung gemeinsamer Events wie dem Parking Day, um die Arbeit effizient zu teilen und zu ergänzen.</li>
<li><strong>Austausch zu Diskussion über Fehlstellen, Herausforderungen, Bedarfe und bereits vorhandene Angebote in Schönefeld.</strong></li>
</ul>

Das Netzwerk „SIS - Synergien in Schönefeld“ möchte durch Zusammenarbeit und Austausch die Lebensqualität in Schönefeld nachhaltig verbessern. Wir freuen uns auf weitere engagierte Mitstreiter*innen und spannende gemeinsame Projekte!"""  # noqa: E501

SEED_POST_TITLE = "Das Akteursnetzwerk „SIS - Synergien in Schönefeld“"

POSTS = [
    {
        "title": SEED_POST_TITLE,
        "teaser": (
            "Seit 2023 besteht das Akteursnetzwerk „SIS - Synergien in Schönefeld“, ein "
            "Zusammenschluss engagierter Akteure für Kinder, Jugendliche, sowie Bi_PoC und "
            "migrantische Menschen in Schönefeld."
        ),
        "body": SEED_POST_BODY,
        "published_at": datetime.datetime(2024, 6, 12, 10, 0, tzinfo=BERLIN),
        "status": PostStatus.PUBLISHED,
    },
    {
        "title": "Ideencafé bei Marianne: Was wir gehört haben",
        "teaser": (
            "Bei Kaffee und Kuchen haben Nachbar:innen an drei Nachmittagen erzählt, was ihnen "
            "in Schönefeld fehlt. Hier sind die wichtigsten Wünsche."
        ),
        "body": (
            "Drei Nachmittage lang stand im Sommer die Tür beim Ideencafé bei Marianne offen. "
            "Rund 60 Menschen aus der Nachbarschaft sind gekommen, viele mit ihren Kindern.\n\n"
            "<h2>Was am häufigsten genannt wurde</h2>\n<ul>\n"
            "<li>ein Ort für Jugendliche am Abend, auch am Wochenende</li>\n"
            "<li>Hausaufgabenhilfe in mehreren Sprachen</li>\n"
            "<li>mehr Schatten und Sitzplätze auf dem Stannebeinplatz</li>\n</ul>\n\n"
            "Die Wünsche sind als Bedarfe im Netzwerk notiert; beim nächsten Treffen schauen "
            "wir, wer schon etwas anbietet und wo wir gemeinsam etwas aufbauen können."
        ),
        "published_at": datetime.datetime(2024, 8, 28, 9, 30, tzinfo=BERLIN),
        "status": PostStatus.PUBLISHED,
    },
    {
        "title": "PARK(ing) Day 2024: Ein Parkplatz wird zum Treffpunkt",
        "teaser": (
            "Am 20. September haben wir gemeinsam zwei Parkplätze in der Ossietzkystraße in "
            "ein Wohnzimmer für die Nachbarschaft verwandelt."
        ),
        "body": (
            "Zum PARK(ing) Day haben sieben Organisationen des Netzwerks zwei Parkplätze vor "
            "dem Nachbarschaftsladen in der Ossietzkystraße umgestaltet: mit Sitzecke, "
            "Kreidemalerei, einer Beratungsecke der Poliklinik und der Kulturkutsche WILMA.\n\n"
            "Die Aufgaben haben wir im Netzwerk verteilt, so musste niemand alles allein "
            "stemmen. Danke an alle, die mitgemacht haben – und bis zum nächsten Jahr!"
        ),
        "published_at": datetime.datetime(2024, 9, 24, 14, 0, tzinfo=BERLIN),
        "status": PostStatus.PUBLISHED,
    },
    {
        "title": "Rückblick auf unser Netzwerkjahr",
        "teaser": "Was wir im Netzwerk gemeinsam erreicht haben – ein Entwurf der Koordination.",
        "body": "Entwurf: Treffen, Ideencafé, PARK(ing) Day, neue Mitglieder …",
        "published_at": datetime.datetime(2024, 12, 12, 10, 0, tzinfo=BERLIN),
        "status": PostStatus.DRAFT,
    },
]

# (organisation slug, title, body, visibility, days before loading)
UPDATES = [
    (
        "internationale-frauen",
        "Neuer Deutschkurs mit Kinderbetreuung",
        "Ab nächstem Monat bieten wir dienstags und donnerstags vormittags einen Deutschkurs "
        "für Frauen an, mit Kinderbetreuung im Nebenraum. Es sind noch Plätze frei.",
        Visibility.PUBLIC,
        3,
    ),
    (
        "malteser",
        "Gorkistraße 120: Umbau des Cafés",
        "Das Nachbarschaftscafé in der Gorkistraße 120 wird umgebaut und ist drei Wochen "
        "geschlossen. Die Sozialberatung findet in dieser Zeit im Büro im ersten Stock statt.",
        Visibility.PUBLIC,
        9,
    ),
    (
        "raa-20-oberschule",
        "Schulsozialarbeit: Personalwechsel",
        "Unsere Kollegin geht in Elternzeit; die Vertretung beginnt in zwei Wochen. Bis dahin "
        "erreichen Sie uns über das Sekretariat der 20. Oberschule. Bitte leiten Sie Anfragen "
        "von Familien bis dahin an uns weiter.",
        Visibility.MEMBERS,
        5,
    ),
    (
        "kulturkutsche-wilma",
        "WILMA sucht Stellplätze für den Winter",
        "Für die Wintermonate suchen wir überdachte Orte im Viertel, an denen die Kutsche "
        "einmal pro Woche halten kann. Wer einen Hof oder eine Halle hat: meldet euch gern.",
        Visibility.MEMBERS,
        12,
    ),
    (
        "poliklinik",
        "Offene Gesundheitssprechstunde jetzt auch auf Arabisch",
        "Seit diesem Monat übersetzt eine Sprachmittlerin jeden zweiten Mittwoch in unserer "
        "offenen Gesundheitssprechstunde ins Arabische. Eine Anmeldung ist nicht nötig.",
        Visibility.PUBLIC,
        20,
    ),
]

# (post title, user e-mail, body, written on)
COMMENTS = [
    (
        "PARK(ing) Day 2024: Ein Parkplatz wird zum Treffpunkt",
        "redaktion@poliklinik.example.net",
        "Das war ein schöner Tag! An unserer Beratungsecke kamen viele Menschen ins Gespräch, "
        "die sonst nicht zu uns finden. Wir sind nächstes Jahr wieder dabei.",
        datetime.datetime(2024, 9, 25, 11, 15, tzinfo=BERLIN),
    ),
    (
        "Ideencafé bei Marianne: Was wir gehört haben",
        "redaktion@cvjm.example.net",
        "Zum Wunsch nach einem Abendangebot für Jugendliche: Unser offener Treff könnte "
        "freitags länger öffnen, wenn sich jemand für die Betreuung mit uns abwechselt. "
        "Lasst uns beim nächsten Treffen darüber sprechen.",
        datetime.datetime(2024, 8, 29, 16, 40, tzinfo=BERLIN),
    ),
]


@transaction.atomic
def load_demo_news(network: Network) -> int:
    """Write the demo news of the network; returns how many rows were new."""
    created = 0
    coordinator = User.objects.filter(email="koordination@wiq.example.org").first()
    posts: dict[str, Post] = {}
    for spec in POSTS:
        # Found by the slug, which the first title fixed, so a renamed demo post comes back.
        post = Post.objects.filter(network=network, slug=slugify(spec["title"])[:70]).first()
        if post is None:
            post = services.create_post(network, data=spec, by=coordinator)
            created += 1
        else:
            post = services.update_post(post, data=spec, by=coordinator)
        posts[spec["title"]] = post

    now = timezone.now()
    organisations = {org.slug: org for org in Organisation.objects.all()}
    for slug, title, body, visibility, days_ago in UPDATES:
        organisation = organisations.get(slug)
        if organisation is None:
            continue
        author = User.objects.filter(staff_positions__organisation=organisation).first()
        fields = {
            "title": title,
            "body": body,
            "visibility": visibility,
            "published_at": now - datetime.timedelta(days=days_ago, hours=2),
        }
        update = Update.objects.filter(organisation=organisation, title=title).first()
        if update is None:
            services.create_update(organisation, data=fields, by=author)
            created += 1
        else:
            services.edit_update(update, data=fields, by=author)

    for post_title, email, body, written_on in COMMENTS:
        post = posts[post_title]
        author = User.objects.filter(email=email).first()
        if author is None or post.comments.filter(user=author, body=body).exists():
            continue
        comment = services.submit_comment(post, body=body, user=author)
        # The demo tells a story of 2024: date the comment as if written then.
        Comment.objects.filter(pk=comment.pk).update(
            created_at=written_on, status=CommentStatus.PUBLISHED
        )
        created += 1
    return created

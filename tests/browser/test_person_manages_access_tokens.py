"""The editor of Internationale Frauen e.V. creates an access token for her website, sees its
secret once, uses it through the API, and revokes it.

From "Mein Bereich" she opens "Zugangsschlüssel für die Schnittstelle (API)", names a token
and chooses how long it stays valid; the next page shows the secret this once. Her website's
programme (here: a plain HTTP request) writes with it; after she revokes it in the list, the
same request is refused. The interface's documentation page loads under the site's CSP.
"""

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD
from netzwerkstatt.offers.models import Offer

EMAIL = "redaktion@frauen.example.org"


def test_a_person_creates_uses_and_revokes_an_access_token(
    page, live_server, demo, checked, log_in
):
    log_in(page, EMAIL, DEMO_PASSWORD)
    page.get_by_role("link", name="Zugangsschlüssel für die Schnittstelle (API)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Zugangsschlüssel für die Schnittstelle (API)"
    )
    expect(page.get_by_text("Sie haben noch keine Zugangsschlüssel.")).to_be_visible()
    checked(page)

    # Without a name nothing is created and the form says why.
    page.get_by_role("button", name="Zugangsschlüssel erstellen").click()
    expect(page.locator(".field-error").first).to_be_visible()
    checked(page)

    page.get_by_label("Name").fill("Website des Vereins")
    page.get_by_label("Gültig für").select_option(label="30 Tage")
    page.get_by_role("button", name="Zugangsschlüssel erstellen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ihr neuer Zugangsschlüssel")
    secret = page.get_by_label("Zugangsschlüssel").input_value()
    assert secret.startswith("nws_")
    checked(page)

    offer = Offer.objects.filter(organisation__slug="internationale-frauen").order_by("pk").first()
    answer = page.request.patch(
        f"{live_server.url}/api/v1/offers/{offer.pk}/",
        data={"summary": "Jetzt auch per Schnittstelle gepflegt."},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert answer.status == 200, answer.text()

    page.get_by_role("link", name="Fertig").click()
    row = page.get_by_role("row", name="Website des Vereins")
    expect(row).to_contain_text(secret[:12])
    assert secret not in page.content()
    checked(page)
    row.get_by_role("button", name="„Website des Vereins“ widerrufen").click()
    expect(page.get_by_role("status").first).to_contain_text("wurde widerrufen")
    expect(page.get_by_role("row", name="Website des Vereins")).to_contain_text("widerrufen")
    checked(page)

    answer = page.request.patch(
        f"{live_server.url}/api/v1/offers/{offer.pk}/",
        data={"summary": "Nicht mehr."},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert answer.status == 401
    assert answer.json()["error"]["code"] == "token_revoked"

    page.get_by_role("link", name="Dokumentation der Schnittstelle").click()
    expect(page.locator(".swagger-ui .title").first).to_contain_text("Netzwerkstatt API")

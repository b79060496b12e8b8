"""The coordinator of SIS tries to edit Internationale Frauen e.V., a member organisation with
its own staff, and is refused with an explanation instead of a bare error page."""

from playwright.sync_api import expect

from netzwerkstatt.demo.data import DEMO_PASSWORD


def test_a_coordinator_is_told_why_they_cannot_edit_a_staffed_organisation(
    page, live_server, demo, checked, log_in
):
    log_in(page, "koordination@wiq.example.org", DEMO_PASSWORD)
    page.goto(live_server.url + "/organisationen/internationale-frauen/")
    expect(page.get_by_role("link", name="Profil bearbeiten")).to_have_count(0)
    checked(page)

    response = page.goto(live_server.url + "/organisationen/internationale-frauen/bearbeiten/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Internationale Frauen e.V. können Sie nicht ändern"
    )
    expect(page.locator("main")).to_contain_text("Diese Organisation pflegt ihr Profil selbst")
    checked(page)
    page.get_by_role("link", name="Zum Profil von Internationale Frauen e.V.").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Internationale Frauen e.V.")
    page.console_errors.clear()  # the browser logs the 403 of the document itself
    checked(page)

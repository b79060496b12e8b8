"""Every kind of personal data the platform keeps: where it lives, why, for how long.

This is the one list the privacy notice is rendered from, the export follows and the tests hold
against the models (tests/privacy/test_registry.py walks every installed model and fails when a
field that looks personal is neither listed here nor in NOT_PERSONAL). A new model or field that
holds personal data therefore needs an entry here in the same change.

`kept` may use `%(retention_days)s` (PERSONAL_DATA_RETENTION_DAYS) and `%(hash_days)s` (the
address hashes' 30 days); both are filled in when the notice is shown.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class PersonalData:
    key: str
    title: Promise
    what: Promise
    why: Promise
    kept: Promise
    # Model label ("app_label.ModelName") → the fields holding this kind of data.
    fields: dict[str, tuple[str, ...]]
    # Whether "My data" (HTML and JSON) contains it; the export section has the same key.
    exported: bool = True


REGISTRY: tuple[PersonalData, ...] = (
    PersonalData(
        key="account",
        title=_("Your account"),
        what=_(
            "Your name, your e-mail address, a securely hashed password, and when you "
            "registered and last logged in."
        ),
        why=_("To let you log in and to show your colleagues who wrote or changed something."),
        kept=_("As long as your account exists. You can delete it yourself under “My data”."),
        fields={
            "accounts.User": (
                "email",
                "username",
                "display_name",
                "first_name",
                "last_name",
                "password",
                "last_login",
                "date_joined",
            ),
        },
    ),
    PersonalData(
        key="staff_positions",
        title=_("Organisations you work for"),
        what=_("Which organisations you are a staff member of, with your job title."),
        why=_("Staff members edit their organisation's profile, offers, events and updates."),
        kept=_(
            "Until a colleague removes you or you delete your account; the organisation keeps "
            "its profile and offers."
        ),
        fields={"networks.Staff": ("user", "job_title")},
    ),
    PersonalData(
        key="citywide_role",
        title=_("City-wide coordination"),
        what=_(
            "Whether you hold the role “City-wide coordination”, since when, who granted it "
            "and the note given with it; for administrators also the roles they granted."
        ),
        why=_(
            "Networks that share their data with the city-wide coordination see who holds the role."
        ),
        kept=_("Until the role is revoked or your account is deleted; the audit log keeps both."),
        fields={"synergy.CitywideCoordinator": ("user", "granted_by")},
    ),
    PersonalData(
        key="invitations",
        title=_("Invitations"),
        what=_(
            "Invitations to choose a password: who sent them, when, and until when the link "
            "works. The link itself is stored only as a hash."
        ),
        why=_("So that an invited person can set their password once, and nobody else can."),
        kept=_("Until the account is deleted."),
        fields={"accounts.Invitation": ("user", "created_by")},
    ),
    PersonalData(
        key="staff_requests",
        title=_("Requests to work for an organisation"),
        what=_(
            "When an organisation asks you to join its staff: your name as its editor entered "
            "it, the job title, who asked, when, until when the link works, and your answer. "
            "The link itself is stored only as a hash."
        ),
        why=_("So that nobody becomes staff of an organisation without agreeing to it."),
        kept=_("Until the account is deleted."),
        fields={"networks.StaffRequest": ("user", "name", "created_by")},
    ),
    PersonalData(
        key="audit_log",
        title=_("Log of rights and changes"),
        what=_(
            "Who gave or removed rights (staff, memberships, roles), who changed an "
            "organisation's data from outside it, with the name at that time and when."
        ),
        why=_(
            "So that every organisation and network can see who was given rights over it and "
            "who changed its data: rights are only given with consent."
        ),
        kept=_(
            "As long as the organisation or the network exists. When you delete your account, "
            "your name in the log is replaced by “former member”."
        ),
        fields={"audit.AuditEntry": ("actor", "actor_name")},
    ),
    PersonalData(
        key="calendar_feed",
        title=_("Personal calendar feed"),
        what=_("The secret address of your personal calendar feed."),
        why=_("So that your calendar programme can show the events and meetings that concern you."),
        kept=_("Until you reset the address or delete your account."),
        fields={"events.CalendarToken": ("user", "token")},
    ),
    PersonalData(
        key="api_tokens",
        title=_("Access tokens for the interface (API)"),
        what=_(
            "The access tokens you created: their names, when they were created and last "
            "used, until when they are valid and whether you revoked them. The token itself "
            "is stored only as a hash."
        ),
        why=_(
            "So that programmes you trust can change your organisation's offers and needs "
            "with your rights, and you can see and revoke them."
        ),
        kept=_(
            "Until you delete your account; a revoked or expired token stays listed so that "
            "you can see when it was used."
        ),
        fields={"api.ApiToken": ("user", "name", "last_used_at")},
    ),
    PersonalData(
        key="two_factor",
        title=_("Two-factor login"),
        what=_(
            "If you switched on two-factor login: the secret key of your authenticator app, "
            "your one-time backup codes, the device name and when a code was last used."
        ),
        why=_("To check the second step of your login."),
        kept=_("Until you switch two-factor login off or delete your account."),
        fields={
            "otp_totp.TOTPDevice": ("user", "name"),
            "otp_static.StaticDevice": ("user", "name"),
        },
    ),
    PersonalData(
        key="mail",
        title=_("Circulars and e-mail settings"),
        what=_(
            "Your choice of the weekly digest, of circulars and of the digest's language; for "
            "each circular of your networks: your e-mail address, whether it was delivered, "
            "and the mail server's answer if it was not."
        ),
        why=_(
            "To send you only the optional e-mails you want, and to let the coordination see "
            "whether a circular reached everyone."
        ),
        kept=_(
            "Until you change your settings or delete your account; the delivery records "
            "as long as the network keeps the circular."
        ),
        fields={
            "circulars.MailPreference": ("user", "language"),
            "circulars.CircularDelivery": ("user", "email", "error"),
            "circulars.Circular": ("author", "reply_to"),
        },
    ),
    PersonalData(
        key="sessions",
        title=_("Login session"),
        what=_("A random session number in a cookie while you are logged in."),
        why=_("To keep you logged in from page to page."),
        kept=_("Until you log out, at the latest two weeks after your last visit."),
        fields={"sessions.Session": ("session_key", "session_data")},
        exported=False,
    ),
    PersonalData(
        key="spreadsheet_uploads",
        title=_("Uploaded spreadsheets"),
        what=_(
            "When coordinators upload a spreadsheet of offers to import: who uploaded it and "
            "when, and the rows of the file until they are imported."
        ),
        why=_("So that the rows can be checked and the import confirmed in the next steps."),
        kept=_(
            "The rows until the import, at most one day; who uploaded, until the account is "
            "deleted."
        ),
        fields={"imports.SpreadsheetUpload": ("created_by",)},
        exported=False,
    ),
    PersonalData(
        key="login_records",
        title=_("Login protection"),
        what=_(
            "For each login and failed login attempt: the e-mail address entered, the internet "
            "address and the browser."
        ),
        why=_("To lock out anyone who tries to guess passwords."),
        kept=_("%(hash_days)s days."),
        fields={
            "axes.AccessAttempt": ("username", "ip_address", "user_agent"),
            "axes.AccessLog": ("username", "ip_address", "user_agent"),
            "axes.AccessFailureLog": ("username", "ip_address", "user_agent"),
        },
    ),
    PersonalData(
        key="admin_log",
        title=_("Changes in the administration area"),
        what=_("Which entries an administrator changed in the administration area, and when."),
        why=_("So that administrators can trace changes made outside the normal pages."),
        kept=_("Until the administrator's account is deleted."),
        fields={"admin.LogEntry": ("user",)},
    ),
    PersonalData(
        key="comments",
        title=_("Comments"),
        what=_(
            "For a comment: your name, your e-mail address, an optional homepage and the text; "
            "for members also their account. Name, homepage and text are public; the e-mail "
            "address is not."
        ),
        why=_("To publish your comment and to let the coordination contact you about it."),
        kept=_(
            "As long as the news post exists, or until you, the coordination or the deletion "
            "of your account remove it."
        ),
        fields={"news.Comment": ("user", "author_name", "author_email", "author_homepage")},
    ),
    PersonalData(
        key="join_requests",
        title=_("Join requests"),
        what=_(
            "When an organisation asks to join a network: the name and e-mail address of the "
            "contact person, the message and the time of consent; only the network's "
            "coordinators see it."
        ),
        why=_(
            "To answer the request and, if it is accepted, to create an account for the "
            "contact person."
        ),
        kept=_(
            "Declined requests are deleted %(retention_days)s days after the decision; open "
            "and accepted ones stay as the network's record until the coordination erases them."
        ),
        fields={"networks.JoinRequest": ("contact_name", "email", "contact_user")},
    ),
    PersonalData(
        key="help_offers",
        title=_("Offers of help"),
        what=_(
            "When you offer help for something a network is looking for: your name, e-mail "
            "address, an optional phone number and organisation, your message and the time of "
            "consent."
        ),
        why=_(
            "So that the network's coordination can answer you. If they keep your offer as a "
            "note on the need, the network's members see your name and message, never your "
            "contact details."
        ),
        kept=_(
            "Answered or dismissed offers are deleted %(retention_days)s days after they were "
            "handled; offers kept as a note stay with the need until the coordination erases "
            "them."
        ),
        fields={"offers.HelpOffer": ("name", "email", "phone", "organisation_name", "message")},
        # Sent without an account, so "My data" cannot find it; the coordination erases it.
        exported=False,
    ),
    PersonalData(
        key="registrations",
        title=_("Event registrations"),
        what=_("For a registration: name, e-mail address and the number of people."),
        why=_("To hold your place, to tell you about changes and to let you cancel."),
        kept=_(
            "Visitors' registrations are deleted %(retention_days)s days after the event; "
            "members' registrations when they delete their account."
        ),
        fields={"events.Registration": ("user", "name", "email")},
    ),
    PersonalData(
        key="address_hashes",
        title=_("Coded internet addresses"),
        what=_(
            "With a comment, a join request, an offer of help or an event registration: a coded "
            "form of your internet address that cannot be turned back into the address."
        ),
        why=_("Only to limit how many messages one connection can send in an hour (spam)."),
        kept=_("%(hash_days)s days."),
        fields={
            "news.Comment": ("ip_hash",),
            "networks.JoinRequest": ("ip_hash",),
            "offers.HelpOffer": ("ip_hash",),
            "events.Registration": ("ip_hash",),
        },
        # A keyed hash is useless to identify anyone, the person included.
        exported=False,
    ),
    PersonalData(
        key="meetings",
        title=_("Meetings"),
        what=_(
            "Your answers to meeting invitations, whether you attended, agenda items you "
            "proposed, tasks you took on and minutes you took."
        ),
        why=_("To plan the network's meetings and to follow up what was agreed."),
        kept=_(
            "As long as the network keeps its meeting records. When you delete your account, "
            "your answers and attendance are deleted and your open tasks pass to your "
            "organisation."
        ),
        fields={
            "meetings.Rsvp": ("user",),
            "meetings.Attendance": ("user",),
            "meetings.AgendaItem": ("proposed_by",),
            "meetings.ActionItem": ("owner_user",),
            "meetings.Meeting": ("minute_taker",),
        },
    ),
    PersonalData(
        key="contributions",
        title=_("What you wrote or took on"),
        what=_(
            "Updates, news posts, events, tasks, needs and event reports you wrote, and tasks "
            "you claimed for your organisation."
        ),
        why=_(
            "They are the organisation's or the network's content; your name shows who is "
            "responsible."
        ),
        kept=_(
            "As long as the organisation or the network keeps them. When you delete your "
            "account, they stay without your name; your updates are deleted if you choose so."
        ),
        fields={
            "news.Update": ("created_by",),
            "news.Post": ("created_by",),
            "events.Event": ("created_by",),
            "events.EventTask": ("created_by",),
            "events.TaskClaim": ("user",),
            "events.EventReport": ("written_by",),
            "offers.Need": ("created_by",),
        },
    ),
    PersonalData(
        key="changes",
        title=_("Changes you made"),
        what=_(
            "Next to changes of memberships, offers, needs, events, updates, meetings, join "
            "requests, synergy findings and moderation, and next to confirmations given in an "
            "organisation's name: the account that made them."
        ),
        why=_("So that the network can see who did what."),
        kept=_("Until your account is deleted; then the changes stay without your name."),
        fields={
            "networks.Membership": ("updated_by",),
            "networks.NetworkInvitation": ("created_by", "decided_by"),
            "networks.JoinRequest": ("created_by", "decided_by"),
            "networks.JoinRequestEvent": ("actor",),
            "offers.Offer": ("updated_by",),
            "offers.Need": ("raised_by_named_by", "raised_by_confirmed_by"),
            "offers.HelpOffer": ("handled_by",),
            "synergy.ParallelOfferFinding": ("status_changed_by",),
            "synergy.SynergySettings": ("changed_by",),
            "synergy.LexiconEntry": ("created_by", "withdrawn_by"),
            "news.Post": ("updated_by",),
            "news.Update": ("updated_by", "confirmed_by"),
            "news.Comment": ("moderated_by", "edited_by"),
            "news.NetworkCommentPolicy": ("updated_by",),
            "meetings.MeetingSeries": ("created_by",),
            "meetings.Meeting": ("created_by", "updated_by", "minutes_published_by"),
            "meetings.ActionItem": ("created_by", "closed_by", "updated_by"),
            "meetings.Decision": ("recorded_by", "updated_by", "withdrawn_by"),
            "events.Event": ("updated_by", "organiser_confirmed_by"),
            "events.EventCoOrganiser": ("added_by", "confirmed_by"),
        },
    ),
    PersonalData(
        key="published_contacts",
        title=_("Contact details published by organisations"),
        what=_(
            "Contact persons and phone numbers that an organisation publishes with its offers "
            "and its profile."
        ),
        why=_("So that people can reach an offer or an organisation."),
        kept=_("Until the organisation changes or removes them."),
        fields={
            "offers.Offer": ("contact_name", "contact_phone"),
            "networks.Organisation": ("phone",),
        },
        # Not tied to an account: the organisation's editors see and change them on its pages.
        exported=False,
    ),
)

# Fields whose names look personal but are not, with the reason.
NOT_PERSONAL: dict[str, str] = {
    "core.TargetGroup.name": "vocabulary term",
    "meetings.DecisionTag.name": "a keyword a network files its decisions under",
    "core.Topic.name": "vocabulary term",
    "core.Language.name": "vocabulary term",
    "core.District.name": "vocabulary term",
    "networks.Network.name": "name of a network",
    "networks.Organisation.name": "name of an organisation",
    "networks.Organisation.short_name": "name of an organisation",
    "networks.Project.name": "name of a project",
    "networks.JoinRequest.organisation_name": "name of an organisation",
    "offers.Offer.place_name": "name of a venue",
    "events.Event.place_name": "name of a venue",
    "auth.Permission.name": "name of a permission",
    "auth.Group.name": "name of a permission group",
    "django_tasks_database.DBTaskResult.queue_name": "name of a task queue",
    "django_tasks_database.DBTaskResult.backend_name": "name of a task backend",
}


def entry(key: str) -> PersonalData:
    return next(item for item in REGISTRY if item.key == key)

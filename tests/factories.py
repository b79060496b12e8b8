"""Test data. Every factory builds a valid row; tests override what they care about."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from netzwerkstatt.accounts.models import User
from netzwerkstatt.core.models import District, Language, TargetGroup, Topic
from netzwerkstatt.networks.models import (
    Membership,
    MembershipRole,
    MembershipStatus,
    Network,
    Organisation,
    Project,
    SocialLink,
    Staff,
)
from netzwerkstatt.offers.models import HelpOffer, Need, Offer, WeeklySlot

PASSWORD = "ein-sicheres-Passwort-2024"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    username = factory.SelfAttribute("email")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.save()


class TargetGroupFactory(DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"zielgruppe-{n}")
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"thema-{n}")
    name = factory.Sequence(lambda n: f"Thema {n}")


class LanguageFactory(DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ("slug",)

    slug = "de"
    name = "Deutsch"


class DistrictFactory(DjangoModelFactory):
    class Meta:
        model = District
        django_get_or_create = ("slug",)

    slug = "schoenefeld"
    name = "Schönefeld"


class NetworkFactory(DjangoModelFactory):
    class Meta:
        model = Network

    slug = factory.Sequence(lambda n: f"netzwerk-{n}")
    name = factory.Sequence(lambda n: f"Netzwerk {n}")
    goals = "Zusammenkommen: Austausch fördern"
    activities = "Vernetzung: Regelmäßige Treffen"


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    slug = factory.Sequence(lambda n: f"organisation-{n}")
    name = factory.Sequence(lambda n: f"Organisation {n} e.V.")
    description = "Wir arbeiten im Stadtteil."


class ProjectFactory(DjangoModelFactory):
    class Meta:
        model = Project

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Projekt {n}")


class SocialLinkFactory(DjangoModelFactory):
    class Meta:
        model = SocialLink

    organisation = factory.SubFactory(OrganisationFactory)
    kind = "instagram"
    url = "https://www.instagram.com/example/"


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    network = factory.SubFactory(NetworkFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = MembershipStatus.MEMBER
    role = MembershipRole.MEMBER


class StaffFactory(DjangoModelFactory):
    class Meta:
        model = Staff

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)


class OfferFactory(DjangoModelFactory):
    """An offer whose search index is filled, like one made through the service."""

    class Meta:
        model = Offer
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Angebot {n}")
    description = "Ein offenes Angebot im Stadtteil."
    street = "Gorkistraße 120"
    postcode = "04347"

    @factory.post_generation
    def target_groups(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.target_groups.set(extracted or [TargetGroupFactory()])

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.topics.set(extracted)

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.languages.set(extracted)

    @factory.post_generation
    def indexed(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            from netzwerkstatt.offers.services import update_search_index

            update_search_index(obj)


class WeeklySlotFactory(DjangoModelFactory):
    class Meta:
        model = WeeklySlot

    offer = factory.SubFactory(OfferFactory)
    weekday = 1
    start_time = datetime.time(15, 0)
    end_time = datetime.time(17, 0)


class NeedFactory(DjangoModelFactory):
    class Meta:
        model = Need

    network = factory.SubFactory(NetworkFactory)
    title = factory.Sequence(lambda n: f"Bedarf {n}")
    description = "Es fehlt ein Angebot."
    # A named organisation counts as confirmed; pass None for one waiting for its word.
    raised_by_confirmed_at = factory.LazyAttribute(
        lambda need: timezone.now() if getattr(need, "raised_by", None) else None
    )


class HelpOfferFactory(DjangoModelFactory):
    class Meta:
        model = HelpOffer

    need = factory.SubFactory(
        NeedFactory, is_public=True, public_description="Wir suchen Räume am Nachmittag."
    )
    name = factory.Sequence(lambda n: f"Helferin {n}")
    email = factory.Sequence(lambda n: f"hilfe{n}@example.org")
    message = "Ich habe dienstags Zeit und kann einen Raum aufschließen."
    consent_at = factory.LazyFunction(timezone.now)

"""factory_boy factories for plain rows; taxonomy comes from the seeded tables."""

import factory
from django.utils import timezone

from sharehub.accounts.models import User
from sharehub.catalogue.models import Adoption, Innovation, Need, Resource
from sharehub.contacts.models import Contact
from sharehub.core.models import Status
from sharehub.taxonomy import models as tax


def term(model, slug):
    return model.objects.get(slug=slug)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    display_name = factory.Faker("name", locale="en_GB")


def verified_user(**kwargs) -> User:
    """A user whose e-mail address allauth has verified: allowed to post."""
    from allauth.account.models import EmailAddress

    user = UserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


class TaggedFactory(factory.django.DjangoModelFactory):
    """Pass challenge_areas=[slugs], regions=[slugs], local_authorities=[slugs]."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    language = "en"
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def challenge_areas(self, create, extracted, **kwargs):
        self.challenge_areas.set([term(tax.ChallengeArea, s) for s in (extracted or ["value"])])

    @factory.post_generation
    def places(self, create, extracted, **kwargs):
        regions, las = extracted or ([], [])
        self.set_places(
            regions=[term(tax.Region, s) for s in regions],
            local_authorities=[term(tax.LocalAuthority, s) for s in las],
        )


class InnovationFactory(TaggedFactory):
    class Meta:
        model = Innovation
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"innovation-{n}")
    title = factory.Sequence(lambda n: f"Innovation number {n}")
    summary = "A short summary of what changed."
    body = "What changed and why."
    author = factory.SubFactory(UserFactory)
    sector = factory.LazyFunction(lambda: term(tax.Sector, "adults"))
    stage = factory.LazyFunction(lambda: term(tax.Stage, "idea"))
    kind = factory.LazyFunction(lambda: term(tax.Kind, "practice"))


class ResourceFactory(TaggedFactory):
    class Meta:
        model = Resource
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"resource-{n}")
    title = factory.Sequence(lambda n: f"Resource number {n}")
    summary = "A toolkit."
    body = "How to use it."
    resource_type = "toolkit"
    url = "https://example.org/toolkit"
    author = factory.SubFactory(UserFactory)


class NeedFactory(TaggedFactory):
    class Meta:
        model = Need
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"need-{n}")
    title = factory.Sequence(lambda n: f"Has anyone tried idea {n}?")
    body = "We are looking for experience of this."
    author = factory.SubFactory(UserFactory)


class ContactFactory(TaggedFactory):
    class Meta:
        model = Contact
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"contact-{n}")
    name = factory.Sequence(lambda n: f"Contact person {n}")
    email = factory.Sequence(lambda n: f"private{n}@example.org")
    can_help_with = "Setting up peer support."


class AdoptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Adoption

    innovation = factory.SubFactory(InnovationFactory)
    organisation = "A care home in Conwy"
    story = "We tried it too."
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)


def sign_in_with_two_factor(client, user) -> None:
    """Sign `user` in on `client` as allauth leaves a session after their password and a
    code from their authenticator app: what the Django admin asks for. Gives them an
    authenticator first if they have none."""
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.test import RequestFactory

    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp is None:
        totp = TOTP.activate(user, generate_totp_secret()).instance
    client.force_login(user)
    request = RequestFactory().get("/")
    request.session = client.session
    record_authentication(request, user, "password")
    record_authentication(request, user, "mfa", id=totp.pk, type=totp.type)
    request.session.save()

import pytest
from django.core.management import call_command
from django.db.models import F as models_F

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.contacts.models import Contact
from sharehub.taxonomy import models as tax

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("seed_demo", verbosity=0)


def covered(model, term_model, field: str) -> set[str]:
    return set(
        term_model.objects.filter(pk__in=model.objects.published().values(field)).values_list(
            "slug", flat=True
        )
    )


def test_it_fills_an_empty_instance_with_a_varied_catalogue(seeded):
    innovations = Innovation.objects.published()
    assert innovations.count() >= 60
    assert innovations.filter(language="cy").count() >= 10
    all_slugs = lambda model: set(model.objects.values_list("slug", flat=True))  # noqa: E731
    assert covered(Innovation, tax.ChallengeArea, "challenge_areas") == all_slugs(tax.ChallengeArea)
    assert covered(Innovation, tax.Region, "regions") == all_slugs(tax.Region)
    assert covered(Innovation, tax.Stage, "stage") == all_slugs(tax.Stage)
    assert Resource.objects.published().count() >= 15
    assert Contact.objects.published().count() >= 10
    assert Need.objects.published().count() >= 10
    assert innovations.filter(featured=True).exists()


def test_it_leaves_a_catalogue_with_content_alone(seeded):
    before = Innovation.objects.count()
    call_command("seed_demo", "--if-empty", verbosity=0)
    call_command("seed_demo", verbosity=0)
    assert Innovation.objects.count() == before


def test_scale_adds_tagged_innovations_in_bulk(seeded, client):
    before = Innovation.objects.count()
    call_command("seed_demo", "--scale", "200", verbosity=0)
    assert Innovation.objects.count() == before + 200
    generated = Innovation.objects.filter(slug__contains="-g")
    assert not generated.filter(challenge_areas=None).exists()
    assert not generated.filter(regions=None, local_authorities=None).exists()
    assert generated.filter(language="cy").exists()
    # Generated content is searchable and filterable like any other.
    response = client.get("/en/innovations/", {"region": "gwent", "challenge_area": "risk"})
    assert response.status_code == 200
    assert response.context["result"].total > 0


def test_adoption_counts_match_the_adoption_stories(seeded):
    from django.db.models import Count, Q

    call_command("seed_demo", "--scale", "100", verbosity=0)
    mismatched = Innovation.objects.annotate(
        n=Count("adoptions", filter=Q(adoptions__status="published"))
    ).exclude(n=models_F("adoption_count"))
    assert not mismatched.exists()
    assert Innovation.objects.filter(adoption_count__gt=0).count() > 10


def test_some_demo_innovations_are_linked_to_their_welsh_version(seeded, client):
    welsh = Innovation.objects.filter(translation_of__isnull=False).select_related("translation_of")
    assert welsh.exists()
    for item in welsh:
        assert (item.language, item.translation_of.language) == ("cy", "en")
    english = welsh[0].translation_of
    html = client.get(english.get_absolute_url()).content.decode()
    assert f'href="/cy/innovations/{welsh[0].slug}/" lang="cy" hreflang="cy"' in html


def test_bench_generators_add_every_kind_tagged_and_listed(client):
    """bench/seed.py's resources, needs and contacts: tagged like real content, mostly
    published, and shown by the lists (the facet arrays are filled by the triggers)."""
    from sharehub.catalogue.demo import generate_needs, generate_resources
    from sharehub.contacts.demo import generate_contacts

    assert (generate_resources(60), generate_needs(40), generate_contacts(30)) == (60, 40, 30)
    for model, path in (
        (Resource, "/en/resources/"),
        (Need, "/en/needs/"),
        (Contact, "/en/contacts/"),
    ):
        generated = model.objects.filter(slug__regex=r"-g[0-9]+$")
        assert not generated.filter(challenge_areas=None).exists()
        assert not generated.filter(regions=None, local_authorities=None).exists()
        published = generated.published().count()
        assert published >= generated.count() * 0.8
        response = client.get(path)
        assert response.status_code == 200
        assert response.context["result"].total == published
    assert Resource.objects.exclude(evidence_level="").exists()

"""Demo content: the written catalogue in demo_data.py, and generated volume for benchmarks."""

import functools
import random
from datetime import timedelta

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from sharehub.catalogue import demo_data as data
from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.core.markdown import render_markdown
from sharehub.core.models import Status
from sharehub.core.slugs import unique_slug
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import by_slug


def _terms(model, slugs):
    known = by_slug(model)
    return [known[slug] for slug in slugs]


def _term(model, slug):
    return by_slug(model)[slug] if slug else None


def _ago(days: int):
    return timezone.now() - timedelta(days=days, hours=random.randint(0, 20))


def _tag(item, entry) -> None:
    item.challenge_areas.set(_terms(tax.ChallengeArea, entry["challenge_areas"]))
    item.set_places(
        regions=_terms(tax.Region, entry.get("regions", [])),
        local_authorities=_terms(tax.LocalAuthority, entry.get("local_authorities", [])),
    )


@transaction.atomic
def load_demo() -> dict[str, int]:
    """Create the written demo catalogue; returns how many of each were made."""
    random.seed(2026)
    User = get_user_model()
    people = {}
    for person in data.PEOPLE:
        user, _ = User.objects.get_or_create(
            username=person["key"],
            defaults={"email": person["email"], "display_name": person["display_name"]},
        )
        people[person["key"]] = user

    innovations = {}
    for entry in data.INNOVATIONS:
        innovation = Innovation(
            slug=unique_slug(Innovation, entry["title"]),
            title=entry["title"],
            summary=entry["summary"],
            body=entry["body"],
            language=entry["language"],
            author=people[entry["author"]],
            sector=_term(tax.Sector, entry["sector"]),
            kind=_term(tax.Kind, entry["kind"]),
            stage=_term(tax.Stage, entry["stage"]),
            role=_term(tax.Role, entry.get("role")),
            job_role=_term(tax.JobRole, entry.get("job_role")),
            what_helped=entry.get("what_helped", ""),
            what_got_in_the_way=entry.get("what_got_in_the_way", ""),
            outcomes=entry.get("outcomes", ""),
            looking_for=entry.get("looking_for", []),
            featured=entry.get("featured", False),
            adoption_count=len(entry.get("adoptions", [])),
        )
        innovation.mark_published(at=_ago(entry["days_ago"]))
        innovation.full_clean(exclude=["challenge_areas"])
        innovation.save()
        _tag(innovation, entry)
        for adoption in entry.get("adoptions", []):
            la = _term(tax.LocalAuthority, adoption.get("local_authority"))
            row = Adoption(
                innovation=innovation,
                organisation=adoption["organisation"],
                local_authority=la,
                region_id=la.region_id if la else None,
                story=adoption["story"],
                language=entry["language"],
            )
            row.mark_published(at=innovation.published_at + timedelta(days=random.randint(5, 60)))
            row.save()
        innovations[entry["title"]] = innovation
    for entry in data.INNOVATIONS:
        if entry.get("translation_of"):
            translation = innovations[entry["title"]]
            translation.translation_of = innovations[entry["translation_of"]]
            translation.full_clean(exclude=["challenge_areas"])
            translation.save(update_fields=["translation_of"])

    for entry in data.RESOURCES:
        resource = Resource(
            slug=unique_slug(Resource, entry["title"]),
            title=entry["title"],
            summary=entry["summary"],
            body=entry.get("body", ""),
            language=entry["language"],
            author=people[entry["author"]],
            resource_type=entry["resource_type"],
            url=entry.get("url", ""),
            sector=_term(tax.Sector, entry.get("sector")),
            evidence_level=entry.get("evidence_level", ""),
            cost=entry.get("cost", ""),
            time_to_implement=entry.get("time_to_implement", ""),
            licence=entry.get("licence", ""),
            review_by=(timezone.now() + timedelta(days=entry.get("review_in_days", 365))).date(),
        )
        resource.mark_published(at=_ago(entry["days_ago"]))
        resource.save()
        _tag(resource, entry)
        resource.roles.set(_terms(tax.Role, entry.get("roles", [])))
        resource.job_roles.set(_terms(tax.JobRole, entry.get("job_roles", [])))

    # Contacts sit above the catalogue (they link to innovations): named, not imported.
    Contact = apps.get_model("contacts", "Contact")
    for entry in data.CONTACTS:
        person = people.get(entry["person"]) if entry.get("person") else None
        contact = Contact(
            slug=unique_slug(Contact, entry["name"]),
            name=entry["name"],
            is_organisation=entry["is_organisation"],
            user=person,
            email=person.email if person else "",
            language=entry["language"],
            role=_term(tax.Role, entry.get("role")),
            job_role=_term(tax.JobRole, entry.get("job_role")),
            organisation=entry.get("organisation", ""),
            organisation_type=_term(tax.OrganisationType, entry.get("organisation_type")),
            can_help_with=entry["can_help_with"],
            bio=entry.get("bio", ""),
        )
        contact.mark_published(at=_ago(random.randint(10, 400)))
        contact.save()
        _tag(contact, entry)

    for entry in data.NEEDS:
        need = Need(
            slug=unique_slug(Need, entry["title"]),
            title=entry["title"],
            body=entry["body"],
            language=entry["language"],
            author=people[entry["author"]],
        )
        need.mark_published(at=_ago(entry["days_ago"]))
        if entry.get("answered"):
            need.answered_at = need.published_at + timedelta(days=random.randint(2, 30))
        need.save()
        _tag(need, entry)
        for reply_entry in entry.get("replies", []):
            written = need.published_at + timedelta(days=random.randint(1, 10))
            reply = NeedReply.objects.create(
                need=need,
                author=people[reply_entry["author"]],
                body=reply_entry["body"],
                created_at=written,
                status=Status.PUBLISHED,
                published_at=written,
            )
            reply.innovations.set(
                [
                    innovations[t]
                    for t in reply_entry.get("innovation_titles", [])
                    if t in innovations
                ]
            )
    return {
        "innovations": len(data.INNOVATIONS),
        "resources": len(data.RESOURCES),
        "contacts": len(data.CONTACTS),
        "needs": len(data.NEEDS),
    }


def generate_innovations(count: int, *, batch: int = 5000, seed: int = 1) -> int:
    """Add `count` varied published innovations fast (bulk inserts), for benchmarks.

    Text is recombined from the written demo catalogue, so searches behave as
    they would on real content; about 1 in 7 is Welsh; 5% are not published.
    """
    rng = random.Random(seed)
    english = [e for e in data.INNOVATIONS if e["language"] == "en"]
    welsh = [e for e in data.INNOVATIONS if e["language"] == "cy"] or english
    areas = list(by_slug(tax.ChallengeArea).values())
    las = list(by_slug(tax.LocalAuthority).values())
    regions = by_slug(tax.Region)
    all_wales = regions.get("all-wales")
    stages = list(by_slug(tax.Stage).values())
    kinds = list(by_slug(tax.Kind).values())
    sectors = list(by_slug(tax.Sector).values())
    roles = list(by_slug(tax.Role).values())
    job_roles = list(by_slug(tax.JobRole).values())
    stories = [a for e in data.INNOVATIONS for a in e.get("adoptions", [])]
    now = timezone.now()
    start = Innovation.objects.count()
    made = 0
    Areas = Innovation.challenge_areas.through
    Regions = Innovation.regions.through
    Las = Innovation.local_authorities.through
    # Bulk inserts skip save(): the rows get their HTML here, each text rendered once.
    render = functools.lru_cache(maxsize=4096)(render_markdown)
    while made < count:
        size = min(batch, count - made)
        rows, tags = [], []
        for i in range(size):
            number = start + made + i + 1
            pool = welsh if rng.random() < 0.15 else english
            a, b, c = rng.sample(pool, 3) if len(pool) >= 3 else (pool[0], pool[0], pool[0])
            title = f"{a['title'][:150]} ({number})"
            status = (
                Status.PUBLISHED
                if rng.random() < 0.95
                else rng.choice([Status.DRAFT, Status.SUBMITTED, Status.WITHDRAWN])
            )
            rows.append(
                Innovation(
                    slug=f"{slugify(a['title'])[:70]}-g{number}",
                    title=title,
                    summary=b["summary"],
                    body="\n\n".join([a["body"], c["body"]]),
                    language=a["language"],
                    status=status,
                    published_at=now - timedelta(minutes=rng.randint(60, 60 * 24 * 1100))
                    if status == Status.PUBLISHED
                    else None,
                    stage=rng.choice(stages),
                    kind=rng.choice(kinds),
                    sector=rng.choice(sectors),
                    role=rng.choice(roles),
                    job_role=rng.choice(job_roles),
                    what_helped=b.get("what_helped", ""),
                    what_got_in_the_way=c.get("what_got_in_the_way", ""),
                    outcomes=a.get("outcomes", ""),
                    adoption_count=rng.choice([0, 0, 0, 1, 2, 3])
                    if status == Status.PUBLISHED
                    else 0,
                    featured=rng.random() < 0.002,
                )
            )
            rows[-1].render_markdown_fields(render=render)
            chosen_las = rng.sample(las, rng.choice([0, 1, 1, 1, 2]))
            chosen_regions = set()
            if not chosen_las:
                chosen_regions.add(
                    all_wales.pk if all_wales and rng.random() < 0.3 else rng.choice(las).region_id
                )
            tags.append(
                (rng.sample(areas, rng.choice([1, 1, 2, 2, 3])), chosen_las, chosen_regions)
            )
        with transaction.atomic():
            created = Innovation.objects.bulk_create(rows)
            Areas.objects.bulk_create(
                Areas(innovation_id=obj.pk, challengearea_id=area.pk)
                for obj, (chosen, _l, _r) in zip(created, tags, strict=True)
                for area in chosen
            )
            Las.objects.bulk_create(
                Las(innovation_id=obj.pk, localauthority_id=la.pk)
                for obj, (_a, chosen, _r) in zip(created, tags, strict=True)
                for la in chosen
            )
            Regions.objects.bulk_create(
                Regions(innovation_id=obj.pk, region_id=region_id)
                for obj, (_a, _l, chosen) in zip(created, tags, strict=True)
                for region_id in chosen
            )
            Adoption.objects.bulk_create(
                Adoption(
                    innovation_id=obj.pk,
                    organisation=story["organisation"],
                    local_authority_id=la.pk,
                    region_id=la.region_id,
                    story=story["story"],
                    status=Status.PUBLISHED,
                    published_at=obj.published_at + timedelta(days=30),
                )
                for obj in created
                for story, la in (
                    (rng.choice(stories), rng.choice(las)) for _ in range(obj.adoption_count)
                )
            )
        made += size
    return made

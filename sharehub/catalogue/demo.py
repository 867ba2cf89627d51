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
from sharehub.organisations.models import Membership
from sharehub.organisations.services import link_all, record_for
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
    people, organisations = {}, {}
    for person in data.PEOPLE:
        user, _ = User.objects.get_or_create(
            username=person["key"],
            defaults={"email": person["email"], "display_name": person["display_name"]},
        )
        people[person["key"]] = user
        kind = _term(tax.OrganisationType, person.get("organisation_type"))
        organisations[person["key"]] = (person.get("organisation", ""), kind)
        organisation = record_for(person.get("organisation", ""), kind)
        if organisation is not None:
            Membership.objects.get_or_create(user=user, organisation=organisation)

    organisation_types = {p["key"]: p.get("organisation_type") for p in data.PEOPLE}
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
            # the author's organisation type, as the share form fills it in
            organisation_type=_term(
                tax.OrganisationType,
                entry.get("organisation_type") or organisation_types.get(entry["author"]),
            ),
            what_helped=entry.get("what_helped", ""),
            what_got_in_the_way=entry.get("what_got_in_the_way", ""),
            outcomes=entry.get("outcomes", ""),
            looking_for=entry.get("looking_for", []),
            featured=entry.get("featured", False),
            # Shared on behalf of the author's organisation.
            organisation=organisations[entry["author"]][0],
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
                progress=adoption.get("progress", "running"),
                started=innovation.published_at.date().replace(day=1),
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
            organisation=organisations[entry["author"]][0],
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
    link_all()
    return {
        "innovations": len(data.INNOVATIONS),
        "resources": len(data.RESOURCES),
        "contacts": len(data.CONTACTS),
        "needs": len(data.NEEDS),
    }


class Pools:
    """What generated rows are made of: the written catalogue's entries of one kind
    (about 1 in 7 picked Welsh) and the shared taxonomy."""

    def __init__(self, entries: list[dict], rng: random.Random):
        self.rng = rng
        self.english = [e for e in entries if e["language"] == "en"]
        self.welsh = [e for e in entries if e["language"] == "cy"] or self.english
        self.areas = list(by_slug(tax.ChallengeArea).values())
        self.las = list(by_slug(tax.LocalAuthority).values())
        self.all_wales = by_slug(tax.Region).get("all-wales")
        self.stages = list(by_slug(tax.Stage).values())
        self.kinds = list(by_slug(tax.Kind).values())
        self.sectors = list(by_slug(tax.Sector).values())
        self.roles = list(by_slug(tax.Role).values())
        self.job_roles = list(by_slug(tax.JobRole).values())
        self.organisation_types = list(by_slug(tax.OrganisationType).values())

    def three(self) -> tuple[dict, dict, dict]:
        """Three entries of one language: one gives the title, the others the text."""
        pool = self.welsh if self.rng.random() < 0.15 else self.english
        if len(pool) < 3:
            return pool[0], pool[0], pool[0]
        a, b, c = self.rng.sample(pool, 3)
        return a, b, c

    def status(self) -> str:
        """95% published; the rest in the states nobody else sees."""
        if self.rng.random() < 0.95:
            return Status.PUBLISHED
        return self.rng.choice([Status.DRAFT, Status.SUBMITTED, Status.WITHDRAWN])

    def published_at(self, status: str, now):
        if status != Status.PUBLISHED:
            return None
        return now - timedelta(minutes=self.rng.randint(60, 60 * 24 * 1100))

    def named_after(self, entry: dict, number: int, now, *, field: str = "title") -> dict:
        """A new row's slug, title (or other `field`), language, status and date of
        publication: named after the written `entry`, numbered to stay unique."""
        status = self.status()
        return {
            "slug": generated_slug(entry[field], number),
            field: f"{entry[field][:150]} ({number})",
            "language": entry["language"],
            "status": status,
            "published_at": self.published_at(status, now),
        }

    def tags(self) -> tuple[list, list, set]:
        """Challenge areas, local authorities and (when no local authority) a region."""
        rng = self.rng
        chosen_las = rng.sample(self.las, rng.choice([0, 1, 1, 1, 2]))
        chosen_regions = set()
        if not chosen_las:
            chosen_regions.add(
                self.all_wales.pk
                if self.all_wales and rng.random() < 0.3
                else rng.choice(self.las).region_id
            )
        return rng.sample(self.areas, rng.choice([1, 1, 2, 2, 3])), chosen_las, chosen_regions


def generate(
    model, entries: list[dict], count: int, build, *, after=None, batch: int = 5000, seed: int = 1
) -> int:
    """Add `count` rows of a Tagged `model`, made from the written `entries`, fast, with bulk inserts, for benchmarks.

    `build(pools, number, now)` returns one unsaved row (its markdown rendered
    here); every row gets challenge areas and places like real content (the
    PostgreSQL triggers fill the facet arrays and search vectors from them);
    `after(created, pools)` adds anything else in the same transaction.
    """
    pools = Pools(entries, random.Random(seed))
    now = timezone.now()
    start = model.objects.count()
    Areas = model.challenge_areas.through
    Regions = model.regions.through
    Las = model.local_authorities.through
    own = model._meta.model_name + "_id"
    # Bulk inserts skip save(): the rows get their HTML here, each text rendered once.
    render = functools.lru_cache(maxsize=4096)(render_markdown)
    made = 0
    while made < count:
        size = min(batch, count - made)
        rows = [build(pools, start + made + i + 1, now) for i in range(size)]
        for row in rows:
            row.render_markdown_fields(render=render)
        tags = [pools.tags() for _ in rows]
        with transaction.atomic():
            created = model.objects.bulk_create(rows)
            pairs = list(zip(created, tags, strict=True))
            Areas.objects.bulk_create(
                Areas(**{own: obj.pk, "challengearea_id": area.pk})
                for obj, (areas, _l, _r) in pairs
                for area in areas
            )
            Las.objects.bulk_create(
                Las(**{own: obj.pk, "localauthority_id": la.pk})
                for obj, (_a, las, _r) in pairs
                for la in las
            )
            Regions.objects.bulk_create(
                Regions(**{own: obj.pk, "region_id": region_id})
                for obj, (_a, _l, regions) in pairs
                for region_id in regions
            )
            if after:
                after(created, pools)
        made += size
    return made


def generated_slug(title: str, number: int) -> str:
    return f"{slugify(title)[:70]}-g{number}"


def generate_innovations(count: int, *, batch: int = 5000, seed: int = 1) -> int:
    """Varied published innovations recombined from the written catalogue, so searches
    behave as they would on real content; 5% are not published; some have adoptions."""
    stories = [a for e in data.INNOVATIONS for a in e.get("adoptions", [])]

    def build(pools: Pools, number: int, now) -> Innovation:
        rng = pools.rng
        a, b, c = pools.three()
        first = pools.named_after(a, number, now)
        return Innovation(
            **first,
            summary=b["summary"],
            body="\n\n".join([a["body"], c["body"]]),
            stage=rng.choice(pools.stages),
            kind=rng.choice(pools.kinds),
            sector=rng.choice(pools.sectors),
            role=rng.choice(pools.roles),
            job_role=rng.choice(pools.job_roles),
            what_helped=b.get("what_helped", ""),
            what_got_in_the_way=c.get("what_got_in_the_way", ""),
            outcomes=a.get("outcomes", ""),
            adoption_count=rng.choice([0, 0, 0, 1, 2, 3])
            if first["status"] == Status.PUBLISHED
            else 0,
            featured=rng.random() < 0.002,
        )

    def adoptions(created: list[Innovation], pools: Pools) -> None:
        rng = pools.rng
        Adoption.objects.bulk_create(
            Adoption(
                innovation_id=obj.pk,
                organisation=story["organisation"],
                local_authority_id=la.pk,
                region_id=la.region_id,
                story=story["story"],
                progress=story.get("progress", "running"),
                started=obj.published_at.date().replace(day=1),
                status=Status.PUBLISHED,
                published_at=obj.published_at + timedelta(days=30),
            )
            for obj in created
            for story, la in (
                (rng.choice(stories), rng.choice(pools.las)) for _ in range(obj.adoption_count)
            )
        )

    return generate(
        Innovation, data.INNOVATIONS, count, build, after=adoptions, batch=batch, seed=seed
    )


def generate_resources(count: int, *, batch: int = 5000, seed: int = 2) -> int:
    """Varied resources recombined from the written ones, with their own facets
    (type, evidence level, cost, time to put in place) and audiences."""
    choices = {
        field: [value for value, _label in Resource._meta.get_field(field).choices]
        for field in ("resource_type", "evidence_level", "cost", "time_to_implement")
    }

    def build(pools: Pools, number: int, now) -> Resource:
        rng = pools.rng
        a, b, c = pools.three()
        return Resource(
            **pools.named_after(a, number, now),
            summary=b["summary"],
            body=c.get("body", ""),
            url=a.get("url", ""),
            sector=rng.choice(pools.sectors),
            licence=a.get("licence", ""),
            review_by=(now + timedelta(days=rng.randint(-60, 700))).date(),
            **{field: rng.choice(values) for field, values in choices.items()},
        )

    def audiences(created: list[Resource], pools: Pools) -> None:
        rng = pools.rng
        for field, terms, column in (
            ("roles", pools.roles, "role_id"),
            ("job_roles", pools.job_roles, "jobrole_id"),
        ):
            through = getattr(Resource, field).through
            through.objects.bulk_create(
                through(resource_id=obj.pk, **{column: term.pk})
                for obj in created
                for term in rng.sample(terms, rng.choice([0, 1, 2]))
            )

    return generate(Resource, data.RESOURCES, count, build, after=audiences, batch=batch, seed=seed)


def generate_needs(count: int, *, batch: int = 5000, seed: int = 3) -> int:
    """Varied notice-board questions (without replies); about a third answered."""

    def build(pools: Pools, number: int, now) -> Need:
        rng = pools.rng
        a, _b, c = pools.three()
        first = pools.named_after(a, number, now)
        published_at = first["published_at"]
        return Need(
            **first,
            body=c["body"],
            answered_at=published_at + timedelta(days=rng.randint(2, 30))
            if published_at and rng.random() < 0.3
            else None,
        )

    return generate(Need, data.NEEDS, count, build, batch=batch, seed=seed)

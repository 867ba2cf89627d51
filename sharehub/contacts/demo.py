"""Generated contact listings for benchmarks (the written ones are loaded by
sharehub.catalogue.demo.load_demo)."""

from sharehub.catalogue import demo_data
from sharehub.catalogue.demo import Pools, generate, generated_slug
from sharehub.contacts.models import Contact


def generate_contacts(count: int, *, batch: int = 5000, seed: int = 4) -> int:
    """Varied listings of people and organisations, recombined from the written
    ones, without accounts or e-mail addresses (nobody can be messaged)."""

    def build(pools: Pools, number: int, now) -> Contact:
        rng = pools.rng
        a, b, c = pools.three()
        status = pools.status()
        return Contact(
            slug=generated_slug(a["name"], number),
            name=f"{a['name'][:150]} ({number})",
            is_organisation=a["is_organisation"],
            language=a["language"],
            status=status,
            published_at=pools.published_at(status, now),
            role=rng.choice(pools.roles),
            job_role=rng.choice(pools.job_roles),
            organisation=b.get("organisation", ""),
            organisation_type=rng.choice(pools.organisation_types),
            can_help_with=b["can_help_with"],
            bio=c.get("bio", ""),
        )

    return generate(Contact, demo_data.CONTACTS, count, build, batch=batch, seed=seed)

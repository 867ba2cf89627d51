"""Generated contact listings for benchmarks (the written ones are loaded by
sharehub.catalogue.demo.load_demo)."""

from sharehub.catalogue import demo_data
from sharehub.catalogue.demo import Pools, generate
from sharehub.contacts.models import Contact


def generate_contacts(count: int, *, batch: int = 5000, seed: int = 4) -> int:
    """Varied listings of people and organisations, recombined from the written
    ones, without accounts or e-mail addresses (nobody can be messaged)."""

    def build(pools: Pools, number: int, now) -> Contact:
        rng = pools.rng
        a, b, c = pools.three()
        return Contact(
            **pools.named_after(a, number, now, field="name"),
            is_organisation=a["is_organisation"],
            role=rng.choice(pools.roles),
            job_role=rng.choice(pools.job_roles),
            organisation=b.get("organisation", ""),
            organisation_type=rng.choice(pools.organisation_types),
            can_help_with=b["can_help_with"],
            bio=c.get("bio", ""),
        )

    return generate(Contact, demo_data.CONTACTS, count, build, batch=batch, seed=seed)

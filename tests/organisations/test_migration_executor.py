"""The real migrations, run forwards from the schema before organisations were records:
rows written then keep every organisation value as it was and link to their records."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from sharehub.organisations.names import normalise

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]  # ALTER TABLE mid-transaction

BEFORE = [
    ("accounts", "0005_text_limits"),
    ("taxonomy", "0003_facet_version"),
    ("catalogue", "0012_adoption_details"),
    ("contacts", "0008_welsh_search"),
    ("organisations", None),
]
AFTER = [
    ("accounts", "0005_text_limits"),
    ("taxonomy", "0003_facet_version"),
    ("catalogue", "0013_organisation_records"),
    ("contacts", "0009_organisation_records"),
    ("organisations", "0002_profile_memberships"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1]]).apps


def test_the_migrations_keep_every_value_and_link_every_row():
    old = migrate(BEFORE)
    User = old.get_model("accounts", "User")
    Innovation = old.get_model("catalogue", "Innovation")
    Adoption = old.get_model("catalogue", "Adoption")
    Contact = old.get_model("contacts", "Contact")
    LocalAuthority = old.get_model("taxonomy", "LocalAuthority")
    conwy = LocalAuthority.objects.get(slug="conwy")
    values = ["Bryn Derw Care Home", "BRYN DERW, care home", "Gofal Cymru", ""]
    user = User.objects.create(username="olduser", organisation="Bryn Derw care home")
    for n, value in enumerate(values):
        innovation = Innovation.objects.create(
            slug=f"old-{n}",
            title=f"Old {n}",
            summary="s",
            body="b",
            language="en",
            status="published",
            organisation=value,
            author=user,
        )
        Adoption.objects.create(
            innovation=innovation,
            organisation=value or "Conwy home care",
            story="We tried it.",
            language="en",
            status="published",
            local_authority=conwy,
        )
        Contact.objects.create(
            slug=f"old-contact-{n}",
            name=f"Old contact {n}",
            organisation=value,
            can_help_with="c",
            language="en",
            status="published",
        )
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # before ALTER TABLE in this transaction

    new = migrate(AFTER)

    Organisation = new.get_model("organisations", "Organisation")
    Membership = new.get_model("organisations", "Membership")
    for model_name, app in (
        ("Innovation", "catalogue"),
        ("Adoption", "catalogue"),
        ("Contact", "contacts"),
    ):
        model = new.get_model(app, model_name)
        rows = list(model.objects.values_list("organisation", "organisation_record__key"))
        assert sorted(text for text, _ in rows) == sorted(
            v or "Conwy home care" if model_name == "Adoption" else v for v in values
        )
        for text, key in rows:
            assert key == (normalise(text) or None)
    assert sorted(Organisation.objects.values_list("key", flat=True)) == [
        "bryn derw care home",
        "conwy home care",
        "gofal cymru",
    ]
    (membership,) = Membership.objects.all()
    assert membership.organisation.key == "bryn derw care home"
    assert list(
        Organisation.objects.get(key="conwy home care").local_authorities.values_list(
            "slug", flat=True
        )
    ) == ["conwy"]

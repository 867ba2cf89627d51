"""One organisation written several ways is one record; blank is none."""

import pytest

from sharehub.organisations.models import Organisation
from sharehub.organisations.names import normalise
from sharehub.organisations.services import record_for
from sharehub.taxonomy import models as tax
from tests.factories import term

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "written",
    [
        "Bryn Derw Care Home",
        "bryn derw care home",
        "  Bryn   Derw\tCare Home ",
        "Bryn Derw, Care-Home.",
        "BRYN DERW (CARE HOME)",
    ],
)
def test_case_spacing_and_punctuation_do_not_count(written):
    first = record_for("Bryn Derw Care Home")
    assert record_for(written) == first
    assert Organisation.objects.count() == 1


def test_the_record_keeps_the_first_name_it_was_given_and_a_stable_slug():
    organisation = record_for("  Cartref   Llys Eifion ")
    assert organisation.name == "Cartref Llys Eifion"
    assert organisation.slug == "cartref-llys-eifion"
    record_for("CARTREF LLYS EIFION")
    organisation.refresh_from_db()
    assert organisation.name == "Cartref Llys Eifion"
    assert organisation.slug == "cartref-llys-eifion"


def test_letters_keep_their_accents_and_different_names_differ():
    assert normalise("Grŵp Gofalwyr") == "grŵp gofalwyr"
    assert record_for("Grŵp Gofalwyr") != record_for("Grwp Gofalwyr Dyffryn")


@pytest.mark.parametrize("blank", ["", "   ", "—", "...", None])
def test_a_blank_name_is_no_record(blank):
    assert record_for(blank) is None
    assert not Organisation.objects.exists()


def test_a_type_fills_a_gap_but_never_replaces_one():
    housing = term(tax.OrganisationType, "housing")
    third = term(tax.OrganisationType, "third-sector")
    organisation = record_for("Clwyd Valley Homes")
    assert organisation.organisation_type is None
    assert record_for("clwyd valley homes", housing).organisation_type == housing
    assert record_for("Clwyd Valley Homes", third).organisation_type == housing

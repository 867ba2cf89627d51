"""Sign-up asks for the name to show with what a person shares; it passes the gate."""

import pytest

from sharehub.accounts.models import User
from tests.accounts.test_signup import NEW_PASSWORD
from tests.gate.text import CERTAIN

pytestmark = pytest.mark.django_db


def sign_up(client, display_name: str, email: str = "newcomer@example.org", lang: str = "en"):
    return client.post(
        f"/{lang}/accounts/signup/",
        {
            "display_name": display_name,
            "email": email,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )


def test_the_form_asks_for_the_name_to_show_first_with_a_hint(client):
    html = client.get("/en/accounts/signup/").content.decode()
    assert html.index('name="display_name"') < html.index('name="email"')
    assert 'autocomplete="name"' in html
    assert "Leave it empty to appear as “A ShareHub member”." in html


def test_the_name_given_is_shown_with_what_they_share(client):
    response = sign_up(client, "  Siân   Jones ")
    assert response.status_code == 302
    user = User.objects.get(email="newcomer@example.org")
    assert user.display_name == "Siân Jones"
    assert user.public_name == "Siân Jones"


def test_the_name_may_be_left_empty(client):
    assert sign_up(client, "").status_code == 302
    user = User.objects.get(email="newcomer@example.org")
    assert user.display_name == ""
    assert str(user.public_name) == "A ShareHub member"


def test_personal_data_of_someone_who_receives_care_is_refused(client):
    response = sign_up(client, CERTAIN[:60])
    assert response.status_code == 200
    html = response.content.decode()
    assert not User.objects.filter(email="newcomer@example.org").exists()
    assert "it looks like it identifies a person who receives care" in html
    assert 'href="#id_display_name"' in html  # the error summary links to the field
    assert 'id="id_display_name-error"' in html


def test_a_name_on_two_lines_is_refused(client):
    assert sign_up(client, "Siân\nJones").status_code == 200
    assert not User.objects.exists()

import re

import pytest
from django.test import Client

from sharehub.accounts.models import User

pytestmark = pytest.mark.django_db


def test_resetting_for_an_unknown_address_shows_the_same_page(member, mailoutbox):
    known = Client().post("/en/accounts/password/reset/", {"email": member.email}, follow=True)
    unknown = Client().post(
        "/en/accounts/password/reset/", {"email": "nobody@example.org"}, follow=True
    )
    assert (
        known.redirect_chain
        == unknown.redirect_chain
        == [("/en/accounts/password/reset/done/", 302)]
    )
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    assert strip(known.content.decode()) == strip(unknown.content.decode())
    # Both addresses get an e-mail: the owner a link, the stranger a "no account here".
    assert {m.to[0] for m in mailoutbox} == {member.email, "nobody@example.org"}


def test_it_resets_the_password_through_the_link(client, member, mailoutbox):
    client.post("/en/accounts/password/reset/", {"email": member.email})
    link = re.search(r"https?://testserver(/\S+)", mailoutbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    weak = client.post(action, {"password1": "short", "password2": "short"})
    assert "This password is too short" in weak.content.decode()
    new = "a brand new passphrase for mair"
    response = client.post(action, {"password1": new, "password2": new})
    assert response.status_code == 302
    assert User.objects.get(pk=member.pk).check_password(new)

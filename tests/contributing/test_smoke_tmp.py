import pytest

pytestmark = pytest.mark.django_db


def test_pages(client, author, innovation_data, resource_data, need_data):
    client.force_login(author)
    for url in ["/en/innovations/new/", "/en/resources/new/", "/en/needs/new/", "/en/contributions/"]:
        r = client.get(url)
        assert r.status_code == 200, url
    r = client.post("/en/innovations/new/", innovation_data)
    assert r.status_code == 302, r.content.decode()[:3000]
    url = r["Location"]
    r = client.get(url)
    print(r.content.decode()[-6000:])
    for a in ["edit", "details", "preview", "submit", "withdraw"]:
        r = client.get(url + a + "/")
        assert r.status_code == 200, a

"""Markdown is rendered when content is saved, and pages show the stored HTML."""

import pytest
from django.core.management import call_command
from django.test import Client
from markdown_it import MarkdownIt

from sharehub.catalogue import revisions
from sharehub.catalogue.models import Innovation, Need, NeedReply
from sharehub.contacts.models import Contact
from sharehub.core.markdown import RENDERER_VERSION
from sharehub.core.models import RENDERED_VERSION_KEY
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def test_saving_renders_every_markdown_field():
    item = InnovationFactory(
        body="We **changed** it.",
        what_helped="- the cook",
        what_got_in_the_way="[a link](https://example.org)",
        outcomes="",
    )
    item.refresh_from_db()
    assert item.rendered["body"] == "<p>We <strong>changed</strong> it.</p>\n"
    assert "<li>the cook</li>" in item.rendered["what_helped"]
    assert 'rel="nofollow ugc noopener"' in item.rendered["what_got_in_the_way"]
    assert item.rendered["outcomes"] == ""
    assert item.rendered[RENDERED_VERSION_KEY] == RENDERER_VERSION


def test_a_save_with_update_fields_renders_the_changed_field_and_stores_it():
    item = NeedFactory(body="first")
    item.body = "*second*"
    item.save(update_fields=["body"])
    item.refresh_from_db()
    assert item.rendered["body"] == "<p><em>second</em></p>\n"


def test_a_save_of_other_fields_leaves_the_html_alone():
    item = NeedFactory(body="*kept*")
    Need.objects.filter(pk=item.pk).update(rendered={"body": "<p>stored</p>"})
    item.refresh_from_db()
    item.title = "New title"
    item.save(update_fields=["title"])
    item.refresh_from_db()
    assert item.rendered == {"body": "<p>stored</p>"}


def test_an_approved_edit_is_rendered():
    """Pending edits are applied with save(update_fields=…) (revisions.apply)."""
    item = InnovationFactory(body="Old", what_helped="")
    revisions.apply(item, {"body": "The **new** version", "what_helped": "- one"})
    item.refresh_from_db()
    assert item.rendered["body"] == "<p>The <strong>new</strong> version</p>\n"
    assert "<li>one</li>" in item.rendered["what_helped"]


def test_a_page_view_never_renders_markdown(monkeypatch, django_assert_max_num_queries):
    innovation = InnovationFactory(body="**Bold** body", what_helped="- helped")
    need = NeedFactory(body="A *question*")
    NeedReply.objects.create(need=need, author=need.author, body="A `reply`", status="published")
    resource = ResourceFactory(body="Use it `weekly`")
    contact = ContactFactory(can_help_with="**Peer** support", bio="> quoted")

    def refuse(self, *args, **kwargs):
        raise AssertionError("Markdown was rendered on a page view")

    monkeypatch.setattr(MarkdownIt, "render", refuse)
    client = Client()
    expected = {
        innovation.get_absolute_url(): ["<strong>Bold</strong> body", "<li>helped</li>"],
        need.get_absolute_url(): ["A <em>question</em>", "A <code>reply</code>"],
        resource.get_absolute_url(): ["Use it <code>weekly</code>"],
        contact.get_absolute_url(): ["<strong>Peer</strong> support", "<blockquote>"],
    }
    for url, fragments in expected.items():
        # A first reader: the taxonomy's cache filled, 2 to look for a kept page and 1
        # for the related cards' part (kept_pages.shared_part).
        with django_assert_max_num_queries(19):
            response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for fragment in fragments:
            assert fragment in html, (url, fragment)


def test_text_written_straight_to_the_database_shows_as_escaped_text_until_rendered():
    need = NeedFactory(body="first")
    Need.objects.filter(pk=need.pk).update(body="<b>*raw*</b>", rendered={})
    html = Client().get(need.get_absolute_url()).content.decode()
    assert "&lt;b&gt;*raw*&lt;/b&gt;" in html
    assert "<b>" not in html.split("<main", 1)[1]

    call_command("render_markdown", stdout=None)
    html = Client().get(need.get_absolute_url()).content.decode()
    assert "<p>&lt;b&gt;<em>raw</em>&lt;/b&gt;</p>" in html


def test_the_render_command_renders_what_an_older_renderer_made(capsys):
    innovation = InnovationFactory(body="**new**")
    contact = ContactFactory(bio="*about*")
    reply = NeedReply.objects.create(need=NeedFactory(), body="`code`")
    Innovation.objects.update(rendered={"body": "<p>old</p>", RENDERED_VERSION_KEY: "old"})
    Contact.objects.update(rendered={})

    call_command("render_markdown")
    out = capsys.readouterr().out
    assert "catalogue.Innovation: 1 rendered" in out
    assert "contacts.Contact: 1 rendered" in out
    assert "catalogue.NeedReply: 0 rendered" in out  # already current
    innovation.refresh_from_db()
    contact.refresh_from_db()
    reply.refresh_from_db()
    assert innovation.rendered["body"] == "<p><strong>new</strong></p>\n"
    assert innovation.rendered[RENDERED_VERSION_KEY] == RENDERER_VERSION
    assert contact.rendered["bio"] == "<p><em>about</em></p>\n"
    assert reply.rendered["body"] == "<p><code>code</code></p>\n"

    call_command("render_markdown")  # idempotent: nothing left to do
    assert "Innovation: 0 rendered" in capsys.readouterr().out

    call_command("render_markdown", "--all")
    assert "catalogue.NeedReply: 1 rendered" in capsys.readouterr().out

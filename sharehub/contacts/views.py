from allauth.account.decorators import verified_email_required
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sharehub.catalogue.models import Adoption, Innovation
from sharehub.catalogue.models.innovations import ContactPreference
from sharehub.contacts import services
from sharehub.contacts.forms import ContactForm, MessageForm
from sharehub.contacts.models import Contact
from sharehub.core.models import Status
from sharehub.core.views import bad_request
from sharehub.taxonomy import kept_pages
from sharehub.taxonomy.browse import BadQuery, browse, for_display, page_context
from sharehub.taxonomy.terms import attach_terms


@kept_pages.kept_for_readers(Contact._meta.db_table, people=True)
def contact_list(request: HttpRequest) -> HttpResponse:
    try:
        result = browse(Contact, Contact.objects.published(), request.GET)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    return render(request, "contacts/contact_list.html", page_context(result, request.GET))


def contact_detail(request: HttpRequest, slug: str) -> HttpResponse:
    contact = get_object_or_404(
        for_display(Contact.objects.visible_to(request.user)).select_related("organisation_record"),
        slug=slug,
    )
    attach_terms([contact])
    return render(
        request,
        "contacts/contact_detail.html",
        {
            "item": contact,
            "is_owner": request.user.is_authenticated and contact.user_id == request.user.pk,
            "can_message": contact.is_published and bool(contact.email or contact.user_id),
        },
    )


# --- listings ---------------------------------------------------------------------------


def get_listing_for_owner(user, slug: str) -> Contact:
    """The gatekeeper for changing a listing: only the account that made it; a 404 otherwise."""
    return get_object_or_404(Contact.objects.filter(user=user), slug=slug)


@verified_email_required
@require_http_methods(["GET", "POST"])
def list_me(request: HttpRequest) -> HttpResponse:
    mine = Contact.objects.filter(user=request.user).order_by("created_at")
    refused = ""
    try:
        services.check_can_list(request.user)
    except services.ContactRefused as exc:
        refused = str(exc)
    form = ContactForm(user=request.user, initial={"name": request.user.display_name})
    if request.method == "POST" and not refused:
        form = ContactForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                contact = services.save_listing(
                    form.cleaned_data, user=request.user, language=get_language()
                )
            except services.ContactRefused as exc:
                refused = str(exc)
            else:
                return redirect(contact.get_absolute_url() + "?listed=1")
    return render(
        request,
        "contacts/contact_form.html",
        {"form": form, "mine": mine, "refused": refused, "editing": False},
    )


@verified_email_required
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, slug: str) -> HttpResponse:
    contact = get_listing_for_owner(request.user, slug)
    form = ContactForm(instance=contact, user=request.user)
    if request.method == "POST":
        form = ContactForm(request.POST, instance=contact, user=request.user)
        if form.is_valid():
            contact = services.save_listing(
                form.cleaned_data,
                user=request.user,
                language=contact.language,
                contact=contact,
            )
            return redirect(contact.get_absolute_url() + "?updated=1")
    return render(
        request, "contacts/contact_form.html", {"form": form, "item": contact, "editing": True}
    )


@verified_email_required
@require_http_methods(["GET", "POST"])
def remove(request: HttpRequest, slug: str) -> HttpResponse:
    contact = get_listing_for_owner(request.user, slug)
    if request.method == "POST":
        services.remove_listing(contact)
        return render(request, "contacts/contact_removed.html", {"name": contact.name})
    return render(request, "contacts/contact_remove.html", {"item": contact})


# --- messages ---------------------------------------------------------------------------


def _relay_address(contact: Contact) -> str:
    if contact.email:
        return contact.email
    if contact.user is not None and contact.user.is_active:
        return contact.user.email
    return ""


def _message_page(request: HttpRequest, recipient: services.Recipient, back: str) -> HttpResponse:
    """The form, the refusal or the confirmation. The recipient's address is never
    put in the context: the template cannot show what it does not have."""
    context = {"recipient_name": recipient.name, "about": recipient.about, "back": back}
    if request.GET.get("sent") == "1":
        return render(request, "contacts/message_sent.html", context)
    form = MessageForm()
    status = 200
    if request.method == "POST":
        form = MessageForm(request.POST)
        if form.is_valid():
            try:
                services.send_message(
                    sender=request.user,
                    recipient=recipient,
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                )
            except services.ContactRefused as exc:
                form.add_error(None, str(exc))
                status = 429 if isinstance(exc, services.RateLimited) else 200
            else:
                return redirect(request.path + "?sent=1")
    return render(request, "contacts/message_form.html", {**context, "form": form}, status=status)


@verified_email_required
@require_http_methods(["GET", "POST"])
def message_contact(request: HttpRequest, slug: str) -> HttpResponse:
    contact = get_object_or_404(Contact.objects.published().select_related("user"), slug=slug)
    email = _relay_address(contact)
    if not email:
        raise Http404
    if contact.user_id:
        edit_url = settings.SITE_URL + reverse("contacts:edit", kwargs={"slug": contact.slug})
        why = _(
            "You receive this because you are listed as a contact on ShareHub. "
            "To change or remove your listing: %(url)s"
        ) % {"url": edit_url}
    else:
        why = _("You receive this because ShareHub lists you as a contact.")
    recipient = services.Recipient(
        name=contact.name,
        email=email,
        user=contact.user,
        contact=contact,
        why=why,
        url=contact.get_absolute_url(),
    )
    return _message_page(request, recipient, back=contact.get_absolute_url())


@verified_email_required
@require_http_methods(["GET", "POST"])
def message_author(request: HttpRequest, slug: str) -> HttpResponse:
    """Message the author of a published innovation that accepts messages."""
    innovation = get_object_or_404(
        Innovation.objects.published()
        .filter(
            contact_preference=ContactPreference.MESSAGE,
            author__isnull=False,
            author__is_active=True,
        )
        .select_related("author"),
        slug=slug,
    )
    author = innovation.author
    recipient = services.Recipient(
        name=author.public_name,
        email=author.email,
        user=author,
        about=innovation.title,
        why=_(
            "You receive this because your innovation on ShareHub accepts messages. "
            "You can change that when you edit it: %(url)s"
        )
        % {"url": settings.SITE_URL + innovation.get_absolute_url()},
        url=innovation.get_absolute_url(),
    )
    if not recipient.email:
        raise Http404
    return _message_page(request, recipient, back=innovation.get_absolute_url())


@verified_email_required
@require_http_methods(["GET", "POST"])
def message_adopter(request: HttpRequest, pk: int) -> HttpResponse:
    """Message whoever told a published innovation's story "we tried this too", when
    they accept messages. Their address is never shown."""
    adoption = get_object_or_404(
        Adoption.objects.published()
        .filter(
            innovation__status=Status.PUBLISHED,
            contact_preference=ContactPreference.MESSAGE,
            author__isnull=False,
            author__is_active=True,
        )
        .select_related("author", "innovation"),
        pk=pk,
    )
    author = adoption.author
    recipient = services.Recipient(
        name=author.public_name,
        email=author.email,
        user=author,
        about=adoption.innovation.title,
        why=_(
            "You receive this because you said on ShareHub that you tried this innovation "
            "and accept messages about it: %(url)s"
        )
        % {"url": settings.SITE_URL + adoption.get_absolute_url()},
        url=adoption.get_absolute_url(),
    )
    if not recipient.email:
        raise Http404
    return _message_page(request, recipient, back=adoption.get_absolute_url())

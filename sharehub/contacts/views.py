from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from sharehub.contacts.models import Contact
from sharehub.core.views import bad_request
from sharehub.taxonomy.browse import BadQuery, browse, for_display, page_context
from sharehub.taxonomy.terms import attach_terms


def contact_list(request: HttpRequest) -> HttpResponse:
    try:
        result = browse(Contact, Contact.objects.published(), request.GET)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    return render(request, "contacts/contact_list.html", page_context(result, request.GET))


def contact_detail(request: HttpRequest, slug: str) -> HttpResponse:
    contact = get_object_or_404(for_display(Contact.objects.visible_to(request.user)), slug=slug)
    attach_terms([contact])
    return render(request, "contacts/contact_detail.html", {"item": contact})

from django.urls import path

from sharehub.catalogue import adopt, coauthoring, contribute, views

app_name = "catalogue"


def contribution_paths(kind: str, plural: str, actions: tuple[str, ...]) -> list:
    """new/ and <slug>/<action>/ for one kind of content; before the detail route,
    so "new" is never read as a slug (workflow.RESERVED_SLUGS keeps it free)."""
    paths = [path(f"{plural}/new/", contribute.create, {"kind": kind}, name=f"{kind}_create")]
    for action in actions:
        paths.append(
            path(
                f"{plural}/<slug:slug>/{action}/",
                getattr(contribute, action),
                {"kind": kind},
                name=f"{kind}_{action}",
            )
        )
    return paths


urlpatterns = [
    *contribution_paths(
        "innovation", "innovations", ("edit", "details", "preview", "submit", "withdraw")
    ),
    path("innovations/similar/", contribute.similar, name="innovation_similar"),
    path(
        "innovations/<slug:slug>/adoptions/new/",
        adopt.adoption_create,
        name="innovation_adoption_create",
    ),
    path(
        "innovations/<slug:slug>/spreading/",
        adopt.innovation_spreading,
        name="innovation_spreading",
    ),
    path("innovations/<slug:slug>/spread/", adopt.innovation_spread, name="innovation_spread"),
    path("spread/", adopt.catalogue_spread, name="spread"),
    *(
        path(
            f"{plural}/<slug:slug>/coauthors/",
            coauthoring.manage,
            {"kind": kind},
            name=f"{kind}_coauthors",
        )
        for kind, plural in (("innovation", "innovations"), ("resource", "resources"))
    ),
    path("coauthors/<int:pk>/", coauthoring.invitation, name="coauthor_invitation"),
    path("coauthors/<int:pk>/remove/", coauthoring.remove, name="coauthor_remove"),
    *contribution_paths("resource", "resources", ("edit", "preview", "submit", "withdraw")),
    *contribution_paths("need", "needs", ("edit", "preview", "submit", "withdraw")),
    path("needs/<slug:slug>/answered/", contribute.need_answered, name="need_answered"),
    path("needs/<slug:slug>/reply/", contribute.need_reply, name="need_reply"),
    path("contributions/", contribute.contributions, name="contributions"),
    path("innovations/", views.innovation_list, name="innovation_list"),
    path("innovations/<slug:slug>/", views.innovation_detail, name="innovation_detail"),
    path("resources/", views.resource_list, name="resource_list"),
    path("resources/<slug:slug>/", views.resource_detail, name="resource_detail"),
    path("needs/", views.need_list, name="need_list"),
    path("needs/<slug:slug>/", views.need_detail, name="need_detail"),
]

"""Filtering and faceting content by the taxonomy: one FilterSet per model,
shared by the pages and the API.

Query parameters carry slugs (`?region=gwent&challenge_area=risk`); repeating
a parameter widens it (OR), different parameters narrow (AND). An unknown slug
is a form error naming the parameter, which the views turn into a 400.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models
from django.db.models import Exists, OuterRef
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from sharehub.core.models import Language
from sharehub.taxonomy import facet_arrays
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import by_pk, by_slug, terms


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    model: type[models.Model] | None  # None: a plain choice field (language)


FACETS = [
    Facet("challenge_area", _("Challenge area"), tax.ChallengeArea),
    Facet("region", _("Region"), tax.Region),
    Facet("local_authority", _("Local authority"), tax.LocalAuthority),
    Facet("role", _("Role"), tax.Role),
    Facet("job_role", _("Job role"), tax.JobRole),
    Facet("stage", _("Stage"), tax.Stage),
    Facet("kind", _("Kind of change"), tax.Kind),
    Facet("sector", _("Sector"), tax.Sector),
    Facet("language", _("Content language"), None),
]
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}

# The model field behind each facet, when a model has it.
FACET_FIELDS = {
    "challenge_area": "challenge_areas",
    "region": "regions",
    "local_authority": "local_authorities",
    "stage": "stage",
    "kind": "kind",
    "sector": "sector",
    "language": "language",
}


def facet_field(model: type[models.Model], param: str) -> models.Field | None:
    """The field of `model` that facet `param` filters, or None if it has none."""
    names = model.facet_fields if hasattr(model, "facet_fields") else FACET_FIELDS
    name = names.get(param, param)
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def facets_for(model: type[models.Model]) -> list[Facet]:
    return [facet for facet in FACETS if facet_field(model, facet.param) is not None]


def tagged_with(qs, field_name: str, ids):
    """Items whose `field_name` holds any of the term `ids`. Many-to-many tags
    use the PostgreSQL id arrays (GIN) or, elsewhere, EXISTS, so results never
    repeat and no DISTINCT is needed. A region also matches the local
    authorities inside it."""
    model = qs.model
    ids = list(ids)
    if field_name in facet_arrays.COLUMNS and facet_arrays.uses_facet_arrays(model):
        return qs.filter(facet_arrays.overlaps(model, field_name, ids))
    field = model._meta.get_field(field_name)
    if not field.many_to_many:
        return qs.filter(**{f"{field.attname}__in": ids})
    matches = Exists(_links(model, field_name, ids))
    if field_name == "regions" and facet_field(model, "local_authority") is not None:
        la_ids = [la.pk for la in terms(tax.LocalAuthority) if la.region_id in ids]
        matches |= Exists(_links(model, "local_authorities", la_ids))
    return qs.filter(matches)


class SlugFilter(django_filters.MultipleChoiceFilter):
    """Filter by taxonomy slugs (see `tagged_with`)."""

    def __init__(self, *, term_model, model_field, **kwargs):
        self.term_model = term_model
        self.model_field = model_field
        kwargs.setdefault("choices", lambda: [(t.slug, t.name) for t in terms(term_model)])
        super().__init__(field_name=model_field.name, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        known = by_slug(self.term_model)
        return tagged_with(qs, self.model_field.name, [known[s].pk for s in value if s in known])


def _links(model, field_name: str, ids):
    """The link-table rows tying the outer row to any of `ids` through `field_name`."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    return through.objects.filter(
        **{
            f"{field.m2m_field_name()}_id": OuterRef("pk"),
            f"{field.m2m_reverse_field_name()}_id__in": ids,
        }
    )


class Ordering(models.TextChoices):
    RELEVANCE = "relevance", _("Relevance")
    NEWEST = "newest", _("Newest")
    USEFUL = "useful", _("Most useful")
    ADOPTED = "adopted", _("Most adopted")


ORDER_BY = {
    Ordering.NEWEST: ("-published_at", "-id"),
    Ordering.USEFUL: ("-useful_count", "-published_at", "-id"),
    Ordering.ADOPTED: ("-adoption_count", "-published_at", "-id"),
}


class NotAvailableField(forms.Field):
    widget = forms.MultipleHiddenInput

    def __init__(self, *, things: str = "", param: str = "", **kwargs):
        self.things, self.param = things, param
        kwargs["required"] = False
        super().__init__(**kwargs)

    def validate(self, value) -> None:
        if value:
            raise forms.ValidationError(
                _("%(things)s cannot be filtered by %(param)s."),
                code="not_available",
                params={"things": self.things, "param": self.param},
            )


@extend_schema_field(OpenApiTypes.STR)
class NotAvailableFilter(django_filters.Filter):
    """A public filter this content type does not have: any value is an error
    that says so, rather than a silently unfiltered list."""

    field_class = NotAvailableField

    def filter(self, qs, value):
        return qs


def without_blanks(data: QueryDict) -> QueryDict:
    """Drop empty values (`?region=`), which mean "no filter", not "unknown"."""
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        kept = [value for value in values if value.strip()]
        if kept:
            cleaned.setlist(key, kept)
    return cleaned


class ContentFilterSet(django_filters.FilterSet):
    """Base: free-text `q` and `ordering`; facets are added by `filterset_for`."""

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = without_blanks(data)
        super().__init__(data, *args, **kwargs)

    q = django_filters.CharFilter(
        method="filter_q", label=_("Search"), max_length=200, widget=forms.TextInput
    )

    def filter_q(self, queryset, name, value):
        return queryset.search(value)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        ordering = self.form.cleaned_data.get("ordering") or ""
        q = self.form.cleaned_data.get("q") or ""
        if not ordering:
            ordering = Ordering.RELEVANCE if q else Ordering.NEWEST
        if ordering == Ordering.RELEVANCE:
            if q:
                return queryset.order_by("-rank", "-published_at", "-id")
            ordering = Ordering.NEWEST
        return queryset.order_by(*ORDER_BY[ordering])

    @property
    def query(self) -> str:
        return (self.form.cleaned_data.get("q") or "") if self.is_valid() else ""


def _regions_include_local_authorities(model, facet: Facet) -> bool:
    return facet.param == "region" and facet_field(model, "local_authority") is not None


_FILTERSETS: dict[type, type[ContentFilterSet]] = {}


def filterset_for(model: type[models.Model]) -> type[ContentFilterSet]:
    """The one FilterSet class for `model`: its facets, `q` and `ordering`."""
    if model in _FILTERSETS:
        return _FILTERSETS[model]
    attrs: dict = {}
    for facet in FACETS:
        if facet_field(model, facet.param) is None:
            attrs[facet.param] = NotAvailableFilter(
                label=facet.label, things=model._meta.verbose_name_plural, param=facet.param
            )
    for facet in facets_for(model):
        field = facet_field(model, facet.param)
        if facet.model is None:
            attrs[facet.param] = django_filters.MultipleChoiceFilter(
                field_name=field.name, choices=Language.choices, label=facet.label
            )
        else:
            attrs[facet.param] = SlugFilter(
                term_model=facet.model, model_field=field, label=facet.label
            )
    orderings = [Ordering.RELEVANCE, Ordering.NEWEST]
    if hasattr(model, "useful_count"):
        orderings += [Ordering.USEFUL, Ordering.ADOPTED]
    attrs["ordering"] = django_filters.ChoiceFilter(
        choices=[(o.value, o.label) for o in orderings],
        method=lambda queryset, name, value: queryset,  # applied in filter_queryset
        label=_("Sort by"),
        empty_label=None,
    )
    attrs["Meta"] = type("Meta", (), {"model": model, "fields": []})
    cls = type(f"{model.__name__}FilterSet", (ContentFilterSet,), attrs)
    _FILTERSETS[model] = cls
    return cls


@dataclass
class FacetOption:
    slug: str
    name: str
    count: int
    selected: bool


@dataclass
class FacetGroup:
    facet: Facet
    options: list[FacetOption]

    @property
    def param(self) -> str:
        return self.facet.param

    @property
    def has_selection(self) -> bool:
        return any(option.selected for option in self.options)


TOTAL = "__total__"


def facet_counts(model, queryset, data, *, facets: list[Facet] | None = None) -> dict[str, dict]:
    """For each facet, {slug: count} over the current results (every active
    filter applied), plus {TOTAL: {"": n}}, the number of results.

    One query: the filtered rows become a CTE and each facet is a GROUP BY over
    it (an unnest of the PostgreSQL id arrays, or a join to the link table).
    Counting each facet over "every other filter" instead (disjunctive facets)
    would cost one more pass over tens of thousands of rows per facet in use.
    """
    facets = list(facets if facets is not None else facets_for(model))
    base = filterset_for(model)(data, queryset=queryset).qs.order_by()
    counts = _count_batch(model, base, facets, with_total=True)
    for facet in facets:
        if facet.model is not None and facet.param in counts:
            names = by_pk(facet.model)
            counts[facet.param] = {
                names[int(pk)].slug: n for pk, n in counts[facet.param].items() if int(pk) in names
            }
    return counts


def _region_count_sql(model) -> str:
    """Count each item once per region, whether tagged with the region itself
    or with one or more of its local authorities."""
    qn = connection.ops.quote_name
    regions = model._meta.get_field("regions")
    las = model._meta.get_field("local_authorities")
    r_table = regions.remote_field.through
    l_table = las.remote_field.through
    r_src = qn(r_table._meta.get_field(regions.m2m_field_name()).column)
    r_dst = qn(r_table._meta.get_field(regions.m2m_reverse_field_name()).column)
    l_src = qn(l_table._meta.get_field(las.m2m_field_name()).column)
    l_dst = qn(l_table._meta.get_field(las.m2m_reverse_field_name()).column)
    la_table = qn(tax.LocalAuthority._meta.db_table)
    return (
        "SELECT 'region', CAST(x.region AS varchar), COUNT(*) FROM ("
        f"SELECT t.{r_src} AS item, t.{r_dst} AS region FROM m JOIN {qn(r_table._meta.db_table)} t ON t.{r_src} = m.pk "
        "UNION "
        f"SELECT t.{l_src}, la.region_id FROM m JOIN {qn(l_table._meta.db_table)} t ON t.{l_src} = m.pk "
        f"JOIN {la_table} la ON la.id = t.{l_dst}"
        ") x GROUP BY x.region"
    )


def _count_batch(model, base, facets: list[Facet], with_total: bool) -> dict[str, dict]:
    qn = connection.ops.quote_name
    columns = ["pk"]
    arrays = {}
    parts = []
    for facet in facets:
        field = facet_field(model, facet.param)
        if field.name in facet_arrays.COLUMNS and facet_arrays.uses_facet_arrays(model):
            alias = f"a_{field.name}"
            arrays[alias] = facet_arrays.array(model, field.name)
            columns.append(alias)
            column = f"c{len(columns)}"
            parts.append(
                f"SELECT '{facet.param}', CAST(k AS varchar), COUNT(*) "
                f"FROM m CROSS JOIN LATERAL unnest(m.{column}) AS k GROUP BY k"
            )
        elif _regions_include_local_authorities(model, facet):
            parts.append(_region_count_sql(model))
        elif field.many_to_many:
            through = field.remote_field.through
            src = qn(through._meta.get_field(field.m2m_field_name()).column)
            dst = qn(through._meta.get_field(field.m2m_reverse_field_name()).column)
            parts.append(
                f"SELECT '{facet.param}', CAST(t.{dst} AS varchar), COUNT(*) "
                f"FROM m JOIN {qn(through._meta.db_table)} t ON t.{src} = m.pk "
                f"GROUP BY t.{dst}"
            )
        else:
            columns.append(field.attname)
            column = f"c{len(columns)}"
            parts.append(
                f"SELECT '{facet.param}', CAST(m.{column} AS varchar), COUNT(*) "
                f"FROM m WHERE m.{column} IS NOT NULL GROUP BY m.{column}"
            )
    if with_total:
        parts.append(f"SELECT '{TOTAL}', '', COUNT(*) FROM m")
    if not parts:
        return {}
    sql, params = base.annotate(**arrays).values(*columns).query.sql_with_params()
    counts: dict[str, dict] = {facet.param: {} for facet in facets}
    with connection.cursor() as cursor:
        names = ", ".join(["pk", *(f"c{i}" for i in range(2, len(columns) + 1))])
        cursor.execute(f"WITH m ({names}) AS ({sql}) " + " UNION ALL ".join(parts), params)
        for param, value, n in cursor.fetchall():
            counts.setdefault(param, {})[value] = n
    return counts


def facet_groups(counts: dict[str, dict], data) -> list[FacetGroup]:
    """Facet options for display: every option with results, plus any selected."""
    groups = []
    for param, per_slug in counts.items():
        if param == TOTAL:
            continue
        facet = FACETS_BY_PARAM[param]
        selected = set(data.getlist(param))
        if facet.model is None:
            choices = list(Language.choices)
        else:
            choices = [(t.slug, t.name) for t in terms(facet.model)]
        options = [
            FacetOption(slug, str(name), per_slug.get(slug, 0), slug in selected)
            for slug, name in choices
            if per_slug.get(slug) or slug in selected
        ]
        if options:
            groups.append(FacetGroup(facet, options))
    return groups

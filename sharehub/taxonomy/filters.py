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
from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from sharehub.core.models import Language
from sharehub.taxonomy import facet_arrays, facet_index
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import by_pk, by_slug, terms


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    model: type[models.Model] | None  # None: a plain choice field (language, cost, ...)
    choices: tuple = ()  # (value, label) pairs of a plain choice field


FACETS = [
    Facet("challenge_area", _("Challenge area"), tax.ChallengeArea),
    Facet("region", _("Region"), tax.Region),
    Facet("local_authority", _("Local authority"), tax.LocalAuthority),
    Facet("role", _("Role"), tax.Role),
    Facet("job_role", _("Job role"), tax.JobRole),
    Facet("stage", _("Stage"), tax.Stage),
    Facet("kind", _("Kind of change"), tax.Kind),
    Facet("sector", _("Sector"), tax.Sector),
    Facet("language", _("Content language"), None, tuple(Language.choices)),
]
FACETS_BY_PARAM = {facet.param: facet for facet in FACETS}


def register_facets(*facets: Facet) -> None:
    """Add facets that only some content has (a resource's cost): the models
    that lack them answer a filter by them with a 400 (NotAvailableFilter).
    Called when the model's module loads, before any FilterSet is built."""
    for facet in facets:
        if facet.param not in FACETS_BY_PARAM:
            FACETS.append(facet)
            FACETS_BY_PARAM[facet.param] = facet


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
    return qs.filter(tagged_condition(qs.model, field_name, ids))


def tagged_condition(model, field_name: str, ids):
    """The condition `tagged_with` filters by, for use in a filter or a When."""
    ids = list(ids)
    if field_name in facet_arrays.COLUMNS and facet_arrays.uses_facet_arrays(model):
        return facet_arrays.overlaps(model, field_name, ids)
    field = model._meta.get_field(field_name)
    if not field.many_to_many:
        return Q(**{f"{field.attname}__in": ids})
    matches = Exists(_links(model, field_name, ids))
    if field_name == "regions" and facet_field(model, "local_authority") is not None:
        la_ids = [la.pk for la in terms(tax.LocalAuthority) if la.region_id in ids]
        matches |= Exists(_links(model, "local_authorities", la_ids))
    return matches


def nearness(model, *, local_authority=None, region=None) -> Case:
    """0 for items in `local_authority`, 1 for the rest of `region` (by the
    region filter's rules: tagged with it or one of its local authorities),
    2 for everything else: an SQL CASE to order "near me first" by."""
    whens = []
    if local_authority is not None:
        whens.append(
            When(tagged_condition(model, "local_authorities", [local_authority.pk]), then=Value(0))
        )
    if region is not None:
        whens.append(When(tagged_condition(model, "regions", [region.pk]), then=Value(1)))
    return Case(*whens, default=Value(2), output_field=IntegerField())


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
                field_name=field.name, choices=list(facet.choices), label=facet.label
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

# A filter state: ((param, (value, ...)), ...), sorted; only what changes the results.
State = tuple[tuple[str, tuple[str, ...]], ...]


LOOK_UP = object()


def facet_counts(
    model, queryset, data, *, facets: list[Facet] | None = None, index=LOOK_UP
) -> dict[str, dict]:
    """For each facet, {slug: count}, plus {TOTAL: {"": n}}, the number of results.

    The count beside an option is the number of results choosing it gives,
    every other active filter applied (options within a facet widen with OR,
    facets narrow with AND). For a facet not in use that is the option's count
    over the current results. For a facet in use, choosing one more option k
    adds the items with k that the other filters let through and the current
    results lack: total + others(k) - current(k), where others(k) counts k
    with every filter but this facet's and current(k) over the current
    results. An option already chosen shows others(k), what it gives alone.

    Counting is over filter states: the current one and, per facet in use, the
    current one without it. On PostgreSQL they are counted in memory by the
    facet index of the published items (facet_index, exact: used only while
    the version the database bumps in the transaction that changes what
    counts is current); otherwise (SQLite, or a queryset other than the
    published items) together in one statement.
    """
    facets = list(facets if facets is not None else facets_for(model))
    data = without_blanks(data)
    current = _state(model, data)
    in_use = [facet for facet in facets if data.getlist(facet.param)]
    wanted: dict[State, list[Facet]] = {current: list(in_use)}
    state_of = {}
    for facet in facets:
        state_of[facet.param] = _state(model, data, without=facet.param)
        wanted.setdefault(state_of[facet.param], []).append(facet)
    if index is LOOK_UP:  # or the caller's, already looked up (browse.known)
        index = facet_index.index_for(model, queryset)
    found = _count_states(model, queryset, wanted, totals={current}, index=index)
    total = found[current][TOTAL][""]
    counts = {}
    for facet in facets:
        others = found[state_of[facet.param]].get(facet.param, {})
        if facet in in_use:
            chosen = set(data.getlist(facet.param))
            now = found[current].get(facet.param, {})
            others = {k: n if k in chosen else total + n - now.get(k, 0) for k, n in others.items()}
        counts[facet.param] = others
    counts[TOTAL] = {"": total}
    return counts


def _state(model, data, *, without: str | None = None) -> State:
    params = [facet.param for facet in facets_for(model) if facet.param != without]
    return tuple(
        (param, tuple(sorted(set(data.getlist(param)))))
        for param in [*params, "q"]
        if data.getlist(param)
    )


def state_mask(index, model, queryset, state: State):
    """The items of `index` in filter state `state` (facet_index)."""
    masks = []
    for param, values in state:
        if param == "q":
            masks.append(index.matching(queryset, values[0]))
            continue
        facet = FACETS_BY_PARAM[param]
        if facet.model is not None:
            known = by_slug(facet.model)
            values = [str(known[v].pk) for v in values if v in known]
        masks.append(index.any_of(param, values))
    return index.all_of(masks)


def current_mask(index, model, queryset, data):
    """The items of `index` that `data`'s filters and words choose."""
    return state_mask(index, model, queryset, _state(model, without_blanks(data)))


def _count_states(model, queryset, states: dict, *, totals: set, index=None) -> dict:
    """{state: {param: {slug: n}}} for the facets each state maps to, plus
    {TOTAL: {"": n}} for the states in `totals`: from the facet index where
    there is one, else in one statement."""
    if index is not None:
        counted = []
        for state, facets in states.items():
            mask = state_mask(index, model, queryset, state)
            counts = index.counts(mask, {facet.param for facet in facets})
            if state in totals:
                counts[TOTAL] = {"": index.count(mask)}
            counted.append(counts)
    else:
        batches = []
        for state, facets in states.items():
            data = QueryDict(mutable=True)
            for param, values in state:
                data.setlist(param, list(values))
            base = filterset_for(model)(data, queryset=queryset).qs.order_by()
            batches.append((base, facets, state in totals))
        counted = _count_batch(model, batches)
    result = {}
    for state, counts in zip(states, counted, strict=True):
        for facet in states[state]:
            if facet.model is not None and facet.param in counts:
                names = by_pk(facet.model)
                counts[facet.param] = {
                    names[int(pk)].slug: n
                    for pk, n in counts[facet.param].items()
                    if int(pk) in names
                }
        result[state] = counts
    return result


def _region_count_sql(model, cte: str) -> str:
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
        f"SELECT t.{r_src} AS item, t.{r_dst} AS region FROM {cte} m "
        f"JOIN {qn(r_table._meta.db_table)} t ON t.{r_src} = m.pk "
        "UNION "
        f"SELECT t.{l_src}, la.region_id FROM {cte} m JOIN {qn(l_table._meta.db_table)} t "
        f"ON t.{l_src} = m.pk JOIN {la_table} la ON la.id = t.{l_dst}"
        ") x GROUP BY x.region"
    )


def _count_batch(model, batches) -> list[dict[str, dict]]:
    """For each (filtered queryset, facets, with_total): {param: {value: n}},
    in one statement whose common table expressions are the filtered rows.

    On PostgreSQL the tag arrays, plain columns and total are counted in a
    single pass over each state's rows (a LATERAL list of (facet, value) pairs
    per row), which reads only the narrow covering index of published items
    (facet_arrays.covering_index_sql); link tables without arrays (a
    resource's roles) join the same rows. Elsewhere each facet is a GROUP BY.
    """
    qn = connection.ops.quote_name
    lateral = connection.vendor == "postgresql"
    ctes, parts, all_params = [], [], []
    for i, (base, facets, with_total) in enumerate(batches):
        cte = f"m{i}"
        columns = ["pk"]
        arrays = {}
        pairs = []  # (facet, value) per row, counted in one pass (PostgreSQL)
        for facet in facets:
            field = facet_field(model, facet.param)
            if field.name in facet_arrays.COLUMNS and facet_arrays.uses_facet_arrays(model):
                alias = f"a_{field.name}"
                arrays[alias] = facet_arrays.array(model, field.name)
                columns.append(alias)
                pairs.append(
                    f"SELECT '{facet.param}', CAST(k AS varchar) "
                    f"FROM unnest(m.c{len(columns)}) AS k"
                )
            elif _regions_include_local_authorities(model, facet):
                parts.append(f"SELECT {i}, x.* FROM ({_region_count_sql(model, cte)}) x")
            elif field.many_to_many:
                through = field.remote_field.through
                src = qn(through._meta.get_field(field.m2m_field_name()).column)
                dst = qn(through._meta.get_field(field.m2m_reverse_field_name()).column)
                parts.append(
                    f"SELECT {i}, '{facet.param}', CAST(t.{dst} AS varchar), COUNT(*) "
                    f"FROM {cte} m JOIN {qn(through._meta.db_table)} t ON t.{src} = m.pk "
                    f"GROUP BY t.{dst}"
                )
            else:
                columns.append(field.attname)
                column = f"m.c{len(columns)}"
                if lateral:
                    pairs.append(f"VALUES ('{facet.param}', CAST({column} AS varchar))")
                else:
                    parts.append(
                        f"SELECT {i}, '{facet.param}', CAST({column} AS varchar), COUNT(*) "
                        f"FROM {cte} m WHERE CAST({column} AS varchar) <> '' "
                        f"GROUP BY {column}"
                    )
        if with_total and lateral:
            pairs.append(f"VALUES ('{TOTAL}', CAST('*' AS varchar))")
        elif with_total:
            parts.append(f"SELECT {i}, '{TOTAL}', '', COUNT(*) FROM {cte}")
        if pairs:
            parts.append(
                f"SELECT {i}, f.p, f.k, COUNT(*) FROM {cte} m "
                f"CROSS JOIN LATERAL ({' UNION ALL '.join(pairs)}) AS f (p, k) "
                "WHERE f.k <> '' GROUP BY f.p, f.k"  # a blank choice is no option
            )
        sql, params = base.annotate(**arrays).values(*columns).query.sql_with_params()
        names = ", ".join(["pk", *(f"c{n}" for n in range(2, len(columns) + 1))])
        ctes.append(f"{cte} ({names}) AS ({sql})")
        all_params.extend(params)
    counts: list[dict[str, dict]] = [
        {facet.param: {} for facet in facets} | ({TOTAL: {"": 0}} if with_total else {})
        for _base, facets, with_total in batches
    ]
    if not parts:
        return counts
    with connection.cursor() as cursor:
        cursor.execute("WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts), all_params)
        for i, param, value, n in cursor.fetchall():
            counts[i].setdefault(param, {})["" if param == TOTAL else value] = n
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
            choices = list(facet.choices)
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

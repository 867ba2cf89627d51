"""Welsh-aware matching on PostgreSQL: mutations, circumflexes and plurals, both
ways, with real Welsh sentences; exact forms rank first; English unchanged."""

import pytest

from sharehub.catalogue.models import Innovation
from tests.factories import ContactFactory, InnovationFactory, ResourceFactory
from tests.search.ranked import search

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def welsh(title: str, **kwargs):
    return InnovationFactory(title=title, language="cy", **kwargs)


# (sentence as written, a word from it as a dictionary would give it or as
# someone types it without accents, the form in the sentence)
PAIRS = [
    # soft mutation c > g after a feminine noun
    ("Technoleg gynorthwyol yn y cartref", "cynorthwyol"),
    # nasal mutation c > ngh after "yng"
    ("Canolfan ddydd newydd yng Nghaerdydd", "Caerdydd"),
    # nasal mutation t > nh after "fy"
    ("Fy nhad a'r gwasanaeth gofal", "tad"),
    # nasal p > mh and b > m
    ("Cymorth ym Mhowys ac ym Mangor", "Powys"),
    ("Cymorth ym Mhowys ac ym Mangor", "Bangor"),
    # aspirate mutation c > ch, p > ph, t > th after "a" and "ei" (her)
    ("Te a chacen i ofalwyr", "cacen"),
    ("Mae hi'n gofalu am ei phlant a'i thad", "plant"),
    ("Mae hi'n gofalu am ei phlant a'i thad", "tad"),
    # soft mutation g > nothing, b > f, d > dd, ll > l, m > f, rh > r, p > b, t > d
    ("Cynllun i wella'r gwaith cartref", "gwella"),
    ("Grŵp cymorth i famau ifanc", "mamau"),
    ("Gwasanaeth i bobl hŷn yn eu cartrefi", "pobl"),
    ("Clwb cinio dan arweiniad dau wirfoddolwr", "gwirfoddolwr"),
    ("Rhaglen i ddysgu sgiliau digidol", "dysgu"),
    ("Ap sy'n helpu i lenwi ffurflenni", "llenwi"),
    ("Cyfle i rieni gwrdd", "rhieni"),
    ("Gwasanaeth dydd i ddynion hŷn", "dynion"),
    ("Sesiynau galw heibio i deuluoedd", "teuluoedd"),
    # h before a vowel after "ei" (her), "eu" (their)
    ("Gofal i bobl hŷn yn eu hardal", "ardal"),
    # circumflexes folded: people type without them
    ("Prosiect cymunedol ym Mhen Llŷn", "Llyn"),
    ("Cymorth dros y ffôn i ofalwyr", "ffon"),
    ("Grŵp cerdded wythnosol", "grwp"),
    ("Gofal yn y gymuned yn Sir Gâr", "Sir Gar"),
    # plurals: -au, -oedd, -wyr
    ("Gwasanaethau cymorth i ofalwyr", "gwasanaeth"),
    ("Gweithdai i deuluoedd mewn ardaloedd gwledig", "ardal"),
    ("Cefnogaeth i ofalwyr di-dâl", "gofalwr"),
]


@pytest.mark.parametrize(("sentence", "query"), PAIRS)
def test_a_dictionary_form_or_unaccented_query_finds_the_written_form(sentence, query):
    welsh(sentence)
    assert search(query) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "query"),
    [
        # the other way round: the query is mutated, the text has the radical
        ("Technoleg cynorthwyol i bobl ddall", "gynorthwyol"),
        ("Canolfan ddydd yn y Caerdydd newydd", "Nghaerdydd"),
        ("Llinell gymorth i ofalwyr", "linell"),
        ("Pobl ifanc yn gofalu", "phobl"),
        ("Gwaith cymunedol", "waith"),
        ("Tad a mab yn coginio", "nhad"),
        # and an accented query finds unaccented text
        ("Grwp cerdded i bawb", "grŵp"),
        # two mutations of one word find each other through the radical
        ("Gwasanaeth ym Mangor", "Fangor"),
    ],
)
def test_a_mutated_query_finds_the_dictionary_form(sentence, query):
    welsh(sentence)
    assert search(query) == [sentence]


def test_phrases_match_across_mutations():
    welsh("Technoleg gynorthwyol yn y cartref")
    welsh("Cartref cynorthwyol a thechnoleg")
    assert search('"technoleg cynorthwyol"') == ["Technoleg gynorthwyol yn y cartref"]


def test_exact_forms_rank_above_folded_and_mutated_ones():
    welsh("Cymorth dros y ffôn")
    welsh("Llinell ffon newydd")
    assert search("ffon") == ["Llinell ffon newydd", "Cymorth dros y ffôn"]
    assert search("ffôn") == ["Cymorth dros y ffôn", "Llinell ffon newydd"]
    welsh("Technoleg gynorthwyol")
    welsh("Gofal cynorthwyol")
    assert search("cynorthwyol") == ["Gofal cynorthwyol", "Technoleg gynorthwyol"]
    assert search("gynorthwyol") == ["Technoleg gynorthwyol", "Gofal cynorthwyol"]


def test_unrelated_welsh_words_do_not_match():
    welsh("Cymorth i fam newydd")  # fam < mam (mother)
    welsh("Tîm gofal yn y dref")
    assert search("cartref") == []
    assert search("tref") == ["Tîm gofal yn y dref"]
    assert search("mam") == ["Cymorth i fam newydd"]


def test_english_rows_fold_accents_but_keep_stemming_and_no_mutations():
    InnovationFactory(title="Café for carers with dementia")
    InnovationFactory(title="Preventing falls at night")
    InnovationFactory(title="Garden project")
    assert search("cafe") == ["Café for carers with dementia"]
    assert search("carer") == ["Café for carers with dementia"]
    assert search("fall") == ["Preventing falls at night"]
    assert search("prevented") == ["Preventing falls at night"]
    # Welsh mutations are not applied to English words: "card" is not "gard(en)".
    assert search("carden") == []
    assert search("arden") == []


def test_bulk_inserted_rows_are_searchable_too():
    row = InnovationFactory()
    row.pk, row.slug, row.title, row.language = None, "bulk", "Cymorth yng Nghaerdydd", "cy"
    Innovation.objects.bulk_create([row])  # as seed_demo --scale loads rows
    assert search("Caerdydd") == ["Cymorth yng Nghaerdydd"]


def test_other_content_types_and_the_search_page_use_it(client):
    ResourceFactory(title="Pecyn cymorth i ofalwyr yn Sir Gâr", language="cy")
    ContactFactory(name="Siân Jones", bio="Gweithiwr cymdeithasol", language="cy")
    response = client.get("/cy/search/", {"q": "sir gar"})
    assert [hit.item.title for hit in response.context["result"].page.object_list] == [
        "Pecyn cymorth i ofalwyr yn Sir Gâr"
    ]
    response = client.get("/cy/search/", {"q": "sian"})
    assert [hit.item.name for hit in response.context["result"].page.object_list] == ["Siân Jones"]


def test_the_issue_examples_on_the_welsh_search_page(client):
    welsh("Cymorth yn y cartref", summary="Technoleg gynorthwyol i bobl hŷn")
    response = client.get("/cy/search/", {"q": "cynorthwyol"})
    assert response.status_code == 200
    assert response.context["result"].total == 1
    # A mutated query highlights the dictionary form in the snippet.
    welsh("Gofal yn y cartref", summary="Offer cynorthwyol i bobl ddall")
    response = client.get("/cy/search/", {"q": "gynorthwyol"})
    assert response.context["result"].total == 2
    assert "<mark>cynorthwyol</mark>" in response.content.decode()

"""Search means the same on SQLite FTS5 and PostgreSQL: the same cases, the same documents, on both backends."""
from __future__ import annotations

import pytest

from telik.store.fts import fts5_query, parse_query

from conftest import make_doc

DOCS = {
    "jakarta": ("Polisi tangkap terduga", "Polisi menangkap terduga teroris di Jakarta pada Senin malam."),
    "medan": ("Rumah digerebek", "Kepolisian Daerah Sumatera Utara menggerebek sebuah rumah di Medan."),
    "makassar": ("Ledakan di Makassar", "Bom meledak di Makassar; menurut kompas.com 5.000 warga mengungsi."),
    "isisk": ("Klaim serangan", "ISIS-K mengaku bertanggung jawab atas serangan di Jakarta Pusat."),
    "gadungan": ("Polisi gadungan", "Densus 88 menangkap polisi_gadungan di Medan, Sumatera Utara."),
}

CASES = [
    ("polisi", {"jakarta", "gadungan"}),  # words, not stems: Kepolisian is another word
    ("POLISI", {"jakarta", "gadungan"}),
    ("Jakarta OR Medan", {"jakarta", "medan", "isisk", "gadungan"}),
    ("Jakarta OR Medan -polisi", {"medan", "isisk"}),
    ("menangkap Medan", {"gadungan"}),
    ("Sumatera Utara OR Makassar", {"medan", "gadungan"}),  # OR binds the two terms beside it
    ('"terduga teroris"', {"jakarta"}),
    ('"teroris terduga"', set()),
    ('Jakarta -"Jakarta Pusat"', {"jakarta"}),
    ("kompas", {"makassar"}),  # a host name is two words on both backends
    ("kompas.com", {"makassar"}),
    ("5.000", {"makassar"}),
    ("ISIS-K", {"isisk"}),
    ("gadungan", {"gadungan"}),  # underscores separate words on both
    ("ledakan", {"makassar"}),  # titles are searched too
    ("-polisi", set()),  # nothing asked for, nothing found
    ("OR", set()),
    ("polisi OR", {"jakarta", "gadungan"}),
    ('"unbalanced (quote OR', set()),
    ("'; DROP TABLE documents; --", set()),
    ("teroris* NEAR(a b) ^x", set()),
]


@pytest.fixture
def search_store(store):  # type: ignore[no-untyped-def]
    for doc_id, (title, text) in DOCS.items():
        assert store.add_document(make_doc(doc_id, text=text, title=title, entities=[], events=[], quotes=[]))
    return store


@pytest.mark.parametrize("query, expected", CASES, ids=[c[0] for c in CASES])
def test_store_search_same_cases_on_every_backend(search_store, query, expected):
    page = search_store.search(query, limit=50)
    assert {item["id"] for item in page.items} == expected
    assert page.total == len(expected)


def test_store_search_snippets_mark_the_words(search_store):
    page = search_store.search("menangkap", marks=("<<", ">>"))
    assert sorted(item["snippet"] for item in page.items)[0].count("<<menangkap>>") == 1


def test_store_search_query_language_parses_once():
    parsed = parse_query('bom OR ledakan "Jakarta Pusat" -"uji coba" -latihan ISIS-K')
    assert parsed.groups == ((("bom",), ("ledakan",)), (("Jakarta", "Pusat"),), (("ISIS", "K"),))
    assert parsed.excluded == (("uji", "coba"), ("latihan",))
    assert fts5_query(parse_query("bom OR ledakan -latihan")) == '(("bom" OR "ledakan")) NOT "latihan"'


#: Ranking cases, stored in this order: (id, title, text). 'bom' is in one title only, and three times in one text.
RANKED_DOCS = (
    ("judul", "Bom meledak di pasar Poso", "Sebuah ledakan mengguncang pasar pada Selasa pagi; polisi menutup jalan."),
    ("sekali", "Pedagang Poso kembali berjualan", "Lapak dibuka lagi sepekan setelah bom di pasar itu, kata lurah."),
    ("berulang", "Sidang perkara Poso", "Jaksa menyebut bom rakitan, bom pipa dan bom panci disita dari terdakwa."),
)


@pytest.mark.parametrize(("query", "expected"), [
    ("bom", ["judul", "berulang", "sekali"]),  # the title's one mention first, then three mentions before one
    ("bom Poso", ["judul", "berulang", "sekali"]),  # 'Poso' in every title: 'bom' decides
    ("bom pasar", ["judul", "sekali"]),  # both words in one title, both in the other's text only
    ("pasar -lurah", ["judul"]),  # the exclusion holds whatever the title
])
def test_store_search_title_ranks_first(store, query, expected):
    for doc_id, title, text in RANKED_DOCS:
        assert store.add_document(make_doc(doc_id, text=text, title=title, entities=[], events=[], quotes=[]))
    assert [item["id"] for item in store.search(query).items] == expected


def test_store_search_ranks_only_the_newest_matches(store, monkeypatch):
    """Past RANKED matches only the newest RANKED are ranked, the older ones follow newest first; paging agrees."""
    from telik.store import fts

    mentions = (5, 4, 1, 3, 2)  # 'patroli' in each text, stored in this order
    for i, n in enumerate(mentions):
        text = " ".join(["patroli"] * n + ["aman"] * (8 - n)) + " di Nduga."
        assert store.add_document(make_doc(f"d{i}", text=text, title=f"Laporan {i}", entities=[], events=[], quotes=[]))
    assert [d["id"] for d in store.search("patroli").items] == ["d0", "d1", "d3", "d4", "d2"]
    monkeypatch.setattr(fts, "RANKED", 2)
    whole = store.search("patroli")
    assert [d["id"] for d in whole.items] == ["d3", "d4", "d2", "d1", "d0"] and whole.total == 5
    pages = [store.search("patroli", limit=2, offset=k) for k in (0, 2, 4)]
    assert [d for p in pages for d in p.items] == whole.items and {p.total for p in pages} == {5}
    assert [d["id"] for d in store.search("patroli", limit=2, offset=1).items] == ["d4", "d2"]  # across the bound

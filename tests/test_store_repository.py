"""The store: idempotent writes, search, entities, events, timelines, migrations, URLs, round trips."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Table, inspect, select

from telik.errors import TelikError
from telik.model import Conflict, DocResult
from telik.store import Store, normalize_url
from telik.store.models import Base, Document, Mention
from telik.store.write import document_columns

from conftest import make_doc


def test_store_add_twice_adds_nothing(store):
    assert store.add_document(make_doc()) is True
    before = store.stats()
    assert store.add_document(make_doc()) is False
    assert store.stats() == before
    assert before.documents == 1 and before.entities == 3 and before.events == 1 and before.quotes == 1


def test_store_same_id_other_content_gets_unique_id(store):
    store.add_document(make_doc("a"))
    other = make_doc("a", text="Densus 88 menangkap dua orang di Bekasi, Selasa. Polisi menyita senjata.")
    assert store.add_document(other) is True
    assert other.id.startswith("a-") and store.get_document(other.id)["hash"] == other.content_hash


def test_store_search_finds_densus_88(store):
    store.add_document(make_doc())
    store.add_document(make_doc("other", text="Pasukan TNI berpatroli di Nduga tanpa insiden.", title="Patroli", entities=[], events=[], quotes=[]))
    page = store.search("Densus 88")
    assert [d["id"] for d in page.items] == ["densus"] and page.total == 1
    assert "[Densus]" in page.items[0]["snippet"]
    assert store.search('"unbalanced (quote OR').total == 0  # user input never reaches the query syntax


@pytest.mark.parametrize(("alias", "expected"), [("densus 88", "densus_88"), ("BEKASI", "bekasi"), ("nobody", None)])
def test_store_entities_by_alias(store, alias, expected):
    store.add_document(make_doc())
    assert store.resolve_entity(alias) == expected
    got = [e["canonical"] for e in store.list_entities(alias=alias).items]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("filters", "count"),
    [({"type": "ARREST"}, 1), ({"type": "ATTACK"}, 0), ({"since": "2024-01-01"}, 1), ({"since": "2024-03"}, 0),
     ({"until": "2024-02"}, 1), ({"place": "bekasi"}, 1), ({"place": "Moskow"}, 0), ({"actor": "Densus 88"}, 1)],
)
def test_store_events_filters(store, filters, count):
    store.add_document(make_doc())
    page = store.list_events(**filters)
    assert page.total == count
    if count:
        assert page.items[0]["evidence"].startswith("Densus 88 menangkap")


def test_store_rejects_unknown_sort(store):
    with pytest.raises(ValueError):
        store.list_events(sort="date; DROP TABLE events")


def test_store_corpus_results_and_timeline(store):
    store.add_document(make_doc())
    later = make_doc("later", text="Densus 88 kembali menangkap dua anggota JAD di Bekasi pada Maret 2024. Tak ada korban.",
                     published="2024-03-10", quotes=[])
    later.events[0].date, later.events[0].start, later.events[0].end = "2024-03", 0, 70
    store.add_document(later)
    docs = store.all_results()
    docs[1].credibility = None
    docs[0].events[0].killed = 1
    assert store.apply_corpus(docs, [Conflict("arrest-bekasi", "killed", [1, 2], best=2.0, reason="latest")]) == 1
    timeline = store.timeline("Densus 88")
    assert [t["date"] for t in timeline] == ["2024-02-26"]  # both arrests share one cluster: one real-world event
    assert len(timeline[0]["sources"]) == 2
    event = store.get_event(timeline[0]["id"])
    assert [f["value"] for f in event["figures"]] == [1.0] and event["conflicts"][0]["values"] == [1, 2]


def test_store_corpus_write_back_sets_a_changed_document_row_by_row_id(store):
    # the write-back updates the changed documents' rows in place (no row loaded whole) and rewrites their facts
    store.add_documents([make_doc(), make_doc("copy", text="Densus 88 menangkap tiga terduga teroris JAD di Bekasi, "
                                               "Senin (26/2/2024).\nPolisi menyita bahan peledak.", quotes=[])])
    with store.session() as s:
        before = dict(s.execute(select(Document.doc_id, Document.id)).all())
    docs = store.all_results()
    docs[1].duplicate_of, docs[1].credibility = "densus", None
    docs[1].entities[1].canonical = "jamaah_ansharut_daulah"
    assert store.apply_corpus(docs, []) == 1
    with store.session() as s:
        rows = {r.doc_id: r for r in s.scalars(select(Document))}
        named = sorted(s.scalars(select(Mention.canonical).where(Mention.document_id == before["copy"])))
    assert {d: r.id for d, r in rows.items()} == before
    for doc in docs:
        assert {c: getattr(rows[doc.id], c) for c in document_columns(doc)} == document_columns(doc)
    assert rows["copy"].duplicate_of == "densus" and rows["copy"].credibility is None
    assert named == ["bekasi", "densus_88", "jamaah_ansharut_daulah"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [("sqlite:///x.db", "sqlite:///x.db"), ("postgresql://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
     ("postgres://h/db", "postgresql+psycopg://h/db")],
)
def test_store_normalize_url(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize("url", ["mysql://h/db", "not a url"])
def test_store_refuses_unsupported_url(url):
    with pytest.raises(TelikError, match="E009"):
        normalize_url(url)


def _table_of(diff: tuple) -> str:
    obj = diff[1]
    if isinstance(obj, Table):
        return obj.name
    if getattr(obj, "table", None) is not None:
        return obj.table.name
    return diff[2] if len(diff) > 2 and isinstance(diff[2], str) else ""


def test_store_migrations_match_models(store):
    own = {m.local_table.name for m in Base.registry.mappers if m.class_.__module__ == "telik.store.models"}
    fulltext = {"documents_fts", "ix_documents_fulltext", "ix_documents_search"}
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    flat = [d for d in diff if not isinstance(d, list)] + [d for group in diff if isinstance(group, list) for d in group]
    mine = [d for d in flat if _table_of(d) in own and getattr(d[1], "name", "") not in fulltext]
    assert mine == []


def test_store_keeps_no_index_another_index_of_its_table_leads_with(store):
    # every insert and delete pays for each index; a look-up reads the longer one as well (migration 0006)
    with store.engine.connect() as conn:
        inspector = inspect(conn)
        for name in inspector.get_table_names():
            indexes = [tuple(i["column_names"]) for i in inspector.get_indexes(name)]
            indexes += [tuple(u["column_names"]) for u in inspector.get_unique_constraints(name)]
            prefixes = [(a, b) for a in indexes for b in indexes if len(a) < len(b) and b[: len(a)] == a]
            assert prefixes == [], name


def test_store_reopen_keeps_data(store_url):
    with Store(store_url) as first:
        first.add_document(make_doc())
    with Store(store_url) as second:
        assert second.stats().documents == 1


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, title=st.one_of(st.none(), _TEXT))
def test_store_any_text_round_trips(tmp_path_factory, text, title):
    url = f"sqlite:///{tmp_path_factory.mktemp('rt') / 'rt.db'}"
    doc = DocResult(id="x", text=text, clean_text=text.strip(), title=title)
    with Store(url) as s:
        assert s.add_document(doc)
        back = s.get_result(doc.content_hash)
    assert back == doc

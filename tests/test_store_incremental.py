"""The incremental corpus stage: ingesting in portions gives what one full re-analysis gives, and reads only the
new documents' neighbourhood."""
from __future__ import annotations

import copy
import gc
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from telik.corpus import analyze as stage
from telik.corpus import clusters, dedup
from telik.corpus.analyze import analyze
from telik.corpus.identity import named_in, names_of, renames, resolve
from telik.ingest import read_inputs
from telik.model import Article, DocResult, EntityMention
from telik.store import Store, corpus_index, incremental, reanalyze, repository, update
from telik.store.incremental import _written
from telik.store.models import ConflictRow, CorpusEvent, CorpusKey, CorpusWord, Document, Entity, FigureReport

from conftest import SAMPLES

JSONL = [Path(__file__).resolve().parent / d / "articles.jsonl" for d in ("gold_jsonl", "gold_jsonl2")]


@pytest.fixture(scope="module")
def corpus(processor) -> list[DocResult]:  # type: ignore[no-untyped-def]
    """The shipped samples and the JSONL test articles, processed once."""
    arts = [a for a in read_inputs([SAMPLES, *JSONL]) if isinstance(a, Article)]
    return [d for d in processor.process_many(arts) if isinstance(d, DocResult)]


def _state(store: Store) -> dict[str, Any]:
    """Everything the corpus stage writes, keyed by document id (not row id), in a stable order."""
    with store.session() as s:
        ids: dict[int, str] = dict(s.execute(select(Document.id, Document.doc_id)).all())  # type: ignore[arg-type]
        return {
            "documents": dict(s.execute(select(Document.doc_id, Document.data)).all()),  # type: ignore[arg-type]
            "conflicts": sorted(json.dumps([c.cluster, c.field, c.values, c.reports, c.best, c.reason, c.kind],
                                           sort_keys=True) for c in s.scalars(select(ConflictRow))),
            "figures": sorted((f.cluster, f.field, f.value, f.qualifier or "", ids[f.document_id], f.outlet or "",
                               f.published or "") for f in s.scalars(select(FigureReport))),
            "entities": sorted((e.canonical, e.label, e.name) for e in s.scalars(select(Entity))),
            "keys": sorted((k.key, ids[k.document_id], k.n) for k in s.scalars(select(CorpusKey))),
            "events": sorted((ids[e.document_id], e.idx, e.fingerprint, e.words)
                             for e in s.scalars(select(CorpusEvent))),
            "words": sorted((w.word, w.df) for w in s.scalars(select(CorpusWord))),
        }


def test_store_incremental_portions_equal_one_full_reanalysis(corpus, tmp_path):
    docs = copy.deepcopy(corpus)
    with Store(f"sqlite:///{tmp_path / 'portions.db'}") as store:
        runs = []
        for part in (docs[:10], docs[10:20], docs[20:]):
            store.add_documents(part)
            runs.append(update(store, full_share=1.0))
        assert [r.full for r in runs] == [True, False, False]  # the first analysis builds the index
        incremental = _state(store)
        reanalyze(store)
        assert _state(store) == incremental
    with Store(f"sqlite:///{tmp_path / 'once.db'}") as once:
        once.add_documents(copy.deepcopy(corpus))
        reanalyze(once)
        full = _state(once)
    assert any(ev["cluster"] for d in full["documents"].values() for ev in d["events"])
    assert full["conflicts"] and full["figures"]
    assert full == incremental


def test_store_incremental_write_back_compares_in_portions(corpus, tmp_path, monkeypatch):
    """The write-back reads the stored documents a portion at a time: the result is the same across portions."""
    monkeypatch.setattr(repository, "_CHUNK", 4)
    with Store(f"sqlite:///{tmp_path / 'portions.db'}") as store:
        for part in (corpus[:20], corpus[20:]):
            store.add_documents(copy.deepcopy(part))
            update(store, full_share=1.0)
        incremental = _state(store)
        reanalyze(store)
        assert _state(store) == incremental


def test_store_incremental_one_at_a_time_equals_reanalysing_each_time(corpus, tmp_path):
    """Exact on every path (similarity drift, renamed ids pulling documents in): one article per ingest, in an order
    that takes them, against the old ingest, which re-analysed the whole store each time.

    Against one re-analysis of everything this order differs in one place, as it did before the incremental stage:
    a renamed id stays renamed (an acronym linked to its one expansion in the store so far keeps that link).
    """
    docs = copy.deepcopy(corpus)
    random.Random(4).shuffle(docs)
    with Store(f"sqlite:///{tmp_path / 'inc.db'}") as inc, Store(f"sqlite:///{tmp_path / 'full.db'}") as full:
        for doc in docs:
            inc.add_documents([copy.deepcopy(doc)])
            update(inc, full_share=1.0)
            full.add_documents([copy.deepcopy(doc)])
            reanalyze(full)
        assert _state(inc) == _state(full)


def test_store_incremental_reads_crowded_blocks_as_the_whole_store(corpus, tmp_path, monkeypatch):
    """A block the full stage cuts off at `MAX_BLOCK` mentions is cut where the whole store's would be."""
    monkeypatch.setattr(clusters, "MAX_BLOCK", 3)
    docs = copy.deepcopy(corpus)
    random.Random(1).shuffle(docs)
    runs = []
    with Store(f"sqlite:///{tmp_path / 'inc.db'}") as inc, Store(f"sqlite:///{tmp_path / 'full.db'}") as full:
        for k in range(0, len(docs), 3):
            inc.add_documents(copy.deepcopy(docs[k : k + 3]))
            runs.append(update(inc, full_share=1.0))
            full.add_documents(copy.deepcopy(docs[k : k + 3]))
            reanalyze(full)
        assert _state(inc) == _state(full)
    assert sum(not r.full for r in runs) >= len(runs) // 2


def test_store_incremental_reads_only_the_neighbourhood(corpus, tmp_path):
    docs = copy.deepcopy(corpus)
    copy_of = docs[0]
    unrelated = Article("harga-cabai", "Harga cabai rawit di pasar tradisional naik tajam menjelang akhir pekan. "
                        "Pedagang menyebut pasokan dari daerah sentra produksi berkurang karena hujan deras.")
    with Store(f"sqlite:///{tmp_path / 'big.db'}") as store:
        store.add_documents(docs)
        reanalyze(store)
        lone = DocResult(id=unrelated.id, text=unrelated.text, clean_text=unrelated.text)
        store.add_documents([lone])
        run = update(store, full_share=1.0)
        assert (run.full, run.analysed) == (False, 1)
        again = copy.deepcopy(copy_of)
        again.id, again.text = "copy", copy_of.text + " "  # another content hash, the same story
        store.add_documents([again])
        run = update(store, full_share=1.0)
        assert not run.full and 2 <= run.analysed < len(docs)
        assert store.get_result("copy").duplicate_of == copy_of.id  # type: ignore[union-attr]
        before = _state(store)
        reanalyze(store)
        assert _state(store) == before


def test_store_incremental_compares_no_stored_near_duplicates_again(corpus, tmp_path, monkeypatch):
    """A near-duplicate group the store holds is joined before any pair is compared: a new copy of its story is
    compared once, not its stored members with each other, and the groups are those of a full re-analysis."""
    docs = copy.deepcopy(corpus)

    def copy_of(doc: DocResult, doc_id: str) -> DocResult:
        again = copy.deepcopy(doc)
        again.id, again.text = doc_id, doc.text + " " * len(doc_id)  # another content hash, the same story
        return again

    compared: list[int] = []
    jaccard = dedup._jaccard

    def counted(a: set[str], b: set[str]) -> float:
        compared.append(1)
        return jaccard(a, b)

    with Store(f"sqlite:///{tmp_path / 'big.db'}") as store:
        store.add_documents([*docs, copy_of(docs[0], "copy-1")])
        reanalyze(store)
        monkeypatch.setattr(dedup, "_jaccard", counted)
        store.add_documents([copy_of(docs[0], "copy-22")])
        run = update(store, full_share=1.0)
        assert not run.full and len(compared) == 1
        assert store.get_result("copy-22").duplicate_of == docs[0].id  # type: ignore[union-attr]
        before = _state(store)
        reanalyze(store)
        assert _state(store) == before


def test_store_incremental_rewrites_only_what_changed(corpus, tmp_path, monkeypatch):
    """A neighbourhood is read whole, but only the documents and index rows the analysis changed are written, and
    only the documents it changed (or new ones) are compared with their stored results."""
    docs = copy.deepcopy(corpus)
    indexed: list[int] = []
    written: list[int] = []
    compared: list[str] = []
    changed, apply, stored_data = corpus_index._changed, Store.apply_corpus, Store._stored_data

    def spy_stored(s: Any, doc_ids: list[str]) -> dict[str, tuple[int, str]]:
        compared.extend(doc_ids)
        return stored_data(s, doc_ids)

    def spy_changed(*args: Any) -> list[int]:
        found = changed(*args)
        indexed.extend(found)
        return found

    def spy_apply(self: Store, *args: Any, **kwargs: Any) -> int:
        written.append(apply(self, *args, **kwargs))
        return written[-1]

    with Store(f"sqlite:///{tmp_path / 'big.db'}") as store:
        store.add_documents(docs)
        reanalyze(store)
        again = copy.deepcopy(docs[0])
        again.id, again.text = "copy", docs[0].text + " "
        store.add_documents([again])
        monkeypatch.setattr(corpus_index, "_changed", spy_changed)
        monkeypatch.setattr(Store, "apply_corpus", spy_apply)
        monkeypatch.setattr(Store, "_stored_data", staticmethod(spy_stored))
        run = update(store, full_share=1.0)
        assert not run.full and run.analysed >= 2
        assert 1 <= len(indexed) < run.analysed and 1 <= written[0] < run.analysed
        # the documents the analysis left as they were stored are not read again to be compared
        assert "copy" in compared and len(compared) < run.analysed
        before = _state(store)
        reanalyze(store)
        assert _state(store) == before


def test_store_incremental_rewrites_stored_documents_with_their_band_keys(corpus, tmp_path, monkeypatch):
    """The index write-back compares no band keys, and a stored document whose other keys change keeps its band keys
    as stored (its text, so its bands, never change), as a full re-analysis writes them."""
    compared: list[str] = []
    changed = corpus_index._changed

    def spy_changed(s: Any, keys: dict[int, Any], events: Any) -> list[int]:
        compared.extend(k for own in keys.values() for k in own)
        return changed(s, keys, events)

    def split(keys: list[tuple[str, str, int]]) -> tuple[set[tuple[str, str, int]], set[tuple[str, str, int]]]:
        return {k for k in keys if k[0].startswith("b:")}, {k for k in keys if not k[0].startswith("b:")}

    monkeypatch.setattr(corpus_index, "_changed", spy_changed)
    rewritten: set[str] = set()
    with Store(f"sqlite:///{tmp_path / 'portions.db'}") as store:
        for part in (corpus[:10], corpus[10:20], corpus[20:]):
            before = split(_state(store)["keys"])
            stored = {d for _, d, _ in before[0]}
            store.add_documents(copy.deepcopy(part))
            update(store, full_share=1.0)
            after = split(_state(store)["keys"])
            moved = {d for _, d, _ in before[1] ^ after[1] if d in stored}
            rewritten |= moved
            assert {k for k in after[0] if k[1] in stored} == before[0]
        incremental = _state(store)
        reanalyze(store)
        assert _state(store) == incremental
    assert rewritten and compared and not any(k.startswith("b:") for k in compared)


def test_store_incremental_reads_only_the_bands_stored_documents_share_with_new_ones(corpus, tmp_path, monkeypatch):
    """Of a stored document the neighbourhood reads only the LSH bands it shares with a new document (stored
    documents alone in a band were compared when the later came): a copy of a stored story joins its group, and
    the store is what a full re-analysis makes of it."""
    seen: list[list[list[str]]] = []
    real = incremental.link

    def spy(docs: list[DocResult], *args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["bands"])
        return real(docs, *args, **kwargs)

    docs = copy.deepcopy(corpus)
    again = copy.deepcopy(docs[3])
    again.id, again.text = "copy", docs[3].text + " "
    new_bands = set(dedup.band_keys(dedup.dedup_text(again)))
    with Store(f"sqlite:///{tmp_path / 'bands.db'}") as store:
        store.add_documents(docs)
        reanalyze(store)
        store.add_documents([again])
        monkeypatch.setattr(incremental, "link", spy)
        run = update(store, full_share=1.0)
        assert not run.full and run.analysed >= 2 and seen
        held = [b for bands in seen[-1] for b in bands]
        assert held and set(held) <= new_bands  # the copy's own bands, and the stored original's shared ones
        assert held.count(next(iter(new_bands))) >= 2
        assert store.get_result("copy").duplicate_of == docs[3].id  # type: ignore[union-attr]
        before = _state(store)
        reanalyze(store)
        assert _state(store) == before


def test_store_incremental_large_neighbourhood_runs_in_full(corpus, tmp_path):
    with Store(f"sqlite:///{tmp_path / 'small.db'}") as store:
        store.add_documents(copy.deepcopy(corpus[:3]))
        assert update(store).full
        store.add_documents(copy.deepcopy(corpus[3:]))
        assert update(store).full  # most of the store is new: reading it all is cheaper than the look-ups


def test_store_incremental_index_left_behind_runs_in_full(corpus, tmp_path):
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as store:
        store.add_documents(copy.deepcopy(corpus[:20]))
        reanalyze(store)
        store.apply_corpus(store.all_results(), [])  # another writer analysed without the index
        store.add_documents(copy.deepcopy(corpus[20:]))
        assert update(store, full_share=1.0).full
        store.add_documents([DocResult(id="kosong", text="Tidak ada berita.", clean_text="Tidak ada berita.")])
        assert not update(store, full_share=1.0).full


def test_store_incremental_sees_every_document_the_analysis_changes(corpus):
    """What the write-back skips as left as stored (`_written` the same before and after the analysis) is exactly
    what the analysis left equal: processed documents (most change) and analysed ones that a new copy joins."""
    seen: set[bool] = set()
    for docs in (copy.deepcopy(corpus), [*copy.deepcopy(corpus), copy.deepcopy(corpus[0])]):
        if len(docs) > len(corpus):
            analyze(docs[:-1])
            docs[-1].id, docs[-1].text = "copy", docs[-1].text + " "
        before = copy.deepcopy(docs)
        was = [_written(d) for d in docs]
        analyze(docs)
        changed = [d != b for d, b in zip(docs, before, strict=True)]
        assert [_written(d) != w for d, w in zip(docs, was, strict=True)] == changed
        seen |= set(changed)
    assert seen == {True, False}


def test_store_incremental_restores_the_documents_as_stored_for_another_pass(corpus):
    """A pass over a grown neighbourhood starts from the documents as stored: what the analysis wrote on them is put
    back from their `_written` copies (`_restore`) instead of reading and parsing them again."""
    docs = [*copy.deepcopy(corpus), copy.deepcopy(corpus[0])]
    analyze(docs[:-1])  # as stored
    docs[-1].id, docs[-1].text = "copy", docs[-1].text + " "
    stored = copy.deepcopy(docs)
    was = [_written(d) for d in docs]
    analyze(docs)
    assert docs != stored
    for doc, written in zip(docs, was, strict=True):
        incremental._restore(doc, written)
    assert docs == stored


def test_store_incremental_identity_reads_the_stored_names_as_the_documents_give_them(corpus, tmp_path):
    """What identity decides from names alone, read from the store's tables (counts, first occurrences, the reports
    asking a name), equals what it reads off the documents: a person's two names of as many words (the first one
    named is the fullest), names met again in another order, an acronym bare in one report and written out in
    another."""
    def named(doc_id: str, *names: tuple[str, str, str]) -> DocResult:
        text = f"Laporan {doc_id}."
        return DocResult(doc_id, text, text, entities=[EntityMention(t, label, 0, 1, c) for t, label, c in names])

    docs = [*copy.deepcopy(corpus),
            named("a", ("Awi Setiyono", "PER", "awi_setiyono"), ("A. Setiyono", "PER", "awi_setiyono"),
                  ("Polda Sulteng", "ORG", "polda_central_sulawesi"),
                  ("TGPF", "ORG", "tim_gabungan_pencari_fakta"), ("Intan Jaya", "GPE", "intan_jaya")),
            named("b", ("Awi Setiono", "PER", "awi_setiono"), ("Polda Sulteng", "ORG", "polda_central_sulawesi")),
            named("c", ("TGPF", "ORG", "tgpf"), ("Intan Jaya", "GPE", "intan_jaya"))]
    for d in docs:
        d.entities = d.entities + d.entities[::-1]  # every name again, last first
    with Store(f"sqlite:///{tmp_path / 'names.db'}") as store:
        store.add_documents(docs)
        with store.session() as s:
            ids = list(s.scalars(select(Document.id).order_by(Document.id)))
            stored = corpus_index.stored_names(s, ids)
    names = names_of([named_in(d) for d in docs])[0]
    assert stored == names
    assert names.fullest["awi_setiyono"] == "Awi Setiyono" and names.acronyms["tgpf"] == "tim_gabungan_pencari_fakta"
    assert renames([named_in(d) for d in docs]) == resolve(stored, lambda i: named_in(docs[i])[1], Counter()) != {}


def test_store_incremental_pauses_the_collector_for_the_stage_only(corpus, tmp_path, monkeypatch):
    """The cyclic collector is off while the stage runs and back on after it, also when the stage fails; a caller
    that had it off keeps it off."""
    seen: list[bool] = []
    real = stage.link_events  # what the full stage and a neighbourhood's both run

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(stage, "link_events", watched)
    docs = copy.deepcopy(corpus)
    with Store(f"sqlite:///{tmp_path / 'gc.db'}") as store:
        store.add_documents(docs[:10])
        update(store)
        store.add_documents(docs[10:12])
        update(store, full_share=1.0)
        assert len(seen) >= 2 and not any(seen) and gc.isenabled()
        monkeypatch.setattr(stage, "link_events", lambda *a, **k: 1 / 0)
        store.add_documents(docs[12:14])
        with pytest.raises(ZeroDivisionError):
            update(store, full_share=1.0)
        assert gc.isenabled()
        gc.disable()
        try:
            store.add_documents(docs[14:16])
            with pytest.raises(ZeroDivisionError):
                update(store, full_share=1.0)
            assert not gc.isenabled()
        finally:
            gc.enable()


def test_store_incremental_holds_context_documents_slim_and_writes_their_renames(corpus, tmp_path, monkeypatch):
    """A stored document reporting no event is read for context only and held without its names (`_context`); when a
    new report renames an id it names, it is written whole with the new id, as a full re-analysis writes it."""
    def named(doc_id: str, *names: tuple[str, str, str]) -> DocResult:
        text = f"Laporan {doc_id} tentang penyelidikan di Palu."
        return DocResult(doc_id, text, text, entities=[EntityMention(t, label, 0, 1, c) for t, label, c in names])

    held: list[str] = []
    real = incremental._context

    def spy(data: dict[str, Any]) -> DocResult | None:
        doc = real(data)
        held.extend([doc.id] if doc is not None else [])
        return doc

    monkeypatch.setattr(incremental, "_context", spy)
    stored = named("a", ("Awi Setiono", "PER", "awi_setiono"), ("Polda Sulteng", "ORG", "polda_central_sulawesi"))
    new = named("b", ("Awi Setiyono", "PER", "awi_setiyono"), ("Polda Sulteng", "ORG", "polda_central_sulawesi"))
    rename = renames([named_in(d) for d in (stored, new)])
    assert rename == {"awi_setiono": "awi_setiyono"}
    with Store(f"sqlite:///{tmp_path / 'context.db'}") as store:
        store.add_documents([*copy.deepcopy(corpus), stored])
        reanalyze(store)
        store.add_documents([new])
        assert not update(store, full_share=1.0).full
        incremental_state = _state(store)
        reanalyze(store)
        assert _state(store) == incremental_state
    assert "a" in held and "b" not in held
    assert [e["canonical"] for e in incremental_state["documents"]["a"]["entities"]][0] == "awi_setiyono"

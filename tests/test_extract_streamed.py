"""The streamed extract (documents spooled on disk, the corpus stage over their summaries) writes exactly the export
of the in-memory path: the same bytes, duplicates, clusters, anchored dates, figure and claim conflicts included."""
from __future__ import annotations

import copy
import io
import json
from pathlib import Path

from test_corpus_anchoring import doc_b, finder

from telik.corpus.analyze import analyze_corpus
from telik.corpus.spooled import SpooledCorpus
from telik.export.native import build_export
from telik.export.pieces import document_piece
from telik.extract import dump_json, extract_paths, extract_to
from telik.model import DocResult, EntityMention
from telik.spool import Spool

from test_corpus_fakes import doc, event

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "telik" / "data" / "samples"

FIRST = ("Bom bunuh diri meledak di depan Gereja Katedral Makassar, Sulawesi Selatan, Minggu (28/3/2021) pagi. "
         "Ledakan itu menewaskan dua orang pelaku dan melukai 14 orang jemaat serta petugas keamanan. "
         "Kapolda Sulawesi Selatan Irjen Merdisyam mengatakan pelaku berboncengan sepeda motor saat mencoba masuk "
         "ke halaman gereja. \"Pelaku diduga anggota Jamaah Ansharut Daulah (JAD),\" kata Merdisyam kepada "
         "wartawan. Polisi masih menyelidiki jaringan pelaku dan memeriksa sejumlah saksi di lokasi kejadian.")
LATER = ("Jumlah korban luka akibat ledakan bom di Gereja Katedral Makassar bertambah menjadi 20 orang, Senin "
         "(29/3/2021). Bom bunuh diri di Gereja Katedral Makassar pada Minggu (28/3/2021) menewaskan tiga orang. "
         "Kapolri Jenderal Listyo Sigit Prabowo mengatakan kedua pelaku merupakan anggota JAD. \"Pelaku adalah "
         "bagian dari kelompok JAD yang pernah melakukan penindakan di Jolo, Filipina,\" kata Listyo. Namun juru "
         "bicara JAD membantah klaim tersebut. Densus 88 Antiteror menangkap empat terduga teroris di Makassar "
         "setelah serangan itu.")
REPORTS = [
    {"id": "makassar-a", "text": FIRST, "outlet": "antaranews.com", "published": "2021-03-28"},
    {"id": "makassar-b", "text": LATER, "outlet": "kompas.com", "published": "2021-03-29"},
    # a near-duplicate of the first report, a few words edited
    {"id": "makassar-a-copy", "text": FIRST.replace("sejumlah saksi", "beberapa saksi"), "outlet": "detik.com",
     "published": "2021-03-28"},
    {"id": "short", "text": "Bom di Makassar.", "outlet": "detik.com"},
]


def _in_memory(paths: list[Path]) -> str:
    result = extract_paths(paths)
    out = io.StringIO()
    dump_json(build_export(result.documents, result.conflicts, [e.__dict__ for e in result.errors]), out)
    return out.getvalue()


def test_extract_streamed_writes_the_in_memory_export(tmp_path):
    reports = tmp_path / "reports.jsonl"
    reports.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")  # an unreadable input: listed under errors
    paths = [SAMPLES, reports, tmp_path / "empty.txt"]
    streamed = io.StringIO()
    count, errors = extract_to(paths, streamed)
    assert streamed.getvalue() == _in_memory(paths)
    export = json.loads(streamed.getvalue())
    docs = {d["id"]: d for d in export["documents"]}
    assert count == len(docs) and errors and export["errors"]
    assert docs["makassar-a-copy"]["duplicate_of"] == "makassar-a"
    shared = {e["cluster"] for e in docs["makassar-a"]["events"]} & {e["cluster"] for e in docs["makassar-b"]["events"]}
    assert shared and {c["field"] for c in export["conflicts"] if c["cluster"] in shared} >= {"killed", "claim"}


def test_extract_streamed_anchors_dates_as_the_in_memory_stage(gazetteer):
    """A document whose yearless dates take their year from another report is re-read whole, as in memory."""
    docs = [doc("a", "x", [event(date="2024-03-22", location="Moskow", killed=60)], reference_date="2024-03-22"),
            doc_b(), doc("c", "y", [event(date="2024-03-22", location="Moskow", killed=62)], published="2024-03-23")]
    whole = copy.deepcopy(docs)
    conflicts = analyze_corpus(whole, finder=finder)
    with Spool() as spool:
        corpus = SpooledCorpus(spool)
        for d in docs:
            corpus.add(d)
        assert corpus.analyze(finder) == conflicts
        assert corpus.whole == {1}
        assert [document_piece(d) for d in corpus.documents()] == [document_piece(d) for d in whole]


def test_extract_streamed_reads_places_written_together_as_the_in_memory_stage(gazetteer):
    """The slim copies hold no text: the places a report writes as a list or a chain are read before it is parked,
    and one sweep told "di Sukoharjo dan Bekasi" and "di Bekasi" is one event streamed as in memory."""
    text = "Densus 88 menangkap tujuh orang di Sukoharjo dan Bekasi, Selasa."
    ents = [EntityMention(w, "GPE", text.index(w), text.index(w) + len(w), "") for w in ("Sukoharjo", "Bekasi")]
    wide = event("ARREST", date="2024-05-21", location="Sukoharjo", actors=["ISIS"])
    wide.end = len(text)
    docs = [doc("a", text, [wide], entities=ents),
            doc("b", "x", [event("ARREST", date="2024-05-21", location="Bekasi", actors=["ISIS"])])]
    whole = copy.deepcopy(docs)
    analyze_corpus(whole)
    with Spool() as spool:
        corpus = SpooledCorpus(spool)
        for d in docs:
            corpus.add(d)
        corpus.analyze()
        streamed = list(corpus.documents())
    assert [e.cluster for d in streamed for e in d.events] == [e.cluster for d in whole for e in d.events]
    assert streamed[0].events[0].cluster == streamed[1].events[0].cluster


def test_extract_streamed_holds_slim_copies_and_parks_the_rest():
    """What the stage reads of every document but its slim copy (names, credibility signals) waits in the spool."""
    reports = [DocResult(id=r["id"], text=r["text"], clean_text=r["text"], title="Bom Makassar", source="in.jsonl:1",
                         outlet=r["outlet"], entities=[EntityMention("JAD", "ORG", 0, 3, "jad"),
                                                       EntityMention("JAD", "ORG", 9, 12, "jad")])
               for r in REPORTS[:2]]
    with Spool() as spool:
        corpus = SpooledCorpus(spool)
        for d in reports:
            corpus.add(d)
        slim = corpus.docs[0]
        assert (slim.text, slim.title, slim.source, slim.entities, slim.credibility) == ("", None, "", [], None)
        names, signals = spool.summary(0)
        assert names == [["JAD", "ORG", "jad"]] and ["no_sources", 1, "no attributed sources"] in signals
        corpus.analyze()
        back = corpus.document(0)
        assert (back.title, back.source, len(back.entities)) == ("Bom Makassar", "in.jsonl:1", 2)
        assert back.credibility is not None and "no attributed sources" in " ".join(back.credibility.signals)

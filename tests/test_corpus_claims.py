"""Contradictory claims: a source denying or disputing another's claim is kept as a claim conflict with both sources."""
from __future__ import annotations

import json

import pytest

from telik.corpus import analyze_corpus
from telik.corpus.claims import claim_conflicts, stance_of
from telik.export.native import build_export
from telik.model import Claim, DocResult, EntityMention
from telik.store import Store

from test_corpus_fakes import doc, event


def claim(text: str, source: str, part: str, after: int = 0) -> Claim:
    start = text.index(part, after)
    return Claim(source, part, start, start + len(part))


def entities(text: str, *specs: tuple[str, str, str]) -> list[EntityMention]:
    """Every occurrence of each (surface, label, canonical) in the text."""
    out = []
    for surface, label, canonical in specs:
        at = text.find(surface)
        while at >= 0:
            out.append(EntityMention(surface, label, at, at + len(surface), canonical))
            at = text.find(surface, at + 1)
    return out


def report(id_: str, text: str, claims: list[tuple[str, str]], ents: tuple[tuple[str, str, str], ...] = (),
           cluster: str = "makassar-bom", outlet: str | None = None, **kw: object) -> DocResult:
    """A document whose only event (its lead) belongs to `cluster`, with the given (source, claim text) claims."""
    return doc(id_, text, events=[event(cluster=cluster)], claims=[claim(text, s, p) for s, p in claims],
               entities=entities(text, *ents), outlet=outlet or id_, **kw)


SAME_DOC = (
    "Polisi mengatakan bahwa kelompok Jamaah Ansharut Daulah berada di balik serangan bom di Makassar. "
    "Jamaah Ansharut Daulah membantah klaim tersebut."
)
JAD = ("Jamaah Ansharut Daulah", "ORG", "jad")


@pytest.mark.parametrize("text, source, part, expected", [
    (SAME_DOC, "Jamaah Ansharut Daulah", "klaim tersebut", ("denies", "membantah")),
    (SAME_DOC, "Polisi", "kelompok Jamaah Ansharut Daulah berada di balik serangan bom di Makassar", ("asserts", None)),
    ("Juru bicara Hamas mengatakan tuduhan itu tidak benar.", "Juru bicara Hamas", "tuduhan itu tidak benar",
     ("denies", "tidak benar")),
    ("Kemlu Pakistan menepis bahwa negaranya melindungi para pelaku.", "Kemlu Pakistan",
     "negaranya melindungi para pelaku", ("denies", "menepis")),
    ("Menanggapi tuduhan Amerika Serikat, Iran mengatakan tidak memiliki hubungan dengan serangan itu.", "Iran",
     "tidak memiliki hubungan dengan serangan itu", ("disputes", "Menanggapi tuduhan")),
    ("Sementara itu, Iran mengatakan negaranya siap membantu penyelidikan.", "Iran", "negaranya siap membantu penyelidikan",
     ("asserts", None)),
])
def test_corpus_claims_stance(text, source, part, expected):
    assert stance_of(text, claim(text, source, part))[:2] == expected


def test_corpus_claims_denial_answers_the_claim_it_points_back_to():
    d = report("d1", SAME_DOC, [("Polisi", "kelompok Jamaah Ansharut Daulah berada di balik serangan bom di Makassar"),
                                ("Jamaah Ansharut Daulah", "klaim tersebut")], (JAD,))
    [c] = claim_conflicts([d])
    assert (c.field, c.kind, c.values, c.best, c.cluster) == ("claim", "contradiction", [], None, "makassar-bom")
    assert [(r["source"], r["stance"]) for r in c.reports] == [("Polisi", "asserts"), ("Jamaah Ansharut Daulah", "denies")]
    for r in c.reports:
        assert SAME_DOC[r["start"]:r["end"]] == r["text"] and r["document"] == "d1"
    assert c.reason == "Jamaah Ansharut Daulah denies what Polisi claims"


def test_corpus_claims_denial_in_another_report_of_the_event():
    a_text = "Militer Israel mengatakan Hamas menyimpan senjata di bawah Rumah Sakit Al-Shifa di Gaza."
    b_text = "Hamas menyangkal bahwa pihaknya menyimpan senjata di Rumah Sakit Al-Shifa, kata juru bicaranya."
    ents = (("Hamas", "ORG", "hamas"), ("Rumah Sakit Al-Shifa", "FAC", "al_shifa"), ("Gaza", "GPE", "gaza"))
    a = report("a", a_text, [("Militer Israel", "Hamas menyimpan senjata di bawah Rumah Sakit Al-Shifa di Gaza")], ents,
               cluster="shifa", published="2023-11-15")
    b = report("b", b_text, [("Hamas", "pihaknya menyimpan senjata di Rumah Sakit Al-Shifa")], ents, cluster="shifa",
               published="2023-11-16")
    [c] = claim_conflicts([a, b])
    assert [(r["document"], r["stance"], r["published"]) for r in c.reports] == [
        ("a", "asserts", "2023-11-15"), ("b", "denies", "2023-11-16")]


def test_corpus_claims_dispute_names_whose_claim():
    text = ("Seorang pejabat Amerika Serikat mengatakan kelompok ISIS-K merencanakan serangan itu. "
            "Menanggapi tuduhan Amerika Serikat, Iran mengatakan tidak memiliki hubungan dengan serangan itu.")
    ents = (("Amerika Serikat", "GPE", "usa"), ("Iran", "GPE", "iran"), ("ISIS-K", "ORG", "isis_k"))
    d = report("d", text, [("Seorang pejabat Amerika Serikat", "kelompok ISIS-K merencanakan serangan itu"),
                           ("Iran", "tidak memiliki hubungan dengan serangan itu")], ents)
    [c] = claim_conflicts([d])
    assert [(r["source"], r["stance"]) for r in c.reports] == [("Seorang pejabat Amerika Serikat", "asserts"),
                                                               ("Iran", "disputes")]


def test_corpus_claims_chain_gives_one_conflict_per_answered_claim():
    text = ("Pejabat Amerika Serikat mengatakan ISIS-K melakukan serangan di Moskow. "
            "Menantang klaim Amerika Serikat, Rusia mengatakan percaya bahwa Ukraina terlibat dalam serangan tersebut. "
            "Kyiv telah menyangkal keras klaim tersebut.")
    ents = (("Amerika Serikat", "GPE", "usa"), ("ISIS-K", "ORG", "isis_k"), ("Moskow", "GPE", "moscow"),
            ("Rusia", "GPE", "russia"), ("Ukraina", "GPE", "ukraine"), ("Kyiv", "GPE", "kyiv"))
    d = report("d", text, [("Pejabat Amerika Serikat", "ISIS-K melakukan serangan di Moskow"),
                           ("Rusia", "Ukraina terlibat dalam serangan tersebut"), ("Kyiv", "keras klaim tersebut")], ents)
    conflicts = claim_conflicts([d])
    assert [[(r["source"], r["stance"]) for r in c.reports] for c in conflicts] == [
        [("Pejabat Amerika Serikat", "asserts"), ("Rusia", "disputes")],
        [("Rusia", "asserts"), ("Kyiv", "denies")],
    ]


@pytest.mark.parametrize("docs", [
    # two sources agreeing is no contradiction
    [report("d", "Polisi mengatakan dua orang ditangkap. Jaksa mengatakan keduanya akan diadili.",
            [("Polisi", "dua orang ditangkap"), ("Jaksa", "keduanya akan diadili")])],
    # a source denying its own earlier words is a correction, not a contradiction between sources
    [report("d", "Polisi mengatakan tiga orang tewas. Polisi kemudian membantah klaim tersebut.",
            [("Polisi", "tiga orang tewas"), ("Polisi", "klaim tersebut")])],
    # a denial about another event, in another document, with nothing in common
    [report("a", "Polisi mengatakan pelaku berasal dari Poso.", [("Polisi", "pelaku berasal dari Poso")],
            (("Poso", "GPE", "poso"),), cluster="poso"),
     report("b", "Warga membantah bahwa banjir merusak jembatan.", [("Warga", "banjir merusak jembatan")], cluster="banjir")],
])
def test_corpus_claims_no_contradiction(docs):
    assert claim_conflicts(docs) == []


def test_corpus_claims_copies_count_once_and_reach_store_and_export(tmp_path):
    original = report("d1", SAME_DOC, [("Polisi", "kelompok Jamaah Ansharut Daulah berada di balik serangan bom di Makassar"),
                                       ("Jamaah Ansharut Daulah", "klaim tersebut")], (JAD,), published="2024-03-01")
    copy = DocResult.from_dict({**original.to_dict(), "id": "d2", "outlet": "d2", "published": "2024-03-02"})
    docs = [original, copy]
    conflicts = analyze_corpus(docs)
    claims = [c for c in conflicts if c.field == "claim"]
    assert copy.duplicate_of == "d1" and len(claims) == 1 and {r["document"] for r in claims[0].reports} == {"d1"}
    export = json.loads(json.dumps(build_export(docs, conflicts)))
    assert [c["field"] for c in export["conflicts"]] == ["claim"] and export["conflicts"][0]["values"] == []
    with Store(f"sqlite:///{tmp_path / 'claims.db'}") as store:
        for d in docs:
            store.add_document(d)
        store.apply_corpus(docs, conflicts)
        [stored] = store.conflicts()
        assert stored == claims[0]
        assert store.list_conflicts()[0]["reports"][1]["stance"] == "denies"

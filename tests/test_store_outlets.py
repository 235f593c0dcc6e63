"""Outlets as the store lists them: one per outlet whatever its case, wire credits apart, every name a filter."""
from __future__ import annotations

from telik.model import Credibility

from conftest import make_doc

TEXT = "Densus 88 menangkap {} terduga teroris JAD di Bekasi, Senin (26/2/2024)."


def _docs():  # type: ignore[no-untyped-def]
    cred = Credibility(0.6, ["named source quoted"])
    return [
        make_doc("a", text=TEXT.format(0), outlet="JUARA.net", credibility=cred),
        make_doc("b", text=TEXT.format(1), outlet="JUARA.NET", credibility=cred),
        make_doc("c", text=TEXT.format(2), outlet="JUARA.net", credibility=cred),
        make_doc("d", text=TEXT.format(3), outlet=None, wire=["Reuters"], url="https://www.kabar.example/berita/1", credibility=cred),
    ]


def test_store_outlets_fold_case_and_keep_wire_credits_apart(store):
    for doc in _docs():
        store.add_document(doc)
    outlets = {o["outlet"]: o["documents"] for o in store.outlets()}
    assert outlets == {"JUARA.net": 3, "www.kabar.example": 1}
    for name in outlets:  # every listed outlet's link lists its documents
        assert store.list_documents(outlet=name).total == outlets[name]
    assert store.list_documents(outlet="Reuters").total == 0

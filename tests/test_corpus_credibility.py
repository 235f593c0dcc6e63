"""Credibility: readable signals from data-file weights; wire reporting above clickbait above propaganda."""
from __future__ import annotations

import pytest

from telik.corpus.credibility import assess, clickbait_markers, outlet_credibility, score_document
from telik.corpus.lexicon import get_lexicon
from telik.model import Claim, Quote

from test_corpus_fakes import doc, event

WIRE = doc(
    "wire",
    "Polisi Filipina menangkap dua tersangka pengeboman di Marawi, kata dua sumber keamanan. "
    "Kepala polisi setempat, Roberto Santos, membenarkan penangkapan itu. Kelompok yang dituduh "
    "membantah terlibat. Juru bicara militer tidak menanggapi permintaan komentar.",
    title="Polisi Filipina tangkap dua tersangka bom Marawi",
    wire=["Reuters"],
    quotes=[Quote("kami sudah menahan mereka", 0, 10, "Roberto Santos"),
            Quote("mereka dibawa ke Manila", 20, 30, "salah satu sumber", anonymous=True)],
    claims=[Claim("dua sumber keamanan", "dua tersangka ditangkap", 40, 50, anonymous=True)],
)
CLICKBAIT = doc(
    "clickbait",
    "Polisi menangkap dua orang yang diduga terlibat pengeboman di Marawi. Seorang pejabat mengatakan "
    "keduanya anggota kelompok militan.",
    title="Heboh! Ternyata Ini Pelaku Bom Marawi, Warganet Kaget!!",
    outlet="portalviral.id",
    claims=[Claim("Seorang pejabat", "keduanya anggota kelompok militan", 0, 10, anonymous=True)],
)
PROPAGANDA = doc(
    "propaganda",
    "Amerika Serikat, sponsor utama terorisme di kawasan, kembali memasok senjata kepada antek asing "
    "di Marawi, kata seorang komandan kepada Sputnik News. Washington menuduh Moskow tanpa memberikan bukti.",
    title="Senjata AS untuk militan Marawi",
    wire=["Sputnik"],
    quotes=[Quote("senjata datang dari Barat", 0, 10, "Viktor Orlov")],
)


def test_corpus_credibility_orders_wire_clickbait_propaganda():
    scores = {d.id: score_document(d).score for d in (WIRE, CLICKBAIT, PROPAGANDA)}
    assert scores["wire"] > scores["clickbait"] > scores["propaganda"]
    assert all(0.0 <= s <= 1.0 for s in scores.values())


@pytest.mark.parametrize("d,expected", [
    (WIRE, ["wire-sourced: Reuters", "named sources: 1", "anonymous sources: 2", "right of reply: membantah, tidak menanggapi"]),
    (CLICKBAIT, ["clickbait headline: Heboh!, Ternyata, !!", "anonymous sources: 1"]),
    (PROPAGANDA, ["loaded language: sponsor utama, antek asing", "unsupported accusation: tanpa memberikan bukti",
                  "one-sided sourcing", "state-affiliated source: Sputnik"]),
])
def test_corpus_credibility_signals(d, expected):
    signals = score_document(d).signals
    for want in expected:
        assert any(s.startswith(want) for s in signals), (want, signals)


def test_corpus_credibility_score_is_explained_by_its_signals():
    cred = score_document(PROPAGANDA)
    total = get_lexicon().base + sum(float(s.rsplit("(", 1)[1].rstrip(")")) for s in cred.signals)
    assert cred.score == pytest.approx(max(0.0, min(1.0, total)), abs=1e-3)


@pytest.mark.parametrize("title,expected", [
    ("Terkuak! Intel Sudah Tahu Rencana Serangan!!", ["Terkuak!", "!!"]),
    ("Alert! 500 Militan Masih Aktif", ["Alert!"]),
    ("Polisi tangkap tiga terduga teroris di Solo", []),
])
def test_corpus_credibility_clickbait_markers(title, expected):
    assert clickbait_markers(title) == expected


def test_corpus_credibility_rt_is_not_rukun_tetangga():
    local = doc("rt", "Ketua RT setempat mengatakan warga panik.", title="Warga panik", outlet="kabarlokal")
    assert not any("state-affiliated" in s for s in score_document(local).signals)


def test_corpus_credibility_corroboration_counts_independent_outlets():
    a = doc("a", "x", [event(cluster="c")], outlet="Kompas")
    b = doc("b", "x", [event(cluster="c")], wire=["Reuters"])
    copy = doc("copy", "x", [event(cluster="c")], wire=["Reuters"])
    assess([a, b, copy], groups=[0, 1, 1])
    assert any(s.startswith("corroborated by 1 independent outlet") for s in a.credibility.signals)
    per_outlet = outlet_credibility([a, b, copy])
    assert set(per_outlet) == {"Kompas", "Reuters"}
    assert per_outlet["Kompas"].signals[0] == "articles: 1"


def test_corpus_credibility_a_scored_document_is_combined_again_only_when_its_corroboration_moves(monkeypatch):
    """A stored document's credibility is kept while its corroboration count is the same (its signals are not read
    again: a text changed behind its back keeps the old score), and combined from its signals when the count moves."""
    from telik.corpus import credibility

    a = doc("a", "Polisi menangkap tersangka.", [event(cluster="c")], outlet="Kompas")
    b = doc("b", "Polisi menangkap tersangka.", [event(cluster="c")], wire=["Reuters"])
    assess([a, b])
    kept = a.credibility
    assert credibility.corroborated(kept) == 1
    assert credibility.corroborated(score_document(a, 3)) == 3 and credibility.corroborated(score_document(a)) == 0
    read: list[str] = []
    signals = credibility.document_signals
    monkeypatch.setattr(credibility, "document_signals", lambda d, lex=None: read.append(d.id) or signals(d, lex))
    a.text = a.clean_text = "Antek asing menyerang, kata sumber yang tidak mau disebut namanya."
    assess([a, b], scored=[True, True])
    assert a.credibility is kept and read == []
    c = doc("c", "Polisi menangkap tersangka.", [event(cluster="c")], outlet="Tempo")
    assess([a, b, c], scored=[True, True, False])
    assert read == ["a", "b", "c"]
    assert a.credibility == score_document(a, 2) != kept

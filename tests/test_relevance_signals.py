"""telik_relevance: articles and sentences about political violence kept, other senses of violent words rejected."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from telik.errors import TelikError
from telik.nlp.relevance import signals as sig
from telik.nlp.relevance.component import longest_first

MATCH_REPORT = (
    "Persija Jakarta menang 2-1 atas Persib Bandung dalam laga lanjutan Liga 1 di Stadion Utama. "
    "Sejak menit awal tuan rumah bermain menyerang dan terus menggempur lini pertahanan lawan. "
    "Striker asing mereka menembak ke gawang pada menit ke-20, namun kiper lawan sigap. "
    "Tim tamu membalas lewat serangan balik cepat yang berbuah gol penyeimbang. "
    "Pelatih Persija mengaku puas karena timnya berhasil merebut posisi puncak klasemen."
)
HEALTH_NOTE = (
    "Kanker serviks menyerang bagian organ reproduksi wanita, tepatnya di leher rahim. "
    "Dokter menyarankan pemeriksaan rutin sejak usia muda. "
    "Olahraga teratur juga membantu tubuh membakar lemak dan kalori. "
    "Pola makan sehat dengan sayur dan buah menjaga sistem kekebalan tubuh. "
    "Penyakit ini bisa dicegah dengan vaksin."
)
ATTACK_REPORT = (
    "Kelompok kriminal bersenjata (KKB) menyerang pos TNI di Distrik Mbua, Kabupaten Nduga, pada Sabtu (5/3/2022). "
    "Dua prajurit gugur dalam kontak senjata yang berlangsung sekitar satu jam. "
    "Aparat keamanan gabungan TNI-Polri kini memburu para pelaku. "
    "Kapolda Papua mengatakan situasi di distrik itu sudah kembali kondusif. "
    "KKB pimpinan Egianus Kogoya disebut berada di balik serangan tersebut."
)


@pytest.mark.parametrize("text,domain", [(MATCH_REPORT, "sport"), (HEALTH_NOTE, "health")])
def test_relevance_other_news_has_no_events(nlp, text, domain):
    doc = nlp(text)
    assert doc._.relevance.relevant is False
    assert doc._.relevance.other[domain] > doc._.relevance.topic
    assert doc._.events == []


def test_relevance_attack_report_keeps_events_with_reasons(nlp):
    doc = nlp(ATTACK_REPORT)
    assert doc._.relevance.relevant is True
    ev = next(e for e in doc._.events if e.type == "ATTACK")
    assert ev.relevance[0].startswith("article about political violence")
    assert "kkb" in ev.relevance[1]


SHORT_REPORT = (
    "Penampungan pengungsi Rohingya di Sri Lanka diserang sekelompok biksu radikal. "
    "Akibat kejadian ini, pengungsi pun dievakuasi ke tempat yang lebih aman. "
    "Polisi mengatakan sedang memburu provokator aksi tersebut. "
    "Dalam rekaman, biksu itu menyebut para pengungsi teroris yang membunuh biksu di Myanmar. "
    "Sekitar 430 ribu warga Rohingya telah meninggalkan Rakhine untuk menghindari kekerasan."
)


def test_relevance_few_words_of_the_domain_suffice_without_other_news(nlp):
    doc = nlp(SHORT_REPORT)
    rel = doc._.relevance
    assert rel.topic < sig.get_signals().min_score and not rel.other  # below the bar, nothing else in the text
    assert rel.relevant is True
    assert "Penampungan pengungsi Rohingya" in doc._.events[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Penyakit itu kerap menyerang sel darah putih penderita.",
        "Sensor utama 13MP mampu menangkap gambar berwarna dengan tajam.",
        "Latihan ini cepat membakar lemak di perut.",
        "Dua film itu sama-sama menguasai daftar nominasi festival tahun ini.",
        "Penyerang sayap itu kembali menembak ke arah gawang.",
        "Produsen ponsel kini terlibat perang harga di pasar Asia.",
        "Nelayan menangkap ikan saat air laut surut.",
        "Ledakan kompor gas di sebuah warung makan di Bogor melukai tiga orang, Kamis pagi.",
        "Sebuah trafo milik PLN tiba-tiba meledak dan membakar dua kios di Pasar Minggu.",
        "Hamas menolak kesepakatan yang membiarkan pendudukan melanjutkan agresinya di Gaza.",
        "Wabah DBD menyerang puluhan anak di Kabupaten Garut sejak awal bulan.",
        "Penyanyi itu dibombardir pertanyaan wartawan soal rencana pernikahannya.",
        "Ledakan jumlah pemudik membuat antrean di Pelabuhan Merak mengular hingga lima kilometer.",
        "Petugas melepaskan tembakan peringatan ke udara untuk membubarkan kerumunan di Makassar.",
        "Kampanye calon presiden itu menyerang kebijakan pemerintah soal impor beras.",
        "Fraksi oposisi membombardir menteri keuangan dengan pertanyaan soal utang negara dalam rapat DPR.",
        "Harimau sumatera menyerang seorang petani di Kabupaten Solok hingga tewas.",
        "Seorang nelayan tewas diterkam buaya saat mencari ikan di Sungai Mahakam.",
    ],
)
def test_relevance_figurative_senses_make_no_event(nlp, text):
    doc = nlp(text)
    assert doc._.events == [], [(e.type, e.trigger) for e in doc._.events]


@pytest.mark.parametrize(
    "text",
    [
        "Macan Tamil menyerang pos militer Sri Lanka di Jaffna, menewaskan 12 tentara.",
        "Militan menghujani pos tentara dengan tembakan mortir.",
    ],
)
def test_relevance_senses_leave_armed_violence(nlp, text):
    """An animal's name in a group's name, a flood of gunfire: the senses of animals and words do not take them."""
    doc = nlp(text)
    assert "ATTACK" in [e.type for e in doc._.events]


def test_relevance_sense_is_found_where_the_trigger_stands(nlp):
    doc = nlp("Teh hijau mempercepat pembakaran lemak dalam tubuh.")
    at = doc.text.index("pembakaran")
    sense = doc._.relevance.sense_at(at, at + len("pembakaran"))
    assert sense is not None and sense.domain == "food"


def test_relevance_off_topic_sentence_in_a_relevant_article(nlp):
    text = ATTACK_REPORT + " Sementara itu, di laga Liga 1 Persipura bermain menyerang dan mencetak gol lewat tendangan penalti."
    doc = nlp(text)
    s = text.index("Sementara itu")
    assert doc._.relevance.off_topic_sentence(s, len(text)) == "sport"
    assert all(e.start < s for e in doc._.events)


def test_relevance_bad_data_names_file_and_key(monkeypatch):
    real = sig.load_yaml

    def broken(path):  # type: ignore[no-untyped-def]
        data = real(path)
        if path == sig.SIGNALS:
            data["document"]["ratio"] = -1
        return data

    monkeypatch.setattr(sig, "load_yaml", broken)
    sig.get_signals.cache_clear()
    try:
        with pytest.raises(TelikError) as err:
            sig.get_signals()
        assert "relevance/signals.yaml" in str(err.value) and "document.ratio" in str(err.value)
    finally:
        sig.get_signals.cache_clear()


def test_relevance_word_in_two_domains_is_refused(monkeypatch):
    real = sig.load_yaml

    def twice(path):  # type: ignore[no-untyped-def]
        data = real(path)
        if path == sig.SIGNALS:
            data["other"]["sport"].append("teroris")
        return data

    monkeypatch.setattr(sig, "load_yaml", twice)
    sig.get_signals.cache_clear()
    try:
        with pytest.raises(TelikError, match="'teroris' is listed under both topic and sport"):
            sig.get_signals()
    finally:
        sig.get_signals.cache_clear()


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 12), st.integers(1, 4)), max_size=12))
def test_longest_first_is_spacys_filter_spans(found):
    """The matches kept on tuples are the spans `filter_spans` keeps, in the same order (keys included)."""
    doc = Doc(Vocab(), words=["w"] * 16)
    matches = [(key, start, start + length) for key, start, length in found]
    spans = filter_spans([Span(doc, s, e, label=key) for key, s, e in matches])
    assert longest_first(matches) == [(sp.label, sp.start, sp.end) for sp in spans]


def test_relevance_a_headline_is_no_sentence_of_a_short_report(nlp):
    # a three-sentence flash under its headline keeps the short-text rule: the headline is no told sentence
    text = ("Rudal Rusia Hantam Pusat Perbelanjaan di Kharkiv, 6 Tewas\n\nKYIV – Serangan rudal Rusia menghantam sebuah "
            "pusat perbelanjaan bahan bangunan di Kharkiv, Ukraina, Sabtu (25/5/2024) sore. Sedikitnya enam orang tewas "
            "dan puluhan lainnya terluka, kata Gubernur Kharkiv Oleh Synehubov. Kebakaran besar melanda gedung itu.")
    doc = nlp(text)
    assert doc._.relevance.relevant
    assert [e.type for e in doc._.events] == ["MILITARY_OPERATION"]

"""telik_entities on hand-written sentences: labels, title-free names, linking, head words, acronyms."""
from __future__ import annotations

import pytest
import spacy

from telik.nlp.entities import component as _entities  # noqa: F401  (registers the factory)
from telik.nlp.extensions import ENTITY_CANDIDATES_KEY


@pytest.fixture(scope="module")
def ner():
    nlp = spacy.blank("id")
    nlp.add_pipe("telik_entities")
    return nlp


def ents(ner, text: str) -> dict[str, tuple[str, str]]:
    doc = ner(text)
    return {e.text: (e.label_, e._.canonical) for e in doc.ents}


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Serangan itu diklaim oleh kelompok ISIS di Suriah.", "ISIS", "ORG"),
        ("Densus 88 menangkap tiga terduga teroris di Poso.", "Densus 88", "ORG"),
        ("Pasukan Rusia menyerang Aleppo pada Senin.", "Aleppo", "GPE"),
        ("Pejabat Amerika Serikat (AS) membenarkan kabar itu.", "Amerika Serikat", "GPE"),
        ("Delegasi itu tiba di Moskow kemarin.", "Moskow", "GPE"),
        ("Polisi berjaga di Jawa Timur sepanjang malam.", "Jawa Timur", "GPE"),
        ("Kabar itu dilaporkan kantor berita Reuters.", "Reuters", "ORG"),
        ("Kelompok itu beroperasi di Timur Tengah.", "Timur Tengah", "LOC"),
        ("Ledakan terjadi di dekat Masjid Al-Nuri di Mosul.", "Masjid Al-Nuri", "FAC"),
    ],
)
def test_entities_gazetteer_labels(ner, text, name, label):
    assert ents(ner, text)[name][0] == label


@pytest.mark.parametrize(
    "text,person",
    [
        ("Hal itu disampaikan Jenderal Qais al-Mohamadawi dalam konferensi pers.", "Qais al-Mohamadawi"),
        ("Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi.", "Listyo Sigit Prabowo"),
        ("Pembicaraan itu dikatakan oleh Wakil Presiden Irak Ayad Allawi kemarin.", "Ayad Allawi"),
        ("\u201cKami siaga,\u201d kata Kombes Budi Santoso kepada wartawan.", "Budi Santoso"),
        ("\u201cAncaman masih ada,\u201d ujar Rina Marlina di Jakarta.", "Rina Marlina"),
        ("Menurut Colin P. Clarke, seorang analis di Soufan Group, ancaman meningkat.", "Colin P. Clarke"),
        ("Warga bernama Haryanto Wibisono mengatakan ledakan terdengar keras.", "Haryanto Wibisono"),
    ],
)
def test_entities_person_text_excludes_title(ner, text, person):
    found = ents(ner, text)
    assert found[person][0] == "PER"
    assert not any(t.startswith(("Jenderal", "Kapolri", "Presiden", "Kombes")) for t in found)


@pytest.mark.parametrize(
    "text,short,full",
    [
        ("Jenderal Qais al-Mohamadawi hadir. Menurut Mohamadawi, sel ISIS masih aktif.", "Mohamadawi",
         "Qais al-Mohamadawi"),
        ("Wakil Presiden Ayad Allawi berbicara. Allawi mengatakan dialog telah dimulai.", "Allawi", "Ayad Allawi"),
        ("Pemimpin ISIS, Abu Bakr al-Baghdadi, bersembunyi. Baghdadi tidak muncul.", "Baghdadi",
         "Abu Bakr al-Baghdadi"),
    ],
)
def test_entities_short_form_links_to_full_form(ner, text, short, full):
    found = ents(ner, text)
    assert found[short][0] == "PER"
    assert found[short][1] == found[full][1]


@pytest.mark.parametrize(
    "aliases",
    [
        ["ISIS", "IS", "Islamic State", "Negara Islam", "NIIS", "Daesh"],
        ["ISIS-K", "ISIS-Khorasan", "ISKP"],
        ["Al-Qaeda", "Al-Qaida"],
        ["AS", "Amerika Serikat"],
        ["PBB", "Perserikatan Bangsa-Bangsa"],
        ["RT", "Russia Today"],
    ],
)
def test_entities_aliases_share_canonical(ner, aliases):
    text = " ".join(f"Laporan kelompok {a} dibahas." for a in aliases)
    found = ents(ner, text)
    assert {found[a][1] for a in aliases} == {found[aliases[0]][1]}


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Kementerian intelijen Iran mengatakan telah menangkap 35 orang.", "Kementerian intelijen Iran", "ORG"),
        ("Milisi Brigade Babel mengeluarkan pernyataan.", "Brigade Babel", "ORG"),
        ("Pejuang Unit Mobilisasi Populer bergerak ke utara.", "Unit Mobilisasi Populer", "ORG"),
        ("Polda Sulawesi Tengah menurunkan personel.", "Polda Sulawesi Tengah", "ORG"),
        ("Jamaah salat di Masjid Istiqlal bertambah.", "Masjid Istiqlal", "FAC"),
        ("Pasukan bergerak ke timur Sungai Tigris.", "Sungai Tigris", "LOC"),
        ("Pertempuran berkobar di wilayah Irak Utara.", "Irak Utara", "LOC"),
    ],
)
def test_entities_unknown_names_by_head_word(ner, text, name, label):
    assert ents(ner, text)[name][0] == label


def test_entities_acronym_defined_in_text_takes_expansion_id(ner):
    found = ents(ner, "Dewan Pengawas Rakyat Nusantara (DPRN) menolak. Ketua DPRN hadir.")
    assert found["Dewan Pengawas Rakyat Nusantara"][0] == "ORG"
    assert found["DPRN"] == found["Dewan Pengawas Rakyat Nusantara"]


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Rakyat biasa datang ke pasar. Mereka pulang sore.", "Rakyat"),
        ("Barang itu dijual murah di toko.", "IS"),
        ("THIS IS A TEST of English words.", "IS"),
    ],
)
def test_entities_no_entity_in_plain_words(ner, text, absent):
    assert absent not in ents(ner, text)


def test_entities_unknown_person_gets_same_id_across_documents(ner):
    a = ents(ner, "\u201cKami siap,\u201d kata Hendra Kusuma Wijaya.")
    b = ents(ner, "Menurut Hendra Kusuma Wijaya, seorang pengamat, situasi aman.")
    assert a["Hendra Kusuma Wijaya"][1] == b["Hendra Kusuma Wijaya"][1] == "hendra_kusuma_wijaya"


def test_entities_candidates_kept_in_span_group(ner):
    doc = ner("Kelompok Negara Islam Irak dan Suriah menyerang Irak.")
    assert len(doc.spans[ENTITY_CANDIDATES_KEY]) >= len(doc.ents) >= 2


@pytest.mark.parametrize(
    "text,noise",
    [
        ("Iran memperingatkan Rusia.\n\nMEMBACA  Pembuat Twin Peaks Berbicara tentang Pembunuh Laura Palmer, "
         "Kembalinya, dan... Lebih Lanjut?\n\nTeheran membagikan informasi kepada Moskow.", ["Twin Peaks", "Laura Palmer"]),
    ],
)
def test_entities_nothing_in_removed_noise(processor, text, noise):
    from telik.model import Article

    result = processor.process(Article(id="t", text=text))
    assert {e.text for e in result.entities} >= {"Iran", "Rusia", "Teheran", "Moskow"}
    for e in result.entities:
        assert text[e.start:e.end] == e.text
        assert not any(n in e.text or e.text in n for n in noise)


def test_entities_component_regency_that_is_also_a_word(nlp):
    # Kabupaten Puncak after "di"; no weekday glued to it, no summit read as a place
    names = {(e.text, e.label_) for e in nlp("KKB menyerang pos TNI di Puncak pada Senin (1/4/2024).").ents}
    assert ("Puncak", "GPE") in names
    assert not any(e.text == "Puncak" for e in nlp("Puncak acara itu digelar di Jakarta.").ents)


def test_entities_component_no_name_runs_across_a_line_break(nlp):
    doc = nlp("Hal itu disampaikan Zunaidi Abdilah\n\nJauh sebelum itu, polisi sudah bersiaga.")
    assert all("\n" not in e.text for e in doc.ents)

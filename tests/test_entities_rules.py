"""telik_entities rules for unseen news: affix-shaped common words, office units between title and name,
place words, English joints, Arabic articles, common-word places and regencies."""
from __future__ import annotations

import pytest
import spacy

from telik.nlp.entities import component as _entities  # noqa: F401  (registers the factory)
from telik.nlp.entities.gazetteer import get_gazetteer
from telik.nlp.entities.rules import get_rules


@pytest.fixture(scope="module")
def ner():
    nlp = spacy.blank("id")
    nlp.add_pipe("telik_entities")
    return nlp


def ents(ner, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in ner(text).ents}


@pytest.mark.parametrize(
    "word,common",
    [
        ("pernyataan", True), ("pembinaan", True), ("keuangan", True), ("diberangkatkan", True),
        ("sinkronisasi", True), ("sebelumnya", True), ("ingatkan", True), ("keluarga", True),
        ("kurniawan", False), ("setiadi", False), ("hartono", False), ("matondang", False), ("wiranto", False),
    ],
)
def test_entities_rules_common_word_shapes(word, common):
    assert get_rules().is_common(word) is common


@pytest.mark.parametrize(
    "text,person,absent",
    [
        ("Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Rudi Hartono mengatakan hal itu.",
         "Rudi Hartono", "Penerangan Kodam XVII"),
        ("Menteri Pertahanan Ryamizard Ryacudu meninjau lokasi.", "Ryamizard Ryacudu", "Pertahanan Ryamizard Ryacudu"),
        ("Kabid Humas Polda Sumut Kombes Pol. Tatan Hidayat menyebut identitas pelaku.", "Tatan Hidayat",
         "Humas Polda Sumut"),
        ("Kepala Satgas Humas Damai Cartenz AKBP Benny Rumbiak menambahkan keterangan.", "Benny Rumbiak",
         "Damai Cartenz"),
        ("Polisi menangkap tersangka Abu Rara di rumahnya.", "Abu Rara", "Tersangka Abu Rara"),
        # the area of a command between its title and the commander's rank: no one, and not the town of Metro
        ("\"Ada yang membakar,\" kata Kapolda Metro Jaya Inspektur Jenderal Idham Aziz di Jakarta.", "Idham Aziz",
         "Metro Jaya"),
        ("\"Ada yang membakar,\" kata Kapolda Metro Jaya Inspektur Jenderal Idham Aziz di Jakarta.", "Idham Aziz",
         "Metro"),
        ("Kepala Penerangan Komando Operasi TNI Habema Letkol Inf Yogi Nugroho membenarkan kejadian itu.",
         "Yogi Nugroho", "Habema"),
        # a commander's area, a comma, then the rank and the name
        ("Kapolsek Antang Kalang, Iptu Budi Santoso mengatakan warga tenang.", "Budi Santoso", "Antang Kalang"),
        ("Sementara itu Kapolres Metro Bekasi, Kombes Asep Adi Saputra mengatakan pelaku ditangkap.",
         "Asep Adi Saputra", "Metro"),
        # a known place, then the rank: the commander is named
        ("Kapolda Papua Irjen Mathius Fakhiri mengatakan warga tenang.", "Mathius Fakhiri", "Papua Irjen"),
    ],
)
def test_entities_rules_unit_between_title_and_name(ner, text, person, absent):
    found = ents(ner, text)
    assert found.get(person) == "PER"
    assert absent not in found


@pytest.mark.parametrize(
    "text,labels",
    [
        # a unit's kind with its name after it stays a name
        ("Polsek Astana Anyar diserang dan korban dibawa ke RS Bhayangkara.",
         {"Polsek Astana Anyar": "ORG", "RS Bhayangkara": "FAC"}),
        # the office's country before a speaker is no part of his name
        ("Di Kairo, Wakil Presiden Suriah Faruq El-Shara mengatakan mahkamah itu tidak sah.",
         {"Faruq El-Shara": "PER", "Suriah": "GPE"}),
        ("Pelatih Bima Sakti mengatakan timnya siap.", {"Bima Sakti": "PER"}),  # a town, not a realm
        # a territory and its city of one name
        ("Pemerintah Hong Kong melarang impor unggas dari Makau.", {"Hong Kong": "GPE", "Makau": "GPE"}),
        # the body after an office is no person
        ("Ketua MK saat itu Jimly Asshiddiqie menolak permohonan itu.", {"MK": "ORG", "Jimly Asshiddiqie": "PER"}),
    ],
)
def test_entities_rules_names_and_their_labels(ner, text, labels):
    found = ents(ner, text)
    assert {name: found.get(name) for name in labels} == labels


def test_entities_rules_dki_is_jakarta_province_not_a_person(ner):
    found = ents(ner, "kata Gubernur DKI terpilih Anies Baswedan usai rapat.")
    assert (found.get("DKI"), found.get("Anies Baswedan")) == ("GPE", "PER")


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Keluarga Abedi menolak berkomentar.", "Keluarga Abedi"),
        ("Pernyataan Wiranto itu menuai kritik.", "Pernyataan Wiranto"),
        ("Jenazah Wiwit dimakamkan kemarin sore.", "Jenazah Wiwit"),
        ("Sinkronisasi Anies-Sandi berjalan lambat.", "Sinkronisasi Anies-Sandi"),
        ("Mereka dijerat Undang-Undang Nomor 5 Tahun 2018 tentang terorisme.", "Undang-Undang Nomor"),
        ("Polisi berjaga menjelang Idul Adha di kota itu.", "Idul Adha"),
        # the subject of a law and an election's word are no names
        ("Ia dijerat UU nomor 20 tahun 2001 tentang Pemberantasan Tindak Pidana Korupsi juncto Pasal 64.",
         "Pemberantasan Tindak Pidana Korupsi"),
        ("Ia dijerat UU nomor 20 tahun 2001 tentang Pemberantasan Tindak Pidana Korupsi juncto Pasal 64.",
         "Tindak Pidana Korupsi"),
        ("Ridwan Kamil maju di Pilgub Jabar 2019.", "Pilgub"),
        # a unit or an institution named by its kind alone
        ("Tiba-tiba ada laki-laki masuk ke Polsek mengacungkan senjata tajam.", "Polsek"),
        ("Korban sekarang dibawa ke RS di Bandung.", "RS"),
        ("Penduduk mengatakan jumlah korban tewas bisa lebih banyak.", "Penduduk"),
        # a commander's office with no one named: its area is no person ("Jaya") and no town ("Metro")
        ("Dora Natalia mendapat penghargaan dari Kapolda Metro Jaya.", "Jaya"),
        ("Yang disampaikan pak Kapolda Metro, dimohon untuk menunda sidang.", "Metro"),
        ("Yang disampaikan pak Kapolda Metro, dimohon untuk menunda sidang.", "Kapolda Metro"),
        ("Pangdam Diponegoro mengatakan situasi aman.", "Diponegoro"),
    ],
)
def test_entities_rules_words_that_name_no_one(ner, text, absent):
    assert absent not in ents(ner, text)


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Tim menangkap tiga orang di Kampung Sawah Lor dan Binjai.", "Kampung Sawah Lor", "GPE"),
        ("Pasukan itu dikerahkan ke Wadi Kharbat sejak Juli.", "Wadi Kharbat", "GPE"),
        ("Lembaga pemantau Syrian Observatory for Human Rights melaporkan serangan itu.",
         "Syrian Observatory for Human Rights", "ORG"),
        ("Pesawat Susi Air dibakar kelompok bersenjata.", "Susi Air", "ORG"),
        ("Bus itu disergap di dekat Al-Mayadin pada Agustus.", "Al-Mayadin", "GPE"),
        ("Pangkalan militer AS di At-Tanf diserang.", "At-Tanf", "GPE"),
        ("Kodam XVII/Cenderawasih mengirim bantuan.", "Kodam XVII/Cenderawasih", "ORG"),
        ("Sekelompok pria menyerang Hotel Bandar Nuur di Mogadishu.", "Hotel Bandar Nuur", "FAC"),
        ("Jaringan JAD di Deli Serdang dan Parigi Moutong masih aktif.", "Deli Serdang", "GPE"),
        ("Polisi menyisir wilayah Solo Raya sejak pagi.", "Solo Raya", "LOC"),
        ("Terduga teroris ditangkap di Serang, Banten.", "Serang", "GPE"),
    ],
)
def test_entities_rules_places_and_bodies(ner, text, name, label):
    assert ents(ner, text).get(name) == label


@pytest.mark.parametrize(
    "text,absent",
    [
        ("KKB Serang Pos TNI di Nduga\nKelompok itu menyerang pos.", "Serang"),
        ("Umat Kristiani merayakan Natal dengan aman.", "Natal"),
        ("Keempat tersangka berinisial RH (34), MA (27) dan FN (22).", "MA"),
        ("Satgas Madago Raya Buru Sisa DPO MIT Poso\nAparat terus memburu mereka.", "Satgas Madago Raya Buru Sisa DPO"),
        ("Polres Sleman Perketat Penjagaan Gereja\nPolisi memperketat penjagaan.", "Polres Sleman Perketat"),
        ("\"Alhamdulillah Hirrabbil Alamiin, dia sudah bebas,\" kata Kapolda.", "Alhamdulillah Hirrabbil Alamiin"),
    ],
)
def test_entities_rules_common_word_places_need_context(ner, text, absent):
    assert absent not in ents(ner, text)


@pytest.mark.parametrize(
    "alias,canonical,parent",
    [
        ("Deli Serdang", "deli_serdang", "north_sumatra"),
        ("Parigi Moutong", "parigi_moutong", "central_sulawesi"),
        ("Nduga", "nduga", "highland_papua"),
        ("Intan Jaya", "intan_jaya", "central_papua"),
    ],
)
def test_entities_rules_regencies_in_gazetteer(alias, canonical, parent):
    entry = get_gazetteer().lookup(alias)
    assert entry is not None and entry.canonical == canonical and entry.parent == parent


def test_entities_rules_honour_heads_must_be_prefix_heads():
    from pydantic import ValidationError

    from telik.nlp.entities.rules import OrgHeadsFile

    assert OrgHeadsFile(prefix={"Masjid": "FAC"}, suffix={}, honour_heads=("Masjid",)).honour_heads == ("Masjid",)
    with pytest.raises(ValidationError, match="Bandara"):
        OrgHeadsFile(prefix={"Masjid": "FAC"}, suffix={}, honour_heads=("Masjid", "Bandara"))


def test_entities_rules_lower_heads_must_be_place_heads(tmp_path):
    from pydantic import ValidationError

    from telik.errors import TelikError
    from telik.nlp.entities.rules import OrgHeadsFile, feature_heads
    from telik.nlp.entities.terrain import TerrainHeadsFile

    heads = OrgHeadsFile(prefix={"Hutan": "LOC", "Danau": "LOC", "Kantor Polisi": "FAC"}, suffix={})
    terrain = TerrainHeadsFile(features=("hutan", "danau"), own_name=("danau",), areas=("desa",))
    assert feature_heads(heads, terrain, tmp_path / "t.yaml") == {"hutan", "danau"}
    assert terrain.all_heads == ("hutan", "danau", "desa")
    with pytest.raises(TelikError, match="kantor polisi"):
        feature_heads(heads, TerrainHeadsFile(features=("hutan", "kantor polisi")), tmp_path / "t.yaml")
    with pytest.raises(ValidationError, match="teluk"):
        TerrainHeadsFile(features=("hutan",), own_name=("teluk",))


def test_entities_rules_events_read_the_entities_terrain_heads():
    from telik.nlp.entities.rules import get_rules
    from telik.nlp.events.lexicon import get_event_lexicon

    rules, events = get_rules(), set(get_event_lexicon().lists["terrain_heads"])
    assert rules.lower_heads < events and rules.own_name_heads < rules.lower_heads
    assert {"desa", "perairan"} <= events - rules.lower_heads  # the events' fallback is the broader list


@pytest.mark.parametrize("one,other,same", [
    ("Hassan", "Hasan", True),
    ("Baasyir", "Bashir", True),
    ("Zelenskiy", "Zelenskyy", True),
    ("Soeharto", "Suharto", True),
    ("al", "", True),
    ("Lee", "Le", False),
    ("Hasan", "Husin", False),
])
def test_entities_rules_spelling_key(one, other, same):
    from telik.nlp.entities.spelling import get_spelling

    key = get_spelling().key
    assert (key(one.lower()) == key(other.lower())) is same


def test_entities_rules_phrase_cut_off_by_the_end_is_no_match():
    from telik.nlp.entities.rules import Phrases

    directions = Phrases(["timur", "timur laut"])
    assert directions.match(["jakarta", "timur"], 1) == 1
    assert directions.match(["jakarta", "timur", "laut"], 1) == 2


def test_entities_rules_text_ending_in_a_place_and_direction(ner):
    found = ents(ner, "Terdakwa menjalani sidang di Pengadilan Negeri Jakarta Timur")
    assert found.get("Pengadilan Negeri Jakarta Timur") == "ORG"


@pytest.mark.parametrize(
    "text,name,label",
    [
        # a name after "dipimpin"/"pimpinan"/"bernama" is a person, though the trained NER misses it
        ("Kapolri juga menyatakan bahwa KKB tersebut dipimpin Egianus Kogoya.", "Egianus Kogoya", "PER"),
        ("Kelompok MIT pimpinan Ali Kalora masih diburu.", "Ali Kalora", "PER"),
        # a listed place there stays a place
        ("Pasukan koalisi pimpinan Arab Saudi menyerang Sanaa.", "Arab Saudi", "GPE"),
    ],
)
def test_entities_rules_naming_words_introduce_people(nlp, text, name, label):
    assert ents(nlp, text).get(name) == label  # the whole pipeline: its NER drops names nobody proposes

"""telik_entities on names that news writes in pieces: place lists, long unit names, short forms and
aliases, names that are not people, and the labels and ids those names take within one article."""
from __future__ import annotations

import pytest

from telik.nlp.entities.rules import get_rules


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def ids(nlp, text: str) -> dict[str, str]:
    return {e.text: e._.canonical for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text,names",
    [
        ("Warga mengungsi dari Desa Wonorejo dan Desa Sukamaju sejak Senin.", ["Desa Wonorejo", "Desa Sukamaju"]),
        ("Polisi berjaga di Kota Blitar dan Kabupaten Kediri selama sepekan.", ["Kota Blitar", "Kabupaten Kediri"]),
        ("Pos itu berada di antara Kampung Wandai dan Kampung Jalae.", ["Kampung Wandai", "Kampung Jalae"]),
    ],
)
def test_entities_names_place_lists_split_at_dan(nlp, text, names):
    found = ents(nlp, text)
    for name in names:
        assert found.get(name) == "GPE", found
    assert not any(" dan " in name for name in found)


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Prajurit dari Batalyon Infanteri ke-512 tiba di lokasi.", "Batalyon Infanteri ke-512", "ORG"),
        ("Laporan itu dikutip dari Pacific Island News Agency kemarin.", "Pacific Island News Agency", "ORG"),
        ("Rapat digelar di Kementerian Koordinator Bidang Pembangunan Manusia, Kebudayaan, dan Olahraga pagi tadi.",
         "Kementerian Koordinator Bidang Pembangunan Manusia, Kebudayaan, dan Olahraga", "ORG"),
        ("Serangan itu diklaim Negara Islam Provinsi Sinai lewat Telegram.", "Negara Islam Provinsi Sinai", "ORG"),
        ("Personel Komando Pasukan Khusus (Kopassus) 2 dikerahkan ke sana.",
         "Komando Pasukan Khusus (Kopassus) 2", "ORG"),
    ],
)
def test_entities_names_long_names_stay_whole(nlp, text, name, label):
    assert ents(nlp, text).get(name) == label


def test_entities_names_entity_list_is_not_one_name(nlp):
    found = ents(nlp, "Kementerian Pertahanan, Polri, dan TNI menggelar rapat bersama.")
    assert found.get("Kementerian Pertahanan") == "ORG"
    assert found.get("Polri") == "ORG" and found.get("TNI") == "ORG"


def test_entities_names_numbered_unit_takes_listed_id(nlp):
    found = ids(nlp, "Tim Detasemen Khusus (Densus) 88 menggeledah rumah itu, lalu Densus 88 membawa dua orang.")
    assert found["Detasemen Khusus (Densus) 88"] == found["Densus 88"] == "densus_88"


def test_entities_names_short_form_inside_a_listed_name(nlp):
    found = ids(nlp, "AR tewas dalam kontak tembak dengan personel Satuan Tugas (Satgas) Madago Raya di Parigi Moutong.")
    assert found["Satuan Tugas (Satgas) Madago Raya"] == "satgas_madago_raya"
    # a listed body after the brackets is the parent, not part of the name
    found = ents(nlp, "Badan Reserse Kriminal (Bareskrim) Polri menangkap tersangka.")
    assert found.get("Bareskrim") == "ORG" and found.get("Polri") == "ORG"


def test_entities_names_branch_of_listed_group_is_the_group(nlp):
    found = ids(nlp, "Tentara menewaskan dua anggota Negara Islam Provinsi Khorasan di Kunar.")
    assert found["Negara Islam Provinsi Khorasan"] == "isis_k"


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Wakil Direktur OCHRA, Maria Lopez, menyebut bantuan tertahan.", "OCHRA"),
        ("Houthi menyerang kapal tanker Marlin Luanda di Teluk Aden.", "Marlin Luanda"),
        ("Militer menembakkan rudal Tomahawk ke pangkalan itu.", "Tomahawk"),
        ("Pelaku Bom Gereja Divonis Seumur Hidup", "Divonis"),
        ("Kepala Bidang Komunikasi Publik, Rina Hartati, membenarkan.", "Komunikasi"),
        ("Simak berita lainnya. Follow Twitter @kabarkita untuk kabar terbaru.", "Follow Twitter"),
    ],
)
def test_entities_names_not_people(nlp, text, absent):
    found = ents(nlp, text)
    assert found.get(absent) != "PER", found


@pytest.mark.parametrize(
    "text,name,label,canonical",
    [
        ("Jet tempur menyerang Saada dan Marib pada malam hari.", "Saada", "GPE", "saada"),
        ("Perusahaan pelayaran Maersk menghentikan rute itu.", "Maersk", "ORG", "maersk"),
        ("Abu Sayyaf menyerang pos tentara di Patikul, Sulu.", "Patikul", "GPE", "patikul"),
        ("Ledakan kecil terjadi di sebuah rumah di Cakung, Senin.", "Cakung", "GPE", "cakung"),
        ("Anggota Dawlah Islamiyah menyerah di Butig.", "Dawlah Islamiyah", "ORG", "maute"),
        ("Bantuan UNRWA tidak bisa masuk ke Rafah.", "UNRWA", "ORG", "unrwa"),
        ("Juru bicara TPNPB-OPM mengklaim serangan itu.", "TPNPB-OPM", "ORG", "tpnpb_opm"),
    ],
)
def test_entities_names_listed_places_and_bodies(nlp, text, name, label, canonical):
    found = [(e.label_, e._.canonical) for e in nlp(text).ents if e.text == name]
    assert found == [(label, canonical)]


def test_entities_names_given_name_links_to_full_name(nlp):
    doc = nlp("Polisi menangkap Agus Setiawan di Solo. Menurut penyidik, Agus menyimpan bahan peledak.")
    found = [(e.text, e.label_, e._.canonical) for e in doc.ents if e.text.startswith("Agus")]
    assert found == [("Agus Setiawan", "PER", "agus_setiawan"), ("Agus", "PER", "agus_setiawan")]


def test_entities_names_shared_given_name_stays_unlinked(nlp):
    doc = nlp("Agus Setiawan dan Agus Salim ditangkap. Agus menolak berkomentar.")
    ids = {e.text: e._.canonical for e in doc.ents}
    assert ids.get("Agus") not in ("agus_setiawan", "agus_salim")


@pytest.mark.parametrize("text,name,other", [
    ("Hakim memvonis Dedi Purnama alias Abu Umar (41) dengan enam tahun penjara.", "Dedi Purnama", "Abu Umar"),
    ("Polisi menetapkan Sunarto alias Pak Jenggot sebagai DPO. Pak Jenggot diduga menyimpan bahan peledak.",
     "Sunarto", "Jenggot"),
    ("Densus menangkap Yusuf Maulana, yang dikenal sebagai Abu Ridwan, di Cikarang.", "Yusuf Maulana", "Abu Ridwan"),
    ("Komandan milisi itu, Hamid Usman atau yang dikenal sebagai Kumander Bravo, tewas di Lanao del Sur.",
     "Hamid Usman", "Kumander Bravo"),
    ("Pemimpin kelompok itu, Lukas Tabuni yang akrab disapa Lekagak, diburu aparat di Puncak.", "Lukas Tabuni",
     "Lekagak"),
])
def test_entities_names_alias_is_the_same_person(nlp, text, name, other):
    found = ids(nlp, text)
    assert found.get(other) == found[name], found


def test_entities_names_place_label_agrees_within_article(nlp):
    doc = nlp("Bom meledak di dekat kota Al-Mushairfa. Pasukan menyisir desa-desa sekitar Al-Mushairfa kemarin.")
    assert {(e.text, e.label_) for e in doc.ents if e.text == "Al-Mushairfa"} == {("Al-Mushairfa", "GPE")}


@pytest.mark.parametrize(
    "text,name,absent",
    [
        ("Tentara Thailand menembak dua gerilyawan.", "Thailand", "Tentara Thailand"),
        ("Jet Tempur AS-Rusia Nyaris Bertabrakan di Suriah", "AS", "AS-Rusia"),
    ],
)
def test_entities_names_country_inside_common_phrase(nlp, text, name, absent):
    found = ents(nlp, text)
    assert found.get(name) == "GPE" and absent not in found


@pytest.mark.parametrize(
    "text,street,place",
    [
        ("Polisi menutup Jalan Letjen Suprapto, Cempaka Putih, sejak pagi.", "Jalan Letjen Suprapto", "Cempaka Putih"),
        ("Rumah itu berada di Jl. KH Ahmad Dahlan, Kebayoran Baru.", "Jl. KH Ahmad Dahlan", "Kebayoran Baru"),
    ],
)
def test_entities_names_street_then_district(nlp, text, street, place):
    found = ents(nlp, text)
    assert found.get(street) == "FAC" and found.get(place) == "GPE", found


def test_entities_names_acronym_of_listed_body_takes_its_id(nlp):
    found = ids(nlp, "Direktur Badan Intelijen Pusat AS (CIA) tiba di Doha.")
    assert found["Badan Intelijen Pusat AS"] == found["CIA"] == "cia"


def test_entities_names_acronym_spelled_out_otherwise_is_local(nlp):
    found = ids(nlp, "Pasukan Angkatan Bersenjata Filipina (AFP) bergerak. Juru bicara AFP membenarkan.")
    assert found["AFP"] == found["Angkatan Bersenjata Filipina"] != "afp"


@pytest.mark.parametrize("word", ["divonis", "tertangkap", "diserang", "komunikasi", "koordinasi", "follow"])
def test_entities_names_common_word_shapes(word):
    assert get_rules().is_common(word)


@pytest.mark.parametrize("word", ["dimas", "diana", "berlin", "teguh", "anastasia"])
def test_entities_names_given_names_are_not_common(word):
    assert not get_rules().is_common(word)


def test_entities_names_a_surname_that_is_also_a_town_is_the_person(nlp):
    """"Kamal" is a town in Madura; after "Ahmad Kamal" in the same article it is the spokesman."""
    doc = nlp("Kabid Humas Polda Papua Kombes Ahmad Kamal membenarkan kejadian itu. "
              "Menurut Kamal, tim gabungan sudah berangkat ke Nduga.")
    kamal = [(e.text, e.label_, e._.canonical) for e in doc.ents if e.text == "Kamal"]
    assert kamal and all(label == "PER" and canonical == "ahmad_kamal" for _, label, canonical in kamal)


def test_entities_names_initials_of_suspects_are_no_names(nlp):
    """"berinisial D alias AIA, AS dan MK": "AS" is a suspect's initials, not the United States."""
    doc = nlp("Densus 88 menangkap tiga terduga teroris berinisial D alias AIA, AS dan MK di Lampung. "
              "Tim juga menangkap dua orang berinisial HD (41) dan SW (29) di Bekasi.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Densus 88", "ORG"), ("Lampung", "GPE"), ("Bekasi", "GPE")]


@pytest.mark.parametrize("text", [
    "Tim Densus 88 menggeledah rumah terduga teroris berinisial AS di Sukoharjo. Polisi menyebut penangkapan AS "
    "merupakan pengembangan kasus sebelumnya.",
    "Seorang pria berinisial MA (31) ditangkap di Makassar. Dari rumah MA, petugas menyita dua pucuk senjata rakitan.",
])
def test_entities_names_initials_stay_initials_wherever_they_recur(nlp, text):
    """Initials the article gave a suspect are his later too: "penangkapan AS" is no United States, "rumah MA" no
    Supreme Court."""
    doc = nlp(text)
    assert not [e.text for e in doc.ents if e.text in ("AS", "MA")]


def test_entities_names_holy_month_is_a_time_and_a_name(nlp):
    """"menjelang Ramadhan" names a month; "Brigjen Ahmad Ramadhan" is the police spokesman, whole."""
    doc = nlp("Polisi meningkatkan pengamanan menjelang Ramadhan di Poso. "
              "Karo Penmas Divisi Humas Polri Brigjen Ahmad Ramadhan membenarkan hal itu.")
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Ahmad Ramadhan", "PER") in found
    assert not any(text == "Ramadhan" for text, _ in found)


@pytest.mark.parametrize(
    "text,body,person",
    [
        ("Pertemuan itu tertutup, kata juru bicara Taliban Zahibullah Mujahid.", "Taliban", "Zahibullah Mujahid"),
        ("Juru bicara polisi Yobe Dungus Abdulkarim mengatakan serangan terjadi Minggu.", "Yobe", "Dungus Abdulkarim"),
        ("Kanselir Austria Sebastian Kurz mengatakan empat orang tewas.", "Austria", "Sebastian Kurz"),
    ],
)
def test_entities_names_body_or_place_before_a_name_is_no_part_of_it(nlp, text, body, person):
    """The body or place a spokesman speaks for stands before the name: two entities, not one person."""
    found = ents(nlp, text)
    assert found.get(person) == "PER" and body in found


def test_entities_names_head_word_decides_an_unlisted_name(nlp):
    """"Hotel Sultan" is a facility whatever kind of name the NER took it for."""
    assert ents(nlp, "\"Saya menyelamatkan diri,\" kata Yudo kepada wartawan di Hotel Sultan, Jakarta.")[
        "Hotel Sultan"] == "FAC"


def test_entities_names_numbered_command_of_a_listed_body(nlp):
    """"Kogabwilhan III" is one body, written bare or after its spelt-out name, with one id."""
    bare = ids(nlp, "Kepala Penerangan Kogabwilhan III, Kol Czi IGN Suriastawa mengatakan dua orang tewas.")
    spelt = ids(nlp, "Kepala Penerangan Komando Gabungan Wilayah Pertahanan (Kogabwilhan) III, Kolonel Czi IGN "
                     "Suriastawa membenarkan.")
    assert bare["Kogabwilhan III"] == "kogabwilhan_iii"
    assert "kogabwilhan_iii" in spelt.values()
    assert bare["IGN Suriastawa"] == "ign_suriastawa"


def test_entities_names_town_named_beside_alias_is_the_person(nlp):
    """"Husain alias Abu Hamzah": Husain is the suspect everywhere in the article, though a town is called so."""
    doc = nlp("Polisi bernegosiasi dengan istri terduga teroris, Husain alias Abu Hamzah, di Sibolga. "
              "Polisi melibatkan sang suami, Husain, agar segera menyerahkan diri.")
    husain = [(e.label_, e._.canonical) for e in doc.ents if e.text == "Husain"]
    assert len(husain) == 2 and {label for label, _ in husain} == {"PER"}
    assert len({canonical for _, canonical in husain}) == 1


def test_entities_names_province_is_no_surname(nlp):
    """"Trans Papua" is the road; "Papua" after "Nduga," stays the province."""
    found = ents(nlp, "Para pekerja proyek Trans Papua dibunuh secara kejam di Nduga, Papua, pada awal Desember.")
    assert found == {"Trans Papua": "FAC", "Nduga": "GPE", "Papua": "GPE"}


def test_entities_names_units_named_after_a_place_share_the_places_id(nlp):
    """"Polda Sulteng" and "Polda Sulawesi Tengah" are one body; a listed name then its parent's is the listed body."""
    found = ids(nlp, "Polda Sulteng menurunkan pasukan. Polda Sulawesi Tengah juga meminta bantuan. "
                     "Detasemen Khusus 88 Antiteror Polri menangkap dua orang.")
    assert found["Polda Sulteng"] == found["Polda Sulawesi Tengah"] == "polda_central_sulawesi"
    assert found["Detasemen Khusus 88 Antiteror Polri"] == "densus_88"


@pytest.mark.parametrize(
    "text,person,unit",
    [
        ("Ketua DPP Partai Golkar Ahmad Suryanto mengatakan rapat ditunda.", "Ahmad Suryanto", "Partai Golkar"),
        ("Ketua Komite Etik Rahmat Santosa mengatakan laporan itu diterima.", "Rahmat Santosa", None),
        ("Menteri Hukum dan Hak Asasi Manusia Bambang Wirawan hadir di sana.", "Bambang Wirawan", None),
        ("Menteri Pemuda dan Olahraga Dedi Kurniawan membuka acara.", "Dedi Kurniawan", None),
        ("Juru Bicara Komisi Pemberantasan Korupsi Yanto Prasetyo mengatakan perkara berlanjut.", "Yanto Prasetyo",
         "Komisi Pemberantasan Korupsi"),
        ("Sekretaris Kabinet Rudi Hartanto menulis di Twitter.", "Rudi Hartanto", None),
        ("Laporan itu disampaikan Ketua Mahkamah Konstitusi Mahfud MD kepada presiden.", "Mahfud MD",
         "Mahkamah Konstitusi"),
        ("Kepala Bidang Hubungan Masyarakat Polda Sumatera Utara Komisaris Besar Tatan Dirsan mengatakan "
         "peristiwa itu terjadi malam hari.", "Tatan Dirsan", "Polda Sumatera Utara"),
        ("Direktur Tindak Pidana Ekonomi Khusus Bareskrim Brigadir Jenderal Budi Waseso mengatakan kasus itu "
         "diusut.", "Budi Waseso", "Bareskrim"),
    ],
)
def test_entities_names_office_unit_is_no_part_of_the_name(nlp, text, person, unit):
    """The office's body, acronym or portfolio between a title and a name is not the person's name."""
    found = ents(nlp, text)
    assert found.get(person) == "PER", found
    assert all(unit is None or label != "PER" or name == person for name, label in found.items()), found
    if unit:
        assert found.get(unit) == "ORG", found


def test_entities_names_unknown_word_out_of_a_place_slot_is_no_place(nlp):
    """A one-word name nobody lists, used as a sentence's subject, is not taken for a place."""
    found = ents(nlp, "Apalagi, Hasto merupakan salah satu orang yang mengetahui rapat itu.")
    assert "GPE" not in found.values() and "LOC" not in found.values(), found


def test_entities_names_alias_names_the_person_everywhere(nlp):
    """Every later bare use of a name written beside "alias" is that person, even where the model missed it."""
    doc = nlp("Polisi memburu Sardi alias Abu Fauzan di hutan. Keluarga meminta Sardi segera menyerahkan diri.")
    sardi = [e for e in doc.ents if e.text == "Sardi"]
    assert [e.label_ for e in sardi] == ["PER", "PER"]
    assert len({e._.canonical for e in sardi}) == 1


def test_entities_names_company_office_is_a_title(nlp):
    """"Direktur Utama" is one title: "Utama" is no part of the name after it."""
    found = ents(nlp, "Direktur Utama Budi Hartono mengatakan kereta bandara siap beroperasi.")
    assert found == {"Budi Hartono": "PER"}


def test_entities_names_indonesian_city_before_a_name_is_the_place(nlp):
    """"budayawan Magelang Sutanto Mendut": the city is the person's place, not his given name."""
    found = ents(nlp, "Acara itu dihadiri budayawan Magelang Sutanto Mendut dan sejumlah penyair.")
    assert found.get("Magelang") == "GPE" and found.get("Sutanto Mendut") == "PER", found


def test_entities_names_title_word_inside_a_name(nlp):
    """"Hakim" between two names is part of the name; before a name it stays the judge's title."""
    assert ents(nlp, "Acara itu dipimpin Menteri Agama Lukman Hakim Saifuddin bersama pejabat lain.") == {
        "Lukman Hakim Saifuddin": "PER"}
    assert ents(nlp, "Putusan itu dibacakan Hakim Binsar Gultom di pengadilan.") == {"Binsar Gultom": "PER"}


def test_entities_names_list_of_victims(nlp):
    """A one-word name or a shortened given name between people in a list is a person too."""
    found = ents(nlp, "Korban tewas yakni Jepry Simaremare, Carly Zatrino, Alpianus, Muh. Agus, Fais Syahputra, "
                      "Yousafat, dan M. Ali Akbar.")
    for name in ("Jepry Simaremare", "Carly Zatrino", "Alpianus", "Muh. Agus", "Fais Syahputra", "Yousafat",
                 "M. Ali Akbar"):
        assert found.get(name) == "PER", (name, found)


def test_entities_names_list_of_places_stays_places(nlp):
    found = ents(nlp, "Pelaku merencanakan serangan di Jakarta, Bandung dan Surabaya.")
    assert found == {"Jakarta": "GPE", "Bandung": "GPE", "Surabaya": "GPE"}


def test_entities_names_address_levels_are_separate_places(nlp):
    """"Distrik Paro Kabupaten Nduga Papua Pegunungan" written without commas is still three places."""
    found = ents(nlp, "Penembakan terjadi di Distrik Paro Kabupaten Nduga Papua Pegunungan kemarin.")
    assert found == {"Distrik Paro": "GPE", "Kabupaten Nduga": "GPE", "Papua Pegunungan": "GPE"}


def test_entities_names_one_name_in_either_order_is_one_person(nlp):
    doc = nlp("Juru bicara polisi Negara Bagian Yobe Abdulkarim Dungus mengatakan serangan itu terjadi malam hari. "
              "Menurut Dungus Abdulkarim, para pelaku kabur ke hutan.")
    people = {e.text: e._.canonical for e in doc.ents if e.label_ == "PER"}
    assert set(people) == {"Abdulkarim Dungus", "Dungus Abdulkarim"}, people
    assert len(set(people.values())) == 1
    assert {e.text: e.label_ for e in doc.ents}.get("Negara Bagian Yobe") == "GPE"


def test_entities_names_paper_described_by_its_country(nlp):
    """"Harian Inggris The Guardian, Senin": a British daily, the listed paper, and a weekday ends the name."""
    found = ents(nlp, "Harian Inggris The Guardian Senin kemarin melaporkan ada korban lain.")
    assert found == {"Inggris": "GPE", "The Guardian": "ORG"}


def test_entities_names_joining_vowel_between_hyphens(nlp):
    assert ents(nlp, "Tahanan dibebaskan dari Penjara Pul-e-Charkhi dekat Kabul.") == {
        "Penjara Pul-e-Charkhi": "FAC", "Kabul": "GPE"}


@pytest.mark.parametrize("region", ["Florida", "Punjab", "Rakhine", "Johor"])
def test_entities_names_regions_of_other_countries_are_places(nlp, region):
    """First-level regions abroad (generated regions.tsv) are places, not the people the model may guess."""
    found = ents(nlp, f"Penembakan itu terjadi di sebuah klub malam, {region}, pada Minggu dini hari.")
    assert found.get(region) == "GPE", found


@pytest.mark.parametrize(
    "text,person",
    [
        ("Kursinya kemudian diisi Agus setelah rapat pleno partai pekan lalu.", "Agus"),
        ("Dalam rapat itu Bambang menolak usulan kenaikan anggaran.", "Bambang"),
        ("Jabatan itu kini dipegang Hendra Gunawan dari daerah pemilihan Jawa Tengah.", "Hendra Gunawan"),
    ],
)
def test_entities_names_listed_name_words_are_people(nlp, text, person):
    """person_names.txt: a word that is nearly always a name is a person's, whatever the NER called it."""
    assert ents(nlp, text).get(person) == "PER"


def test_entities_names_person_names_file_holds_no_common_word():
    rules = get_rules()
    assert rules.person_names and not rules.person_names & rules.common


def test_entities_names_one_name_word_after_a_listed_body(nlp):
    found = ents(nlp, "Sebelumnya, Ketua Umum Hanura Wiranto mengaku belum membahas koalisi.")
    assert found.get("Wiranto") == "PER" and found.get("Hanura") == "ORG", found
    assert "Hanura Wiranto" not in found


def test_entities_names_a_rank_after_a_listed_body_is_no_name(nlp):
    found = ents(nlp, "Kabagops Densus 88 Kombes Pol Aswin Siregar mengatakan penangkapan berlangsung tertib.")
    assert found.get("Aswin Siregar") == "PER" and "Kombes" not in found, found


@pytest.mark.parametrize("text,name,canonical", [
    ("Sekretaris Kemenpora Wafid Muharram diperiksa penyidik.", "Kemenpora", "kemenpora"),
    ("Kepala SKK Migas Rudi Rubiandini ditangkap di rumahnya.", "SKK Migas", "skk_migas"),
    ("Politikus Nasional Demokrat itu membantah tuduhan tersebut.", "Nasional Demokrat", "nasdem"),
])
def test_entities_names_state_bodies_by_short_name(nlp, text, name, canonical):
    assert ids(nlp, text).get(name) == canonical


def test_entities_names_another_countrys_ministry_keeps_its_country(nlp):
    found = ents(nlp, "Juru bicara Kementerian Dalam Negeri Taliban mengatakan serangan itu menewaskan dua orang.")
    assert found.get("Kementerian Dalam Negeri Taliban") == "ORG", found


@pytest.mark.parametrize("text,name,canonical", [
    ("Massa berkumpul di Stadion Gelora Bung Karno sejak pagi.", "Stadion Gelora Bung Karno", "gelora_bung_karno"),
    ("Aksi itu berlangsung di atap Gedung Kura-kura, Senayan.", "Gedung Kura-kura", "gedung_dpr_mpr"),
])
def test_entities_names_listed_facilities(nlp, text, name, canonical):
    found = {e.text: (e.label_, e._.canonical) for e in nlp(text).ents}
    assert found.get(name) == ("FAC", canonical), found


@pytest.mark.parametrize("text,body", [
    ("Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Dedi Prasetyo mengatakan hal itu.",
     "Divisi Humas Polri"),
    ("Kepala Bagian Penerangan Umum Divisi Humas Mabes Polri Kombes Ahmad Ramadhan mengatakan hal itu.",
     "Divisi Humas Mabes Polri"),
])
def test_entities_names_office_section_after_a_title_is_part_of_the_office(nlp, text, body):
    found = ids(nlp, text)
    assert found.get(body) == "divhumas_polri", found
    assert not any(name.startswith(("Biro", "Bagian")) for name in found)


def test_entities_names_office_section_without_a_title_is_a_body(nlp):
    found = ents(nlp, "Biro Penerangan Masyarakat Divisi Humas Polri menggelar jumpa pers di Jakarta.")
    assert found.get("Biro Penerangan Masyarakat Divisi Humas Polri") == "ORG", found


@pytest.mark.parametrize("text", [
    "Serangan di desa Mafa, Yobe, diduga merupakan pembalasan atas operasi militer.",
    "Komandan itu berangkat dari Yobe ke Mafa pada Senin malam.",
])
def test_entities_names_unlisted_word_after_a_place_word_is_a_place(nlp, text):
    assert ents(nlp, text).get("Mafa") == "GPE"


def test_entities_names_known_name_after_a_place_word_stays_a_person(nlp):
    assert ents(nlp, "Surat itu dikirim ke Bambang pada Senin malam.").get("Bambang") == "PER"


def test_entities_names_village_hall_is_a_facility(nlp):
    found = ents(nlp, "Puluhan keluarga mengungsi ke Balai Desa Lembantongoa, Sigi.")
    assert found.get("Balai Desa Lembantongoa") == "FAC", found


@pytest.mark.parametrize("text,person", [
    ("Penyidik kembali membuka berkas lama Imam Samudra di Serang.", "Imam Samudra"),
    ("Imam Nahrawi hadir dalam sidang lanjutan di Jakarta.", "Imam Nahrawi"),
    ("Gubernur Odesa Oleh Kiper menyebut pelabuhan rusak berat.", "Oleh Kiper"),
    ("Pengamat intelijen, Ridlwan Habib, menyebut sel itu sudah lama diawasi.", "Ridlwan Habib"),
    ("Polisi menangkap Leo Andi Gunawan di Palembang, Kamis.", "Leo Andi Gunawan"),
    ("Hal itu dikatakan Kapolres Lahat AKBP Leo Andi Gunawan di Lahat, Selasa.", "Leo Andi Gunawan"),
])
def test_entities_names_title_words_that_begin_or_end_names(nlp, text, person):
    found = ents(nlp, text)
    assert found.get(person) == "PER", found


@pytest.mark.parametrize("text,place,person", [
    ("Wali Kota Mykolaiv Oleksandr Senkevych meminta warga tetap di tempat perlindungan.", "Mykolaiv",
     "Oleksandr Senkevych"),
    ("Gubernur Kherson Oleksandr Prokudin mengatakan dua warga terluka.", "Kherson", "Oleksandr Prokudin"),
    ("Gubernur Odesa Oleh Kiper menyebut pelabuhan rusak berat.", "Odesa", "Oleh Kiper"),
])
def test_entities_names_place_of_an_office_before_its_holder(nlp, text, place, person):
    found = ents(nlp, text)
    assert found.get(place) == "GPE" and found.get(person) == "PER", found


@pytest.mark.parametrize("text,absent", [
    ("Imam Besar Masjid Istiqlal Nasaruddin Umar memimpin doa bersama.", "Imam"),
    ("Menurut Imam Masjid Raya Baiturrahman, jemaah sempat panik.", "Imam"),
    ("Oleh karena itu, aparat menambah personel di Wamena.", "Oleh"),
    ("Kasatgas Madago Raya Kombes Pol Novia Jaya menyebut dua DPO masih diburu.", "Madago"),
    ("Cegah perundungan, Sekolah dan Guru diminta lebih waspada.", "Sekolah"),
])
def test_entities_names_titles_and_ordinary_words_begin_no_name(nlp, text, absent):
    found = ents(nlp, text)
    assert not any(name.split()[0] == absent for name in found), found


@pytest.mark.parametrize("text,clubs", [
    ("Laga Persib Bandung kontra PSM Makassar ditunda karena alasan keamanan.", ["Persib Bandung", "PSM Makassar"]),
    ("Madura United menjamu Borneo FC di Bangkalan, Sabtu malam.", ["Madura United", "Borneo FC"]),
    ("Komdis PSSI menghukum Persebaya Surabaya setelah suporter menyalakan suar.", ["PSSI", "Persebaya Surabaya"]),
])
def test_entities_names_football_clubs_are_organisations(nlp, text, clubs):
    found = ents(nlp, text)
    for club in clubs:
        assert found.get(club) == "ORG", found


def test_entities_names_place_and_suffix_inside_a_longer_name(nlp):
    found = ents(nlp, "Promotor Nusantara Asia Group mengumumkan harga tiket konser itu.")
    assert "Asia Group" not in found, found


@pytest.mark.parametrize("text,body,absent", [
    ("Pasukan Perdamaian PBB berpatroli di Lebanon selatan.", "Pasukan Perdamaian PBB", ""),
    ("Pasukan Egianus Kogoya membakar rumah warga di Sugapa.", "", "Pasukan Egianus Kogoya"),
    ("Pasukan keamanan Somalia menembak dua penyerang di Mogadishu.", "", "Pasukan keamanan Somalia"),
])
def test_entities_names_troops_name_a_body_only_with_ordinary_words(nlp, text, body, absent):
    found = ents(nlp, text)
    assert not body or found.get(body) == "ORG", found
    assert not absent or absent not in found, found


def test_entities_names_defined_short_form_before_a_name(nlp):
    found = ents(nlp, "Tentara Arakan (AA) merebut kota Thandwe. Juru bicara AA Khine Thu Kha mengatakan "
                      "pasukan junta mundur.")
    assert found.get("Khine Thu Kha") == "PER", found


def test_entities_names_school_is_a_facility(nlp):
    assert ents(nlp, "Roket menghantam Sekolah Al-Falah di Khan Younis.").get("Sekolah Al-Falah") == "FAC"


@pytest.mark.parametrize("text,name,short", [
    ("Komando Distrik Militer (Kodim) 1702/Jayawijaya mengirim satu peleton. Kodim 1702/Jayawijaya juga bersiaga.",
     "Komando Distrik Militer (Kodim) 1702/Jayawijaya", "Kodim 1702/Jayawijaya"),
    ("Kepolisian Resor (Polres) Jayawijaya menyita busur. Polres Jayawijaya memeriksa tiga saksi.",
     "Kepolisian Resor (Polres) Jayawijaya", "Polres Jayawijaya"),
])
def test_entities_names_unit_with_short_form_in_brackets_is_one_body(nlp, text, name, short):
    found = ids(nlp, text)
    assert found.get(name) == found.get(short) is not None, found


@pytest.mark.parametrize("text,name,label", [
    ("Pendaki wajib melapor di Pos Ranupani sebelum naik ke puncak.", "Pos Ranupani", "FAC"),
    ("Pos Koramil Kiwirok dan Pos Satgas Yonif 403 diserang bersamaan.", "Koramil Kiwirok", "ORG"),
    ("Jenazah diterbangkan dari Bandara Internasional Sultan Hasanuddin, Makassar.",
     "Bandara Internasional Sultan Hasanuddin", "FAC"),
    ("Penyerang melempar bom molotov ke gereja itu. Pelaku, Juhanda, merupakan residivis.", "Juhanda", "PER"),
    ("Pemimpin Houthi Abdul-Malik al-Houthi berpidato di Sanaa.", "Abdul-Malik al-Houthi", "PER"),
    ("Menlu Turki dijadwalkan bertemu Emir Qatar Sheikh Tamim bin Hamad al-Thani.", "Tamim bin Hamad al-Thani",
     "PER"),
])
def test_entities_names_facilities_and_people_after_roles(nlp, text, name, label):
    assert ents(nlp, text).get(name) == label, ents(nlp, text)


def test_entities_names_coordinating_minister_title_is_no_name(nlp):
    found = ents(nlp, "Menko Polkam menyebut situasi di Wamena terkendali.")
    assert "Polkam" not in found, found


@pytest.mark.parametrize("text,place", [
    ("Pasukan Nigeria menggempur markas Boko Haram di hutan Sambisa, Negara Bagian Borno.", "hutan Sambisa"),
    ("Jenazah korban ditemukan mengapung di sungai Baliem, dua kilometer dari Wamena.", "sungai Baliem"),
    ("Satgas terus memburu sisa anggota MIT di pegunungan Biru, Kabupaten Poso.", "pegunungan Biru"),
    ("Militer Myanmar membombardir desa-desa di sepanjang sungai Irrawaddy.", "sungai Irrawaddy"),
])
def test_entities_names_feature_head_in_lower_case_is_part_of_the_place(nlp, text, place):
    assert ents(nlp, text).get(place) == "LOC", ents(nlp, text)


@pytest.mark.parametrize("text,place,label,absent", [
    ("Pembalakan liar merusak hutan Papua selama dua dekade terakhir.", "Papua", "GPE", "hutan Papua"),
    ("Pusat gempa berada 30 kilometer barat laut Palu.", "Palu", "GPE", "laut Palu"),
    ("Pengunjung menatap laut Pantai Parangtritis dari atas tebing.", "Pantai Parangtritis", "LOC",
     "laut Pantai Parangtritis"),
])
def test_entities_names_feature_head_before_a_listed_place_names_none(nlp, text, place, label, absent):
    found = ents(nlp, text)
    assert found.get(place) == label and absent not in found, found


@pytest.mark.parametrize("text,place,canonical", [
    ("Sedikitnya 14 orang tewas setelah milisi menyerang desa-desa nelayan di tepi danau Chad.", "danau Chad",
     "danau_chad"),
    ("Pasukan Israel menggelar operasi di lembah Yordan sejak Senin.", "lembah Yordan", "lembah_yordan"),
    ("Kapal dagang berbendera Liberia diserang di teluk Aden, kata UKMTO.", "teluk Aden", "teluk_aden"),
    ("Kapal tanker itu ditahan Garda Revolusi di selat Hormuz.", "selat Hormuz", "strait_of_hormuz"),
    ("Dua nelayan hilang di sungai Tigris, selatan Mosul.", "sungai Tigris", "tigris"),
    ("Ukraina menembak jatuh 30 drone di atas laut Hitam semalam.", "laut Hitam", "black_sea"),
    ("Houthi kembali menyerang kapal dagang di laut Merah, Selasa.", "laut Merah", "red_sea"),
])
def test_entities_names_feature_that_owns_its_name_before_a_listed_place(nlp, text, place, canonical):
    found = {e.text: (e.label_, e._.canonical) for e in nlp(text).ents}
    assert found.get(place) == ("LOC", canonical), found


@pytest.mark.parametrize("text,region,province", [
    ("Densus 88 menangkap tiga terduga teroris di wilayah Solo Raya, Jawa Tengah.", "Solo Raya", "central_java"),
    ("Jaringan itu merekrut anggota di Priangan Timur sejak 2019.", "Priangan Timur", "west_java"),
    ("Pengajian kelompok itu menyebar ke kawasan Tapal Kuda.", "Tapal Kuda", "east_java"),
    ("Polisi menyiagakan 5.000 personel di Jabodetabek menjelang Natal.", "Jabodetabek", "java"),
    ("Kemacetan mengular di jalur Pantura sejak Jumat malam.", "Pantura", "java"),
])
def test_entities_names_regions_named_by_custom_lie_in_a_province(nlp, text, region, province):
    from telik.nlp.entities.gazetteer import get_gazetteer

    found = {e.text: (e.label_, e._.canonical) for e in nlp(text).ents}
    label, canonical = found.get(region, (None, None))
    entry = get_gazetteer().get(canonical or "")
    assert label == "LOC" and entry is not None and entry.parent == province, found


@pytest.mark.parametrize("text,person", [
    ("\"Serangan itu terencana,\" ujar Staf ahli Menteri Pertahanan Budi Santoso kepada wartawan.", "Budi Santoso"),
    ("Staf khusus Presiden Billy Mambrasar meminta aparat menahan diri.", "Billy Mambrasar"),
    ("Staf produksi televisi itu ikut terluka dalam ledakan di Kabul.", None),
])
def test_entities_names_staff_is_an_office_no_name(nlp, text, person):
    found = ents(nlp, text)
    assert not any(name.startswith("Staf") for name in found) and (person is None or found.get(person) == "PER"), \
        found


@pytest.mark.parametrize("text,title_free,absent", [
    ("Amir Jamaah Islamiyah Para Wijayanto divonis tujuh tahun penjara.", "Para Wijayanto", "Amir"),
    ("Amir Jamaah Ansharut Daulah wilayah Jawa Timur ditangkap Densus 88 di Surabaya.", "Jamaah Ansharut Daulah",
     "Amir"),
    ("Menteri Hukum dan HAM Amir Syamsuddin meninjau Lapas Nusakambangan.", "Amir Syamsuddin", "Syamsuddin"),
    ("Amir Hamzah menyebut kelompoknya tidak terlibat.", "Amir Hamzah", "Hamzah"),
])
def test_entities_names_leader_title_before_a_body_is_no_name(nlp, text, title_free, absent):
    found = ents(nlp, text)
    assert title_free in found and absent not in found, found


@pytest.mark.parametrize("text,office", [
    ("KKB membakar Kantor Bupati Nduga di Kenyam pada Senin malam.", "Kantor Bupati Nduga"),
    ("Mahasiswa berunjuk rasa di depan Kantor Gubernur Papua di Jayapura.", "Kantor Gubernur Papua"),
    ("Kelompok bersenjata menembaki Kantor Distrik Kiwirok sebelum kabur.", "Kantor Distrik Kiwirok"),
])
def test_entities_names_office_of_a_regions_head_is_a_facility(nlp, text, office):
    assert ents(nlp, text).get(office) == "FAC", ents(nlp, text)


@pytest.mark.parametrize("text,name,label,canonical", [
    ("KKB menyerang Polsek Sinak, Kabupaten Puncak, dan merampas tiga pucuk senjata api.", "Polsek Sinak", "FAC",
     "polsek_sinak"),
    ("Massa membakar Koramil Kiwirok dan dua rumah warga.", "Koramil Kiwirok", "FAC", "koramil_kiwirok"),
    ("Pelaku meledakkan diri di Polsek Kartasura, Sukoharjo.", "Polsek Kartasura", "FAC", "polsek_kartasura"),
    ("Kelompok bersenjata menembaki Pos TNI di Distrik Gearek pada Minggu dini hari.", "Pos TNI", "FAC", "pos_tni"),
    ("Polsek Sinak menangkap dua pemuda yang membawa amunisi.", "Polsek Sinak", "ORG", "polsek_sinak"),
    ("Dua anggota Koramil Kiwirok terluka dalam kontak tembak.", "Koramil Kiwirok", "ORG", "koramil_kiwirok"),
])
def test_entities_names_unit_attacked_is_its_post(nlp, text, name, label, canonical):
    found = {e.text: (e.label_, e._.canonical) for e in nlp(text).ents}
    assert found.get(name) == (label, canonical), found


@pytest.mark.parametrize("text,person,absent", [
    ("Staf Ahli Mendikbud bidang Regulasi, Dewi Kartika menjelaskan aturan itu.", "Dewi Kartika", "Regulasi"),
    ("Deputi bidang Pencegahan BNPT Irjen Hendri Paruhuman Lubis menjelaskan program itu.", "Hendri Paruhuman Lubis",
     "Pencegahan"),
])
def test_entities_names_field_of_an_office_is_no_name(nlp, text, person, absent):
    found = ents(nlp, text)
    assert found.get(person) == "PER" and absent not in found, found


@pytest.mark.parametrize("text,absent", [
    ("Taliban Ambil Alih Kabul, Presiden Ghani Kabur ke Luar Negeri", ["Ambil Alih Kabul", "Ghani Kabur"]),
    ("Polisi Usut Penembakan Warga di Puncak, Keluarga Tuntut Keadilan", ["Keluarga Tuntut Keadilan"]),
])
def test_entities_names_headline_verbs_are_no_names(nlp, text, absent):
    found = ents(nlp, text)
    assert not set(absent) & set(found), found


@pytest.mark.parametrize("first,second", [
    ("Ustaz Abu Bakar Bashir bebas murni dari Lapas Gunung Sindur.", "Abu Bakar Ba'asyir menghadiri pengajian."),
    ("Presiden Volodymyr Zelenskiy menemui Presiden Prabowo di Jakarta.", "Zelenskyy meminta tambahan rudal."),
    ("Yahya al-Sinwar disebut sebagai dalang serangan itu.", "Pemimpin Hamas Yahya Sinwar tewas di Rafah."),
    ("Pemimpin Al-Qaeda Aiman az-Zawahiri dilaporkan tewas.", "Ayman al-Zawahiri tewas di Kabul."),
    ("Saksi Abdul Rasyid Hassan mengaku melihat pelaku.", "Menurut Abdul Rasyid Hasan, pelaku berjumlah dua."),
])
def test_entities_names_spelling_variants_are_one_person_across_articles(nlp, first, second):
    one = {e._.canonical for e in nlp(first).ents if e.label_ == "PER"}
    two = {e._.canonical for e in nlp(second).ents if e.label_ == "PER"}
    assert one & two, (one, two)

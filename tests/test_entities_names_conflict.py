"""telik_entities on conflict news written afresh (Papua, Poso, terror arrests, Gaza, Ukraine, Sudan, Myanmar,
the Sahel, Haiti): names with ranks, aliases and units, and the labels and spans they take."""
from __future__ import annotations

import pytest


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # units by their short head words
        ("Prajurit Yonif 753/AVT, Pratu Ilham Nurcahyo, gugur setelah diserang di Distrik Oksop.",
         {"Yonif 753/AVT": "ORG", "Ilham Nurcahyo": "PER", "Distrik Oksop": "GPE"}, ["Yonif"]),
        ("Dansatgas Yonif Raider 300/Brajawijaya Letkol Inf Elfan Saputra mengatakan pos mereka diserang.",
         {"Yonif Raider 300/Brajawijaya": "ORG", "Elfan Saputra": "PER"}, ["Yonif Raider"]),
        ("Korban, Bripka Sahrul Nugroho, ditembak saat berjaga di Pos Polisi Simpang Lima.",
         {"Sahrul Nugroho": "PER", "Pos Polisi Simpang Lima": "FAC"}, ["Simpang"]),
        ("Direktur Jenderal IAEA Rafael Grossi mengunjungi PLTN Zaporizhzhia.",
         {"PLTN Zaporizhzhia": "FAC", "Rafael Grossi": "PER"}, []),
        # ranks and offices are no part of the name
        ("Kapolda Sulteng Irjen Pol Rudy Sufahriadi mengatakan jenazah Ali Kalora dibawa ke RS Bhayangkara Palu.",
         {"Sulteng": "GPE", "Rudy Sufahriadi": "PER", "Ali Kalora": "PER", "RS Bhayangkara Palu": "FAC"},
         ["Irjen Pol Rudy Sufahriadi"]),
        ("Juru bicara militer Nigeria Mayor Jenderal Edward Buba mengatakan 30 militan tewas.",
         {"Nigeria": "GPE", "Edward Buba": "PER"}, ["Nigeria Mayor Jenderal Edward Buba"]),
        ("Pemimpin junta Jenderal Senior Min Aung Hlaing menyebut serangan itu ancaman.",
         {"Min Aung Hlaing": "PER"}, ["Senior Min Aung Hlaing"]),
        ("Serangan ISIS-K di Kabul menewaskan Menteri Pengungsi Khalil Haqqani.",
         {"ISIS-K": "ORG", "Kabul": "GPE", "Khalil Haqqani": "PER"}, ["Pengungsi Khalil Haqqani"]),
        ("Komandan Lapangan Operasi Brigjen Pol Faizal Ramadhani mengatakan situasi terkendali.",
         {"Faizal Ramadhani": "PER"}, ["Lapangan Operasi"]),
        ("Wali Kota Makassar Danny Pomanto mengatakan situasi aman.",
         {"Makassar": "GPE", "Danny Pomanto": "PER"}, ["Kota Makassar"]),
        # a listed body or place inside a head word's run ends it before a person's name
        ("Juru bicara Gedung Putih John Kirby mengatakan AS tidak terlibat.",
         {"Gedung Putih": "ORG", "John Kirby": "PER", "AS": "GPE"}, ["Gedung Putih John Kirby"]),
        ("Ketua Dewan Adat Papua Dominikus Surabut menyerukan penghentian kekerasan.",
         {"Dewan Adat Papua": "ORG", "Dominikus Surabut": "PER"}, ["Dewan Adat Papua Dominikus Surabut"]),
        ("Adapun korban luka dibawa ke RS Polri Kramat Jati, Jakarta Timur.",
         {"RS Polri Kramat Jati": "FAC", "Jakarta Timur": "GPE"}, ["Kramat Jati"]),
        # aliases
        ("Terduga teroris Abu Rara alias Syahrial Alamsyah menusuk Wiranto di Pandeglang.",
         {"Abu Rara": "PER", "Syahrial Alamsyah": "PER", "Wiranto": "PER", "Pandeglang": "GPE"}, []),
        ("Polisi menangkap Taufik Bulaga alias Upik Lawanga, perakit bom jaringan JI, di Lampung.",
         {"Taufik Bulaga": "PER", "Upik Lawanga": "PER", "JI": "ORG", "Lampung": "GPE"}, []),
        ("Salah satu program andalannya adalah program Juling alias Jumat Keliling.", {}, ["Juling", "Jumat Keliling"]),
        # Arabic articles
        ("Kelompok milisi al-Shabaab dan al-Qaeda menyerang Mogadishu.",
         {"al-Shabaab": "ORG", "al-Qaeda": "ORG", "Mogadishu": "GPE"}, []),
        ("Pemimpin Houthi Abdul-Malik al-Houthi bersumpah akan terus menyerang kapal-kapal Israel.",
         {"Houthi": "ORG", "Abdul-Malik al-Houthi": "PER", "Israel": "GPE"}, []),
        ("Ayman al-Zawahiri tewas dalam serangan drone di Kabul.", {"Ayman al-Zawahiri": "PER", "Kabul": "GPE"}, []),
        # listed names
        ("Kantor berita Palestina WAFA melaporkan pasukan Israel menyerbu kamp pengungsi Jenin.",
         {"Palestina": "GPE", "WAFA": "ORG", "Israel": "GPE", "Jenin": "GPE"}, ["Kantor berita Palestina"]),
        ("Direktur Eksekutif Amnesty International Indonesia Usman Hamid mendesak pemerintah.",
         {"Amnesty International Indonesia": "ORG", "Usman Hamid": "PER"}, ["Indonesia"]),
        ("Pasukan Dukungan Cepat (RSF) menyerang kota El Fasher di Darfur Utara.",
         {"Pasukan Dukungan Cepat": "ORG", "RSF": "ORG", "El Fasher": "GPE", "Darfur Utara": "GPE"}, ["Darfur"]),
        ("Pemberontak M23 menguasai kota Goma di Kivu Utara.", {"M23": "ORG", "Goma": "GPE", "Kivu Utara": "GPE"}, []),
        ("Pemberontak ADF yang berafiliasi dengan ISIS menewaskan 40 warga di desa Mukondi.",
         {"ADF": "ORG", "ISIS": "ORG", "Mukondi": "GPE"}, []),
        ("Wakil Presiden Jusuf Kalla pernah menengahi perundingan damai Malino untuk Poso.",
         {"Jusuf Kalla": "PER", "Malino": "GPE", "Poso": "GPE"}, []),
        ("Pemerintah Persatuan Nasional (NUG) Myanmar menyerukan sanksi terhadap junta.",
         {"Pemerintah Persatuan Nasional": "ORG", "NUG": "ORG", "Myanmar": "GPE"}, ["Persatuan Nasional"]),
        ("Bulan Sabit Merah Palestina mengatakan ambulansnya diserang di Tal al-Hawa.",
         {"Bulan Sabit Merah Palestina": "ORG"}, ["Sabit Merah Palestina"]),
        ("Kepala junta Niger Jenderal Abdourahamane Tiani menolak intervensi ECOWAS.",
         {"Niger": "GPE", "Abdourahamane Tiani": "PER", "ECOWAS": "ORG"}, []),
        ("Jaringan Ansharut Daulah (JAD) Lampung disebut mendanai pelaku.",
         {"Jaringan Ansharut Daulah": "ORG", "JAD": "ORG", "Lampung": "GPE"}, []),
        ("Pendeta Yeremia Zanambani tewas ditembak di Kampung Bomba.",
         {"Yeremia Zanambani": "PER", "Kampung Bomba": "GPE"}, []),
        ("Panglima Kogabwilhan III Letjen TNI Richard Tampubolon meninjau Mabes TNI di Cilangkap.",
         {"Richard Tampubolon": "PER", "Mabes TNI": "ORG", "Cilangkap": "GPE"}, []),
        ("Presiden Somalia Hassan Sheikh Mohamud mengunjungi pasukan di Beledweyne.",
         {"Somalia": "GPE", "Hassan Sheikh Mohamud": "PER", "Beledweyne": "GPE"}, ["Mohamud"]),
        ("Emir Qatar Sheikh Tamim bin Hamad Al Thani bertemu Presiden Prabowo.",
         {"Qatar": "GPE", "Tamim bin Hamad Al Thani": "PER"}, ["Qatar Sheikh Tamim bin Hamad Al Thani"]),
        ("Polisi Diraja Malaysia (PDRM) menangkap delapan tersangka anggota JI di Johor.",
         {"Polisi Diraja Malaysia": "ORG", "PDRM": "ORG", "JI": "ORG", "Johor": "GPE"}, ["Malaysia"]),
        ("Petugas Bea Cukai menyita sabu di Pelabuhan Tanjung Priok.",
         {"Bea Cukai": "ORG", "Pelabuhan Tanjung Priok": "FAC"}, ["Bea", "Cukai"]),
        ("Acara digelar di Stadion Gelora Bandung Lautan Api, Sabtu (17/9).",
         {"Stadion Gelora Bandung Lautan Api": "FAC"}, ["Lautan Api"]),
        # already read right: kept so
        ("Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Candra Kurniawan membenarkan kontak tembak di "
         "Kampung Pogapa, Distrik Homeyo, Kabupaten Intan Jaya.",
         {"Kodam XVII/Cenderawasih": "ORG", "Candra Kurniawan": "PER", "Kampung Pogapa": "GPE",
          "Distrik Homeyo": "GPE", "Kabupaten Intan Jaya": "GPE"}, []),
        ("Polisi menembak mati Ali Kalora, pemimpin Mujahidin Indonesia Timur (MIT), di Desa Astina.",
         {"Ali Kalora": "PER", "Mujahidin Indonesia Timur": "ORG", "MIT": "ORG", "Desa Astina": "GPE"}, []),
        ("Militer Israel mengatakan pasukannya menyerbu Rumah Sakit Al-Shifa di Kota Gaza.",
         {"Israel": "GPE", "Rumah Sakit Al-Shifa": "FAC", "Kota Gaza": "GPE"}, ["Militer Israel"]),
        ("Pilot Susi Air asal Selandia Baru, Philip Mark Mehrtens, disandera KKB pimpinan Egianus Kogoya.",
         {"Susi Air": "ORG", "Selandia Baru": "GPE", "Philip Mark Mehrtens": "PER", "KKB": "ORG",
          "Egianus Kogoya": "PER"}, []),
        ("Kamis lalu, sejumlah warga mengungsi ke Gereja Kingmi di Distrik Kiwirok.",
         {"Gereja Kingmi": "FAC", "Distrik Kiwirok": "GPE"}, ["Kamis"]),
        ("Agustus menjadi bulan paling mematikan bagi warga sipil di Sudan.", {"Sudan": "GPE"}, ["Agustus"]),
    ],
)
def test_entities_names_conflict_news(nlp, text, expected, absent):
    found = ents(nlp, text)
    for name, label in expected.items():
        assert found.get(name) == label, (name, found)
    for name in absent:
        assert name not in found, (name, found)


@pytest.mark.parametrize(
    "text,absent",
    [
        # initials followed by an age are a suspect's, not the United States or an organisation
        ("Ketiga pelaku, yakni AS (25), BP (30), dan RM (28), ditangkap di sebuah rumah kontrakan di Medan.",
         ["AS", "BP", "RM"]),
        ("Polisi menangkap YK (31), warga Desa Sukamaju, Kecamatan Jabung, Lampung Timur.", ["YK"]),
    ],
)
def test_entities_initials_with_an_age_are_no_name(nlp, text, absent):
    found = ents(nlp, text)
    assert not set(absent) & set(found), found

"""Whole scraped pages from different CMS themes: the body survives sentence by sentence, the noise goes,
and title, outlet, dateline, wire and date come out right (from the page, else from the input record)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from telik.clean import clean_article
from telik.model import Article


@dataclass
class Scrape:
    name: str
    text: str
    record: dict[str, str] = field(default_factory=dict)
    meta: dict[str, object] = field(default_factory=dict)
    drop: tuple[str, ...] = ()
    #: Body text: every sentence of it must stay (checked sentence by sentence, see `_sentences`).
    body: tuple[str, ...] = ()


SCRAPES = [
    Scrape(
        "wordpress-posted-by-admin",
        "Beranda » Nasional » Hukum\n\nDensus 88 Tangkap Terduga Teroris di Sukoharjo\n\n"
        "Posted by admin on 12 Maret 2024\n\n"
        "SUKOHARJO – Tim Densus 88 Antiteror Polri menangkap seorang terduga teroris berinisial AR (34) di "
        "Kecamatan Grogol, Sukoharjo, Selasa pagi.\n\n"
        "Penangkapan dilakukan saat AR hendak berangkat kerja. Petugas menggeledah rumahnya selama tiga jam.\n\n"
        "“Benar ada penangkapan oleh Densus,” kata Kapolres Sukoharjo kepada wartawan.\n\n"
        "Share this:\n\nTwitter\n\nFacebook\n\nLike this:\n\nLike Loading...\n\nRelated\n\n"
        "Polisi Sita Bahan Peledak di Klaten\n\nTags: Densus 88 teroris Sukoharjo\n",
        {"title": "Densus 88 Tangkap Terduga Teroris di Sukoharjo",
         "url": "https://www.suarasukoharjo.com/2024/03/12/densus-88-tangkap/"},
        {"title": "Densus 88 Tangkap Terduga Teroris di Sukoharjo", "outlet": "suarasukoharjo.com",
         "dateline": "Sukoharjo", "published": "2024-03-12"},
        ("Beranda", "Posted by", "Share this", "Like this", "Loading", "Related", "Polisi Sita Bahan", "Tags:",
         "Twitter"),
        ("SUKOHARJO – Tim Densus 88 Antiteror Polri menangkap seorang terduga teroris",
         "Penangkapan dilakukan saat AR hendak berangkat kerja. Petugas menggeledah rumahnya selama tiga jam.",
         "“Benar ada penangkapan oleh Densus,” kata Kapolres Sukoharjo kepada wartawan."),
    ),
    Scrape(
        "kompas-telegram-prompt",
        "Polisi Tembak Mati Dua DPO MIT di Parigi Moutong\n\n"
        "JAKARTA, KOMPAS.com - Satgas Madago Raya menembak mati dua anggota Mujahidin Indonesia Timur (MIT) "
        "dalam kontak tembak di Parigi Moutong, Sulawesi Tengah, Sabtu (18/9/2021).\n\n"
        "ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n"
        "Kepala Operasi Satgas mengatakan kontak tembak berlangsung sekitar 15 menit.\n\n"
        "Baca juga: Satgas Madago Raya Perpanjang Operasi hingga Desember\n\n"
        "Jenazah kedua DPO dibawa ke RS Bhayangkara Palu untuk diidentifikasi.\n\n"
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup "
        "Telegram \"Kompas.com News Update\", caranya klik link https://t.me/kompascomupdate, kemudian join. Anda "
        "harus install aplikasi Telegram terlebih dulu di ponsel.\n\n"
        "Penulis: Rahel Narda Chaterine\nEditor: Bagus Santosa\n",
        {"title": "Polisi Tembak Mati Dua DPO MIT di Parigi Moutong - Kompas.com"},
        {"title": "Polisi Tembak Mati Dua DPO MIT di Parigi Moutong", "outlet": "KOMPAS.com", "dateline": "Jakarta",
         "published": None, "wire": []},
        ("ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca juga", "Dapatkan update", "t.me", "Penulis:", "Editor:"),
        ("Satgas Madago Raya menembak mati dua anggota Mujahidin Indonesia Timur (MIT) dalam kontak tembak",
         "Kepala Operasi Satgas mengatakan kontak tembak berlangsung sekitar 15 menit.",
         "Jenazah kedua DPO dibawa ke RS Bhayangkara Palu untuk diidentifikasi."),
    ),
    Scrape(
        "liputan6-video-prompt",
        "Liputan6.com, Jakarta - Badan Nasional Penanggulangan Terorisme (BNPT) meminta masyarakat mewaspadai "
        "penyebaran paham radikal melalui media sosial menjelang pemilu.\n\n"
        "Advertisement\n\n"
        "Kepala BNPT menyebut kelompok teror memanfaatkan situasi politik untuk merekrut anggota baru.\n\n"
        "Saksikan Video Pilihan Berikut Ini:\n\n"
        "Ia meminta orang tua mengawasi aktivitas daring anak-anak mereka.\n",
        {"title": "BNPT Minta Warga Waspadai Radikalisme di Media Sosial", "published": "2023-11-02T10:15:00+07:00"},
        {"title": "BNPT Minta Warga Waspadai Radikalisme di Media Sosial", "outlet": "Liputan6.com",
         "dateline": "Jakarta", "published": "2023-11-02"},
        ("Advertisement", "Saksikan Video"),
        ("Kepala BNPT menyebut kelompok teror memanfaatkan situasi politik untuk merekrut anggota baru.",
         "Ia meminta orang tua mengawasi aktivitas daring anak-anak mereka."),
    ),
    Scrape(
        "tempo-google-news",
        "TEMPO.CO, Jakarta - Kepolisian Daerah Papua menyebut Kelompok Kriminal Bersenjata (KKB) menembak "
        "seorang tukang ojek di Distrik Ilaga, Kabupaten Puncak. Korban meninggal di tempat.\n\n"
        "Pilihan Editor: Kapolda Papua Minta KKB Menyerahkan Diri\n\n"
        "Polisi masih mengejar para pelaku ke arah hutan.\n\n"
        "Ikuti berita terkini dari Tempo di Google News, klik di sini.\n",
        {"title": "KKB Tembak Tukang Ojek di Ilaga", "url": "https://nasional.tempo.co/read/1800000/kkb-tembak",
         "published": "2024-01-05"},
        {"title": "KKB Tembak Tukang Ojek di Ilaga", "outlet": "TEMPO.CO", "dateline": "Jakarta",
         "published": "2024-01-05"},
        ("Pilihan Editor", "Google News"),
        ("Korban meninggal di tempat.", "Polisi masih mengejar para pelaku ke arah hutan."),
    ),
    Scrape(
        "republika-rep-red",
        "REPUBLIKA.CO.ID, JAKARTA -- Detasemen Khusus 88 Antiteror menangkap lima terduga teroris jaringan "
        "Jamaah Islamiyah (JI) di Lampung.\n\n"
        "Scroll untuk membaca\n\n"
        "Juru bicara Polri menyebut kelima orang itu berperan sebagai perekrut dan penyandang dana.\n\n"
        "Rep: Ali Mansur  Red: Agus Yulianto\n",
        {"title": "Densus Tangkap Lima Terduga Teroris JI di Lampung"},
        {"title": "Densus Tangkap Lima Terduga Teroris JI di Lampung", "outlet": "Republika",
         "dateline": "Jakarta"},
        ("Scroll untuk membaca", "Rep: Ali", "Red: Agus"),
        ("Juru bicara Polri menyebut kelima orang itu berperan sebagai perekrut dan penyandang dana.",),
    ),
    Scrape(
        "antara-wire-in-paren",
        "Aparat Amankan Senjata Api Rakitan di Maluku\n\n"
        "Ambon (ANTARA) - Aparat gabungan TNI-Polri menyita tiga pucuk senjata api rakitan dari sebuah rumah "
        "kosong di Kabupaten Seram Bagian Barat, Maluku.\n\n"
        "Kapolres menyebut senjata itu diduga milik kelompok yang terlibat bentrokan antarwarga.\n\n"
        "Pewarta: Daniel Leonard\nEditor: Budi Santoso\nCOPYRIGHT © ANTARA 2024\n",
        {"url": "https://www.antaranews.com/berita/4000000/aparat-amankan"},
        {"title": "Aparat Amankan Senjata Api Rakitan di Maluku", "outlet": "ANTARA", "dateline": "Ambon",
         "wire": []},
        ("Pewarta:", "Editor:", "COPYRIGHT"),
        ("Kapolres menyebut senjata itu diduga milik kelompok yang terlibat bentrokan antarwarga.",),
    ),
    Scrape(
        "investor-id-dateline",
        "BANDA ACEH, investor.id - Pemerintah Aceh menyiapkan anggaran pemulihan bagi warga terdampak konflik "
        "bersenjata di pedalaman.\n\n"
        "Gubernur menyebut dana itu akan disalurkan mulai bulan depan.\n\n"
        "Editor : Gita Rossiana (gita_rossiana@investor.co.id)\n\n"
        "Follow Channel Telegram Official kami untuk update artikel-artikel investor.id\n",
        {"title": "Aceh Siapkan Dana Pemulihan Korban Konflik"},
        {"outlet": "investor.id", "dateline": "Banda Aceh"},
        ("Editor :", "Follow Channel Telegram"),
        ("Gubernur menyebut dana itu akan disalurkan mulai bulan depan.",),
    ),
    Scrape(
        "reuters-credit-at-end",
        "Pasukan Israel Serbu Kamp Jenin\n\n"
        "YERUSALEM – Pasukan Israel menyerbu kamp pengungsi Jenin di Tepi Barat yang diduduki pada Senin dini "
        "hari, menewaskan sedikitnya delapan orang.\n\n"
        "Kementerian Kesehatan Palestina menyebut puluhan orang terluka dalam serangan itu.\n\n(Reuters/ant)\n",
        {"url": "https://www.beritadunia.net/internasional/israel-serbu-jenin"},
        {"title": "Pasukan Israel Serbu Kamp Jenin", "outlet": "beritadunia.net", "dateline": "Yerusalem",
         "wire": ["Reuters", "Antara"]},
        ("(Reuters/ant)",),
        ("Kementerian Kesehatan Palestina menyebut puluhan orang terluka dalam serangan itu.",),
    ),
    Scrape(
        "bbc-dilansir-and-sumber",
        "Milisi Al-Shabaab Serang Pangkalan Militer di Somalia\n\n"
        "Mogadishu – Milisi Al-Shabaab menyerang sebuah pangkalan militer di wilayah Lower Shabelle, Somalia.\n\n"
        "Dilansir dari BBC, serangan diawali ledakan bom mobil di gerbang pangkalan.\n\n"
        "Militer Somalia mengklaim berhasil memukul mundur para penyerang.\n\n"
        "Sumber: Reuters\n",
        {},
        {"title": "Milisi Al-Shabaab Serang Pangkalan Militer di Somalia", "dateline": "Mogadishu",
         "wire": ["BBC", "Reuters"]},
        (),
        ("serangan diawali ledakan bom mobil di gerbang pangkalan.",
         "Militer Somalia mengklaim berhasil memukul mundur para penyerang."),
    ),
    Scrape(
        "cookie-banner-and-footer",
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui "
        "penggunaan cookie.\n\nTerima\n\n"
        "Home / Berita / Daerah\n\n"
        "Kelompok Bersenjata Bakar Sekolah di Intan Jaya\n\n"
        "Oleh Redaksi | Rabu, 10 April 2024 | 09:12 WIB\n\n"
        "INTAN JAYA – Kelompok bersenjata membakar sebuah gedung sekolah dasar di Distrik Sugapa, Rabu pagi.\n\n"
        "Aparat keamanan tiba di lokasi dua jam kemudian. Tidak ada korban jiwa dalam kejadian itu.\n\n"
        "© 2024 Papua Terkini. All Rights Reserved.\n\nTentang Kami | Pedoman Media Siber | Kontak\n",
        {},
        {"title": "Kelompok Bersenjata Bakar Sekolah di Intan Jaya", "dateline": "Intan Jaya",
         "published": "2024-04-10"},
        ("cookie", "Terima", "Home /", "Oleh Redaksi", "All Rights Reserved", "Pedoman Media Siber"),
        ("Aparat keamanan tiba di lokasi dua jam kemudian. Tidak ada korban jiwa dalam kejadian itu.",),
    ),
    Scrape(
        "baca-juga-inside-paragraph",
        "Bom Rakitan Meledak di Depan Pos Polisi\n\n"
        "MEDAN – Sebuah bom rakitan meledak di depan pos polisi lalu lintas di Jalan Gatot Subroto, Medan, "
        "Kamis malam. BACA JUGA: Polisi Perketat Pengamanan Markas di Sumut\nDua petugas mengalami luka ringan "
        "akibat serpihan.\n\n"
        "Polisi menutup jalan selama olah tempat kejadian perkara. Baca Juga: Densus 88 Geledah Rumah di Deli Serdang\n\n"
        "Pelaku diduga beraksi seorang diri.\n\n"
        "Scroll untuk melanjutkan\n\nKlik di sini untuk berlangganan newsletter kami\n",
        {"title": "Bom Rakitan Meledak di Depan Pos Polisi", "url": "https://lintasmedan.id/bom-rakitan"},
        {"title": "Bom Rakitan Meledak di Depan Pos Polisi", "outlet": "lintasmedan.id", "dateline": "Medan"},
        ("BACA JUGA", "Polisi Perketat Pengamanan", "Baca Juga", "Densus 88 Geledah", "Scroll untuk", "Klik di sini"),
        ("Sebuah bom rakitan meledak di depan pos polisi lalu lintas di Jalan Gatot Subroto, Medan, Kamis malam.",
         "Polisi menutup jalan selama olah tempat kejadian perkara.", "Pelaku diduga beraksi seorang diri."),
    ),
    Scrape(
        "headline-repeated-with-differences",
        "Densus 88 Tangkap 3 Terduga Teroris Jaringan JAD di Bekasi | Warta Kota\n\n"
        "Reporter: Budi Hartono | Editor: Sari Dewi\n\n"
        "Jumat, 15 Maret 2024 14:05 WIB\n\n"
        "Bekasi – Detasemen Khusus 88 Antiteror menangkap tiga terduga teroris di Bekasi, Jawa Barat.\n\n"
        "Ketiganya diduga terafiliasi dengan Jamaah Ansharut Daulah (JAD).\n\n"
        "Artikel Terkait\n\nPolisi Buru Jaringan JAD di Bogor\n",
        {"title": "Densus 88 Tangkap 3 Terduga Teroris Jaringan JAD di Bekasi", "published": "2024-03-16"},
        {"title": "Densus 88 Tangkap 3 Terduga Teroris Jaringan JAD di Bekasi", "dateline": "Bekasi",
         "published": "2024-03-15"},
        ("Warta Kota", "Reporter:", "14:05", "Artikel Terkait", "Polisi Buru Jaringan"),
        ("Ketiganya diduga terafiliasi dengan Jamaah Ansharut Daulah (JAD).",),
    ),
    Scrape(
        "jurnal-style-masthead-and-dilansir",
        "SuaraASEAN – Bangkok – Kelompok separatis di Thailand selatan kembali menyerang pos keamanan di "
        "Provinsi Narathiwat, seperti dilansir AFP, Minggu (7/1/2024).\n\n"
        "Serangan itu melukai dua tentara.\n\n"
        "Pemerintah Thailand menyatakan dialog damai akan tetap berlanjut.\n\n"
        "Tonton juga video berikut:\n\nBerita Terkait:\n\nThailand dan BRN Bertemu di Kuala Lumpur\n",
        {"title": "Separatis Serang Pos Keamanan di Narathiwat"},
        {"title": "Separatis Serang Pos Keamanan di Narathiwat", "outlet": "SuaraASEAN", "dateline": "Bangkok",
         "published": "2024-01-07", "wire": ["AFP"]},
        ("Tonton juga", "Berita Terkait", "Bertemu di Kuala Lumpur"),
        ("Serangan itu melukai dua tentara.", "Pemerintah Thailand menyatakan dialog damai akan tetap berlanjut."),
    ),
]


def _clean(scrape: Scrape):
    return clean_article(Article(id=scrape.name, text=scrape.text, **scrape.record))


def _sentences(text: str) -> list[str]:
    """Body sentences: split after final punctuation, so a check names each sentence that must stay."""
    return [s for s in re.split(r"(?<=[.!?”])\s+", text) if s.strip()]


@pytest.mark.parametrize("scrape", SCRAPES, ids=[s.name for s in SCRAPES])
def test_clean_scrape_keeps_every_body_sentence(scrape: Scrape) -> None:
    cleaned = _clean(scrape)
    for part in scrape.body:
        for sentence in _sentences(part):
            assert sentence in cleaned.text, sentence


@pytest.mark.parametrize("scrape", SCRAPES, ids=[s.name for s in SCRAPES])
def test_clean_scrape_drops_noise(scrape: Scrape) -> None:
    cleaned = _clean(scrape)
    for noise in scrape.drop:
        assert noise not in cleaned.text, noise


@pytest.mark.parametrize("scrape", SCRAPES, ids=[s.name for s in SCRAPES])
def test_clean_scrape_headline_at_most_once(scrape: Scrape) -> None:
    cleaned = _clean(scrape)
    assert cleaned.title is None or cleaned.text.count(cleaned.title) <= 1


@pytest.mark.parametrize("scrape", SCRAPES, ids=[s.name for s in SCRAPES])
def test_clean_scrape_metadata(scrape: Scrape) -> None:
    cleaned = _clean(scrape)
    found = {key: getattr(cleaned, key) for key in scrape.meta}
    assert found == scrape.meta


@pytest.mark.parametrize("scrape", SCRAPES, ids=[s.name for s in SCRAPES])
def test_clean_scrape_offsets_hold(scrape: Scrape) -> None:
    cleaned = _clean(scrape)
    for clean_start, orig_start, length in cleaned.offsets.segments():
        assert cleaned.text[clean_start : clean_start + length] == scrape.text[orig_start : orig_start + length]

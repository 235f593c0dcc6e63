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
    # Written afresh in the layouts of eleven more outlets (captions with agency credits, labelled bylines, boxes)
    Scrape(
        "kompas-photo-link",
        "KKB Bakar Sekolah di Puncak, Guru Dievakuasi ke Ilaga\n"
        "Kompas.com - 14/05/2024, 10:15 WIB\n"
        "Lihat Foto\n"
        "Ilustrasi kebakaran(SHUTTERSTOCK/FOTOGRAFIE)\n"
        "Penulis Dhias Suwandi | Editor Gloria Setyvani Putri\n"
        "PUNCAK, KOMPAS.com - Kelompok kriminal bersenjata (KKB) membakar gedung sekolah dasar di Distrik Beoga, Kabupaten Puncak, Papua Tengah, Senin (13/5/2024) malam.\n"
        "Kepala Operasi Damai Cartenz Kombes Faizal Ramadhani mengatakan, tidak ada korban jiwa dalam peristiwa itu.\n"
        "Baca juga: Pos TNI di Intan Jaya Diserang, Satu Prajurit Terluka\n"
        "\"Para guru sudah kami evakuasi ke Ilaga untuk sementara waktu,\" kata Faizal.\n"
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram \"Kompas.com News Update\", caranya klik link https://t.me/kompascomupdate, kemudian join.\n"
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel\n"
        "Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Group). All Rights Reserved.\n",
        {"url": "https://regional.kompas.com/read/2024/05/14/101500178/kkb-bakar-sekolah-di-puncak"},
        {"title": "KKB Bakar Sekolah di Puncak, Guru Dievakuasi ke Ilaga", "outlet": "KOMPAS.com", "dateline": "Puncak", "published": "2024-05-14"},
        ("Lihat Foto", "Penulis Dhias", "Dapatkan update", "Copyright",),
        ("Kepala Operasi Damai Cartenz Kombes Faizal Ramadhani mengatakan, tidak ada korban jiwa dalam peristiwa itu.",),
    ),
    Scrape(
        "detik-team-byline",
        "Densus 88 Tangkap 3 Terduga Teroris di Bekasi\n"
        "Tim detikcom - detikNews\n"
        "Rabu, 15 Mei 2024 13:45 WIB\n"
        "Foto: Ilustrasi Densus 88 (Ari Saputra/detikcom)\n"
        "Jakarta - Tim Densus 88 Antiteror Polri menangkap tiga terduga teroris di Bekasi, Jawa Barat. Ketiganya diduga anggota jaringan Jamaah Ansharut Daulah (JAD).\n"
        "ADVERTISEMENT\n"
        "SCROLL TO CONTINUE WITH CONTENT\n"
        "\"Benar, ada tiga orang yang diamankan,\" kata Kabag Banops Densus 88 Kombes Aswin Siregar saat dimintai konfirmasi, Rabu (15/5/2024).\n"
        "Aswin menyebut penangkapan dilakukan di tiga lokasi berbeda.\n"
        "Simak Video \"Video: Densus 88 Tangkap Terduga Teroris Jaringan JAD di Sulteng\"\n"
        "[Gambas:Video 20detik]\n"
        "(mea/idn)\n"
        "terorisme\n"
        "densus 88\n"
        "bekasi\n",
        {"url": "https://news.detik.com/berita/d-7345678/densus-88-tangkap-3-terduga-teroris-di-bekasi"},
        {"title": "Densus 88 Tangkap 3 Terduga Teroris di Bekasi", "outlet": "detikcom", "dateline": "Jakarta", "published": "2024-05-15"},
        ("Tim detikcom", "ADVERTISEMENT", "Simak Video", "Gambas", "(mea/idn)",),
        ("Aswin menyebut penangkapan dilakukan di tiga lokasi berbeda.",),
    ),
    Scrape(
        "antara-caption-credit-and-copying-notice",
        "Polri siaga satu jelang Natal di Papua\n"
        "Rabu, 18 Desember 2024 16:20 WIB\n"
        "Kapolda Papua Irjen Pol. Patrige Renwarin. ANTARA/HO-Humas Polda Papua\n"
        "Jayapura (ANTARA) - Kepolisian Daerah Papua menetapkan status siaga satu menjelang perayaan Natal dan Tahun Baru menyusul meningkatnya ancaman gangguan keamanan dari kelompok bersenjata.\n"
        "Kapolda Papua Irjen Pol. Patrige Renwarin di Jayapura, Rabu, mengatakan personel gabungan TNI-Polri disiagakan di gereja-gereja dan pusat keramaian.\n"
        "\"Kami tidak ingin kecolongan,\" katanya.\n"
        "Baca juga: Satgas Damai Cartenz kejar pelaku penembakan di Yahukimo\n"
        "Baca juga: KKB tembak warga sipil di Intan Jaya\n"
        "Pewarta: Evarukdijati\n"
        "Editor: Budi Suyanto\n"
        "COPYRIGHT © ANTARA 2024\n"
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n",
        {"url": "https://www.antaranews.com/berita/4101234/polri-siaga-jelang-natal"},
        {"title": "Polri siaga satu jelang Natal di Papua", "outlet": "ANTARA", "dateline": "Jayapura", "published": "2024-12-18"},
        ("ANTARA/HO-Humas", "Patrige Renwarin. ANTARA", "Dilarang keras", "Pewarta:", "COPYRIGHT",),
        ("Kapolda Papua Irjen Pol. Patrige Renwarin di Jayapura, Rabu, mengatakan personel gabungan TNI-Polri disiagakan di gereja-gereja dan pusat keramaian.",),
    ),
    Scrape(
        "liputan6-share-and-trailer",
        "Bom Meledak di Pasar Mindanao, 5 Orang Tewas\n"
        "Oleh Tanti Yulianingsih\n"
        "pada 20 Jul 2024, 09:00 WIB\n"
        "Diperbarui 20 Jul 2024, 09:05 WIB\n"
        "Share\n"
        "Copy Link\n"
        "Liputan6.com, Manila - Sebuah bom meledak di pasar tradisional di Kota Cotabato, Mindanao, Filipina selatan, Jumat 19 Juli 2024, menewaskan lima orang dan melukai 20 lainnya.\n"
        "Militer Filipina menduga kelompok Dawlah Islamiyah berada di balik serangan tersebut.\n"
        "Advertisement\n"
        "\"Kami sedang memburu para pelaku,\" ujar juru bicara militer Kolonel Louie Dema-ala, seperti dikutip dari AP.\n"
        "Advertisement\n"
        "Next\n"
        "Produksi Liputan6.com\n"
        "Berita Terkini\n",
        {"url": "https://www.liputan6.com/news/read/5601234/bom-meledak-di-pasar-mindanao"},
        {"title": "Bom Meledak di Pasar Mindanao, 5 Orang Tewas", "outlet": "Liputan6.com", "dateline": "Manila", "published": "2024-07-20"},
        ("Share", "Copy Link", "Advertisement", "Next", "Produksi", "Berita Terkini", "Oleh Tanti",),
        ("Militer Filipina menduga kelompok Dawlah Islamiyah berada di balik serangan tersebut.",),
    ),
    Scrape(
        "tempo-labelled-byline",
        "BNPT Waspadai Radikalisasi Daring Jelang Pemilu\n"
        "Reporter\n"
        "Andi Adam Faturahman\n"
        "Editor\n"
        "Sunudyantoro\n"
        "Selasa, 9 Januari 2024 14:02 WIB\n"
        "TEMPO.CO, Jakarta - Badan Nasional Penanggulangan Terorisme (BNPT) mewaspadai meningkatnya radikalisasi melalui media sosial menjelang Pemilu 2024.\n"
        "Kepala BNPT Komjen Rycko Amelza Dahniel mengatakan kelompok teror memanfaatkan momentum politik untuk merekrut anggota baru.\n"
        "Pilihan Editor: Densus 88 Tangkap Anggota JI di Sulawesi Tengah\n"
        "Baca berita dengan sedikit iklan, klik di sini\n"
        "Scroll ke bawah untuk melanjutkan membaca\n"
        "\"Mereka menyasar anak muda,\" kata Rycko.\n"
        "Iklan\n",
        {"url": "https://nasional.tempo.co/read/1890123/bnpt-waspadai-radikalisasi-daring"},
        {"title": "BNPT Waspadai Radikalisasi Daring Jelang Pemilu", "outlet": "TEMPO.CO", "dateline": "Jakarta", "published": "2024-01-09"},
        ("Reporter", "Andi Adam", "Sunudyantoro", "Pilihan Editor", "sedikit iklan", "Scroll ke bawah", "Iklan",),
        ("Kepala BNPT Komjen Rycko Amelza Dahniel mengatakan kelompok teror memanfaatkan momentum politik untuk merekrut anggota baru.", "\"Mereka menyasar anak muda,\" kata Rycko.",),
    ),
    Scrape(
        "suara-bracketed-photo-credit",
        "Serangan di Balai Konser Moskow, Puluhan Tewas\n"
        "Suara.Com\n"
        "Jum'at, 22 Maret 2024 | 20:00 WIB\n"
        "Tangkapan layar video dari lokasi kejadian. [Telegram]\n"
        "Suara.com - Sekelompok pria bersenjata menyerbu gedung konser Crocus City Hall di pinggiran Moskow, Rusia, Jumat (22/3/2024) malam, menewaskan sedikitnya 40 orang.\n"
        "Kelompok ISIS mengklaim bertanggung jawab atas serangan itu melalui kantor berita Amaq.\n"
        "BACA JUGA:\n"
        "Rusia Tuding Ukraina\n"
        "Presiden Vladimir Putin menyebut serangan itu sebagai aksi teroris berdarah dan barbar.\n"
        "Terkini\n"
        "Populer\n",
        {"url": "https://www.suara.com/news/2024/03/22/200000/serangan-di-moskow"},
        {"title": "Serangan di Balai Konser Moskow, Puluhan Tewas", "outlet": "Suara.com", "published": "2024-03-22"},
        ("Tangkapan layar", "[Telegram]", "BACA JUGA", "Rusia Tuding Ukraina", "Populer",),
        ("Presiden Vladimir Putin menyebut serangan itu sebagai aksi teroris berdarah dan barbar.",),
    ),
    Scrape(
        "republika-labelled-photo-credit",
        "Polisi Tembak Mati Terduga Teroris di Sigi\n"
        "Red: Andri Saubani\n"
        "Rep: Rizky Suryarandika\n"
        "Kamis 04 Apr 2024 15:30 WIB\n"
        "Petugas kepolisian bersiaga di lokasi. (ilustrasi)\n"
        "Foto: Antara/Mohamad Hamzah\n"
        "REPUBLIKA.CO.ID, PALU -- Satgas Madago Raya menembak mati seorang terduga anggota Mujahidin Indonesia Timur (MIT) dalam kontak tembak di pegunungan Sigi, Sulawesi Tengah, Kamis (4/4/2024).\n"
        "Kapolda Sulteng Irjen Agus Nugroho membenarkan peristiwa itu.\n"
        "\"Satu DPO MIT tewas dalam kontak tembak,\" kata Agus.\n"
        "sumber : Antara\n"
        "Berita Lainnya\n"
        "Innalillahi, Korban Banjir Bandang Bertambah\n"
        "IKLAN\n",
        {"url": "https://www.republika.co.id/berita/s1abcd123/polisi-tembak-mati-terduga-teroris"},
        {"title": "Polisi Tembak Mati Terduga Teroris di Sigi", "outlet": "Republika", "dateline": "Palu", "published": "2024-04-04"},
        ("Red: Andri", "Rep: Rizky", "Petugas kepolisian bersiaga", "Foto: Antara", "Berita Lainnya", "IKLAN",),
        ("Kapolda Sulteng Irjen Agus Nugroho membenarkan peristiwa itu.",),
    ),
    Scrape(
        "okezone-reporter-beside-date",
        "KKB Tembak Mati Pilot Helikopter di Mimika\n"
        "Carlos Roy Fajarta, Jurnalis · Senin 12 Agustus 2024 09:15 WIB\n"
        "Ilustrasi. (Foto: Okezone)\n"
        "JAKARTA - Kelompok Kriminal Bersenjata (KKB) menembak mati pilot helikopter asal Selandia Baru, Glen Malcolm Conning, di Distrik Alama, Kabupaten Mimika, Papua Tengah, Senin (5/8/2024).\n"
        "Helikopter itu kemudian dibakar oleh para pelaku.\n"
        "Kasatgas Humas Operasi Damai Cartenz AKBP Bayu Suseno mengatakan, empat penumpang selamat.\n"
        "\"Empat penumpang berhasil menyelamatkan diri,\" ujar Bayu.\n"
        "Follow Berita Okezone di Google News\n"
        "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu akun di ORION, daftar sekarang dengan klik disini dan nantikan kejutan menarik lainnya\n"
        "(erh)\n",
        {"url": "https://news.okezone.com/read/2024/08/12/337/3045678/kkb-tembak-pilot-selandia-baru"},
        {"title": "KKB Tembak Mati Pilot Helikopter di Mimika", "outlet": "Okezone", "dateline": "Jakarta", "published": "2024-08-12"},
        ("Carlos Roy", "Ilustrasi. (Foto", "Follow Berita", "Dapatkan berita up to date", "(erh)",),
        ("Helikopter itu kemudian dibakar oleh para pelaku.",),
    ),
    Scrape(
        "bbc-indonesia-furniture",
        "Serangan bom bunuh diri di Pakistan tewaskan 25 orang\n"
        "Sumber gambar, Reuters\n"
        "Keterangan gambar, Petugas keamanan memeriksa lokasi ledakan di Quetta.\n"
        "Article information\n"
        "Penulis, Redaksi BBC News Indonesia\n"
        "9 November 2024\n"
        "Sedikitnya 25 orang tewas dan lebih dari 50 lainnya luka-luka dalam serangan bom bunuh diri di stasiun kereta api di Quetta, Pakistan, Sabtu (09/11).\n"
        "Kelompok separatis Tentara Pembebasan Baluchistan (BLA) mengaku bertanggung jawab atas serangan tersebut.\n"
        "Lewati Whatsapp dan lanjutkan membaca\n"
        "Akun resmi kami di WhatsApp\n"
        "Liputan mendalam BBC News Indonesia langsung di WhatsApp Anda.\n"
        "Klik di sini\n"
        "Akhir dari Whatsapp\n"
        "Menurut polisi, sebagian besar korban adalah anggota militer yang baru pulang bertugas.\n",
        {"url": "https://www.bbc.com/indonesia/articles/c0abc123"},
        {"title": "Serangan bom bunuh diri di Pakistan tewaskan 25 orang", "outlet": "BBC News Indonesia", "published": "2024-11-09"},
        ("Sumber gambar", "Keterangan gambar", "Article information", "Penulis, Redaksi", "Lewati Whatsapp", "Akun resmi", "Liputan mendalam", "Klik di sini", "Akhir dari",),
        ("Menurut polisi, sebagian besar korban adalah anggota militer yang baru pulang bertugas.",),
    ),
    Scrape(
        "idn-times-boxes",
        "Israel Gempur Rafah, 35 Warga Palestina Tewas\n"
        "Penulis Sonya Michaela\n"
        "27 Mei 2024 06:45 WIB\n"
        "Foto hanya ilustrasi. (Pixabay.com/Ahmed_Abu_Hameeda)\n"
        "Intinya Sih...\n"
        "Serangan udara Israel menghantam kamp pengungsi di Rafah.\n"
        "Sedikitnya 35 orang tewas.\n"
        "Jakarta, IDN Times - Serangan udara Israel menghantam kamp pengungsi di Tal as-Sultan, Rafah, Gaza selatan, pada Minggu (26/5/2024) malam, menewaskan sedikitnya 35 orang.\n"
        "Kementerian Kesehatan Gaza mengatakan sebagian besar korban adalah perempuan dan anak-anak.\n"
        "1. Militer Israel mengaku menargetkan petinggi Hamas\n"
        "Militer Israel mengatakan serangan itu menyasar dua pejabat senior Hamas.\n"
        "Baca Juga: Mesir Kecam Serangan Israel ke Rafah\n"
        "2. Dunia mengecam serangan tersebut\n"
        "Sekjen PBB Antonio Guterres mengutuk serangan tersebut.\n"
        "Editor’s picks\n"
        "Topik:\n"
        "Israel\n"
        "Rafah\n",
        {"url": "https://www.idntimes.com/news/world/sudah-tewas-200-orang"},
        {"title": "Israel Gempur Rafah, 35 Warga Palestina Tewas", "outlet": "IDN Times", "dateline": "Jakarta", "published": "2024-05-27"},
        ("Penulis Sonya", "Foto hanya ilustrasi", "Intinya Sih", "Baca Juga", "Editor’s picks", "Topik",),
        ("Militer Israel mengatakan serangan itu menyasar dua pejabat senior Hamas.", "Sekjen PBB Antonio Guterres mengutuk serangan tersebut.",),
    ),
    Scrape(
        "jpnn-two-roles-and-video-prompt",
        "Densus 88 Amankan 5 Terduga Teroris di Jawa Tengah\n"
        "Minggu, 16 Juni 2024 – 14:05 WIB\n"
        "Ilustrasi Densus 88 Antiteror Polri. Foto: Ricardo/JPNN.com\n"
        "jpnn.com, SEMARANG - Tim Densus 88 Antiteror Polri mengamankan lima terduga teroris di sejumlah wilayah di Jawa Tengah.\n"
        "Kabid Humas Polda Jateng Kombes Pol Artanto mengatakan penangkapan dilakukan sejak Jumat (14/6).\n"
        "\"Mereka diduga terlibat jaringan Jamaah Islamiyah (JI),\" kata Artanto.\n"
        "Redaktur & Reporter : Fathan Sinaga\n"
        "Jangan Lewatkan Video Terbaru:\n"
        "Loading...\n",
        {"url": "https://www.jpnn.com/news/densus-88-amankan-5-terduga-teroris"},
        {"title": "Densus 88 Amankan 5 Terduga Teroris di Jawa Tengah", "outlet": "JPNN.com", "dateline": "Semarang", "published": "2024-06-16"},
        ("Ricardo/JPNN", "Redaktur & Reporter", "Jangan Lewatkan", "Loading",),
        ("Kabid Humas Polda Jateng Kombes Pol Artanto mengatakan penangkapan dilakukan sejak Jumat (14/6).",),
    ),
    Scrape(
        "kumparan-reading-time-and-trailer",
        "Polisi Tangkap Pelaku Teror Bom Molotov di Kantor Redaksi\n"
        "kumparanNEWS\n"
        "12 Maret 2024 17:30 WIB\n"
        "·\n"
        "waktu baca 2 menit\n"
        "Ilustrasi bom molotov. Foto: Shutterstock\n"
        "Polisi menangkap dua pria yang diduga melempar bom molotov ke kantor redaksi sebuah media di Jayapura, Papua.\n"
        "Kapolresta Jayapura Kombes Victor Mackbon mengatakan kedua pelaku ditangkap di rumahnya masing-masing.\n"
        "\"Motifnya masih kami dalami,\" kata Victor kepada wartawan, Selasa (12/3).\n"
        "Mengutip Antara, pelemparan itu terjadi pada Senin dini hari.\n"
        "Trending Now\n"
        "Konten Premium\n"
        "Masuk untuk menambahkan komentar\n",
        {"url": "https://kumparan.com/kumparannews/polisi-tangkap-pelaku-teror-23abcXYZ"},
        {"title": "Polisi Tangkap Pelaku Teror Bom Molotov di Kantor Redaksi", "outlet": "kumparanNEWS", "published": "2024-03-12", "wire": ["Antara"]},
        ("waktu baca", "Ilustrasi bom molotov", "Trending Now", "Konten Premium", "Masuk untuk",),
        ("Kapolresta Jayapura Kombes Victor Mackbon mengatakan kedua pelaku ditangkap di rumahnya masing-masing.", "Mengutip Antara, pelemparan itu terjadi pada Senin dini hari.",),
    ),
    Scrape(
        "sindonews-name-above-date-and-font-buttons",
        "BNPT Ungkap Pola Baru Rekrutmen Kelompok Teror\n"
        "Abdul Rochim\n"
        "Kamis, 21 Maret 2024 - 19:45 WIB\n"
        "loading...\n"
        "Kepala BNPT Komjen Pol Mohammed Rycko Amelza Dahniel mengungkap pola baru rekrutmen kelompok teror melalui gim daring. Foto/Dok. SINDOnews\n"
        "A A A\n"
        "JAKARTA - Badan Nasional Penanggulangan Terorisme (BNPT) mengungkap pola baru rekrutmen kelompok teror yang menyasar anak-anak melalui gim daring.\n"
        "Menurut Rycko, kelompok itu memanfaatkan fitur obrolan dalam gim untuk mendekati calon anggota.\n"
        "\"Orang tua harus lebih waspada,\" katanya.\n"
        "(abd)\n"
        "Lihat Juga :\n"
        "Densus 88 Tangkap Perekrut Anak di Lampung\n",
        {"url": "https://nasional.sindonews.com/read/1345678/13/bnpt-ungkap-pola-baru-rekrutmen"},
        {"title": "BNPT Ungkap Pola Baru Rekrutmen Kelompok Teror", "outlet": "Sindonews", "dateline": "Jakarta", "published": "2024-03-21"},
        ("Abdul Rochim", "A A A", "loading", "gim daring. Foto", "Lihat Juga", "Perekrut Anak",),
        ("Menurut Rycko, kelompok itu memanfaatkan fitur obrolan dalam gim untuk mendekati calon anggota.",),
    ),
    Scrape(
        "viva-labels-on-their-own-lines",
        "Serangan Kelompok Bersenjata di Mali Tewaskan 40 Warga Desa\n"
        "Jumat, 5 Juli 2024 - 06:12 WIB\n"
        "Oleh :\n"
        "Natania Longdong,\n"
        "Santi Dewi\n"
        "Sumber :\n"
        "AFP\n"
        "Ilustrasi tentara Mali berpatroli.\n"
        "Photo :\n"
        "AFP\n"
        "VIVA – Sedikitnya 40 warga desa tewas dalam serangan kelompok bersenjata di wilayah Mopti, Mali tengah, kata pejabat setempat, Kamis, 4 Juli 2024.\n"
        "Para penyerang datang dengan sepeda motor dan menembaki warga.\n"
        "Belum ada kelompok yang mengklaim bertanggung jawab.\n"
        "Halaman Selanjutnya\n"
        "Tentara Mali kemudian dikerahkan ke lokasi.\n",
        {"url": "https://www.viva.co.id/berita/dunia/1712345-serangan-di-mali"},
        {"title": "Serangan Kelompok Bersenjata di Mali Tewaskan 40 Warga Desa", "outlet": "VIVA.co.id", "published": "2024-07-05", "wire": ["AFP"]},
        ("Oleh", "Natania", "Santi Dewi", "Sumber :", "Ilustrasi tentara Mali", "Photo", "Halaman Selanjutnya",),
        ("Para penyerang datang dengan sepeda motor dan menembaki warga.", "Tentara Mali kemudian dikerahkan ke lokasi.",),
    ),
    Scrape(
        "voa-caption-without-opener-and-forum",
        "Al-Shabaab Serang Pangkalan Militer di Somalia\n"
        "17 Mei 2024\n"
        "Print\n"
        "Tentara Somalia berjaga di Mogadishu, 10 Mei 2024. (Foto: Reuters)\n"
        "Kelompok militan Al-Shabaab menyerang sebuah pangkalan militer di wilayah Hiran, Somalia tengah, Kamis (16/5), menewaskan sedikitnya tujuh tentara, kata seorang komandan.\n"
        "Al-Shabaab mengklaim telah menewaskan lebih banyak tentara.\n"
        "Forum\n"
        "Facebook Forum\n"
        "Tidak ada komentar pada forum ini. Jadilah yang pertama!\n",
        {"url": "https://www.voaindonesia.com/a/serangan-di-somalia/7654321.html"},
        {"title": "Al-Shabaab Serang Pangkalan Militer di Somalia", "outlet": "VOA Indonesia", "published": "2024-05-17"},
        ("Print", "Tentara Somalia berjaga", "Forum", "Tidak ada komentar",),
        ("Al-Shabaab mengklaim telah menewaskan lebih banyak tentara.",),
    ),
    Scrape(
        "cnbc-section-name-outlet-byline",
        "Houthi Kembali Serang Kapal Kargo di Laut Merah\n"
        "News - Rindi Salsabila, CNBC Indonesia\n"
        "15 June 2024 12:34\n"
        "Foto: REUTERS/Stringer\n"
        "Jakarta, CNBC Indonesia - Kelompok Houthi Yaman kembali menyerang sebuah kapal kargo di Laut Merah pada Jumat (14/6/2024).\n"
        "Badan Operasi Perdagangan Maritim Inggris (UKMTO) mengatakan kapal itu terkena dua rudal.\n"
        "Next Article\n"
        "AS Gempur Houthi di Yaman\n"
        "(luc/luc)\n",
        {"url": "https://www.cnbcindonesia.com/news/20240615123456-4-123456/houthi-serang-kapal"},
        {"title": "Houthi Kembali Serang Kapal Kargo di Laut Merah", "outlet": "CNBC Indonesia", "dateline": "Jakarta", "published": "2024-06-15"},
        ("Rindi Salsabila", "REUTERS/Stringer", "Next Article", "AS Gempur Houthi", "(luc/luc)",),
        ("Badan Operasi Perdagangan Maritim Inggris (UKMTO) mengatakan kapal itu terkena dua rudal.",),
    ),
    # outlets of the thirteenth round: their bylines, date formats, credits and link lists
    Scrape(
        "media-indonesia-penulis-bar-editor",
        "Home > Politik dan Hukum\n"
        "Densus 88 Tangkap Tiga Terduga Teroris di Sulawesi Tengah\n"
        "Penulis: Rahmad Fauzan | Editor: Andhika Prasetyo\n"
        "12/9/2024 14:35\n"
        "Ilustrasi: Personel Densus 88 Antiteror Polri berjaga saat penggeledahan. (MI/Susanto)\n"
        "DETASEMEN Khusus 88 Antiteror Polri menangkap tiga terduga teroris di Kabupaten Poso dan Sigi, Sulawesi Tengah, Rabu (11/9).\n"
        "Ketiganya diduga bagian dari sisa jaringan Mujahidin Indonesia Timur (MIT) yang selama ini membantu logistik kelompok itu.\n"
        "Baca juga : Polisi Sita Senapan Rakitan di Pegunungan Poso\n"
        "\"Mereka sudah kami pantau sejak awal tahun,\" kata Juru Bicara Densus 88 Kombes Aswin Siregar di Jakarta, Kamis (12/9).\n"
        "Aswin menambahkan, penyidik menyita dua pucuk senjata api, amunisi, dan sejumlah buku jihad.\n"
        "Baca juga : BNPT Gelar Deradikalisasi Mantan Napiter di Palu\n"
        "(Z-9)\n"
        "Tags\n"
        "Densus 88\n"
        "Poso\n"
        "Terorisme\n"
        "Berita Terkait\n"
        "Polisi Sita Senapan Rakitan di Pegunungan Poso\n"
        "BNPT Gelar Deradikalisasi Mantan Napiter di Palu\n"
        "Satgas Madago Raya Diperpanjang hingga Akhir Tahun\n",
        {"url": "https://mediaindonesia.com/politik-dan-hukum/700123/densus-88-tangkap-tiga-terduga-teroris"},
        {"title": "Densus 88 Tangkap Tiga Terduga Teroris di Sulawesi Tengah", "outlet": "Media Indonesia",
         "published": "2024-09-12", "wire": []},
        ("Home >", "Penulis:", "Editor:", "MI/Susanto", "Baca juga", "(Z-9)", "Tags", "Berita Terkait",
         "Satgas Madago Raya Diperpanjang"),
        ("DETASEMEN Khusus 88 Antiteror Polri menangkap tiga terduga teroris di Kabupaten Poso dan Sigi, Sulawesi Tengah, Rabu (11/9).",
         "Aswin menambahkan, penyidik menyita dua pucuk senjata api, amunisi, dan sejumlah buku jihad."),
    ),
    Scrape(
        "pikiran-rakyat-caps-opener-and-google-news",
        "Kelompok Bersenjata Bakar Sekolah di Intan Jaya, Guru Dievakuasi ke Sugapa\n"
        "Yusuf Wijanarko\n"
        "- Kamis, 12 September 2024 | 14:35 WIB\n"
        "Ilustrasi prajurit TNI di Papua. /Antara/Sevianto Pakiding\n"
        "PIKIRAN RAKYAT - Kelompok bersenjata membakar sebuah sekolah dasar di Distrik Hitadipa, Kabupaten Intan Jaya, Papua Tengah, Rabu 11 September 2024.\n"
        "Tidak ada korban jiwa dalam peristiwa tersebut, namun belasan guru terpaksa dievakuasi ke Sugapa.\n"
        "Baca Juga: Satgas Damai Cartenz Kejar Pelaku Penembakan Tukang Ojek di Puncak\n"
        "Kepala Penerangan Kogabwilhan III Kolonel Inf Gusti Nyoman Suriastawa mengatakan aparat sudah menebalkan penjagaan di distrik itu.\n"
        "\"Kami pastikan aktivitas belajar akan dipulihkan secepatnya,\" ujarnya.\n"
        "Artikel Pilihan\n"
        "Simak update artikel pilihan lainnya dari kami di Google News\n"
        "Editor: Yusuf Wijanarko\n"
        "Tags\n"
        "Papua\n"
        "KKB\n",
        {"url": "https://www.pikiran-rakyat.com/nasional/pr-018123456/kelompok-bersenjata-bakar-sekolah"},
        {"title": "Kelompok Bersenjata Bakar Sekolah di Intan Jaya, Guru Dievakuasi ke Sugapa",
         "outlet": "Pikiran Rakyat", "published": "2024-09-12", "wire": []},
        ("Yusuf Wijanarko", "Sevianto", "Baca Juga", "Artikel Pilihan", "Google News", "Editor:", "Tags"),
        ("Tidak ada korban jiwa dalam peristiwa tersebut, namun belasan guru terpaksa dievakuasi ke Sugapa.",
         "Kepala Penerangan Kogabwilhan III Kolonel Inf Gusti Nyoman Suriastawa mengatakan aparat sudah menebalkan penjagaan di distrik itu.",
         "\"Kami pastikan aktivitas belajar akan dipulihkan secepatnya,\" ujarnya."),
    ),
    Scrape(
        "serambi-laporan-wartawan-and-tayang",
        "Polisi Ungkap Pemasok Senjata Eks Kombatan di Aceh Utara\n"
        "Kamis, 12 September 2024 14:35\n"
        "Laporan Wartawan Serambinews.com Jafaruddin | Aceh Utara\n"
        "SERAMBINEWS.COM, LHOKSUKON - Kepolisian Resor Aceh Utara menangkap seorang pria yang diduga memasok senjata api ilegal kepada sejumlah mantan kombatan.\n"
        "Dari tangan tersangka, polisi menyita satu pucuk senapan serbu dan 120 butir peluru.\n"
        "Baca juga: Warga Serahkan Granat Sisa Konflik ke Koramil\n"
        "Kapolres Aceh Utara AKBP Deden Heksaputera mengatakan tersangka membeli senjata itu dari seseorang di Sumatera Utara.\n"
        "\"Kasus ini masih kami kembangkan,\" kata Deden.\n"
        "Artikel ini telah tayang di SerambiNews.com dengan judul Polisi Ungkap Pemasok Senjata Eks Kombatan di Aceh Utara, https://aceh.tribunnews.com/2024/09/12/polisi-ungkap-pemasok\n"
        "Penulis: Jafaruddin\n"
        "Editor: Muhammad Hadi\n"
        "Berita Populer\n",
        {"url": "https://aceh.tribunnews.com/2024/09/12/polisi-ungkap-pemasok-senjata"},
        {"title": "Polisi Ungkap Pemasok Senjata Eks Kombatan di Aceh Utara", "outlet": "Serambinews.com",
         "dateline": "Lhoksukon", "published": "2024-09-12", "wire": []},
        ("Laporan Wartawan", "Baca juga", "telah tayang", "Penulis:", "Editor:", "Berita Populer"),
        ("Dari tangan tersangka, polisi menyita satu pucuk senapan serbu dan 120 butir peluru.",
         "\"Kasus ini masih kami kembangkan,\" kata Deden."),
    ),
    Scrape(
        "tribun-papua-caps-dateline",
        "KKB Tembak Warga Sipil di Yahukimo, Korban Dievakuasi ke Dekai\n"
        "Kamis, 12 September 2024 14:35 WIB\n"
        "Istimewa\n"
        "Personel gabungan TNI-Polri mengevakuasi korban penembakan di Yahukimo, Rabu (11/9/2024).\n"
        "Laporan Wartawan Tribun-Papua.com, Hendrik Rikarsyo Rewapatara\n"
        "TRIBUN-PAPUA.COM, DEKAI - Seorang warga sipil terluka setelah ditembak orang tak dikenal di Distrik Dekai, Kabupaten Yahukimo, Papua Pegunungan, Rabu (11/9/2024).\n"
        "Korban berinisial YS (29) mengalami luka tembak di bahu kiri dan langsung dibawa ke RSUD Dekai.\n"
        "Baca juga: Satgas Damai Cartenz Tangkap Penyuplai Amunisi di Wamena\n"
        "Kasatgas Humas Operasi Damai Cartenz AKBP Bayu Suseno menduga pelaku adalah anggota kelompok bersenjata pimpinan Kopitua Heluka.\n"
        "(*)\n"
        "Artikel ini telah tayang di Tribun-Papua.com dengan judul KKB Tembak Warga Sipil di Yahukimo\n",
        {"url": "https://papua.tribunnews.com/2024/09/12/kkb-tembak-warga-sipil-di-yahukimo"},
        {"title": "KKB Tembak Warga Sipil di Yahukimo, Korban Dievakuasi ke Dekai", "outlet": "Tribun-Papua.com",
         "dateline": "Dekai", "published": "2024-09-12", "wire": []},
        ("Istimewa", "mengevakuasi korban penembakan", "Laporan Wartawan", "Baca juga", "(*)", "telah tayang"),
        ("Korban berinisial YS (29) mengalami luka tembak di bahu kiri dan langsung dibawa ke RSUD Dekai.",
         "Kasatgas Humas Operasi Damai Cartenz AKBP Bayu Suseno menduga pelaku adalah anggota kelompok bersenjata pimpinan Kopitua Heluka."),
    ),
    Scrape(
        "tribun-medan-editor-bar",
        "Densus 88 Geledah Rumah Terduga Teroris di Deli Serdang\n"
        "Penulis: Fredy Santoso | Editor: Abdi Tumanggor\n"
        "Kamis, 12 September 2024 14:35 WIB\n"
        "TRIBUN-MEDAN.com/FREDY SANTOSO\n"
        "Petugas Densus 88 membawa barang bukti dari rumah terduga teroris di Deli Serdang, Kamis (12/9/2024).\n"
        "TRIBUN-MEDAN.com, MEDAN - Tim Densus 88 Antiteror Polri menggeledah rumah seorang terduga teroris di Kecamatan Percut Sei Tuan, Deli Serdang, Kamis (12/9/2024).\n"
        "Penggeledahan berlangsung sekitar dua jam dan disaksikan kepala lingkungan setempat.\n"
        "Baca juga: Polda Sumut Perketat Pengamanan Gereja Jelang Natal\n"
        "Kabid Humas Polda Sumut Kombes Hadi Wahyudi membenarkan penggeledahan tersebut.\n"
        "(cr4/tribun-medan.com)\n"
        "Ikuti saluran Tribun Medan di WhatsApp\n"
        "Baca berita TRIBUN MEDAN lainnya di Google News\n",
        {"url": "https://medan.tribunnews.com/2024/09/12/densus-88-geledah-rumah"},
        {"title": "Densus 88 Geledah Rumah Terduga Teroris di Deli Serdang", "outlet": "Tribun-Medan.com",
         "dateline": "Medan", "published": "2024-09-12", "wire": []},
        ("Penulis:", "FREDY SANTOSO", "membawa barang bukti", "Baca juga", "cr4", "WhatsApp", "Google News"),
        ("Penggeledahan berlangsung sekitar dua jam dan disaksikan kepala lingkungan setempat.",
         "Kabid Humas Polda Sumut Kombes Hadi Wahyudi membenarkan penggeledahan tersebut."),
    ),
    Scrape(
        "kontan-reporter-bar-and-period-dateline",
        "Serangan Houthi Kerek Ongkos Asuransi Kapal di Laut Merah\n"
        "Reporter: Bimo Kresnomurti | Editor: Handoyo\n"
        "Kamis, 12 September 2024 / 14:35 WIB\n"
        "ILUSTRASI. Kapal kargo melintas di Laut Merah. REUTERS/Stringer\n"
        "KONTAN.CO.ID - JAKARTA. Serangan kelompok Houthi terhadap kapal dagang di Laut Merah mendorong kenaikan premi asuransi perang hingga tiga kali lipat.\n"
        "Mengutip Reuters, Kamis (12/9), sejumlah perusahaan pelayaran memilih memutar lewat Tanjung Harapan.\n"
        "Baca Juga: Harga Minyak Naik Setelah Kapal Tanker Diserang\n"
        "Analis memperkirakan gangguan itu berlanjut hingga akhir tahun.\n"
        "Cek Berita dan Artikel yang lain di Google News\n"
        "Tag\n"
        "Houthi\n",
        {"url": "https://internasional.kontan.co.id/news/serangan-houthi-kerek-ongkos-asuransi"},
        {"title": "Serangan Houthi Kerek Ongkos Asuransi Kapal di Laut Merah", "outlet": "Kontan.co.id",
         "dateline": "Jakarta", "published": "2024-09-12", "wire": ["Reuters"]},
        ("Reporter:", "ILUSTRASI", "Baca Juga", "Cek Berita", "Tag"),
        ("Mengutip Reuters, Kamis (12/9), sejumlah perusahaan pelayaran memilih memutar lewat Tanjung Harapan.",
         "Analis memperkirakan gangguan itu berlanjut hingga akhir tahun."),
    ),
    Scrape(
        "bisnis-penulis-spaced-colon",
        "Rusia Klaim Kuasai Dua Desa di Donetsk\n"
        "Nancy Junita\n"
        "Kamis, 12 September 2024 | 14:35\n"
        "Tentara Ukraina menembakkan artileri di garis depan Donetsk. - Reuters\n"
        "Bisnis.com, JAKARTA - Kementerian Pertahanan Rusia mengklaim pasukannya telah menguasai dua desa di wilayah Donetsk, Ukraina timur.\n"
        "Dilansir dari kantor berita TASS, Kamis (12/9/2024), kedua desa itu direbut setelah pertempuran selama sepekan.\n"
        "Baca Juga : Ukraina Serang Depot Minyak di Wilayah Rusia\n"
        "Kyiv belum menanggapi klaim tersebut.\n"
        "Simak berita lainnya seputar topik artikel ini, di sini :\n"
        "Rusia\n"
        "Ukraina\n"
        "Penulis : Nancy Junita\n"
        "Editor : Nancy Junita\n"
        "Konten Premium\n"
        "Nikmati Konten Premium Untuk Informasi Yang Lebih Dalam\n",
        {"url": "https://kabar24.bisnis.com/read/20240912/19/1800123/rusia-klaim-kuasai-dua-desa"},
        {"title": "Rusia Klaim Kuasai Dua Desa di Donetsk", "outlet": "Bisnis.com", "dateline": "Jakarta",
         "published": "2024-09-12", "wire": ["TASS"]},
        ("Nancy Junita", "menembakkan artileri", "Baca Juga", "Simak berita", "Penulis :", "Konten Premium",
         "Nikmati"),
        ("Dilansir dari kantor berita TASS, Kamis (12/9/2024), kedua desa itu direbut setelah pertempuran selama sepekan.",
         "Kyiv belum menanggapi klaim tersebut."),
    ),
    Scrape(
        "gatra-short-month",
        "Militer Myanmar Serang Desa di Sagaing, 20 Warga Tewas\n"
        "Ardiansyah\n"
        "12 Sep 2024 14:35\n"
        "Ilustrasi serangan udara. (AFP/Str)\n"
        "Jakarta, Gatra.com - Militer Myanmar melancarkan serangan udara ke sebuah desa di wilayah Sagaing, menewaskan sedikitnya 20 warga, menurut kelompok pemberontak setempat.\n"
        "Menurut laporan AFP, jet tempur menjatuhkan bom di dekat sebuah biara saat warga berlindung.\n"
        "Junta belum memberikan keterangan.\n"
        "Editor: Iwan Sutiawan\n"
        "Bagikan\n"
        "Berita Terkait\n"
        "Junta Myanmar Perpanjang Status Darurat\n"
        "Ribuan Warga Rakhine Mengungsi ke Bangladesh\n"
        "ASEAN Desak Gencatan Senjata di Myanmar\n",
        {"url": "https://www.gatra.com/news-590123-internasional-militer-myanmar-serang-desa.html"},
        {"title": "Militer Myanmar Serang Desa di Sagaing, 20 Warga Tewas", "outlet": "Gatra.com",
         "dateline": "Jakarta", "published": "2024-09-12", "wire": ["AFP"]},
        ("Ardiansyah", "Ilustrasi serangan", "Editor:", "Bagikan", "Berita Terkait", "Junta Myanmar Perpanjang"),
        ("Menurut laporan AFP, jet tempur menjatuhkan bom di dekat sebuah biara saat warga berlindung.",
         "Junta belum memberikan keterangan."),
    ),
    Scrape(
        "inilah-dash-date-and-read-next",
        "Israel Gempur Kamp Nuseirat, Puluhan Pengungsi Tewas\n"
        "Kamis, 12 Sep 2024 - 14:35 WIB\n"
        "Ilustrasi - Warga Palestina mencari korban di reruntuhan bangunan di Gaza. (Foto: Antara/Xinhua)\n"
        "Inilah.com, Jakarta - Serangan udara Israel menghantam sebuah sekolah yang dijadikan tempat pengungsian di kamp Nuseirat, Gaza tengah, Rabu (11/9/2024).\n"
        "Badan Pertahanan Sipil Gaza menyebut sedikitnya 18 orang tewas, termasuk enam staf badan PBB untuk pengungsi Palestina.\n"
        "Baca Selengkapnya: Sekjen PBB Kecam Serangan ke Sekolah UNRWA\n"
        "Seperti dilansir Xinhua, militer Israel mengklaim menargetkan pusat komando Hamas.\n"
        "Dapatkan berita terkini dari Inilah.com di Google News\n"
        "Topik\n"
        "Gaza\n"
        "Israel\n",
        {"url": "https://www.inilah.com/israel-gempur-kamp-nuseirat"},
        {"title": "Israel Gempur Kamp Nuseirat, Puluhan Pengungsi Tewas", "outlet": "Inilah.com",
         "dateline": "Jakarta", "published": "2024-09-12", "wire": ["Xinhua"]},
        ("Ilustrasi", "Baca Selengkapnya", "Dapatkan berita", "Topik"),
        ("Badan Pertahanan Sipil Gaza menyebut sedikitnya 18 orang tewas, termasuk enam staf badan PBB untuk pengungsi Palestina.",
         "Seperti dilansir Xinhua, militer Israel mengklaim menargetkan pusat komando Hamas."),
    ),
    Scrape(
        "eraid-caps-opener-diperbarui",
        "Filipina Tangkap Anggota Abu Sayyaf yang Buron 20 Tahun\n"
        "Diperbarui 12 September 2024, 15:10 WIB\n"
        "Diterbitkan 12 September 2024, 14:35 WIB\n"
        "Ilustrasi penangkapan (Foto: Dok. Era.id)\n"
        "ERA.ID - Militer Filipina menangkap seorang anggota kelompok Abu Sayyaf yang buron selama dua dekade di Provinsi Basilan.\n"
        "Pria itu diduga terlibat penculikan sejumlah turis asing pada awal 2000-an, lapor Associated Press.\n"
        "Juru bicara militer mengatakan penangkapan dilakukan tanpa perlawanan.\n"
        "Bagikan:\n"
        "Tag:\n"
        "filipina\n"
        "abu sayyaf\n",
        {"url": "https://era.id/internasional/150123/filipina-tangkap-anggota-abu-sayyaf"},
        {"title": "Filipina Tangkap Anggota Abu Sayyaf yang Buron 20 Tahun", "outlet": "Era.id",
         "published": "2024-09-12", "wire": ["AP"]},
        ("Diperbarui", "Diterbitkan", "Ilustrasi", "Bagikan", "Tag:"),
        ("Pria itu diduga terlibat penculikan sejumlah turis asing pada awal 2000-an, lapor Associated Press.",
         "Juru bicara militer mengatakan penangkapan dilakukan tanpa perlawanan."),
    ),
    Scrape(
        "inews-seconds-in-date",
        "Teroris Serang Pos Polisi di Khyber Pakhtunkhwa, 6 Polisi Tewas\n"
        "Anton Suhartono\n"
        "Kamis, 12 September 2024 - 14:35:00 WIB\n"
        "Ilustrasi serangan teror di Pakistan. (Foto: Reuters)\n"
        "ISLAMABAD, iNews.id - Sekelompok militan menyerang pos polisi di Provinsi Khyber Pakhtunkhwa, Pakistan barat laut, Rabu (11/9/2024) malam, menewaskan enam polisi.\n"
        "Pejabat kepolisian setempat mengatakan para penyerang menggunakan senjata berat dan granat.\n"
        "Follow Berita iNews di Google News\n"
        "Tehrik-i-Taliban Pakistan (TTP) mengaku bertanggung jawab, seperti dikutip dari Reuters.\n"
        "Editor: Anton Suhartono\n"
        "Follow WhatsApp Channel iNews untuk update berita terbaru setiap hari!\n",
        {"url": "https://www.inews.id/news/internasional/teroris-serang-pos-polisi"},
        {"title": "Teroris Serang Pos Polisi di Khyber Pakhtunkhwa, 6 Polisi Tewas", "outlet": "iNews.id",
         "dateline": "Islamabad", "published": "2024-09-12", "wire": ["Reuters"]},
        ("Anton Suhartono", "Ilustrasi", "Follow"),
        ("Pejabat kepolisian setempat mengatakan para penyerang menggunakan senjata berat dan granat.",
         "Tehrik-i-Taliban Pakistan (TTP) mengaku bertanggung jawab, seperti dikutip dari Reuters."),
    ),
    Scrape(
        "voi-team-date-comma",
        "Militan Al-Shabaab Serang Hotel di Mogadishu\n"
        "Tim Redaksi\n"
        "12 September 2024, 14:35\n"
        "Ilustrasi (Unsplash)\n"
        "JAKARTA - Militan Al-Shabaab menyerang sebuah hotel di pusat Kota Mogadishu, Somalia, Rabu malam waktu setempat, dan terlibat baku tembak dengan pasukan keamanan selama beberapa jam.\n"
        "Sedikitnya sembilan orang tewas, kata seorang perwira polisi kepada kantor berita AFP.\n"
        "Pasukan khusus Somalia akhirnya menguasai gedung itu pada Kamis pagi.\n"
        "Bagikan:\n"
        "Tag\n"
        "somalia\n"
        "al shabaab\n"
        "Berita Terkait\n",
        {"url": "https://voi.id/berita/412345/militan-al-shabaab-serang-hotel-di-mogadishu"},
        {"title": "Militan Al-Shabaab Serang Hotel di Mogadishu", "outlet": "VOI", "dateline": "Jakarta",
         "published": "2024-09-12", "wire": ["AFP"]},
        ("Tim Redaksi", "Unsplash", "Bagikan", "Tag", "Berita Terkait"),
        ("Sedikitnya sembilan orang tewas, kata seorang perwira polisi kepada kantor berita AFP.",
         "Pasukan khusus Somalia akhirnya menguasai gedung itu pada Kamis pagi."),
    ),
    Scrape(
        "cendana-news-editor-last",
        "Warga Poso Diminta Waspadai Penyebaran Paham Radikal\n"
        "12/09/2024, 14:35 WIB\n"
        "POSO, Cendana News - Kepolisian Resor Poso meminta warga mewaspadai penyebaran paham radikal melalui pengajian tertutup yang digelar orang dari luar daerah.\n"
        "Kapolres Poso AKBP Arthur Sameaputty mengatakan pihaknya menerima laporan adanya kegiatan yang mencurigakan di dua desa.\n"
        "\"Segera laporkan jika ada orang asing yang mengajarkan kekerasan,\" katanya, Kamis (12/9/2024).\n"
        "Editor: Koko Triarko\n"
        "Share on Facebook\n"
        "Share on Twitter\n",
        {"url": "https://www.cendananews.com/2024/09/warga-poso-diminta-waspadai.html"},
        {"title": "Warga Poso Diminta Waspadai Penyebaran Paham Radikal", "outlet": "Cendana News",
         "dateline": "Poso", "published": "2024-09-12", "wire": []},
        ("Editor:", "Share on"),
        ("Kapolres Poso AKBP Arthur Sameaputty mengatakan pihaknya menerima laporan adanya kegiatan yang mencurigakan di dua desa.",),
    ),
    Scrape(
        "suara-papua-triple-dash",
        "Warga Sipil Mengungsi Setelah Kontak Tembak di Oksibil\n"
        "Redaksi Suara Papua\n"
        "September 12, 2024\n"
        "Warga Oksibil mengungsi ke halaman gereja. (Dok. Suara Papua)\n"
        "OKSIBIL, SUARAPAPUA.com --- Ratusan warga sipil di Oksibil, Kabupaten Pegunungan Bintang, mengungsi ke halaman gereja setelah terjadi kontak tembak antara aparat keamanan dan TPNPB, Selasa (10/9/2024).\n"
        "Tokoh gereja setempat meminta kedua pihak menghormati keselamatan warga.\n"
        "\"Kami hanya ingin hidup tenang di tanah kami sendiri,\" ujar seorang ibu di lokasi pengungsian.\n"
        "Pewarta: Yance Agapa\n"
        "Editor: Arnold Belau\n"
        "Artikel sebelumnya\n"
        "Artikel berikutnya\n"
        "BERITA TERKAIT\n"
        "LEBIH DARI PENULIS\n",
        {"url": "https://suarapapua.com/2024/09/12/warga-sipil-mengungsi/"},
        {"title": "Warga Sipil Mengungsi Setelah Kontak Tembak di Oksibil", "outlet": "Suara Papua",
         "dateline": "Oksibil", "published": "2024-09-12", "wire": []},
        ("Redaksi Suara Papua", "Dok. Suara Papua", "Pewarta", "Artikel sebelumnya", "Artikel berikutnya",
         "BERITA TERKAIT", "LEBIH DARI"),
        ("Tokoh gereja setempat meminta kedua pihak menghormati keselamatan warga.",
         "\"Kami hanya ingin hidup tenang di tanah kami sendiri,\" ujar seorang ibu di lokasi pengungsian."),
    ),
    Scrape(
        "radar-jawapos-group-caps-place-dash",
        "Eks Napiter Ikrar Setia NKRI di Lamongan\n"
        "Kamis, 12 September 2024 | 14:35 WIB\n"
        "IKRAR: Sejumlah mantan narapidana terorisme mengucapkan ikrar setia kepada NKRI di Pendopo Lamongan. (Radar Bojonegoro)\n"
        "LAMONGAN - Sebanyak 12 mantan narapidana kasus terorisme di Lamongan mengucapkan ikrar setia kepada Negara Kesatuan Republik Indonesia, Kamis (12/9).\n"
        "Kegiatan itu difasilitasi BNPT bersama Yayasan Lingkar Perdamaian.\n"
        "BACA JUGA: Densus 88 Tangkap Terduga Teroris di Tuban\n"
        "Ketua yayasan mengatakan para mantan napiter kini aktif membantu pencegahan radikalisme.\n"
        "(rb/feb/zar/JPR)\n"
        "Editor : Achmad Zarkasi\n"
        "Reporter : Febrian Kurniawan\n",
        {"url": "https://radarbojonegoro.jawapos.com/lamongan/714567/eks-napiter-ikrar-setia"},
        {"title": "Eks Napiter Ikrar Setia NKRI di Lamongan", "outlet": "Radar Bojonegoro", "dateline": "Lamongan",
         "published": "2024-09-12", "wire": []},
        ("IKRAR:", "BACA JUGA", "JPR", "Editor :", "Reporter :"),
        ("Kegiatan itu difasilitasi BNPT bersama Yayasan Lingkar Perdamaian.",
         "Ketua yayasan mengatakan para mantan napiter kini aktif membantu pencegahan radikalisme."),
    ),
    Scrape(
        "katadata-slash-date-dot-clock",
        "Serangan Bom di Pasar Cotabato Lukai 14 Orang\n"
        "ANTARA FOTO/REUTERS/Stringer/rwa.\n"
        "Polisi Filipina memeriksa lokasi ledakan di sebuah pasar di Kota Cotabato.\n"
        "Penulis: Happy Fajrian\n"
        "12/9/2024, 14.35 WIB\n"
        "Sebuah bom meledak di pasar tradisional di Kota Cotabato, Filipina selatan, pada Rabu (11/9), melukai sedikitnya 14 orang.\n"
        "Militer menduga ledakan itu didalangi kelompok pro-ISIS Dawlah Islamiyah, seperti dilansir Reuters.\n"
        "Pemerintah kota meningkatkan pengamanan di seluruh pasar.\n"
        "Ikuti berita dan artikel lainnya di Google News\n"
        "Baca artikel ini lewat aplikasi mobile.\n"
        "Dapatkan akses pembaca setia untuk pengalaman membaca yang lebih baik.\n",
        {"url": "https://katadata.co.id/berita/internasional/66e2a1b2c3d4e/serangan-bom-di-pasar-cotabato"},
        {"title": "Serangan Bom di Pasar Cotabato Lukai 14 Orang", "outlet": "Katadata.co.id",
         "published": "2024-09-12", "wire": ["Reuters"]},
        ("Penulis:", "ANTARA FOTO", "memeriksa lokasi ledakan", "Ikuti berita", "aplikasi mobile",
         "akses pembaca"),
        ("Sebuah bom meledak di pasar tradisional di Kota Cotabato, Filipina selatan, pada Rabu (11/9), melukai sedikitnya 14 orang.",
         "Pemerintah kota meningkatkan pengamanan di seluruh pasar."),
    ),
    Scrape(
        "jawapos-dot-clock",
        "Polri Pastikan Tidak Ada Ancaman Teror Jelang Kunjungan Paus\n"
        "Kamis, 12 September 2024 | 14.35 WIB\n"
        "Reporter: Muhammad Ridwan\n"
        "Editor: Bintang Pradewo\n"
        "Ilustrasi personel Brimob berjaga. (Salman Toyibi/Jawa Pos)\n"
        "JawaPos.com - Polri memastikan tidak ada ancaman teror menjelang kedatangan Paus Fransiskus ke Jakarta.\n"
        "Kepala Divisi Humas Polri Irjen Sandi Nugroho mengatakan pengamanan melibatkan lebih dari 4.000 personel.\n"
        "BACA JUGA: Densus 88 Tangkap Pengancam Paus Fransiskus di Bangka Belitung\n"
        "\"Kami tidak menemukan indikasi ancaman yang nyata,\" kata Sandi.\n"
        "Editor: Bintang Pradewo\n"
        "Reporter: Muhammad Ridwan\n"
        "Ikuti juga berita terbaru JawaPos.com di Google News\n",
        {"url": "https://www.jawapos.com/nasional/014123456/polri-pastikan-tidak-ada-ancaman"},
        {"title": "Polri Pastikan Tidak Ada Ancaman Teror Jelang Kunjungan Paus", "outlet": "JawaPos.com",
         "published": "2024-09-12", "wire": []},
        ("Reporter:", "Editor:", "Salman Toyibi", "BACA JUGA", "Ikuti juga"),
        ("Kepala Divisi Humas Polri Irjen Sandi Nugroho mengatakan pengamanan melibatkan lebih dari 4.000 personel.",
         "\"Kami tidak menemukan indikasi ancaman yang nyata,\" kata Sandi."),
    ),
    Scrape(
        "medcom-bullet-byline-and-initials",
        "Prancis Naikkan Status Siaga Teror Usai Serangan di Sinagoge\n"
        "Fajar Nugraha • 12 September 2024 14:35\n"
        "Polisi Prancis berjaga di depan sinagoge di La Grande-Motte. Foto: AFP\n"
        "Paris: Pemerintah Prancis menaikkan status siaga teror ke tingkat tertinggi setelah seorang pria membakar pintu sinagoge di La Grande-Motte.\n"
        "Menteri Dalam Negeri Prancis mengatakan pelaku ditangkap setelah baku tembak dengan polisi, seperti dikutip AFP, Kamis 12 September 2024.\n"
        "Baca juga: Jerman Tangkap Remaja Perencana Serangan Konser\n"
        "Seorang polisi terluka dalam insiden itu.\n"
        "Cek Berita dan Artikel yang lain di Google News\n"
        "(FJR)\n",
        {"url": "https://www.medcom.id/internasional/dunia/Rb1ABCDk-prancis-naikkan-status-siaga-teror"},
        {"title": "Prancis Naikkan Status Siaga Teror Usai Serangan di Sinagoge", "outlet": "Medcom.id",
         "dateline": "Paris", "published": "2024-09-12", "wire": ["AFP"]},
        ("Fajar Nugraha", "Foto: AFP", "Baca juga", "Cek Berita", "(FJR)"),
        ("Menteri Dalam Negeri Prancis mengatakan pelaku ditangkap setelah baku tembak dengan polisi, seperti dikutip AFP, Kamis 12 September 2024.",
         "Seorang polisi terluka dalam insiden itu."),
    ),
    Scrape(
        "beritasatu-sumber-line",
        "Ledakan Bom Mobil di Damaskus Tewaskan Dua Tentara\n"
        "Kamis, 12 September 2024 | 14:35 WIB\n"
        "Penulis: Heriyanto | Editor: HE\n"
        "Petugas memeriksa puing mobil di Damaskus, Suriah. (Foto: Sputnik)\n"
        "Damaskus, Beritasatu.com - Sebuah bom mobil meledak di pinggiran Damaskus, Suriah, menewaskan dua tentara dan melukai tiga warga sipil.\n"
        "Kantor berita Sputnik melaporkan bom itu dipasang di bawah kendaraan militer.\n"
        "Belum ada kelompok yang mengaku bertanggung jawab.\n"
        "Sumber: BeritaSatu.com\n"
        "Baca Berita Lainnya\n",
        {"url": "https://www.beritasatu.com/internasional/2812345/ledakan-bom-mobil-di-damaskus"},
        {"title": "Ledakan Bom Mobil di Damaskus Tewaskan Dua Tentara", "outlet": "Beritasatu.com",
         "dateline": "Damaskus", "published": "2024-09-12", "wire": ["Sputnik"]},
        ("Penulis:", "Foto: Sputnik", "Baca Berita Lainnya"),
        ("Kantor berita Sputnik melaporkan bom itu dipasang di bawah kendaraan militer.",
         "Belum ada kelompok yang mengaku bertanggung jawab."),
    ),
    Scrape(
        "warta-ekonomi-outlet-comma-place",
        "Boko Haram Serang Desa di Borno, Puluhan Warga Tewas\n"
        "Penulis: Aldi Ginastiar\n"
        "Editor: Aldi Ginastiar\n"
        "Kamis, 12 September 2024, 14:35 WIB\n"
        "Foto: Reuters\n"
        "Warta Ekonomi, Jakarta - Kelompok militan Boko Haram menyerang sebuah desa di Negara Bagian Borno, Nigeria timur laut, menewaskan sedikitnya 37 warga.\n"
        "Menurut laporan Reuters, para penyerang datang dengan puluhan sepeda motor.\n"
        "Baca Juga: Nigeria Kerahkan Pasukan Tambahan ke Perbatasan Chad\n"
        "Pemerintah setempat mengumumkan tiga hari berkabung.\n"
        "Tag Terkait:\n"
        "Nigeria\n"
        "Boko Haram\n",
        {"url": "https://wartaekonomi.co.id/read512345/boko-haram-serang-desa-di-borno"},
        {"title": "Boko Haram Serang Desa di Borno, Puluhan Warga Tewas", "outlet": "Warta Ekonomi",
         "dateline": "Jakarta", "published": "2024-09-12", "wire": ["Reuters"]},
        ("Penulis:", "Editor:", "Foto: Reuters", "Baca Juga", "Tag Terkait"),
        ("Menurut laporan Reuters, para penyerang datang dengan puluhan sepeda motor.",
         "Pemerintah setempat mengumumkan tiga hari berkabung."),
    ),
    Scrape(
        "tirto-lowercase-outlet",
        "Kronologi Penangkapan Terduga Teroris Pengancam Pemilu di Batu\n"
        "Oleh: Ayu Mumpuni - 12 September 2024 14:35 WIB\n"
        "Ilustrasi Densus 88. tirto.id/Sabit\n"
        "tirto.id - Tim Densus 88 Antiteror menangkap seorang terduga teroris di Kota Batu, Jawa Timur, yang diduga merencanakan serangan menjelang pilkada.\n"
        "Polisi menyita bahan peledak rakitan dari kamar kos tersangka.\n"
        "Baca juga:\n"
        "Polisi Perketat Pengamanan Kantor KPU di Jawa Timur\n"
        "BNPT Sebut Anak Muda Rentan Terpapar Propaganda Daring\n"
        "Menurut polisi, tersangka belajar merakit bom dari video di internet.\n"
        "Penulis: Ayu Mumpuni\n"
        "Editor: Fahreza Rizky\n",
        {"url": "https://tirto.id/kronologi-penangkapan-terduga-teroris-gXyZ"},
        {"title": "Kronologi Penangkapan Terduga Teroris Pengancam Pemilu di Batu", "outlet": "Tirto.id",
         "published": "2024-09-12", "wire": []},
        ("Oleh:", "Sabit", "Baca juga", "Polisi Perketat", "BNPT Sebut", "Penulis:", "Editor:"),
        ("Polisi menyita bahan peledak rakitan dari kamar kos tersangka.",
         "Menurut polisi, tersangka belajar merakit bom dari video di internet."),
    ),
    Scrape(
        "anadolu-indonesian-dotted-date",
        "Serangan drone Ukraina hantam kilang minyak di Rusia selatan\n"
        "Pizaro Gozali Idrus |12.09.2024 - Update : 12.09.2024\n"
        "ANKARA\n"
        "Serangan pesawat nirawak Ukraina menghantam sebuah kilang minyak di wilayah Krasnodar, Rusia selatan, pada Kamis dini hari, kata gubernur setempat.\n"
        "Kebakaran berhasil dipadamkan beberapa jam kemudian dan tidak ada korban jiwa.\n"
        "Kementerian Pertahanan Rusia mengatakan pasukannya menembak jatuh 30 drone dalam semalam.\n"
        "Situs web Anadolu Agency hanya memuat sebagian berita yang disajikan kepada pelanggan dalam Sistem Penyiaran Berita AA (HAS), dan dalam bentuk ringkasan.\n",
        {"url": "https://www.aa.com.tr/id/dunia/serangan-drone-ukraina-hantam-kilang/3330123"},
        {"title": "Serangan drone Ukraina hantam kilang minyak di Rusia selatan", "outlet": "Anadolu Agency", "dateline": "Ankara",
         "published": "2024-09-12"},
        ("Pizaro", "Update :", "Situs web Anadolu"),
        ("Kebakaran berhasil dipadamkan beberapa jam kemudian dan tidak ada korban jiwa.",
         "Kementerian Pertahanan Rusia mengatakan pasukannya menembak jatuh 30 drone dalam semalam."),
    ),
    Scrape(
        "regional-portal-wordpress-antara-credit",
        "Beranda / Daerah\n"
        "Penembakan di Kiwirok, Satu Prajurit TNI Gugur\n"
        "By Redaksi\n"
        "September 12, 2024\n"
        "0\n"
        "Share\n"
        "Facebook\n"
        "Twitter\n"
        "WhatsApp\n"
        "Jayapura (ANTARA) - Seorang prajurit TNI gugur setelah ditembak kelompok bersenjata di Distrik Kiwirok, Kabupaten Pegunungan Bintang, Papua Pegunungan, Rabu (11/9).\n"
        "Kapendam XVII/Cenderawasih Letkol Inf Candra Kurniawan mengatakan jenazah prajurit itu akan diterbangkan ke kampung halamannya.\n"
        "Pasukan gabungan masih mengejar para pelaku.\n"
        "Sumber: Antara\n"
        "Related Posts\n"
        "KKB Bakar Rumah Guru di Kiwirok\n"
        "Leave a Reply Cancel reply\n",
        {"url": "https://www.seputarpapua.net/2024/09/12/penembakan-di-kiwirok/"},
        {"title": "Penembakan di Kiwirok, Satu Prajurit TNI Gugur", "outlet": "seputarpapua.net",
         "dateline": "Jayapura", "published": "2024-09-12", "wire": ["Antara"]},
        ("Beranda", "By Redaksi", "Share", "Facebook", "Related Posts", "KKB Bakar", "Leave a Reply"),
        ("Kapendam XVII/Cenderawasih Letkol Inf Candra Kurniawan mengatakan jenazah prajurit itu akan diterbangkan ke kampung halamannya.",
         "Pasukan gabungan masih mengejar para pelaku."),
    ),
    Scrape(
        "aljazeera-indonesian-style-credit-line",
        "Taliban Pakistan Klaim Serangan di Waziristan Utara\n"
        "Jumat, 13 September 2024 | 08:10 WIB\n"
        "Oleh AFP\n"
        "Tentara Pakistan berpatroli di Waziristan Utara. (Foto: AFP)\n"
        "PESHAWAR - Kelompok Tehrik-i-Taliban Pakistan (TTP) mengklaim serangan terhadap konvoi militer di Waziristan Utara yang menewaskan empat tentara, Kamis (12/9).\n"
        "Militer Pakistan mengatakan pasukannya membalas dan menewaskan tiga penyerang.\n"
        "Serangan militan di wilayah perbatasan dengan Afghanistan meningkat sejak 2021.\n"
        "(AFP/Al Jazeera/dil)\n",
        {"url": "https://www.kabardunia.id/2024/09/13/taliban-pakistan-klaim-serangan/"},
        {"title": "Taliban Pakistan Klaim Serangan di Waziristan Utara", "outlet": "kabardunia.id",
         "dateline": "Peshawar", "published": "2024-09-13", "wire": ["AFP", "Al Jazeera"]},
        ("Oleh AFP", "berpatroli", "(AFP/Al Jazeera/dil)"),
        ("Militer Pakistan mengatakan pasukannya membalas dan menewaskan tiga penyerang.",
         "Serangan militan di wilayah perbatasan dengan Afghanistan meningkat sejak 2021."),
    ),
    Scrape(
        "antara-xinhua-bracket-and-sumber",
        "Ledakan di Kabul Tewaskan Enam Orang\n"
        "Kamis, 12 September 2024 14:35 WIB\n"
        "Ilustrasi - Petugas keamanan Afghanistan berjaga di Kabul. ANTARA/Xinhua/Saifurahman Safi/aa.\n"
        "Kabul (ANTARA/Xinhua) - Sebuah bom yang dipasang di pinggir jalan meledak di distrik barat Kabul, ibu kota Afghanistan, pada Rabu (11/9), menewaskan enam orang dan melukai 13 lainnya.\n"
        "Juru bicara kepolisian Kabul mengatakan ledakan terjadi saat jam sibuk pagi.\n"
        "Belum ada kelompok yang mengaku bertanggung jawab, namun ISIS-K kerap menyerang wilayah itu.\n"
        "Pewarta: Xinhua\n"
        "Editor: Atman Ahdiat\n"
        "Copyright © ANTARA 2024\n"
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n",
        {"url": "https://www.antaranews.com/berita/4321000/ledakan-di-kabul-tewaskan-enam-orang"},
        {"title": "Ledakan di Kabul Tewaskan Enam Orang", "outlet": "ANTARA", "dateline": "Kabul",
         "published": "2024-09-12", "wire": ["Antara", "Xinhua"]},
        ("Saifurahman", "Pewarta:", "Copyright", "Dilarang keras"),
        ("Juru bicara kepolisian Kabul mengatakan ledakan terjadi saat jam sibuk pagi.",),
    ),
    Scrape(
        "kompas-regional-em-dash-ap-credit",
        "Penembakan di Sekolah Georgia, 4 Orang Tewas\n"
        "Kompas.com - 05/09/2024, 07:15 WIB\n"
        "Polisi berjaga di luar SMA Apalachee di Winder, Georgia, Rabu (4/9/2024). AP/MIKE STEWART\n"
        "Lihat Foto\n"
        "WINDER, KOMPAS.com — Seorang remaja berusia 14 tahun menembak mati empat orang di sebuah sekolah menengah atas di Negara Bagian Georgia, Amerika Serikat, Rabu (4/9/2024).\n"
        "Sembilan orang lainnya terluka dan dirawat di rumah sakit, kata pihak berwenang.\n"
        "Tersangka ditangkap di lokasi tanpa perlawanan. (AP)\n"
        "Baca juga: Biden Kembali Desak Larangan Senapan Serbu\n"
        "Sumber AP\n"
        "Penulis: Aditya Jaya Iswara\n"
        "Editor: Aditya Jaya Iswara\n",
        {"url": "https://www.kompas.com/global/read/2024/09/05/071500870/penembakan-di-sekolah-georgia"},
        {"title": "Penembakan di Sekolah Georgia, 4 Orang Tewas", "outlet": "KOMPAS.com", "dateline": "Winder",
         "published": "2024-09-05", "wire": ["AP"]},
        ("MIKE STEWART", "Lihat Foto", "Baca juga", "Penulis:", "Polisi berjaga di luar"),
        ("Sembilan orang lainnya terluka dan dirawat di rumah sakit, kata pihak berwenang.",
         "Tersangka ditangkap di lokasi tanpa perlawanan."),
    ),
    Scrape(
        "republika-ahad-and-sputnik",
        "Rusia Tuding Ukraina Serang PLTN Kursk\n"
        "Ahad 15 Sep 2024 14:35 WIB\n"
        "Rep: Dwina Agustin/ Red: Setyanavidita Livikacansera\n"
        "Pembangkit listrik tenaga nuklir Kursk di Kurchatov, Rusia. Foto: Sputnik/Ilya Pitalev\n"
        "REPUBLIKA.CO.ID, MOSKOW -- Rusia menuduh Ukraina melancarkan serangan drone ke arah Pembangkit Listrik Tenaga Nuklir (PLTN) Kursk.\n"
        "Kantor berita Sputnik melaporkan sebuah drone ditembak jatuh di dekat fasilitas penyimpanan bahan bakar nuklir bekas.\n"
        "Kiev membantah tuduhan tersebut.\n"
        "sumber : Sputnik\n",
        {"url": "https://internasional.republika.co.id/berita/sjk123/rusia-tuding-ukraina-serang-pltn-kursk"},
        {"title": "Rusia Tuding Ukraina Serang PLTN Kursk", "outlet": "Republika", "dateline": "Moskow",
         "published": "2024-09-15", "wire": ["Sputnik"]},
        ("Rep:", "Ilya Pitalev", "Pembangkit listrik tenaga nuklir Kursk di"),
        ("Kantor berita Sputnik melaporkan sebuah drone ditembak jatuh di dekat fasilitas penyimpanan bahan bakar nuklir bekas.",
         "Kiev membantah tuduhan tersebut."),
    ),
    Scrape(
        "okezone-jumat-apostrophe-and-newsletter",
        "Densus 88 Tangkap Simpatisan ISIS di Sulawesi Tengah\n"
        "Jum'at 13 September 2024 08:10 WIB\n"
        "Muhamad Rizky\n"
        "Jurnalis\n"
        "Ilustrasi Densus 88 (Foto: Okezone)\n"
        "JAKARTA - Tim Densus 88 Antiteror Polri menangkap seorang simpatisan ISIS berinisial MR di Kabupaten Parigi Moutong, Sulawesi Tengah.\n"
        "MR diduga menyebarkan propaganda dan merekrut anggota baru melalui media sosial.\n"
        "Follow Berita Okezone di Google News\n"
        "\"Yang bersangkutan aktif di beberapa grup percakapan tertutup,\" kata Kabag Banops Densus 88 Kombes Aswin Siregar.\n"
        "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu akun di ORION, daftar sekarang dengan klik disini dan nantikan kejutan menarik lainnya\n"
        "(kha)\n"
        "Berlangganan newsletter Okezone\n",
        {"url": "https://nasional.okezone.com/read/2024/09/13/337/3060123/densus-88-tangkap-simpatisan-isis"},
        {"title": "Densus 88 Tangkap Simpatisan ISIS di Sulawesi Tengah", "outlet": "Okezone", "dateline": "Jakarta",
         "published": "2024-09-13", "wire": []},
        ("Muhamad Rizky", "Jurnalis", "Ilustrasi Densus", "Follow", "ORION", "(kha)", "Berlangganan"),
        ("MR diduga menyebarkan propaganda dan merekrut anggota baru melalui media sosial.",),
    ),
    Scrape(
        "tribun-ringkasan-box-and-zoom",
        "Baku Tembak di Intan Jaya, Dua Anggota TPNPB Tewas\n"
        "Ringkasan Berita:\n"
        "- Baku tembak terjadi di Kampung Titigi, Intan Jaya.\n"
        "- Dua anggota TPNPB dilaporkan tewas.\n"
        "Jumat, 13 September 2024 08:10 WIT\n"
        "Penulis: Paul Manahara Tambunan\n"
        "Editor: Paul Manahara Tambunan\n"
        "zoom-in\n"
        "Dok. Satgas Damai Cartenz\n"
        "Barang bukti yang disita aparat setelah baku tembak di Intan Jaya.\n"
        "TRIBUN-PAPUA.COM, SUGAPA - Aparat gabungan TNI-Polri terlibat baku tembak dengan kelompok bersenjata di Kampung Titigi, Distrik Sugapa, Kabupaten Intan Jaya, Kamis (12/9/2024).\n"
        "Dua anggota TPNPB dilaporkan tewas dalam peristiwa tersebut.\n"
        "Aparat menyita satu pucuk senapan dan puluhan butir amunisi.\n"
        "Berita Terkait\n"
        "KKB Tembak Warga Sipil di Yahukimo\n"
        "Satgas Tangkap Penyuplai Amunisi di Wamena\n"
        "Komentar\n"
        "Tulis komentar Anda\n",
        {"url": "https://papua.tribunnews.com/2024/09/13/baku-tembak-di-intan-jaya"},
        {"title": "Baku Tembak di Intan Jaya, Dua Anggota TPNPB Tewas", "outlet": "Tribun-Papua.com",
         "dateline": "Sugapa", "published": "2024-09-13", "wire": []},
        ("Ringkasan Berita", "Baku tembak terjadi di Kampung", "zoom-in", "Dok. Satgas", "Barang bukti yang disita",
         "Berita Terkait", "Komentar", "Tulis komentar"),
        ("Dua anggota TPNPB dilaporkan tewas dalam peristiwa tersebut.",
         "Aparat menyita satu pucuk senapan dan puluhan butir amunisi."),
    ),
    Scrape(
        "liputan6-labelled-publish-update",
        "Militer Thailand Tingkatkan Patroli Usai Bom di Narathiwat\n"
        "Dipublikasikan: 13 September 2024, 08:10 WIB\n"
        "Diperbarui: 13 September 2024, 09:25 WIB\n"
        "Oleh Tanti Yulianingsih\n"
        "Ilustrasi bom (Liputan6.com/Abdillah)\n"
        "Liputan6.com, Bangkok - Militer Thailand meningkatkan patroli di Provinsi Narathiwat setelah sebuah bom meledak di dekat pos keamanan, melukai dua tentara.\n"
        "Menurut Bangkok Post, bom itu dikendalikan dari jarak jauh.\n"
        "Kekerasan di tiga provinsi paling selatan Thailand telah menewaskan lebih dari 7.000 orang sejak 2004.\n"
        "Simak Video Pilihan Ini:\n"
        "Kembali ke atas\n",
        {"url": "https://www.liputan6.com/global/read/5700123/militer-thailand-tingkatkan-patroli"},
        {"title": "Militer Thailand Tingkatkan Patroli Usai Bom di Narathiwat", "outlet": "Liputan6.com",
         "dateline": "Bangkok", "published": "2024-09-13", "wire": ["Bangkok Post"]},
        ("Dipublikasikan", "Diperbarui", "Oleh Tanti", "Abdillah", "Simak Video", "Kembali ke atas"),
        ("Menurut Bangkok Post, bom itu dikendalikan dari jarak jauh.",
         "Kekerasan di tiga provinsi paling selatan Thailand telah menewaskan lebih dari 7.000 orang sejak 2004."),
    ),
    Scrape(
        "cnn-indonesia-login-comment-and-ap-photo",
        "Serangan Israel di Tepi Barat Tewaskan 5 Orang\n"
        "CNN Indonesia\n"
        "Jumat, 13 Sep 2024 08:10 WIB\n"
        "Bagikan :\n"
        "Ilustrasi. Pasukan Israel di Jenin, Tepi Barat. (AP/Majdi Mohammed)\n"
        "Jakarta, CNN Indonesia --\n"
        "Serangan udara Israel di kamp pengungsi Tulkarem, Tepi Barat, menewaskan lima orang pada Kamis (12/9), menurut Kementerian Kesehatan Palestina.\n"
        "Militer Israel menyatakan menargetkan militan yang merencanakan serangan.\n"
        "(AFP/bac)\n"
        "[Gambas:Video CNN]\n"
        "Login untuk berkomentar\n",
        {"url": "https://www.cnnindonesia.com/internasional/20240913081000-120-1143000/serangan-israel-di-tepi-barat"},
        {"title": "Serangan Israel di Tepi Barat Tewaskan 5 Orang", "outlet": "CNN Indonesia",
         "dateline": "Jakarta", "published": "2024-09-13", "wire": ["AFP"]},
        ("Bagikan", "Majdi", "(AFP/bac)", "Gambas", "Login untuk"),
        ("Militer Israel menyatakan menargetkan militan yang merencanakan serangan.",),
    ),
    Scrape(
        "regional-iso-date-and-sumber-xinhua",
        "Bom Bunuh Diri Guncang Pasar di Mogadishu\n"
        "2024-09-13 08:10:00\n"
        "Redaksi\n"
        "MOGADISHU - Sebuah bom bunuh diri meledak di pasar yang ramai di Mogadishu, Somalia, menewaskan sedikitnya 10 orang, kata polisi setempat.\n"
        "Kelompok Al-Shabaab mengaku bertanggung jawab melalui radio milik kelompok itu.\n"
        "Ambulans membawa puluhan korban luka ke rumah sakit terdekat.\n"
        "Sumber: Xinhua\n"
        "Bagikan ke WhatsApp\n"
        "Bagikan ke Facebook\n"
        "Scroll ke bawah untuk melanjutkan membaca\n",
        {"url": "https://www.beritaborneo.id/2024/09/13/bom-bunuh-diri-mogadishu/"},
        {"title": "Bom Bunuh Diri Guncang Pasar di Mogadishu", "outlet": "beritaborneo.id",
         "dateline": "Mogadishu", "published": "2024-09-13", "wire": ["Xinhua"]},
        ("Redaksi\n", "Bagikan ke", "Scroll ke bawah"),
        ("Kelompok Al-Shabaab mengaku bertanggung jawab melalui radio milik kelompok itu.",
         "Ambulans membawa puluhan korban luka ke rumah sakit terdekat."),
    ),
    Scrape(
        "detik-regional-sumut-and-gambas",
        "Polisi Tembak Mati Bandar Senjata di Mandailing Natal\n"
        "Finta Rahyuni - detikSumut\n"
        "Jumat, 13 Sep 2024 08:10 WIB\n"
        "Foto: Ilustrasi garis polisi (Andhika Akbarayansyah/detikcom)\n"
        "Medan - Polisi menembak mati seorang pria yang diduga menjadi bandar senjata api ilegal di Kabupaten Mandailing Natal, Sumatera Utara.\n"
        "Pria itu disebut melawan petugas saat hendak ditangkap.\n"
        "Baca juga:\n"
        "Polda Sumut Sita 12 Senpi Rakitan dari Warga\n"
        "Kasus itu kini ditangani Polda Sumatera Utara.\n"
        "(astj/astj)\n",
        {"url": "https://www.detik.com/sumut/hukum-dan-kriminal/d-7540000/polisi-tembak-mati-bandar-senjata"},
        {"title": "Polisi Tembak Mati Bandar Senjata di Mandailing Natal", "outlet": "detikcom",
         "dateline": "Medan", "published": "2024-09-13", "wire": []},
        ("Finta Rahyuni", "Andhika", "Baca juga", "Polda Sumut Sita", "(astj/astj)"),
        ("Pria itu disebut melawan petugas saat hendak ditangkap.", "Kasus itu kini ditangani Polda Sumatera Utara."),
    ),
    Scrape(
        "republika-glued-double-dash",
        "Densus 88 Sita Senjata Api dari Jaringan JI di Lampung\n"
        "Selasa, 10/09/2024 | 14:35 WIB\n"
        "REPUBLIKA.CO.ID, BANDAR LAMPUNG--Densus 88 Antiteror Polri menyita tiga pucuk senjata api dari sebuah gudang milik jaringan Jamaah Islamiyah di Bandar Lampung.\n"
        "Senjata itu diduga disiapkan untuk pelatihan militer anggota baru.\n"
        "Polisi juga menemukan ratusan butir amunisi.\n",
        {"url": "https://news.republika.co.id/berita/sjl456/densus-88-sita-senjata-api"},
        {"title": "Densus 88 Sita Senjata Api dari Jaringan JI di Lampung", "outlet": "Republika",
         "dateline": "Bandar Lampung", "published": "2024-09-10"},
        (),
        ("Senjata itu diduga disiapkan untuk pelatihan militer anggota baru.",),
    ),
    Scrape(
        "waspada-colon-opener-time-first",
        "Teror Bom Molotov di Kantor Partai di Medan\n"
        "14:35 WIB · Kamis, 12 September 2024\n"
        "MEDAN, Waspada.id: Orang tak dikenal melempar bom molotov ke kantor sebuah partai politik di Jalan Sisingamangaraja, Medan, Rabu (11/9) malam.\n"
        "Tidak ada korban jiwa, namun bagian depan kantor terbakar.\n"
        "Polisi memeriksa rekaman kamera pengawas di sekitar lokasi.\n"
        "Editor: SASTROY BANGUN\n",
        {"url": "https://waspada.id/medan/teror-bom-molotov-di-kantor-partai/"},
        {"title": "Teror Bom Molotov di Kantor Partai di Medan", "outlet": "Waspada.id", "dateline": "Medan",
         "published": "2024-09-12"},
        ("14:35 WIB", "Editor:"),
        ("Tidak ada korban jiwa, namun bagian depan kantor terbakar.",),
    ),
    Scrape(
        "kompastv-laporan-bar-editor-and-updated",
        "Polisi Buru Pelaku Penembakan Pendeta di Puncak\n"
        "Kamis, 12 Sep 2024 14:35 WIB - Diperbarui: Kamis, 12 Sep 2024 16:00 WIB\n"
        "Laporan: Ninuk Cucu Suwanti | Editor: Deni Muliya\n"
        "Ilustrasi. (Sumber: Kompas.tv/Ant)\n"
        "JAYAPURA, KOMPAS.TV - Kepolisian Daerah Papua Tengah memburu pelaku penembakan seorang pendeta di Distrik Gome, Kabupaten Puncak.\n"
        "Korban meninggal dunia dalam perjalanan ke puskesmas.\n"
        "Polisi menduga pelaku berasal dari kelompok bersenjata yang beroperasi di wilayah itu.\n"
        "Sumber: Kompas TV, Antara\n",
        {"url": "https://www.kompas.tv/regional/540123/polisi-buru-pelaku-penembakan-pendeta-di-puncak"},
        {"title": "Polisi Buru Pelaku Penembakan Pendeta di Puncak", "outlet": "Kompas TV", "dateline": "Jayapura",
         "published": "2024-09-12", "wire": ["Antara"]},
        ("Diperbarui", "Laporan:", "Kompas.tv/Ant"),
        ("Korban meninggal dunia dalam perjalanan ke puskesmas.",),
    ),
    Scrape(
        "suara-regional-masthead-and-dibaca",
        "Warga Temukan Granat Aktif di Kebun Kopi Bener Meriah\n"
        "12 September 2024 - 14:35 WIB | Dibaca 1.234 kali\n"
        "Ilustrasi granat. [Suara.com/Ema Rohimah]\n"
        "SuaraAceh.id - Seorang petani menemukan sebuah granat aktif di kebun kopi miliknya di Kabupaten Bener Meriah, Aceh.\n"
        "Tim Gegana Brimob Polda Aceh kemudian mengamankan granat tersebut.\n"
        "Granat itu diduga peninggalan masa konflik.\n"
        "Kontributor : Rahmat Hidayat\n",
        {"url": "https://aceh.suara.com/read/2024/09/12/143500/warga-temukan-granat-aktif"},
        {"title": "Warga Temukan Granat Aktif di Kebun Kopi Bener Meriah", "outlet": "SuaraAceh.id",
         "published": "2024-09-12"},
        ("Dibaca", "Ema Rohimah", "Kontributor"),
        ("Tim Gegana Brimob Polda Aceh kemudian mengamankan granat tersebut.", "Granat itu diduga peninggalan masa konflik."),
    ),
    Scrape(
        "tvonenews-sumber-two-wires",
        "Taliban Larang Operasi Polio di Afghanistan\n"
        "Jumat, 13 September 2024 - 08:10 WIB\n"
        "Jakarta, tvOnenews.com - Pemerintah Taliban menangguhkan kampanye vaksinasi polio dari rumah ke rumah di Afghanistan, menurut sejumlah pejabat PBB.\n"
        "Langkah itu dikhawatirkan memicu lonjakan kasus di kawasan perbatasan dengan Pakistan.\n"
        "Taliban belum memberikan penjelasan resmi.\n"
        "Sumber: Reuters, AFP\n"
        "(rpi)\n",
        {"url": "https://www.tvonenews.com/berita/internasional/250123-taliban-larang-operasi-polio"},
        {"title": "Taliban Larang Operasi Polio di Afghanistan", "outlet": "tvOnenews.com", "dateline": "Jakarta",
         "published": "2024-09-13", "wire": ["Reuters", "AFP"]},
        ("(rpi)",),
        ("Langkah itu dikhawatirkan memicu lonjakan kasus di kawasan perbatasan dengan Pakistan.",),
    ),
    Scrape(
        "voa-paren-outlet-em-dash",
        "Militan Serang Pos Militer di Burkina Faso\n"
        "13 September 2024\n"
        "Ouagadougou —\n"
        "Militan bersenjata menyerang sebuah pos militer di Burkina Faso utara, menewaskan puluhan tentara, kata sumber keamanan kepada kantor berita Reuters.\n"
        "Kelompok yang berafiliasi dengan Al-Qaeda, JNIM, mengaku bertanggung jawab.\n"
        "Junta militer belum mengomentari serangan itu.\n",
        {"url": "https://www.voaindonesia.com/a/militan-serang-pos-militer-di-burkina-faso/7780123.html"},
        {"title": "Militan Serang Pos Militer di Burkina Faso", "outlet": "VOA Indonesia", "dateline": "Ouagadougou",
         "published": "2024-09-13", "wire": ["Reuters"]},
        (),
        ("Kelompok yang berafiliasi dengan Al-Qaeda, JNIM, mengaku bertanggung jawab.",),
    ),
    Scrape(
        "short-report-closing-byline-keeps-credited-paragraphs",
        "Ledakan di Peshawar Lukai Lima Orang\n"
        "PESHAWAR - Sebuah bom meledak di dekat pos polisi di Peshawar, melukai lima orang, kata polisi.\n"
        "Belum ada kelompok yang mengaku bertanggung jawab atas ledakan tersebut. (AFP)\n"
        "Penulis: Rina Anggraeni\n",
        {"url": "https://www.kabardunia.id/2024/09/14/ledakan-di-peshawar/"},
        {"title": "Ledakan di Peshawar Lukai Lima Orang", "dateline": "Peshawar", "wire": ["AFP"]},
        ("Penulis:",),
        ("Belum ada kelompok yang mengaku bertanggung jawab atas ledakan tersebut. (AFP)",),
    ),
    # pages14: regional papers, WordPress themes, AMP, live blogs, galleries, pagers, comments, cookie notices
    Scrape(
        "radar-sulteng-wp-poso",
        "Beranda » Hukum & Kriminal\n"
        "Satgas Madago Raya Temukan Pondok Bekas DPO di Pegunungan Lore\n"
        "Posted on 14 Maret 2025 by Redaksi Radar Sulteng\n"
        "POSO – Personel Satgas Madago Raya menemukan sebuah pondok yang diduga pernah ditempati buronan di pegunungan Lore Utara, Kabupaten Poso, Kamis (13/3/2025).\n"
        "Di dalam pondok itu petugas menemukan sisa bahan makanan, terpal, dan dua buah parang.\n"
        "Kasatgas Humas Madago Raya AKBP Sugeng Lestari mengatakan, penyisiran akan dilanjutkan ke arah Napu.\n"
        "“Kami terus bergerak sampai wilayah itu benar-benar aman,” ujarnya.\n"
        "Share this:\n"
        "Facebook\n"
        "WhatsApp\n"
        "Like this:\n"
        "Loading...\n"
        "Related\n"
        "Posted in Hukum & Kriminal\n"
        "Tagged Madago Raya, Poso\n"
        "Leave a Reply Cancel reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Comment *\n"
        "Name *\n",
        {"url": "https://radarsulteng.id/satgas-madago-raya-temukan-pondok-bekas-dpo/"},
        {"title": "Satgas Madago Raya Temukan Pondok Bekas DPO di Pegunungan Lore", "outlet": "Radar Sulteng",
         "dateline": "Poso", "published": "2025-03-14", "wire": []},
        ("Beranda", "Posted on", "Share this", "Like this", "Loading", "Posted in", "Tagged", "Leave a Reply",
         "Your email address", "Comment *", "Name *"),
        ("Di dalam pondok itu petugas menemukan sisa bahan makanan, terpal, dan dua buah parang.",
         "Kasatgas Humas Madago Raya AKBP Sugeng Lestari mengatakan, penyisiran akan dilanjutkan ke arah Napu."),
    ),
    Scrape(
        "cepos-live-updates",
        "LIVE UPDATE: Kontak Tembak di Intan Jaya, Warga Mengungsi ke Gereja\n"
        "Cenderawasih Pos | Sabtu, 15 Maret 2025 - 09:10 WIT\n"
        "Pembaruan terakhir 11:45 WIT\n"
        "11:45 WIT\n"
        "Sebanyak 240 warga Distrik Sugapa kini mengungsi di halaman gereja, menurut data relawan setempat.\n"
        "10:30 WIT\n"
        "Aparat gabungan TNI-Polri dikabarkan masih melakukan pengejaran ke arah Kampung Bilogai.\n"
        "09:10 WIT\n"
        "JAYAPURA – Kontak tembak antara aparat keamanan dan kelompok bersenjata terjadi di Distrik Sugapa, Kabupaten Intan Jaya, Sabtu pagi.\n"
        "Belum ada laporan korban jiwa dari kedua pihak.\n"
        "Bagikan artikel ini\n"
        "Komentar (0)\n"
        "Tulis komentar Anda\n",
        {"url": "https://cepos.co.id/2025/03/15/live-update-kontak-tembak-di-intan-jaya/"},
        {"title": "LIVE UPDATE: Kontak Tembak di Intan Jaya, Warga Mengungsi ke Gereja", "outlet": "Cenderawasih Pos",
         "published": "2025-03-15", "wire": []},
        ("Pembaruan terakhir", "Bagikan artikel", "Komentar (0)", "Tulis komentar"),
        ("Sebanyak 240 warga Distrik Sugapa kini mengungsi di halaman gereja, menurut data relawan setempat.",
         "Aparat gabungan TNI-Polri dikabarkan masih melakukan pengejaran ke arah Kampung Bilogai.",
         "Belum ada laporan korban jiwa dari kedua pihak."),
    ),
    Scrape(
        "solopos-baca-juga-inside-paragraph",
        "Densus 88 Geledah Rumah Kontrakan di Sukoharjo, Sita Buku dan Ponsel\n"
        "Penulis: Bony Eko Wicaksono  |  Editor: Rohmah Ermawati  |  Jumat, 14 Maret 2025 - 16:20 WIB\n"
        "SOLOPOS.COM - Ilustrasi penggeledahan. (Solopos/Dok)\n"
        "Solopos.com, SUKOHARJO — Tim Densus 88 Antiteror Polri menggeledah rumah kontrakan di Kecamatan Grogol, Sukoharjo, Jumat (14/3/2025). Baca Juga: Polisi Tangkap Pria Pembawa Senjata Api di Solo Penggeledahan berlangsung sekitar tiga jam dan disaksikan ketua RT setempat.\n"
        "Petugas membawa sejumlah buku, dua telepon seluler, dan sebuah laptop dari rumah tersebut.\n"
        "“Penghuninya jarang bergaul dengan warga,” kata Ketua RT, Suparno.\n"
        "Simak berita terbaru Solopos.com di Google News\n"
        "Berita Terkait\n"
        "Polisi Tangkap Pria Pembawa Senjata Api di Solo\n",
        {"url": "https://www.solopos.com/densus-88-geledah-rumah-kontrakan-di-sukoharjo-2001234"},
        {"title": "Densus 88 Geledah Rumah Kontrakan di Sukoharjo, Sita Buku dan Ponsel", "outlet": "Solopos.com",
         "dateline": "Sukoharjo", "published": "2025-03-14", "wire": []},
        ("Penulis:", "Ilustrasi penggeledahan", "Google News", "Berita Terkait"),
        ("Tim Densus 88 Antiteror Polri menggeledah rumah kontrakan di Kecamatan Grogol, Sukoharjo, Jumat (14/3/2025).",
         "Penggeledahan berlangsung sekitar tiga jam dan disaksikan ketua RT setempat.",
         "Petugas membawa sejumlah buku, dua telepon seluler, dan sebuah laptop dari rumah tersebut."),
    ),
    Scrape(
        "harianjogja-paginated",
        "Polisi Dalami Jaringan Terduga Teroris yang Ditangkap di Sleman\n"
        "Newswire\n"
        "Sabtu, 15 Maret 2025 - 10:05 WIB\n"
        "Harianjogja.com, SLEMAN—Polisi mendalami jaringan seorang terduga teroris yang ditangkap di Kapanewon Ngaglik, Sleman, Jumat (14/3/2025).\n"
        "Pria berinisial RH itu diduga terhubung dengan kelompok Jamaah Ansharut Daulah (JAD) di Jawa Tengah.\n"
        "Halaman: 1 2 Selanjutnya\n"
        "Penyidik juga memeriksa dua saksi yang kerap bertemu RH di sebuah warung kopi.\n"
        "Sumber : Antara\n"
        "Halaman Sebelumnya 1 2\n"
        "Editor: Arief Junianto\n",
        {"url": "https://news.harianjogja.com/read/2025/03/15/500/1200000/polisi-dalami-jaringan"},
        {"title": "Polisi Dalami Jaringan Terduga Teroris yang Ditangkap di Sleman", "outlet": "Harian Jogja",
         "dateline": "Sleman", "published": "2025-03-15", "wire": ["Antara"]},
        ("Newswire", "Halaman", "Selanjutnya", "Sebelumnya", "Editor:"),
        ("Pria berinisial RH itu diduga terhubung dengan kelompok Jamaah Ansharut Daulah (JAD) di Jawa Tengah.",
         "Penyidik juga memeriksa dua saksi yang kerap bertemu RH di sebuah warung kopi."),
    ),
    Scrape(
        "mongabay-cookie-banner",
        "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan melanjutkan, Anda menyetujui penggunaan cookie.\n"
        "Setuju\n"
        "Konflik Bersenjata Ganggu Patroli Hutan di Pegunungan Bintang\n"
        "oleh Asrida Elisabeth di 13 March 2025\n"
        "Ringkasan\n"
        "Patroli masyarakat adat terhenti sejak kontak senjata di Oksibil.\n"
        "Warga khawatir pembalakan meningkat.\n"
        "Kontak senjata antara aparat dan kelompok bersenjata di Oksibil, Kabupaten Pegunungan Bintang, membuat patroli hutan masyarakat adat terhenti sejak awal Maret.\n"
        "“Kami takut masuk hutan sekarang,” kata seorang pemuda adat yang meminta namanya tidak disebut.\n"
        "Artikel yang diterbitkan oleh Asrida Elisabeth\n"
        "Anda dapat mengikuti kami di Instagram\n",
        {"url": "https://www.mongabay.co.id/2025/03/13/konflik-bersenjata-ganggu-patroli-hutan/"},
        {"title": "Konflik Bersenjata Ganggu Patroli Hutan di Pegunungan Bintang", "outlet": "Mongabay Indonesia",
         "published": "2025-03-13", "wire": []},
        ("cookie", "Setuju", "oleh Asrida", "Ringkasan", "Artikel yang diterbitkan", "Instagram"),
        ("Kontak senjata antara aparat dan kelompok bersenjata di Oksibil, Kabupaten Pegunungan Bintang, membuat patroli hutan masyarakat adat terhenti sejak awal Maret.",
         "“Kami takut masuk hutan sekarang,” kata seorang pemuda adat yang meminta namanya tidak disebut."),
    ),
    Scrape(
        "siwalima-amp",
        "Bentrok Antarkampung di Maluku Tengah, Dua Rumah Dibakar\n"
        "Siwalima News\n"
        "Senin, 17 Maret 2025 | 08:40 WIT\n"
        "AMP\n"
        "Ambon, Siwalima – Bentrok antarwarga dua kampung di Kecamatan Leihitu, Kabupaten Maluku Tengah, pecah Minggu malam dan menyebabkan dua rumah terbakar.\n"
        "Kapolresta Pulau Ambon Kombes Driyano Ibrahim mengatakan situasi sudah dikendalikan dengan menempatkan personel Brimob di perbatasan kedua kampung.\n"
        "“Kami minta warga tidak terprovokasi isu di media sosial,” kata Driyano.\n"
        "Lihat versi non-AMP\n"
        "Baca artikel lengkap di siwalimanews.com\n",
        {"url": "https://siwalimanews.com/bentrok-antarkampung-di-maluku-tengah/amp/"},
        {"title": "Bentrok Antarkampung di Maluku Tengah, Dua Rumah Dibakar", "outlet": "Siwalima News",
         "dateline": "Ambon", "published": "2025-03-17", "wire": []},
        ("AMP", "non-AMP", "Baca artikel lengkap"),
        ("Kapolresta Pulau Ambon Kombes Driyano Ibrahim mengatakan situasi sudah dikendalikan dengan menempatkan personel Brimob di perbatasan kedua kampung.",
         "“Kami minta warga tidak terprovokasi isu di media sosial,” kata Driyano."),
    ),
    Scrape(
        "tribunambon-comments",
        "Polisi Amankan Dua Pucuk Senjata Rakitan Pascabentrok di Pulau Haruku\n"
        "Senin, 17 Maret 2025 15:02 WIT\n"
        "Penulis: Jenderal Louis MR | Editor: Fandi Wattimena\n"
        "TRIBUNAMBON.COM, AMBON - Aparat kepolisian mengamankan dua pucuk senjata api rakitan dari warga pascabentrok di Pulau Haruku, Maluku Tengah, Senin (17/3/2025).\n"
        "Senjata itu diserahkan secara sukarela oleh tokoh masyarakat setempat.\n"
        "Komentar\n"
        "Tulis komentar\n"
        "Belum ada komentar. Jadilah yang pertama!\n"
        "Berita Populer\n"
        "1 Harga Cengkeh di Ambon Naik\n",
        {"url": "https://ambon.tribunnews.com/2025/03/17/polisi-amankan-dua-pucuk-senjata-rakitan"},
        {"title": "Polisi Amankan Dua Pucuk Senjata Rakitan Pascabentrok di Pulau Haruku", "outlet": "TribunAmbon.com",
         "dateline": "Ambon", "published": "2025-03-17", "wire": []},
        ("Penulis:", "Komentar", "Tulis komentar", "Belum ada komentar", "Berita Populer", "Cengkeh"),
        ("Senjata itu diserahkan secara sukarela oleh tokoh masyarakat setempat.",),
    ),
    Scrape(
        "fajar-baca-juga-brackets",
        "Terduga Teroris Jaringan Makassar Ditangkap di Gowa\n"
        "Redaksi Fajar - 18 Maret 2025 11:30\n"
        "FAJAR.CO.ID, MAKASSAR — Densus 88 Antiteror menangkap seorang terduga teroris di Kecamatan Somba Opu, Kabupaten Gowa, Selasa (18/3/2025).\n"
        "[Baca Juga: Polda Sulsel Perketat Pengamanan Gereja Jelang Paskah]\n"
        "Pria berusia 34 tahun itu diduga terlibat perencanaan serangan bersama jaringan yang pernah beraksi di Makassar.\n"
        "(fjr)\n"
        "Tag: Densus 88Gowa\n",
        {"url": "https://fajar.co.id/2025/03/18/terduga-teroris-jaringan-makassar-ditangkap-di-gowa/"},
        {"title": "Terduga Teroris Jaringan Makassar Ditangkap di Gowa", "outlet": "Fajar.co.id",
         "dateline": "Makassar", "published": "2025-03-18", "wire": []},
        ("Redaksi Fajar", "Baca Juga", "Paskah", "(fjr)", "Tag:"),
        ("Pria berusia 34 tahun itu diduga terlibat perencanaan serangan bersama jaringan yang pernah beraksi di Makassar.",),
    ),
    Scrape(
        "lampost-wire-reuters",
        "Serangan Drone Ukraina Hantam Kilang di Rusia Selatan\n"
        "Lampung Post | Rabu, 19 Maret 2025 07:15 WIB\n"
        "Ilustrasi. (Foto: Reuters)\n"
        "Moskow (Lampost.co) — Serangan pesawat nirawak Ukraina menghantam sebuah kilang minyak di wilayah Krasnodar, Rusia selatan, Selasa malam, kata pejabat setempat.\n"
        "Kebakaran berhasil dipadamkan beberapa jam kemudian dan tidak ada korban jiwa, menurut gubernur wilayah itu.\n"
        "Reuters\n"
        "Editor: Triyadi Isworo\n",
        {"url": "https://lampost.co/internasional/serangan-drone-ukraina-hantam-kilang/"},
        {"title": "Serangan Drone Ukraina Hantam Kilang di Rusia Selatan", "outlet": "Lampung Post",
         "dateline": "Moskow", "published": "2025-03-19", "wire": ["Reuters"]},
        ("Ilustrasi", "Editor:"),
        ("Kebakaran berhasil dipadamkan beberapa jam kemudian dan tidak ada korban jiwa, menurut gubernur wilayah itu.",),
    ),
    Scrape(
        "prokal-kaltim-share-bar",
        "Polisi Perketat Pengawasan Jalur Logistik ke IKN Usai Temuan Bahan Peledak\n"
        "Prokal.co - Rabu, 19 Maret 2025 | 13:00 WITA\n"
        "Bagikan: Facebook Twitter WhatsApp Telegram Salin Link\n"
        "BALIKPAPAN – Kepolisian memperketat pemeriksaan kendaraan di jalur logistik menuju Ibu Kota Nusantara setelah petugas menemukan bahan peledak rakitan di sebuah truk di Penajam Paser Utara.\n"
        "Sopir truk dan seorang kernet kini diperiksa penyidik.\n"
        "Dapatkan berita terbaru Prokal di WhatsApp Channel\n",
        {"url": "https://kaltim.prokal.co/read/polisi-perketat-pengawasan-jalur-logistik-ke-ikn"},
        {"title": "Polisi Perketat Pengawasan Jalur Logistik ke IKN Usai Temuan Bahan Peledak", "outlet": "Prokal",
         "dateline": "Balikpapan", "published": "2025-03-19", "wire": []},
        ("Bagikan:", "Salin Link", "WhatsApp Channel"),
        ("Sopir truk dan seorang kernet kini diperiksa penyidik.",),
    ),
    Scrape(
        "suaramerdeka-reporter-time",
        "Mantan Napiter di Semarang Ikuti Upacara Bendera, Nyatakan Setia pada NKRI\n"
        "Oleh: Agus Wahyudi\n"
        "Kamis, 20 Maret 2025 | 09:45 WIB\n"
        "Suaramerdeka.com – Sebanyak 12 mantan narapidana terorisme (napiter) di Semarang mengikuti upacara bendera di halaman Polrestabes, Kamis pagi.\n"
        "Kegiatan itu digelar bersama Yayasan Persadani sebagai bagian dari program deradikalisasi.\n"
        "“Kami ingin kembali ke masyarakat,” kata salah seorang mantan napiter.\n"
        "Ikuti berita terkini dari Suara Merdeka di Google News, klik di sini\n"
        "Editor: Sukardi\n",
        {"url": "https://www.suaramerdeka.com/semarang-raya/04123456/mantan-napiter-di-semarang"},
        {"title": "Mantan Napiter di Semarang Ikuti Upacara Bendera, Nyatakan Setia pada NKRI", "outlet": "Suara Merdeka",
         "published": "2025-03-20", "wire": []},
        ("Oleh:", "Google News", "Editor:"),
        ("Kegiatan itu digelar bersama Yayasan Persadani sebagai bagian dari program deradikalisasi.",
         "“Kami ingin kembali ke masyarakat,” kata salah seorang mantan napiter."),
    ),
    Scrape(
        "timesindonesia-wp-related",
        "BNPT Gandeng Pesantren di Malang Cegah Radikalisme Daring\n"
        "TIMESINDONESIA, MALANG – Badan Nasional Penanggulangan Terorisme (BNPT) menggandeng 20 pesantren di Kabupaten Malang untuk mencegah paparan radikalisme di media sosial.\n"
        "Kepala BNPT mengatakan santri perlu dibekali literasi digital agar tidak mudah terpengaruh propaganda kelompok teror.\n"
        "Pewarta : Achmad Fikyansyah\n"
        "Editor : Faizal R Arief\n"
        "Publisher : Sholihin Nur\n"
        "Sumber : TIMES Malang\n"
        "Berita Lainnya\n"
        "Pemkab Malang Gelar Festival Kopi\n",
        {"url": "https://timesindonesia.co.id/peristiwa-daerah/530000/bnpt-gandeng-pesantren-di-malang",
         "published": "2025-03-20"},
        {"title": "BNPT Gandeng Pesantren di Malang Cegah Radikalisme Daring", "outlet": "TIMES Indonesia",
         "dateline": "Malang", "published": "2025-03-20", "wire": []},
        ("Pewarta", "Editor", "Publisher", "Berita Lainnya", "Festival Kopi"),
        ("Kepala BNPT mengatakan santri perlu dibekali literasi digital agar tidak mudah terpengaruh propaganda kelompok teror.",),
    ),
    Scrape(
        "akurat-reading-progress",
        "Kemlu Pastikan WNI di Khartoum Aman Usai Serangan RSF\n"
        "Akurat.co\n"
        "Jumat, 21 Maret 2025 14:10 WIB\n"
        "Waktu baca 2 menit\n"
        "AKURAT.CO Kementerian Luar Negeri memastikan seluruh warga negara Indonesia di Khartoum, Sudan, dalam keadaan aman setelah serangan Pasukan Dukungan Cepat (RSF) ke pusat kota, Kamis.\n"
        "Direktur Pelindungan WNI Judha Nugraha mengatakan KBRI terus berkomunikasi dengan para WNI melalui grup pesan.\n"
        "Baca Juga\n"
        "Sudan Umumkan Gencatan Senjata Kemanusiaan Tiga Hari\n"
        "Menurut data KBRI, masih ada sekitar 30 WNI yang tinggal di Sudan.\n"
        "Editor: Sunardi\n",
        {"url": "https://www.akurat.co/internasional/1300000/kemlu-pastikan-wni-di-khartoum-aman"},
        {"title": "Kemlu Pastikan WNI di Khartoum Aman Usai Serangan RSF", "outlet": "Akurat.co",
         "published": "2025-03-21", "wire": []},
        ("Waktu baca", "Baca Juga", "Gencatan Senjata Kemanusiaan Tiga Hari", "Editor:"),
        ("Direktur Pelindungan WNI Judha Nugraha mengatakan KBRI terus berkomunikasi dengan para WNI melalui grup pesan.",
         "Menurut data KBRI, masih ada sekitar 30 WNI yang tinggal di Sudan."),
    ),
    Scrape(
        "balipost-print-edition",
        "Polda Bali Siagakan Gegana Jelang Nyepi\n"
        "Bali Post - 22/03/2025\n"
        "DENPASAR, BALIPOST.com – Polda Bali menyiagakan tim Gegana dan unit penjinak bom di sejumlah titik menjelang Hari Raya Nyepi.\n"
        "Pengamanan difokuskan di bandara, pelabuhan, dan pusat keramaian di Denpasar serta Badung.\n"
        "(kmb/balipost)\n"
        "BAGIKAN\n"
        "Facebook\n"
        "Twitter\n"
        "Artikel sebelumnyaHarga Canang Naik Jelang Nyepi\n"
        "Artikel berikutnyaTuris Asing Diminta Patuhi Aturan Nyepi\n",
        {"url": "https://www.balipost.com/news/2025/03/22/400000/Polda-Bali-Siagakan-Gegana.html"},
        {"title": "Polda Bali Siagakan Gegana Jelang Nyepi", "outlet": "Bali Post",
         "dateline": "Denpasar", "published": "2025-03-22", "wire": []},
        ("(kmb/balipost)", "BAGIKAN", "Artikel sebelumnya", "Artikel berikutnya", "Canang"),
        ("Pengamanan difokuskan di bandara, pelabuhan, dan pusat keramaian di Denpasar serta Badung.",),
    ),
    Scrape(
        "analisa-medan-cetak",
        "Tiga Pelaku Penyerangan Pos Polisi di Deli Serdang Diburu\n"
        "Analisadaily.com\n"
        "Minggu, 23 Mar 2025 | 07:30 WIB\n"
        "Analisadaily (Medan) – Polda Sumatera Utara memburu tiga orang yang menyerang pos polisi lalu lintas di Kecamatan Percut Sei Tuan, Deli Serdang, Sabtu malam.\n"
        "Seorang anggota polisi mengalami luka di kepala akibat lemparan batu.\n"
        "(JW/RZD)\n"
        "Baca Juga\n"
        "Warga Medan Keluhkan Banjir\n",
        {"url": "https://analisadaily.com/berita/baca/2025/03/23/1500000/tiga-pelaku-penyerangan-pos-polisi/"},
        {"title": "Tiga Pelaku Penyerangan Pos Polisi di Deli Serdang Diburu", "outlet": "Analisadaily.com",
         "dateline": "Medan", "published": "2025-03-23", "wire": []},
        ("(JW/RZD)", "Baca Juga", "Keluhkan Banjir"),
        ("Seorang anggota polisi mengalami luka di kepala akibat lemparan batu.",),
    ),
    Scrape(
        "haluan-padang-foto-credit",
        "Densus 88 Tangkap Pria di Padang Pariaman, Diduga Terkait Jaringan JAD\n"
        "Haluan.co\n"
        "24 Maret 2025 - 10:10 WIB\n"
        "Rumah terduga teroris di Padang Pariaman dipasangi garis polisi. IST\n"
        "PADANG PARIAMAN, HALUAN — Tim Densus 88 Antiteror menangkap seorang pria di Kecamatan Batang Anai, Padang Pariaman, Senin pagi.\n"
        "Wali nagari setempat membenarkan adanya penangkapan tersebut.\n"
        "Reporter: Yesi Deswita\n",
        {"url": "https://haluan.co/densus-88-tangkap-pria-di-padang-pariaman/"},
        {"title": "Densus 88 Tangkap Pria di Padang Pariaman, Diduga Terkait Jaringan JAD", "outlet": "Haluan.co",
         "dateline": "Padang Pariaman", "published": "2025-03-24", "wire": []},
        ("garis polisi. IST", "Reporter:"),
        ("Wali nagari setempat membenarkan adanya penangkapan tersebut.",),
    ),
    Scrape(
        "rmol-wire-afp-intl",
        "Bom Bunuh Diri Tewaskan 11 Orang di Masjid Pakistan Barat Laut\n"
        "Senin, 24 Maret 2025, 19:40 WIB\n"
        "Laporan: Reni Erina\n"
        "Ilustrasi/Net\n"
        "RMOL. Sedikitnya 11 orang tewas ketika seorang pelaku bom bunuh diri meledakkan diri di sebuah masjid di Provinsi Khyber Pakhtunkhwa, Pakistan, Jumat (21/3).\n"
        "Pejabat kepolisian setempat mengatakan belasan jamaah lainnya terluka.\n"
        "Belum ada kelompok yang mengaku bertanggung jawab, lapor AFP.\n"
        "BERITA TERKAIT\n"
        "Pakistan Tutup Perbatasan Torkham\n",
        {"url": "https://rmol.id/dunia/read/2025/03/24/600000/bom-bunuh-diri-tewaskan-11-orang"},
        {"title": "Bom Bunuh Diri Tewaskan 11 Orang di Masjid Pakistan Barat Laut", "outlet": "RMOL.id",
         "published": "2025-03-24", "wire": ["AFP"]},
        ("Laporan:", "Ilustrasi/Net", "BERITA TERKAIT", "Torkham"),
        ("Pejabat kepolisian setempat mengatakan belasan jamaah lainnya terluka.",),
    ),
    Scrape(
        "mercusuar-palu-caption-after",
        "Warga Sigi Diminta Waspada Sisa Kelompok Bersenjata\n"
        "Mercusuar\n"
        "25/03/2025\n"
        "PALU, MERCUSUAR – Kepolisian Daerah Sulawesi Tengah meminta warga Kabupaten Sigi tetap waspada meski kelompok bersenjata di pegunungan dinyatakan melemah.\n"
        "Patroli gabungan dilakukan setiap malam di desa-desa yang berbatasan dengan hutan.\n"
        "FOTO: Personel gabungan berpatroli di Desa Lembantongoa, Sigi. FOTO: IST\n"
        "Penulis: Ikram\n"
        "Editor: Nanang\n",
        {"url": "https://mercusuar.web.id/berita/warga-sigi-diminta-waspada/"},
        {"title": "Warga Sigi Diminta Waspada Sisa Kelompok Bersenjata", "outlet": "Harian Mercusuar",
         "dateline": "Palu", "published": "2025-03-25", "wire": []},
        ("FOTO:", "Lembantongoa", "Penulis:", "Editor:"),
        ("Patroli gabungan dilakukan setiap malam di desa-desa yang berbatasan dengan hutan.",),
    ),
    Scrape(
        "seputarpapua-live-blog-terkini",
        "[TERKINI] Bandara Ilaga Ditutup Sementara Usai Penembakan Pesawat\n"
        "SeputarPapua\n"
        "26 Maret 2025\n"
        "Update 14.20 WIT: Pemerintah daerah menyatakan penerbangan perintis ke Ilaga dihentikan sampai ada jaminan keamanan.\n"
        "Update 12.05 WIT: Pilot dan penumpang dievakuasi ke Timika.\n"
        "ILAGA – Sebuah pesawat perintis ditembaki saat mendarat di Bandara Aminggaru, Ilaga, Kabupaten Puncak, Rabu siang.\n"
        "Tidak ada korban dalam kejadian itu, namun badan pesawat terkena dua peluru.\n"
        "Berita ini akan terus diperbarui.\n",
        {"url": "https://seputarpapua.com/view/terkini-bandara-ilaga-ditutup-sementara"},
        {"title": "[TERKINI] Bandara Ilaga Ditutup Sementara Usai Penembakan Pesawat", "outlet": "SeputarPapua",
         "published": "2025-03-26", "wire": []},
        ("akan terus diperbarui",),
        ("Pemerintah daerah menyatakan penerbangan perintis ke Ilaga dihentikan sampai ada jaminan keamanan.",
         "Pilot dan penumpang dievakuasi ke Timika.",
         "Tidak ada korban dalam kejadian itu, namun badan pesawat terkena dua peluru."),
    ),
    Scrape(
        "wp-generic-portal-elementor",
        "Skip to content\n"
        "Menu\n"
        "Home\n"
        "Nasional\n"
        "Daerah\n"
        "Penyerangan Polsek di Aceh Timur, Pelaku Bawa Senjata Tajam\n"
        "admin\n"
        "27 Maret 2025\n"
        "0 Comments\n"
        "ACEH TIMUR – Seorang pria menyerang Markas Polsek Peureulak, Kabupaten Aceh Timur, dengan senjata tajam pada Rabu malam.\n"
        "Seorang anggota piket mengalami luka di lengan dan dirawat di puskesmas.\n"
        "Pelaku berhasil dilumpuhkan dan kini diperiksa penyidik Polres Aceh Timur.\n"
        "Post navigation\n"
        "Previous Post\n"
        "Harga Cabai Turun di Langsa\n"
        "Next Post\n"
        "Pemkab Aceh Timur Salurkan Bantuan\n"
        "Leave a Comment Cancel Reply\n"
        "Save my name, email, and website in this browser for the next time I comment.\n"
        "Copyright © 2025 | Powered by Astra WordPress Theme\n",
        {"url": "https://acehnews24.com/2025/03/27/penyerangan-polsek-di-aceh-timur/"},
        {"title": "Penyerangan Polsek di Aceh Timur, Pelaku Bawa Senjata Tajam", "outlet": "acehnews24.com",
         "dateline": "Aceh Timur", "published": "2025-03-27", "wire": []},
        ("Skip to content", "Menu", "admin", "0 Comments", "Post navigation", "Previous Post", "Harga Cabai",
         "Next Post", "Leave a Comment", "Save my name", "Powered by"),
        ("Seorang anggota piket mengalami luka di lengan dan dirawat di puskesmas.",
         "Pelaku berhasil dilumpuhkan dan kini diperiksa penyidik Polres Aceh Timur."),
    ),
    Scrape(
        "wp-jnews-theme",
        "Beranda\n"
        "Internasional\n"
        "Junta Myanmar Bombardir Desa di Sagaing, 20 Warga Sipil Tewas\n"
        "by Redaksi\n"
        "28 Maret 2025\n"
        "in Internasional\n"
        "Reading Time: 2 mins read\n"
        "A A\n"
        "0\n"
        "Share on FacebookShare on Twitter\n"
        "YANGON – Serangan udara militer Myanmar menghantam sebuah desa di Wilayah Sagaing dan menewaskan sedikitnya 20 warga sipil, kata kelompok perlawanan setempat, Kamis.\n"
        "Junta belum memberikan tanggapan atas laporan tersebut.\n"
        "(Sumber: Reuters)\n"
        "Tags: MyanmarSagaing\n"
        "Next Post\n"
        "Thailand Perketat Perbatasan di Mae Sot\n"
        "Discussion about this post\n",
        {"url": "https://warta-dunia.id/junta-myanmar-bombardir-desa-di-sagaing/"},
        {"title": "Junta Myanmar Bombardir Desa di Sagaing, 20 Warga Sipil Tewas", "outlet": "warta-dunia.id",
         "dateline": "Yangon", "published": "2025-03-28", "wire": ["Reuters"]},
        ("Beranda", "by Redaksi", "in Internasional", "Reading Time", "A A", "Share on", "Tags:", "Next Post",
         "Mae Sot", "Discussion about"),
        ("Junta belum memberikan tanggapan atas laporan tersebut.",),
    ),
    Scrape(
        "wp-newspaper-td-theme",
        "Home Hukum\n"
        "Hukum\n"
        "Pengadilan Vonis Perakit Bom Asal Bima 6 Tahun Penjara\n"
        "By\n"
        "Redaksi NTB\n"
        "-\n"
        "29 Maret 2025\n"
        "0\n"
        "45\n"
        "Facebook\n"
        "Twitter\n"
        "Pinterest\n"
        "WhatsApp\n"
        "MATARAM – Majelis hakim Pengadilan Negeri Jakarta Timur menjatuhkan vonis enam tahun penjara kepada seorang perakit bom asal Bima, Nusa Tenggara Barat.\n"
        "Terdakwa terbukti menyimpan bahan peledak yang disiapkan untuk menyerang pos polisi.\n"
        "RELATED ARTICLESMORE FROM AUTHOR\n"
        "Polda NTB Gelar Razia Senjata Tajam\n"
        "LEAVE A REPLY Cancel reply\n"
        "Please enter your comment!\n"
        "Please enter your name here\n",
        {"url": "https://ntbsatu.net/2025/03/29/pengadilan-vonis-perakit-bom-asal-bima/"},
        {"title": "Pengadilan Vonis Perakit Bom Asal Bima 6 Tahun Penjara", "outlet": "ntbsatu.net",
         "dateline": "Mataram", "published": "2025-03-29", "wire": []},
        ("Home Hukum", "Redaksi NTB", "Facebook", "Pinterest", "RELATED ARTICLES", "Razia Senjata", "LEAVE A REPLY",
         "Please enter"),
        ("Terdakwa terbukti menyimpan bahan peledak yang disiapkan untuk menyerang pos polisi.",),
    ),
    Scrape(
        "alkhairaat-paging-lanjut",
        "Tokoh Agama Poso Serukan Damai Jelang Ramadan\n"
        "Alkhairaat Online\n"
        "30 Maret 2025\n"
        "POSO – Tokoh lintas agama di Kabupaten Poso menyerukan agar warga menjaga kedamaian menjelang bulan Ramadan.\n"
        "Seruan itu disampaikan dalam pertemuan di aula kantor bupati, Sabtu.\n"
        "Lanjut ke halaman berikutnya\n"
        "Para tokoh sepakat menggelar doa bersama setiap pekan di desa-desa bekas konflik.\n"
        "1 2\n",
        {"url": "https://alkhairaatonline.com/tokoh-agama-poso-serukan-damai/2/"},
        {"title": "Tokoh Agama Poso Serukan Damai Jelang Ramadan", "outlet": "Alkhairaat Online",
         "dateline": "Poso", "published": "2025-03-30", "wire": []},
        ("Lanjut ke halaman", "1 2"),
        ("Seruan itu disampaikan dalam pertemuan di aula kantor bupati, Sabtu.",
         "Para tokoh sepakat menggelar doa bersama setiap pekan di desa-desa bekas konflik."),
    ),
    Scrape(
        "kumparan-style-live-blog-regional",
        "Live Blog: Perkembangan Penyanderaan Pilot di Nduga\n"
        "Suara Papua\n"
        "31 Maret 2025 18:00 WIT\n"
        "Terbaru\n"
        "18:00 — Juru bicara TPNPB mengirim video pilot dalam keadaan sehat kepada wartawan.\n"
        "15:30 — Pemerintah Selandia Baru meminta pembebasan warganya tanpa syarat.\n"
        "Jayapura, Suara Papua — Upaya pembebasan pilot yang disandera kelompok bersenjata di Nduga memasuki pekan kedua.\n"
        "Tokoh gereja setempat diminta menjadi perantara negosiasi.\n"
        "Muat lebih banyak\n",
        {"url": "https://suarapapua.com/2025/03/31/live-blog-perkembangan-penyanderaan-pilot/"},
        {"title": "Live Blog: Perkembangan Penyanderaan Pilot di Nduga", "outlet": "Suara Papua",
         "dateline": "Jayapura", "published": "2025-03-31", "wire": []},
        ("Terbaru", "Muat lebih banyak"),
        ("Juru bicara TPNPB mengirim video pilot dalam keadaan sehat kepada wartawan.",
         "Upaya pembebasan pilot yang disandera kelompok bersenjata di Nduga memasuki pekan kedua.",
         "Tokoh gereja setempat diminta menjadi perantara negosiasi."),
    ),
    Scrape(
        "gorontalopost-cookie-consent-bottom",
        "Polisi Gorontalo Sita Ratusan Amunisi dari Rumah Warga\n"
        "Gorontalo Post\n"
        "1 April 2025, 10:00 WITA\n"
        "GORONTALO, GP – Polda Gorontalo menyita 320 butir amunisi berbagai kaliber dari sebuah rumah di Kecamatan Limboto.\n"
        "Pemilik rumah mengaku amunisi itu peninggalan kerabatnya.\n"
        "Situs ini menggunakan cookie. Baca Kebijakan Privasi kami.\n"
        "Terima\n"
        "Tolak\n",
        {"url": "https://gorontalopost.jawapos.com/hukum/01/04/2025/polisi-gorontalo-sita-ratusan-amunisi"},
        {"title": "Polisi Gorontalo Sita Ratusan Amunisi dari Rumah Warga", "outlet": "Gorontalo Post",
         "dateline": "Gorontalo", "published": "2025-04-01", "wire": []},
        ("cookie", "Terima", "Tolak"),
        ("Pemilik rumah mengaku amunisi itu peninggalan kerabatnya.",),
    ),
    Scrape(
        "malutpost-halaman-dots",
        "Kelompok Bersenjata Serang Kamp Tambang di Halmahera Tengah\n"
        "Selasa, 1 April 2025 | 20:12 WIT\n"
        "Malut Post\n"
        "WEDA – Sekelompok orang bersenjata menyerang kamp pekerja tambang di Kecamatan Weda Timur, Halmahera Tengah, Senin malam.\n"
        "Tiga pekerja mengalami luka dan dilarikan ke rumah sakit di Weda.\n"
        "« Halaman sebelumnya | Halaman 2 dari 2\n"
        "Polres Halmahera Tengah telah mengirim tim ke lokasi kejadian.\n"
        "(cr-05/kai)\n",
        {"url": "https://malutpost.id/2025/04/01/kelompok-bersenjata-serang-kamp-tambang/2/"},
        {"title": "Kelompok Bersenjata Serang Kamp Tambang di Halmahera Tengah", "outlet": "Malut Post",
         "dateline": "Weda", "published": "2025-04-01", "wire": []},
        ("Halaman sebelumnya", "Halaman 2 dari 2", "(cr-05/kai)"),
        ("Tiga pekerja mengalami luka dan dilarikan ke rumah sakit di Weda.",
         "Polres Halmahera Tengah telah mengirim tim ke lokasi kejadian."),
    ),
    Scrape(
        "ayobandung-gallery-slides",
        "Polisi Jaga Ketat Gereja di Bandung Jelang Paskah, Ini Foto-fotonya\n"
        "Ayobandung.com\n"
        "Kamis 3 Apr 2025, 12:00 WIB\n"
        "Geser untuk melihat foto lainnya\n"
        "1/3\n"
        "Petugas memeriksa tas jemaat di pintu gereja. (Ayobandung.com/Irfan Al-Faritsi)\n"
        "2/3\n"
        "Anjing pelacak menyisir halaman gereja. (Ayobandung.com/Irfan Al-Faritsi)\n"
        "BANDUNG, AYOBANDUNG.COM -- Polrestabes Bandung menempatkan 600 personel untuk mengamankan gereja selama pekan Paskah.\n"
        "Setiap gereja dijaga sedikitnya enam personel bersenjata.\n",
        {"url": "https://www.ayobandung.com/galeri/790000/polisi-jaga-ketat-gereja-di-bandung"},
        {"title": "Polisi Jaga Ketat Gereja di Bandung Jelang Paskah, Ini Foto-fotonya", "outlet": "Ayobandung.com",
         "dateline": "Bandung", "published": "2025-04-03", "wire": []},
        ("Geser untuk", "1/3", "2/3", "memeriksa tas", "Anjing pelacak"),
        ("Polrestabes Bandung menempatkan 600 personel untuk mengamankan gereja selama pekan Paskah.",
         "Setiap gereja dijaga sedikitnya enam personel bersenjata."),
    ),
    Scrape(
        "lombokpost-baca-juga-midsentence-caps",
        "Napiter Asal Lombok Timur Bebas Bersyarat\n"
        "Lombok Post\n"
        "4 April 2025\n"
        "MATARAM-Seorang narapidana kasus terorisme asal Lombok Timur bebas bersyarat setelah menjalani dua pertiga masa hukumannya. BACA JUGA: Polda NTB Bentuk Satgas Anti Radikalisme Ia dijemput keluarga dan petugas Balai Pemasyarakatan Mataram.\n"
        "Petugas akan memantau yang bersangkutan hingga masa pembebasan bersyarat berakhir.\n"
        "(dit/r5)\n",
        {"url": "https://lombokpost.jawapos.com/kriminal/04/04/2025/napiter-asal-lombok-timur-bebas-bersyarat"},
        {"title": "Napiter Asal Lombok Timur Bebas Bersyarat", "outlet": "Lombok Post",
         "dateline": "Mataram", "published": "2025-04-04", "wire": []},
        ("(dit/r5)",),
        ("Seorang narapidana kasus terorisme asal Lombok Timur bebas bersyarat setelah menjalani dua pertiga masa hukumannya.",
         "Ia dijemput keluarga dan petugas Balai Pemasyarakatan Mataram.",
         "Petugas akan memantau yang bersangkutan hingga masa pembebasan bersyarat berakhir."),
    ),
    Scrape(
        "sumutpos-disqus",
        "Polisi Selidiki Teror Bom Ikan di Kantor Desa Langkat\n"
        "Sumut Pos\n"
        "5 April 2025\n"
        "LANGKAT, SUMUTPOS.CO – Polres Langkat menyelidiki ledakan bom ikan yang dilempar ke kantor desa di Kecamatan Pangkalan Susu, Jumat dini hari.\n"
        "Ledakan merusak pintu dan jendela kantor, tetapi tidak melukai siapa pun.\n"
        "(ted/ram)\n"
        "comments powered by Disqus\n"
        "Please enable JavaScript to view the comments powered by Disqus.\n",
        {"url": "https://sumutpos.jawapos.com/langkat/05/04/2025/polisi-selidiki-teror-bom-ikan"},
        {"title": "Polisi Selidiki Teror Bom Ikan di Kantor Desa Langkat", "outlet": "Sumut Pos",
         "dateline": "Langkat", "published": "2025-04-05", "wire": []},
        ("(ted/ram)", "Disqus", "JavaScript"),
        ("Ledakan merusak pintu dan jendela kantor, tetapi tidak melukai siapa pun.",),
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

"""Cleaning drops scraping noise and nothing else; kept text maps back to identical original substrings."""
from __future__ import annotations

import time

import pytest

from telik.clean import clean_article
from telik.model import Article

SCRAPE = """Sel. Mar 12th, 2024

wartaselatan.com

Berita Terkini, Politik, Hukum, Olahraga

Nasional – Densus 88 Tangkap Tiga Terduga Anggota JAD di Makassar

3 min read

Nasional – Densus 88 Tangkap Tiga Terduga Anggota JAD di Makassar

MAKASSAR – Tim Detasemen Khusus 88 Antiteror menangkap tiga terduga anggota Jamaah Ansharut Daulah (JAD) di Kecamatan Tamalate, Makassar, pada Senin (11/3/2024) pagi. Penangkapan berlangsung tanpa perlawanan.

Baca juga: Polisi Perketat Pengamanan Gereja Jelang Paskah

Kabid Humas Polda Sulawesi Selatan mengatakan ketiganya diduga terlibat perencanaan serangan terhadap pos polisi. Barang bukti berupa bahan peledak rakitan diamankan dari sebuah rumah kontrakan. (Foto: Humas Polda Sulsel) |

MEMBACA  Harga Cabai Naik Jelang Ramadan

Petugas masih mendalami jaringan para tersangka. (Gambar: Dok. Warta Selatan)

Simak berita selengkapnya di halaman berikutnya.

(Artikel ini telah diperbarui untuk menambahkan keterangan polisi)

error: Content is protected !!

Tinggalkan Balasan

Alamat email Anda tidak akan dipublikasikan.
"""


def _clean(text: str, **kw: str) -> str:
    return clean_article(Article(id="t", text=text, **kw)).text


def test_clean_scrape_drops_noise_keeps_content() -> None:
    cleaned = clean_article(Article(id="t", text=SCRAPE))
    text = cleaned.text
    for noise in ("Mar 12th", "wartaselatan.com", "Berita Terkini", "3 min read", "Baca juga", "MEMBACA",
                  "Simak berita", "Artikel ini telah", "Content is protected", "Tinggalkan", "Alamat email",
                  "(Foto:", "(Gambar:", "Humas Polda Sulsel) |"):
        assert noise not in text, noise
    for content in ("MAKASSAR – Tim Detasemen Khusus 88", "diamankan dari sebuah rumah kontrakan.",
                    "Petugas masih mendalami jaringan para tersangka."):
        assert content in text
    assert text.count("Densus 88 Tangkap Tiga Terduga") == 1
    assert text == text.strip() and "\n\n\n" not in text


def test_clean_offsets_map_back_to_identical_text() -> None:
    cleaned = clean_article(Article(id="t", text=SCRAPE))
    segments = cleaned.offsets.segments()
    assert segments
    for clean_start, orig_start, length in segments:
        assert cleaned.text[clean_start : clean_start + length] == SCRAPE[orig_start : orig_start + length]
    assert sum(length for _, _, length in segments) == len(cleaned.text)
    word = "rumah kontrakan"
    at = cleaned.text.index(word)
    start, end = cleaned.offsets.span_to_original(at, at + len(word))
    assert SCRAPE[start:end] == word


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Judul Berita Teror\n\nPolisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nKomentar\n\nBagus sekali beritanya.",
         "Bagus sekali", "menangkap dua orang"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nLeave a Reply\n\nYour email address will not be published.",
         "Leave a Reply", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nFoto: Dok. Polres Poso\n\nKeduanya ditahan di Palu.",
         "Dok. Polres", "Keduanya ditahan"),
        ("Polisi menangkap dua orang di Poso, kata Kapolres. (Foto: Antara)\nKeduanya ditahan di Palu pada hari yang sama.",
         "(Foto: Antara)", "kata Kapolres."),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\n(dhf/nma)", "(dhf/nma)", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nBaca Juga: Bom Bunuh Diri di Astanaanyar",
         "Astanaanyar", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso. [Baca juga: Bom di Astanaanyar] Keduanya ditahan di Palu.",
         "Astanaanyar", "Keduanya ditahan di Palu."),
        ("Polisi menangkap dua orang di Poso. Baca juga: Jejak Ali Kalora, Pemimpin MIT yang Tewas. Keduanya ditahan "
         "di Palu.", "Jejak Ali Kalora", "Keduanya ditahan di Palu."),
        ("Polisi menangkap dua orang di Poso, kata Kapolres. [rnd]", "[rnd]", "kata Kapolres."),
        ("Polisi menangkap dua orang di Poso. (Baca: Polres Poso Buru Pelaku Pembunuhan) Keduanya ditahan di Palu.",
         "Buru Pelaku", "Keduanya ditahan di Palu."),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nSimak breaking news dan berita pilihan kami "
         "langsung di ponselmu.", "breaking news", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\n(Yendhi / win)", "Yendhi", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nTentang Kami | Redaksi | Pedoman Media Siber",
         "Tentang Kami", "Polisi menangkap"),
        ("/ / <! [CDATA [var google_conversion_id = 1; / /]] & gt;\n\nPolisi menangkap dua orang di Poso pada Senin.",
         "CDATA", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nWartaPoso.id adalah portal berita Sulawesi "
         "Tengah. Kamu bisa menjadi member komunitas kami.", "portal berita", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nReporter: Budi | Editor: Sari",
         "Reporter", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nEditor : Gita (gita@contoh.co.id)",
         "gita@", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nSaksikan video pilihan di bawah ini:",
         "Saksikan", "Polisi menangkap"),
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.\n\nShare this:\n\nLike this:\n\nLoading...",
         "Loading", "Polisi menangkap"),
    ],
)
def test_clean_noise_table(text: str, dropped: str, kept: str) -> None:
    cleaned = _clean(text)
    assert dropped not in cleaned and kept in cleaned


def test_clean_pull_quote_repeated_later_is_dropped() -> None:
    quote = "Kami tidak akan mundur sejengkal pun dari tanah ini"
    text = (f"“{quote},”JAYAPURA -- Kelompok bersenjata menyerang pos TNI di Intan Jaya pada Selasa malam.\n"
            f"Juru bicara kelompok itu menyebut serangan sebagai balasan.\n“{quote},” katanya dalam video.")
    cleaned = clean_article(Article(id="t", text=text))
    assert cleaned.text.count(quote) == 1 and cleaned.text.startswith("JAYAPURA --")
    assert cleaned.dateline == "Jayapura"


def test_clean_opening_quote_said_once_is_kept() -> None:
    text = "“Situasi sudah kondusif dan warga bisa kembali beraktivitas,” kata Kapolda Papua di Jayapura, Rabu."
    assert _clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Oleh karena itu, polisi menangkap dua orang di Poso pada Senin pagi kemarin.",
        "Editor senior harian itu, kata polisi, ikut diperiksa sebagai saksi di Poso.",
        "Polisi menangkap dua orang (AS dan BT) di Poso pada Senin pagi kemarin.",
        "Kami menggunakan segala cara untuk menangkap pelaku, kata Kapolres Poso.",
        "Ikuti perkembangan kasus ini, polisi masih memeriksa dua saksi di Poso.",
        "Pelaku mengaku berbaiat kepada ISIS melalui grup Telegram sejak 2019.",
    ],
)
def test_clean_body_sentences_like_noise_are_kept(text: str) -> None:
    assert _clean(text) == text


def test_clean_comment_word_inside_text_is_kept() -> None:
    text = "Komentar\n\nPolisi menangkap dua orang di Poso pada Senin pagi kemarin."
    assert "Polisi menangkap" in _clean(text)


@pytest.mark.parametrize("unit", ["MEMBACA ", "1234567890/", "Baca juga: ", "“", "Senin (12/3/2024) ", "(Foto: x",
                                  "[Baca juga: ", "Oleh a | ", "(ab / ", "x" + " " * 50])
def test_clean_bounded_time_on_pathological_input(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    start = time.monotonic()
    cleaned = clean_article(Article(id="t", text=text + "\n" + text))
    assert time.monotonic() - start < 5
    for c, o, n in cleaned.offsets.segments():
        assert cleaned.text[c : c + n] == (text + "\n" + text)[o : o + n]


def test_clean_is_idempotent() -> None:
    once = _clean(SCRAPE)
    assert _clean(once) == once


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("line:\n  - '^(unclosed'\n", "bad regex in `line`"),
        ("line: '^baca juga'\n", "must be a list"),
        ("lines:\n  - '^x'\n", "unknown sections"),
    ],
)
def test_clean_invalid_noise_file_is_reported(tmp_path, content: str, reason: str) -> None:
    from telik.clean.patterns import load_noise
    from telik.errors import TelikError

    path = tmp_path / "xx.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TelikError) as exc:
        load_noise([path])
    assert exc.value.code == "E013" and reason in exc.value.message


def test_shingles_are_runs_of_eight_words() -> None:
    from telik.clean.cleaner import _shingles

    words = [f"w{i}" for i in range(10)]
    assert _shingles(words) == {tuple(words[i:i + 8]) for i in range(3)}
    assert _shingles(words[:8]) == {tuple(words[:8])}
    assert _shingles(words[:3]) == {tuple(words[:3])}  # a short line is its own one window
    assert _shingles([]) == {()}


def test_clean_drops_a_line_repeated_inside_a_longer_one() -> None:
    caption = "Petugas kepolisian berjaga di lokasi dugaan bom bunuh diri di depan Gereja Katedral Makassar"
    text = (f"JAKARTA - {caption}, Minggu pagi. Ledakan terjadi pukul 10.28 WIB.\n\n"
            f"Polisi masih menyelidiki pelaku dan jaringannya di Sulawesi Selatan.\n\n{caption}.")
    cleaned = clean_article(Article(id="r", text=text))
    assert cleaned.text.count(caption) == 1
    assert "repeated line" in {reason for _, _, reason in cleaned.removed}

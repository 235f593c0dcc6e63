"""Block-level signals: what a list of links, a photo credit and its caption look like, and what they do not."""
from __future__ import annotations

from telik.clean import clean_article
from telik.clean.blocks import glued_sentence, headline_shape, photo_credit, table_rows
from telik.clean.patterns import get_noise
from telik.model import Article

OPENING = "JAKARTA - Polisi menangkap dua terduga teroris di Bekasi, Jawa Barat, pada Senin pagi tanpa perlawanan."


def _clean(*lines: str) -> tuple[str, dict[str, str]]:
    text = "\n\n".join(lines)
    cleaned = clean_article(Article(id="t", text=text))
    reasons = {text[s:e].strip(): why for s, e, why in cleaned.removed}
    return cleaned.text, reasons


def test_photo_credit_shapes() -> None:
    noise = get_noise()
    for line in ("ANTARA FOTO/Arnas Padda/wpa/foc.", "Ilustrasi/Net", "Tribunnews.com/istimewa",
                 "ASVAKA NEWS AGENCY via AP", "(IDN Times/Mardya Shakti)"):
        assert photo_credit(line, noise), line
    for line in ("TNI/Polri", "Sumber: Islamtimes/Russia Today", "Dia dan/atau rekannya ditangkap polisi kemarin."):
        assert not photo_credit(line, noise), line


def test_dated_headline_list_goes_results_table_stays() -> None:
    text, reasons = _clean(
        OPENING,
        "Keduanya diduga anggota jaringan yang merencanakan serangan ke pos polisi.",
        "Hasil pertandingan semalam:",
        "Persija Jakarta 2-1 Persib Bandung",
        "Arema FC 0-0 Persebaya Surabaya",
        "PSM Makassar 3-2 Bali United",
        "Populer",
        "Harga Beras Naik di Sejumlah Pasar",
        "Senin, 09 Mei 2022 | 06:10",
        "Ledakan Bom Rakitan Lukai Tiga Warga",
        "Minggu, 08 Mei 2022 | 21:45",
        "Menteri Resmikan Pelabuhan Baru",
    )
    assert "Persija Jakarta 2-1 Persib Bandung" in text and "PSM Makassar 3-2 Bali United" in text
    assert "Ledakan Bom Rakitan" not in text and reasons["Ledakan Bom Rakitan Lukai Tiga Warga"] == "list of headlines"
    assert table_rows(["Persija Jakarta 2-1 Persib Bandung", "Arema FC 0-0 Persebaya Surabaya"])
    assert headline_shape("- Dunia Hari Ini: Etihad Batal Lepas Landas di Melbourne")


def test_numbered_enumeration_closing_the_article_stays() -> None:
    text, _ = _clean(
        OPENING,
        "Polisi menyebut tiga peran para tersangka dalam jaringan itu:",
        "1. Perekrut Anggota Baru",
        "2. Pengumpul Dana Kelompok",
        "3. Perakit Bahan Peledak",
    )
    assert "3. Perakit Bahan Peledak" in text


def test_caption_beside_credit_goes_paragraph_below_opening_stays() -> None:
    text, reasons = _clean(
        OPENING,
        "Polisi menyita dua bom rakitan dari rumah kontrakan tersangka di Kecamatan Tambun.",
        "ANTARA FOTO/Fakhri Hermansyah/foc.",
        "Kapolda menyampaikan keterangan pers di Mapolda Metro Jaya, Jakarta, Senin (14/3/2022).",
        "Penyidik masih mendalami asal bahan peledak yang dipakai kedua tersangka untuk merakit bom tersebut.",
    )
    assert reasons["ANTARA FOTO/Fakhri Hermansyah/foc."] == "photo credit"
    assert reasons["Kapolda menyampaikan keterangan pers di Mapolda Metro Jaya, Jakarta, Senin (14/3/2022)."] == (
        "photo caption")
    assert "Polisi menyita dua bom rakitan" in text and "Penyidik masih mendalami asal bahan peledak" in text


def test_link_glued_to_a_sentence_drops_only_the_link() -> None:
    line = "BACA JUGA: Pemerintah Bentuk Tim Pencari FaktaJuru bicara itu mengatakan serangan pada Jumat sore dilakukan oleh pasukan kelompoknya di Intan Jaya."
    at = glued_sentence(line)
    assert at is not None and line[at:].startswith("Juru bicara")
    assert glued_sentence("* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan berita terkini hari ini.") is None
    text, _ = _clean(OPENING, line)
    assert "Juru bicara itu mengatakan serangan pada Jumat sore" in text and "Tim Pencari" not in text

"""Where a page comes as HTML, trafilatura's own reading of the page structure decides first (navigation,
figures and their captions, related-link asides and footers never reach the text); the line cleaner then
removes what sits inside the article body (link prompts, date widgets) and reads the metadata."""
from __future__ import annotations

from pathlib import Path

import pytest

from telik.clean import clean_article
from telik.ingest.html import extract_page
from telik.model import Article

PAGE = Path(__file__).parent / "data" / "html" / "kabarkota-densus.html"


def test_html_page_structure_first_then_lines() -> None:
    page = extract_page(PAGE.read_text(encoding="utf-8"))
    assert not page.fallback
    for structural in ("Beranda", "ANTARA FOTO", "Berita Terkait", "Bom Meledak di Pasar Kota", "Copyright"):
        assert structural not in page.text, structural
    cleaned = clean_article(Article(id="k", text=page.text, title=page.title, outlet=page.sitename,
                                    published=page.published))
    assert "Baca juga" not in cleaned.text and "10:15 WIB" not in cleaned.text
    for body in ("menangkap dua terduga teroris di Kecamatan Tambun", "merencanakan serangan ke pos polisi",
                 "Polisi menyita bahan peledak rakitan"):
        assert body in cleaned.text
    assert (cleaned.outlet, cleaned.dateline, cleaned.published) == ("KabarKota.id", "Bekasi", "2022-03-14")


def _page(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">{head}</head><body>"
            "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/dunia\">Dunia</a></li></ul></nav>"
            f"<main><article>{body}</article></main><footer><p>Copyright © 2024</p></footer></body></html>")


KONTAN = _page(
    '<title>Serangan Houthi Kerek Ongkos Asuransi Kapal - Kontan.co.id</title>'
    '<meta property="og:site_name" content="Kontan.co.id">'
    '<meta property="article:published_time" content="2024-09-12T14:35:00+07:00">',
    "<h1>Serangan Houthi Kerek Ongkos Asuransi Kapal</h1><div>Reporter: Bimo Kresnomurti | Editor: Handoyo</div>"
    "<p><b>KONTAN.CO.ID - JAKARTA.</b> Serangan kelompok Houthi terhadap kapal dagang di Laut Merah mendorong kenaikan "
    "premi asuransi perang hingga tiga kali lipat.</p>"
    "<p>Mengutip <i>Reuters</i>, Kamis (12/9), sejumlah perusahaan pelayaran memilih memutar lewat Tanjung Harapan.</p>"
    "<p>Analis memperkirakan gangguan itu berlanjut hingga akhir tahun karena kelompok itu berjanji meneruskan serangan.</p>"
    "<p>Cek Berita dan Artikel yang lain di <a href=\"https://news.google.com\">Google News</a></p>",
)
ANADOLU = _page(
    '<title>Serangan drone Ukraina hantam kilang minyak di Rusia selatan</title>'
    '<meta property="og:site_name" content="Anadolu Ajansı">'
    '<meta property="article:published_time" content="2024-09-12T08:00:00+03:00">',
    "<h1>Serangan drone Ukraina hantam kilang minyak di Rusia selatan</h1>"
    "<div>Pizaro Gozali Idrus |12.09.2024 - Update : 12.09.2024</div><p>ANKARA</p>"
    "<p>Serangan pesawat nirawak Ukraina menghantam sebuah kilang minyak di wilayah Krasnodar, Rusia selatan, pada Kamis "
    "dini hari, kata gubernur setempat.</p>"
    "<p>Kebakaran berhasil dipadamkan beberapa jam kemudian dan tidak ada korban jiwa.</p>"
    "<p>Situs web Anadolu Agency hanya memuat sebagian berita yang disajikan kepada pelanggan dalam Sistem Penyiaran "
    "Berita AA (HAS), dan dalam bentuk ringkasan.</p>",
)


@pytest.mark.parametrize(("html", "meta", "gone"), [
    (KONTAN, ("Kontan.co.id", "Jakarta", "2024-09-12", ["Reuters"]), ("Google News", "Reporter:")),
    (ANADOLU, ("Anadolu Agency", "Ankara", "2024-09-12", []), ("hanya memuat sebagian", "Pizaro")),
], ids=["kontan-period-dateline", "anadolu-lone-dateline"])
def test_html_pages_of_more_outlets(html: str, meta: tuple[object, ...], gone: tuple[str, ...]) -> None:
    page = extract_page(html)
    cleaned = clean_article(Article(id="p", text=page.text, title=page.title, outlet=page.sitename,
                                    published=page.published))
    assert (cleaned.outlet, cleaned.dateline, cleaned.published, cleaned.wire) == meta
    for noise in gone:
        assert noise not in cleaned.text, noise

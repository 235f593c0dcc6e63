"""Where a page comes as HTML, trafilatura's own reading of the page structure decides first (navigation,
figures and their captions, related-link asides and footers never reach the text); the line cleaner then
removes what sits inside the article body (link prompts, date widgets) and reads the metadata."""
from __future__ import annotations

from pathlib import Path

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

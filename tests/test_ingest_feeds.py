"""Feeds: items become Articles; DTDs, entity expansion and external entities are refused fast."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from telik.clean import clean_article
from telik.ingest import read_inputs
from telik.model import Article, ReadError

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kabar Contoh</title>
<item><title>Densus 88 Tangkap Dua Terduga Teroris</title><link>https://contoh.id/a</link><guid>a1</guid>
<pubDate>Thu, 14 Mar 2024 10:00:00 +0700</pubDate>
<description><![CDATA[<p>BEKASI – Densus 88 menangkap dua terduga teroris pada Kamis (14/3/2024).</p><p>Keduanya diduga anggota JAD.</p>]]></description></item>
<item><title>Kontak Tembak di Intan Jaya</title><link>https://contoh.id/b</link>
<description>&lt;p&gt;Satgas Damai Cartenz terlibat kontak tembak dengan KKB.&lt;/p&gt;</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Atom</title>
<entry><id>urn:x:1</id><title>Bom Meledak di Pos Polisi</title><updated>2024-02-01T09:00:00Z</updated>
<content type="html">&lt;p&gt;Sebuah bom meledak di pos polisi Kartasura, melukai seorang petugas.&lt;/p&gt;</content></entry>
</feed>
"""
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']>\n<rss><channel><item><description>&lol9;</description></item></channel></rss>'
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><content type="html">&xxe;</content></entry></feed>'
)


def test_ingest_rss_and_atom_items(tmp_path: Path) -> None:
    (tmp_path / "kabar.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "warta.atom").write_text(ATOM, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert all(isinstance(i, Article) for i in items)
    first, second, third = items
    assert first.title == "Densus 88 Tangkap Dua Terduga Teroris" and first.published == "2024-03-14"
    assert first.outlet == "Kabar Contoh" and first.url == "https://contoh.id/a"
    assert first.text.startswith("BEKASI – Densus 88") and "\nKeduanya" in first.text
    assert first.id.startswith("kabar-") and first.id != second.id
    assert "KKB" in second.text
    assert third.title == "Bom Meledak di Pos Polisi" and third.published == "2024-02-01"


@pytest.mark.parametrize(("name", "body"), [("laughs.xml", LAUGHS), ("external.atom", EXTERNAL)])
def test_ingest_hostile_feed_rejected_fast(tmp_path: Path, name: str, body: str) -> None:
    (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "kabar.rss").write_text(RSS, encoding="utf-8")
    start = time.monotonic()
    items = list(read_inputs([tmp_path]))
    assert time.monotonic() - start < 1.0
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(errors) == 1 and errors[0].source.endswith(name) and "feed rejected" in errors[0].reason
    assert "root:" not in repr(items)
    assert sum(isinstance(i, Article) for i in items) == 2


WORDPRESS_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Suara Papua</title><link>https://suarapapua.com</link>
<item><title>Warga Sipil Mengungsi Setelah Kontak Tembak di Oksibil</title><link>https://suarapapua.com/2024/09/12/warga/</link>
<pubDate>Thu, 12 Sep 2024 10:00:00 +0900</pubDate>
<description><![CDATA[<p><strong>OKSIBIL, SUARAPAPUA.com</strong> --- Ratusan warga sipil di Oksibil, Kabupaten Pegunungan Bintang, mengungsi ke halaman gereja setelah kontak tembak antara aparat dan TPNPB, Selasa (10/9/2024).</p><p>Tokoh gereja setempat meminta kedua pihak menghormati keselamatan warga.</p><p>The post <a href="https://suarapapua.com/2024/09/12/warga/">Warga Sipil Mengungsi Setelah Kontak Tembak di Oksibil</a> appeared first on <a href="https://suarapapua.com">Suara Papua</a>.</p>]]></description></item>
<item><title>Pemasok Senjata Ditangkap</title><link>https://suarapapua.com/2024/09/12/b/</link>
<description>&lt;p&gt;Polisi menangkap pemasok amunisi di Wamena.&lt;/p&gt;&lt;p&gt;Pos Pemasok Senjata Ditangkap muncul pertama kali di Suara Papua.&lt;/p&gt;</description></item>
</channel></rss>
"""
XHTML_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Anadolu Ajansı</title>
<entry><id>tag:aa,2024:2</id><title>Ledakan di Karachi</title><updated>2024-09-12T09:00:00+03:00</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>KARACHI (Xinhua) - Sebuah ledakan terjadi di dekat bandara Karachi, Pakistan, menewaskan dua warga negara asing, kata polisi.</p><p>Kelompok separatis Baloch mengaku bertanggung jawab.</p></div></content></entry>
<entry><id>tag:aa,2024:3</id><title>Serangan drone di Krasnodar</title><updated>2024-09-12T08:00:00+03:00</updated>
<summary type="html">&lt;p&gt;ANKARA&lt;/p&gt;&lt;p&gt;Serangan pesawat nirawak menghantam sebuah kilang minyak di wilayah Krasnodar, Rusia selatan, kata gubernur setempat.&lt;/p&gt;</summary></entry>
</feed>
"""


def test_ingest_feed_items_with_html_clean_to_article_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "papua.rss").write_text(WORDPRESS_RSS, encoding="utf-8")
    (tmp_path / "aa.atom").write_text(XHTML_ATOM, encoding="utf-8")
    karachi, ankara, oksibil, wamena = (clean_article(a) for a in read_inputs([tmp_path]))
    assert (oksibil.outlet, oksibil.dateline, oksibil.published) == ("Suara Papua", "Oksibil", "2024-09-12")
    assert "Tokoh gereja setempat" in oksibil.text and "appeared first" not in oksibil.text
    assert wamena.text == "Polisi menangkap pemasok amunisi di Wamena."
    assert (karachi.outlet, karachi.dateline, karachi.wire) == ("Anadolu Agency", "Karachi", ["Xinhua"])
    assert (ankara.outlet, ankara.dateline) == ("Anadolu Agency", "Ankara")


@pytest.mark.parametrize(("stamp", "day"), [
    ("<pubDate>Fri, 13 Sep 2024 05:30:00 +0700</pubDate>", "2024-09-13"),  # 22:30 UTC on the 12th
    ("<pubDate>Fri, 13 Sep 2024 08:10:00 +0900</pubDate>", "2024-09-13"),
    ("<pubDate>Thu, 12 Sep 2024 23:30:00 GMT</pubDate>", "2024-09-12"),
    ("<pubDate>13 September 2024</pubDate>", "2024-09-13"),
])
def test_ingest_feed_item_dated_as_the_feed_writes_it(tmp_path: Path, stamp: str, day: str) -> None:
    rss = ('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Kabar Papua</title>'
           f"<item><title>Kontak Tembak di Intan Jaya – Dua Tewas</title><link>https://contoh.id/c</link>{stamp}"
           "<description>&lt;p&gt;SUGAPA – Aparat terlibat “baku tembak” di Kampung Titigi.&lt;/p&gt;</description>"
           "</item></channel></rss>")
    (tmp_path / "papua.rss").write_bytes(rss.encode("cp1252"))
    (item,) = read_inputs([tmp_path])
    assert isinstance(item, Article) and item.published == day
    assert item.text == "SUGAPA – Aparat terlibat “baku tembak” di Kampung Titigi."

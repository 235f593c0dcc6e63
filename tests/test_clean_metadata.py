"""Metadata: outlet, dateline, wire credits, title and publication date read from an article's lines."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telik.clean import clean_article, metadata
from telik.clean.metadata import clean_title, find_wires, parse_opener
from telik.model import Article
from telik.regexgate import SHORT, word_places, word_starts

BODY = " Tim gabungan TNI-Polri mengejar kelompok bersenjata yang menembaki pos ronda warga semalam."


@pytest.mark.parametrize(
    ("line", "outlet", "dateline"),
    [
        ("BANDUNG – Polisi menggeledah rumah terduga teroris.", None, "Bandung"),
        ("Poso -- Satgas Madago Raya menembak mati dua DPO.", None, "Poso"),
        ("Jakarta, CNN Indonesia -- Densus 88 menangkap seorang pria.", "CNN Indonesia", "Jakarta"),
        ("Ambon (ANTARA News) - Aparat menyita senjata rakitan.", "ANTARA News", "Ambon"),
        ("KOMPAS.com - Ledakan terdengar di depan gereja.", "KOMPAS.com", None),
        ("wartatimur.id – Warga panik mendengar tembakan.", "wartatimur.id", None),
        ("KabarSelatanNews – Makassar – Polisi berjaga di gereja.", "KabarSelatanNews", "Makassar"),
        ("TEMPO.CO, Surabaya - Polisi memeriksa saksi.", "TEMPO.CO", "Surabaya"),
        ("TIMIKA, Senin (4/3/2024) -- Kontak tembak terjadi di Kali Kopi.", None, "Timika"),
        ("SURABAYA-Detasemen Khusus menangkap dua orang.", None, "Surabaya"),
        ("Merauke, Papua, (ANTARA) - Warga mengungsi ke gereja.", "ANTARA", "Merauke"),
        # a regional bureau of ANTARA signs as the agency; a known place and a colon open Medcom's reports
        ("Kupang (ANTARA News NTT) - Polisi menangkap seorang pria di Kupang.", "ANTARA News NTT", "Kupang"),
        ("Jakarta: Densus 88 menangkap seorang terduga teroris di Lampung.", None, "Jakarta"),
        # Kontan closes the place with a full stop; Republika may glue it to the body with two dashes
        ("KONTAN.CO.ID - JAKARTA. Serangan Houthi mendorong kenaikan premi asuransi.", "KONTAN.CO.ID", "Jakarta"),
        ("REPUBLIKA.CO.ID, BANDAR LAMPUNG--Densus 88 menyita tiga pucuk senjata api.", "REPUBLIKA.CO.ID", "Bandar Lampung"),
        ("OKSIBIL, SUARAPAPUA.com --- Ratusan warga mengungsi ke halaman gereja.", "SUARAPAPUA.com", "Oksibil"),
    ],
)
def test_clean_opener_table(line: str, outlet: str | None, dateline: str | None) -> None:
    op = parse_opener(line)
    assert op is not None and (op.outlet, op.dateline) == (outlet, dateline)


@pytest.mark.parametrize(
    "line",
    [
        "Polisi – yang datang terlambat – menutup jalan.",
        "ISIS-Khorasan mengklaim serangan itu.",
        "Serangan bom – yang kedua tahun ini – mengguncang kota.",
        "Densus 88 menangkap dua orang di Solo.",
        "Jakarta: 5 kasus, Bandung: 2 kasus.",
        "Catatan: Densus 88 menangkap dua orang di Solo pekan lalu.",
    ],
)
def test_clean_opener_absent(line: str) -> None:
    assert parse_opener(line) is None


@pytest.mark.parametrize(
    ("text", "wires"),
    [
        ("Seperti dilansir AFP, Kamis (7/3/2024), serangan terjadi di Kabul.", ["AFP"]),
        ("Kelompok itu mengklaim serangan, dikutip dari Al Jazeera.", ["Al Jazeera"]),
        ("Serangan menewaskan enam orang, demikian dilaporkan kantor berita Xinhua.", ["Xinhua"]),
        ("Bom meledak di pasar, melansir Reuters. Polisi menyebut pelaku tewas, mengutip Associated Press.", ["Reuters", "AP"]),
        ("Gubernur menyatakan kota aman.\nSumber: Anadolu/Press TV", ["Anadolu", "Press TV"]),
        ("Pasukan keamanan menyisir hutan di Lanny Jaya. (Antara)", ["Antara"]),
        ("Berdasarkan laporan dari The Guardian, pasukan bergerak ke utara.", []),
        ("“Kami siap,” katanya kepada Reuters di Kabul.", []),
        ("Presiden menyebut serangan itu biadab, mengutip pernyataan resmi Istana.", []),
    ],
)
def test_clean_wire_table(text: str, wires: list[str]) -> None:
    assert [name for name, _ in find_wires(text)] == wires


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Kabar Nasional – Polisi Buru Penembak Pos Ronda", "Polisi Buru Penembak Pos Ronda"),
        ("BREAKING NEWS - Ledakan di Depan Gereja Katedral", "Ledakan di Depan Gereja Katedral"),
        ("KKB Bakar Sekolah di Intan Jaya - KOMPAS.com", "KKB Bakar Sekolah di Intan Jaya"),
        ("Pasukan Israel Serbu Rafah Oleh Reuters", "Pasukan Israel Serbu Rafah"),
        ("wartatimur.id | Dua Terduga Teroris Ditangkap", "Dua Terduga Teroris Ditangkap"),
        ("Poso – Kota yang Dulu Mencekam Kini Damai", "Poso – Kota yang Dulu Mencekam Kini Damai"),
    ],
)
def test_clean_title_table(raw: str, title: str) -> None:
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    ("text", "record", "expected"),
    [
        ("Judul Singkat Berita Serangan\n\nJAKARTA, Selasa (5/3/2024) --" + BODY, {}, "2024-03-05"),
        ("Judul Singkat Berita Serangan\n\nSeperti dilansir Reuters, Rabu (6/3/2024), pasukan bergerak." + BODY, {}, "2024-03-06"),
        ("Judul Singkat Berita Serangan\n\nDiterbitkan 7 Maret 2024\n\nPOSO –" + BODY, {}, "2024-03-07"),
        ("Judul Singkat Berita Serangan\n\nKamis, 8 Maret 2024 | 10:15 WIB\n\nPOSO –" + BODY, {}, "2024-03-08"),
        ("Judul Singkat Berita Serangan\n\nPOSO –" + BODY, {"published": "2024-03-09T07:00:00Z"}, "2024-03-09"),
        ("Fri. Mar 8th, 2024\n\nJudul Singkat Berita Serangan\n\nPOSO –" + BODY, {}, None),
    ],
)
def test_clean_published_table(text: str, record: dict[str, str], expected: str | None) -> None:
    assert clean_article(Article(id="t", text=text, **record)).published == expected


def test_clean_article_metadata_together() -> None:
    text = (
        "Sab. Mar 9th, 2024\n\nwartatimur.id\n\nKabar Papua – Pos Ronda Ditembaki, Dua Warga Terluka\n\n2 min read\n\n"
        "TIMIKA –" + BODY + "\n\nMenurut aparat, pelaku melarikan diri ke arah hutan."
        "\n\nSumber: Antara/Kabar Papua\n\nKomentar"
    )
    cleaned = clean_article(Article(id="t", text=text))
    assert cleaned.title == "Pos Ronda Ditembaki, Dua Warga Terluka"
    assert (cleaned.outlet, cleaned.dateline, cleaned.wire) == ("wartatimur.id", "Timika", ["Antara", "Kabar Papua"])
    assert cleaned.text.startswith("Kabar Papua – Pos Ronda") and not cleaned.text.endswith("Komentar")


def test_clean_record_fields_used_when_page_is_silent() -> None:
    article = Article(id="t", text="Pasukan keamanan menyisir hutan di Lanny Jaya sejak pekan lalu.", title="Operasi di Lanny Jaya",
                      outlet="Kabar Contoh", published="2024-02-01")
    cleaned = clean_article(article)
    assert (cleaned.title, cleaned.outlet, cleaned.published) == ("Operasi di Lanny Jaya", "Kabar Contoh", "2024-02-01")


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.kompas.com/read/2024/03/12/densus", "KOMPAS.com"),
        ("https://nasional.kompas.com/read/2024/03/12/densus", "KOMPAS.com"),
        ("https://www.antaranews.com/berita/4000000/aparat", "ANTARA"),
        ("https://news.detik.com/berita/d-7000000/teror", "detikcom"),
        ("https://www.republika.co.id/berita/s9x/densus", "Republika"),
        ("https://korannews.com/2023/03/13/alert-500-militan/", "korannews.com"),
        ("https://berita.kabarsulteng.co.id/2024/poso", "kabarsulteng.co.id"),
        ("http://WWW.Papuanesia.COM:8080/kkb?id=1", "papuanesia.com"),
        ("not a url", None),
        ("", None),
    ],
)
def test_clean_url_outlet_table(url: str, outlet: str | None) -> None:
    from telik.clean.sources import url_outlet

    assert url_outlet(url) == outlet


@pytest.mark.parametrize(
    ("lines", "wires"),
    [
        (["(Reuters/ant)"], ["Reuters", "Antara"]),
        (["(ant/dwi)"], ["Antara"]),
        (["[AFP/dhf]"], ["AFP"]),
        (["(Yendhi / win)", "(dhf/nma)"], []),
    ],
)
def test_clean_credit_line_wires_table(lines: list[str], wires: list[str]) -> None:
    from telik.clean.metadata import credit_line_wires

    assert credit_line_wires(lines) == wires


@pytest.mark.parametrize(
    ("text", "title", "kept_headline"),
    [
        # the text repeats the record's title, as it is, with a site suffix, or with small differences
        ("Densus 88 Tangkap Dua Orang di Solo\n\nSOLO – Densus 88 menangkap dua orang di Solo pada Senin pagi.",
         "Densus 88 Tangkap Dua Orang di Solo", "Densus 88 Tangkap Dua Orang di Solo"),
        ("Densus 88 Tangkap Dua Orang di Solo | Warta Solo\n\nSOLO – Densus 88 menangkap dua orang di Solo pada Senin pagi.",
         "Densus 88 Tangkap Dua Orang di Solo", "Densus 88 Tangkap Dua Orang di Solo"),
        ("Densus 88 Tangkap 2 Orang di Solo!\n\nSOLO – Densus 88 menangkap dua orang di Solo pada Senin pagi.",
         "Densus 88 Tangkap 2 Orang di Solo", "Densus 88 Tangkap 2 Orang di Solo!"),
    ],
)
def test_clean_record_title_wins_and_headline_stays_once(text: str, title: str, kept_headline: str) -> None:
    cleaned = clean_article(Article(id="t", text=text, title=title))
    assert cleaned.title == title
    assert cleaned.text.startswith(kept_headline + "\n") and "Warta Solo" not in cleaned.text
    assert (cleaned.dateline, cleaned.text.count("Tangkap")) == ("Solo", 1)


@pytest.mark.parametrize(
    ("text", "record", "outlet", "wire"),
    [
        # the page names its outlet: it wins over the address
        ("JAKARTA, KOMPAS.com - Polisi menangkap dua orang di Poso pada Senin pagi kemarin.",
         {"url": "https://www.contoh.id/a"}, "KOMPAS.com", []),
        # nothing on the page: the address names it
        ("Polisi menangkap dua orang di Poso pada Senin pagi kemarin.", {"url": "https://www.contoh.id/a"},
         "contoh.id", []),
        # the agency in brackets is the site itself ...
        ("Ambon (ANTARA) - Aparat menyita senjata rakitan dari sebuah rumah kosong.",
         {"url": "https://www.antaranews.com/berita/1"}, "ANTARA", []),
        # ... or a wire credit on someone else's site
        ("Ambon (ANTARA) - Aparat menyita senjata rakitan dari sebuah rumah kosong.",
         {"url": "https://www.kabarmaluku.id/berita/1"}, "kabarmaluku.id", ["Antara"]),
        # a regional bureau on the agency's own regional site is the site, on another a wire credit
        ("Kupang (ANTARA News NTT) - Polisi menangkap seorang pria yang diduga menyimpan bahan peledak.",
         {"url": "https://kupang.antaranews.com/berita/1"}, "ANTARA", []),
        ("Kupang (ANTARA News NTT) - Polisi menangkap seorang pria yang diduga menyimpan bahan peledak.",
         {"url": "https://www.victorynews.id/berita/1"}, "victorynews.id", ["Antara"]),
    ],
)
def test_clean_outlet_from_page_then_address(text: str, record: dict[str, str], outlet: str, wire: list[str]) -> None:
    cleaned = clean_article(Article(id="t", text=text, **record))
    assert (cleaned.outlet, cleaned.wire) == (outlet, wire)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-05T10:00:00+07:00", "2024-04-05"),
        ("Fri, 05 Apr 2024 10:00:00 +0700", "2024-04-05"),
        ("Jumat, 5 April 2024 10:00 WIB", "2024-04-05"),
        ("2024/04/05 10:00", "2024-04-05"),
        ("1712286000", "2024-04-05"),
        ("1712286000000", "2024-04-05"),
        ("", None),
    ],
)
def test_clean_record_date_table(value: str, expected: str | None) -> None:
    from telik.clean.metadata import record_date

    assert record_date(value) == expected


def test_clean_record_title_glued_to_body_is_dropped() -> None:
    title = "Densus 88 Tangkap Dua Orang di Solo"
    text = title + " SOLO – Densus 88 menangkap dua orang di Solo pada Senin pagi, kata polisi kepada wartawan."
    cleaned = clean_article(Article(id="t", text=text, title=title))
    assert cleaned.text.startswith("SOLO – Densus 88") and (cleaned.title, cleaned.dateline) == (title, "Solo")


#: A wire alone in brackets closing a paragraph, as one pattern (what `find_wires` finds in two steps).
_PAREN_WIRE = re.compile(rf"(?m)(?:^|[.!?”\"]\s*)\((?P<name>{metadata.wire_alternation()})\)[ \t]*$")


@given(st.lists(st.sampled_from(["(Reuters)", "(AFP)", "(Reuters", "kata dia", ".", "”", "!", " ", "\t", "\n", " \n ",
                                 "x", "(", ")", "AFP"]), max_size=14))
def test_paren_wire_as_one_pattern(parts):
    text = "".join(parts)
    expected = [(m["name"], m.end()) for m in _PAREN_WIRE.finditer(text)]
    found = [(m["name"], m.end()) for m in metadata._paren_wire().finditer(text)
             if metadata._closes_paragraph(text, m.start())]
    assert found == expected


def test_paren_wire_closing_paragraphs():
    text = "Tiga orang tewas, kata dia. \n (Reuters)\nLalu\n(AFP)\nItu (Reuters)"
    assert [name for name, _ in find_wires(text)] == ["Reuters", "AFP"]


_CREDIT_PARTS = ["dilansir", "Dilansir", "DIKUTIP", "dikutip dari", "oleh", "seperti dilaporkan", "menurut laporan",
                 "kepada", "kantor berita", "wartawan", "harian", "Reuters", "AFP", "Kompas TV", "Philippine News Agency",
                 "(PNA)", "sumber:", "Sumber :", "Source:", "ſumber:", "İ", "x", "-", "\n", " ", "  ", ", ", ". ",
                 "melaporkan", "Menulis", "dituliskan", "MELANSIR"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_CREDIT_PARTS), max_size=16))
def test_credits_near_their_words_are_the_whole_text_matches(parts):
    """The credit patterns tried only where their first words start find what a pass over the whole text finds; a
    text with no source word holds no source line; the word index finds a reporting verb where the pattern does."""
    text = " ".join(parts) + " " * SHORT  # a shorter text takes the plain pass
    patterns = metadata._cite_patterns()
    for pattern, words in ((patterns.verb, patterns.verb_words), (patterns.kind_only, patterns.kind_words),
                           (metadata._UNLISTED_AGENCY, metadata._AGENCY_VERBS)):
        assert [(m.span(), m.groupdict()) for m in word_starts(pattern, text, words)] \
            == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    if word_places(text, metadata._SOURCE_WORDS) == []:
        assert not any(metadata._SOURCE_LINE.match(line.strip()) for line in text.splitlines())
    reports = word_places(text, metadata._REPORTS_ANYWHERE)
    if reports is not None:
        assert bool(reports) == (metadata._REPORTS_RE.search(text) is not None)


def test_opener_parsed_once_is_not_shared():
    line = "Kairo (ANTARA/Reuters) - Warga berkumpul di alun-alun."
    first = parse_opener(line)
    assert first is not None and first.agencies
    first.agencies.clear()
    first.outlet = None
    again = parse_opener(line)
    assert again is not None and again.agencies and again.outlet


@pytest.mark.parametrize(("line", "dateline"), [
    ("ANKARA", "Ankara"), ("BANDA ACEH", "Banda Aceh"), ("ISLAMABAD", "Islamabad"),
    ("Ankara", None), ("BERITA TERKINI", None), ("SELENGKAPNYA", None),
])
def test_clean_lone_dateline_is_a_known_place_in_capitals(line: str, dateline: str | None) -> None:
    assert metadata.lone_dateline(line) == dateline

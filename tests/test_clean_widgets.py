"""Cleaning rules for page furniture around the body: date widgets, bylines, prompts, link lists, comment
counters, and the wire credits that stand in bracket openers, bylines and "dilansir" phrases."""
from __future__ import annotations

import pytest

from telik.clean import clean_article
from telik.clean.metadata import byline_wire, find_wires, parse_opener
from telik.model import Article

HEADLINE = "Aparat Gabungan Buru Kelompok Bersenjata di Pegunungan"
BODY = ("WAMENA – Aparat gabungan TNI-Polri memburu kelompok bersenjata yang menembaki pos ronda warga pada "
        "Selasa (12/3/2024) malam. Dua warga terluka dalam serangan itu.")
TAIL = "Kapolres setempat meminta warga tetap tenang dan melapor bila melihat orang asing bersenjata."


def _page(*noise: str, header: bool = False) -> str:
    """A scraped page with `noise` lines in its header (after the headline) or after the body."""
    lines = [HEADLINE, *noise, BODY, TAIL] if header else [HEADLINE, BODY, TAIL, *noise]
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Rabu, 13 Mar 2024 07:05 WIB · 4 menit baca", "2024-03-13"),
        ("Kamis, 14 Maret 2024 | 2 min read", "2024-03-14"),
        ("wartapegunungan.id | Jumat, 15 Maret 2024 - 10:20 WIT", "2024-03-15"),
        ("KabarLembahNews • Sabtu, 16 Maret 2024", "2024-03-16"),
    ],
)
def test_clean_widget_date_line_with_extras_dropped(line: str, published: str) -> None:
    cleaned = clean_article(Article(id="t", text=_page(line, header=True)))
    assert line not in cleaned.text and cleaned.text.startswith(HEADLINE + "\n\nWAMENA")
    assert cleaned.published == published


def test_clean_widget_site_in_date_line_is_the_outlet() -> None:
    cleaned = clean_article(Article(id="t", text=_page("wartapegunungan.id | Jumat, 15 Maret 2024", header=True)))
    assert cleaned.outlet == "wartapegunungan.id"


@pytest.mark.parametrize(
    "line",
    [
        "Kamis, 14 Maret 2024 · Polisi menangkap dua orang",  # a date beside words that are not a widget
        "Sejak 2019 | tiga serangan",
    ],
)
def test_clean_widget_date_line_needs_only_widgets(line: str) -> None:
    assert line in clean_article(Article(id="t", text=_page(line, header=True))).text


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Oleh Tim Redaksi Nusantara", True),
        ("Oleh: Desk Internasional", True),
        ("By Staff Writer", True),
        ("Penerjemah: Larasati Dewi", False),
        ("(Alih bahasa: Yusuf Hamdani", False),
        ("Dapatkan berita terbaru setiap hari dari KabarLembah.com. Follow Instagram @kabarlembah", False),
        ("Dapatkan info terkini langsung di ponsel Anda lewat saluran WhatsApp kami", False),
        ("Follow TikTok @wartapegunungan untuk video terbaru", False),
        ("Artikel ini telah dibaca 2.318 kali", False),
        ("Telah dibaca: 87 kali", False),
        ("1.204 kali dibaca", False),
    ],
)
def test_clean_widget_noise_line_dropped(line: str, header: bool) -> None:
    text = clean_article(Article(id="t", text=_page(line, header=header))).text
    assert line not in text and BODY in text and TAIL in text


@pytest.mark.parametrize(
    "line",
    [
        "Oleh karena itu, warga diminta tidak keluar rumah pada malam hari.",
        "Oleh Densus 88, ketiganya dibawa ke Jakarta untuk diperiksa lebih lanjut.",
        "Belum ada komentar dari pihak kelompok bersenjata mengenai serangan itu.",
        "Dilihat dari lokasinya, pos itu berada jauh dari markas tentara terdekat.",
        "Dapatkan keadilan bagi korban, kata keluarga kepada wartawan di rumah duka.",
    ],
)
def test_clean_widget_body_sentence_kept(line: str) -> None:
    text = "\n\n".join([HEADLINE, BODY, line, TAIL])
    assert line in clean_article(Article(id="t", text=text)).text


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("BACA JUGA:", ["» Warga Lembah Baliem Mengungsi ke Gereja", "» Harga Beras di Wamena Naik Lagi"]),
        ("Baca juga", ["- Jembatan Putus Akibat Banjir", "- Sekolah Diliburkan Sepekan"]),
        ("Lihat juga:", ["• Bupati Tinjau Lokasi Penembakan", "• Pasar Kembali Buka"]),
        ("Baca Juga:", ["1. Tiga Pelaku Ditangkap", "2. Warga Gelar Doa Bersama"]),
    ],
)
def test_clean_widget_link_list_under_heading_dropped(heading: str, items: list[str]) -> None:
    text = "\n\n".join([HEADLINE, BODY, "\n".join([heading, *items]), TAIL])
    cleaned = clean_article(Article(id="t", text=text)).text
    assert all(item not in cleaned for item in [heading, *items]) and TAIL in cleaned


def test_clean_widget_numbered_body_list_kept() -> None:
    items = ["1. Serda Markus, luka tembak di paha kanan", "2. Pratu Yosef, luka ringan di tangan kiri"]
    text = "\n\n".join([HEADLINE, BODY, "Berikut nama korban luka:", "\n".join(items), TAIL])
    cleaned = clean_article(Article(id="t", text=text)).text
    assert all(item in cleaned for item in items)


def test_clean_widget_link_list_ends_at_first_other_line() -> None:
    item = "- Dua warga luka tembak di lengan dan sudah dirawat di rumah sakit."
    text = "\n".join([HEADLINE, BODY, "BACA JUGA:", "» Pasar Kembali Buka", TAIL, item])
    cleaned = clean_article(Article(id="t", text=text)).text
    assert "Pasar Kembali" not in cleaned and cleaned.endswith(TAIL + "\n" + item)


@pytest.mark.parametrize("trailer", ["Komentar (0)", "Komentar (12)", "Belum ada komentar. Jadilah yang pertama berkomentar!",
                                     "3 Comments", "No comments yet."])
def test_clean_widget_comment_counter_starts_trailer(trailer: str) -> None:
    text = _page(trailer, "Mantap pak polisi, terus buru pelakunya!")
    cleaned = clean_article(Article(id="t", text=text)).text
    assert cleaned.endswith(TAIL)


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("Oleh Reuters", "Reuters"),
        ("Oleh: AFP", "AFP"),
        ("By Associated Press", "AP"),
        ("Oleh Tim Internasional", None),
        ("Oleh Ahmad Fauzi | Senin, 4 Maret 2024", None),
    ],
)
def test_clean_widget_byline_wire(line: str, wire: str | None) -> None:
    assert byline_wire(line) == wire


def test_clean_widget_byline_wire_is_credited_and_dropped() -> None:
    cleaned = clean_article(Article(id="t", text=_page("Oleh Reuters", header=True)))
    assert "Oleh Reuters" not in cleaned.text and cleaned.wire == ["Reuters"]
    cleaned = clean_article(Article(id="t", text=_page("Oleh Tim Internasional", header=True)))
    assert "Oleh Tim" not in cleaned.text and cleaned.wire == []


@pytest.mark.parametrize(
    ("text", "record", "outlet", "wire"),
    [
        # a bracket naming several agencies: all are wires; the outlet is the site's own, else the first
        ("Kabul (ANTARA/Reuters) - Pasukan keamanan menggerebek sebuah rumah di pinggiran kota.", {}, "ANTARA",
         ["Antara", "Reuters"]),
        ("Kabul (ANTARA/AFP) - Pasukan keamanan menggerebek sebuah rumah di pinggiran kota.",
         {"url": "https://kabarasia.id/a"}, "kabarasia.id", ["Antara", "AFP"]),
        # one agency in brackets stays the outlet when nothing else names one
        ("Ambon (ANTARA) - Aparat menyita senjata rakitan dari sebuah rumah kosong.", {}, "ANTARA", []),
    ],
)
def test_clean_widget_bracket_agencies(text: str, record: dict[str, str], outlet: str, wire: list[str]) -> None:
    cleaned = clean_article(Article(id="t", text=text, **record))
    assert (cleaned.outlet, cleaned.dateline, sorted(cleaned.wire)) == (outlet, text.split(" ")[0], sorted(wire))


def test_clean_widget_bracket_agencies_opener() -> None:
    op = parse_opener("Kairo (ANTARA/Reuters) - Delegasi tiba di ibu kota.")
    assert op is not None and (op.outlet, op.dateline, op.agencies) == ("ANTARA", "Kairo", ["Antara", "Reuters"])


@pytest.mark.parametrize(
    ("text", "wires"),
    [
        ("Seperti dilansir Vietnam News Agency (VNA), banjir merendam tiga provinsi.", ["Vietnam News Agency"]),
        ("Dikutip dari Pakistan Press International, ledakan terjadi di pasar.", ["Pakistan Press International"]),
        ("Korban bertambah menjadi 12 orang, seperti dikutip kantor berita Mehr.", ["Mehr"]),
        ("Menurut polisi, seperti dilaporkan Channel News Asia, pelaku ditangkap.", ["Channel News Asia"]),
        ("Seperti dilansir Anadolu Agency, serangan terjadi pada malam hari.", ["Anadolu"]),
        # a newspaper named as a source without a credit verb, or a study "by" a news site, is no wire credit
        ("Berdasarkan laporan dari Daily News, pasukan bergerak ke utara.", []),
        ("Penelitian yang dilakukan oleh Food Safety News menemukan hal itu.", []),
        ("ISIS mengklaim serangan melalui kantor berita propagandanya, Amaq.", []),
        # a capitalised name after a credit verb without an agency word is not guessed
        ("Seperti dilansir Sports Weekly, pemain itu cedera.", []),
    ],
)
def test_clean_widget_unlisted_agency(text: str, wires: list[str]) -> None:
    assert [name for name, _ in find_wires(text)] == wires


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Internasional | Sabtu, 09 Mar 2024 06:30 WIB", "2024-03-09"),
        ("Nasional | Senin, 11 Maret 2024 14:10 WIB", "2024-03-11"),
    ],
)
def test_clean_widget_rubric_date_line_dropped(line: str, published: str) -> None:
    cleaned = clean_article(Article(id="t", text=_page(line, header=True)))
    assert line not in cleaned.text and cleaned.text.startswith(HEADLINE + "\n\nWAMENA")
    assert cleaned.published == published


def test_clean_widget_page_date_beats_wire_report_date() -> None:
    body = BODY + " Hal itu dilaporkan kantor berita AFP, Jumat (8/3/2024)."
    text = "\n\n".join([HEADLINE, "Sabtu, 09 Mar 2024 06:30 WIB", body, TAIL])
    assert clean_article(Article(id="t", text=text)).published == "2024-03-09"


@pytest.mark.parametrize(
    "line",
    [
        "[Gambas:Video 20detik]",
        "[Embed: Instagram kabarlembah]",
        "Baca artikel selengkapnya di sini",
        "Baca berita lengkapnya di KabarLembah.com",
        "#TTP #Pakistan",
        "#Papua",
    ],
)
def test_clean_widget_embed_and_hashtag_lines_dropped(line: str) -> None:
    text = clean_article(Article(id="t", text=_page(line))).text
    assert line not in text and BODY in text and TAIL in text


@pytest.mark.parametrize(
    ("heading", "headline"),
    [
        ("Baca juga:", "Jadwal Kapal Pelni Jayapura-Nabire Pekan Ini"),
        ("Baca Juga :", "Banjir Bandang Landa Swat, Puluhan Rumah Hanyut"),
    ],
)
def test_clean_widget_headline_under_bare_prompt_dropped(heading: str, headline: str) -> None:
    text = clean_article(Article(id="t", text="\n\n".join([HEADLINE, BODY, heading, headline, TAIL]))).text
    assert heading not in text and headline not in text and BODY in text and TAIL in text


def test_clean_widget_sentence_under_bare_prompt_kept() -> None:
    sentence = "Warga diminta tidak keluar rumah pada malam hari."
    text = clean_article(Article(id="t", text="\n\n".join([HEADLINE, BODY, "Baca juga:", sentence, TAIL]))).text
    assert sentence in text

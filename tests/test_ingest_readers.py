"""Readers: every readable input becomes an Article, every other one a ReadError with its path and reason."""
from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from telik.clean import clean_article
from telik.ingest import read_inputs
from telik.ingest.decode import NotText, decode_bytes
from telik.ingest.html import extract_page
from telik.model import Article, ReadError
from telik.settings import Settings

BODY = "Detasemen Khusus 88 Antiteror menangkap dua terduga teroris di Sukoharjo pada Selasa pagi. "


def _read(*paths: Path, settings: Settings | None = None) -> tuple[list[Article], list[ReadError]]:
    items = list(read_inputs(paths, settings=settings))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)]


def test_ingest_mixed_folder_reads_good_files_and_reports_bad(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "utf8.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub" / "latin.txt").write_bytes("Kafé di Poso ditutup polisi. Résumé kasus dibacakan.".encode("latin-1"))
    (tmp_path / "page.html").write_text(f"<html><body><article><p>{BODY * 4}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "corrupt.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"rusak" * 20)
    (tmp_path / "notes.md").write_text("ignored in folders", encoding="utf-8")
    articles, errors = _read(tmp_path)
    assert sorted(a.id for a in articles) == ["latin", "page", "utf8"]
    assert next(a for a in articles if a.id == "latin").text.startswith("Kafé di Poso")
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert set(reasons) == {"binary.txt", "empty.txt", "corrupt.jsonl.gz"}
    assert "looks binary" in reasons["binary.txt"] and "is empty" in reasons["empty.txt"]
    assert "corrupt gzip" in reasons["corrupt.jsonl.gz"]
    codes = {Path(e.source).name: e.code for e in errors}
    assert codes == {"binary.txt": "E003", "empty.txt": "E004", "corrupt.jsonl.gz": "E001"}
    assert str(next(e for e in errors if e.code == "E004")) == f"[E004] {tmp_path / 'empty.txt'} is empty."


def test_ingest_every_failure_is_one_coded_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    """A folder of mixed inputs: each unreadable one is one error with a stable code, the good ones are read."""
    (tmp_path / "baik.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "nol.txt").write_bytes(b"")
    (tmp_path / "nol.jsonl").write_bytes(b"")
    (tmp_path / "kosong.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "nol.xml").write_bytes(b"")
    (tmp_path / "campur.jsonl").write_text(
        json.dumps({"id": "j1", "text": BODY}) + "\n{bukan json\n" + json.dumps({"title": "tanpa isi"}) + "\n",
        encoding="utf-8")
    (tmp_path / "halaman.rss").write_text(
        "<!DOCTYPE html><html lang='id'><head><title>Beranda</title></head><body><p>Berita terkini</p></body></html>",
        encoding="utf-8")
    (tmp_path / "gambar.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "umpan.rss").write_text(
        "<rss><channel><title>Kabar Timur</title><item><guid>a</guid><title>Tanpa isi</title></item>"
        f"<item><guid>b</guid><title>Penangkapan</title><description>{BODY}</description></item></channel></rss>",
        encoding="utf-8")
    articles, errors = _read(tmp_path)
    assert sorted(a.id for a in articles)[:2] == ["baik", "j1"] and len(articles) == 3
    got = {Path(e.source).name: e.code for e in errors}
    assert got == {"nol.txt": "E004", "nol.jsonl": "E004", "kosong.jsonl": "E004", "nol.xml": "E004",
                   "campur.jsonl:2": "E005", "campur.jsonl:3": "E006", "halaman.rss": "E023", "gambar.html": "E003",
                   "umpan.rss#1": "E024"}
    for error in errors:
        line = str(error)
        assert "\n" not in line and line.startswith(f"[{error.code}] ")
        assert str(tmp_path) in line  # each line names the file it is about


@pytest.mark.parametrize("layout", ["array", "object"])
def test_ingest_jsonl_that_is_one_pretty_printed_document_is_read(tmp_path: Path, layout: str) -> None:
    """An export written with `json.dump(indent=2)` and named .jsonl: its records, not one error per line."""
    records = [{"id": "m1", "text": "MOGADISHU - Al-Shabaab menyerang pangkalan militer di Lower Shabelle, Selasa."},
               {"id": "m2", "text": "PESHAWAR - Bom meledak di pasar Khyber, Rabu, menewaskan lima orang."}]
    value = records if layout == "array" else records[0]
    (tmp_path / "ekspor.jsonl").write_text(json.dumps(value, indent=2, ensure_ascii=False), encoding="utf-8")
    articles, errors = _read(tmp_path)
    assert not errors
    assert [a.id for a in articles] == [r["id"] for r in (records if layout == "array" else records[:1])]


def test_ingest_jsonl_broken_first_line_keeps_the_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "rusak.jsonl"
    path.write_text('{"id": "r1", "text": "terpotong\n' + json.dumps({"id": "r2", "text": BODY}) + "\n", encoding="utf-8")
    articles, errors = _read(path)
    assert [a.id for a in articles] == ["r2"] and [(e.source, e.code) for e in errors] == [(f"{path}:1", "E005")]


def test_ingest_missing_and_unsupported_paths_are_errors(tmp_path: Path) -> None:
    other = tmp_path / "data.csv"
    other.write_text("a,b", encoding="utf-8")
    articles, errors = _read(tmp_path / "nope.txt", other)
    assert not articles
    assert [Path(e.source).name for e in errors] == ["nope.txt", "data.csv"]
    assert "no such file" in errors[0].reason and "not a supported input" in errors[1].reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfPolisi menangkap", "Polisi menangkap"),
        ("\ufeffTeror di Poso".encode("utf-16-le"), "Teror di Poso"),
        ("Teror di Poso".encode("utf-16-be").join([b"\xfe\xff", b""]), "Teror di Poso"),
        (b"baris satu\r\nbaris dua\rbaris tiga\n", "baris satu\nbaris dua\nbaris tiga\n"),
        (b"Den\x00sus 88", "Densus 88"),
        ("Den\u200bsus\u2060 88 te\u00adroris".encode("utf-8"), "Densus 88 teroris"),
        ("Ma’ruf Amin di Kampung Melayu — é".encode(), "Ma’ruf Amin di Kampung Melayu — é"),
        ("Cafe\u0301 Poso".encode("utf-8"), "Café Poso"),
        ("Pengeboman “Thamrin” menewaskan 8 orang — kata polisi".encode("cp1252"), "Pengeboman “Thamrin” menewaskan 8 orang — kata polisi"),
        # short Windows text that detection alone reads in another code page (cp775: "ōARö … ¢")
        ("Polisi menangkap “AR” di Poso – Sulawesi Tengah.".encode("cp1252"), "Polisi menangkap “AR” di Poso – Sulawesi Tengah."),
        ("“Serangan itu terjadi pada malam hari,” ujarnya – Kamis.".encode("cp1252"), "“Serangan itu terjadi pada malam hari,” ujarnya – Kamis."),
        ("Warga Aceh ‘menolak’ — katanya…".encode("cp1252"), "Warga Aceh ‘menolak’ — katanya…"),
    ],
)
def test_ingest_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1254", "ANKARA - Presiden Turki Recep Tayyip Erdoğan mengecam serangan di Şanlıurfa."),
    ("cp1254", "Polisi Turki menahan 12 tersangka ISIS di İstanbul dan Gaziantep."),
    ("iso8859_9", "Serangan drone PKK di Şırnak menewaskan dua tentara, Selasa."),
    ("koi8_r", "KIEV - Wali Kota Vitali Klitschko (Виталий Кличко) mengatakan serangan rudal menewaskan tiga orang."),
    ("koi8_r", 'Kantor berita TASS menulis "Удар по Харькову" pada Senin pagi.'),
    ("cp1251", "Pasukan Rusia merebut desa Очеретине di Donetsk, klaim Moskwa."),
    ("cp1250", "WARSAWA - Polisi Polandia menahan tersangka sabotase di Łódź, Kamis."),
    ("iso8859_2", "Pengadilan Kraków mengadili tersangka sabotase dekat Rzeszów, kata jaksa Przemysław Nowak."),
    ("cp1253", "ATHENA - Polisi Yunani menangkap tersangka bom di Θεσσαλονίκη, Kamis."),
    ("cp1256", "Kelompok Hamas (حماس) menyatakan gencatan senjata belum disepakati."),
    ("cp874", "Bom meledak di Narathiwat (นราธิวาส), melukai dua polisi, Rabu."),
    ("cp1257", "VILNIUS - Polisi Lituania menyelidiki kebakaran gudang di Šiauliai; Žygimantas berkomentar."),
    ("cp1252", "PARIS - “Kami tidak akan tunduk,” kata Macron setelah serangan di Arras – Prancis."),
    ("cp1252", "Serangan di Málaga dan Córdoba diselidiki polisi Spanyol; Müller ditahan di Düsseldorf."),
    ("cp1252", "Wakil Presiden Ma’ruf Amin meninjau lokasi ledakan di Nîmes."),
])
def test_ingest_decode_short_text_in_a_single_byte_code_page(encoding: str, text: str) -> None:
    """A short report read back whole: its few foreign words decide the code page (not Chinese, Danish or Ý)."""
    assert decode_bytes(text.encode(encoding)) == text


def test_ingest_decode_rejects_binary() -> None:
    with pytest.raises(NotText):
        decode_bytes(b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 200)


def test_ingest_invalid_utf8_is_still_read(tmp_path: Path) -> None:
    text = ("Polisi menyita bahan peledak di Sibolga. " * 5).encode("utf-8") + b"\xe9t\xe9 \xff\n"
    (tmp_path / "mixed.txt").write_bytes(text)
    articles, errors = _read(tmp_path)
    assert not errors and articles[0].text.startswith("Polisi menyita bahan peledak di Sibolga.")


def test_ingest_html_wrong_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Penangkapan di Poso</title></head><body><article>'
        f"<p>{BODY * 3} Kepala Satgas Madago Raya mengatakan “operasi” berlanjut — tegasnya.</p></article></body></html>"
    )
    (tmp_path / "salah.html").write_bytes(page.encode("utf-8"))
    articles, errors = _read(tmp_path)
    assert not errors
    assert "“operasi” berlanjut — tegasnya" in articles[0].text
    assert articles[0].html is not None and "<article>" in articles[0].html


# a Tribun-Medan page as scraped, with curly quotes and dashes a single-byte encoding can hold
MEDAN = (
    "Densus 88 Geledah Rumah Terduga Teroris di Deli Serdang\n"
    "Penulis: Fredy Santoso | Editor: Abdi Tumanggor\n"
    "Kamis, 12 September 2024 14:35 WIB\n"
    "TRIBUN-MEDAN.com, MEDAN – Tim Densus 88 Antiteror Polri menggeledah rumah seorang terduga teroris di Kecamatan "
    "Percut Sei Tuan, Deli Serdang, Kamis (12/9/2024).\n"
    "“Penggeledahan berlangsung sekitar dua jam,” kata Kabid Humas Polda Sumut Kombes Hadi Wahyudi.\n"
    "Ikuti saluran Tribun Medan di WhatsApp\n"
)


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
])
def test_ingest_same_page_in_any_encoding_cleans_the_same(tmp_path: Path, encoding: str, bom: bytes) -> None:
    (tmp_path / "medan.txt").write_bytes(bom + MEDAN.encode(encoding))
    (article,), errors = _read(tmp_path)
    assert not errors and article.text == MEDAN
    cleaned = clean_article(article)
    assert (cleaned.title, cleaned.outlet, cleaned.dateline, cleaned.published) == (
        "Densus 88 Geledah Rumah Terduga Teroris di Deli Serdang", "Tribun-Medan.com", "Medan", "2024-09-12")
    assert "“Penggeledahan berlangsung sekitar dua jam,”" in cleaned.text and "WhatsApp" not in cleaned.text


def test_ingest_latin1_page_keeps_accented_names(tmp_path: Path) -> None:
    text = "Koresponden di Yangon, José Ramírez, melaporkan suasana mencekam setelah serangan udara junta."
    (tmp_path / "yangon.txt").write_bytes(text.encode("latin-1"))
    (article,), errors = _read(tmp_path)
    assert not errors and article.text == text


def test_ingest_html_declaring_utf8_in_windows_bytes(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Warga Mengungsi di Oksibil</title></head><body><article>'
        f"<p>{BODY * 3}</p><p>“Kami hanya ingin hidup tenang,” ujar seorang ibu – sambil menangis.</p></article></body></html>"
    )
    (tmp_path / "oksibil.html").write_bytes(page.encode("cp1252"))
    (article,), errors = _read(tmp_path)
    assert not errors and "“Kami hanya ingin hidup tenang,” ujar seorang ibu – sambil menangis." in article.text


@pytest.mark.parametrize(("declared", "encoding", "sentence"), [
    ("utf-8", "cp1254", "Polisi Turki menahan tujuh tersangka ISIS di Şanlıurfa, kata Menteri Ali Yerlikaya."),
    ("iso-8859-1", "koi8_u", "Serangan rudal menghantam permukiman di Kharkiv (Харків), kata gubernur."),
    ("windows-1252", "utf-8", "“Serangan itu menghantam sekolah,” kata seorang warga Sagaing – Sabtu."),
])
def test_ingest_html_whose_declared_charset_lies(tmp_path: Path, declared: str, encoding: str, sentence: str) -> None:
    """The bytes decide, not the page's declaration: short pages in another code page keep their foreign names."""
    page = (f'<html><head><meta charset="{declared}"><title>Kabar Dunia</title></head><body><article>'
            f"<p>{BODY * 3}</p><p>{sentence}</p></article></body></html>")
    (tmp_path / "dunia.html").write_bytes(page.encode(encoding))
    (article,), errors = _read(tmp_path)
    assert not errors and sentence in article.text


def test_ingest_html_metadata_from_page(tmp_path: Path) -> None:
    page = (
        '<html><head><title>Densus 88 Tangkap Terduga Teroris - Kabar Kita</title>'
        '<meta property="og:site_name" content="KabarKita">'
        '<meta property="article:published_time" content="2024-03-14T10:00:00+07:00"></head>'
        f"<body><article><h1>Densus 88 Tangkap Terduga Teroris</h1><p>{BODY * 3}</p></article></body></html>"
    )
    (tmp_path / "berita-1.html").write_text(page, encoding="utf-8")
    (article,), _ = _read(tmp_path)
    assert (article.id, article.published, article.outlet) == ("berita-1", "2024-03-14", "KabarKita")
    assert article.title and "Densus 88" in article.title


def test_ingest_html_deep_nesting_and_huge_colspan_do_not_crash() -> None:
    deep = "<html><body>" + "<div>" * 100_000 + "<p>Teks di dasar.</p>" + "</div>" * 100_000 + f"<p>{BODY}</p></body></html>"
    page = extract_page(deep)
    assert "Teks di dasar." in page.text and "Sukoharjo" in page.text
    wide = f'<html><body><table><tr><td colspan="999999999" rowspan="999999999">sel</td></tr></table><p>{BODY * 4}</p></body></html>'
    assert "Sukoharjo" in extract_page(wide).text


def test_ingest_jsonl_bad_lines_reported_others_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": BODY, "title": "Dua Terduga Teroris Ditangkap", "published": "2024-03-14T08:00:00Z"}),
        "{not json",
        "[1, 2]",
        json.dumps({"id": "a4", "title": "tanpa isi"}),
        "",
        json.dumps({"id": "a6", "html": f"<html><body><article><p>{BODY * 3}</p></article></body></html>", "outlet": "KabarKita"}),
        json.dumps({"text": "Rekaman tanpa id."}),
    ]
    path = tmp_path / "berita.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _read(path)
    assert [a.id for a in articles] == ["a1", "a6", "berita-7"]
    assert articles[0].title == "Dua Terduga Teroris Ditangkap" and articles[0].published == "2024-03-14T08:00:00Z"
    assert articles[1].outlet == "KabarKita" and "Sukoharjo" in articles[1].text
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "line 2" in errors[0].reason and "neither `text` nor `html`" in errors[2].reason


@pytest.mark.parametrize(("encoding", "newline"), [
    ("utf-16", "\r\n"), ("utf-16", "\n"), ("utf-32", "\n"), ("cp1252", "\n"), ("utf-8-sig", "\r\n"),
])
def test_ingest_jsonl_in_a_windows_encoding_reads_every_line(tmp_path: Path, encoding: str, newline: str) -> None:
    records = [{"id": "p1", "text": "Polisi menangkap “AR” di Poso – Sulawesi Tengah, kata Kapolres."},
               {"id": "p2", "text": "Densus 88 menggeledah rumah di Bekasi pada Kamis pagi."},
               {"id": "p3", "text": "Warga Oksibil mengungsi ke halaman gereja."}]
    body = newline.join(json.dumps(r, ensure_ascii=False) for r in records) + newline
    (tmp_path / "berita.jsonl").write_bytes(body.encode(encoding))  # utf-16 and utf-32 write their byte-order mark
    articles, errors = _read(tmp_path)
    assert not errors and [(a.id, a.text) for a in articles] == [(r["id"], r["text"]) for r in records]


def test_ingest_jsonl_gz_reads_and_stops_at_cap(tmp_path: Path) -> None:
    good = tmp_path / "kecil.jsonl.gz"
    good.write_bytes(gzip.compress((json.dumps({"id": "g1", "text": BODY}) + "\n").encode("utf-8")))
    bomb = tmp_path / "bom.jsonl.gz"
    bomb.write_bytes(gzip.compress(b"0" * 5_000_000))
    start = time.monotonic()
    articles, errors = _read(good, bomb, settings=Settings(max_input_bytes=100_000))
    assert time.monotonic() - start < 2
    assert [a.id for a in articles] == ["g1"]
    assert len(errors) == 1 and "exceeds the cap of 100000 bytes" in errors[0].reason


def test_ingest_plain_file_over_cap_is_refused(tmp_path: Path) -> None:
    (tmp_path / "besar.txt").write_text(BODY * 100, encoding="utf-8")
    articles, errors = _read(tmp_path, settings=Settings(max_input_bytes=1000))
    assert not articles and "over the cap" in errors[0].reason


def test_ingest_readers_empty_folder_is_reported(tmp_path):
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    assert len(out) == 1 and isinstance(out[0], ReadError)
    assert out[0].reason.startswith("No input found in")

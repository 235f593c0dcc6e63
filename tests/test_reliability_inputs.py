"""Hostile inputs: external DTDs read nothing, gzip bombs stop at the cap, huge tables stay fast, any encoding
comes out as the same text with the same offsets."""
from __future__ import annotations

import json
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from telik.cli import cli
from telik.errors import Errors
from telik.ingest import read_inputs
from telik.ingest.html import extract_page
from telik.model import Article, ReadError
from telik.settings import Settings

#: Paths the audit hook watches; any `open` (or URL request) naming one of them is recorded.
_WATCHED: list[str] = []
_OPENED: list[tuple[str, str]] = []


def _audit(event: str, args: tuple) -> None:
    if _WATCHED and event in ("open", "urllib.Request", "socket.connect"):
        target = str(args[0]) if args else ""
        if any(w in target for w in _WATCHED):
            _OPENED.append((event, target))


sys.addaudithook(_audit)  # hooks cannot be removed; this one does nothing while _WATCHED is empty

FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kabar Contoh</title>'
    "<item><guid>a1</guid><title>Densus 88 Tangkap Terduga Teroris</title>"
    "<description>Densus 88 menangkap dua terduga teroris di Bekasi pada Kamis pagi.</description></item>"
    "</channel></rss>"
)


def _hostile_feeds(secret: Path) -> dict[str, bytes]:
    """Feeds that would read `secret` if DTDs or external entities were processed."""
    url = secret.as_uri()
    item = "<rss version=\"2.0\"><channel><title>X</title><item><title>a</title><description>Polisi &x; di Poso."
    end = "</description></item></channel></rss>"
    doctype = f'<!DOCTYPE rss SYSTEM "{url}">'
    entity = f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{url}">]>'
    return {
        "doctype-system.rss": f'<?xml version="1.0"?>\n{doctype}\n{item}{end}'.encode(),
        "entity-system.xml": f'<?xml version="1.0"?>\n{entity}\n{item}{end}'.encode(),
        "parameter-entity.atom": f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "{url}"> %p;]><r/>'.encode(),
        "lowercase.rss": f'<?xml version="1.0"?><!doctype rss system "{url}">{item}{end}'.encode(),
        "utf16.rss": f'<?xml version="1.0" encoding="utf-16"?>\n{entity}\n{item}{end}'.encode("utf-16"),
        "utf16-no-bom.rss": f'<?xml version="1.0" encoding="utf-16"?>\n{entity}\n{item}{end}'.encode("utf-16-le"),
        "malformed-first.rss": f'<a></b>\n{entity}\n{item}{end}'.encode("utf-16"),
        "xinclude.rss": (f'<?xml version="1.0"?><rss xmlns:xi="http://www.w3.org/2001/XInclude"><channel><item>'
                         f'<description><xi:include href="{url}" parse="text"/>Polisi di Poso.</description></item>'
                         "</channel></rss>").encode(),
    }


def test_reliability_external_doctype_never_reads_the_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "rahasia.dtd"
    secret.write_text('<!ENTITY x "ISI-RAHASIA-91735">', encoding="utf-8")
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    hostile = _hostile_feeds(secret)
    for name, body in hostile.items():
        (feeds / name).write_bytes(body)
    (feeds / "zz-kabar.rss").write_text(FEED, encoding="utf-8")
    _WATCHED.append(str(secret))
    try:
        start = time.monotonic()
        items = list(read_inputs([feeds]))
        elapsed = time.monotonic() - start
    finally:
        _WATCHED.clear()
    assert not _OPENED, _OPENED
    assert elapsed < 1.0 * len(hostile)
    assert "ISI-RAHASIA" not in repr(items)
    articles = [i for i in items if isinstance(i, Article)]
    errors = {Path(i.source.split("#")[0]).name: i.reason for i in items if isinstance(i, ReadError)}
    # DTDs are refused outright; what has no DTD is read as plain text, the entity reference left unexpanded
    for name in ("doctype-system.rss", "entity-system.xml", "parameter-entity.atom", "lowercase.rss", "utf16.rss",
                 "utf16-no-bom.rss"):
        assert "feed rejected" in errors[name], name
    assert any(a.source.endswith("zz-kabar.rss#1") and "Bekasi" in a.text for a in articles)


def _bomb(path: Path, records: list[dict], zeros: int) -> None:
    """A .jsonl.gz of `records` followed by one line of `zeros` zero bytes (about 1000:1 compressed)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [comp.compress("".join(json.dumps(r) + "\n" for r in records).encode("utf-8"))]
    block = b"0" * 1_000_000
    for _ in range(zeros // len(block)):
        parts.append(comp.compress(block))
    parts.append(comp.flush())
    path.write_bytes(b"".join(parts))


def test_reliability_gzip_bomb_stops_at_cap_and_batch_goes_on(tmp_path: Path) -> None:
    cap = 1_000_000
    body = "Densus 88 menangkap terduga teroris di Bekasi pada Senin (4/3/2024). Barang bukti disita."
    bomb = tmp_path / "a-bom.jsonl.gz"
    _bomb(bomb, [{"id": "sebelum-1", "text": body}, {"id": "sebelum-2", "text": body + " Lagi."}], 200_000_000)
    assert bomb.stat().st_size < 1_000_000  # 200 MB once decompressed
    (tmp_path / "b-sesudah.txt").write_text(body, encoding="utf-8")
    tracemalloc.start()
    start = time.monotonic()
    try:
        items = list(read_inputs([tmp_path], settings=Settings(max_input_bytes=cap)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - start < 10
    assert peak < 20 * cap
    assert [i.id for i in items if isinstance(i, Article)] == ["sebelum-1", "sebelum-2", "b-sesudah"]
    (error,) = [i for i in items if isinstance(i, ReadError)]
    assert error.source == str(bomb)
    assert error.reason == Errors.E008.value.format(path=bomb, cap=cap)


BODY = "Detasemen Khusus 88 Antiteror menangkap dua terduga teroris di Sukoharjo pada Selasa (12/3/2024) pagi. "
_SPANS = ["999999999", "2147483647", "-1", "1e9", "99999999999999999999", "65534"]


@pytest.mark.parametrize(
    "table",
    [
        pytest.param("<tr>" + "".join(f'<td colspan="{c}" rowspan="{c}">sel</td>' for c in _SPANS * 170) + "</tr>" * 5,
                     id="1000-huge-spans-x5-rows"),
        pytest.param(("<tr>" + "<td COLSPAN=999 ROWSPAN = '999'>x</td>" * 1000 + "</tr>") * 4, id="unquoted-uppercase"),
        pytest.param("<tr>" + "<td>x</td>" * 40_000 + "</tr>", id="40000-cells-in-one-row"),
        pytest.param("<tr><td>x</td></tr>" * 20_000, id="20000-rows"),
        pytest.param('<td colspan="99" ' * 100_000, id="unclosed-cells"),
    ],
)
def test_reliability_huge_tables_in_bounded_time(table: str) -> None:
    html = f"<html><body><article><p>{BODY * 3}</p><table>{table}</table><p>{BODY}</p></article></body></html>"
    start = time.monotonic()
    page = extract_page(html)
    assert time.monotonic() - start < 5  # trafilatura alone pads rows cell by cell: minutes on these
    assert "Sukoharjo" in page.text
    assert len(page.text) < 2 * len(html)


def test_reliability_table_text_kept_without_span_padding() -> None:
    html = (f"<html><body><article><p>{BODY * 3}</p><table><tr><th colspan='2'>Korban</th></tr>"
            "<tr><td>Tewas</td><td>12 orang</td></tr></table></article></body></html>")
    text = extract_page(html).text
    assert "Korban" in text and "Tewas" in text and "12 orang" in text


TEXT = (
    "JAKARTA – Wakil Presiden Ma’ruf Amin mengecam serangan bom di depan Gereja Katedral Makassar pada Minggu "
    "(28/3/2021).\n\n“Kami berduka dan mengutuk aksi ini,” kata Ma’ruf di Jakarta. Polisi menyebut 20 orang "
    "terluka — termasuk petugas keamanan gereja.\n\nSebuah kafe milik warga, Café Daéng, di Jalan Kajaolalido "
    "ikut rusak."
)
UTF8 = TEXT.encode("utf-8")
# name -> (bytes as written, the text every offset must refer to)
ENCODED: dict[str, tuple[bytes, str]] = {
    "utf8.txt": (UTF8, TEXT),
    "bom.txt": (b"\xef\xbb\xbf" + UTF8, TEXT),
    "utf16.txt": (TEXT.encode("utf-16"), TEXT),
    "utf16le-no-bom.txt": (TEXT.encode("utf-16-le"), TEXT),
    "cp1252.txt": (TEXT.encode("cp1252"), TEXT),
    "crlf-mixed.txt": (TEXT.replace("\n\n", "\r\n\r\n", 1).replace("\n\n", "\r\r").encode("utf-8"), TEXT),
    "zero-width.txt": (TEXT.replace("Makassar", "Ma\u200bkas\u200dsar").replace("Polisi", "\ufeffPo\u00adlisi")
                       .encode("utf-8"), TEXT),
    "nul.txt": (UTF8.replace(b"Minggu", b"Min\x00ggu").replace(b"Polisi", b"\x00Polisi"), TEXT),
    "invalid-utf8.txt": (UTF8.replace(b"ikut rusak.", b"ikut rusak.\xff\xc3"), TEXT + "\ufffd\ufffd"),
}


def test_reliability_encodings_through_extract_keep_text_and_offsets(tmp_path: Path, monkeypatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, (data, _) in ENCODED.items():
        (docs / name).write_bytes(data)
    html = ('<html><head><meta charset="iso-8859-1"><title>Bom Makassar</title></head><body><article><p>'
            + TEXT.replace("\n\n", "</p><p>") + "</p></article></body></html>")
    (docs / "wrong-charset.html").write_bytes(html.encode("utf-8"))
    _bomb(docs / "bom.jsonl.gz", [], 50_000_000)
    monkeypatch.setenv("TELIK_MAX_INPUT_BYTES", "1000000")
    out = tmp_path / "export.json"
    result = CliRunner().invoke(cli, ["extract", str(docs), "-o", str(out), "--quiet"])
    assert result.exit_code == 1, result.output  # one unreadable input, the others exported
    export = json.loads(out.read_text(encoding="utf-8"))
    assert [Path(e["source"]).name for e in export["errors"]] == ["bom.jsonl.gz"]
    assert "exceeds the cap of 1000000 bytes" in export["errors"][0]["reason"]
    by_name = {Path(d["source"]).name: d for d in export["documents"]}
    assert set(by_name) == {*ENCODED, "wrong-charset.html"}
    originals = {a.id: a.text for a in read_inputs([docs]) if isinstance(a, Article)}
    for name, (_, expected) in ENCODED.items():
        assert originals[Path(name).stem] == expected, name
    originals_by_name = {**{n: e for n, (_, e) in ENCODED.items()}, "wrong-charset.html": originals["wrong-charset"]}
    assert "Ma’ruf Amin" in originals_by_name["wrong-charset.html"]
    for name, doc in by_name.items():
        original = originals_by_name[name]
        for key, field in (("entities", "text"), ("dates", "text"), ("figures", "text"), ("events", "evidence")):
            for fact in doc[key]:
                assert original[fact["start"] : fact["end"]] == fact[field], (name, key, fact)
        assert "Ma’ruf" in doc["clean_text"] and "Café Daéng" in doc["clean_text"] and "—" in doc["clean_text"]
    reference = by_name["utf8.txt"]
    assert reference["entities"] and reference["dates"]
    for name in ENCODED:
        for key in ("entities", "dates", "figures", "events", "quotes"):
            assert by_name[name][key] == reference[key], (name, key)

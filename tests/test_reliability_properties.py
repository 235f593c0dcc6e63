"""Property tests: readers never raise, cleaning maps back exactly and is idempotent, dates and numbers found
in generated text carry the right spans and values, in bounded time."""
from __future__ import annotations

import gzip
import tempfile
import time
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telik.clean import clean_article
from telik.ingest import read_inputs
from telik.model import Article, ReadError
from telik.nlp.numbers.component import find_figures
from telik.nlp.time.find import find_dates

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ----------------------------------------------------------------------------------------------- readers

MARKUP = ["<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<table><tr><td colspan=9999>", "<script>", "<!--",
          "<?xml version=\"1.0\"?>", "<rss>", "<item>", "<description>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&lol;",
          "<!DOCTYPE x [<!ENTITY a \"b\">]>", "{\"text\": \"", "{\"html\": \"<p>", "\"}", "\n", "\r\n", "\x00", "\ufeff",
          "Densus 88 menangkap teroris di Poso.", "Ma’ruf", "é", "中", "\\u0000", "\\ud800", "[1, 2]", "null"]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"]
FILE_BYTES = (
    st.binary(max_size=3000)
    | st.tuples(st.lists(st.sampled_from(MARKUP), max_size=40).map("".join), st.sampled_from(ENCODINGS)).map(
        lambda pair: pair[0].encode(pair[1], errors="replace"))
    | st.text(max_size=500).map(lambda t: t.encode("utf-8", errors="surrogatepass"))
)
SUFFIXES = [".txt", ".html", ".jsonl", ".jsonl.gz", ".xml"]


@FAST
@given(st.lists(st.tuples(st.sampled_from(SUFFIXES), FILE_BYTES), min_size=1, max_size=4))
def test_reliability_readers_never_raise_on_any_bytes(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, (suffix, data) in enumerate(files):
            (folder / f"f{n}{suffix}").write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        items = list(read_inputs([folder]))
    assert all(isinstance(i, (Article, ReadError)) for i in items)
    sources = {Path(i.source.split("#")[0].rsplit(":", 1)[0]).name for i in items}
    names = {f"f{n}{s}" for n, (s, _) in enumerate(files)}
    assert sources <= names
    assert {n for n in names if not n.endswith((".jsonl", ".jsonl.gz"))} <= sources  # JSONL: one item per record
    for item in items:
        if isinstance(item, Article):
            assert item.text.strip() and "\x00" not in item.text and "\r" not in item.text
        else:
            assert item.reason


# ----------------------------------------------------------------------------------------------- cleaner

LINES = [
    "Kompas.com", "KOMPAS.com - Berita Terkini", "Senin, 12/03/2024", "Baca juga: Polisi Tangkap Pelaku", "Komentar",
    "Share", "(Foto: Antara)", "Densus 88 Tangkap Terduga Teroris", "Editor: Budi", "Berita, Politik, Hukum",
    "Densus 88 menangkap tiga terduga teroris di Bekasi pada Senin (4/3/2024) pagi.",
    "“Mereka merencanakan serangan ke pos polisi di Jakarta,” kata Kombes Ahmad Ramadhan.",
    "Polisi menyita bahan peledak dan dokumen dari rumah kontrakan tersangka di Bekasi.",
    "Mereka merencanakan serangan ke pos polisi di Jakarta", "MEMBACA", "Advertisement", "",
]
ARTICLE_TEXT = (
    st.lists(st.sampled_from(LINES) | st.text(max_size=80), min_size=1, max_size=25).map("\n".join)
    | st.lists(st.sampled_from(LINES), min_size=1, max_size=25).map("\n\n".join)
)
# Idempotence holds when cleaning settles within its passes; only a stack of the same opening quotation, each
# exposed as a new pull quote by the drop before it, needs more, so these articles repeat no line.
DISTINCT_LINES_TEXT = st.lists(st.sampled_from(LINES) | st.text(max_size=80), min_size=1, max_size=25,
                               unique=True).map("\n".join)


def _check_map(text: str, cleaned) -> None:  # type: ignore[no-untyped-def]
    covered = 0
    last_end = 0
    for clean_start, orig_start, length in cleaned.offsets.segments():
        assert clean_start == covered  # no separators: the clean text is the kept pieces, back to back
        assert cleaned.text[clean_start : clean_start + length] == text[orig_start : orig_start + length]
        assert orig_start >= last_end  # pieces keep their order and never overlap
        covered += length
        last_end = orig_start + length
    assert covered == len(cleaned.text)


@settings(max_examples=300, deadline=None)
@given(ARTICLE_TEXT)
def test_reliability_clean_pieces_map_back_to_identical_text(text: str) -> None:
    cleaned = clean_article(Article(id="p", text=text))
    _check_map(text, cleaned)
    for start, end, reason in cleaned.removed:
        assert 0 <= start <= end <= len(text) and reason


@settings(max_examples=300, deadline=None)
@given(DISTINCT_LINES_TEXT)
def test_reliability_clean_is_idempotent(text: str) -> None:
    once = clean_article(Article(id="p", text=text))
    twice = clean_article(Article(id="p", text=once.text))
    assert twice.text == once.text
    _check_map(once.text, twice)


# ----------------------------------------------------------------------------------------------- dates

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
CONTEXT = st.lists(st.sampled_from(["Polisi", "menangkap", "dua", "orang", "di", "Poso", "pada", ",", "(", ")", "12",
                                    "/", "tahun", "lalu", "\n", "“", "”"]), max_size=12).map(" ".join)


@st.composite
def dated_text(draw) -> tuple[str, str, str, date]:  # type: ignore[no-untyped-def]
    """Text with one full date written the way Indonesian news writes it, and its ISO value."""
    day = draw(st.dates(min_value=date(1945, 1, 1), max_value=date(2035, 12, 31)))
    form = draw(st.sampled_from(["paren", "long", "short-year", "dashes"]))
    weekday = DAYS[day.weekday()]
    if form == "paren":
        expr = f"{weekday} ({day.day}/{day.month}/{day.year})"
    elif form == "long":
        expr = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    elif form == "short-year" and 1970 <= day.year <= 2069:  # two-digit years: 70-99 are 19xx, 00-69 20xx
        expr = f"{weekday} ({day.day}/{day.month}/{day.year % 100:02d})"
    else:
        expr = f"{weekday}, {day.day:02d}-{day.month:02d}-{day.year}"  # dashes need the four-digit year
    before, after = draw(CONTEXT), draw(CONTEXT)
    return f"{before} {expr} {after}", expr, day.isoformat(), day


@FAST
@given(dated_text(), st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)))
def test_reliability_dates_found_with_span_and_value(case, ref) -> None:  # type: ignore[no-untyped-def]
    text, expr, iso, _ = case
    start = time.monotonic()
    found = find_dates(text, ref)
    assert time.monotonic() - start < 1
    at = text.index(expr)
    covering = [d for d in found if d.start <= at + len(expr) - 4 and d.end >= at + len(expr) - 2]
    assert covering, (text, found)
    assert covering[0].value == iso and covering[0].precision == "day"
    for d in found:
        assert text[d.start : d.end] == d.text


# ----------------------------------------------------------------------------------------------- numbers

WORDS = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan"}


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@st.composite
def counted_text(draw) -> tuple[str, str, int]:  # type: ignore[no-untyped-def]
    """A casualty sentence with one number written in digits, dotted thousands or words."""
    n = draw(st.integers(min_value=1, max_value=999_999))
    form = draw(st.sampled_from(["digits", "dotted", "word"]))
    if form == "word":
        n = draw(st.sampled_from(sorted(WORDS)))
        written = WORDS[n]
    else:
        written = _dotted(n) if form == "dotted" else str(n)
    qualifier = draw(st.sampled_from(["", "sedikitnya ", "sekitar ", "hampir "]))
    kind = draw(st.sampled_from(["orang tewas", "orang terluka", "warga ditangkap"]))
    text = f"{draw(CONTEXT)} Serangan itu menyebabkan {qualifier}{written} {kind}. {draw(CONTEXT)}"
    return text, written, n


@FAST
@given(counted_text())
def test_reliability_numbers_found_with_span_and_value(case) -> None:  # type: ignore[no-untyped-def]
    text, written, n = case
    start = time.monotonic()
    found = find_figures(text)
    assert time.monotonic() - start < 1
    at = text.index(f" {written} ", text.index("menyebabkan")) + 1  # the sentence's number, not one in the context
    covering = [f for f in found if f.start <= at and f.end >= at + len(written)]
    assert covering, (text, found)
    assert covering[0].value == n
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.low is None or f.high is None or f.low <= f.high

"""telik_quotes: quotation forms, speaker attribution, scare quotes, pull quotes, broken marks, claims."""
from __future__ import annotations

import pytest

from telik.nlp.quotes.marks import find_quotations


def _quotes(nlp, text):
    return nlp(text)._.quotes


@pytest.mark.parametrize(
    "text,expected",
    [
        # tag after the quotation
        ("“Kami akan terus memburu para pelaku teror itu,” kata Budi Santoso kepada wartawan.",
         [("Kami akan terus memburu para pelaku teror itu", "Budi Santoso", False)]),
        # title stripped, tag verb "ujar"
        ("“Situasi di perbatasan sudah kembali aman terkendali,” ujar Kolonel Andi Wijaya di Jayapura.",
         [("Situasi di perbatasan sudah kembali aman terkendali", "Andi Wijaya", False)]),
        # straight quotes
        ('"Pelaku datang dengan sepeda motor dari arah utara," jelas Rahmat.',
         [("Pelaku datang dengan sepeda motor dari arah utara", "Rahmat", False)]),
        # anonymous source
        ("“Mereka sudah lama diawasi oleh aparat keamanan,” kata salah satu sumber.",
         [("Mereka sudah lama diawasi oleh aparat keamanan", "salah satu sumber", True)]),
        ("“Ada perintah untuk menyerang pos polisi itu,” kata seorang pejabat keamanan.",
         [("Ada perintah untuk menyerang pos polisi itu", "seorang pejabat keamanan", True)]),
        # speaker before, colon form, anonymous
        ("Seorang sumber intelijen senior mengatakan: “Jaringan itu masih merekrut anggota baru di kampus.”",
         [("Jaringan itu masih merekrut anggota baru di kampus.", "Seorang sumber intelijen senior", True)]),
        # a document speaks for its author
        ("“Sebagian besar dana berasal dari donatur luar negeri,” sebut laporan PBB.",
         [("Sebagian besar dana berasal dari donatur luar negeri", "PBB", False)]),
    ],
)
def test_quotes_speaker_forms(nlp, text, expected):
    got = [(q.text, q.speaker, q.anonymous) for q in _quotes(nlp, text)]
    assert got == expected


def test_quotes_pronoun_tag_resolves_to_last_speaker(nlp):
    text = (
        "“Kelompok itu sudah terpecah menjadi beberapa sel kecil,” kata Sidney Jones, seorang analis konflik di Jakarta.\n\n"
        "“Sel-sel kecil itu lebih sulit dilacak oleh aparat,” paparnya."
    )
    qs = _quotes(nlp, text)
    assert [q.speaker for q in qs] == ["Sidney Jones", "Sidney Jones"]
    assert qs[0].speaker_role == "seorang analis konflik di Jakarta"


def test_quotes_split_quote_keeps_both_parts(nlp):
    text = "“Kami tidak akan mundur,” kata Ahmad Yani. “Operasi ini akan berlanjut sampai semua pelaku tertangkap.”"
    qs = _quotes(nlp, text)
    assert [(q.text, q.speaker) for q in qs] == [
        ("Kami tidak akan mundur", "Ahmad Yani"),
        ("Operasi ini akan berlanjut sampai semua pelaku tertangkap.", "Ahmad Yani"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menyebut lokasi itu sebagai ‘kamp pelatihan’ milik jaringan tersebut.",
        "Ia menolak istilah “perang suci” yang dipakai kelompok itu.",
        "Kata “jihad” sering disalahartikan.",
    ],
)
def test_quotes_scare_quotes_ignored(nlp, text):
    assert _quotes(nlp, text) == []


def test_quotes_pull_quote_printed_twice_is_one(nlp):
    pull = "Pasukan kami sudah siaga penuh di semua pos perbatasan sejak pagi,"
    text = f"\"{pull}\"\n\nBerita utama hari ini.\n\n\"{pull}\" kata Rudi Hartono.\n"
    qs = _quotes(nlp, text)
    assert len(qs) == 1 and qs[0].speaker == "Rudi Hartono"


def test_quotes_unclosed_mark_loses_only_that_quote(nlp):
    text = (
        "“Kalimat ini tidak pernah ditutup, kata Adi.\n\n"
        "Polisi masih berjaga. “Yang ini ditutup dengan benar,” kata Sari Dewi."
    )
    qs = _quotes(nlp, text)
    assert [(q.text, q.speaker) for q in qs] == [("Yang ini ditutup dengan benar", "Sari Dewi")]


def test_quotes_offsets_point_at_the_words(nlp):
    text = "Menurut dia, “Serangan itu sudah direncanakan berbulan-bulan,” kata Hasan Basri."
    q = _quotes(nlp, text)[0]
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("“a” ‘b’ «c» \"d\"", ["a", "b", "c", "d"]),
        ("Jum’at ‘pagi’ itu", ["pagi"]),
        ("“satu\n\n“dua.”", ["satu\n\n“dua."]),
        ("“" * 5000 + "x", []),
        # the two styles mixed in one quotation, as scraped pages have them
        ("\"Untuk waktu dan lokasi tentu mereka yang tahu,” tutur Agus.", ["Untuk waktu dan lokasi tentu mereka yang tahu,"]),
        ("“Kami siaga,\" kata Kapolri.", ["Kami siaga,"]),
    ],
)
def test_quotes_marks_pairs(text, expected):
    assert [m.words(text) for m in find_quotations(text)] == expected


def test_quotes_marks_bounded_on_hostile_input():
    text = ("\"/" * 30000) + ("“a" * 30000) + ("‘" * 30000)
    assert len(find_quotations(text)) <= len(text)


@pytest.mark.parametrize(
    "text,source,anonymous",
    [
        ("Ahmad Ramadhan mengatakan bahwa tiga terduga teroris ditangkap di Bekasi.", "Ahmad Ramadhan", False),
        ("Menurut seorang pejabat keamanan, kelompok itu menerima dana dari luar negeri.", "seorang pejabat keamanan", True),
        ("Kelompok itu masih aktif di wilayah pegunungan, kata para ahli keamanan.", "para ahli keamanan", True),
    ],
)
def test_quotes_claims_with_source(nlp, text, source, anonymous):
    claims = nlp(text)._.claims
    assert [(c.source, c.anonymous) for c in claims] == [(source, anonymous)]
    assert claims[0].text and text[claims[0].start : claims[0].end] == claims[0].text

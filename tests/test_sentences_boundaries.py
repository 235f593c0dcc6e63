import pytest


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Polisi menangkap dua orang. Mereka diduga anggota JAD.", 2),
        ("Kata Colin P. Clarke hari ini.", 1),
        ("Judul berita\n\nIsi berita pertama. Kedua!", 3),
        ("“Kami siaga,” kata Kapolda. “Tidak ada ancaman.”", 2),
        ("Angka 5.000 orang tewas.", 1),
    ],
)
def test_sentences_boundaries(nlp, text, expected):
    doc = nlp(text)
    assert len(list(doc.sents)) == expected

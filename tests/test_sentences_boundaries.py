import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from telik.nlp.extensions import sentence_bounds
from telik.nlp.sentences import split_sentences


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


def test_only_tokens_with_a_break_or_final_mark_are_visited():
    from telik.nlp.sentences import _marked

    text = "Dia datang. Lalu\n\npergi!"
    offsets = [0, 4, 10, 12, 16, 18, 23]  # Dia datang . Lalu \n\n pergi !
    assert _marked(text, offsets, len(offsets) - 1) == [2, 4]  # the final "!" has no token after it


BLANK = spacy.blank("id")


@given(st.lists(st.sampled_from(["Dia", "datang", ".", "!", "?", "…", " ", "  ", "\n", "\n\n", "”", "\"", "(", "P",
                                 "5", "lalu", "“Kami"]), max_size=40).map("".join))
def test_kept_bounds_are_the_sentences(text):
    doc = split_sentences(BLANK.make_doc(text))
    if len(doc):
        assert doc.user_data.get("telik.sents") is not None
        assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]

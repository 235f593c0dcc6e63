"""Near-duplicates: a text and its lightly edited copy are one story; different stories are not."""
from __future__ import annotations

import pytest

from telik.corpus.dedup import duplicate_groups, mark_duplicates

from test_corpus_fakes import doc

STORY = (
    "Polisi menangkap tiga orang terduga teroris di Sukoharjo, Jawa Tengah, pada Selasa pagi. "
    "Ketiganya diduga terkait dengan jaringan yang merencanakan serangan terhadap pos polisi. "
    "Kepala Divisi Humas Polri mengatakan penangkapan dilakukan setelah penyelidikan selama dua bulan. "
    "Barang bukti berupa bahan peledak, telepon genggam dan dokumen disita dari rumah kontrakan mereka. "
    "Polisi masih memburu dua orang lain yang diduga ikut merencanakan serangan tersebut."
)
OTHER = (
    "Harga cabai rawit di pasar tradisional Jakarta naik tajam menjelang akhir pekan ini. "
    "Pedagang menyebut pasokan dari daerah sentra produksi berkurang karena hujan deras. "
    "Pemerintah daerah berjanji menggelar operasi pasar untuk menekan harga dalam beberapa hari ke depan, "
    "sementara pembeli mengeluhkan harga yang sudah dua kali lipat dibanding bulan lalu."
)


def edit(text: str) -> str:
    """A few words changed, as a re-publishing outlet would."""
    return text.replace("Selasa", "Rabu").replace("tiga", "3").replace("masih", "terus").replace("disita", "diamankan")


@pytest.mark.parametrize("texts,expected", [
    ([STORY, STORY], [0, 0]),
    ([STORY, edit(STORY)], [0, 0]),
    ([STORY, OTHER, edit(STORY)], [0, 1, 0]),
    ([OTHER, STORY], [0, 1]),
    (["pendek", "pendek"], [0, 1]),
])
def test_corpus_dedup_groups(texts, expected):
    assert duplicate_groups(texts) == expected


def test_corpus_dedup_marks_the_earliest_as_original():
    docs = [doc("late", edit(STORY), published="2024-05-02"), doc("early", STORY, published="2024-05-01"),
            doc("other", OTHER)]
    groups = mark_duplicates(docs)
    assert [d.duplicate_of for d in docs] == ["early", None, None]
    assert groups == [1, 1, 2]

"""A page address's publication day, and the reference it gives an article that came without a date."""
from __future__ import annotations

from datetime import date

import pytest

from telik.clean.urls import url_date
from telik.model import Article


@pytest.mark.parametrize(
    "url,day",
    [
        ("https://regional.kompas.com/read/2021/03/28/191238078/korban-ledakan-bom", date(2021, 3, 28)),
        ("https://berita.example/2016/11/06/mahasiswi-disekap/", date(2016, 11, 6)),
        ("https://www.berita.example/nasional/20171015134539-20-248483/djarot/", date(2017, 10, 15)),
        ("https://kabar.example/read/20201104/19/1313249/polisi-austria", date(2020, 11, 4)),
        ("https://berita.example/2019-08-22/perundingan", date(2019, 8, 22)),
        # no day in the address, a day that does not exist, a number that is an article id, the future
        ("https://news.example/berita/d-4362810/kekejaman-kkb", None),
        ("https://berita.example/2020/13/45/judul", None),
        ("https://m.berita.example/news/read/3916155/", None),
        ("https://berita.example/2031/01/02/judul", None),
        (None, None),
    ],
)
def test_url_date(url, day):
    assert url_date(url, today=date(2026, 12, 5)) == day


def test_url_date_is_the_reference_of_an_undated_article(processor):
    text = "Kelompok bersenjata menyerang pos polisi di Nduga pada Senin (13/11). Dua polisi terluka."
    dated = processor.process(Article(id="u", text=text, url="https://berita.example/2017/11/14/serangan-nduga"))
    undated = processor.process(Article(id="v", text=text))
    assert dated.reference_date == "2017-11-14"
    assert [e.date for e in dated.events if e.type == "ATTACK"] == ["2017-11-13"]
    assert undated.reference_date is None

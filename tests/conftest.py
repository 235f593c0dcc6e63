"""Shared fixtures: one pipeline per test session, the bundled sample articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from telik.corpus import relations
from telik.nlp.pipeline import get_nlp
from telik.process import Processor

from test_corpus_fakes import FakeGazetteer

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "telik" / "data" / "samples"


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def processor(nlp):
    return Processor(nlp)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def make_doc(doc_id: str = "densus", text: str | None = None, **fields):  # type: ignore[no-untyped-def]
    """A hand-built DocResult (an arrest by Densus 88 in Bekasi) for store, export and CLI tests."""
    from telik.model import DocResult, EntityMention, Event, Evidence, Quote

    text = text or ("Densus 88 menangkap tiga terduga teroris JAD di Bekasi, Senin (26/2/2024).\n"
                    "\u201cMereka merencanakan serangan,\u201d kata Kombes Ahmad Ramadhan.")
    first = text.split("\n")[0]
    defaults = dict(
        id=doc_id, text=text, clean_text=text, title="Densus 88 tangkap terduga teroris", outlet="kompas.com",
        published="2024-02-27",
        entities=[EntityMention("Densus 88", "ORG", 0, 9, "densus_88"), EntityMention("JAD", "ORG", 41, 44, "jad"),
                  EntityMention("Bekasi", "GPE", 48, 54, "bekasi")],
        events=[Event("ARREST", first, 0, len(first), date="2024-02-26", date_precision="day", location="Bekasi",
                      actors=["Densus 88"], targets=["JAD"], mentions=[Evidence(first, 0, len(first))], cluster="arrest-bekasi")],
        quotes=[Quote("Mereka merencanakan serangan,", len(first) + 2, len(first) + 31, "Ahmad Ramadhan")],
    )
    defaults.update(fields)
    return DocResult(**defaults)


def _reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A fresh database URL: SQLite in tmp_path, and PostgreSQL (TELIK_TEST_PG) when available."""
    import os

    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'telik.db'}"
    url = os.environ.get("TELIK_TEST_PG")
    if not url:
        pytest.skip("TELIK_TEST_PG not set")
    _reset_pg(url)
    return url


@pytest.fixture
def store(store_url):  # type: ignore[no-untyped-def]
    from telik.store import Store

    with Store(store_url) as s:
        yield s


@pytest.fixture
def gazetteer(monkeypatch):
    """A small fake place gazetteer for the corpus stage's place relations (tests/test_corpus_fakes.py)."""
    fake = FakeGazetteer()
    monkeypatch.setattr(relations, "_gazetteer", lambda: fake)
    relations.clear_cache()
    yield fake
    relations.clear_cache()

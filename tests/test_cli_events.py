"""`telik events` and `telik timeline` count real-world events: one block per event with its best figures and
the reason, its reports under it; `--per report` keeps one line per report."""
from __future__ import annotations

from click.testing import CliRunner

from telik.cli import cli
from telik.model import Conflict, Event
from telik.store import Store

from conftest import make_doc

TEXT = "Bom meledak di Makassar, Minggu (28/3/2021), menewaskan {n} orang."


def _report(doc_id: str, killed: int, published: str, outlet: str):  # type: ignore[no-untyped-def]
    text = TEXT.format(n=killed)
    ev = Event("ATTACK", text, 0, len(text), subtype="bombing", date="2021-03-28", date_precision="day",
               location="Makassar", killed=killed, cluster="makassar-bom")
    return make_doc(doc_id, text=text, entities=[], quotes=[], events=[ev], published=published, outlet=outlet)


def _db(tmp_path) -> str:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'events.db'}"
    docs = [_report("a", 12, "2021-03-28", "antaranews.com"), _report("b", 21, "2021-03-29", "kompas.com")]
    with Store(url) as store:
        for d in docs:
            store.add_document(d)
        store.apply_corpus(docs, [Conflict("makassar-bom", "killed", [12, 21], best=21.0,
                                           reason="latest report from the most credible source", kind="rising")])
    return url


def test_cli_events_one_block_per_real_world_event(tmp_path):
    db = _db(tmp_path)
    out = CliRunner().invoke(cli, ["events", "--db", db]).output
    assert out.count("ATTACK/bombing") == 1 and "killed=21" in out
    assert "figures: killed: latest report from the most credible source" in out
    assert "reports (2):" in out and "antaranews.com" in out and "kompas.com" in out


def test_cli_events_per_report_keeps_every_report(tmp_path):
    out = CliRunner().invoke(cli, ["events", "--db", _db(tmp_path), "--per", "report"]).output
    assert out.count("ATTACK/bombing") == 2 and "killed=12" in out and "killed=21" in out


def test_cli_timeline_shows_the_best_figure(tmp_path):
    out = CliRunner().invoke(cli, ["timeline", "Makassar", "--db", _db(tmp_path)]).output
    assert "killed=21" in out and "killed=12" not in out and "figures: killed:" in out

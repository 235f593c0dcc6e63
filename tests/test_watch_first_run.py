"""`telik watch`: the first run of a rule alerts only on what is new since it started (recorded in the store),
and a figure that rises across merged reports of one event alerts."""
from __future__ import annotations

from test_watch_feeds import FeedServer

from telik.model import Conflict, Event
from telik.store.repository import Store
from telik.watch import Watcher
from telik.watch.net import Fetcher, FetchPolicy
from telik.watch.rules import parse_rules
from telik.watch.sinks import Sink

from conftest import make_doc

RULES = parse_rules({"rules": [{"name": "figures", "when": "figure_change"},
                               {"name": "disagree", "when": "conflict"}]})
TEXT = "Bom meledak di Makassar, Minggu (28/3/2021), menewaskan {n} orang."


class Collect(Sink):
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, alert) -> None:  # type: ignore[no-untyped-def]
        self.sent.append(alert.key)


def _report(doc_id: str, killed: int, published: str):  # type: ignore[no-untyped-def]
    text = TEXT.format(n=killed)
    ev = Event("ATTACK", text, 0, len(text), subtype="bombing", date="2021-03-28", date_precision="day",
               location="Makassar", killed=killed, cluster="makassar-bom")
    return make_doc(doc_id, text=text, entities=[], quotes=[], events=[ev], published=published,
                    outlet=f"{doc_id}.example")


def _conflict(values: list[float]) -> Conflict:
    return Conflict("makassar-bom", "killed", values, [], max(values), "latest report", "rising")


def _watcher(store: Store, sink: Collect, processor) -> Watcher:  # type: ignore[no-untyped-def]
    fetcher = Fetcher(FetchPolicy(allow_private=True, min_interval_s=0, timeout_s=1))
    return Watcher([], RULES, store, [sink], fetcher=fetcher, processor=processor)


def test_watch_first_run_skips_what_the_store_already_held(tmp_path, processor):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    docs = [_report("a", 12, "2021-03-28"), _report("b", 21, "2021-03-29")]
    with Store(url) as store:
        for d in docs:
            store.add_document(d)
        store.apply_corpus(docs, [_conflict([12, 21])])
        sink = Collect()
        assert _watcher(store, sink, processor).poll_once().alerts == []  # an old rising toll: no alert
    with Store(url) as store:  # a restart keeps the rule's start: still nothing old is sent
        assert _watcher(store, sink, processor).poll_once().alerts == []
        docs.append(_report("c", 30, "2021-03-30"))
        store.add_document(docs[-1])
        store.apply_corpus(docs, [_conflict([12, 21, 30])])  # the toll rises after the rule started
        report = _watcher(store, sink, processor).poll_once()
    assert [a.kind for a in report.alerts] == ["figure_change"]
    assert sink.sent == ["figure_change:figures:makassar-bom:killed:12,21,30"]


ARTICLES = [
    ("mks-1", "Bom bunuh diri di Gereja Katedral Makassar, 2 orang tewas",
     "Makassar - Bom bunuh diri meledak di depan Gereja Katedral Makassar, Sulawesi Selatan, pada Minggu "
     "(28/3/2021). Polisi menyebut dua orang tewas dan 14 orang luka-luka akibat ledakan tersebut."),
    ("mks-2", "Korban bom Gereja Katedral Makassar bertambah, 3 orang tewas",
     "Makassar - Jumlah korban tewas bom bunuh diri di depan Gereja Katedral Makassar, Sulawesi Selatan, pada "
     "Minggu (28/3/2021) bertambah menjadi tiga orang, sementara 20 orang luka-luka, kata polisi."),
]


def test_watch_rising_toll_across_merged_reports_alerts(tmp_path, processor):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with FeedServer() as server, Store(url) as store:
        server.items = ARTICLES[:1]
        sink = Collect()
        fetcher = Fetcher(FetchPolicy(allow_private=True, min_interval_s=0, timeout_s=1))
        watcher = Watcher([f"{server.base}/feed.xml"], RULES, store, [sink], fetcher=fetcher, processor=processor)
        assert watcher.poll_once().new_documents == 1
        server.items = ARTICLES
        report = watcher.poll_once()
    assert report.new_documents == 1
    changes = [a for a in report.alerts if a.kind == "figure_change"]
    assert changes and any(a.detail["field"] == "killed" and 2 in a.detail["values"] and 3 in a.detail["values"]
                           for a in changes), [a.summary for a in report.alerts]

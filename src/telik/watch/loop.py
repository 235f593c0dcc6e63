"""`telik watch`: poll sources, ingest what is new, evaluate rules, send each alert once."""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree

from telik.errors import Errors, TelikError
from telik.ingest.feeds import read_feed
from telik.ingest.html import extract_page
from telik.ingest.jsonl import read_records
from telik.model import Article, ReadError
from telik.process import Processor
from telik.store.incremental import update
from telik.store.repository import Store
from telik.watch.alerts import Alert, conflict_alerts, event_alerts, spike_alerts
from telik.watch.net import Fetcher
from telik.watch.rules import Rule
from telik.watch.sinks import Sink
from telik.watch.state import WatchState

log = logging.getLogger(__name__)

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "15m", "2h", "1d"."""
    m = _INTERVAL.match(text)
    if not m:
        raise ValueError(f"interval {text!r} is not like 30s, 15m, 2h")
    return float(m[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m[2]]


@dataclass
class PollReport:
    new_documents: int = 0
    alerts: list[Alert] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Watcher:
    """One poll reads every source once; a restart continues from the state kept in the store."""

    def __init__(self, sources: list[str], rules: list[Rule], store: Store, sinks: list[Sink],
                 fetcher: Fetcher | None = None, processor: Processor | None = None) -> None:
        self.sources = sources
        self.rules = rules
        self.store = store
        self.sinks = sinks
        self.fetcher = fetcher or Fetcher()
        self.processor = processor or Processor()
        self.state = WatchState(store)

    def run(self, interval_s: float, polls: int | None = None,
            on_error: Callable[[str], None] | None = None) -> PollReport:
        """Poll forever (or `polls` times), sleeping `interval_s` between polls; each error goes to `on_error`
        (default: a logged warning) as one line; returns the last poll's report."""
        n = 0
        report = PollReport()
        while polls is None or n < polls:
            report = self.poll_once()
            for error in report.errors:
                (on_error or log.warning)(error)
            log.info("poll: %d new documents, %d alerts, %d errors", report.new_documents, len(report.alerts),
                     len(report.errors))
            n += 1
            if polls is None or n < polls:
                time.sleep(interval_s)
        return report

    def _baselines(self, today: date) -> dict[str, set[str]]:
        """Per rule, the conflict, figure and spike alerts that already held when it first ran: a rule alerts
        only on what is new since it started (its first run records them, never sends them)."""
        out: dict[str, set[str]] = {}
        for rule in self.rules:
            known = self.state.rule_baseline(rule.name)
            if known is None:
                spikes = self.store.all_results() if rule.when == "spike" else []
                known = {a.key for a in [*conflict_alerts([rule], self.store.conflicts()),
                                         *spike_alerts([rule], spikes, today)]}
                self.state.start_rule(rule.name, known)
            out[rule.name] = known
        return out

    def poll_once(self, today: date | None = None) -> PollReport:
        """Poll every source once, ingest what is new and send the alerts it raises."""
        report = PollReport()
        baselines = self._baselines(today or date.today())
        for source in self.sources:
            try:
                report.new_documents += self._poll_source(source)
            except TelikError as exc:
                report.errors.append(f"{source}: [{exc.code}] {exc.message}")
                if _is_url(source):
                    self.state.polled(source, None, None, error=exc.message)
        pending = self.state.pending_doc_ids()
        if report.new_documents:
            update(self.store)
        # only the documents the rules need: new ones for event rules, all of them only for spike rules
        new_docs = [d for d in (self.store.get_result(i) for i in sorted(pending)) if d is not None]
        all_docs = self.store.all_results() if any(r.when == "spike" for r in self.rules) else []
        candidates = [
            *event_alerts(self.rules, new_docs),
            *conflict_alerts(self.rules, self.store.conflicts()),
            *spike_alerts(self.rules, all_docs, today or date.today()),
        ]
        for alert in candidates:
            if alert.key in baselines.get(alert.rule, set()) or self.state.sent(alert.key):
                continue
            try:
                for sink in self.sinks:
                    sink.send(alert)
            except Exception as exc:  # a failing sink: keep the alert pending, try again next poll
                report.errors.append(f"alert {alert.key}: delivery failed ({type(exc).__name__}: {exc})")
                pending = set()  # keep the documents pending too, so their alerts are retried
                continue
            self.state.record(alert)
            report.alerts.append(alert)
        if pending:
            self.state.done_alerting(pending)
        return report

    def _poll_source(self, source: str) -> int:
        if _is_url(source):
            etag, modified = self.state.validators(source)
            res = self.fetcher.fetch(source, etag, modified)
            if res.not_modified:
                self.state.polled(source, etag, modified)
                return 0
            if res.status >= 400:
                raise TelikError(Errors.E016, url=source, status=res.status)
            items = list(self._items(res.body, source))
            new = self._ingest(source, items)
            self.state.polled(source, res.etag, res.last_modified)
            return new
        path = Path(source)
        if not path.is_file():
            raise TelikError(Errors.E001, path=source, reason="no such file (give a feed file or an http(s) URL)")
        return self._ingest(source, list(self._items(path.read_bytes(), source)))

    def _items(self, body: bytes, source: str) -> Iterator[Article | ReadError]:
        name = Path(source.split("?")[0]).name or "feed"
        if name.endswith((".jsonl", ".ndjson")):
            yield from read_records(body.splitlines(), Path(name))
        elif _is_sitemap(body):
            yield from self._sitemap_pages(body, source)
        else:
            yield from read_feed(body, Path(name))

    def _sitemap_pages(self, body: bytes, source: str) -> Iterator[Article | ReadError]:
        for loc in _sitemap_locs(body):
            if self.state.seen([f"{source}|{loc}"]):
                continue
            try:
                page = self.fetcher.fetch(loc)
                extracted = extract_page(page.body.decode("utf-8", "replace"))
                yield Article(id=re.sub(r"\W+", "-", loc)[-80:], text=extracted.text, source=loc, url=loc,
                              title=extracted.title, html=page.body.decode("utf-8", "replace"))
            except TelikError as exc:
                yield ReadError.of(loc, exc)

    def _ingest(self, source: str, items: list[Article | ReadError]) -> int:
        """Process and store each unseen item; an item is marked seen only once it is stored."""
        keys = {id(it): f"{source}|{it.url or it.id}" for it in items if isinstance(it, Article)}
        seen = self.state.seen(list(keys.values()))
        new = 0
        for item in items:
            if isinstance(item, ReadError):
                log.warning("watch: %s: %s", item.source, item)
                continue
            key = keys[id(item)]
            if key in seen:
                continue
            if item.content_hash in self.store.known_hashes([item.content_hash]):
                self.state.mark_item(key, None)
                continue
            for out in self.processor.process_many([item]):
                if isinstance(out, ReadError):
                    log.warning("watch: %s: %s", out.source, out)
                    self.state.mark_item(key, None)
                    continue
                self.store.add_document(out)
                self.state.mark_item(key, out.id)
                new += 1
        return new


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://", "file://", "ftp://")) or "://" in source


def _is_sitemap(body: bytes) -> bool:
    head = body[:2000].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def _sitemap_locs(body: bytes) -> list[str]:
    try:
        root = defusedxml.ElementTree.fromstring(body, forbid_dtd=True)
    except (ParseError, defusedxml.DefusedXmlException):
        return []
    return [el.text.strip() for el in root.iter() if el.tag.endswith("loc") and el.text]

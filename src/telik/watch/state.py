"""What `telik watch` remembers across restarts: feed validators, items seen, alerts sent.

Kept in the store (tables `watch_feeds`, `watch_items`, `watch_alerts`, migration 0002), so a restart
neither repeats an alert nor loses an item.
"""
from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from telik.store.models import Base, Meta
from telik.store.repository import Store
from telik.watch.alerts import Alert


def _now() -> datetime:
    return datetime.now(UTC)


class WatchFeed(Base):
    __tablename__ = "watch_feeds"
    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)


class WatchItem(Base):
    """An item of a feed; `alerted` turns true once its events went through the rules."""

    __tablename__ = "watch_items"
    key: Mapped[str] = mapped_column(String(2048), primary_key=True)
    doc_id: Mapped[str | None] = mapped_column(String(512))
    alerted: Mapped[bool] = mapped_column(Boolean, default=False)


class WatchAlert(Base):
    __tablename__ = "watch_alerts"
    key: Mapped[str] = mapped_column(String(1024), primary_key=True)
    rule: Mapped[str] = mapped_column(String(256))
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class WatchState:
    """Reads and writes the watch tables of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified of the last successful poll of `url`."""
        with self.store.session() as s:
            row = s.get(WatchFeed, url)
            return (row.etag, row.last_modified) if row else (None, None)

    def polled(self, url: str, etag: str | None, last_modified: str | None, error: str | None = None) -> None:
        """Record a poll of `url`; its validators are kept only when it succeeded."""
        with self.store.session() as s, s.begin():
            row = s.get(WatchFeed, url) or WatchFeed(url=url)
            if error is None:
                row.etag, row.last_modified = etag, last_modified
            row.last_polled, row.last_error = _now(), error
            s.add(row)

    def seen(self, keys: list[str]) -> set[str]:
        """Which of these feed item keys were already taken in."""
        with self.store.session() as s:
            return set(s.scalars(select(WatchItem.key).where(WatchItem.key.in_(keys)))) if keys else set()

    def mark_item(self, key: str, doc_id: str | None) -> None:
        """Record a feed item as taken in; the document it became still awaits the alert rules."""
        with self.store.session() as s, s.begin():
            s.merge(WatchItem(key=key, doc_id=doc_id, alerted=doc_id is None))

    def pending_doc_ids(self) -> set[str]:
        """Documents whose events have not been through the rules yet (also after a crash)."""
        with self.store.session() as s:
            return set(s.scalars(select(WatchItem.doc_id).where(WatchItem.alerted.is_(False))))

    def done_alerting(self, doc_ids: set[str]) -> None:
        """Mark these documents as having been through the alert rules."""
        with self.store.session() as s, s.begin():
            for row in s.scalars(select(WatchItem).where(WatchItem.doc_id.in_(doc_ids))):
                row.alerted = True

    def sent(self, key: str) -> bool:
        """True when the alert with this key was already sent."""
        with self.store.session() as s:
            return s.get(WatchAlert, key) is not None

    def record(self, alert: Alert) -> None:
        """Keep a sent alert (so it is never sent twice)."""
        with self.store.session() as s, s.begin():
            s.merge(WatchAlert(key=alert.key, rule=alert.rule, kind=alert.kind, summary=alert.summary,
                               payload=alert.to_dict()))

    @staticmethod
    def _rule_key(name: str) -> str:
        return "watch_rule:" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:20]

    def rule_baseline(self, name: str) -> set[str] | None:
        """The alert keys that already held when rule `name` started (never sent); None if it never ran."""
        with self.store.session() as s:
            value = s.scalar(select(Meta.value).where(Meta.key == self._rule_key(name)))
        return None if value is None else set(json.loads(value)["baseline"])

    def start_rule(self, name: str, baseline: set[str]) -> None:
        """Record that rule `name` starts now, with what already held then (store_meta, so a restart keeps it)."""
        value = json.dumps({"rule": name, "started": _now().isoformat(), "baseline": sorted(baseline)})
        with self.store.session() as s, s.begin():
            s.merge(Meta(key=self._rule_key(name), value=value))

    def latest(self, limit: int = 50) -> list[dict[str, Any]]:
        """Newest alerts first (for the dashboard)."""
        return self.page(limit=limit)[0]

    def page(self, *, rule: str | None = None, kind: str | None = None, limit: int = 50,
             offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Alerts newest first, filtered by rule name and kind, with the total number that match (for the API)."""
        conds = [c for c in (WatchAlert.rule == rule if rule else None, WatchAlert.kind == kind if kind else None)
                 if c is not None]
        with self.store.session() as s:
            total = s.scalar(select(func.count(WatchAlert.key)).where(*conds)) or 0
            rows = s.scalars(select(WatchAlert).where(*conds).order_by(WatchAlert.created.desc(), WatchAlert.key)
                             .limit(limit).offset(offset))
            return [{**r.payload, "created": r.created.isoformat()} for r in rows], total

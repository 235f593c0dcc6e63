"""Where alerts go: stdout as JSON lines, a JSONL file, a webhook (POST JSON)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Protocol

import httpx

from telik.watch.alerts import Alert
from telik.watch.net import check_url


class Sink(Protocol):
    """Where alerts go."""

    def send(self, alert: Alert) -> None:
        """Deliver one alert; raising keeps it pending, to be retried at the next poll."""


class StdoutSink:
    """Writes one JSON line per alert to standard output."""

    def send(self, alert: Alert) -> None:
        """Print the alert as a JSON line."""
        sys.stdout.write(json.dumps(alert.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()


class FileSink:
    """Appends one JSON line per alert."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def send(self, alert: Alert) -> None:
        """Append the alert as a JSON line."""
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(alert.to_dict(), ensure_ascii=False) + "\n")


class WebhookSink:
    """POSTs the alert as JSON; a non-2xx answer raises so the alert is retried next poll."""

    def __init__(self, url: str, allow_private: bool = False, timeout_s: float = 10.0) -> None:
        check_url(url, allow_private)
        self.url = url
        self.timeout_s = timeout_s

    def send(self, alert: Alert) -> None:
        """POST the alert; raises on a non-2xx answer."""
        resp = httpx.post(self.url, json=alert.to_dict(), timeout=self.timeout_s, follow_redirects=False)
        resp.raise_for_status()

"""Alerts on contradicting claims: raised by `conflict` rules, keyed by the claims, never by `figure_change` rules."""
from __future__ import annotations

import pytest

from telik.model import Conflict
from telik.watch.alerts import conflict_alerts
from telik.watch.rules import Rule

CLAIMS = Conflict("evt-1", "claim", [], [
    {"source": "Polisi", "text": "JAD berada di balik serangan", "document": "a", "start": 10, "end": 38, "stance": "asserts"},
    {"source": "JAD", "text": "klaim tersebut", "document": "b", "start": 4, "end": 18, "stance": "denies"},
], reason="JAD denies what Polisi claims", kind="contradiction")
FIGURES = Conflict("evt-1", "killed", [2.0, 3.0], [], 3.0, "later report", "conflict")


@pytest.mark.parametrize("when, kinds", [("conflict", ["claim", "killed"]), ("figure_change", ["killed"])])
def test_watch_alerts_claim_conflicts(when, kinds):
    alerts = conflict_alerts([Rule(name="r", when=when)], [CLAIMS, FIGURES])
    assert [a.detail["field"] for a in alerts] == kinds
    if when == "conflict":
        claim = alerts[0]
        assert claim.key == "conflict:r:evt-1:claim:a@10,b@4"
        assert "JAD denies what Polisi claims" in claim.summary
        assert claim.evidence == ["JAD berada di balik serangan", "klaim tersebut"]

"""One real-world event from its mentions (stored event dicts): the most informative mention's fields, the
best figures with the reason for them, and every report one field away."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

_FIELDS = ("date", "location", "actors", "targets", "killed", "subtype")
_REPORT_KEYS = ("document", "title", "outlet", "published", "evidence", "start", "end", "killed", "injured",
                "certainty", "date")


class ConflictLike(Protocol):
    field: str
    best: float | None
    reason: str | None


def _richness(m: dict[str, Any]) -> tuple[int, int, str]:
    filled = sum(m.get(f) not in (None, [], "") for f in _FIELDS)
    return filled, len(m.get("date") or ""), m.get("published") or ""


def _figure(field: str, mentions: list[dict[str, Any]],
            conflicts: Sequence[ConflictLike]) -> tuple[int | None, str | None, str | None]:
    """(value, qualifier, reason) of one figure: the conflict's best value, else the latest report's."""
    chosen = next((c for c in conflicts if c.field == field and c.best is not None), None)
    if chosen is not None and chosen.best is not None:
        return int(chosen.best), None, chosen.reason or "best of conflicting reports"
    with_value = [m for m in mentions if m.get(field) is not None]
    if not with_value:
        return None, None, None
    latest = max(with_value, key=lambda m: (m.get("published") or "", m["id"]))
    values = {m[field] for m in with_value}
    if len(with_value) == 1 or len(values) == 1:
        reason = "one report" if len(with_value) == 1 else f"{len(with_value)} reports agree"
    else:
        reason = f"latest report ({latest.get('outlet') or latest['document']}, {latest.get('published') or 'undated'})"
    return latest[field], latest.get(f"{field}_qualifier"), reason


def real_event(key: str, mentions: list[dict[str, Any]], conflicts: Sequence[ConflictLike]) -> dict[str, Any]:
    """The analyst's row for one real-world event (`id` is its most informative mention's)."""
    best = max(mentions, key=_richness)
    out = dict(best)
    reasons = []
    for field in ("killed", "injured"):
        value, qualifier, reason = _figure(field, mentions, conflicts)
        out[field], out[f"{field}_qualifier"] = value, qualifier
        if reason:
            reasons.append(f"{field}: {reason}")
    dated = [m for m in mentions if m.get("date")]
    if dated:
        most_precise = max(dated, key=lambda m: (len(m["date"]), m is best))
        out["date"], out["date_precision"] = most_precise["date"], most_precise.get("date_precision")
    out.update(
        key=key, figures_reason="; ".join(reasons) or "no figures reported", report_count=len(mentions),
        outlets=list(dict.fromkeys(m.get("outlet") or m["document"] for m in mentions)),
        reports=[{"event_id": m["id"], **{k: m.get(k) for k in _REPORT_KEYS}} for m in mentions],
    )
    return out

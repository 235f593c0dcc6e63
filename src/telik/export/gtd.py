"""GTD-style CSV: one row per real-world attack, with Global Terrorism Database codebook fields."""
from __future__ import annotations

import csv
from typing import IO, Any

from telik.export.common import RealEvent, load_mapping, locate, real_world_events, words_match
from telik.model import Conflict, DocResult

COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "provstate", "city",
    "latitude", "longitude", "specificity", "summary", "success", "suicide", "attacktype1_txt", "targtype1_txt",
    "target1", "gname", "guncertain1", "claimed", "weaptype1_txt", "weapdetail", "nkill", "nwound",
    "scite1", "scite2", "scite3", "dbsource",
]


def _first_match(text: str, table: dict[str, list[str]]) -> str | None:
    return next((name for name, words in table.items() if words_match(text, words)), None)


def _date_parts(ev: RealEvent) -> tuple[int, int, int, str]:
    """iyear, imonth, iday (0 when unknown) and approxdate (the text when the date is not exact)."""
    date = ev.event.date or ""
    parts = date[:10].split("-") if date and not date.startswith("-") else []
    if not parts:
        published = next((d.published for d in ev.docs if d.published), None) or ""
        return (int(published[:4]) if published[:4].isdigit() else 0), 0, 0, f"reported {published[:10]}".strip()
    nums = [int(p) for p in parts if p.isdigit()] + [0, 0]
    approx = "" if len(parts) >= 3 else date
    return nums[0], nums[1], nums[2], approx


def row(ev: RealEvent, n: int, mapping: dict[str, Any]) -> dict[str, Any]:
    """One GTD row."""
    e = ev.event
    year, month, day, approx = _date_parts(ev)
    attack = mapping["attack_types"].get(e.subtype or "", mapping["default_attack_type"])
    target_text = " ".join(e.targets) or e.evidence
    weapon_text = " ".join(x for x in (e.weapon, e.evidence) if x)
    weapon = (_first_match(e.weapon or "", mapping["weapon_types"]) or mapping["weapon_by_attack"].get(attack)
              or _first_match(weapon_text, mapping["weapon_types"]) or mapping["default_weapon_type"])
    claimed = any(words_match(r.event.evidence, mapping["claim_words"]) for r in ev.reports)
    place = locate(e.location)
    sources = [f"{d.outlet or d.id}, {d.title or ''}, {d.published or ''}".strip(", ") + (f", {d.url}" if d.url else "")
               for d in ev.docs]
    return {
        "eventid": f"{year:04d}{month:02d}{day:02d}{n:04d}", "iyear": year, "imonth": month, "iday": day,
        "approxdate": approx, "extended": 0,
        "country_txt": place.country if place and place.country else "",
        "provstate": place.admin1 if place and place.admin1 else "",
        "city": e.location or "",
        "latitude": f"{place.lat:.4f}" if place and place.lat is not None else "",
        "longitude": f"{place.lon:.4f}" if place and place.lon is not None else "",
        "specificity": place.precision if place and place.precision else 5,
        "summary": " ".join(e.evidence.split()), "success": 1,
        "suicide": 1 if e.subtype == "suicide bombing" else 0,
        "attacktype1_txt": attack,
        "targtype1_txt": _first_match(target_text, mapping["target_types"]) or mapping["default_target_type"],
        "target1": "; ".join(e.targets), "gname": e.actors[0] if e.actors else "Unknown",
        "guncertain1": 1 if e.certainty == "claimed" else 0, "claimed": 1 if claimed else 0,
        "weaptype1_txt": weapon, "weapdetail": e.weapon or "",
        "nkill": "" if ev.killed is None else ev.killed, "nwound": "" if ev.injured is None else ev.injured,
        "scite1": sources[0] if sources else "", "scite2": sources[1] if len(sources) > 1 else "",
        "scite3": sources[2] if len(sources) > 2 else "", "dbsource": "TELIK",
    }


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str]) -> int:
    """Write the CSV; returns the number of attack rows."""
    mapping = load_mapping("gtd")
    wanted = set(mapping["event_types"])
    events = [e for e in real_world_events(docs, conflicts, frozenset(mapping["skip_certainty"]))
              if e.event.type in wanted]
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for n, ev in enumerate(events, 1):
        writer.writerow(row(ev, n, mapping))
    return len(events)

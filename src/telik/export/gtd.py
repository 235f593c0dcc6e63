"""GTD-style CSV: one row per real-world attack, with the Global Terrorism Database codebook's numeric columns
beside their `_txt` labels, inclusion criteria and approximate dates.

An attack no report dates (no event date, no publication date) cannot have an `iyear` and is left out.
"""
from __future__ import annotations

import csv
from typing import IO, Any

from telik.export.common import RealEvent, load_mapping, precision_key, real_world_events, words_match
from telik.model import Conflict, DocResult

COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country", "country_txt", "region",
    "region_txt", "provstate", "city", "location", "latitude", "longitude", "specificity", "vicinity", "summary",
    "crit1", "crit2", "crit3", "doubtterr", "alternative", "alternative_txt", "multiple", "success", "suicide",
    "attacktype1", "attacktype1_txt", "targtype1", "targtype1_txt", "target1", "gname", "guncertain1",
    "claimed", "weaptype1", "weaptype1_txt", "weapdetail", "nkill", "nwound", "scite1", "scite2", "scite3", "dbsource",
]


def _first_match(text: str, table: dict[str, list[str]]) -> str | None:
    return next((name for name, words in table.items() if words_match(text, words)), None)


def date_parts(ev: RealEvent) -> tuple[int, int, int, str] | None:
    """iyear, imonth, iday (0 when unknown) and approxdate; the first publication date bounds an undated
    attack (approxdate says so); None when nothing dates it."""
    value, _ = ev.date
    if value is None:
        reported = ev.reported
        if reported is None:
            return None
        year, month, _day = (int(p) for p in reported.split("-"))
        return year, month, 0, f"on or before {reported} (publication date)"
    parts = [int(p) for p in value[:10].split("-") if p.isdigit()]
    year, month, day = (parts + [0, 0])[:3]
    approx = "" if len(parts) >= 3 else value[:10]
    return year, month, day, approx


def _armed_group(actor: str | None) -> bool:
    from telik.nlp.entities.gazetteer import get_gazetteer

    entry = get_gazetteer().lookup(actor) if actor else None
    return entry is not None and entry.kind == "armed_groups"


def row(ev: RealEvent, eventid: str, mapping: dict[str, Any]) -> dict[str, Any] | None:
    """One GTD row (None when nothing dates the attack)."""
    dated = date_parts(ev)
    if dated is None:
        return None
    year, month, day, approx = dated
    e = ev.event
    codes = mapping["codes"]
    text = " ".join(r.event.evidence for r in ev.reports)
    attack = mapping["attack_types"].get(e.subtype or "", mapping["default_attack_type"])
    target = _first_match(" ".join(e.targets) or e.evidence, mapping["target_types"]) or mapping["default_target_type"]
    weapon = (_first_match(e.weapon or "", mapping["weapon_types"]) or _first_match(text, mapping["weapon_types"])
              or mapping["default_weapon_type"])
    group = _armed_group(e.actors[0] if e.actors else None)
    crit1 = int(group or words_match(text, mapping["goal_words"]))
    crit2 = int(group or words_match(text, mapping["coerce_words"]))
    crit3 = int(target in mapping["civilian_targets"])
    doubt = int(not (crit1 and crit2 and crit3))
    alternative = ""
    if doubt:
        against_forces = group and target in ("Police", "Military")
        alternative = mapping["alternative"]["against_forces" if against_forces else "other"]
    place = ev.place
    where = place.country
    sources = [f"{d.outlet or d.id}, {d.title or ''}, {d.published or ''}".strip(", ") + (f", {d.url}" if d.url else "")
               for d in ev.docs]
    has_coords = where is not None and place.lat is not None and place.lon is not None
    return {
        "eventid": eventid, "iyear": year, "imonth": month, "iday": day, "approxdate": approx,
        "extended": 0, "country": where.gtd_country if where else "",
        "country_txt": where.gtd_country_txt if where else "",
        "region": where.gtd_region if where else "", "region_txt": where.gtd_region_txt if where else "",
        "provstate": (place.admin1 or "") if where else "",
        "city": (place.resolved or "") if where and place.level in ("place", "district") else "Unknown",
        "location": place.name if place.name != (place.resolved or "") else "",
        "latitude": f"{place.lat:.4f}" if has_coords and place.lat is not None else "",
        "longitude": f"{place.lon:.4f}" if has_coords and place.lon is not None else "",
        "specificity": mapping["specificity"][precision_key(place)] if where else 5,
        "vicinity": 0,
        "summary": " ".join(e.evidence.split()), "crit1": crit1, "crit2": crit2, "crit3": crit3, "doubtterr": doubt,
        "alternative": codes["alternative"][alternative] if alternative else "", "alternative_txt": alternative,
        "multiple": 0, "success": 1, "suicide": 1 if e.subtype == "suicide bombing" else 0,
        "attacktype1": codes["attacktype"][attack], "attacktype1_txt": attack,
        "targtype1": codes["targtype"][target], "targtype1_txt": target,
        "target1": "; ".join(e.targets), "gname": e.actors[0] if e.actors else "Unknown",
        "guncertain1": 1 if e.certainty == "claimed" else 0,
        "claimed": int(any(words_match(r.event.evidence, mapping["claim_words"]) for r in ev.reports)),
        "weaptype1": codes["weaptype"][weapon], "weaptype1_txt": weapon, "weapdetail": e.weapon or "",
        "nkill": "" if ev.killed is None else ev.killed, "nwound": "" if ev.injured is None else ev.injured,
        "scite1": sources[0] if sources else "", "scite2": sources[1] if len(sources) > 1 else "",
        "scite3": sources[2] if len(sources) > 2 else "", "dbsource": "TELIK",
    }


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str]) -> int:
    """Write the CSV; returns the number of attack rows."""
    mapping = load_mapping("gtd")
    wanted = set(mapping["event_types"])
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    per_day: dict[str, int] = {}
    for ev in real_world_events(docs, conflicts, frozenset(mapping["skip_certainty"])):
        if ev.event.type not in wanted:
            continue
        dated = date_parts(ev)
        if dated is None:
            continue
        stem = f"{dated[0]:04d}{dated[1]:02d}{dated[2]:02d}"
        per_day[stem] = per_day.get(stem, 0) + 1
        line = row(ev, f"{stem}{per_day[stem]:04d}", mapping)
        if line is not None:
            writer.writerow(line)
            n += 1
    return n

"""Resolve a place name to country, first to third administrative level and coordinates, with the precision
those coordinates really have.

A name the gazetteer knows whole is taken as it is; otherwise the most specific place named inside it
("Gereja Katedral Makassar" lies in Makassar, "Distrik Sugapa" is the district Sugapa) stands for it. The
coordinates are the place's own, or those of the smallest known unit containing it (a regency's province);
a country's capital never stands in for a town, so a place known only to lie in a country has no
coordinates. Where places lie in Indonesia: `data/gazetteer/admin_id.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from telik.datafiles import data_path, load_yaml
from telik.errors import Errors, TelikError
from telik.geo.countries import Country, country
from telik.nlp.entities.gazetteer import Entry, Gazetteer, fold, get_gazetteer

Level = Literal["place", "district", "regency", "province", "country"]
#: From most to least specific.
LEVELS: tuple[Level, ...] = ("place", "district", "regency", "province", "country")
_KIND_LEVEL: dict[str, Level] = {"cities": "place", "districts_id": "district", "regencies_id": "regency",
                                 "provinces_id": "province", "countries": "country", "places": "place"}
_ADMIN_FILE = "gazetteer/admin_id.yaml"
_TOKEN = re.compile(r"[^\s,/()]+")


@dataclass(frozen=True)
class Place:
    """Where an event happened, as far as the gazetteer knows, and how precisely."""

    name: str  # as reported
    resolved: str | None = None  # the gazetteer's name of the place it was resolved to
    country: Country | None = None
    admin1: str | None = None  # province / state
    admin2: str | None = None  # regency or city (kabupaten / kota)
    admin3: str | None = None  # district (kecamatan / distrik)
    lat: float | None = None
    lon: float | None = None
    level: Level | None = None  # how specific the resolved place is
    coords_level: Level | None = None  # whose coordinates lat/lon are: the place's own, or a province's
    country_from_context: bool = False  # the country came from the article, not from the place name

    @property
    def iso2(self) -> str | None:
        return self.country.iso2 if self.country else None


@dataclass(frozen=True)
class _Admin:
    city_province: dict[str, str]  # folded city name -> province id
    district_regency: dict[str, str]  # folded district name -> regency id
    words: frozenset[str]


@cache
def _admin() -> _Admin:
    gaz = get_gazetteer()
    data = load_yaml(_ADMIN_FILE)
    path = data_path(_ADMIN_FILE)
    cities = {fold(k): v for k, v in (data.get("cities") or {}).items()}
    districts = {fold(k): v for k, v in (data.get("districts") or {}).items()}
    for name, target, kind in [*((k, v, "provinces_id") for k, v in cities.items()),
                               *((k, v, "regencies_id") for k, v in districts.items())]:
        entry = gaz.get(target)
        if entry is None or entry.kind != kind:
            raise TelikError(Errors.E013, path=path, reason=f"{name!r} names {target!r}, not an id of {kind}.yaml")
    capitals = load_yaml("gazetteer/provinces_id.yaml")["entries"]
    for p in capitals:
        if p.get("capital"):
            cities.setdefault(fold(p["capital"]), p["id"])
    return _Admin(cities, districts, frozenset(w.casefold() for w in data.get("words") or []))


def _level(entry: Entry) -> Level | None:
    """How specific a gazetteer place is (None for entries that are not places or lie in no country)."""
    if entry.label not in {"GPE", "LOC", "FAC"} or entry.kind not in _KIND_LEVEL or not entry.country:
        return None
    if entry.kind == "places" and entry.label == "LOC":
        return "province"  # a named region inside one country
    return _KIND_LEVEL[entry.kind]


def _coordinates(gaz: Gazetteer, entry: Entry) -> tuple[float, float, Level] | None:
    """The entry's own coordinates, else those of the place it lies in (`near`); never a country's."""
    seen: set[str] = set()
    current: Entry | None = entry
    while current is not None and current.canonical not in seen and current.kind != "countries":
        seen.add(current.canonical)
        if current.lat is not None and current.lon is not None:
            return current.lat, current.lon, _level(current) or "place"
        current = gaz.get(current.near) if current.near else None
    return None


def _admin_names(gaz: Gazetteer, entry: Entry, district: str | None) -> tuple[str | None, str | None, str | None]:
    """Province, regency/city and district names of an entry (or of `district`, which lies in it)."""
    admin = _admin()
    admin1 = admin2 = admin3 = None
    current: Entry | None = entry
    if district is not None:
        admin3 = district
    seen: set[str] = set()
    while current is not None and current.canonical not in seen:
        seen.add(current.canonical)
        kind = current.kind
        if kind == "provinces_id":
            admin1 = admin1 or current.name
        elif admin2 is None and (kind == "regencies_id" or (kind == "districts_id" and current is not entry)):
            admin2 = current.name
        elif kind == "districts_id" and admin3 is None:
            admin3 = current.name
        elif kind in ("cities", "places") and current.country == "ID":
            admin2 = admin2 or current.name
            province = admin.city_province.get(fold(current.name))
            admin1 = admin1 or (gaz.get(province).name if province and gaz.get(province) else None)  # type: ignore[union-attr]
        current = gaz.get(current.parent) if current.parent else None
    return admin1, admin2, admin3


def _candidates(name: str, words: frozenset[str]) -> list[tuple[int, str]]:
    """Every run of words in `name` that is not only place-kind words, with its length, longest first."""
    tokens = _TOKEN.findall(name)
    out = []
    for size in range(len(tokens), 0, -1):
        for i in range(len(tokens) - size + 1):
            run = tokens[i : i + size]
            if all(t.casefold().strip(".") in words for t in run):
                continue
            out.append((size, " ".join(run)))
    return out


def _lookup(gaz: Gazetteer, text: str) -> tuple[Entry, Level, str | None] | None:
    """The place `text` names: a district of admin_id.yaml (given as its regency), else a gazetteer place."""
    regency = _admin().district_regency.get(fold(text))
    if regency is not None:
        district = gaz.lookup(text)
        return gaz.entries[regency], "district", district.name if district and _level(district) else text
    entry = gaz.lookup(text)
    if entry is None or text in entry.ambiguous:
        return None
    level = _level(entry)
    return (entry, level, None) if level is not None else None


def _find(name: str) -> tuple[Entry, Level, str | None] | None:
    """The most specific place named by `name` or by a run of its words (longer runs win ties)."""
    gaz = get_gazetteer()
    best: tuple[tuple[int, int], tuple[Entry, Level, str | None]] | None = None
    for size, text in _candidates(name, _admin().words):
        found = _lookup(gaz, text)
        if found is None:
            continue
        rank = (-LEVELS.index(found[1]), size)
        if best is None or rank > best[0]:
            best = (rank, found)
    return best[1] if best else None


@lru_cache(maxsize=8192)
def resolve(name: str, context_country: str | None = None) -> Place:
    """Where `name` lies; `context_country` (ISO alpha-2) is used only when the name itself names no country."""
    found = _find(name)
    if found is None:
        where = country(context_country)
        return Place(name, country=where, level="country" if where else None, country_from_context=where is not None)
    entry, level, district = found
    gaz = get_gazetteer()
    coords = _coordinates(gaz, entry)
    admin1, admin2, admin3 = _admin_names(gaz, entry, district)
    return Place(
        name=name, resolved=district or entry.name, country=country(entry.country),
        admin1=admin1, admin2=admin2, admin3=admin3,
        lat=coords[0] if coords else None, lon=coords[1] if coords else None, level=level,
        coords_level=coords[2] if coords else None,
    )

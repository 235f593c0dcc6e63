"""The gazetteer: known places, groups, bodies, outlets and people, loaded from telik/data/gazetteer.

Generated files (countries.tsv, cities.tsv, regions.tsv) come from scripts/build_gazetteer.py; the YAML files are
hand-written. Every entry has a canonical id; `lookup` finds an entry by any of its aliases.
"""
from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from telik.datafiles import data_folder, parse_yaml
from telik.errors import Errors, TelikError

GAZ_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
LABELS = {"PER", "ORG", "GPE", "LOC", "FAC"}
ID_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")

#: Hand-written files in load order; earlier files win when two entries share an alias.
YAML_FILES = ["armed_groups.yaml", "security.yaml", "government.yaml", "media.yaml", "companies.yaml",
              "persons.yaml", "places.yaml", "provinces_id.yaml"]
#: Generated files, loaded after the hand-written ones (lower priority).
TSV_FILES = ["countries.tsv", "cities.tsv", "regions.tsv"]
#: Hand-written files loaded last: they only add names nobody else knows.
LATE_FILES = ["regencies_id.yaml", "districts_id.yaml"]


@dataclass(frozen=True)
class Entry:
    """One real-world entity the gazetteer knows."""

    canonical: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    parent: str | None = None
    ambiguous: frozenset[str] = field(default_factory=frozenset)  # aliases that need context
    context: frozenset[str] = field(default_factory=frozenset)  # lower-case words that confirm them
    priority: int = 0  # higher wins when two entries share an alias
    near: str | None = None  # canonical id whose coordinates stand in for this entry's
    kind: str = ""  # the file it came from: countries, cities, armed_groups, places, ...
    population: int | None = None  # a generated city's (how far its outskirts reach, see telik.corpus.relations)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def fold(text: str) -> str:
    """Lookup key: case- and dash-insensitive, single spaces."""
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


class Gazetteer:
    """All entries, by canonical id and by alias."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries: dict[str, Entry] = {}
        self._exact: dict[str, Entry] = {}
        self._folded: dict[str, Entry] = {}
        self._country_ids: dict[str, str] = {}
        for entry in entries:
            if entry.canonical in self.entries:
                continue
            self.entries[entry.canonical] = entry
            if entry.kind == "countries" and entry.country:
                self._country_ids.setdefault(entry.country, entry.canonical)
            for alias in entry.names:
                self._exact.setdefault(alias, entry)
                self._folded.setdefault(fold(alias), entry)

    def lookup(self, alias: str) -> Entry | None:
        """The entry an alias names (exact spelling first, then case-insensitive), or None."""
        return self._exact.get(alias) or self._folded.get(fold(alias))

    def get(self, canonical: str) -> Entry | None:
        return self.entries.get(canonical)

    def aliases(self) -> Iterator[tuple[str, Entry]]:
        """Every (alias, entry) pair, each alias once, for building matchers."""
        yield from self._exact.items()

    def coordinates(self, canonical: str) -> tuple[float, float] | None:
        """Latitude and longitude of an entry, falling back to its `near` place or country."""
        entry = self.entries.get(canonical)
        if entry is None:
            return None
        if entry.lat is not None and entry.lon is not None:
            return entry.lat, entry.lon
        if entry.near and entry.near != canonical:
            return self.coordinates(entry.near)
        country = self.entries.get(self._country_ids.get(entry.country or "", ""))
        if country is not None and country is not entry:
            return self.coordinates(country.canonical)
        return None

    def __len__(self) -> int:
        return len(self.entries)


def _invalid(path: Path, reason: str) -> TelikError:
    return TelikError(Errors.E013, path=path, reason=reason)


def _float(value: Any) -> float | None:
    return float(value) if value not in (None, "") else None


def load_yaml(path: Path, priority: int) -> list[Entry]:
    """Entries of one hand-written file, validated."""
    data = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise _invalid(path, "expected a mapping with an `entries` list")
    default_label = data.get("label")
    context = frozenset(w.lower() for w in data.get("context") or [])
    out = []
    for i, raw in enumerate(data["entries"]):
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("name"):
            raise _invalid(path, f"entry {i} needs `id` and `name`")
        label = raw.get("label", default_label)
        if label not in LABELS:
            raise _invalid(path, f"entry {raw['id']!r} has label {label!r}, not one of {sorted(LABELS)}")
        if not ID_RE.match(raw["id"]):
            raise _invalid(path, f"id {raw['id']!r} is not snake_case ASCII")
        aliases = tuple(str(a) for a in raw.get("aliases") or [] if str(a) != raw["name"])
        ambiguous = frozenset(raw.get("ambiguous") or [])
        if not ambiguous <= set(aliases) | {raw["name"]}:
            raise _invalid(path, f"entry {raw['id']!r}: ambiguous names must be among its aliases")
        out.append(Entry(raw["id"], label, str(raw["name"]), aliases, raw.get("country", data.get("country")),
                         _float(raw.get("lat")), _float(raw.get("lon")), raw.get("parent"), ambiguous,
                         context, priority, raw.get("near"), path.stem))
    return out


def load_tsv(path: Path, label: str, priority: int) -> list[Entry]:
    """Entries of one generated file (comment header, then a column header row)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    out = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        aliases = tuple(a for a in (row.get("aliases") or "").split("|") if a)
        country = row.get("iso") or row.get("country")
        out.append(Entry(row["canonical"], label, row["name"], aliases, country, _float(row.get("lat")),
                         _float(row.get("lon")), None, frozenset(), frozenset(), priority, None, path.stem,
                         int(row["population"]) if row.get("population") else None))
    return out


def load_entries(directory: Path = GAZ_DIR) -> list[Entry]:
    """Every entry, highest priority first; provinces take their capital's coordinates."""
    entries: list[Entry] = []
    n = len(YAML_FILES) + len(TSV_FILES)
    for i, name in enumerate(YAML_FILES):
        entries += load_yaml(directory / name, n - i)
    for i, name in enumerate(TSV_FILES):
        entries += load_tsv(directory / name, "GPE", len(TSV_FILES) - i)
    for name in LATE_FILES:
        entries += load_yaml(directory / name, 0)
    cities = {e.name: e for e in entries if e.lat is not None}
    provinces = parse_yaml((directory / "provinces_id.yaml").read_text(encoding="utf-8"))["entries"]
    capitals = {p["id"]: cities.get(p.get("capital", "")) for p in provinces}
    for j, e in enumerate(entries):
        cap = capitals.get(e.canonical)
        if cap is not None and e.lat is None:
            entries[j] = dataclasses.replace(e, lat=cap.lat, lon=cap.lon)
    return entries


@lru_cache(maxsize=8)
def get_gazetteer(folder: str = "gazetteer") -> Gazetteer:
    """The gazetteer in `folder` (under telik/data, or an absolute path), loaded once per process (resolving
    the folder's path is itself slow enough to matter to the rules that ask for it per sentence)."""
    return _gazetteer_in(data_folder(folder))


@lru_cache(maxsize=4)
def _gazetteer_in(directory: Path) -> Gazetteer:
    return Gazetteer(load_entries(directory))

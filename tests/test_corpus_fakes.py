"""Hand-made gazetteer and documents for the corpus-stage tests."""
from __future__ import annotations

from dataclasses import dataclass, field

from telik.model import DocResult, Event


@dataclass
class Entry:
    canonical: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    parent: str | None = None
    lat: float | None = None
    lon: float | None = None
    near: str | None = None
    kind: str = ""
    population: int | None = None


class FakeGazetteer:
    """A few places and groups with their parents, looked up by name, alias or id."""

    def __init__(self) -> None:
        entries = [
            Entry("russia", "GPE", "Rusia", ["Rusia", "Russia"], "RU", kind="countries"),
            Entry("moscow", "GPE", "Moskow", ["Moskow", "Moscow"], "RU", lat=55.75, lon=37.62, kind="cities"),
            Entry("crocus_city_hall", "FAC", "Crocus City Hall", [], "RU", near="moscow", kind="places"),
            Entry("iran", "GPE", "Iran", [], "IR", kind="countries"),
            Entry("kerman", "GPE", "Kerman", [], "IR", lat=30.28, lon=57.08, kind="cities"),
            Entry("teheran", "GPE", "Teheran", ["Tehran"], "IR", lat=35.69, lon=51.42, kind="cities"),
            Entry("afghanistan", "GPE", "Afganistan", ["Afghanistan"], "AF", kind="countries"),
            Entry("kabul", "GPE", "Kabul", [], "AF", lat=34.53, lon=69.17, kind="cities"),
            Entry("islamic_state", "ORG", "Islamic State", ["ISIS", "IS", "Negara Islam"], kind="armed_groups"),
            Entry("isis_k", "ORG", "ISIS-K", ["ISIS-Khorasan"], None, "islamic_state", kind="armed_groups"),
            Entry("taliban", "ORG", "Taliban", [], kind="armed_groups"),
            Entry("malaysia", "GPE", "Malaysia", [], "MY", kind="countries"),
            Entry("johor", "GPE", "Johor", [], "MY-01", kind="regions"),  # a region carries its ISO 3166-2 code
            Entry("ulu_tiram", "GPE", "Ulu Tiram", [], "MY", lat=1.60, lon=103.82, kind="cities"),
            Entry("bekasi", "GPE", "Bekasi", [], "ID", lat=-6.23, lon=106.99, kind="cities", population=2_648_272),
            Entry("cikarang", "GPE", "Cikarang", [], "ID", lat=-6.26, lon=107.15, kind="cities", population=106_479),
            Entry("sukoharjo", "GPE", "Sukoharjo", [], "ID", lat=-7.68, lon=110.84, kind="cities"),
            # provinces carry their capital's point; regencies only their province's (`near`)
            Entry("central_papua", "GPE", "Papua Tengah", [], "ID", lat=-3.36, lon=135.50, kind="provinces_id"),
            Entry("highland_papua", "GPE", "Papua Pegunungan", [], "ID", lat=-4.10, lon=138.95, kind="provinces_id"),
            Entry("puncak", "GPE", "Puncak", [], "ID", "central_papua", near="central_papua", kind="regencies_id"),
            Entry("intan_jaya", "GPE", "Intan Jaya", [], "ID", "central_papua", near="central_papua",
                  kind="regencies_id"),
            Entry("puncak_jaya", "GPE", "Puncak Jaya", [], "ID", "central_papua", near="central_papua",
                  kind="regencies_id"),
            Entry("nduga", "GPE", "Nduga", [], "ID", "highland_papua", near="highland_papua", kind="regencies_id"),
            Entry("gome", "GPE", "Gome", [], "ID", "puncak", near="central_papua", kind="districts_id"),
            Entry("hitadipa", "GPE", "Hitadipa", [], "ID", "intan_jaya", near="central_papua", kind="districts_id"),
            Entry("kkb", "ORG", "KKB", ["TPNPB-OPM"], "ID", kind="armed_groups"),
            Entry("mulia", "GPE", "Mulia", [], "ID", lat=-3.71, lon=137.99, kind="cities"),
            Entry("dekai", "GPE", "Dekai", [], "ID", lat=-4.86, lon=139.48, kind="cities"),
            Entry("israel", "GPE", "Israel", [], "IL", kind="countries"),
            Entry("palestine", "GPE", "Palestina", [], "PS", kind="countries"),
            # Gaza's towns, with the populations that set how far each reaches
            Entry("gaza", "GPE", "Kota Gaza", [], "PS", lat=31.50, lon=34.47, kind="cities", population=410_000),
            Entry("jabalya", "GPE", "Jabalia", [], "PS", lat=31.53, lon=34.48, kind="cities", population=168_568),
            Entry("khan_yunis", "GPE", "Khan Younis", [], "PS", lat=31.34, lon=34.31, kind="cities",
                  population=173_183),
            Entry("rafah", "GPE", "Rafah", [], "PS", lat=31.30, lon=34.24, kind="cities", population=126_305),
            Entry("an_nusayrat", "GPE", "Nuseirat", [], "PS", lat=31.45, lon=34.39, kind="cities", population=36_123),
            Entry("maghazi", "GPE", "Maghazi", [], "PS", near="dayr_al_balah", kind="places"),
            Entry("dayr_al_balah", "GPE", "Deir al-Balah", [], "PS", lat=31.42, lon=34.35, kind="cities",
                  population=59_504),
            Entry("idf", "ORG", "IDF", ["Pasukan Pertahanan Israel"], "IL", kind="security"),
            Entry("hamas", "ORG", "Hamas", [], "PS", kind="armed_groups"),
        ]
        self.index = {}
        for e in entries:
            for key in (e.canonical, e.name, *e.aliases):
                self.index[key.lower()] = e

    def lookup(self, alias: str) -> Entry | None:
        return self.index.get(alias.lower())

    def get(self, canonical: str) -> Entry | None:
        entry = self.index.get(canonical.lower())
        return entry if entry is not None and entry.canonical == canonical else None


def event(type_: str = "ATTACK", date: str | None = None, location: str | None = None,
          actors: list[str] | None = None, killed: int | None = None, start: int = 0, **kw: object) -> Event:
    """An event mention with just the fields the corpus stage reads."""
    return Event(type_, f"{type_} evidence {start}", start, start + 10, date=date, location=location,
                 actors=actors or [], killed=killed, **kw)  # type: ignore[arg-type]


def doc(id_: str, text: str = "", events: list[Event] | None = None, **kw: object) -> DocResult:
    """A processed document with a clean text equal to its text."""
    return DocResult(id_, text, text, events=events or [], **kw)  # type: ignore[arg-type]

"""The language knowledge the entity rules use, loaded and validated from telik/data/entities."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, PositiveInt, model_validator
from spacy.lang.id.stop_words import STOP_WORDS

from telik.datafiles import DataFile, data_folder, load_model
from telik.errors import Errors, TelikError
from telik.nlp.entities.terrain import TERRAIN_FILE, TerrainHeadsFile, Words
from telik.wordmatch import alternation

DATA = Path(__file__).resolve().parents[2] / "data" / "entities"
#: Words whose "is common" answer is remembered before the memory is cleared.
SEEN_LIMIT = 200_000


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


class Phrases:
    """Lower-case word sequences, matched longest first against a list of lower-cased tokens."""

    def __init__(self, items: list[str]) -> None:
        self.phrases = {tuple(p.lower().split()) for p in items}
        self.lengths: dict[str, list[int]] = {}
        for p in self.phrases:
            self.lengths.setdefault(p[0], []).append(len(p))
        for lengths in self.lengths.values():
            lengths.sort(reverse=True)
        self.sizes = frozenset(len(p) for p in self.phrases)

    def match_before(self, lows: list[str], i: int) -> int:
        """Length of the longest phrase that ends right before lows[i] (0 when none)."""
        return max((k for k in self.sizes if k <= i and tuple(lows[i - k:i]) in self.phrases), default=0)

    def match(self, lows: list[str], i: int) -> int:
        """Length of the longest phrase starting at lows[i] (0 when none)."""
        for k in self.lengths.get(lows[i], ()) if i < len(lows) else ():
            if i + k <= len(lows) and tuple(lows[i:i + k]) in self.phrases:  # a cut-off slice is no match
                return k
        return 0

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self.phrases

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self.phrases)


@dataclass(frozen=True)
class Rules:
    """Word lists of the entity rules (see the headers of the data files for what each means)."""

    common: frozenset[str]
    titles: Phrases
    particles: frozenset[str]
    person_names: frozenset[str]
    verbs_before: Phrases
    verbs_after: frozenset[str]
    roles: Phrases
    prefix: dict[tuple[str, ...], str]
    heads: Phrases  # the keys of `prefix`
    suffix: dict[str, str]
    connectors: frozenset[str]
    directions: Phrases
    place_words: frozenset[str] = frozenset()  # a capitalised name right after one is a place
    unnamed_after: Phrases = field(default_factory=lambda: Phrases([]))  # "kapal kargo": a ship's name follows
    street_heads: Phrases = field(default_factory=lambda: Phrases([]))  # "Jalan": a titled name may follow
    honour_heads: Phrases = field(default_factory=lambda: Phrases([]))  # "Bandara": a titled name may follow
    generic_heads: frozenset[str] = frozenset()  # head + only a known place is no name: "Tentara Filipina"
    troop_heads: frozenset[str] = frozenset()  # "Pasukan": before its commander's name, no body
    office_units: frozenset[str] = frozenset()  # "Biro": after a title and before its body, part of the office
    area_offices: frozenset[str] = frozenset()  # "Kapolsek": the words after it name the unit's area
    place_offices: frozenset[str] = frozenset()  # "Wali Kota": a place, then its holder's name, follows
    site_units: frozenset[str] = frozenset()  # "Polsek": the unit's post, where it is attacked
    site_before: Phrases = field(default_factory=lambda: Phrases([]))  # "menyerang": a unit after it is a site
    alias_words: Phrases = field(default_factory=lambda: Phrases([]))  # person + one of these + person: one person
    initials_after: frozenset[str] = frozenset()  # "berinisial HD (41) dan SW (29)": initials, no names
    time_names: frozenset[str] = frozenset()  # "Ramadhan": a time after `time_before`, a name elsewhere
    name_titles: frozenset[str] = frozenset()  # "Hakim": a title, and a name inside a run of names
    name_abbreviations: frozenset[str] = frozenset()  # "Muh": a given name cut short before "." ("Muh. Agus")
    name_prefixes: frozenset[str] = frozenset()  # "Lalu": an ordinary word, and a title that begins a name
    body_titles: frozenset[str] = frozenset()  # "Amir": a title before a body's name, a given name elsewhere
    lower_heads: frozenset[str] = frozenset()  # "hutan": in lower case too, the head of a feature's name
    own_name_heads: frozenset[str] = frozenset()  # "danau": before a listed place too ("danau Chad": the lake)
    office_places: frozenset[str] = frozenset()  # "di": between a title's office and its place ("RI di Jeddah")
    list_words: frozenset[str] = frozenset()  # "," and "dan": they join the items of a list of names
    time_before: frozenset[str] = frozenset()
    branch_words: frozenset[str] = frozenset()  # armed group + one of these + place: the group's branch
    short_heads: dict[tuple[str, ...], str] = field(default_factory=dict)  # "kepolisian daerah" -> "polda"
    derived: re.Pattern[str] = re.compile(r"(?!)")  # word shapes that are ordinary words (derived_words.yaml)
    bare_prefixes: tuple[str, ...] = ()  # prefix + a listed common root is common too: "divonis"
    _seen: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @property
    def title_words(self) -> frozenset[str]:
        # a title's first word only: "humas" of "kadiv humas" may stand inside a unit's name
        return frozenset(t[0] for t in self.titles)

    def is_common(self, low: str) -> bool:
        """An ordinary word (listed, or shaped by Indonesian affixes), never a name on its own."""
        hit = self._seen.get(low)
        if hit is None:
            if len(self._seen) >= SEEN_LIMIT:  # a corpus brings new words without end: stay bounded
                self._seen.clear()
            hit = self._seen[low] = low in self.common or bool(self.derived.match(low)) or any(
                low.startswith(p) and len(low) - len(p) >= 4 and low[len(p):] in self.common
                for p in self.bare_prefixes)
        return hit


Label = Literal["ORG", "FAC", "LOC", "GPE"]


class OrgHeadsFile(DataFile):
    """org_heads.yaml: head words that make a capitalised name an organisation, facility or place."""

    prefix: dict[str, Label]
    suffix: dict[str, Label]
    connectors: Words = ()
    directions: Words = ()
    place_words: Words = ()
    branch_words: Words = ()
    unnamed_after: Words = ()
    initials_after: Words = ()
    time_names: Words = ()
    name_titles: Words = ()
    name_abbreviations: Words = ()
    name_prefixes: Words = ()
    body_titles: Words = ()
    office_places: Words = ()
    list_words: Words = ()
    time_before: Words = ()
    alias_words: Words = ()
    generic_heads: Words = ()
    troop_heads: Words = ()
    office_units: Words = ()
    area_offices: Words = ()
    place_offices: Words = ()
    site_units: Words = ()
    site_before: Words = ()
    street_heads: Words = ()
    honour_heads: Words = ()
    short_heads: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _honour_heads_are_heads(self) -> OrgHeadsFile:
        """An honour head works only where the head rule starts a name: it must be a prefix head too."""
        if missing := [h for h in self.honour_heads if h not in self.prefix]:
            raise ValueError(f"honour_heads that are no prefix heads: {missing}")
        return self



def feature_heads(heads: OrgHeadsFile, terrain: TerrainHeadsFile, path: Path) -> frozenset[str]:
    """The lower-case feature heads, each checked to be a prefix head labelled LOC (the rule that makes the place
    starts at a prefix head); E013 naming the file when one is not."""
    labels = {head.lower(): label for head, label in heads.prefix.items()}
    if wrong := [h for h in terrain.features if labels.get(h.lower()) != "LOC"]:
        raise TelikError(Errors.E013, path=str(path), reason=f"`features`: no LOC prefix heads: {wrong}")
    return _lower(terrain.features)


class ReportingVerbsFile(DataFile):
    """reporting_verbs.yaml: speech verbs before and after a name ("kata X", "X mengatakan"), and the words
    that name a person after them ("dipimpin X")."""

    before: Annotated[Words, Field(min_length=1)]
    after: Annotated[Words, Field(min_length=1)]
    naming: Words = ()


class DerivedWordsFile(DataFile):
    """derived_words.yaml: affix shapes of ordinary derived words, never names on their own."""

    min_length: PositiveInt
    prefixes: Annotated[Words, Field(min_length=1)]
    suffixes: Annotated[Words, Field(min_length=1)]
    endings: Annotated[Words, Field(min_length=1)]
    bare_prefixes: Words = ()


def _derived(conf: DerivedWordsFile) -> re.Pattern[str]:
    """One regex for the affix shapes of derived_words.yaml."""
    n = conf.min_length
    prefixes, suffixes, endings = (alternation(words) for words in (conf.prefixes, conf.suffixes, conf.endings))
    return re.compile(rf"^(?=[a-z]{{{n},}}$)(?:{prefixes}[a-z]{{2,}}{suffixes}|[a-z]+{endings})$")


def _lower(words: Words) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def load_rules(directory: Path = DATA) -> Rules:
    """Read and check every rule file."""
    heads = load_model(directory / "org_heads.yaml", OrgHeadsFile)
    verbs = load_model(directory / "reporting_verbs.yaml", ReportingVerbsFile)
    derived = load_model(directory / "derived_words.yaml", DerivedWordsFile)
    terrain = load_model(directory / TERRAIN_FILE, TerrainHeadsFile)
    common = frozenset(w.lower() for w in _lines(directory / "common_words.txt")) | frozenset(STOP_WORDS)
    return Rules(
        common=common,
        titles=Phrases(_lines(directory / "titles.txt")),
        particles=frozenset(w.lower() for w in _lines(directory / "name_particles.txt")),
        person_names=frozenset(w.lower() for w in _lines(directory / "person_names.txt")),
        verbs_before=Phrases(list(verbs.before) + list(verbs.naming)),
        verbs_after=_lower(verbs.after),
        roles=Phrases(_lines(directory / "apposition_roles.txt")),
        prefix={tuple(k.lower().split()): v for k, v in heads.prefix.items()},
        heads=Phrases(list(heads.prefix)),
        suffix={k.lower(): v for k, v in heads.suffix.items()},
        connectors=_lower(heads.connectors),
        directions=Phrases(list(heads.directions)),
        place_words=_lower(heads.place_words),
        branch_words=_lower(heads.branch_words),
        alias_words=Phrases(list(heads.alias_words)),
        generic_heads=_lower(heads.generic_heads),
        troop_heads=_lower(heads.troop_heads),
        office_units=_lower(heads.office_units),
        area_offices=_lower(heads.area_offices),
        place_offices=_lower(heads.place_offices),
        site_units=_lower(heads.site_units),
        site_before=Phrases(list(heads.site_before)),
        street_heads=Phrases(list(heads.street_heads)),
        honour_heads=Phrases(list(heads.honour_heads)),
        unnamed_after=Phrases(list(heads.unnamed_after)),
        initials_after=_lower(heads.initials_after),
        time_names=_lower(heads.time_names),
        name_titles=_lower(heads.name_titles),
        name_abbreviations=_lower(heads.name_abbreviations),
        name_prefixes=_lower(heads.name_prefixes),
        body_titles=_lower(heads.body_titles),
        lower_heads=feature_heads(heads, terrain, directory / TERRAIN_FILE),
        own_name_heads=_lower(terrain.own_name),
        office_places=_lower(heads.office_places),
        list_words=_lower(heads.list_words),
        time_before=_lower(heads.time_before),
        short_heads={tuple(k.lower().split()): v.lower() for k, v in heads.short_heads.items()},
        derived=_derived(derived),
        bare_prefixes=derived.bare_prefixes,
    )


def get_rules(folder: str = "entities") -> Rules:
    """The rule data in `folder` (under telik/data, or an absolute path), loaded once per process."""
    return _rules_in(data_folder(folder))


@lru_cache(maxsize=4)
def _rules_in(directory: Path) -> Rules:
    return load_rules(directory)

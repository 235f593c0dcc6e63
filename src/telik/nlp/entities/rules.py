"""The language knowledge the entity rules use, loaded and validated from telik/data/entities."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.lang.id.stop_words import STOP_WORDS

from telik.errors import Errors, TelikError

DATA = Path(__file__).resolve().parents[2] / "data" / "entities"
LABELS = {"ORG", "FAC", "LOC", "GPE"}


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

    def match(self, lows: list[str], i: int) -> int:
        """Length of the longest phrase starting at lows[i] (0 when none)."""
        for k in self.lengths.get(lows[i], ()) if i < len(lows) else ():
            if tuple(lows[i:i + k]) in self.phrases:
                return k
        return 0

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self.phrases

    def __iter__(self):
        return iter(self.phrases)


def _phrases(items: list[str]) -> Phrases:
    return Phrases(items)


@dataclass(frozen=True)
class Rules:
    """Word lists of the entity rules (see the headers of the data files for what each means)."""

    common: frozenset[str]
    titles: Phrases
    particles: frozenset[str]
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
    generic_heads: frozenset[str] = frozenset()  # head + only a known place is no name: "Tentara Filipina"
    alias_words: frozenset[str] = frozenset()  # person + one of these + person: one person
    branch_words: frozenset[str] = frozenset()  # armed group + one of these + place: the group's branch
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
            hit = self._seen[low] = low in self.common or bool(self.derived.match(low)) or any(
                low.startswith(p) and len(low) - len(p) >= 4 and low[len(p):] in self.common for p in self.bare_prefixes)
        return hit


def _derived(path: Path) -> re.Pattern[str]:
    """One regex for the affix shapes of derived_words.yaml."""
    conf = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(conf, dict) or not all(conf.get(k) for k in ("min_length", "prefixes", "suffixes", "endings")):
        raise TelikError(Errors.E013, path=path, reason="needs min_length, prefixes, suffixes and endings")
    alt = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    n = int(conf["min_length"])
    return re.compile(rf"^(?=[a-z]{{{n},}}$)(?:(?:{alt(conf['prefixes'])})[a-z]{{2,}}(?:{alt(conf['suffixes'])})"
                      rf"|[a-z]+(?:{alt(conf['endings'])}))$")


def load_rules(directory: Path = DATA) -> Rules:
    """Read and check every rule file."""
    heads = yaml.safe_load((directory / "org_heads.yaml").read_text(encoding="utf-8"))
    verbs = yaml.safe_load((directory / "reporting_verbs.yaml").read_text(encoding="utf-8"))
    for section in ("prefix", "suffix"):
        bad = {k: v for k, v in (heads.get(section) or {}).items() if v not in LABELS}
        if bad:
            raise TelikError(Errors.E013, path=directory / "org_heads.yaml", reason=f"{section}: bad labels {bad}")
    if not isinstance(verbs, dict) or not verbs.get("before") or not verbs.get("after"):
        raise TelikError(Errors.E013, path=directory / "reporting_verbs.yaml", reason="needs `before` and `after` lists")
    common = frozenset(w.lower() for w in _lines(directory / "common_words.txt")) | frozenset(STOP_WORDS)
    return Rules(
        common=common,
        titles=_phrases(_lines(directory / "titles.txt")),
        particles=frozenset(w.lower() for w in _lines(directory / "name_particles.txt")),
        verbs_before=_phrases(verbs["before"]),
        verbs_after=frozenset(w.lower() for w in verbs["after"]),
        roles=_phrases(_lines(directory / "apposition_roles.txt")),
        prefix={tuple(k.lower().split()): v for k, v in heads["prefix"].items()},
        heads=Phrases(list(heads["prefix"])),
        suffix={k.lower(): v for k, v in heads["suffix"].items()},
        connectors=frozenset(w.lower() for w in heads.get("connectors") or []),
        directions=_phrases(heads.get("directions") or []),
        place_words=frozenset(w.lower() for w in heads.get("place_words") or []),
        branch_words=frozenset(w.lower() for w in heads.get("branch_words") or []),
        alias_words=frozenset(w.lower() for w in heads.get("alias_words") or []),
        generic_heads=frozenset(w.lower() for w in heads.get("generic_heads") or []),
        street_heads=_phrases(heads.get("street_heads") or []),
        unnamed_after=_phrases(heads.get("unnamed_after") or []),
        derived=_derived(directory / "derived_words.yaml"),
        bare_prefixes=tuple(yaml.safe_load((directory / "derived_words.yaml").read_text(encoding="utf-8"))
                            .get("bare_prefixes") or ()),
    )


@lru_cache(maxsize=1)
def get_rules() -> Rules:
    """The process-wide rule data, loaded once."""
    return load_rules()

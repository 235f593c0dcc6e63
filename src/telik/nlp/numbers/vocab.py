"""The number vocabulary of telik/data/numbers (number words, qualifiers, units, casualty cues) and number-word parsing.

Its own module so that date scanning can read number words without depending on the figures component; free of
spaCy, so the cleaner and the corpus stage scan dates without loading it (that spaCy's lexical attributes agree the
number words are numbers is checked by the tests).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from telik.datafiles import DataFile, load_model

NUMBERS_DIR = Path(__file__).resolve().parents[2] / "data" / "numbers"
QUALIFIERS = ("at_least", "nearly", "about", "more_than", "up_to")


@dataclass(frozen=True)
class NumberVocab:
    units: dict[str, int]
    teens: dict[str, int]
    small_multipliers: dict[str, int]
    magnitudes: dict[str, int]
    vague: dict[str, tuple[int, int]]
    qualifiers: dict[str, str]  # phrase -> qualifier
    range_joiners: frozenset[str]
    range_openers: frozenset[str]
    unit_kinds: dict[str, str | None]  # unit noun -> kind it implies (or None)
    things: frozenset[str]  # units that never count people (tahun, persen, rumah …)
    labels: frozenset[str]  # words after which a number is a label ("No 6")
    cues_before: dict[str, str]  # cue phrase -> kind
    cues_after: dict[str, str]
    currencies: dict[str, str]  # "rp" -> rupiah
    unit_not_before: dict[str, frozenset[str]]  # "anggota" -> words after it that take its kind away
    before_gap: int  # at most this many words between a cue and the figure after it
    arrest_blockers: frozenset[str]
    clause_breaks: frozenset[str]
    one_words: frozenset[str]  # one counted in words: a count joined to him after a cue is counted by it too
    count_verbs: frozenset[str]
    count_openers: frozenset[str]
    age_words: frozenset[str]
    indefinite: frozenset[str]  # unstated counts ("beberapa"): joined to a figure, the cue after them is its cue too

    @property
    def unit_words(self) -> frozenset[str]:
        return frozenset(self.unit_kinds)




_Count = Annotated[int, Field(ge=0)]
_Word = Annotated[str, AfterValidator(str.lower)]


def _ordered(pair: tuple[int, int]) -> tuple[int, int]:
    if not 0 < pair[0] <= pair[1]:
        raise ValueError("must be [low, high] with 0 < low <= high")
    return pair


class WordsFile(DataFile):
    """words.yaml: number words and their values, vague amounts, words after which a number is a label."""

    units: dict[_Word, _Count]
    teens: dict[_Word, _Count]
    small_multipliers: dict[_Word, _Count]
    magnitudes: dict[_Word, _Count]
    vague: dict[_Word, Annotated[tuple[int, int], AfterValidator(_ordered)]] = {}
    labels: list[_Word] = []


class QualifiersFile(DataFile):
    """qualifiers.yaml: words that make a figure approximate, and the words that join or open a range."""

    at_least: list[_Word] = []
    nearly: list[_Word] = []
    about: list[_Word] = []
    more_than: list[_Word] = []
    up_to: list[_Word] = []
    range_joiners: list[_Word] = []
    range_openers: list[_Word] = []


class UnitEntry(DataFile):
    kind: Literal["killed", "injured", "arrested", "fighters"] | None = None
    people: bool = True
    not_before: list[_Word] = []


class UnitsFile(DataFile):
    """units.yaml: nouns that say what a figure counts, and currency signs."""

    units: dict[_Word, UnitEntry | None]
    currencies: dict[_Word, str] = {}


class CueEntry(DataFile):
    before: list[_Word] = []
    after: list[_Word] = []


class CuesFile(DataFile):
    """cues.yaml: the words that make a figure a count of the killed, injured or arrested."""

    killed: CueEntry = CueEntry()
    injured: CueEntry = CueEntry()
    arrested: CueEntry = CueEntry()
    missing: CueEntry = CueEntry()
    before_gap: Annotated[int, Field(ge=0)] = 3
    arrest_blockers: list[_Word] = []
    clause_breaks: list[_Word] = []
    one_words: list[_Word] = []
    count_verbs: list[_Word] = []
    count_openers: list[_Word] = []
    age_words: list[_Word] = []
    indefinite: list[_Word] = []


@lru_cache(maxsize=1)
def get_number_vocab() -> NumberVocab:
    """The number vocabulary, loaded and validated once per process."""
    w = load_model(NUMBERS_DIR / "words.yaml", WordsFile)
    q = load_model(NUMBERS_DIR / "qualifiers.yaml", QualifiersFile)
    u = load_model(NUMBERS_DIR / "units.yaml", UnitsFile)
    c = load_model(NUMBERS_DIR / "cues.yaml", CuesFile)
    units = {k: v or UnitEntry() for k, v in u.units.items()}
    cues = {"killed": c.killed, "injured": c.injured, "arrested": c.arrested, "missing": c.missing}
    return NumberVocab(
        units=w.units,
        teens=w.teens,
        small_multipliers=w.small_multipliers,
        magnitudes=w.magnitudes,
        vague=w.vague,
        qualifiers={p: name for name in QUALIFIERS for p in getattr(q, name)},
        range_joiners=frozenset(q.range_joiners),
        range_openers=frozenset(q.range_openers),
        unit_kinds={k: v.kind for k, v in units.items()},
        things=frozenset(k for k, v in units.items() if not v.people),
        labels=frozenset(w.labels),
        cues_before={p: kind for kind, entry in cues.items() for p in entry.before},
        cues_after={p: kind for kind, entry in cues.items() for p in entry.after},
        currencies=u.currencies,
        unit_not_before={k: frozenset(v.not_before) for k, v in units.items() if v.not_before},
        before_gap=c.before_gap,
        arrest_blockers=frozenset(c.arrest_blockers),
        clause_breaks=frozenset(c.clause_breaks),
        one_words=frozenset(c.one_words),
        count_verbs=frozenset(c.count_verbs),
        count_openers=frozenset(c.count_openers),
        age_words=frozenset(c.age_words),
        indefinite=frozenset(c.indefinite),
    )


def _tokens(words: str) -> list[str]:
    """Split number words, separating the "se-" prefix ("seratus" -> se ratus)."""
    nv = get_number_vocab()
    out: list[str] = []
    for tok in words.lower().split():
        if tok not in nv.units and tok not in nv.teens and tok.startswith("se") \
                and tok[2:] in {**nv.small_multipliers, **nv.magnitudes}:
            out.extend(["se", tok[2:]])
        else:
            out.append(tok)
    return out


def parse_number_words(words: str) -> float | None:
    """The value of Indonesian number words ("dua belas" 12, "tiga ratus lima puluh" 350), None if not a number."""
    nv = get_number_vocab()
    total, group, last = 0, 0, None
    for tok in _tokens(words):
        if tok in nv.units:
            if last is not None:
                return None
            last = nv.units[tok]
        elif tok in nv.teens:
            if last is not None:
                return None
            group += nv.teens[tok]
        elif tok == "belas":
            group += (1 if last is None else last) + 10
            last = None
        elif tok in nv.small_multipliers:
            group += (1 if last is None else last) * nv.small_multipliers[tok]
            last = None
        elif tok in nv.magnitudes:
            total += (group + (last or 0) or 1) * nv.magnitudes[tok]
            group, last = 0, None
        else:
            return None
    return total + group + (last or 0)



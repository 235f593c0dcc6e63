"""The number vocabulary of telik/data/numbers (number words, qualifiers, units, casualty cues) and number-word parsing.

Its own module so that date scanning can read number words without depending on the figures component.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.id.lex_attrs import like_num

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError

NUMBERS_DIR = Path(__file__).resolve().parents[2] / "data" / "numbers"
QUALIFIERS = ("at_least", "nearly", "about", "more_than", "up_to")
KINDS = ("killed", "injured", "arrested")


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
    count_verbs: frozenset[str]

    @property
    def unit_words(self) -> frozenset[str]:
        return frozenset(self.unit_kinds)




def _ints(name: str, mapping: dict[str, Any]) -> dict[str, int]:
    out = {}
    for k, v in (mapping or {}).items():
        if not isinstance(v, int) or v < 0:
            raise TelikError(Errors.E013, path=NUMBERS_DIR / name, reason=f"{k!r} must map to a whole number")
        out[str(k).lower()] = v
    return out


@lru_cache(maxsize=1)
def get_number_vocab() -> NumberVocab:
    """The number vocabulary, loaded and validated once per process."""
    w = load_yaml(NUMBERS_DIR / "words.yaml")
    units, teens = _ints("words.yaml", w["units"]), _ints("words.yaml", w["teens"])
    small, mags = _ints("words.yaml", w["small_multipliers"]), _ints("words.yaml", w["magnitudes"])
    unknown = [x for x in (*units, *teens, *small, *mags) if x != "se" and not like_num(x) and x != "milyar"]
    if unknown:  # spaCy's Indonesian lexical attributes must agree these are numbers
        raise TelikError(Errors.E013, path=NUMBERS_DIR / "words.yaml", reason=f"not number words: {unknown}")
    vague = {}
    for k, v in (w.get("vague") or {}).items():
        if not (isinstance(v, list) and len(v) == 2 and 0 < v[0] <= v[1]):
            raise TelikError(Errors.E013, path=NUMBERS_DIR / "words.yaml", reason=f"vague {k!r} needs [low, high]")
        vague[str(k).lower()] = (int(v[0]), int(v[1]))
    q = load_yaml(NUMBERS_DIR / "qualifiers.yaml")
    qualifiers = {str(p).lower(): name for name in QUALIFIERS for p in q.get(name) or []}
    u = load_yaml(NUMBERS_DIR / "units.yaml")
    unit_kinds = {str(k).lower(): (v or {}).get("kind") for k, v in u["units"].items()}
    currencies = {str(k).lower(): str(v) for k, v in (u.get("currencies") or {}).items()}
    not_before = {str(k).lower(): frozenset(_strings("units.yaml", (v or {}).get("not_before"))) for k, v in u["units"].items()}
    c = load_yaml(NUMBERS_DIR / "cues.yaml")
    before, after = {}, {}
    for kind in KINDS:
        entry = c.get(kind) or {}
        before.update({str(p).lower(): kind for p in entry.get("before") or []})
        after.update({str(p).lower(): kind for p in entry.get("after") or []})
    return NumberVocab(
        units=units,
        teens=teens,
        small_multipliers=small,
        magnitudes=mags,
        vague=vague,
        qualifiers=qualifiers,
        range_joiners=frozenset(str(x).lower() for x in q.get("range_joiners") or []),
        range_openers=frozenset(str(x).lower() for x in q.get("range_openers") or []),
        unit_kinds=unit_kinds,
        things=frozenset(str(k).lower() for k, v in u["units"].items() if (v or {}).get("people") is False),
        labels=frozenset(_strings("words.yaml", w.get("labels"))),
        cues_before=before,
        cues_after=after,
        currencies=currencies,
        unit_not_before={k: v for k, v in not_before.items() if v},
        before_gap=int(c.get("before_gap", 3)),
        arrest_blockers=frozenset(_strings("cues.yaml", c.get("arrest_blockers"))),
        clause_breaks=frozenset(_strings("cues.yaml", c.get("clause_breaks"))),
        count_verbs=frozenset(_strings("cues.yaml", c.get("count_verbs"))),
    )


def _strings(name: str, values: Any) -> list[str]:
    """A list of words, lower case; E013 when an entry is not a string (bare `no` is YAML for false)."""
    out = []
    for x in values or []:
        if not isinstance(x, str):
            raise TelikError(Errors.E013, path=NUMBERS_DIR / name, reason=f"{x!r} is not a word (quote it)")
        out.append(x.lower())
    return out


def _alt(words: Any) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _tokens(words: str) -> list[str]:
    """Split number words, separating the "se-" prefix ("seratus" -> se ratus)."""
    nv = get_number_vocab()
    out: list[str] = []
    for tok in words.lower().split():
        if tok not in nv.units and tok not in nv.teens and tok.startswith("se") and tok[2:] in {**nv.small_multipliers, **nv.magnitudes}:
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



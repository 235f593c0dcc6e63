"""Load and validate the credibility data files (src/telik/data/credibility)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError
from telik.wordmatch import alternation

_DIR = "credibility"


def _load(name: str) -> dict[str, Any]:
    return load_yaml(f"{_DIR}/{name}")


def _strings(data: dict[str, Any], key: str, name: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TelikError(Errors.E013, path=name, reason=f"`{key}` must be a list of non-empty strings")
    return [v.strip() for v in value]


def phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One alternation of literal phrases matched as whole words, longest first (linear time)."""
    if not phrases:
        return None
    return re.compile(rf"(?<!\w){alternation(phrases)}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Weight:
    weight: float
    cap: float


@dataclass(frozen=True)
class StateOutlet:
    name: str
    country: str
    reason: str
    text_regex: re.Pattern[str] | None
    credit_regex: re.Pattern[str] | None


@dataclass(frozen=True)
class Lexicon:
    base: float
    weights: dict[str, Weight]
    wires: list[tuple[str, re.Pattern[str]]]
    clickbait_words: re.Pattern[str] | None
    clickbait_patterns: list[tuple[str, re.Pattern[str]]]
    loaded: re.Pattern[str] | None
    unsupported: re.Pattern[str] | None
    balance: re.Pattern[str] | None
    state: list[StateOutlet]
    #: Every state-affiliated outlet's aliases in one alternation: one pass over a text tells whether any is named
    #: (then each outlet is checked); joining the outlets' own patterns instead costs ten times more per text.
    state_named: re.Pattern[str] | None


SIGNALS = (
    "wire_sourced", "named_sources", "anonymous_sources", "no_sources", "corroborated", "right_of_reply",
    "clickbait", "loaded_language", "unsupported_accusation", "one_sided", "state_affiliated", "cites_state_media",
)


def _weights(data: dict[str, Any]) -> dict[str, Weight]:
    raw = data.get("signals")
    if not isinstance(raw, dict):
        raise TelikError(Errors.E013, path="signals.yaml", reason="`signals` must be a mapping")
    missing = [s for s in SIGNALS if s not in raw]
    if missing:
        raise TelikError(Errors.E013, path="signals.yaml", reason=f"missing weights for {', '.join(missing)}")
    out = {}
    for name, spec in raw.items():
        try:
            w, cap = float(spec["weight"]), float(spec["cap"])
        except (TypeError, KeyError, ValueError) as exc:
            raise TelikError(Errors.E013, path="signals.yaml", reason=f"{name}: needs numeric weight and cap") from exc
        if w * cap < 0:
            raise TelikError(Errors.E013, path="signals.yaml", reason=f"{name}: weight and cap must have the same sign")
        out[name] = Weight(w, cap)
    return out


def _state(data: dict[str, Any]) -> list[StateOutlet]:
    out = []
    for entry in data.get("outlets", []):
        if not isinstance(entry, dict) or not all(entry.get(k) for k in ("name", "country", "reason")):
            raise TelikError(Errors.E013, path="state_media.yaml",
                             reason=f"entry needs name, country and reason: {entry}")
        aliases = _strings(entry, "aliases", "state_media.yaml")
        credit = _strings(entry, "credit_only", "state_media.yaml")
        out.append(StateOutlet(entry["name"], entry["country"], entry["reason"], phrase_regex(aliases),
                               phrase_regex(aliases + credit)))
    return out


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The credibility signals, weights and word lists, validated once per process."""
    signals = _load("signals.yaml")
    wires = [
        (w["name"], phrase_regex(_strings(w, "aliases", "wires.yaml")))
        for w in _load("wires.yaml").get("agencies", [])
    ]
    click = _load("clickbait.yaml")
    patterns = []
    for p in click.get("patterns", []):
        try:
            patterns.append((str(p["label"]), re.compile(p["regex"])))
        except (KeyError, TypeError, re.error) as exc:
            raise TelikError(Errors.E013, path="clickbait.yaml", reason=f"bad pattern {p}: {exc}") from exc
    loaded = _load("loaded_language.yaml")
    state = _load("state_media.yaml")
    return Lexicon(
        base=float(signals.get("base", 0.5)),
        weights=_weights(signals),
        wires=[(n, r) for n, r in wires if r is not None],
        clickbait_words=phrase_regex(_strings(click, "words", "clickbait.yaml")),
        clickbait_patterns=patterns,
        loaded=phrase_regex(_strings(loaded, "loaded", "loaded_language.yaml")),
        unsupported=phrase_regex(_strings(loaded, "unsupported", "loaded_language.yaml")),
        balance=phrase_regex(_strings(_load("balance.yaml"), "phrases", "balance.yaml")),
        state=_state(state),
        state_named=phrase_regex([alias for entry in state.get("outlets", [])
                                  for alias in _strings(entry, "aliases", "state_media.yaml")]),
    )

"""Load and validate the relevance signals (telik/data/relevance): domain words and figurative senses."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError

SIGNALS = "relevance/signals.yaml"
SENSES = "relevance/senses.yaml"


def _phrases(values: list[str]) -> list[str]:
    out = [" ".join(v.split()) for v in values]
    bad = [v for v in out if not v or v != v.lower()]
    if bad:
        raise ValueError(f"phrases must be non-empty and lower-case: {bad[:3]}")
    return out


class _Topic(BaseModel):
    model_config = ConfigDict(extra="forbid")
    strong: list[str]
    weak: list[str]

    _check = field_validator("strong", "weak")(_phrases)


class _Document(BaseModel):
    model_config = ConfigDict(extra="forbid")
    strong_weight: float = Field(gt=0)
    max_repeats: int = Field(ge=1)
    min_score: float = Field(ge=0)
    short_text: int = Field(ge=0)
    ratio: float = Field(ge=0)
    clear_score: float = Field(ge=0)
    clear_ratio: float = Field(ge=0)


class _Sentence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    margin: float = Field(ge=0)


class _Signals(BaseModel):
    model_config = ConfigDict(extra="forbid")
    topic: _Topic
    other: dict[str, list[str]]
    document: _Document
    sentence: _Sentence

    @field_validator("other")
    @classmethod
    def _other(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {k: _phrases(v) for k, v in value.items()}


class _Sense(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    domain: str
    pattern: list[dict[str, Any]] = Field(min_length=1)


class _Decisive(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    pattern: list[dict[str, Any]] = Field(min_length=1)


class _Senses(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sets: dict[str, list[str]] = {}
    senses: list[_Sense]
    decisive_sets: dict[str, list[str]] = {}
    decisive: list[_Decisive] = []
    decisive_unless: list[str] = []
    decisive_weight: float = Field(default=3, gt=0)


@dataclass(frozen=True)
class Sense:
    """A figurative or other sense of violent words, as a token pattern."""

    name: str
    domain: str
    pattern: list[dict[str, Any]]


@dataclass(frozen=True)
class Signals:
    """Domain words with their points, decision thresholds and figurative senses."""

    weights: dict[str, tuple[str, float]]  # phrase -> (domain, points); domain "topic" is Telik's own
    strong: frozenset[str]  # the topic's phrases that say by themselves the text is about it
    max_repeats: int
    min_score: float
    short_text: int
    ratio: float
    clear_score: float  # fewer points suffice when other news is nearly absent (see signals.yaml)
    clear_ratio: float
    margin: float
    senses: tuple[Sense, ...]
    # weak words whose target or attacker makes them the domain's ("menusuk petugas polisi"): each match is worth a
    # strong word
    decisive: tuple[Sense, ...]
    decisive_unless: frozenset[str]  # other news whose words make the decisive senses no sign (a crime story's)
    decisive_weight: float


def _error(path: str, exc: ValidationError) -> TelikError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return TelikError(Errors.E013, path=f"telik/data/{path}", reason=f"{where}: {first['msg']}")


def _expand(node: Any, sets: dict[str, list[str]], path: str) -> Any:
    """Replace "$name" by the word set of that name inside a pattern."""
    if isinstance(node, str) and node.startswith("$"):
        if node[1:] not in sets:
            raise TelikError(Errors.E013, path=f"telik/data/{path}", reason=f"unknown word set {node!r}")
        return sets[node[1:]]
    if isinstance(node, dict):
        return {k: _expand(v, sets, path) for k, v in node.items()}
    if isinstance(node, list):
        return [_expand(v, sets, path) for v in node]
    return node


@lru_cache(maxsize=1)
def get_signals() -> Signals:
    """The relevance signals, loaded and checked once."""
    try:
        sig = _Signals.model_validate(load_yaml(SIGNALS))
    except ValidationError as exc:
        raise _error(SIGNALS, exc) from exc
    try:
        sen = _Senses.model_validate(load_yaml(SENSES))
    except ValidationError as exc:
        raise _error(SENSES, exc) from exc
    unknown = set(sen.decisive_unless) - set(sig.other)
    if unknown:
        raise TelikError(Errors.E013, path=f"telik/data/{SENSES}", reason=f"decisive_unless: unknown {sorted(unknown)}")
    weights: dict[str, tuple[str, float]] = {}
    listed = [("topic", p, sig.document.strong_weight) for p in sig.topic.strong]
    listed += [("topic", p, 1.0) for p in sig.topic.weak]
    listed += [(domain, p, 1.0) for domain, words in sig.other.items() for p in words]
    for domain, phrase, points in listed:
        if phrase in weights and weights[phrase][0] != domain:
            reason = f"{phrase!r} is listed under both {weights[phrase][0]} and {domain}"
            raise TelikError(Errors.E013, path=f"telik/data/{SIGNALS}", reason=reason)
        weights[phrase] = (domain, max(points, weights.get(phrase, (domain, 0.0))[1]))
    senses = tuple(Sense(s.name, s.domain, _expand(s.pattern, sen.sets, SENSES)) for s in sen.senses)
    decisive = tuple(Sense(s.name, "topic", _expand(s.pattern, sen.decisive_sets, SENSES)) for s in sen.decisive)
    d = sig.document
    return Signals(
        weights, frozenset(sig.topic.strong), d.max_repeats, d.min_score, d.short_text, d.ratio, d.clear_score,
        d.clear_ratio, sig.sentence.margin, senses, decisive, frozenset(sen.decisive_unless), sen.decisive_weight,
    )

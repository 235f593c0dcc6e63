"""Participants written as descriptive noun phrases ("pelaku bom bunuh diri", "aparat gabungan", "lima petugas
gereja"), found with token patterns from telik/data/events/participants.yaml and continued to the phrase's end."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError

PATH = "events/participants.yaml"
KINDS = ("armed", "state", "victim")


class _Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str = Field(pattern="^(armed|state|victim)$")
    pattern: list[dict[str, Any]] = Field(min_length=1)


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid")
    extend: int = Field(ge=0)
    stops: list[str]
    sets: dict[str, list[str]] = {}
    patterns: list[_Pattern]


@dataclass(frozen=True)
class Phrase:
    """A participant phrase: its offsets, its words and whether it names an armed group, a state force or a victim."""

    start: int
    end: int
    text: str
    kind: str


def _expand(node: Any, sets: dict[str, list[str]]) -> Any:
    if isinstance(node, str) and node.startswith("$"):
        if node[1:] not in sets:
            raise TelikError(Errors.E013, path=f"telik/data/{PATH}", reason=f"unknown word set {node!r}")
        return sets[node[1:]]
    if isinstance(node, dict):
        return {k: _expand(v, sets) for k, v in node.items()}
    if isinstance(node, list):
        return [_expand(v, sets) for v in node]
    return node


@lru_cache(maxsize=1)
def _data() -> _Data:
    try:
        return _Data.model_validate(load_yaml(PATH))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise TelikError(Errors.E013, path=f"telik/data/{PATH}", reason=f"{where}: {first['msg']}") from exc


_WORD = re.compile(r"[ \t]+([^\W_][\w'/.-]*[^\W_]|[^\W_])")
_VERB = re.compile(r"(?:me|di|ber|ter|mem|men|meng|meny)[a-z]{3,}$")  # a verb ends the phrase ("pelaku meledakkan")


class ParticipantFinder:
    """Finds participant phrases in a doc once; the event rules ask for them by position."""

    def __init__(self, vocab: Vocab) -> None:
        data = _data()
        self.extend = data.extend
        self.stops = frozenset(data.stops)
        self.matcher = Matcher(vocab, validate=True)
        for i, p in enumerate(data.patterns):
            try:
                self.matcher.add(p.kind, [_expand(p.pattern, data.sets)])
            except Exception as exc:  # spaCy's pattern errors say what is wrong
                raise TelikError(Errors.E013, path=f"telik/data/{PATH}", reason=f"patterns.{i}: {exc}") from exc

    def __call__(self, doc: Doc, text: str) -> list[Phrase]:
        spans = filter_spans([Span(doc, s, e, label=k) for k, s, e in self.matcher(doc)])
        out = []
        for sp in spans:
            end = self._continue(text, sp.end_char)
            out.append(Phrase(sp.start_char, end, text[sp.start_char : end], sp.label_))
        return out

    def _continue(self, text: str, end: int) -> int:
        """The phrase's end after up to `extend` more words that are no stop, verb or punctuation."""
        for _ in range(self.extend):
            m = _WORD.match(text, end)
            if m is None:
                break
            word = m.group(1)
            low = word.lower()
            if low in self.stops or (word == low and _VERB.match(low)) or any(c.isdigit() for c in word):
                break
            end = m.end()
        return end


@dataclass
class Participants:
    """The doc's participant phrases in order, with lookups by position."""

    phrases: list[Phrase]

    def __post_init__(self) -> None:
        self._starts = [p.start for p in self.phrases]

    def within(self, start: int, end: int, kinds: tuple[str, ...] = KINDS) -> list[Phrase]:
        found = self.phrases[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return [p for p in found if p.end <= end and p.kind in kinds]

    def at(self, pos: int, reach: int, kinds: tuple[str, ...] = KINDS) -> Phrase | None:
        """The first phrase starting within `reach` characters after `pos`."""
        found = self.phrases[bisect_left(self._starts, pos) : bisect_left(self._starts, pos + reach)]
        return next((p for p in found if p.kind in kinds), None)

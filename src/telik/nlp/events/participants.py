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
    stop_tags: list[str] = Field(default_factory=list)
    headline_stops: list[str] = Field(default_factory=list)
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

    def __init__(self, vocab: Vocab, verbs: frozenset[str] = frozenset()) -> None:
        """`verbs`: bare root verbs that end a phrase when capitalised ("Polisi Bekuk Pelaku ...": a headline's), as
        `headline_stops` do."""
        data = _data()
        self.extend = data.extend
        self.verbs = verbs | frozenset(data.headline_stops)
        self.stops = frozenset(data.stops)
        self.stop_tags = frozenset(t.upper() for t in data.stop_tags)
        self.matcher = Matcher(vocab, validate=True)
        for i, p in enumerate(data.patterns):
            try:
                self.matcher.add(p.kind, [_expand(p.pattern, data.sets)])
            except Exception as exc:  # spaCy's pattern errors say what is wrong
                raise TelikError(Errors.E013, path=f"telik/data/{PATH}", reason=f"patterns.{i}: {exc}") from exc

    def __call__(self, sent: Span, text: str) -> list[Phrase]:
        """The phrases of one sentence (offsets into `text`, the doc's text)."""
        doc = sent.doc
        found = [self._cut(Span(doc, sent.start + s, sent.start + e, label=k)) for k, s, e in self.matcher(sent)]
        # agents and victims are read apart: "seorang pria bersenjata" is an agent phrase and a counted person
        spans = filter_spans([x for x in found if x.label_ != "victim"]) + filter_spans(
            [x for x in found if x.label_ == "victim"]
        )
        spans.sort(key=lambda x: x.start)
        out = []
        tagged = doc.has_annotation("POS")
        for sp in spans:
            end = self._continue(doc if tagged else None, text, sp.end_char)
            out.append(Phrase(sp.start_char, end, text[sp.start_char : end], sp.label_))
        return out

    def _cut(self, span: Span) -> Span:
        """The span up to a capitalised bare root verb or a headline's adverb within it: "Polisi Bekuk", "Polisi
        Masih" match a force and a name ("Pasukan Israel"); "pelaku bom bunuh diri" keeps its words."""
        at = next((t.i for t in span[1:] if t.is_title and t.lower_ in self.verbs), span.end)
        return Span(span.doc, span.start, at, label=span.label_)

    def _continue(self, doc: Doc | None, text: str, end: int) -> int:
        """The phrase's end after up to `extend` more words that are no stop, verb or punctuation (by the tagger's
        tags too, in a tagged doc: "pelaku muncul", "gerilyawan saling")."""
        for _ in range(self.extend):
            m = _WORD.match(text, end)
            if m is None:
                break
            word = m.group(1)
            low = word.lower()
            if low in self.stops or (word == low and _VERB.match(low)) or any(c.isdigit() for c in word) or (
                word[:1].isupper() and low in self.verbs
            ):
                break
            if doc is not None and word == low:
                tok = doc.char_span(m.start(1), m.end(1))
                if tok is not None and len(tok) == 1 and tok[0].pos_ in self.stop_tags:
                    break
            end = m.end()
        return end


class Participants:
    """The doc's participant phrases, matched sentence by sentence when a rule first asks about one (only
    sentences with a trigger are), with lookups by position."""

    def __init__(self, finder: ParticipantFinder, doc: Doc, text: str, sents: list[Span]) -> None:
        self.finder, self.doc, self.text, self.sents = finder, doc, text, sents
        self._sent_starts = [x.start_char for x in sents]
        self._found: dict[int, list[Phrase]] = {}

    def _phrases(self, start: int, end: int) -> list[Phrase]:
        """Phrases starting in [start, end), in order."""
        first = max(0, bisect_left(self._sent_starts, start + 1) - 1)
        last = bisect_left(self._sent_starts, end)
        out: list[Phrase] = []
        for i in range(first, last):
            if i not in self._found:
                self._found[i] = self.finder(self.sents[i], self.text)
            out.extend(p for p in self._found[i] if start <= p.start < end)
        return out

    def within(self, start: int, end: int, kinds: tuple[str, ...] = KINDS) -> list[Phrase]:
        return [p for p in self._phrases(start, end) if p.end <= end and p.kind in kinds]

    def at(self, pos: int, reach: int, kinds: tuple[str, ...] = KINDS) -> Phrase | None:
        """The first phrase starting within `reach` characters after `pos`."""
        return next((p for p in self._phrases(pos, pos + reach) if p.kind in kinds), None)

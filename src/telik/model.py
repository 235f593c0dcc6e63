"""The records Telik reads and the facts it extracts.

Every extracted fact carries `start`/`end`: character offsets into the document's
original text (`Article.text`), never into the cleaned text.
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from telik.errors import Errors, TelikError

_ITEM = re.compile(r"[:#]\d+$")  # a source's line or item number ("in/a.jsonl:3", "feed.xml#2")


@dataclass
class Article:
    """One input record as read, before cleaning.

    `text` is the original text every offset refers to (for HTML input: the text
    trafilatura extracted from the page).
    """

    id: str
    text: str
    source: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    html: str | None = None

    @property
    def content_hash(self) -> str:
        """Store key: the same text ingested twice is one document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class ReadError:
    """An input that could not be read or processed; the batch goes on without it. `code` is the stable Ennn of
    `telik.errors.Errors` (what kind of failure, for scripts), `reason` its message (what to do, for people)."""

    source: str
    reason: str
    code: str

    @classmethod
    def of(cls, source: str, error: TelikError) -> ReadError:
        """The error a raised TelikError stands for."""
        return cls(source, error.message, error.code)

    @classmethod
    def because(cls, source: str, code: Errors, **fields: object) -> ReadError:
        """The error of `code`'s message filled with `fields`."""
        return cls.of(source, TelikError(code, **fields))

    def __str__(self) -> str:
        """One line, "[E004] in/a.txt is empty.", as the command line prints every other error; the source leads it
        when the message names only the article ("[E018] in/a.txt: Article a took more than 60 s ...")."""
        named = self.reason if _ITEM.sub("", self.source) in self.reason else f"{self.source}: {self.reason}"
        return f"[{self.code}] {named}"


@dataclass
class EntityMention:
    text: str
    label: str  # PER, ORG, GPE, LOC, FAC
    start: int
    end: int
    canonical: str


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 at its precision: 2024, 2024-03, 2024-03-22, 2024-03-22T19:30
    precision: str  # year, month, day, time
    range_start: str | None = None
    range_end: str | None = None


@dataclass
class Figure:
    text: str
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # at_least, nearly, about, more_than, up_to, exact
    unit: str | None = None
    kind: str | None = None  # killed, injured, arrested, fighters, ...


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Event:
    type: str
    evidence: str
    start: int
    end: int
    subtype: str | None = None
    trigger: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_start: int | None = None  # the date expression the date came from, for re-resolution
    date_end: int | None = None
    #: where `date` comes from: "text" (its own sentence or a restatement), "story" (the dated event the
    #: sentence continues), "cluster" (the same event dated by another report), "report" (the article's own
    #: date: the event happened on it or shortly before)
    date_basis: str | None = None
    location: str | None = None
    #: None when the event's own sentences name the place; "story" (the located event the sentence continues) or
    #: "cluster" (another report of the same event names it)
    location_basis: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    killed: int | None = None
    killed_qualifier: str | None = None
    injured: int | None = None
    injured_qualifier: str | None = None
    weapon: str | None = None
    certainty: str = "asserted"  # asserted, claimed, denied, planned, possible, negated
    mentions: list[Evidence] = field(default_factory=list)
    cluster: str | None = None
    relevance: list[str] = field(default_factory=list)  # why it was kept: the article's and sentence's topic signals


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    anonymous: bool = False
    speaker_role: str | None = None
    speaker_canonical: str | None = None


@dataclass
class Claim:
    """An indirect attribution: "X mengatakan bahwa …", "menurut X"."""

    source: str | None
    text: str
    start: int
    end: int
    anonymous: bool = False


@dataclass
class Credibility:
    score: float
    signals: list[str] = field(default_factory=list)


@dataclass
class DocResult:
    """Everything Telik knows about one article; the export's `documents[]` entry."""

    id: str
    text: str
    clean_text: str
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None
    wire: list[str] = field(default_factory=list)
    source: str = ""
    url: str | None = None
    entities: list[EntityMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    credibility: Credibility | None = None
    reference_date: str | None = None
    duplicate_of: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """sha256 of the original text: the store's key, so the same content is stored once."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON-ready data (the inverse of `from_dict`): what `dataclasses.asdict` gives."""
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocResult:
        """Rebuild from `to_dict` output (shards, the store's JSON column)."""
        d = dict(data)
        d["entities"] = [EntityMention(**e) for e in d.get("entities", [])]
        d["dates"] = [DateMention(**e) for e in d.get("dates", [])]
        d["figures"] = [Figure(**e) for e in d.get("figures", [])]
        d["events"] = [
            Event(**{**e, "mentions": [Evidence(**m) for m in e.get("mentions", [])]})
            for e in d.get("events", [])
        ]
        d["quotes"] = [Quote(**e) for e in d.get("quotes", [])]
        d["claims"] = [Claim(**e) for e in d.get("claims", [])]
        if d.get("credibility"):
            d["credibility"] = Credibility(**d["credibility"])
        return cls(**d)


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}  # per dataclass, its field names


def _plain(value: Any) -> Any:
    """`dataclasses.asdict`'s conversion for what a result holds (plain values, lists, dataclasses): asdict takes
    every value through its generic path and `copy.deepcopy`, about four times the cost on stored results (the store
    serialises every document it writes)."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [_plain(v) for v in value]
    names = _FIELDS.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


@dataclass
class Conflict:
    """Sources disagree on a figure of one real-world event, or contradict each other's claims.

    Figures: `field` is "killed", "injured" or "arrested", `values` the distinct numbers reported, `reports` one per
    independent source and value, `best` the value to show and `reason` why; `kind` "conflict" or "rising".
    Claims: `field` is "claim", `kind` "contradiction", `values` is empty and `best` None (readers of
    numeric conflicts skip this field); `reports` holds the contradicting claims, the one answered first
    with stance "asserts", then each answer with stance "denies" or "disputes", as
    {source, anonymous, text, document, start, end, stance, cue, outlet, published} (offsets into the
    document's original text); `cluster` is the event cluster the claim is about, or "doc:<id>";
    `reason` says who contradicts whom.
    """

    cluster: str
    field: str
    values: list[float]
    # `dataclasses.field`: the attribute `field` above shadows the bare name for type checkers.
    reports: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    best: float | None = None
    reason: str | None = None
    kind: str = "conflict"  # conflict, rising (a count growing over time), contradiction (claims)


@dataclass
class CorpusResult:
    documents: list[DocResult]
    conflicts: list[Conflict] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)

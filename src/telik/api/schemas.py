"""Request (Create) and response (Public) models: what the API accepts and promises to return."""
from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Public(BaseModel):
    """Base of every response model: fields beyond the declared ones are dropped."""

    model_config = ConfigDict(extra="ignore")


class Page(Public, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorInfo(Public):
    status: int
    code: str
    message: str
    detail: list[dict[str, Any]] | dict[str, Any] | str | None = None


class ErrorPublic(Public):
    """The one shape of every error response."""

    error: ErrorInfo


# ------------------------------------------------------------------ spans

class Span(Public):
    """A stretch of the document's original text: `text == document.text[start:end]`."""

    text: str
    start: int
    end: int


class EntitySpan(Span):
    label: str
    canonical: str


class DateSpan(Span):
    value: str | None
    precision: str
    range_start: str | None = None
    range_end: str | None = None


class FigureSpan(Span):
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    kind: str | None = None


class QuoteSpan(Span):
    speaker: str | None
    anonymous: bool = False
    speaker_role: str | None = None
    speaker_canonical: str | None = None


class ClaimSpan(Span):
    source: str | None
    anonymous: bool = False


# ------------------------------------------------------------------ documents

class DocumentSummary(Public):
    id: str
    hash: str
    title: str | None
    outlet: str | None
    dateline: str | None = None
    published: str | None
    url: str | None = None
    source: str | None = None
    wire: list[str] = []
    credibility: float | None = None
    duplicate_of: str | None = None
    ingested_at: str | None = None


class EventPublic(Public):
    """One event mention as extracted from one document."""

    id: int
    document: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    type: str
    subtype: str | None = None
    trigger: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_basis: str | None = None  # text, story, cluster or report: see telik.model.Event
    location: str | None = None
    location_basis: str | None = None  # None (its own sentences), story or cluster
    lat: float | None = None
    lon: float | None = None
    certainty: str
    killed: int | None = None
    killed_qualifier: str | None = None
    injured: int | None = None
    injured_qualifier: str | None = None
    weapon: str | None = None
    actors: list[str] = []
    targets: list[str] = []
    evidence: str
    start: int
    end: int
    mentions: list[Span] = []
    cluster: str | None = None


class DocumentPublic(DocumentSummary):
    """A document with its text and every annotation as character spans into `text`."""

    text: str
    clean_text: str
    reference_date: str | None = None
    credibility_signals: list[str] = []
    entities: list[EntitySpan] = []
    dates: list[DateSpan] = []
    figures: list[FigureSpan] = []
    quotes: list[QuoteSpan] = []
    claims: list[ClaimSpan] = []
    events: list[EventPublic] = []
    warnings: list[str] = []


class SearchHit(DocumentSummary):
    snippet: str = Field(description="Matched words wrapped in [ and ]; raw text, escape before display")


class OutletPublic(Public):
    """An outlet's aggregated credibility: the mean over its independent articles and how often each signal occurs."""

    outlet: str | None
    documents: int
    credibility: float | None
    signals: list[str] = []


# ------------------------------------------------------------------ entities

class EntitySummary(Public):
    canonical: str
    label: str
    name: str
    aliases: list[str] = []
    mentions: int
    documents: int


class EntityMentionPublic(Span):
    document: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    label: str


class Cooccurring(Public):
    canonical: str
    name: str
    label: str
    documents: int


class SourcePublic(Public):
    event_id: int
    document: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    evidence: str


class TimelineEntry(Public):
    """One real-world event, with every document that reported it."""

    id: int
    cluster: str | None = None
    type: str
    subtype: str | None = None
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    certainty: str
    killed: int | None = None
    injured: int | None = None
    actors: list[str] = []
    targets: list[str] = []
    evidence: str
    sources: list[SourcePublic] = []


class EntityPublic(Public):
    canonical: str
    label: str
    name: str
    aliases: list[str]
    mention_count: int
    lat: float | None = None
    lon: float | None = None
    mentions: list[EntityMentionPublic]
    cooccurring: list[Cooccurring]
    timeline: list[TimelineEntry]


# ------------------------------------------------------------------ events and conflicts

class FigureReportPublic(Public):
    field: str
    value: float
    qualifier: str | None = None
    document: str
    event_id: int | None = None
    outlet: str | None = None
    published: str | None = None


class ConflictPublic(Public):
    id: int
    cluster: str
    field: str
    values: list[float]
    reports: list[dict[str, Any]] = []
    best: float | None = None
    reason: str | None = None
    kind: str
    event: dict[str, Any] = {}
    figures: list[FigureReportPublic] = []


class EventDetail(EventPublic):
    cluster_mentions: list[EventPublic] = []
    figures: list[FigureReportPublic] = []
    conflicts: list[ConflictPublic] = []


# ------------------------------------------------------------------ quotes, stats

class QuotePublic(Span):
    id: int
    document: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    speaker: str | None = None
    speaker_canonical: str | None = None
    speaker_role: str | None = None
    anonymous: bool = False


class StatsPublic(Public):
    documents: int
    entities: int
    mentions: int
    events: int
    real_world_events: int
    quotes: int
    claims: int
    conflicts: int
    duplicates: int
    events_by_type: dict[str, int]
    entities_by_label: dict[str, int]
    first_published: str | None = None
    last_published: str | None = None
    outlets: list[OutletPublic] = []


# ------------------------------------------------------------------ alerts

class AlertPublic(Public):
    """An alert `telik watch` raised: what matched, the evidence and the sources (all scraped text: show as text)."""

    key: str
    rule: str
    kind: str
    summary: str
    created: str
    event: dict[str, Any] | None = None
    evidence: list[str] = []
    sources: list[dict[str, Any]] = []
    detail: dict[str, Any] = {}


# ------------------------------------------------------------------ ingestion

class ArticleCreate(BaseModel):
    """One article to ingest as JSON: `text`, or `html` to extract the text from."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=200)
    text: str | None = None
    html: str | None = None
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    outlet: str | None = Field(None, max_length=200)
    published: str | None = Field(None, max_length=40)


class IngestErrorPublic(Public):
    source: str
    reason: str


class IngestResult(Public):
    """What one ingestion request did, with everything extracted from the new documents."""

    added: list[DocumentPublic]
    skipped: int
    errors: list[IngestErrorPublic]


class EventReportPublic(Public):
    """One report of a real-world event: the mention's id, its document and the figures it gave."""

    event_id: int
    document: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    evidence: str
    start: int
    end: int
    killed: int | None = None
    injured: int | None = None
    certainty: str
    date: str | None = None


class RealEventPublic(EventPublic):
    """A real-world event (`per=event`): its most informative mention, best figures and why, every report.
    With `per=report` the extra fields are empty and each item is one mention."""

    key: str | None = None
    figures_reason: str | None = None
    report_count: int = 1
    outlets: list[str] = []
    reports: list[EventReportPublic] = []

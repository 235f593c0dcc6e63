"""Writing one DocResult's facts into the normalised tables (used on ingest and after corpus re-analysis)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.orm import Session

from telik.model import DocResult, EntityMention
from telik.store.models import (
    Alias,
    ClaimRow,
    Entity,
    EventRow,
    EvidenceRow,
    FigureReport,
    Mention,
    Participant,
    QuoteRow,
    table,
)

#: Keys per IN (…) query.
_CHUNK = 500


def norm(text: str) -> str:
    """The look-up form of a name: casefolded, whitespace collapsed."""
    return " ".join(text.split()).casefold()


def canonical_of(m: EntityMention) -> str:
    """The mention's canonical id, or a stable one made from label and text when the linker gave none."""
    return m.canonical or f"{m.label.lower()}:{norm(m.text)}"


def _gazetteer_name(canonical: str, aliases: list[str]) -> str | None:
    """The gazetteer's preferred name for an entity, when the gazetteer knows one of its aliases."""
    try:
        from telik.nlp.entities.gazetteer import get_gazetteer
    except ImportError:
        return None
    gaz = get_gazetteer()
    for alias in aliases:
        entry = gaz.lookup(alias)
        if entry is not None and entry.canonical == canonical:
            return str(entry.name)
    return None


def document_columns(doc: DocResult) -> dict[str, Any]:
    """The `documents` columns that mirror a DocResult (everything but hash, ids and timestamps)."""
    return {**row_columns(doc), "data": doc.to_dict()}


def row_columns(doc: DocResult) -> dict[str, Any]:
    """`document_columns` but for the whole result (`data`): cheap to compare with another document's."""
    return {
        "doc_id": doc.id,
        "title": doc.title,
        "outlet": doc.outlet,
        "dateline": doc.dateline,
        "published": doc.published,
        "reference_date": doc.reference_date,
        "url": doc.url,
        "source": doc.source,
        "wire": list(doc.wire),
        "text": doc.text,
        "clean_text": doc.clean_text,
        "duplicate_of": doc.duplicate_of,
        "credibility": doc.credibility.score if doc.credibility else None,
        "credibility_signals": list(doc.credibility.signals) if doc.credibility else [],
    }


@dataclass
class _Known:
    """One entity as the batch sees it: its label, name, and aliases (surface form per norm, in stored order)."""

    label: str
    name: str
    aliases: dict[str, str]
    is_new: bool = False
    renamed: bool = False


class EntityMap:
    """The entities a batch of documents mentions, loaded in a few queries and resolved in memory.

    New entities and aliases are inserted in bulk by `flush`, and grown alias sets get their names refreshed.
    """

    def __init__(self, session: Session, docs: Iterable[DocResult]) -> None:
        wanted = sorted({canonical_of(m) for d in docs for m in d.entities})
        self.known: dict[str, _Known] = {}
        self._new_aliases: list[dict[str, str]] = []
        for i in range(0, len(wanted), _CHUNK):
            part = wanted[i : i + _CHUNK]
            for e in session.scalars(select(Entity).where(Entity.canonical.in_(part))):
                self.known[e.canonical] = _Known(e.label, e.name, {})
            rows = session.execute(select(Alias.canonical, Alias.norm, Alias.alias)
                                   .where(Alias.canonical.in_(part)).order_by(Alias.id))
            for canonical, n, alias in rows:
                if canonical in self.known:
                    self.known[canonical].aliases.setdefault(n, alias)

    def add(self, doc: DocResult) -> None:
        """Take in the entities and aliases `doc` introduces (a new entity takes its last label in `doc`)."""
        labels = {canonical_of(m): m.label for m in doc.entities}
        for m in doc.entities:
            canonical = canonical_of(m)
            entry = self.known.get(canonical)
            if entry is None:
                entry = self.known[canonical] = _Known(labels[canonical], "", {}, is_new=True)
            n = norm(m.text)
            if n not in entry.aliases:
                entry.aliases[n] = " ".join(m.text.split())
                self._new_aliases.append({"canonical": canonical, "alias": entry.aliases[n], "norm": n})
                entry.renamed = True

    def flush(self, session: Session) -> None:
        """Insert new entities and aliases; refresh the names of entities whose alias set grew."""
        renamed = {c: e for c, e in self.known.items() if e.renamed}
        for canonical, e in renamed.items():
            aliases = list(e.aliases.values())
            e.name = _gazetteer_name(canonical, aliases) or max(aliases, key=lambda a: (len(a), a))
        new = [{"canonical": c, "label": e.label, "name": e.name} for c, e in renamed.items() if e.is_new]
        if new:
            session.execute(insert(table(Entity)), new)
        if self._new_aliases:
            session.execute(insert(table(Alias)), self._new_aliases)
        changed = [{"canonical": c, "name": e.name} for c, e in renamed.items() if not e.is_new]
        if changed:
            session.execute(update(Entity), changed)  # bulk update by primary key
        for e in renamed.values():
            e.is_new = e.renamed = False
        self._new_aliases = []


def write_facts(session: Session, pairs: Sequence[tuple[int, DocResult]]) -> None:
    """Insert the documents' entities, mentions, events (with participants and evidence), quotes and claims (by
    the documents' row ids).

    Entities are resolved through one in-memory `EntityMap`; the other rows go in one bulk insert per table and
    portion of `_CHUNK` documents: a write-back at 30,000 stored rewrites thousands of documents, and their rows
    built at once held about 90 MB. Each table gets its rows in the same order either way (the same row ids).
    """
    entities = EntityMap(session, (doc for _, doc in pairs))
    for _, doc in pairs:
        entities.add(doc)
    entities.flush(session)
    for k in range(0, len(pairs), _CHUNK):
        _write_rows(session, pairs[k : k + _CHUNK])


def _write_rows(session: Session, pairs: Sequence[tuple[int, DocResult]]) -> None:
    """`write_facts` of these documents but for their entities."""
    mentions = [{"document_id": row_id, "canonical": canonical_of(m), "label": m.label, "text": m.text,
                 "start": m.start, "end": m.end} for row_id, doc in pairs for m in doc.entities]
    events = [(EventRow(
        document_id=row_id, idx=idx, type=ev.type, subtype=ev.subtype, trigger=ev.trigger, date=ev.date,
        date_precision=ev.date_precision, date_basis=ev.date_basis, location=ev.location,
        location_basis=ev.location_basis, certainty=ev.certainty,
        killed=ev.killed,
        killed_qualifier=ev.killed_qualifier, injured=ev.injured, injured_qualifier=ev.injured_qualifier,
        weapon=ev.weapon, evidence=ev.evidence, start=ev.start, end=ev.end, cluster=ev.cluster,
    ), ev) for row_id, doc in pairs for idx, ev in enumerate(doc.events)]
    session.add_all([e for e, _ in events])
    session.flush()  # event ids for participants and evidence
    participants = [{"event_id": row.id, "role": role, "name": name, "norm": norm(name)}
                    for row, ev in events for role, names in (("actor", ev.actors), ("target", ev.targets))
                    for name in names]
    evidence = [{"event_id": row.id, "text": m.text, "start": m.start, "end": m.end}
                for row, ev in events for m in ev.mentions]
    quotes = [{"document_id": row_id, "speaker": q.speaker, "speaker_canonical": q.speaker_canonical,
               "speaker_role": q.speaker_role, "anonymous": q.anonymous, "text": q.text, "start": q.start,
               "end": q.end} for row_id, doc in pairs for q in doc.quotes]
    claims = [{"document_id": row_id, "source": c.source, "anonymous": c.anonymous, "text": c.text,
               "start": c.start, "end": c.end} for row_id, doc in pairs for c in doc.claims]
    for model, rows in ((Mention, mentions), (Participant, participants), (EvidenceRow, evidence),
                        (QuoteRow, quotes), (ClaimRow, claims)):
        if rows:  # Core: see `models.table`
            session.execute(insert(table(model)), rows)


def delete_facts(session: Session, document_ids: Sequence[int]) -> None:
    """Remove these documents' normalised facts (before rewriting them from changed DocResults)."""
    for i in range(0, len(document_ids), _CHUNK):
        part = list(document_ids[i : i + _CHUNK])
        event_ids = select(EventRow.id).where(EventRow.document_id.in_(part))
        opts = {"synchronize_session": False}
        session.execute(delete(Participant).where(Participant.event_id.in_(event_ids)).execution_options(**opts))
        session.execute(delete(EvidenceRow).where(EvidenceRow.event_id.in_(event_ids)).execution_options(**opts))
        for model in (FigureReport, EventRow, Mention, QuoteRow, ClaimRow):
            session.execute(delete(model).where(model.document_id.in_(part)).execution_options(**opts))


def drop_orphan_entities(session: Session) -> None:
    """Entities no stored mention refers to any more go, with their aliases."""
    orphan = ~exists().where(Mention.canonical == Entity.canonical)
    session.execute(delete(Alias).where(Alias.canonical.in_(select(Entity.canonical).where(orphan))))
    session.execute(delete(Entity).where(orphan))

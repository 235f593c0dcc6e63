"""Writing one DocResult's facts into the normalised tables (used on ingest and after corpus re-analysis)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from telik.model import DocResult, EntityMention
from telik.store.models import (
    Alias,
    ClaimRow,
    Document,
    Entity,
    EventRow,
    EvidenceRow,
    Mention,
    Participant,
    QuoteRow,
)


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
        "data": doc.to_dict(),
    }


def _upsert_entities(session: Session, doc: DocResult) -> None:
    """Create entities and aliases the document's mentions introduce; refresh names of grown alias sets."""
    seen: dict[str, dict[str, str]] = {}
    for m in doc.entities:
        seen.setdefault(canonical_of(m), {}).setdefault(norm(m.text), " ".join(m.text.split()))
    labels = {canonical_of(m): m.label for m in doc.entities}
    for canonical, forms in seen.items():
        entity = session.get(Entity, canonical)
        known = set(session.scalars(select(Alias.norm).where(Alias.canonical == canonical)))
        new = {n: a for n, a in forms.items() if n not in known}
        if entity is not None and not new:
            continue
        if entity is None:
            entity = Entity(canonical=canonical, label=labels[canonical], name="")
            session.add(entity)
            session.flush()  # the alias rows reference it
        for n, a in new.items():
            session.add(Alias(canonical=canonical, alias=a, norm=n))
        session.flush()
        aliases = list(session.scalars(select(Alias.alias).where(Alias.canonical == canonical)))
        entity.name = _gazetteer_name(canonical, aliases) or max(aliases, key=lambda a: (len(a), a))


def write_facts(session: Session, row: Document, doc: DocResult) -> None:
    """Insert the document's mentions, events (with participants and evidence), quotes and claims."""
    _upsert_entities(session, doc)
    for m in doc.entities:
        session.add(Mention(document_id=row.id, canonical=canonical_of(m), label=m.label, text=m.text,
                            start=m.start, end=m.end))
    for idx, ev in enumerate(doc.events):
        event = EventRow(
            document_id=row.id, idx=idx, type=ev.type, subtype=ev.subtype, trigger=ev.trigger, date=ev.date,
            date_precision=ev.date_precision, location=ev.location, certainty=ev.certainty, killed=ev.killed,
            killed_qualifier=ev.killed_qualifier, injured=ev.injured, injured_qualifier=ev.injured_qualifier,
            weapon=ev.weapon, evidence=ev.evidence, start=ev.start, end=ev.end, cluster=ev.cluster,
        )
        session.add(event)
        session.flush()
        for role, names in (("actor", ev.actors), ("target", ev.targets)):
            for name in names:
                session.add(Participant(event_id=event.id, role=role, name=name, norm=norm(name)))
        for mention in ev.mentions:
            session.add(EvidenceRow(event_id=event.id, text=mention.text, start=mention.start, end=mention.end))
    for q in doc.quotes:
        session.add(QuoteRow(
            document_id=row.id, speaker=q.speaker, speaker_canonical=q.speaker_canonical, speaker_role=q.speaker_role,
            anonymous=q.anonymous, text=q.text, start=q.start, end=q.end,
        ))
    for c in doc.claims:
        session.add(ClaimRow(document_id=row.id, source=c.source, anonymous=c.anonymous, text=c.text,
                             start=c.start, end=c.end))
    session.flush()


def delete_facts(session: Session, document_id: int) -> None:
    """Remove a document's normalised facts (before rewriting them from a changed DocResult)."""
    event_ids = select(EventRow.id).where(EventRow.document_id == document_id)
    session.execute(delete(Participant).where(Participant.event_id.in_(event_ids)))
    session.execute(delete(EvidenceRow).where(EvidenceRow.event_id.in_(event_ids)))
    for table in (EventRow, Mention, QuoteRow, ClaimRow):
        session.execute(delete(table).where(table.document_id == document_id))


def drop_orphan_entities(session: Session) -> None:
    """Entities no stored mention refers to any more go, with their aliases."""
    orphan = ~exists().where(Mention.canonical == Entity.canonical)
    session.execute(delete(Alias).where(Alias.canonical.in_(select(Entity.canonical).where(orphan))))
    session.execute(delete(Entity).where(orphan))

"""The store: SQLAlchemy + Alembic, SQLite by default, the same code on PostgreSQL.

Library API (every read returns JSON-ready dicts; listings return `Page(items, total, limit, offset)`):

    from telik.store import Store, ingest_paths, ingest_articles, reanalyze, update

    store = Store(url)            # url: --db, else TELIK_DB, else sqlite:///telik.db; "postgresql://" is
                                  # rewritten to psycopg 3; the schema is migrated to head on open.
                                  # Unsupported URL -> TelikError E009. `with Store(url) as store:` closes it.
    # writing
    ingest_paths(store, paths, quiet=True) -> IngestReport(added: list[DocResult], skipped: int,
                                                           errors: list[ReadError], conflicts)
    ingest_articles(store, iterable_of_Article_or_ReadError, processor=None, batch=100)  -> IngestReport
        (content hashes are checked before processing; each batch of documents is one transaction, a document
        that cannot be stored is reported in `errors` and loses only itself; afterwards `update` runs)
    update(store) -> Update(conflicts, analysed, full)   # the corpus stage over the new documents' neighbourhood
                                  # (telik.store.incremental); equal to a full re-analysis
    reanalyze(store) -> list[Conflict]   # the corpus stage over every stored document (rewrites the corpus index)
    store.add_document(doc_result) -> bool   # False when the content hash is already stored
    store.add_documents(doc_results) -> list[bool]   # one transaction, bulk inserts; raises on failure
    store.known_hashes(hashes) -> set[str];  store.all_results() -> list[DocResult];  store.conflicts()
    store.corpus_stale() -> bool   # documents stored since the last finished analysis (a killed ingest)
    # documents  (a document key is its DocResult id or its content hash)
    store.list_documents(outlet=, since=, until=, min_credibility=, max_credibility=,
                         sort="published"|"title"|"outlet"|"credibility"|"ingested", descending=True,
                         limit=50, offset=0) -> Page of {id, hash, title, outlet, dateline, published, url,
                         source, wire, credibility, duplicate_of, ingested_at}
    store.get_document(key) -> dict | None: summary + text, clean_text, reference_date, credibility_signals,
                         entities, dates, figures, quotes, claims, warnings (spans into `text`), events
                         (event dicts, below)
    store.get_result(key) -> DocResult | None
    store.search(query, limit=20, offset=0, marks=("[", "]")) -> Page of summaries + "snippet"
                         (snippet is raw text with matches wrapped in `marks`: escape before HTML)
    store.outlets() -> [{outlet, documents, credibility, signals}]  # per-outlet aggregate (outlet_credibility)
    (outlets(), stats(), list_entities(), list_documents() and list_real_events() are cached until the next
    write to the store, by any process)
    # entities
    store.list_entities(alias=, query=, label=, sort="mentions"|"name"|"label"|"canonical", limit, offset)
        -> Page of {canonical, label, name, aliases, mentions, documents}
        (alias = exact, case-insensitive, any alias or canonical id; query = substring of any alias)
    store.resolve_entity(key) -> canonical | None
    store.get_entity(key) -> {canonical, label, name, aliases, mention_count, mentions: [{document, title,
                         outlet, published, text, label, start, end}], cooccurring: [{canonical, name, label,
                         documents}], timeline}
    store.timeline(entity_or_place, dated_only=True) -> [{id, cluster, type, subtype, date, date_precision,
                         location, certainty, killed, injured, actors, targets, evidence,
                         sources: [{event_id, document, title, outlet, published, evidence}]}]  (date order)
    # events  (event dict: id, document, title, outlet, published, type, subtype, trigger, date,
    #          date_precision, location, certainty, killed, killed_qualifier, injured, injured_qualifier,
    #          weapon, actors, targets, evidence, start, end, mentions: [{text, start, end}], cluster)
    store.list_events(type=, since=, until=, place=, actor=, certainty=, cluster=, document=,
                      sort="date"|"type"|"location"|"killed"|"injured"|"id", descending=False, limit, offset)
    store.get_event(id) -> event dict + cluster_mentions (all mentions of the real-world event),
                      figures (history: {field, value, qualifier, document, event_id, outlet, published}),
                      conflicts
    store.figure_history(cluster) -> list of figure reports
    store.list_conflicts() -> [{id, cluster, field, values, reports, best, reason, kind, event, figures}]
    # quotes
    store.list_quotes(speaker=, document=, anonymous=, limit, offset) -> Page of {id, document, title, outlet,
                      published, speaker, speaker_canonical, speaker_role, anonymous, text, start, end}
    # statistics
    store.stats() -> Stats(documents, entities, mentions, events, real_world_events, quotes, claims,
                      conflicts, duplicates, events_by_type, entities_by_label, first_published, last_published)

Sorting is by allow-listed names only (ValueError otherwise); every query is parameterised.
"""
from telik.store.db import normalize_url
from telik.store.incremental import reanalyze, update
from telik.store.ingest import IngestReport, ingest_articles, ingest_paths, sample_dir
from telik.store.repository import Page, Stats, Store

__all__ = [
    "IngestReport", "Page", "Stats", "Store", "ingest_articles", "ingest_paths", "normalize_url", "reanalyze",
    "sample_dir", "update",
]

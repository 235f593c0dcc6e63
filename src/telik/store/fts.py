"""Full-text search over title + clean text: SQLite FTS5, or a PostgreSQL tsvector index."""
from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

#: PostgreSQL text-search configurations migration 0001 may pick (it stores its choice in store_meta).
PG_TS_CONFIGS = ("indonesian", "simple")

_TOKEN = re.compile(r"\w+")


def fts5_query(query: str) -> str:
    """User words as an FTS5 query: every word must occur; quoting keeps FTS5 syntax out of user input."""
    return " ".join(f'"{t}"' for t in _TOKEN.findall(query))


def index_document(session: Session, dialect: str, doc_pk: int, title: str | None, clean_text: str) -> None:
    """Add one document to the SQLite FTS table (PostgreSQL indexes the row itself)."""
    if dialect == "sqlite":
        session.execute(
            text("INSERT INTO documents_fts (rowid, title, clean_text) VALUES (:id, :title, :body)"),
            {"id": doc_pk, "title": title or "", "body": clean_text},
        )


def reindex_document(session: Session, dialect: str, doc_pk: int, title: str | None, clean_text: str) -> None:
    """Replace one document's FTS entry after its text or title changed."""
    if dialect == "sqlite":
        session.execute(text("DELETE FROM documents_fts WHERE rowid = :id"), {"id": doc_pk})
        index_document(session, dialect, doc_pk, title, clean_text)


def search_ids(
    session: Session, dialect: str, query: str, limit: int, offset: int, marks: tuple[str, str], pg_config: str
) -> tuple[list[tuple[int, str]], int]:
    """(document pk, snippet) pairs best first, and the number of matching documents."""
    if dialect == "sqlite":
        match = fts5_query(query)
        if not match:
            return [], 0
        rows = session.execute(
            text(
                "SELECT rowid, snippet(documents_fts, 1, :open, :close, '…', 16) FROM documents_fts "
                "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
            ),
            {"q": match, "open": marks[0], "close": marks[1], "limit": limit, "offset": offset},
        ).all()
        total = session.execute(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"),
                                {"q": match}).scalar_one()
        return [(r[0], r[1]) for r in rows], int(total)
    if pg_config not in PG_TS_CONFIGS:
        raise ValueError(f"text-search configuration {pg_config!r} is not one Telik creates")
    vector = f"to_tsvector('{pg_config}'::regconfig, coalesce(title, '') || ' ' || clean_text)"
    tsq = f"websearch_to_tsquery('{pg_config}'::regconfig, :q)"
    options = f"StartSel={marks[0]}, StopSel={marks[1]}, MaxWords=30, MinWords=12, MaxFragments=1"
    rows = session.execute(
        text(
            f"SELECT id, ts_headline('{pg_config}'::regconfig, clean_text, {tsq}, :opts) FROM documents "
            f"WHERE {vector} @@ {tsq} ORDER BY ts_rank({vector}, {tsq}) DESC, id LIMIT :limit OFFSET :offset"
        ),
        {"q": query, "opts": options, "limit": limit, "offset": offset},
    ).all()
    total = session.execute(text(f"SELECT count(*) FROM documents WHERE {vector} @@ {tsq}"), {"q": query}).scalar_one()
    return [(r[0], r[1]) for r in rows], int(total)

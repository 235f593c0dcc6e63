"""Full-text search over title + clean text: SQLite FTS5, or a PostgreSQL tsvector index, meaning the same.

One small query language for both: words (all must occur), "quoted phrases", `OR` between two terms (either
may occur; it binds tighter than the spaces between terms), and `-term` or `-"phrase"` to exclude. It is
parsed here once and written out as an FTS5 expression or as PostgreSQL `websearch_to_tsquery` pieces joined
with `&&`, `||` and `!!`. Both backends see the same words: runs of letters and digits, lower-cased (FTS5's
unicode61 tokenizer; on PostgreSQL every other character becomes a space before the `simple` configuration,
which neither stems nor drops stop words).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

#: The searchable text of a document on PostgreSQL; migration 0003 indexes exactly this expression.
PG_VECTOR = ("to_tsvector('simple'::regconfig, regexp_replace(coalesce(title, '') || ' ' || clean_text, "
             "'[^[:alnum:]]+', ' ', 'g'))")
#: Terms beyond this many are ignored, so one query cannot make an unbounded SQL expression.
MAX_TERMS = 32

_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class SearchQuery:
    """All `groups` must match (each group: any of its phrases); no phrase of `excluded` may."""

    groups: tuple[tuple[Phrase, ...], ...]
    excluded: tuple[Phrase, ...]


def parse_query(query: str) -> SearchQuery:
    """The query language read into phrases (a word is a one-word phrase); terms with no word are dropped."""
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    join = False
    terms = 0
    for m in _TOKEN.finditer(query):
        negated, quoted, bare = m[1] == "-", m[2], m[3]
        if bare is not None and bare.upper() == "OR":
            join = bool(groups)
            continue
        if bare is not None and bare.startswith("-"):
            negated, bare = True, bare[1:]
        phrase = tuple(_WORD.findall(quoted if quoted is not None else bare or ""))
        if not phrase:
            continue
        terms += 1
        if terms > MAX_TERMS:
            break
        if negated:
            excluded.append(phrase)
        elif join:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        join = False
    return SearchQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def fts5_query(query: str) -> str:
    """The query as an FTS5 expression ("" when nothing positive is asked); every phrase is double-quoted."""
    parsed = parse_query(query)
    if not parsed.groups:
        return ""

    def phrase(p: Phrase) -> str:
        return '"' + " ".join(p) + '"'

    expr = " AND ".join("(" + " OR ".join(phrase(p) for p in group) + ")" for group in parsed.groups)
    for p in parsed.excluded:
        expr = f"({expr}) NOT {phrase(p)}"
    return expr


def pg_tsquery(query: str) -> tuple[str, dict[str, str]]:
    """The query as a PostgreSQL tsquery expression over bound parameters ("" when nothing positive is asked)."""
    parsed = parse_query(query)
    params: dict[str, str] = {}

    def piece(p: Phrase) -> str:
        name = f"w{len(params)}"
        params[name] = '"' + " ".join(p) + '"'
        return f"websearch_to_tsquery('simple'::regconfig, :{name})"

    if not parsed.groups:
        return "", {}
    parts = ["(" + " || ".join(piece(p) for p in group) + ")" for group in parsed.groups]
    parts += [f"!! {piece(p)}" for p in parsed.excluded]
    return "(" + " && ".join(parts) + ")", params


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
    session: Session, dialect: str, query: str, limit: int, offset: int, marks: tuple[str, str]
) -> tuple[list[tuple[int, str]], int]:
    """(document pk, snippet) pairs best first, and the number of matching documents."""
    if dialect == "sqlite":
        match = fts5_query(query)
        if not match:
            return [], 0
        # The page is ranked first (bm25, FTS5's `rank`; ties by rowid, as FTS5 orders them) and only its
        # documents get a snippet: ranking reads every match, so it should do nothing else.
        rows = session.execute(
            text(
                "SELECT f.rowid, snippet(documents_fts, 1, :open, :close, '…', 16) FROM documents_fts f "
                "JOIN (SELECT rowid AS id, bm25(documents_fts) AS score FROM documents_fts "
                "WHERE documents_fts MATCH :q ORDER BY score, rowid LIMIT :limit OFFSET :offset) top "
                "ON f.rowid = top.id WHERE documents_fts MATCH :q ORDER BY top.score, top.id"
            ),
            {"q": match, "open": marks[0], "close": marks[1], "limit": limit, "offset": offset},
        ).all()
        total = session.execute(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :q"),
                                {"q": match}).scalar_one()
        return [(r[0], r[1]) for r in rows], int(total)
    tsq, params = pg_tsquery(query)
    if not tsq:
        return [], 0
    options = f"StartSel={marks[0]}, StopSel={marks[1]}, MaxWords=30, MinWords=12, MaxFragments=1"
    rows = session.execute(
        text(
            f"SELECT id, ts_headline('simple'::regconfig, clean_text, {tsq}, :opts) FROM documents "
            f"WHERE {PG_VECTOR} @@ {tsq} ORDER BY ts_rank({PG_VECTOR}, {tsq}) DESC, id LIMIT :limit OFFSET :offset"
        ),
        {**params, "opts": options, "limit": limit, "offset": offset},
    ).all()
    total = session.execute(text(f"SELECT count(*) FROM documents WHERE {PG_VECTOR} @@ {tsq}"), params).scalar_one()
    return [(r[0], r[1]) for r in rows], int(total)

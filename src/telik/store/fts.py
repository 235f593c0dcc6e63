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

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

#: The searchable text of a document on PostgreSQL; migration 0003 indexes exactly this expression.
PG_VECTOR = ("to_tsvector('simple'::regconfig, regexp_replace(coalesce(title, '') || ' ' || clean_text, "
             "'[^[:alnum:]]+', ' ', 'g'))")
#: What PostgreSQL ranks: the same words, the title's weighted A and the text's D (see `TITLE_WEIGHT`).
PG_WEIGHTED = ("setweight(to_tsvector('simple'::regconfig, regexp_replace(coalesce(title, ''), '[^[:alnum:]]+', ' ', "
               "'g')), 'A') || setweight(to_tsvector('simple'::regconfig, regexp_replace(clean_text, '[^[:alnum:]]+', "
               "' ', 'g')), 'D')")
#: Terms beyond this many are ignored, so one query cannot make an unbounded SQL expression.
MAX_TERMS = 32
#: Relevance scores at most this many matches (the newest); older matches follow, newest first. Scoring every
#: match cost 20-40 ms of CPU for a word found in half of 30,000 articles.
RANKED = 1000
#: A word in the title counts this many times a word in the text: one mention in a headline outranks any number
#: in the body of an article whose title lacks it (bm25 saturates at 2.2 times one mention).
TITLE_WEIGHT = 10.0

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


def fts5_query(parsed: SearchQuery) -> str:
    """The query as an FTS5 expression ("" when nothing positive is asked); every phrase is double-quoted."""
    if not parsed.groups:
        return ""

    def phrase(p: Phrase) -> str:
        return '"' + " ".join(p) + '"'

    expr = " AND ".join("(" + " OR ".join(phrase(p) for p in group) + ")" for group in parsed.groups)
    for p in parsed.excluded:
        expr = f"({expr}) NOT {phrase(p)}"
    return expr


def pg_tsquery(parsed: SearchQuery) -> tuple[str, dict[str, str]]:
    """The query as a PostgreSQL tsquery expression over bound parameters ("" when nothing positive is asked)."""
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


@dataclass(frozen=True)
class _Plan:
    """One search in a backend's SQL: its matches (a WHERE clause), how relevance orders them, and the
    snippets of a page's documents (`:ids`)."""

    table: str
    key: str
    where: str
    relevance: str
    snippets: str
    params: dict[str, str]


def _plan(dialect: str, parsed: SearchQuery, marks: tuple[str, str]) -> _Plan:
    """The backend's SQL for `search_ids`, so one walk over the matches serves both."""
    if dialect == "sqlite":
        return _Plan(
            "documents_fts", "rowid", "documents_fts MATCH :q", f"bm25(documents_fts, {TITLE_WEIGHT}, 1.0)",
            "SELECT rowid, snippet(documents_fts, 1, :open, :close, '…', 16) FROM documents_fts "
            "WHERE documents_fts MATCH :q AND rowid IN :ids",
            {"q": fts5_query(parsed), "open": marks[0], "close": marks[1]})
    tsq, params = pg_tsquery(parsed)
    weights = f"ARRAY[{1 / TITLE_WEIGHT}, 0, 0, 1]::float4[]"  # D, C, B, A
    return _Plan(
        "documents", "id", f"{PG_VECTOR} @@ {tsq}", f"ts_rank({weights}, {PG_WEIGHTED}, {tsq}) DESC",
        f"SELECT id, ts_headline('simple'::regconfig, clean_text, {tsq}, :opts) FROM documents WHERE id IN :ids",
        {**params, "opts": f"StartSel={marks[0]}, StopSel={marks[1]}, MaxWords=30, MinWords=12, MaxFragments=1"})


def search_ids(
    session: Session, dialect: str, query: str, limit: int, offset: int, marks: tuple[str, str]
) -> tuple[list[tuple[int, str]], int]:
    """(document pk, snippet) pairs best first, and the number of matching documents.

    The order, the same on both backends: the newest `RANKED` matches (by store id) by relevance, the title's
    words weighing `TITLE_WEIGHT` times the text's (bm25 on SQLite, ts_rank on PostgreSQL; ties newest first),
    then the older matches, newest first. So a search scores at most `RANKED` documents however many match:
    counting and finding the newest walk the index without scoring, and only the page's documents get a snippet.
    """
    parsed = parse_query(query)
    if not parsed.groups:
        return [], 0
    plan = _plan(dialect, parsed, marks)
    total = session.execute(text(f"SELECT count(*) FROM {plan.table} WHERE {plan.where}"), plan.params).scalar_one()
    ranked = min(total, RANKED)
    newest: int | None = None  # the RANKED-th newest match: it bounds the ranked part
    page: list[int] = []
    start = 0
    for size, side, order in ((ranked, ">=", f"{plan.relevance}, {plan.key} DESC"),
                              (total - ranked, "<", f"{plan.key} DESC")):
        lo, hi = max(offset, start) - start, min(offset + limit, start + size) - start
        start += size
        if lo >= hi:
            continue
        if total > RANKED and newest is None:
            newest = session.execute(text(f"SELECT {plan.key} FROM {plan.table} WHERE {plan.where} "
                                          f"ORDER BY {plan.key} DESC LIMIT 1 OFFSET :skip"),
                                     {**plan.params, "skip": RANKED - 1}).scalar_one()
        bounded = f" AND {plan.key} {side} :newest" if newest is not None else ""
        page += [r[0] for r in session.execute(
            text(f"SELECT {plan.key} FROM {plan.table} WHERE {plan.where}{bounded} ORDER BY {order} "
                 "LIMIT :n OFFSET :skip"), {**plan.params, "newest": newest, "n": hi - lo, "skip": lo})]
    if not page:
        return [], total
    rows = session.execute(text(plan.snippets).bindparams(bindparam("ids", expanding=True)),
                           {**plan.params, "ids": page})
    snippets: dict[int, str] = {r[0]: r[1] for r in rows}
    return [(pk, snippets.get(pk, "")) for pk in page], total

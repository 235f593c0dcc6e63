"""Processed documents parked on disk (a temporary SQLite database), so a large extract does not hold them in memory.

Each document is kept whole (`DocResult.to_dict`) with the text dedup compares, its LSH band keys and a summary (what
the corpus stage reads of every document, as JSON); the corpus stage reads back only what it must (a text to confirm
a duplicate, a summary, a document to re-date or to export).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from itertools import groupby
from types import TracebackType
from typing import Any

from telik.model import DocResult

#: Documents written between commits.
_COMMIT_EVERY = 500


class Spool:
    """A temporary store of documents by index (the order they were added); gone when closed."""

    def __init__(self) -> None:
        # "": SQLite's private temporary database, a file it removes itself however the process ends; only a few
        # pages of it are cached in memory
        self._db = sqlite3.connect("")
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE docs (i INTEGER PRIMARY KEY, text TEXT NOT NULL, doc TEXT NOT NULL, summary TEXT NOT NULL);"
            "CREATE TABLE bands (key TEXT NOT NULL, i INTEGER NOT NULL);")
        self._count = 0

    def add(self, doc: DocResult, text: str, bands: list[str], summary: Any = None) -> None:
        """Park `doc` (its index: the number added before it) with its dedup `text`, band keys and `summary` (any
        JSON-ready value)."""
        i = self._count
        self._db.execute("INSERT INTO docs VALUES (?, ?, ?, ?)",
                         (i, text, json.dumps(doc.to_dict(), ensure_ascii=False),
                          json.dumps(summary, ensure_ascii=False)))
        self._db.executemany("INSERT INTO bands VALUES (?, ?)", [(k, i) for k in dict.fromkeys(bands)])
        self._count += 1
        if self._count % _COMMIT_EVERY == 0:
            self._db.commit()

    def load(self, i: int) -> DocResult:
        """Document `i` as it was added."""
        (doc,) = self._db.execute("SELECT doc FROM docs WHERE i = ?", (i,)).fetchone()
        return DocResult.from_dict(json.loads(doc))

    def summary(self, i: int) -> Any:
        """Document `i`'s summary, as JSON gives it back (lists for tuples)."""
        (summary,) = self._db.execute("SELECT summary FROM docs WHERE i = ?", (i,)).fetchone()
        return json.loads(summary)

    def text(self, i: int) -> str:
        """Document `i`'s dedup text."""
        (text,) = self._db.execute("SELECT text FROM docs WHERE i = ?", (i,)).fetchone()
        return str(text)

    def buckets(self) -> Iterator[list[int]]:
        """The documents sharing each band key (in index order), for keys shared by two or more."""
        rows = self._db.execute("SELECT key, i FROM bands ORDER BY key, i")
        for _, members in groupby(rows, key=lambda row: row[0]):
            found = [i for _, i in members]
            if len(found) > 1:
                yield found

    def close(self) -> None:
        """Drop the file."""
        self._db.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

"""Ingesting into the store: skip known content, process the rest, store each document, update the corpus stage."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from telik.errors import Errors, brief
from telik.model import Article, Conflict, DocResult, ReadError
from telik.store.incremental import update
from telik.store.repository import Store

if TYPE_CHECKING:
    from telik.process import Processor

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Documents written per transaction: one fsync per batch instead of per article.
BATCH = 100


@dataclass
class IngestReport:
    """What one ingest did: documents added, inputs skipped as already stored, inputs that failed."""

    added: list[DocResult] = field(default_factory=list)
    skipped: int = 0
    errors: list[ReadError] = field(default_factory=list)
    #: The conflicts the corpus update wrote: those of the new documents' neighbourhood (all, after a full run).
    conflicts: list[Conflict] = field(default_factory=list)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter); itertools.batched arrives in Python 3.12."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _store(store: Store, docs: list[DocResult], report: IngestReport) -> list[bool | None]:
    """Write a batch; when it fails, each document alone, so a failure (None) loses only its own document."""
    try:
        return list(store.add_documents(docs))
    except SQLAlchemyError:
        log.warning("a batch of %d documents failed to store; storing them one by one", len(docs))
    out: list[bool | None] = []
    for doc in docs:
        try:
            out.append(store.add_document(doc))
        except SQLAlchemyError as exc:
            report.errors.append(ReadError.because(doc.source or doc.id, Errors.E026, id=doc.id,
                                                   reason=brief(exc)))
            out.append(None)
    return out


def ingest_articles(
    store: Store, items: Iterable[Article | ReadError], *, processor: Processor | None = None,
    quiet: bool = True, analyze: bool = True, batch: int = BATCH,
) -> IngestReport:
    """Store every article whose content is new (checked before processing), `batch` documents per transaction."""
    from telik.extract import progress  # the pipeline (spaCy) loads only when something is ingested
    from telik.process import Processor

    report = IngestReport()
    seen: set[str] = set()
    for chunk in batched(progress(items, quiet), batch):
        arts: list[Article] = []
        for item in chunk:
            if isinstance(item, ReadError):
                report.errors.append(item)
            elif item.content_hash in seen:
                report.skipped += 1
            else:
                seen.add(item.content_hash)
                arts.append(item)
        known = store.known_hashes(a.content_hash for a in arts)
        report.skipped += sum(a.content_hash in known for a in arts)
        fresh = [a for a in arts if a.content_hash not in known]
        if not fresh:
            continue
        processor = processor or Processor()
        docs: list[DocResult] = []
        for out in processor.process_many(fresh):
            if isinstance(out, ReadError):
                report.errors.append(out)
            else:
                docs.append(out)
        for doc, added in zip(docs, _store(store, docs, report), strict=True):
            if added:
                report.added.append(doc)
            elif added is not None:
                report.skipped += 1
    if analyze and (report.added or store.corpus_stale()):  # stale: an earlier run died before its analysis
        report.conflicts = update(store).conflicts
    return report


def ingest_paths(
    store: Store, paths: Iterable[str | Path], *, processor: Processor | None = None,
    quiet: bool = True, analyze: bool = True,
) -> IngestReport:
    """Read files and folders (any supported format) and ingest them."""
    from telik.ingest import read_inputs  # the readers (trafilatura) load only when something is read

    return ingest_articles(store, read_inputs(paths), processor=processor, quiet=quiet, analyze=analyze)


@contextmanager
def sample_dir() -> Iterator[Path]:
    """The folder of sample articles bundled with the package, as a real path."""
    with as_file(files("telik") / "data" / "samples") as path:
        yield Path(path)

"""Ingesting into the store: skip known content, process the rest, store each document, re-analyse the corpus."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path

from telik.corpus import analyze_corpus
from telik.extract import progress
from telik.ingest import read_inputs
from telik.model import Article, Conflict, DocResult, ReadError
from telik.process import Processor
from telik.store.repository import Store


@dataclass
class IngestReport:
    """What one ingest did: documents added, inputs skipped as already stored, inputs that failed."""

    added: list[DocResult] = field(default_factory=list)
    skipped: int = 0
    errors: list[ReadError] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def reanalyze(store: Store) -> list[Conflict]:
    """Run the corpus stage over every stored document and write back clusters, duplicates, credibility, conflicts."""
    docs = store.all_results()
    conflicts = analyze_corpus(docs)
    store.apply_corpus(docs, conflicts)
    return conflicts


def ingest_articles(
    store: Store, items: Iterable[Article | ReadError], *, processor: Processor | None = None,
    quiet: bool = True, analyze: bool = True,
) -> IngestReport:
    """Store every article whose content is new (checked before processing); each in its own transaction."""
    report = IngestReport()
    seen: set[str] = set()
    for item in progress(items, quiet):
        if isinstance(item, ReadError):
            report.errors.append(item)
            continue
        digest = item.content_hash
        if digest in seen or store.known_hashes([digest]):
            report.skipped += 1
            continue
        seen.add(digest)
        processor = processor or Processor()
        out = next(processor.process_many([item]))
        if isinstance(out, ReadError):
            report.errors.append(out)
        elif store.add_document(out):
            report.added.append(out)
        else:
            report.skipped += 1
    if analyze and (report.added or store.corpus_stale()):  # stale: an earlier run died before its analysis
        report.conflicts = reanalyze(store)
    return report


def ingest_paths(
    store: Store, paths: Iterable[str | Path], *, processor: Processor | None = None,
    quiet: bool = True, analyze: bool = True,
) -> IngestReport:
    """Read files and folders (any supported format) and ingest them."""
    return ingest_articles(store, read_inputs(paths), processor=processor, quiet=quiet, analyze=analyze)


@contextmanager
def sample_dir() -> Iterator[Path]:
    """The folder of sample articles bundled with the package, as a real path."""
    with as_file(files("telik") / "data" / "samples") as path:
        yield Path(path)

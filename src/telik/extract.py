"""Library entry point: paths in, a corpus of extracted documents out."""
from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from telik.corpus import analyze_corpus
from telik.corpus.spooled import SpooledCorpus
from telik.export.pieces import document_piece, write_pieces
from telik.ingest import read_inputs
from telik.model import Article, CorpusResult, DocResult, ReadError
from telik.process import Processor
from telik.spool import Spool


def progress(items: Iterable[Article | ReadError], quiet: bool,
             desc: str = "articles") -> Iterator[Article | ReadError]:
    """A progress bar on stderr, silent when not a terminal or when asked."""
    disable = quiet or not sys.stderr.isatty()
    yield from tqdm(items, desc=desc, unit=" art", disable=disable, file=sys.stderr)


def process_each(items: Iterable[Article | ReadError], keep: Callable[[DocResult], None],
                 quiet: bool = True) -> list[ReadError]:
    """Run the per-article pipeline over a stream, handing each document to `keep`; failures are collected, never
    raised."""
    errors: list[ReadError] = []
    for out in Processor().process_many(progress(items, quiet)):
        if isinstance(out, ReadError):
            errors.append(out)
        else:
            keep(out)
    return errors


def process_articles(items: Iterable[Article | ReadError],
                     quiet: bool = True) -> tuple[list[DocResult], list[ReadError]]:
    """Run the per-article pipeline over a stream; failures are collected, never raised."""
    docs: list[DocResult] = []
    errors = process_each(items, docs.append, quiet)
    return docs, errors


def extract_paths(paths: Iterable[str | Path], quiet: bool = True) -> CorpusResult:
    """Read, process and analyse every article under `paths`."""
    docs, errors = process_articles(read_inputs(paths), quiet)
    conflicts = analyze_corpus(docs)
    return CorpusResult(documents=docs, conflicts=conflicts, errors=errors)


def extract_to(paths: Iterable[str | Path], out: TextIO, quiet: bool = True) -> tuple[int, list[ReadError]]:
    """`extract_paths` written as the export to `out`, the same text, in memory flat in the number of articles:
    the documents wait in a spool on disk while the corpus stage reads what it needs of them (see
    `telik.corpus.spooled`). Returns the number of documents and the failed inputs."""
    with Spool() as spool:
        corpus = SpooledCorpus(spool)
        errors = process_each(read_inputs(paths), corpus.add, quiet)
        conflicts = corpus.analyze()
        pieces = (document_piece(d) for d in corpus.documents())
        write_pieces(out, pieces, conflicts, [dataclasses.asdict(e) for e in errors])
        return len(corpus), errors


def dump_json(data: Any, out: TextIO, indent: int | None = 1) -> None:
    """Write `data` as the export's JSON piece by piece (never the whole text in memory), then a newline."""
    json.dump(data, out, ensure_ascii=False, indent=indent)
    out.write("\n")


def write_json_atomic(data: Any, output: Path, indent: int | None = 1) -> None:
    """Write the export to a temporary file beside `output`, then rename it: readers never see half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            dump_json(data, out, indent)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # the permissions a plainly created file would get, not mkstemp's 0600
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""Library entry point: paths in, a corpus of extracted documents out."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from telik.corpus import analyze_corpus
from telik.ingest import read_inputs
from telik.model import Article, CorpusResult, DocResult, ReadError
from telik.process import Processor


def progress(items: Iterable[Article | ReadError], quiet: bool,
             desc: str = "articles") -> Iterator[Article | ReadError]:
    """A progress bar on stderr, silent when not a terminal or when asked."""
    disable = quiet or not sys.stderr.isatty()
    yield from tqdm(items, desc=desc, unit=" art", disable=disable, file=sys.stderr)


def process_articles(items: Iterable[Article | ReadError],
                     quiet: bool = True) -> tuple[list[DocResult], list[ReadError]]:
    """Run the per-article pipeline over a stream; failures are collected, never raised."""
    docs: list[DocResult] = []
    errors: list[ReadError] = []
    for out in Processor().process_many(progress(items, quiet)):
        if isinstance(out, ReadError):
            errors.append(out)
        else:
            docs.append(out)
    return docs, errors


def extract_paths(paths: Iterable[str | Path], quiet: bool = True) -> CorpusResult:
    """Read, process and analyse every article under `paths`."""
    docs, errors = process_articles(read_inputs(paths), quiet)
    conflicts = analyze_corpus(docs)
    return CorpusResult(documents=docs, conflicts=conflicts, errors=errors)


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

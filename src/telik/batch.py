"""Run the per-article pipeline over many files on Dask, one shard file per batch of articles.

The driver streams the inputs, cuts them into shards of `shard_size` articles in a fixed order,
and hands each shard to `process_shard`, a pure function that loads the pipeline once per worker
process and writes `shard-NNNNN.jsonl` atomically. A shard whose file exists is skipped, so a
killed run resumes where it stopped. The corpus stage runs after all shards, over their results.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

from tqdm import tqdm

from telik.export.jsonl import document_line
from telik.model import Article, CorpusResult, DocResult, ReadError

SHARD_GLOB = "shard-*.jsonl"


@dataclass
class BatchReport:
    shards: int
    skipped: int
    documents: int
    errors: int


def shard_path(out_dir: Path, index: int) -> Path:
    """The file shard `index` is written to (its existence marks the shard done)."""
    return out_dir / f"shard-{index:05d}.jsonl"


def iter_shards(items: Iterable[Article | ReadError], size: int) -> Iterator[list[Article | ReadError]]:
    """Consecutive batches of `size` items, in input order (the same input gives the same shards)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def process_shard(index: int, items: list[Article | ReadError], out_dir: str) -> tuple[int, int, int]:
    """Process one shard and write its results; returns (index, documents, errors).

    Pure apart from the file it writes: the same shard always gives the same file. The pipeline is
    loaded once per worker process (`get_nlp` is cached).
    """
    from telik.process import Processor

    processor = Processor()
    target = shard_path(Path(out_dir), index)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    docs = errors = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for out in processor.process_many(items):
            if isinstance(out, ReadError):
                errors += 1
                fh.write(json.dumps({"error": asdict(out)}, ensure_ascii=False) + "\n")
            else:
                docs += 1
                fh.write(document_line(out))
    os.replace(tmp, target)  # atomic: a shard file is complete or absent
    return index, docs, errors


def fail_shard(index: int, items: list[Article | ReadError], out_dir: str, reason: str) -> tuple[int, int, int]:
    """Record a shard whose task died (its worker was killed, say): each of its inputs as failed, with the reason.

    The shard counts as done, so a resumed run does not hand the same input to a worker again and again.
    """
    target = shard_path(Path(out_dir), index)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as fh:
        for item in items:
            error = item if isinstance(item, ReadError) else ReadError(item.source or item.id, reason)
            fh.write(json.dumps({"error": asdict(error)}, ensure_ascii=False) + "\n")
    os.replace(tmp, target)
    return index, 0, len(items)


def read_shards(out_dir: Path) -> tuple[list[DocResult], list[ReadError]]:
    """Every document and error from the finished shards, in shard order."""
    docs: list[DocResult] = []
    errors: list[ReadError] = []
    for path in sorted(out_dir.glob(SHARD_GLOB)):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if "document" in rec:
                    docs.append(DocResult.from_dict(rec["document"]))
                else:
                    errors.append(ReadError(**rec["error"]))
    return docs, errors


def run_batch(
    paths: Iterable[str | Path],
    out_dir: Path,
    workers: int = 1,
    scheduler: str | None = None,
    shard_size: int = 200,
    quiet: bool = False,
) -> BatchReport:
    """Process all inputs into shard files under `out_dir`, skipping shards already written.

    `workers=0` runs in this process (no Dask); otherwise a LocalCluster with `workers` single-threaded
    processes, or the cluster at `scheduler` (tcp://HOST:PORT; `out_dir` must be shared with it).
    """
    from telik.ingest import read_inputs

    out_dir.mkdir(parents=True, exist_ok=True)
    shards = iter_shards(read_inputs(paths), shard_size)
    bar = tqdm(desc="shards", unit=" shard", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    report = BatchReport(0, 0, 0, 0)

    def account(result: tuple[int, int, int]) -> None:
        report.shards += 1
        report.documents += result[1]
        report.errors += result[2]
        bar.update(1)

    def todo() -> Iterator[tuple[int, list[Article | ReadError]]]:
        for index, items in enumerate(shards):
            if shard_path(out_dir, index).exists():
                report.skipped += 1
                bar.update(1)
                continue
            yield index, items

    if workers == 0 and scheduler is None:
        for index, items in todo():
            account(process_shard(index, items, str(out_dir)))
    else:
        _run_on_dask(todo(), out_dir, workers, scheduler, account)
    bar.close()
    return report


def _run_on_dask(jobs: Iterator[tuple[int, list[Article | ReadError]]], out_dir: Path, workers: int,
                 scheduler: str | None, account: Callable[[tuple[int, int, int]], None]) -> None:
    """Submit shards with a bounded window so the driver never holds the whole corpus."""
    from dask.distributed import Client, Future, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        window = 2 * max(workers, 1)
        pending = as_completed()
        submitted: dict[Hashable, tuple[int, list[Article | ReadError]]] = {}

        def settle(fut: Future[tuple[int, int, int]]) -> None:
            index, items = submitted.pop(fut.key)
            try:
                account(fut.result())
            except Exception as exc:  # the task died, not one article: record its inputs as failed
                account(fail_shard(index, items, str(out_dir), f"shard {index} failed: {type(exc).__name__}: {exc}"))

        for index, items in jobs:
            fut = client.submit(process_shard, index, items, str(out_dir), pure=False)
            submitted[fut.key] = (index, items)
            pending.add(fut)
            while pending.count() >= window:
                settle(next(pending))
        for fut in pending:
            settle(fut)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def corpus_from_shards(out_dir: Path) -> CorpusResult:
    """The corpus stage over every finished shard: duplicates, event clusters, conflicts, credibility."""
    from telik.corpus import analyze_corpus

    docs, errors = read_shards(out_dir)
    conflicts = analyze_corpus(docs)
    return CorpusResult(documents=docs, conflicts=conflicts, errors=errors)


def load_shards(out_dir: Path, db_url: str | None = None) -> tuple[int, int]:
    """Put every finished shard into the store (documents already stored are skipped), then re-run the
    corpus stage over their neighbourhood (see `telik.store.incremental`); returns (added, skipped)."""
    from telik.store.incremental import update
    from telik.store.ingest import BATCH
    from telik.store.repository import Store

    docs, _ = read_shards(out_dir)
    added = skipped = 0
    with Store(db_url) as store:
        for i in range(0, len(docs), BATCH):
            for stored in store.add_documents(docs[i : i + BATCH]):
                added += stored
                skipped += not stored
        update(store)
    return added, skipped

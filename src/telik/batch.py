"""Run the per-article pipeline over many files on Dask, one shard file per batch of articles, then the end phase.

The driver streams the inputs, cuts them into shards of `shard_size` articles in a fixed order,
and hands each shard to `process_shard`, a pure function that loads the pipeline once per worker
process and writes `shard-NNNNN.jsonl` atomically. A shard whose file exists is skipped, so a
killed run resumes where it stopped.

The end phase keeps to what needs the whole corpus: the workers already computed each document's
dedup band keys with its shard, the driver runs the corpus stage over the shards' documents, and the
workers serialise the analysed documents into the pieces of `export.json`, which the driver joins.
The export is byte for byte what `telik extract` writes for the same inputs.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from telik.model import Article, DocResult, ReadError

if TYPE_CHECKING:
    from dask.distributed import Client

SHARD_GLOB = "shard-*.jsonl"
EXPORT = "export.json"
#: Export pieces per worker: several, so a slow piece does not leave a worker idle at the end.
PIECES_PER_WORKER = 4


@dataclass
class BatchReport:
    #: shards processed in this run, and those found already done
    shards: int
    skipped: int
    #: documents and failed inputs of the shards processed in this run
    documents: int
    errors: int
    #: the whole export: its documents, and every input that could not be read or processed
    exported: int = 0
    unreadable: list[ReadError] = field(default_factory=list)
    #: the end phase's wall-clock seconds, and the CPU seconds this process spent in it (its serial part)
    end_seconds: float = 0.0
    end_cpu_seconds: float = 0.0


@dataclass
class Shards:
    """What the finished shards hold, in shard order: documents with their dedup band keys, and failed inputs."""

    documents: list[DocResult]
    bands: list[list[str]]
    errors: list[ReadError]


def shard_path(out_dir: Path, index: int) -> Path:
    """The file shard `index` is written to (its existence marks the shard done)."""
    return out_dir / f"shard-{index:05d}.jsonl"


def iter_shards(items: Iterable[Article | ReadError], size: int) -> Iterator[list[Article | ReadError]]:
    """Consecutive batches of `size` items, in input order (the same input gives the same shards)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def shard_line(doc: DocResult) -> str:
    """A document's shard line: its result and its LSH band keys, the corpus stage's per-document part, computed
    here on the worker so the end phase does not hash every text again."""
    from telik.corpus.dedup import band_keys, dedup_text

    return json.dumps({"document": doc.to_dict(), "bands": band_keys(dedup_text(doc))}, ensure_ascii=False) + "\n"


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
                fh.write(shard_line(out))
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


def read_shards(out_dir: Path) -> Shards:
    """Every document and error from the finished shards, in shard order."""
    from telik.corpus.dedup import band_keys, dedup_text

    shards = Shards([], [], [])
    for path in sorted(out_dir.glob(SHARD_GLOB)):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if "document" in rec:
                    doc = DocResult.from_dict(rec["document"])
                    shards.documents.append(doc)
                    # shards written before band keys were kept get them here
                    shards.bands.append(rec["bands"] if "bands" in rec else band_keys(dedup_text(doc)))
                else:
                    shards.errors.append(ReadError(**rec["error"]))
    return shards


def serialise(docs: list[DocResult]) -> list[str]:
    """The export pieces of `docs` (a task for a worker)."""
    from telik.export.pieces import document_piece

    return [document_piece(d) for d in docs]


def load_corpus_data() -> None:
    """Import and load what the corpus stage reads on first use (spaCy's date library for anchoring, the gazetteer,
    the credibility lexicons): run while the workers process shards, it is not left to the serial end phase."""
    import telik.corpus.analyze
    import telik.nlp.time.component  # noqa: F401
    from telik.corpus.lexicon import get_lexicon
    from telik.nlp.entities.gazetteer import get_gazetteer

    get_gazetteer()
    get_lexicon()


def write_export(out_dir: Path, client: Client | None = None) -> Shards:
    """The end phase: the corpus stage over every finished shard, then `out_dir/export.json`, its documents
    serialised on the cluster's workers when there is one. Returns the analysed shards."""
    from telik.corpus.analyze import analyze
    from telik.export.pieces import atomic_text, write_pieces

    shards = read_shards(out_dir)
    conflicts = analyze(shards.documents, bands=shards.bands).conflicts
    docs = shards.documents
    if client is None:
        pieces: Iterable[str] = serialise(docs)
    else:
        n = max(len(client.scheduler_info()["workers"]), 1) * PIECES_PER_WORKER
        size = -(-len(docs) // n) or 1
        futures = client.map(serialise, [docs[i : i + size] for i in range(0, len(docs), size)], pure=False)
        pieces = (piece for fut in futures for piece in fut.result())
    with atomic_text(out_dir / EXPORT) as fh:
        write_pieces(fh, pieces, conflicts, [asdict(e) for e in shards.errors])
    return shards


@contextmanager
def dask_client(workers: int, scheduler: str | None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` single-threaded processes.

    Both are closed when the block ends, however it ends (an error, Ctrl-C), so no worker outlives the run.
    """
    from dask.distributed import Client, LocalCluster

    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            cluster = stack.enter_context(LocalCluster(n_workers=max(workers, 1), threads_per_worker=1,
                                                       processes=True, dashboard_address=None, silence_logs=40))
            client = stack.enter_context(Client(cluster))
        yield client


def run_batch(
    paths: Iterable[str | Path],
    out_dir: Path,
    workers: int = 1,
    scheduler: str | None = None,
    shard_size: int = 200,
    quiet: bool = False,
) -> BatchReport:
    """Process all inputs into shard files under `out_dir`, skipping shards already written, then the end phase
    (`write_export`): the corpus stage over every shard and `out_dir/export.json`.

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

    with ExitStack() as stack:
        if workers == 0 and scheduler is None:
            client = None
            for index, items in todo():
                account(process_shard(index, items, str(out_dir)))
        else:
            client = stack.enter_context(dask_client(workers, scheduler))
            loading = stack.enter_context(ThreadPoolExecutor(1)).submit(load_corpus_data)
            _run_on_dask(client, todo(), out_dir, 2 * max(workers, 1), account)
            loading.result()
        bar.close()
        wall, cpu = time.perf_counter(), time.process_time()
        done = write_export(out_dir, client)
        report.end_seconds, report.end_cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    report.exported, report.unreadable = len(done.documents), done.errors
    return report


def _run_on_dask(client: Client, jobs: Iterator[tuple[int, list[Article | ReadError]]], out_dir: Path, window: int,
                 account: Callable[[tuple[int, int, int]], None]) -> None:
    """Submit shards with a bounded window so the driver never holds the whole corpus."""
    from dask.distributed import Future, as_completed

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


def load_shards(out_dir: Path, db_url: str | None = None) -> tuple[int, int]:
    """Put every finished shard into the store (documents already stored are skipped), then re-run the
    corpus stage over their neighbourhood (see `telik.store.incremental`); returns (added, skipped)."""
    from telik.store.incremental import update
    from telik.store.ingest import BATCH
    from telik.store.repository import Store

    docs = read_shards(out_dir).documents
    added = skipped = 0
    with Store(db_url) as store:
        for i in range(0, len(docs), BATCH):
            for stored in store.add_documents(docs[i : i + BATCH]):
                added += stored
                skipped += not stored
        update(store)
    return added, skipped

"""Run the per-article pipeline over many files on Dask, one shard file per batch of articles, then the end phase.

The driver streams the inputs, cuts them into shards of `shard_size` articles in a fixed order,
and hands each shard to `process_shard`, a pure function that loads the pipeline once per worker
process and writes `shard-NNNNN.jsonl` atomically. A shard whose file exists is skipped, so a
killed run resumes where it stopped.

The end phase keeps to what needs the whole corpus: the workers already computed what the corpus stage needs
of each document alone (see `telik.shards`), the driver read each shard as it was done, runs the corpus stage
over the shards' documents, and the workers serialise the analysed documents into the pieces of `export.json`,
which the driver joins. The export is byte for byte what `telik extract` writes for the same inputs.
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

from telik.errors import brief
from telik.model import Article, DocResult, ReadError
from telik.shards import ShardReader, Shards, fail_shard, read_shards, shard_line, shard_path

if TYPE_CHECKING:
    from dask.distributed import Client

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
    #: the end phase's wall-clock seconds, and the CPU seconds this process spent in it (its serial part), from the
    #: moment the last shard was done
    end_seconds: float = 0.0
    end_cpu_seconds: float = 0.0
    #: each worker's process CPU seconds over its life (start-up, shards, export pieces), in increasing order
    worker_cpu_seconds: list[float] = field(default_factory=list)
    #: the CPU seconds this process spent before its workers could take shards (starting the cluster): serial, like
    #: the end phase
    start_cpu_seconds: float = 0.0


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
                fh.write(shard_line(out))
    os.replace(tmp, target)  # atomic: a shard file is complete or absent
    return index, docs, errors


def serialise(docs: list[DocResult]) -> list[str]:
    """The export pieces of `docs` (a task for a worker)."""
    from telik.export.pieces import document_piece

    return [document_piece(d) for d in docs]


def load_corpus_data() -> None:
    """Import and load what the end phase reads on first use (the date patterns for anchoring, the gazetteer, the
    event lexicon, the credibility and stance lexicons, the export's modules): run while the workers process shards,
    it is not left to the serial end phase."""
    import telik.corpus.analyze
    import telik.export.pieces  # noqa: F401
    from telik.corpus.claims import get_stance_lexicon
    from telik.corpus.lexicon import get_lexicon
    from telik.nlp.entities.gazetteer import get_gazetteer
    from telik.nlp.events.lexicon import get_event_lexicon
    from telik.nlp.time.scan import get_patterns

    get_gazetteer()
    get_event_lexicon()
    get_lexicon()
    get_stance_lexicon()
    get_patterns()


def write_export(out_dir: Path, client: Client | None = None, shards: Shards | None = None) -> Shards:
    """The end phase: the corpus stage over every finished shard (`shards`, else read now), then
    `out_dir/export.json`, its documents serialised on the cluster's workers when there is one. Returns the analysed
    shards."""
    from telik.corpus.analyze import analyze
    from telik.export.pieces import atomic_text, write_pieces

    shards = shards if shards is not None else read_shards(out_dir)
    docs = shards.documents
    conflicts = analyze(docs, bands=shards.bands, signals=shards.signals, placeable=shards.placeable).conflicts
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


#: Dask's periodic work quietened for a local cluster of a few workers: no statistical profiling (a stack sample
#: every 10 ms), the event loop's health and the system's load checked seldom. Each took CPU from the pipeline.
#: Nor does a worker get Dask's MALLOC_TRIM_THRESHOLD_: it also fixes glibc's mmap threshold, so every large array
#: of the trained components was mapped and faulted in afresh (+2 CPU s of system time per 300 articles); the
#: pipeline gives the heap's free pages back itself, between batches (`telik.heap`).
QUIET_DASK = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.tick.limit": "1h",
    "distributed.admin.system-monitor.interval": "10s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.memory.monitor-interval": "2s",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}

@contextmanager
def dask_client(workers: int, scheduler: str | None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` single-threaded processes
    (configured with `QUIET_DASK`).

    Both are closed when the block ends, however it ends (an error, Ctrl-C), so no worker outlives the run.
    """
    import dask
    from dask.distributed import Client, LocalCluster

    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            stack.enter_context(dask.config.set(QUIET_DASK))
            cluster = stack.enter_context(LocalCluster(n_workers=max(workers, 1), threads_per_worker=1,
                                                       processes=True, dashboard_address=None, silence_logs=40))
            client = stack.enter_context(Client(cluster))
        yield client


def process_cpu() -> float:
    """This process's CPU seconds so far (asked of each worker at the end of a run)."""
    return time.process_time()


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
    processes, or the cluster at `scheduler` (tcp://HOST:PORT; `out_dir` must be shared with it). On a cluster,
    each shard is read as soon as it is written, while the workers go on with the others.
    """
    from telik.ingest import read_inputs

    started = time.process_time()
    out_dir.mkdir(parents=True, exist_ok=True)
    shards = iter_shards(read_inputs(paths), shard_size)
    bar = tqdm(desc="shards", unit=" shard", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
    report = BatchReport(0, 0, 0, 0)
    reader = ShardReader(out_dir)
    last = [time.perf_counter(), time.process_time()]  # when the last shard was done: the end phase starts there

    def account(result: tuple[int, int, int], read: bool = False) -> None:
        last[:] = time.perf_counter(), time.process_time()
        report.shards += 1
        report.documents += result[1]
        report.errors += result[2]
        bar.update(1)
        if read:
            reader.take(shard_path(out_dir, result[0]))

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
            report.start_cpu_seconds = time.process_time() - started
            loading = stack.enter_context(ThreadPoolExecutor(1)).submit(load_corpus_data)
            _run_on_dask(client, todo(), out_dir, 2 * max(workers, 1), lambda result: account(result, read=True))
            loading.result()
        bar.close()
        done = write_export(out_dir, client, reader.collect())
        report.end_seconds, report.end_cpu_seconds = time.perf_counter() - last[0], time.process_time() - last[1]
        if client is not None:
            report.worker_cpu_seconds = sorted(client.run(process_cpu).values())
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
            result = fut.result()
        except Exception as exc:  # the task died, not one article: record its inputs as failed
            result = fail_shard(index, items, str(out_dir), brief(exc))
        account(result)

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

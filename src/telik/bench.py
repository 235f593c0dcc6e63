"""Benchmarks that show where the time goes: throughput, per-component time, memory, corpus stage, workers.

Runs on `../shared/corpus/indosum-dev.jsonl` when present, else on a corpus generated from the bundled
sample articles. Larger corpora are made by varying the real articles (ids, numbers, a shuffled tail),
never by repeating them verbatim.
"""
from __future__ import annotations

import copy
import dataclasses
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from telik.model import Article, DocResult

#: The shared corpus beside the checkout (a `../shared` of the project folder or of any folder above it).
SHARED_CORPUS = next((p / "shared" / "corpus" / "indosum-dev.jsonl" for p in Path(__file__).resolve().parents
                      if (p / "shared" / "corpus" / "indosum-dev.jsonl").exists()),
                     Path(__file__).resolve().parents[3] / "shared" / "corpus" / "indosum-dev.jsonl")


@dataclass
class BenchResult:
    rows: list[tuple[str, str]] = field(default_factory=list)
    #: the whole extract's best time in this run (the reference for ingest)
    extract_s: float = 0.0

    def add(self, name: str, value: str) -> None:
        """Record one measurement and print it as it comes."""
        self.rows.append((name, value))
        print(f"  {name:<52} {value}", flush=True)


def load_base_corpus(path: Path | None = None) -> tuple[list[Article], str]:
    """The real articles to measure on, and where they came from."""
    path = path or SHARED_CORPUS.resolve()
    if path.exists():
        arts = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                arts.append(Article(id=rec["id"], text=rec["text"], outlet=rec.get("outlet"), source=str(path)))
        return arts, str(path)
    from telik.ingest import read_inputs
    from telik.model import ReadError

    samples = Path(__file__).resolve().parent / "data" / "samples"
    arts = [a for a in read_inputs([samples]) if not isinstance(a, ReadError)]
    return arts, f"bundled samples ({samples})"


def varied(base: list[Article], n: int, seed: int = 7) -> Iterator[Article]:
    """`n` articles made by varying the real ones: new ids, shifted numbers, a reordered tail paragraph."""
    rng = random.Random(seed)
    for i in range(n):
        a = base[i % len(base)]
        if i < len(base):
            yield a
            continue
        paras = a.text.split("\n\n")
        if len(paras) > 2:
            tail = paras[1:]
            rng.shuffle(tail)
            paras = [paras[0], *tail]
        text = "\n\n".join(paras).replace(" 2", f" {rng.randint(2, 9)}", 1)
        yield Article(id=f"{a.id}-v{i}", text=text, outlet=a.outlet, source=a.source)


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Read from /proc (VmHWM, reset by exec) where it exists: `ru_maxrss` of a child process would include
    the memory of the parent it was forked from.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn: Callable[[], object], repeats: int) -> list[float]:
    """Wall-clock seconds of `repeats` calls of `fn`."""
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _fmt(times: list[float]) -> str:
    return f"min {min(times):.2f} s, median {statistics.median(times):.2f} s ({len(times)} runs)"


def _write_jsonl(arts: list[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet}, ensure_ascii=False) + "\n")


def bench_throughput(arts: list[Article], out: BenchResult, repeats: int = 3) -> list[DocResult]:
    """Pipeline vs spaCy's bare tokenizer on the same text, interleaved in the same run (min and median of
    `repeats`): the whole pipeline, and the rules without the trained components (`Settings.trained`), whose
    time the tokenizer goal is about; the pipeline's articles per CPU second (per core, whatever the load);
    then the whole `extract` (reading, pipeline, corpus stage, export), per-component time."""
    import spacy

    from telik.clean import clean_article
    from telik.export.native import build_export
    from telik.extract import extract_paths, write_json_atomic
    from telik.process import Processor

    proc = Processor()
    alone = Processor(proc.nlp, dataclasses.replace(proc.settings, batch_size=1))
    rules = Processor(settings=dataclasses.replace(proc.settings, trained=False))
    nlp = proc.nlp
    tok = spacy.blank("id").tokenizer
    words = sum(len(a.text.split()) for a in arts)
    docs: list[DocResult] = []
    full: list[float] = []
    cpu: list[float] = []
    single: list[float] = []
    ruled: list[float] = []
    bare: list[float] = []

    def batched() -> None:
        c0 = time.process_time()
        docs[:] = [d for d in proc.process_many(arts) if isinstance(d, DocResult)]
        cpu.append(time.process_time() - c0)

    ruled_cpu: list[float] = []
    bare_cpu: list[float] = []

    def cpu_of(fn: Callable[[], object], into: list[float]) -> Callable[[], None]:
        def run() -> None:
            c0 = time.process_time()
            fn()
            into.append(time.process_time() - c0)
        return run

    for _ in range(repeats):  # interleaved: all see the same load on a shared machine
        full += _timed(batched, 1)
        single += _timed(lambda: list(alone.process_many(arts)), 1)
        ruled += _timed(cpu_of(lambda: list(rules.process_many(arts)), ruled_cpu), 1)
        bare += _timed(cpu_of(lambda: [tok(a.text) for a in arts], bare_cpu), 1)
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.json"
        _write_jsonl(arts, src)

        def extract() -> None:
            res = extract_paths([src])
            write_json_atomic(build_export(res.documents, res.conflicts, []), dst)

        whole = _timed(extract, repeats)

    timings: dict[str, float] = defaultdict(float)
    for a in arts:  # the same work, component by component, to see where the time goes
        t = time.perf_counter()
        cleaned = clean_article(a)
        timings["cleaning + metadata"] += time.perf_counter() - t
        t = time.perf_counter()
        doc = nlp.make_doc(cleaned.text)
        timings["tokenizer"] += time.perf_counter() - t
        for name, pipe in nlp.pipeline:
            t = time.perf_counter()
            doc = pipe(doc)
            timings[name] += time.perf_counter() - t

    out.add("articles", f"{len(arts)} ({words / len(arts):.0f} words each on average)")
    out.add("per-article pipeline, batched, one core", _fmt(full))
    out.add("per-article pipeline: articles/s (min time)", f"{len(arts) / min(full):.1f}")
    out.add("per-article pipeline: articles per CPU second (goal >= 40)", f"{len(arts) / min(cpu):.1f}")
    out.add("  one article at a time: articles/s (min time)", f"{len(arts) / min(single):.1f}")
    out.add("rules alone (TELIK_TRAINED=0), batched, one core", _fmt(ruled))
    out.add("spaCy blank('id') tokenizer, same text", _fmt(bare))
    out.add("ratio tokenizer/rules alone, min times (goal >= 0.30)", f"{min(bare) / min(ruled):.3f}")
    out.add("ratio tokenizer/rules alone, median times", f"{statistics.median(bare) / statistics.median(ruled):.3f}")
    out.add("ratio tokenizer/rules alone, CPU min times (load-proof)", f"{min(bare_cpu) / min(ruled_cpu):.3f}")
    out.add("ratio tokenizer/whole pipeline (trained too), min times", f"{min(bare) / min(full):.3f}")
    out.add("whole extract (read, pipeline, corpus, export)", _fmt(whole))
    out.add("whole extract: articles/s (min time)", f"{len(arts) / min(whole):.1f}")
    total = sum(timings.values())
    for name, secs in sorted(timings.items(), key=lambda kv: -kv[1]):
        out.add(f"  time in {name}", f"{1000 * secs / len(arts):.2f} ms/article ({100 * secs / total:.0f}%)")
    out.extract_s = min(whole)
    return docs


#: Articles stored per input file when building the store `bench_ingest` measures on (under the input size cap).
_PART = 5000


def _ingest_child(db: str, paths: list[str]) -> None:
    """Child process: ingest these files into the store at `db`; prints wall and CPU seconds and peak RSS."""
    from telik.store import Store, ingest_paths

    start = rss_mb()
    t0, c0 = time.perf_counter(), _cpu()
    with Store(f"sqlite:///{db}") as store:
        report = ingest_paths(store, paths)
    print(json.dumps({"added": len(report.added), "wall": time.perf_counter() - t0, "cpu": _cpu() - c0,
                      "start_mb": start, "peak_mb": rss_mb()}))


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _run_ingest(db: Path, paths: list[Path], rules_only: bool = False) -> dict[str, float]:
    """`_ingest_child` in a fresh process (its own peak memory); `rules_only` skips the trained components."""
    import os

    env = dict(os.environ, **({"TELIK_TRAINED": "0"} if rules_only else {}))
    args = [sys.executable, "-m", "telik.bench", "--ingest-child", str(db), *map(str, paths)]
    res = subprocess.run(args, capture_output=True, text=True, env=env, check=True)
    data: dict[str, float] = json.loads(res.stdout.strip().splitlines()[-1])
    return data


def bench_ingest(base: list[Article], out: BenchResult, *, n: int = 1000, stored: int = 3000,
                 extract_rate: float | None = None) -> None:
    """The ingest goal as stated: `n` new articles into an empty store and into a store of `stored` (wall time, CPU
    time, peak memory, each ingest in a fresh process), and ingest throughput against `extract_rate` (articles/s
    of `extract` in this run).

    The store is built first by a real ingest of `stored` varied articles with the rules only (`TELIK_TRAINED=0`,
    about twice as fast; the measured articles go through the whole pipeline both times); the `n` new ones are the
    next varied articles (so near-copies of stored ones, as a feed repeating a story).
    """
    arts = list(varied(base, stored + n))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        parts = []
        for k in range(0, stored, _PART):
            parts.append(folder / f"stored-{k // _PART}.jsonl")
            _write_jsonl(arts[k : min(k + _PART, stored)], parts[-1])
        new = folder / "new.jsonl"
        _write_jsonl(arts[stored:], new)
        built = _run_ingest(folder / "grown.db", parts, rules_only=True)
        out.add(f"build a store of {stored:,} (rules only)", f"{built['wall']:.0f} s, {built['cpu']:.0f} CPU s")
        empty = _run_ingest(folder / "empty.db", [new])
        grown = _run_ingest(folder / "grown.db", [new])
    for what, res in (("into an empty store", empty), (f"into a store of {stored:,}", grown)):
        out.add(f"ingest {n:,} articles {what}",
                f"{res['wall']:.1f} s wall, {res['cpu']:.1f} CPU s, {n / res['wall']:.1f} articles/s, "
                f"peak {res['peak_mb']:.0f} MB")
    out.add(f"  into {stored:,} / into empty (goal <= 1.2x)",
            f"{grown['wall'] / empty['wall']:.2f}x wall, {grown['cpu'] / empty['cpu']:.2f}x CPU")
    out.add(f"  peak memory into {stored:,} / into empty (goal <= 1.3x)", f"{grown['peak_mb'] / empty['peak_mb']:.2f}x")
    if extract_rate:
        out.add(f"  ingest into {stored:,} throughput / extract's (goal >= 0.8)",
                f"{n / grown['wall'] / extract_rate:.2f} (into empty: {n / empty['wall'] / extract_rate:.2f})")


def _memory_child(n: int, keep: bool) -> None:
    """Child process: `n` varied articles through the per-article stage (discarding results), or through the
    whole `telik extract` (documents spooled, corpus stage and export included); prints peak RSS."""
    from telik.process import Processor

    base, _ = load_base_corpus()
    start = rss_mb()
    if keep:
        from telik.export.pieces import atomic_text
        from telik.extract import extract_to

        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in.jsonl"
            _write_jsonl(list(varied(base, n)), src)
            with atomic_text(Path(tmp) / "out.json") as fh:
                extract_to([src], fh)
    else:
        for out in Processor().process_many(varied(base, n)):
            del out
    print(json.dumps({"n": n, "start_mb": start, "peak_mb": rss_mb()}))


def bench_memory(sizes: list[int], out: BenchResult, budget_s: float) -> None:
    """Peak memory at each size (a fresh process each): the stream alone, and the whole extract."""
    for keep in (False, True):
        what = "whole extract" if keep else "per-article stream"
        for n in sizes:
            t0 = time.perf_counter()
            args = [sys.executable, "-m", "telik.bench", "--memory-child", str(n)] + (["--keep"] if keep else [])
            try:
                res = subprocess.run(args, capture_output=True, text=True, timeout=budget_s)
            except subprocess.TimeoutExpired:
                out.add(f"peak memory, {what}, {n:,} articles", f"not measured (over {budget_s:.0f} s budget)")
                continue
            if res.returncode != 0:
                out.add(f"peak memory, {what}, {n:,} articles", f"failed: {res.stderr.strip()[-200:]}")
                continue
            data = json.loads(res.stdout.strip().splitlines()[-1])
            seconds = time.perf_counter() - t0
            out.add(f"peak memory, {what}, {n:,} articles",
                    f"{data['peak_mb']:.0f} MB (pipeline loaded: {data['start_mb']:.0f} MB; {seconds:.0f} s)")


def bench_corpus_stage(docs: list[DocResult], sizes: list[int], out: BenchResult) -> None:
    """Corpus stage time as the corpus grows, on real near-duplicates: beyond the processed articles come
    copies with their paragraphs reordered (the way a wire story is re-told), which dedup must group."""
    from telik.corpus import analyze_corpus

    rng = random.Random(11)
    for n in sizes:
        corpus = []
        for i in range(n):
            d = copy.deepcopy(docs[i % len(docs)])
            if i >= len(docs):
                d.id = f"{d.id}-v{i}"
                paras = d.clean_text.split("\n\n")
                rng.shuffle(paras)
                d.clean_text = "\n\n".join(paras)
            corpus.append(d)
        t0 = time.perf_counter()
        analyze_corpus(corpus)
        secs = time.perf_counter() - t0
        dups = sum(d.duplicate_of is not None for d in corpus)
        out.add(f"corpus stage, {n:,} articles", f"{secs:.1f} s ({1e6 * secs / n:.0f} µs/article; "
                f"{dups:,} near-duplicates found, {max(n - len(docs), 0):,} made)")


@dataclass
class BatchCpu:
    """Where one `telik batch` run's CPU went: the driver's (reading, scheduling, the end phase), the serial start
    and end phases' within it, each worker's (start-up, shards, export pieces); and its wall time."""

    wall: float
    driver: float
    start: float
    end: float
    workers: list[float]

    def idle_cores_wall(self, cores: int = 2) -> float:
        """The least wall time this run could take on `cores` idle cores: no less than the serial start, the busiest
        worker and the serial end phase, nor than all the CPU spread over the cores, the serial phases alone on one."""
        serial = self.start + self.end
        return max(serial + max(self.workers), (sum(self.workers) + self.driver + (cores - 1) * serial) / cores)


def _batch_child(src: str, out_dir: str, workers: int, shard_size: int) -> None:
    """Child process: one `telik batch` run; prints its `BatchCpu`."""
    from telik.batch import run_batch

    c0, t0 = time.process_time(), time.perf_counter()
    report = run_batch([src], Path(out_dir), workers=workers, shard_size=shard_size, quiet=True)
    print(json.dumps(dataclasses.asdict(BatchCpu(time.perf_counter() - t0, time.process_time() - c0,
                                                 report.start_cpu_seconds, report.end_cpu_seconds,
                                                 report.worker_cpu_seconds))))


#: Shards per batch run in `bench_workers`: the last shard leaves the other worker idle for at most its own time
#: (with 16, a shard of the whole corpus took 6 s), while each shard's own costs (a task, a file) stay small.
BENCH_SHARDS = 40


def bench_workers(arts: list[Article], out: BenchResult, repeats: int = 2) -> None:
    """`telik batch` (shards, corpus stage, export) with 2 workers vs 1, interleaved in the same run (min and median
    of `repeats`), each in a fresh process (as `telik batch` runs: a second run in one process would find Dask and
    the pipeline already imported), and the load-independent figures: each
    process's CPU (the driver, its serial start and end phases, each worker) and the speedup they allow on two idle
    cores (`BatchCpu.idle_cores_wall` of each run, the least of the runs)."""
    out.add("telik batch on", f"{len(arts):,} articles, {BENCH_SHARDS} shards")
    runs: dict[int, list[BatchCpu]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        _write_jsonl(arts, src)
        for r in range(repeats):
            for w in (1, 2):
                args = [sys.executable, "-m", "telik.bench", "--batch-child", str(src), str(Path(tmp) / f"w{w}-{r}"),
                        str(w), str(max(len(arts) // BENCH_SHARDS, 1))]
                res = subprocess.run(args, capture_output=True, text=True, check=True)
                runs[w].append(BatchCpu(**json.loads(res.stdout.strip().splitlines()[-1])))
    times = {w: [run.wall for run in runs[w]] for w in runs}
    one, two = (min(runs[w], key=BatchCpu.idle_cores_wall) for w in (1, 2))
    out.add("telik batch, 1 worker (shards, corpus stage, export)", _fmt(times[1]))
    out.add("telik batch, 2 workers", _fmt(times[2]))
    out.add("  speedup 2 workers / 1, min times (goal >= 1.8)", f"{min(times[1]) / min(times[2]):.2f}x")
    for w, run in ((1, one), (2, two)):
        out.add(f"  CPU, {w} worker{'s' if w > 1 else ''}: driver (serial start, end phase), workers",
                f"{run.driver:.1f} ({run.start:.1f}, {run.end:.1f}) CPU s, "
                + " + ".join(f"{c:.1f}" for c in run.workers) + " CPU s")
    out.add("  least wall on 2 idle cores, 1 worker / 2 workers",
            f"{one.idle_cores_wall():.1f} s / {two.idle_cores_wall():.1f} s")
    out.add("  speedup these allow on 2 idle cores", f"{one.idle_cores_wall() / two.idle_cores_wall():.2f}x")


def run(sample: int = 1000, full: bool = False, memory_budget_s: float = 1800.0, api: int = 30000,
        store: int | None = None) -> BenchResult:
    """Every benchmark in one run; prints a table as it goes.

    The default stays under 10 minutes on 2 cores (corpora of 1k and 10k articles); `full` adds 100k,
    which takes about half an hour. `api`: documents in the store the API latency is measured on (0: none);
    `store`: documents in the store 1,000 new ones are ingested into (default 30,000 with `full`, else 3,000).
    """
    sizes = (1000, 10000, 100000) if full else (1000, 10000)
    out = BenchResult()
    base, where = load_base_corpus()
    arts = list(varied(base, sample))
    print(f"Telik benchmark on {where}")
    print(f"machine: {platform.processor() or platform.machine()}, {platform.python_version()}, "
          f"{__import__('os').cpu_count()} cores")
    docs = bench_throughput(arts, out)
    bench_ingest(base, out, stored=store if store is not None else 30000 if full else 3000,
                 extract_rate=sample / out.extract_s if out.extract_s else None)
    bench_corpus_stage(docs, [sample, *sizes[1:]], out)
    bench_memory(list(sizes), out, memory_budget_s)
    bench_workers(base if full else arts, out)  # with --full, the whole corpus: what batch runs are for
    if api:
        from telik import bench_api

        bench_api.report(varied(base, min(sample, api)), api, seed=min(sample, api), add=out.add)
    return out


def main(argv: list[str] | None = None) -> None:
    """Run the benchmarks from the command line (`telik bench`)."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--full", action="store_true", help="also 100k-article corpora (about half an hour)")
    ap.add_argument("--api", type=int, default=30000,
                    help="documents in the store the API latency is measured on (0: skip; --sample of them ingested, "
                         "the rest replicated)")
    ap.add_argument("--store", type=int, default=None,
                    help="articles in the store 1,000 new ones are ingested into (default: 30,000 with --full, "
                         "else 3,000)")
    ap.add_argument("--memory-child", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--ingest-child", nargs="+", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--batch-child", nargs=4, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.ingest_child is not None:
        _ingest_child(args.ingest_child[0], args.ingest_child[1:])
        return
    if args.batch_child is not None:
        src, out_dir, workers, shard_size = args.batch_child
        _batch_child(src, out_dir, int(workers), int(shard_size))
        return
    if args.memory_child is not None:
        _memory_child(args.memory_child, args.keep)
        return
    run(sample=args.sample, full=args.full, api=args.api, store=args.store)


if __name__ == "__main__":
    main()

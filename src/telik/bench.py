"""Benchmarks that show where the time goes: throughput, per-component time, memory, corpus stage, workers.

Runs on `../shared/corpus/indosum-dev.jsonl` when present, else on a corpus generated from the bundled
sample articles. Larger corpora are made by varying the real articles (ids, numbers, a shuffled tail),
never by repeating them verbatim.
"""
from __future__ import annotations

import copy
import json
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from telik.model import Article, DocResult

SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "indosum-dev.jsonl"


@dataclass
class BenchResult:
    rows: list[tuple[str, str]] = field(default_factory=list)

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


def bench_throughput(arts: list[Article], out: BenchResult) -> list[DocResult]:
    """Full per-article pipeline vs spaCy's bare tokenizer on the same text, on one core, with per-component time."""
    import spacy

    from telik.clean import clean_article
    from telik.process import Processor

    proc = Processor()
    nlp = proc.nlp
    words = sum(len(a.text.split()) for a in arts)
    timings: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    docs: list[DocResult] = []
    for a in arts:
        docs.append(proc.process(a))
    full = time.perf_counter() - t0

    # the same work, component by component, to see where the time goes
    for a in arts:
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

    tok = spacy.blank("id").tokenizer
    t0 = time.perf_counter()
    for a in arts:
        tok(a.text)
    bare = time.perf_counter() - t0

    out.add("articles", f"{len(arts)} ({words / len(arts):.0f} words each on average)")
    out.add("full pipeline, one core: articles/s", f"{len(arts) / full:.1f}")
    out.add("full pipeline, one core: words/s", f"{words / full:,.0f}")
    out.add("spaCy blank('id') tokenizer: words/s", f"{words / bare:,.0f}")
    out.add("ratio pipeline/tokenizer (goal >= 0.30)", f"{bare / full:.3f}")
    total = sum(timings.values())
    for name, secs in sorted(timings.items(), key=lambda kv: -kv[1]):
        out.add(f"  time in {name}", f"{1000 * secs / len(arts):.2f} ms/article ({100 * secs / total:.0f}%)")
    return docs


def _memory_child(n: int) -> None:
    """Child process: stream `n` varied articles through the per-article stage, print peak RSS."""
    from telik.process import Processor

    base, _ = load_base_corpus()
    proc = Processor()
    start = rss_mb()
    for out in proc.process_many(varied(base, n)):
        del out
    print(json.dumps({"n": n, "start_mb": start, "peak_mb": rss_mb()}))


def bench_memory(sizes: list[int], out: BenchResult, budget_s: float) -> None:
    """Peak memory of the streaming per-article stage at each size (a fresh process each)."""
    for n in sizes:
        t0 = time.perf_counter()
        try:
            res = subprocess.run([sys.executable, "-m", "telik.bench", "--memory-child", str(n)],
                                 capture_output=True, text=True, timeout=budget_s)
        except subprocess.TimeoutExpired:
            out.add(f"peak memory, per-article stage, {n:,} articles", f"not measured (over {budget_s:.0f} s budget)")
            continue
        if res.returncode != 0:
            out.add(f"peak memory, per-article stage, {n:,} articles", f"failed: {res.stderr.strip()[-200:]}")
            continue
        data = json.loads(res.stdout.strip().splitlines()[-1])
        seconds = time.perf_counter() - t0
        out.add(f"peak memory, per-article stage, {n:,} articles",
                f"{data['peak_mb']:.0f} MB (pipeline loaded: {data['start_mb']:.0f} MB; {seconds:.0f} s)")


def bench_corpus_stage(docs: list[DocResult], sizes: list[int], out: BenchResult) -> None:
    """Corpus stage time as the corpus grows: it should grow close to linearly."""
    from telik.corpus import analyze_corpus

    rng = random.Random(11)
    for n in sizes:
        corpus = []
        for i in range(n):
            d = copy.deepcopy(docs[i % len(docs)])
            if i >= len(docs):
                d.id = f"{d.id}-v{i}"
                words = d.clean_text.split()
                rng.shuffle(words)
                d.clean_text = " ".join(words)
            corpus.append(d)
        t0 = time.perf_counter()
        analyze_corpus(corpus)
        secs = time.perf_counter() - t0
        out.add(f"corpus stage, {n:,} articles", f"{secs:.1f} s ({1e6 * secs / n:.0f} µs/article)")


def bench_workers(arts: list[Article], out: BenchResult) -> None:
    """Speedup of the Dask batch runner with 2 workers vs 1 on this machine."""
    from telik.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps({"id": a.id, "text": a.text}) + "\n")
        times = {}
        for w in (1, 2):
            t0 = time.perf_counter()
            run_batch([src], Path(tmp) / f"w{w}", workers=w, shard_size=max(len(arts) // 8, 1), quiet=True)
            times[w] = time.perf_counter() - t0
        out.add("Dask batch, 1 worker", f"{times[1]:.1f} s")
        out.add("Dask batch, 2 workers", f"{times[2]:.1f} s (speedup {times[1] / times[2]:.2f}x)")


def run(sample: int = 1000, full: bool = False, memory_budget_s: float = 1800.0) -> BenchResult:
    """Every benchmark in one run; prints a table as it goes.

    The default stays under 10 minutes on 2 cores (corpora of 1k and 10k articles); `full` adds 100k,
    which takes about half an hour.
    """
    sizes = (1000, 10000, 100000) if full else (1000, 10000)
    out = BenchResult()
    base, where = load_base_corpus()
    arts = list(varied(base, sample))
    print(f"Telik benchmark on {where}")
    print(f"machine: {platform.processor() or platform.machine()}, {platform.python_version()}, "
          f"{__import__('os').cpu_count()} cores")
    docs = bench_throughput(arts, out)
    bench_corpus_stage(docs, list(sizes), out)
    bench_memory(list(sizes), out, memory_budget_s)
    bench_workers(arts, out)
    return out


def main(argv: list[str] | None = None) -> None:
    """Run the benchmarks from the command line (`telik bench`)."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--full", action="store_true", help="also 100k-article corpora (about half an hour)")
    ap.add_argument("--memory-child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_child is not None:
        _memory_child(args.memory_child)
        return
    run(sample=args.sample, full=args.full)


if __name__ == "__main__":
    main()

"""API latency under load: the real `telik serve` on a loopback port, concurrent clients, p50/p95 per endpoint.

A large store is made in two steps (`fill_store`): articles go through the real pipeline and `ingest` (the
*seed*), then `replicate` copies the stored rows at the SQL level until the store holds the wanted number of
documents. Each copy is a disjoint world: its own document ids and hashes, entities, event clusters and
conflicts (every key gets a `~k` suffix), the same texts (so a search matches k times as many documents).
Only the `data` JSON of a copy, which the read path of these endpoints never opens, still names the original.
"""
from __future__ import annotations

import dataclasses
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from telik.model import Article, ReadError

#: The endpoints measured: (name, path); `{q}` is filled with one of QUERIES per request.
ENDPOINTS: tuple[tuple[str, str], ...] = (
    ("events", "/api/events?limit=50"),
    ("search", "/api/search?q={q}"),
    ("stats", "/api/stats"),
    ("entities", "/api/entities"),
    ("documents", "/api/documents"),
)
#: Search queries, one drawn at random per request: words common and rare in news (the most common match over
#: half the articles), a phrase, an OR, an exclusion. Answers are cached per store generation, so after its first
#: request a query is a cache hit; `fresh_search` makes every request a new query (see `search_query`).
QUERIES = ("polisi", "Jakarta", "Indonesia", "pemerintah", '"kata dia"', "bom OR serangan", "teroris", "tewas",
           "Densus 88", "Papua -Jakarta", "ISIS", "presiden")
#: Goal of issue 17: p95 under this many ms for every endpoint at 16 clients.
GOAL_P95_MS = 200.0


@dataclass
class Latency:
    """One endpoint's figures: milliseconds, over `requests` timed requests (warm-up excluded)."""

    endpoint: str
    path: str
    requests: int
    errors: int  # answers other than 200
    p50_ms: float
    p95_ms: float
    max_ms: float
    first_ms: float  # the very first request after the server started (caches cold)
    cpu_ms: float | None = None  # the server's CPU time per request, one client alone (None: not measurable here)


# ------------------------------------------------------------------------------------------- building a store

def _copy_statements(k: int, doc_off: int, event_off: int) -> list[tuple[str, dict[str, object]]]:
    """INSERT…SELECT statements making copy `k` of the documents with pk <= :cut and all their facts."""
    sfx = f"~{k}"
    p: dict[str, object] = {"sfx": sfx, "doff": doc_off, "eoff": event_off, "k": f"{k:08d}"}
    copied_entities = ("SELECT DISTINCT canonical FROM mentions WHERE document_id <= :cut UNION "
                       "SELECT DISTINCT speaker_canonical FROM quotes WHERE document_id <= :cut "
                       "AND speaker_canonical IS NOT NULL")
    return [(sql, p) for sql in (
        "INSERT INTO documents (id, hash, doc_id, title, outlet, dateline, published, reference_date, url, source, "
        "wire, text, clean_text, duplicate_of, credibility, credibility_signals, data, ingested_at) "
        "SELECT id + :doff, substr(hash, 1, 56) || :k, doc_id || :sfx, title, outlet, dateline, published, "
        "reference_date, url, source, wire, text, clean_text, duplicate_of || :sfx, credibility, "
        "credibility_signals, data, ingested_at FROM documents WHERE id <= :cut",
        "INSERT INTO documents_fts (rowid, title, clean_text) "
        "SELECT id + :doff, coalesce(title, ''), clean_text FROM documents WHERE id <= :cut",
        "INSERT INTO entities (canonical, label, name) SELECT canonical || :sfx, label, name FROM entities "
        f"WHERE canonical IN ({copied_entities})",
        "INSERT INTO aliases (canonical, alias, norm) SELECT canonical || :sfx, alias, norm FROM aliases "
        f"WHERE canonical IN ({copied_entities})",
        "INSERT INTO mentions (document_id, canonical, label, text, start, \"end\") "
        "SELECT document_id + :doff, canonical || :sfx, label, text, start, \"end\" FROM mentions "
        "WHERE document_id <= :cut",
        "INSERT INTO events (id, document_id, idx, type, subtype, trigger, date, date_precision, date_basis, location, "
        "location_basis, certainty, killed, killed_qualifier, injured, injured_qualifier, weapon, evidence, start, "
        "\"end\", cluster) SELECT id + :eoff, document_id + :doff, idx, type, subtype, trigger, date, date_precision, "
        "date_basis, location, location_basis, certainty, killed, killed_qualifier, injured, injured_qualifier, "
        "weapon, evidence, start, \"end\", cluster || :sfx FROM events WHERE document_id <= :cut",
        "INSERT INTO event_participants (event_id, role, name, norm) SELECT p.event_id + :eoff, p.role, p.name, "
        "p.norm FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.document_id <= :cut",
        "INSERT INTO event_evidence (event_id, text, start, \"end\") SELECT v.event_id + :eoff, v.text, v.start, "
        "v.\"end\" FROM event_evidence v JOIN events e ON e.id = v.event_id WHERE e.document_id <= :cut",
        "INSERT INTO figure_history (cluster, field, value, qualifier, document_id, event_id, outlet, published) "
        "SELECT cluster || :sfx, field, value, qualifier, document_id + :doff, event_id + :eoff, outlet, published "
        "FROM figure_history WHERE document_id <= :cut",
        "INSERT INTO quotes (document_id, speaker, speaker_canonical, speaker_role, anonymous, text, start, \"end\") "
        "SELECT document_id + :doff, speaker, speaker_canonical || :sfx, speaker_role, anonymous, text, start, "
        "\"end\" FROM quotes WHERE document_id <= :cut",
        "INSERT INTO claims (document_id, source, anonymous, text, start, \"end\") "
        "SELECT document_id + :doff, source, anonymous, text, start, \"end\" FROM claims WHERE document_id <= :cut",
        "INSERT INTO conflicts (cluster, field, \"values\", reports, best, reason, kind) "
        "SELECT cluster || :sfx, field, \"values\", reports, best, reason, kind FROM conflicts "
        "WHERE cluster IN (SELECT cluster FROM events WHERE document_id <= :cut)",
    )]


def replicate(url: str, n: int) -> int:
    """Copy the stored documents and their facts (disjoint copies, see the module docstring) until the SQLite
    store at `url` holds `n` documents; returns how many it held before. The documents stored at the start
    are the originals of every copy; the last copy may be partial."""
    from telik.store import Store
    from telik.store.cache import stamp

    with Store(url) as store:
        if store.dialect != "sqlite":
            raise ValueError("replicate() copies rows of a SQLite store only")
        with store.engine.begin() as conn:
            ids = [r[0] for r in conn.execute(text("SELECT id FROM documents ORDER BY id"))]
            event_max = conn.execute(text("SELECT coalesce(max(id), 0) FROM events")).scalar_one()
            if not ids:
                raise ValueError("replicate() needs at least one stored document")
            have = len(ids)
            k = 0
            while have < n:
                k += 1
                take = min(len(ids), n - have)
                _copy(conn, k, cut=ids[take - 1], doc_off=k * ids[-1], event_off=k * event_max)
                have += take
            with Session(bind=conn) as s:  # in the same transaction
                stamp(s)  # cached aggregates of the smaller store are stale
                newest = s.execute(text("SELECT max(id) FROM documents")).scalar_one()
                s.execute(text("UPDATE store_meta SET value = :v WHERE key = 'corpus_analysed_upto'"),
                          {"v": str(newest)})
                s.flush()
        return len(ids)


def _copy(conn: Connection, k: int, cut: int, doc_off: int, event_off: int) -> None:
    for sql, params in _copy_statements(k, doc_off, event_off):
        conn.execute(text(sql), {**params, "cut": cut})


def fill_store(path: Path, n: int, articles: Iterable[Article | ReadError], seed: int) -> str:
    """A SQLite store at `path` with `n` documents: the first `seed` articles ingested (pipeline, corpus stage),
    the rest replicated at the SQL level. Returns a one-line account of how it was made."""
    from itertools import islice

    from telik.store import Store, ingest_articles

    url = f"sqlite:///{path}"
    t0 = time.perf_counter()
    with Store(url) as store:
        report = ingest_articles(store, islice(articles, min(seed, n)))
        stored = store.stats().documents
    ingest_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if n > stored:
        replicate(url, n)
    copy_s = time.perf_counter() - t0
    how = f"{stored:,} articles ingested ({ingest_s:.0f} s, {len(report.errors)} failed)"
    if n > stored:
        how += f", replicated at the SQL level to {n:,} ({copy_s:.0f} s)"
    return f"{how}: {describe(url)}"


def describe(url: str) -> str:
    """What the store holds, in one line."""
    from telik.store import Store

    with Store(url) as store:
        st = store.stats()
    return (f"{st.documents:,} documents, {st.events:,} event mentions, {st.entities:,} entities, "
            f"{st.mentions:,} entity mentions, {st.quotes:,} quotes")


# ------------------------------------------------------------------------------------------------ measuring

def search_query(query: str, fresh: str | None) -> str:
    """`query`, or with `fresh` (a word of letters and digits found in no article) excluded: the same hits
    from a query never asked before, so its answer cannot come from a cache."""
    return f"{query} -{fresh}" if fresh else query


def server_cpu(pid: int) -> float | None:
    """CPU seconds the process has used, all its threads (Linux's schedstat, in ns); None elsewhere."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        return sum(int((t / "schedstat").read_text().split()[0]) for t in tasks) / 1e9
    except (OSError, ValueError, IndexError):
        return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _client(i: int, base: str) -> httpx.Client:
    """Client `i` connects from its own loopback address (127.0.0.2, .3, …): 16 clients are 16 addresses, as
    the per-client limit (TELIK_MAX_PER_CLIENT) sees them."""
    local = f"127.0.0.{2 + i % 250}"
    return httpx.Client(base_url=base, timeout=60, transport=httpx.HTTPTransport(local_address=local))


def _start_server(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    """`telik serve` in a subprocess (its access log to `log`), once it answers."""
    with log.open("wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "telik", "serve", "--db", url, "--port", str(port)],
                                stdout=fh, stderr=subprocess.STDOUT, env={**os.environ})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"telik serve exited ({proc.returncode}): {log.read_text()[-500:]}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2)
            return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("telik serve did not answer within 120 s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear between the closest ranks."""
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def measure(url: str, *, clients: int = 16, rounds: int = 10, warmup: int = 2,
            endpoints: Sequence[tuple[str, str]] = ENDPOINTS, queries: Sequence[str] = QUERIES,
            fresh_search: bool = False) -> list[Latency]:
    """Start `telik serve` on the store at `url`, then `clients` threads each request every endpoint `warmup`
    times (not timed) and `rounds` times (timed), in a shuffled order, without pause: p50 and p95 per endpoint.
    Then one client requests each endpoint `rounds` times more, alone, for the server's CPU time per request.
    `fresh_search`: every search is a query never asked before (`search_query`), so none is answered from a cache."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        proc = _start_server(url, port, Path(tmp) / "serve.log")
        try:
            figures = _measure(base, clients, rounds, warmup, endpoints, queries, fresh_search)
            cpu = _cpu_per_request(proc.pid, base, rounds, endpoints, queries, fresh_search)
            return [dataclasses.replace(f, cpu_ms=cpu.get(f.endpoint)) for f in figures]
        finally:
            _stop(proc)


def _path(path: str, query: str, fresh: str | None) -> str:
    return path.format(q=search_query(query, fresh)) if "{q}" in path else path


def _cpu_per_request(pid: int, base: str, rounds: int, endpoints: Sequence[tuple[str, str]],
                     queries: Sequence[str], fresh_search: bool) -> dict[str, float]:
    """Server CPU ms per request of each endpoint, requested `rounds` times by one client (queries in turn)."""
    out: dict[str, float] = {}
    with _client(0, base) as c:
        for name, path in endpoints:
            before = server_cpu(pid)
            for r in range(rounds):
                c.get(_path(path, queries[r % len(queries)], f"zqcpu{r}" if fresh_search else None))
            after = server_cpu(pid)
            if before is not None and after is not None:
                out[name] = 1000 * (after - before) / rounds
    return out


def _measure(base: str, clients: int, rounds: int, warmup: int, endpoints: Sequence[tuple[str, str]],
             queries: Sequence[str], fresh_search: bool) -> list[Latency]:
    first: dict[str, float] = {}
    with _client(0, base) as c:  # each endpoint once, alone: the cold cost (caches empty)
        for name, path in endpoints:
            t0 = time.perf_counter()
            c.get(_path(path, queries[0], "zqfirst" if fresh_search else None))
            first[name] = 1000 * (time.perf_counter() - t0)
    times: dict[str, list[float]] = {name: [] for name, _ in endpoints}
    errors: dict[str, int] = dict.fromkeys(times, 0)
    lock = threading.Lock()
    start = threading.Barrier(clients)
    failures: list[BaseException] = []

    def work(i: int) -> None:
        rng = random.Random(i)
        try:
            with _client(i, base) as c:
                start.wait()
                for r in range(warmup + rounds):
                    batch = list(endpoints)
                    rng.shuffle(batch)
                    for name, path in batch:
                        query = rng.choice(queries)
                        t0 = time.perf_counter()
                        res = c.get(_path(path, query, f"zq{i}n{r}" if fresh_search else None))
                        ms = 1000 * (time.perf_counter() - t0)
                        if r < warmup:
                            continue
                        with lock:
                            times[name].append(ms)
                            errors[name] += res.status_code != 200
        except BaseException as exc:  # reported below: a thread's exception would otherwise vanish
            failures.append(exc)
            start.abort()

    threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise RuntimeError(f"a client failed: {failures[0]!r}") from failures[0]
    return [Latency(name, path, len(times[name]), errors[name], statistics.median(times[name]),
                    _percentile(times[name], 95), max(times[name]), first[name])
            for name, path in endpoints]


# --------------------------------------------------------------------------------------------- `telik bench`

def format_latency(lat: Latency) -> str:
    """One endpoint's figures on one line."""
    verdict = "" if lat.endpoint == "documents" else (" ok" if lat.p95_ms < GOAL_P95_MS else " OVER GOAL")
    errs = f", {lat.errors} not 200" if lat.errors else ""
    cpu = f"; server CPU {lat.cpu_ms:.1f} ms/request alone" if lat.cpu_ms is not None else ""
    return (f"p50 {lat.p50_ms:.0f} ms, p95 {lat.p95_ms:.0f} ms{verdict} (max {lat.max_ms:.0f}, first "
            f"{lat.first_ms:.0f} ms; {lat.requests} requests{errs}{cpu})")


def report(articles: Iterable[Article | ReadError], n: int, seed: int, add: Callable[[str, str], None],
           clients: int = 16, rounds: int = 10) -> list[Latency]:
    """Build a store of `n` documents (`seed` of them through the pipeline) in a temporary folder, measure the
    API on it and hand each figure to `add(name, value)` (`telik bench` prints them as they come)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "api.db"
        add(f"API store, {n:,} documents", fill_store(db, n, articles, seed))
        figures = measure(f"sqlite:///{db}", clients=clients, rounds=rounds)
    for lat in figures:
        add(f"API {lat.path.replace('?q={q}', '?q=…')}, {clients} clients", format_latency(lat))
    return figures


def main(argv: list[str] | None = None) -> None:
    """API latency of one SQLite store: `python -m telik.bench_api STORE.db [--replicate N]`."""
    import argparse
    import sqlite3

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("db", type=Path, help="a SQLite store (telik ingest --db sqlite:///FILE …)")
    ap.add_argument("--replicate", type=int, default=0, metavar="N",
                    help="measure a copy of the store replicated at the SQL level to N documents")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=10, help="timed requests per client and endpoint")
    ap.add_argument("--fresh-search", action="store_true",
                    help="every search a query never asked before (no cached answer): the cost of ranking")
    args = ap.parse_args(argv)

    def add(name: str, value: str) -> None:
        print(f"  {name:<52} {value}", flush=True)

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db.resolve()
        if args.replicate:
            copy = Path(tmp) / "replicated.db"
            with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
                src.backup(dst)  # the log's pages too, unlike a file copy
            t0 = time.perf_counter()
            replicate(f"sqlite:///{copy}", args.replicate)
            add("replicated", f"{args.db} to {args.replicate:,} documents ({time.perf_counter() - t0:.0f} s)")
            db = copy
        add("store", describe(f"sqlite:///{db}"))
        for lat in measure(f"sqlite:///{db}", clients=args.clients, rounds=args.rounds,
                           fresh_search=args.fresh_search):
            add(f"API {lat.path.replace('?q={q}', '?q=…')}, {args.clients} clients", format_latency(lat))


if __name__ == "__main__":
    main()

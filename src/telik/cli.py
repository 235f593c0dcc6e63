"""The `telik` command line: it parses arguments and calls library functions, nothing more."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from telik.errors import Errors, TelikError
from telik.model import ReadError

if TYPE_CHECKING:
    from datetime import datetime

    from telik.store import Store


def _echo_errors(errors: list[ReadError]) -> None:
    for err in errors:
        click.echo(f"telik: {err}", err=True)


class _Commands(click.Group):
    """Every TelikError a command raises becomes one line `telik: [Ennn] …` on stderr and exit status 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TelikError as exc:
            click.echo(f"telik: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=_Commands)
@click.version_option(package_name="telik")
def cli() -> None:
    """Telik: structured, sourced intelligence from Indonesian news about terrorism and armed conflict."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default="-", help="Export file (default: stdout).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def extract(inputs: tuple[Path, ...], output: Path, quiet: bool) -> None:
    """Extract everything from INPUTS and write the JSON export."""
    from telik.export.pieces import atomic_text
    from telik.extract import extract_to

    if str(output) == "-":
        count, errors = extract_to(inputs, sys.stdout, quiet=quiet)
    else:
        with atomic_text(output) as out:
            count, errors = extract_to(inputs, out, quiet=quiet)
    _echo_errors(errors)
    if str(output) != "-" and not quiet:
        click.echo(f"{count} documents, {len(errors)} unreadable -> {output}", err=True)
    if errors:
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Folder for shard files.")
@click.option("--workers", default=2, show_default=True, help="Local worker processes (0: run in this process).")
@click.option("--scheduler", default=None, help="Address of a running Dask scheduler, tcp://HOST:PORT.")
@click.option("--shard-size", default=200, show_default=True, help="Articles per shard.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def batch(inputs: tuple[Path, ...], out_dir: Path, workers: int, scheduler: str | None, shard_size: int,
          quiet: bool) -> None:
    """Run the pipeline over INPUTS on Dask, then the corpus stage; writes export.json in the --out folder (what
    `extract` writes). A killed run resumes by skipping finished shards."""
    from telik.batch import EXPORT, run_batch

    report = run_batch(inputs, out_dir, workers=workers, scheduler=scheduler, shard_size=shard_size, quiet=quiet)
    _echo_errors(report.unreadable)
    click.echo(f"{report.shards} shards processed, {report.skipped} already done; "
               f"{report.exported} documents, {len(report.unreadable)} unreadable -> {out_dir / EXPORT}",
               err=True)
    if report.unreadable:
        sys.exit(1)


@cli.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", default=None, help="Database URL (default: TELIK_DB or sqlite:///telik.db).")
def load(out_dir: Path, db: str | None) -> None:
    """Load the shards of a `telik batch` run into the store (idempotent) and re-run the corpus stage."""
    from telik.batch import load_shards

    added, skipped = load_shards(out_dir, db)
    click.echo(f"{added} documents added, {skipped} already stored")


@cli.command()
@click.option("--sample", default=1000, show_default=True, help="Articles for the throughput and worker runs.")
@click.option("--full", is_flag=True, help="Also measure 100k-article corpora (about half an hour).")
@click.option("--api", default=30000, show_default=True,
              help="Documents in the store the API latency is measured on (0: skip; --sample of them ingested, "
                   "the rest replicated).")
@click.option("--store", type=int, default=None,
              help="Articles in the store 1,000 new ones are ingested into (default: 30,000 with --full, else 3,000).")
def bench(sample: int, full: bool, api: int, store: int | None) -> None:
    """Measure throughput, time per component, memory, corpus-stage growth, worker speedup and API latency."""
    from telik.bench import run

    run(sample=sample, full=full, api=api, store=store)


_DB_HELP = "Database URL (default: TELIK_DB, else sqlite:///telik.db)."


def _store(db: str | None, *, read_only: bool = False) -> Store:
    """The store at `db`; a read-only command never creates a database (E032)."""
    from telik.store.opening import open_store

    return open_store(db, read_only=read_only)


def _check_place(store: Store, place: str) -> None:
    """A place filter that matched nothing: refused when neither the gazetteer nor any event knows the place."""
    from telik.geo import resolve

    if resolve(place).country is None:
        raise TelikError(Errors.E035, value=place, choices=", ".join(store.event_places()) or "none yet")


def _check_filters(type_: str | None, since: str | None, until: str | None) -> None:
    """Refuse an unknown event type or a date that is not YYYY[-MM[-DD]] (one line, with what is allowed)."""
    from telik.export.common import event_types
    from telik.store.opening import check_date

    if type_ and type_.upper() not in event_types():
        raise TelikError(Errors.E033, value=type_, choices=", ".join(event_types()))
    check_date("--since", since)
    check_date("--until", until)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--samples", is_flag=True, help="Also ingest the sample articles bundled with Telik.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(inputs: tuple[Path, ...], db: str | None, samples: bool, quiet: bool) -> None:
    """Extract INPUTS into the database; content already stored is skipped, the new documents' neighbourhood in the
    corpus is re-analysed (see `telik reanalyze` for all of it)."""
    from telik.store import ingest_paths, sample_dir

    if not inputs and not samples:
        raise click.UsageError("give INPUT files or folders, or --samples")
    with _store(db) as store, sample_dir() as samples_path:
        report = ingest_paths(store, [*inputs, *([samples_path] if samples else [])], quiet=quiet)
    _echo_errors(report.errors)
    if not quiet:
        click.echo(f"{len(report.added)} documents added, {report.skipped} already stored, "
                   f"{len(report.errors)} failed", err=True)
    if report.errors:
        sys.exit(1)


@cli.command()
@click.option("--db", default=None, help=_DB_HELP)
def reanalyze(db: str | None) -> None:
    """Re-run the corpus stage over every stored document (ingest re-analyses only what new documents touch)."""
    from telik.store import reanalyze as run

    with _store(db) as store:
        conflicts = run(store)
    click.echo(f"{len(conflicts)} conflicts", err=True)


@cli.command()
@click.option("--db", default=None, help=_DB_HELP)
def summary(db: str | None) -> None:
    """Print what the database holds: documents, entities, events by type, conflicts."""
    from telik.store import render

    with _store(db, read_only=True) as store:
        click.echo(render.summary(store))


@cli.command()
@click.argument("query")
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--limit", default=20, show_default=True)
def search(query: str, db: str | None, limit: int) -> None:
    """Full-text search: matching documents with a snippet."""
    from telik.store import render

    with _store(db, read_only=True) as store:
        click.echo(render.search_results(store.search(query, limit=limit)))


@cli.command()
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--alias", default=None, help="Only the entity with this alias (any spelling, any case).")
@click.option("--label", default=None, help="PER, ORG, GPE, LOC or FAC.")
@click.option("--limit", default=50, show_default=True)
def entities(db: str | None, alias: str | None, label: str | None, limit: int) -> None:
    """List entities with mention counts and aliases."""
    from telik.store import render

    with _store(db, read_only=True) as store:
        click.echo(render.entities(store.list_entities(alias=alias, label=label, limit=limit)))


@cli.command()
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--type", "type_", default=None, help="ATTACK, ARREST, MILITARY_OPERATION, WARNING, ...")
@click.option("--since", default=None, help="Events dated on or after this ISO date.")
@click.option("--until", default=None, help="Events dated on or before this ISO date.")
@click.option("--place", default=None, help="Events at this place (any alias).")
@click.option("--actor", default=None, help="Events by this actor (any alias).")
@click.option("--per", type=click.Choice(["event", "report"]), default="event", show_default=True,
              help="One line per real-world event (its reports listed under it), or per report.")
@click.option("--limit", default=50, show_default=True)
def events(db: str | None, type_: str | None, since: str | None, until: str | None, place: str | None,
           actor: str | None, per: str, limit: int) -> None:
    """List real-world events with their best figures, evidence and reports (or every report with --per report)."""
    from telik.store import render

    _check_filters(type_, since, until)
    with _store(db, read_only=True) as store:
        listing = store.list_events if per == "report" else store.list_real_events
        page = listing(type=type_, since=since, until=until, place=place, actor=actor, limit=limit)
        if place and not page.total:
            _check_place(store, place)
        click.echo(render.events(page) if per == "report" else render.real_events(page))


@cli.command()
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--speaker", default=None, help="Quotes by this speaker (part of the name or any alias).")
@click.option("--limit", default=50, show_default=True)
def quotes(db: str | None, speaker: str | None, limit: int) -> None:
    """List direct quotations with their speakers."""
    from telik.store import render

    with _store(db, read_only=True) as store:
        click.echo(render.quotes(store.list_quotes(speaker=speaker, limit=limit)))


@cli.command()
@click.argument("entity")
@click.option("--db", default=None, help=_DB_HELP)
def timeline(entity: str, db: str | None) -> None:
    """Dated events an ENTITY (or place) took part in, in order, with their sources."""
    from telik.store import render

    with _store(db, read_only=True) as store:
        click.echo(render.timeline(entity, store.timeline(entity)))


@cli.command("export")
@click.option("--format", "fmt", required=True, help="jsonl, acled, gtd, plover, brat or geojson.")
@click.option("--db", default=None, help=_DB_HELP)
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="File (brat: folder) to write.")
def export_cmd(fmt: str, db: str | None, output: Path) -> None:
    """Export the database in an analyst format."""
    from telik.store.exporting import export_store

    with _store(db, read_only=True) as store:
        n = export_store(store, fmt, output)
    click.echo(f"{n} records -> {output}", err=True)


@cli.command("import-brat")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default="-", help="Gold JSON file (default: stdout).")
def import_brat(folder: Path, output: Path) -> None:
    """Read brat .txt/.ann pairs back as gold-format JSON, after annotators corrected them."""
    from telik.export.brat import read_brat_dir

    text = json.dumps(read_brat_dir(folder), ensure_ascii=False, indent=1)
    if str(output) == "-":
        click.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")


@cli.command()
@click.argument("text")
@click.option("--ref", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Reference date YYYY-MM-DD.")
def dates(text: str, ref: datetime | None) -> None:
    """Print every date expression in TEXT as JSON (start, end, value, precision, range)."""
    from dataclasses import asdict

    from telik.nlp.time.find import find_dates

    found = find_dates(text, ref.date() if ref is not None else None)
    click.echo(json.dumps([asdict(d) for d in found], ensure_ascii=False, indent=1))


@cli.command()
@click.argument("text")
def numbers(text: str) -> None:
    """Print every figure in TEXT as JSON (value, low, high, qualifier, unit, kind)."""
    from dataclasses import asdict

    from telik.nlp.numbers.component import find_figures

    click.echo(json.dumps([asdict(f) for f in find_figures(text)], ensure_ascii=False, indent=1))


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--rules", "rules_path", required=True, type=click.Path(path_type=Path), help="YAML alert rules.")
@click.option("--db", default=None, help="Database URL (default: TELIK_DB or sqlite:///telik.db).")
@click.option("--interval", default="15m", show_default=True, help="Time between polls: 30s, 15m, 2h.")
@click.option("--once", is_flag=True, help="Poll once and exit.")
@click.option("--alerts-file", type=click.Path(path_type=Path), default=None, help="Also append alerts here (JSONL).")
@click.option("--webhook", default=None, help="Also POST each alert as JSON to this URL.")
@click.option("--allow-private", is_flag=True, help="Allow feeds and webhooks on private or loopback addresses.")
def watch(sources: tuple[str, ...], rules_path: Path, db: str | None, interval: str, once: bool,
          alerts_file: Path | None, webhook: str | None, allow_private: bool) -> None:
    """Poll feeds (RSS/Atom, sitemaps, JSONL; URLs or files), ingest new articles, print alerts as JSON lines."""
    from telik.watch import Watcher, load_rules, parse_interval
    from telik.watch.net import Fetcher, FetchPolicy
    from telik.watch.sinks import FileSink, Sink, StdoutSink, WebhookSink

    rules = load_rules(rules_path)
    try:
        seconds = parse_interval(interval)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--interval") from exc
    sinks: list[Sink] = [StdoutSink()]
    if alerts_file:
        sinks.append(FileSink(alerts_file))
    if webhook:
        sinks.append(WebhookSink(webhook, allow_private=allow_private))
    with _store(db) as store:
        watcher = Watcher(list(sources), rules, store, sinks, fetcher=Fetcher(FetchPolicy(allow_private=allow_private)))
        report = watcher.run(seconds, polls=1 if once else None,
                             on_error=lambda error: click.echo(f"telik: {error}", err=True))
    if report.errors:
        sys.exit(1)


@cli.command()
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="TCP port.")
@click.option("--allow-ingest", is_flag=True, help="Accept POST /api/ingest (read-only otherwise).")
def serve(db: str | None, host: str, port: int, allow_ingest: bool) -> None:
    """Serve the REST API (/api, documented at /docs) and the web dashboard (/)."""
    from dataclasses import replace

    import uvicorn

    from telik.api import create_app
    from telik.api.auth import serve_settings
    from telik.settings import get_settings

    settings = get_settings()
    allow = allow_ingest or settings.api_allow_ingest
    settings = replace(settings, db_url=db or settings.db_url, api_allow_ingest=allow)
    app = create_app(serve_settings(settings, host))
    uvicorn.run(app, host=host, port=port, log_level="info")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the facts as one JSON object.")
def info(as_json: bool) -> None:
    """Package version, pipeline components in order, and the trained model's data and held-out scores."""
    from telik.info import format_info, pipeline_info

    facts = pipeline_info()
    click.echo(json.dumps(facts, indent=2) if as_json else format_info(facts))


def main() -> None:
    """Console entry point: library errors become clean messages, not tracebacks."""
    try:
        cli(standalone_mode=True)
    except TelikError as exc:
        click.echo(f"telik: {exc}", err=True)
        sys.exit(2)

"""The `telik` command line: it parses arguments and calls library functions, nothing more."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from telik.errors import TelikError


def _fail_on_errors(errors: list, quiet: bool) -> None:
    for err in errors:
        click.echo(f"telik: cannot read {err.source}: {err.reason}", err=True)


@click.group()
@click.version_option(package_name="telik")
def cli() -> None:
    """Telik: structured, sourced intelligence from Indonesian news about terrorism and armed conflict."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default="-", help="Export file (default: stdout).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def extract(inputs: tuple[Path, ...], output: Path, quiet: bool) -> None:
    """Extract everything from INPUTS and write the JSON export."""
    from telik.export.native import build_export
    from telik.extract import extract_paths

    result = extract_paths(inputs, quiet=quiet)
    _fail_on_errors(result.errors, quiet)
    data = build_export(result.documents, result.conflicts, [e.__dict__ for e in result.errors])
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if str(output) == "-":
        click.echo(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
        if not quiet:
            click.echo(f"{len(result.documents)} documents, {len(result.errors)} unreadable -> {output}", err=True)
    if result.errors:
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
    """Run the pipeline over INPUTS on Dask; a killed run resumes by skipping finished shards."""
    from telik.batch import corpus_from_shards, run_batch
    from telik.export.native import build_export

    report = run_batch(inputs, out_dir, workers=workers, scheduler=scheduler, shard_size=shard_size, quiet=quiet)
    result = corpus_from_shards(out_dir)
    export = out_dir / "export.json"
    export.write_text(json.dumps(build_export(result.documents, result.conflicts,
                                              [e.__dict__ for e in result.errors]), ensure_ascii=False) + "\n")
    click.echo(f"{report.shards} shards processed, {report.skipped} already done; "
               f"{len(result.documents)} documents, {len(result.errors)} unreadable -> {export}", err=True)
    if result.errors:
        sys.exit(1)


@cli.command()
@click.option("--sample", default=1000, show_default=True, help="Articles for the throughput and worker runs.")
def bench(sample: int) -> None:
    """Measure throughput, time per component, memory, corpus-stage growth and worker speedup."""
    from telik.bench import run

    run(sample=sample)


def main() -> None:
    """Console entry point: library errors become clean messages, not tracebacks."""
    try:
        cli(standalone_mode=True)
    except TelikError as exc:
        click.echo(f"telik: {exc}", err=True)
        sys.exit(2)

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


def main() -> None:
    """Console entry point: library errors become clean messages, not tracebacks."""
    try:
        cli(standalone_mode=True)
    except TelikError as exc:
        click.echo(f"telik: {exc}", err=True)
        sys.exit(2)

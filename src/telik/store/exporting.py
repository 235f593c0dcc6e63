"""Writing the whole store in one of the export formats."""
from __future__ import annotations

from pathlib import Path

from telik.errors import Errors, TelikError
from telik.export import acled, brat, geojson, gtd, jsonl, plover
from telik.store.repository import Store

#: Formats written to one file; `brat` writes a folder.
FILE_FORMATS = {"jsonl": jsonl.write, "acled": acled.write, "gtd": gtd.write, "plover": plover.write,
                "geojson": geojson.write}
FORMATS = sorted([*FILE_FORMATS, "brat"])


def export_store(store: Store, fmt: str, output: Path) -> int:
    """Export every stored document (and conflict) as `fmt` to `output`; returns the number of records."""
    if fmt not in FORMATS:
        raise TelikError(Errors.E012, fmt=fmt, choices=", ".join(FORMATS))
    docs = store.all_results()
    if fmt == "brat":
        return brat.write_dir(docs, output)
    newline = "" if fmt in ("acled", "gtd") else None  # the csv module writes its own line endings
    with output.open("w", encoding="utf-8", newline=newline) as out:
        return FILE_FORMATS[fmt](docs, store.conflicts(), out)

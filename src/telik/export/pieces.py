"""The native export written piece by piece: each document's record serialised on its own (on any process), the
pieces joined into exactly the text `extract.dump_json(build_export(...))` writes.

The batch runner has its workers serialise the documents and only joins their pieces; a streaming extract can
write each piece as its document comes.
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from telik.export.native import document_record
from telik.model import Conflict, DocResult

#: The export's indentation (`dump_json`'s).
INDENT = 1


def _nested(value: Any, depth: int) -> str:
    """`value` as JSON, indented as it is `depth` levels deep in the export.

    JSON strings never hold a raw newline, so shifting every line start is exact.
    """
    return json.dumps(value, ensure_ascii=False, indent=INDENT).replace("\n", "\n" + " " * (INDENT * depth))


def document_piece(doc: DocResult) -> str:
    """One `documents[]` entry as the export's text holds it."""
    return _nested(document_record(doc), 2)


def write_pieces(out: TextIO, pieces: Iterable[str], conflicts: list[Conflict],
                 errors: list[dict[str, str]]) -> None:
    """Write the export from document pieces, in order: the same text as `dump_json(build_export(...))`."""
    pad = " " * INDENT
    out.write("{\n" + pad + '"documents": [')
    empty = True
    for piece in pieces:
        out.write(("\n" if empty else ",\n") + pad * 2 + piece)
        empty = False
    out.write("]" if empty else "\n" + pad + "]")
    for key, value in (("conflicts", [dataclasses.asdict(c) for c in conflicts]), ("errors", errors)):
        out.write(f',\n{pad}"{key}": {_nested(value, 1)}')
    out.write("\n}\n")


@contextmanager
def atomic_text(output: Path) -> Iterator[TextIO]:
    """A text file beside `output` that replaces it when the block ends without error: readers never see half a
    file, and a failed write leaves the old one in place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            yield out
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # the permissions a plainly created file would get, not mkstemp's 0600
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""Native JSONL: one DocResult per line (lossless), then one line per conflict."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import IO

from telik.model import Conflict, DocResult


def document_line(doc: DocResult) -> str:
    """One document as a JSONL line."""
    return json.dumps({"document": doc.to_dict()}, ensure_ascii=False) + "\n"


def write(docs: list[DocResult], conflicts: list[Conflict], out: IO[str]) -> int:
    """Write `{"document": …}` lines then `{"conflict": …}` lines; returns the number of lines."""
    for doc in docs:
        out.write(document_line(doc))
    for c in conflicts:
        out.write(json.dumps({"conflict": dataclasses.asdict(c)}, ensure_ascii=False) + "\n")
    return len(docs) + len(conflicts)


def read(lines: Iterable[str]) -> tuple[list[DocResult], list[Conflict]]:
    """The inverse of `write`."""
    docs: list[DocResult] = []
    conflicts: list[Conflict] = []
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        if "document" in record:
            docs.append(DocResult.from_dict(record["document"]))
        else:
            conflicts.append(Conflict(**record["conflict"]))
    return docs, conflicts

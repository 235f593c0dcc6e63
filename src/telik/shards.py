"""The shard files of a batch run: one JSON line per document or failed input, written on a worker, read in the end
phase.

A document's line carries, beside its result, what the corpus stage needs of it alone (its dedup band keys, its
credibility signals, whether its claims can take part in a contradiction): computed on the worker with its shard,
so the serial end phase only aggregates. Shards written before these were kept get them when read.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telik.errors import Errors
from telik.model import Article, DocResult, ReadError

if TYPE_CHECKING:
    from telik.corpus.credibility import Signal

SHARD_GLOB = "shard-*.jsonl"


@dataclass
class Shards:
    """What finished shards hold, in shard order: documents with what the corpus stage needs of each, and failed
    inputs."""

    documents: list[DocResult] = field(default_factory=list)
    bands: list[list[str]] = field(default_factory=list)
    signals: list[list[Signal]] = field(default_factory=list)
    placeable: list[bool] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)

    def extend(self, other: Shards) -> None:
        """Append `other`'s documents and errors after these."""
        self.documents += other.documents
        self.bands += other.bands
        self.signals += other.signals
        self.placeable += other.placeable
        self.errors += other.errors


def shard_path(out_dir: Path, index: int) -> Path:
    """The file shard `index` is written to (its existence marks the shard done)."""
    return out_dir / f"shard-{index:05d}.jsonl"


def doc_parts(doc: DocResult) -> dict[str, Any]:
    """The corpus stage's per-document part: LSH band keys, credibility signals, whether the claims can be placed."""
    from telik.corpus.credibility import document_signals
    from telik.corpus.dedup import band_keys, dedup_text
    from telik.corpus.spooled import placeable

    return {"bands": band_keys(dedup_text(doc)), "signals": document_signals(doc), "placeable": placeable(doc)}


def shard_line(doc: DocResult) -> str:
    """A document's shard line: its result and `doc_parts`, computed here on the worker."""
    return json.dumps({"document": doc.to_dict(), **doc_parts(doc)}, ensure_ascii=False) + "\n"


def read_shard(path: Path) -> Shards:
    """Every document and error of one shard file, in order."""
    shard = Shards()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "document" not in rec:
                shard.errors.append(ReadError(**{"code": "E001", **rec["error"]}))  # shards written before codes
                continue
            doc = DocResult.from_dict(rec["document"])
            if "placeable" not in rec:  # written before these parts were kept
                rec.update(doc_parts(doc))
            shard.documents.append(doc)
            shard.bands.append(rec["bands"])
            shard.signals.append([(name, count, label) for name, count, label in rec["signals"]])
            shard.placeable.append(rec["placeable"])
    return shard


class ShardReader:
    """Reads shard files as they are finished, so the end phase's reading overlaps the workers; `collect` gives
    every shard of the folder in the order `read_shards` would."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.read: dict[str, Shards] = {}

    def take(self, path: Path) -> None:
        """Read a finished shard now."""
        self.read[path.name] = read_shard(path)

    def collect(self) -> Shards:
        """Every shard of the folder in path order: those taken, and the rest (a resumed run's) read now."""
        out = Shards()
        for path in sorted(self.out_dir.glob(SHARD_GLOB)):
            out.extend(self.read.pop(path.name) if path.name in self.read else read_shard(path))
        return out


def read_shards(out_dir: Path) -> Shards:
    """Every document and error from the finished shards, in shard order."""
    return ShardReader(out_dir).collect()


def fail_shard(index: int, items: list[Article | ReadError], out_dir: str, reason: str) -> tuple[int, int, int]:
    """Record a shard whose task died (its worker was killed, say): each of its inputs as failed, with the reason.

    The shard counts as done, so a resumed run does not hand the same input to a worker again and again.
    """
    target = shard_path(Path(out_dir), index)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as fh:
        for item in items:
            error = item if isinstance(item, ReadError) else ReadError.because(
                item.source or item.id, Errors.E027, id=item.id, index=index, reason=reason)
            fh.write(json.dumps({"error": asdict(error)}, ensure_ascii=False) + "\n")
    os.replace(tmp, target)
    return index, 0, len(items)

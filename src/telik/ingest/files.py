"""Bounded reads of raw files, plain or gzip-compressed."""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from telik.errors import Errors, TelikError


def _check_size(path: Path, cap: int) -> None:
    """Refuse a file over `cap` before reading it."""
    size = path.stat().st_size
    if size > cap:
        reason = f"{size} bytes is over the cap of {cap} (TELIK_MAX_INPUT_BYTES)"
        raise TelikError(Errors.E001, path=path, reason=reason)


def read_capped(path: Path, cap: int) -> bytes:
    """The bytes of a plain file, refusing files over `cap` before reading them."""
    _check_size(path, cap)
    return path.read_bytes()


def gzip_lines(path: Path, cap: int) -> Iterator[bytes]:
    """Lines of a gzip file, stopping with E008 once more than `cap` bytes have been decompressed."""
    total = 0
    try:
        with gzip.open(path, "rb") as fh:
            while line := fh.readline(cap - total + 1):
                total += len(line)
                if total > cap:
                    raise TelikError(Errors.E008, path=path, cap=cap)
                yield line.rstrip(b"\n")
    except (OSError, EOFError, zlib.error) as exc:
        raise TelikError(Errors.E001, path=path, reason=f"corrupt gzip data ({exc})") from exc


def plain_lines(path: Path, cap: int) -> Iterator[bytes]:
    """Lines of a plain file within the size cap (split on "\\n" only), read one at a time: a large JSONL file is
    never held whole while its articles are processed."""
    _check_size(path, cap)
    with path.open("rb") as fh:
        for line in fh:
            yield line[:-1] if line.endswith(b"\n") else line

"""Turn paths into Articles; a file that cannot be read becomes a ReadError and the batch goes on."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from telik.model import Article, ReadError


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Every article in the given files and folders (minimal: .txt only, UTF-8)."""
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            try:
                yield Article(id=f.stem, text=f.read_text(encoding="utf-8"), source=str(f))
            except (OSError, UnicodeDecodeError) as exc:
                yield ReadError(str(f), str(exc))

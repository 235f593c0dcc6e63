"""Turn paths into Articles; a file that cannot be read becomes a ReadError and the batch goes on."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from telik.errors import Errors, TelikError, brief
from telik.ingest.decode import NotText, decode_bytes
from telik.ingest.feeds import read_feed
from telik.ingest.files import gzip_lines, plain_lines, read_capped
from telik.ingest.html import extract_page
from telik.ingest.jsonl import read_records
from telik.model import Article, ReadError
from telik.settings import Settings, get_settings

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffixes, kind in (
        (TEXT_SUFFIXES, "text"),
        (HTML_SUFFIXES, "html"),
        (JSONL_SUFFIXES, "jsonl"),
        (FEED_SUFFIXES, "feed"),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise TelikError(Errors.E004, path=path)
    try:
        text = decode_bytes(data)
    except NotText as exc:
        raise TelikError(Errors.E003, path=path, reason=exc) from exc
    if not text.strip():
        raise TelikError(Errors.E004, path=path)
    return text


def _read_file(path: Path, settings: Settings) -> Iterator[Article | ReadError]:
    kind = _kind(path)
    cap = settings.max_input_bytes
    if kind == "jsonl":
        lines = gzip_lines(path, cap) if path.name.lower().endswith(".gz") else plain_lines(path, cap)
        yield from read_records(lines, path)
        return
    data = read_capped(path, cap)
    if kind == "feed":
        if not data.strip():
            raise TelikError(Errors.E004, path=path)
        yield from read_feed(data, path)
        return
    text = _decode(data, path)
    if kind == "html":
        page = extract_page(text)
        if not page.text:
            raise TelikError(Errors.E004, path=path)
        yield Article(
            id=path.stem,
            text=page.text,
            source=str(path),
            title=page.title,
            url=page.url,
            published=page.published,
            outlet=page.sitename,
            html=text,
        )
    else:
        yield Article(id=path.stem, text=text, source=str(path))


def _why(exc: BaseException) -> str:
    """What went wrong, in words: an OSError's own text ("Permission denied"), not its errno and the path again."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return brief(exc)


def _files(path: Path) -> Iterator[Path | ReadError]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) and not p.name.startswith("."))
        if not found:
            yield ReadError.because(str(path), Errors.E011, paths=path)
        yield from found
    elif path.is_file() and _kind(path):
        yield path
    elif path.exists():
        yield ReadError.because(str(path), Errors.E002, path=path)
    else:
        yield ReadError.because(str(path), Errors.E001, path=path, reason="no such file or folder")


def read_inputs(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Article | ReadError]:
    """Every article in the given files and folders; unreadable inputs come out as ReadErrors, never raised."""
    settings = settings or get_settings()
    for p in paths:
        for item in _files(Path(p)):
            if isinstance(item, ReadError):
                yield item
                continue
            try:
                yield from _read_file(item, settings)
            except TelikError as exc:
                yield ReadError.of(str(item), exc)
            except (OSError, MemoryError, RecursionError, ValueError) as exc:
                log.warning("cannot read %s", item, exc_info=True)
                yield ReadError.because(str(item), Errors.E001, path=item, reason=_why(exc))

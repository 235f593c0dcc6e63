"""JSON Lines records (optionally gzip-compressed): one article per line, a bad line never stops the file."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from telik.errors import Errors, TelikError
from telik.ingest.decode import NotText, TooDeep, decode_bytes, encodable, load_json, normalize_text, wide_bom
from telik.ingest.html import extract_page
from telik.model import Article, ReadError


def _field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    return normalize_text(str(value)).strip() or None if value not in (None, "") else None


def record_article(record: dict[str, Any], path: Path, line: int) -> Article:
    """An Article from one decoded record; raises TelikError when it holds no text."""
    html = encodable(record["html"]) if isinstance(record.get("html"), str) else None
    text = record.get("text") if isinstance(record.get("text"), str) else None
    title = _field(record, "title")
    published = _field(record, "published")
    outlet = _field(record, "outlet")
    if text:
        text = normalize_text(text)
    elif html:
        page = extract_page(html)
        text = page.text
        title = title or page.title
        published = published or page.published
        outlet = outlet or page.sitename
    if not text or not text.strip():
        raise TelikError(Errors.E006, path=path, line=line)
    return Article(
        id=normalize_text(str(record.get("id") or "")) or f"{path.name.split('.')[0]}-{line}",
        text=text,
        source=f"{path}:{line}",
        title=title,
        url=_field(record, "url"),
        published=published,
        outlet=outlet,
        html=html,
    )


def _utf8_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The lines as UTF-8: a file in UTF-16 or UTF-32 with its byte-order mark (as Windows editors save "Unicode")
    is decoded whole and split at its own line breaks, which split bytes at "\n" cut in half."""
    it = iter(lines)
    first = next(it, None)
    if first is None:
        return
    wide = wide_bom(first)
    if wide is None:
        yield first
        yield from it
        return
    encoding, skip = wide
    text = b"\n".join([first, *it])[skip:].decode(encoding, errors="replace")
    for line in text.split("\n"):
        yield line.encode("utf-8")


def _parsed(raw: bytes) -> Any:
    """The JSON value of one line; raises what `_record` reports."""
    return load_json(decode_bytes(raw))


def _document(lines: list[bytes]) -> list[Any] | None:
    """The records of a file that is one JSON document over many lines (an array of objects, or one object
    pretty-printed), as `json.dump(..., indent=2)` and scrapers' exports write it; None when it is not one."""
    try:
        doc = _parsed(b"\n".join(lines))
    except (ValueError, NotText, TooDeep):
        return None
    return doc if isinstance(doc, list) else [doc]


def _record(value: Any, path: Path, n: int) -> Article | ReadError:
    """The Article of record `n`, or the one error line that says why there is none."""
    if not isinstance(value, dict):
        return ReadError.because(f"{path}:{n}", Errors.E005, path=path, line=n, reason=f"found {type(value).__name__}")
    try:
        return record_article(value, path, n)
    except TelikError as exc:
        return ReadError.of(f"{path}:{n}", exc)


def _line_record(raw: bytes, path: Path, n: int) -> Article | ReadError:
    """The Article of line `n`, or its error line."""
    try:
        value = _parsed(raw)
    except TooDeep:
        return ReadError.because(f"{path}:{n}", Errors.E017, path=path, line=n)
    except (ValueError, NotText) as exc:
        return ReadError.because(f"{path}:{n}", Errors.E005, path=path, line=n, reason=exc)
    return _record(value, path, n)


def read_records(lines: Iterable[bytes], path: Path) -> Iterator[Article | ReadError]:
    """Articles from raw JSONL lines; each bad line becomes a ReadError naming its path and line. A file whose first
    line opens JSON that the line does not close is tried as one JSON document first (its n-th record is "line n"):
    a pretty-printed export is read, not reported line by line. A file with no record is one E004, as an empty
    text file is (not nothing, as if it had never been given)."""
    it = _utf8_lines(lines)
    first = next(it, b"").removeprefix(b"\xef\xbb\xbf")
    rest: Iterable[bytes] = it
    out = _line_record(first, path, 1) if first.strip() else None
    if isinstance(out, ReadError) and out.code == "E005" and first.strip()[:1] in (b"[", b"{"):
        rest = list(it)
        doc = _document([first, *rest])
        if doc is not None:
            yield from (_record(value, path, n) for n, value in enumerate(doc, 1))
            if not doc:
                yield ReadError.because(str(path), Errors.E004, path=path)
            return
    empty = out is None
    if out is not None:
        yield out
    for n, raw in enumerate(rest, 2):
        if raw.strip():
            empty = False
            yield _line_record(raw, path, n)
    if empty:
        yield ReadError.because(str(path), Errors.E004, path=path)

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


def read_records(lines: Iterable[bytes], path: Path) -> Iterator[Article | ReadError]:
    """Articles from raw JSONL lines; each bad line becomes a ReadError naming its path and line."""
    for n, raw in enumerate(_utf8_lines(lines), 1):
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            record = load_json(decode_bytes(raw))
            if not isinstance(record, dict):
                raise ValueError(f"found {type(record).__name__}")
            yield record_article(record, path, n)
        except TelikError as exc:
            yield ReadError(f"{path}:{n}", exc.message)
        except TooDeep:
            yield ReadError(f"{path}:{n}", Errors.E017.value.format(path=path, line=n))
        except (ValueError, NotText) as exc:
            yield ReadError(f"{path}:{n}", Errors.E005.value.format(path=path, line=n, reason=exc))

"""RSS and Atom feeds: refused when they declare a DTD or entities, else one Article per item."""
from __future__ import annotations

import hashlib
import io
import re
import time
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser

from telik.errors import Errors, TelikError
from telik.ingest.decode import normalize_text
from telik.ingest.html import extract_page
from telik.model import Article, ReadError

# Checked on the raw bytes too, so a feed that is not well-formed cannot slip a DTD past the XML check.
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# A web page saved or served where a feed was expected: its head, with no feed's root element in it.
_HTML_PAGE = re.compile(rb"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")


def _safe_charref(m: re.Match[bytes]) -> bytes:
    """A character reference to a code point no encoder takes (surrogate, NUL, beyond U+10FFFF) becomes U+FFFD."""
    value = int(m[1], 16) if m[1] else int(m[2])
    return b"&#xFFFD;" if value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF else m[0]


def _field(value: object) -> str | None:
    return normalize_text(str(value)).strip() or None if value else None


def check_feed(data: bytes, path: Path) -> None:
    """Raise E007 for any DTD, entity declaration or external reference, before a feed parser sees it."""
    if _DECLARATION.search(data):
        raise TelikError(Errors.E007, path=path, reason="it declares a DTD or entities")
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise TelikError(Errors.E007, path=path, reason=type(exc).__name__) from exc
    except ParseError:
        pass  # malformed but declaration-free: feedparser's tolerant parser handles it


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _written_day(raw: str) -> str | None:
    """The day of an RFC 822 or ISO 8601 timestamp in the offset it is written in, else None."""
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.strip()).date().isoformat()
    except ValueError:
        return None


def _item_day(entry: feedparser.FeedParserDict) -> str | None:
    """The day a feed dates an item, as the feed writes it: feedparser's parsed times are in UTC, where an item of
    "Fri, 13 Sep 2024 05:30:00 +0700" is from the 12th, and "Jumat (13/9)" in its text would resolve a week off."""
    key = "published" if "published" in entry else "updated"  # asking for one it lacks maps to the other, warning
    day = _written_day(str(entry[key])) if key in entry else None
    return day or _iso(entry.get("published_parsed") or entry.get("updated_parsed"))


def _item_html(entry: feedparser.FeedParserDict) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or entry.get("description") or "")


def read_feed(data: bytes, path: Path) -> Iterator[Article | ReadError]:
    """Every item of a feed as an Article; its id hashes the item's guid or link. A web page is refused as one
    line (E023) that says so, not as a DTD (its doctype) or a feed without items."""
    head = data[:4096]
    if _HTML_PAGE.search(head) and not _FEED_ROOT.search(head):
        raise TelikError(Errors.E023, path=path)
    check_feed(data, path)
    feed = feedparser.parse(io.BytesIO(_CHARREF.sub(_safe_charref, data)))
    if not feed.entries:
        raise TelikError(Errors.E001, path=path, reason="no feed items found")
    outlet = _field(feed.feed.get("title"))
    for n, entry in enumerate(feed.entries, 1):
        key = normalize_text(str(entry.get("id") or entry.get("link") or f"{path}#{n}"))
        item_id = f"{path.stem}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"
        html = normalize_text(_item_html(entry))
        text = extract_page(html).text if html else ""
        if not text:
            yield ReadError.because(f"{path}#{n}", Errors.E024, path=path, item=n)
            continue
        yield Article(
            id=item_id,
            text=text,
            source=f"{path}#{n}",
            title=_field(entry.get("title")),
            url=_field(entry.get("link")),
            published=_item_day(entry),
            outlet=outlet,
            html=html,
        )

"""HTML pages to text: trafilatura first, a flat stdlib parser when it finds nothing or fails."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING, cast

from telik.ingest.decode import normalize_text

if TYPE_CHECKING:
    from trafilatura.settings import Document

log = logging.getLogger(__name__)

_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
        "tr", "ul",
    }
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
#: Table cells above which trafilatura's table layout (quadratic in the row width) is not attempted.
MAX_TABLE_CELLS = 5_000
_CELL = re.compile(r"<t[dh][\s>/]", re.IGNORECASE)
# A cell's opening tag (bounded, so a page of unclosed "<td" stays linear) and the span attributes in it.
_CELL_TAG = re.compile(r"<t[dh]\b[^<>]{0,4000}>", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:col|row)span\b", re.IGNORECASE)


@dataclass
class Page:
    """Text and metadata found in one HTML page."""

    text: str
    title: str | None = None
    published: str | None = None
    sitename: str | None = None
    url: str | None = None
    fallback: bool = False


class _FlatText(HTMLParser):
    """Collects text without building a tree, so any nesting depth is safe."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def flat_text(html: str) -> str:
    """Visible text of `html`, one block per paragraph, for pages trafilatura cannot handle."""
    parser = _FlatText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _without_spans(html: str) -> str:
    """Cell spans renamed away: a huge colspan/rowspan would make trafilatura pad rows with millions of cells."""
    return _CELL_TAG.sub(lambda m: _SPAN.sub("data-span", m.group()), html)


def extract_page(html: str) -> Page:
    """The article text and metadata of a page (never raises on hostile markup, bounded time on huge tables).
    trafilatura is imported here, not with the module: a Dask worker imports this module without reading a page,
    and importing trafilatura took 0.2 s of its start-up."""
    import trafilatura

    doc: Document | None = None
    try:
        if len(_CELL.findall(html)) <= MAX_TABLE_CELLS:
            # Without as_dict=True trafilatura returns a Document (or None); its annotation also allows a dict.
            doc = cast(
                "Document | None",
                trafilatura.bare_extraction(_without_spans(html), with_metadata=True, include_comments=False,
                                            include_tables=True),
            )
        else:
            log.warning("page has more than %d table cells; using the flat text parser", MAX_TABLE_CELLS)
    except (RecursionError, MemoryError, ValueError) as exc:  # hostile nesting or sizes; the flat parser copes
        log.warning("trafilatura failed (%s); using the flat text parser", type(exc).__name__)
    text = normalize_text(doc.text or "").strip() if doc is not None else ""
    page = Page(text=text)
    if doc is not None:
        page.title = doc.title or None
        page.published = doc.date or None
        page.sitename = doc.sitename or None
        page.url = doc.url or None
    if not page.text:
        page.text = normalize_text(flat_text(html)).strip()
        page.fallback = True
    return page

"""The per-article pipeline: clean, run the spaCy components, map every fact back to original offsets."""
from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from telik.budget import OverBudget, time_budget
from telik.clean import Cleaned, clean_article
from telik.errors import Errors, TelikError
from telik.ingest.decode import encodable
from telik.model import Article, DocResult, EntityMention, ReadError
from telik.nlp.extensions import DATES_KEY, FIGURES_KEY
from telik.nlp.pipeline import get_nlp
from telik.offsets import OffsetMap
from telik.settings import Settings, get_settings

log = logging.getLogger(__name__)


def parse_iso_date(value: str | None) -> date | None:
    """The calendar date at the start of an ISO string, or None when it has no day."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Split at paragraph (else line, else space) breaks into pieces of at most `size` characters."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut > size // 4:
                break
        end = start + (cut + len(sep) if cut > size // 4 else size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


class Processor:
    """Runs articles through cleaning and the spaCy pipeline; one per process."""

    def __init__(self, nlp: Language | None = None, settings: Settings | None = None) -> None:
        self.nlp = nlp or get_nlp()
        self.settings = settings or get_settings()

    def process(self, article: Article) -> DocResult:
        """One article in, every fact with offsets into `article.text` out, within the per-article time budget."""
        if len(article.text) > self.settings.max_doc_chars:
            raise TelikError(Errors.E010, id=article.id, size=len(article.text), limit=self.settings.max_doc_chars)
        if encodable(article.text) != article.text:
            raise TelikError(Errors.E019, id=article.id)
        seconds = self.settings.article_seconds
        if seconds > 0:
            seconds += self.settings.article_seconds_per_mb * len(article.text) / 1_000_000
        try:
            with time_budget(seconds) as check:
                return self._process(article, check)
        except OverBudget:
            raise TelikError(Errors.E018, id=article.id, seconds=f"{seconds:.3g}") from None

    def _process(self, article: Article, check: Callable[[], None]) -> DocResult:
        cleaned = clean_article(article)
        result = DocResult(
            id=article.id,
            text=article.text,
            clean_text=cleaned.text,
            title=cleaned.title,
            outlet=cleaned.outlet,
            dateline=cleaned.dateline,
            published=cleaned.published,
            wire=list(cleaned.wire),
            source=article.source,
            url=article.url,
        )
        ref = parse_iso_date(cleaned.published) or parse_iso_date(cleaned.page_date)
        for start, end in _chunks(cleaned.text, self.settings.chunk_chars):
            doc = self._run(cleaned, cleaned.text[start:end], ref, check)
            if ref is None and doc._.ref_date is not None:
                ref = doc._.ref_date
            _collect(doc, start, cleaned.offsets, article.text, result)
        result.reference_date = ref.isoformat() if ref else None
        return result

    def process_many(self, items: Iterable[Article | ReadError]) -> Iterator[DocResult | ReadError]:
        """Process a stream; an article that fails becomes a ReadError and the rest go on."""
        for item in items:
            if isinstance(item, ReadError):
                yield item
                continue
            try:
                yield self.process(item)
            except TelikError as exc:
                yield ReadError(item.source or item.id, exc.message)
            except Exception as exc:  # one broken article never stops a batch
                log.exception("article %s failed", item.id)
                yield ReadError(item.source or item.id, f"processing failed: {type(exc).__name__}: {exc}")

    def _run(self, cleaned: Cleaned, text: str, ref: date | None, check: Callable[[], None]) -> Doc:
        check()
        doc = self.nlp.make_doc(text)
        doc._.ref_date = ref
        doc._.meta = {
            "title": cleaned.title,
            "outlet": cleaned.outlet,
            "dateline": cleaned.dateline,
            "published": cleaned.published,
            "wire": list(cleaned.wire),
        }
        doc = self.nlp(doc)
        check()
        return doc


def _collect(doc: Doc, base: int, omap: OffsetMap, original: str, result: DocResult) -> None:
    """Copy the doc's annotations into `result`, mapping clean offsets (+ chunk base) to the original."""

    def span(start: int, end: int) -> tuple[int, int]:
        return omap.span_to_original(base + start, base + end)

    for ent in doc.ents:
        s, e = span(ent.start_char, ent.end_char)
        result.entities.append(EntityMention(original[s:e], ent.label_, s, e, ent._.canonical or ""))
    for sp in doc.spans.get(DATES_KEY, []):
        if sp._.date is not None:
            s, e = span(sp._.date.start, sp._.date.end)
            result.dates.append(dataclasses.replace(sp._.date, start=s, end=e, text=original[s:e]))
    for sp in doc.spans.get(FIGURES_KEY, []):
        if sp._.figure is not None:
            s, e = span(sp._.figure.start, sp._.figure.end)
            result.figures.append(dataclasses.replace(sp._.figure, start=s, end=e, text=original[s:e]))
    for ev in doc._.events or []:
        s, e = span(ev.start, ev.end)
        mentions = []
        for m in ev.mentions:
            ms, me = span(m.start, m.end)
            mentions.append(dataclasses.replace(m, start=ms, end=me, text=original[ms:me]))
        ds = de = None
        if ev.date_start is not None and ev.date_end is not None:
            ds, de = span(ev.date_start, ev.date_end)
        result.events.append(
            dataclasses.replace(ev, start=s, end=e, evidence=original[s:e], mentions=mentions,
                                date_start=ds, date_end=de)
        )
    for q in doc._.quotes or []:
        s, e = span(q.start, q.end)
        result.quotes.append(dataclasses.replace(q, start=s, end=e, text=original[s:e]))  # as read, noise and all
    for c in doc._.claims or []:
        s, e = span(c.start, c.end)
        result.claims.append(dataclasses.replace(c, start=s, end=e, text=original[s:e]))

"""The per-article pipeline: clean, run the spaCy components, map every fact back to original offsets.

Articles go through in bounded batches: each is cleaned alone, the trained components (tok2vec, morphologizer,
ner) run over a batch's texts at once, the rule components over each text alone. Each article keeps its own
time budget and its own failure: when a batch's trained stage fails or runs out of time, its texts are run
again one by one, so only the article at fault is lost. Batched or alone, an article gives the same result.
"""
from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from typing import TypeVar

from spacy.language import Language
from spacy.pipeline import Tok2Vec, TrainablePipe
from spacy.tokens import Doc

from telik import heap
from telik.budget import OverBudget, time_budget
from telik.clean import Cleaned, clean_article
from telik.clean.urls import url_date
from telik.errors import Errors, TelikError, brief
from telik.ingest.decode import encodable
from telik.model import Article, DocResult, EntityMention, ReadError
from telik.nlp.extensions import dates_of, ents_of, figures_of, span_value
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


T = TypeVar("T")

#: Texts the tok2vec embeds at once (measured on news articles: 8 is fastest, 64 is a third slower).
TOK2VEC_BATCH = 8


@dataclasses.dataclass
class _Job:
    """One article on its way through a batch: its result so far, its budget and the time it has used."""

    article: Article
    #: the article's time budget in seconds (0: none) and how much of it it has used
    seconds: float
    spent: float = 0.0
    cleaned: Cleaned | None = None
    result: DocResult | None = None
    #: the reference date: published, else the page's date, else its address's, else the first one a chunk's text gives
    ref: date | None = None
    failure: Exception | None = None


@dataclasses.dataclass
class _Piece:
    """One chunk of an article's clean text, `start`..`end`, and its Doc once made."""

    job: _Job
    start: int
    end: int
    doc: Doc | None = None


def _bounded(items: Iterable[T], size: Callable[[T], int], most: int, chars: int) -> Iterator[list[T]]:
    """Consecutive batches of at most `most` items and (unless one item alone is larger) `chars` characters."""
    batch: list[T] = []
    total = 0
    for item in items:
        n = size(item)
        if batch and (len(batch) >= most or total + n > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
    if batch:
        yield batch


class Processor:
    """Runs articles through cleaning and the spaCy pipeline, in bounded batches; one per process."""

    def __init__(self, nlp: Language | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.nlp = nlp or get_nlp(self.settings.trained)
        #: the leading trained components, run over a batch of texts at once; then the rule components, per text
        self.trained: list[TrainablePipe] = []
        self.rules: list[tuple[str, Callable[[Doc], Doc]]] = []
        for name, component in self.nlp.pipeline:
            if not self.rules and isinstance(component, TrainablePipe):
                self.trained.append(component)
            else:
                self.rules.append((name, component))

    def process(self, article: Article) -> DocResult:
        """One article in, every fact with offsets into `article.text` out, within the per-article time budget."""
        [out] = self._batch([article])
        if isinstance(out, Exception):
            raise out
        return out

    def process_many(self, items: Iterable[Article | ReadError]) -> Iterator[DocResult | ReadError]:
        """Process a stream in bounded batches, results in input order; an article that fails becomes a
        ReadError and the rest go on. The heap's free pages go back to the system after each batch (see
        `telik.heap`): what a batch's arrays leave behind would otherwise add up over a long stream."""
        def size(item: Article | ReadError) -> int:
            return len(item.text) if isinstance(item, Article) else 0

        for batch in _bounded(items, size, self.settings.batch_size, self.settings.batch_chars):
            outs = iter(self._batch([item for item in batch if isinstance(item, Article)]))
            heap.trim()
            for item in batch:
                if isinstance(item, ReadError):
                    yield item
                    continue
                out = next(outs)
                if isinstance(out, TelikError):
                    yield ReadError.of(item.source or item.id, out)
                elif isinstance(out, Exception):  # one broken article never stops a batch
                    log.error("article %s failed", item.id, exc_info=out)
                    yield ReadError.because(item.source or item.id, Errors.E025, id=item.id,
                                            reason=brief(out))
                else:
                    yield out

    def _batch(self, articles: list[Article]) -> list[DocResult | Exception]:
        """Each article's result, or the exception it failed with."""
        jobs = [self._start(article) for article in articles]
        pieces = (_Piece(job, start, end) for job in jobs if job.cleaned is not None
                  for start, end in _chunks(job.cleaned.text, self.settings.chunk_chars))
        for group in _bounded(pieces, lambda p: p.end - p.start, self.settings.batch_size, self.settings.batch_chars):
            self._annotate(group)
            for piece in group:
                self._attempt(piece.job, partial(self._finish, piece))
                if piece.doc is not None:
                    _release(piece.doc)
                piece.doc = None
        out: list[DocResult | Exception] = []
        for job in jobs:
            if job.failure is None and job.result is not None:
                job.result.reference_date = job.ref.isoformat() if job.ref else None
                out.append(job.result)
            else:
                out.append(job.failure or RuntimeError(f"article {job.article.id} gave no result"))
        return out

    def _start(self, article: Article) -> _Job:
        """Check the article's size and text, and clean it, within its budget."""
        seconds = self.settings.article_seconds
        if seconds > 0:
            seconds += self.settings.article_seconds_per_mb * len(article.text) / 1_000_000
        job = _Job(article, seconds)
        if len(article.text) > self.settings.max_doc_chars:
            job.failure = TelikError(Errors.E010, id=article.id, size=len(article.text),
                                     limit=self.settings.max_doc_chars)
        elif encodable(article.text) != article.text:
            job.failure = TelikError(Errors.E019, id=article.id)
        else:
            self._attempt(job, partial(self._clean, job))
        return job

    def _clean(self, job: _Job, check: Callable[[], None]) -> None:
        """Clean the article and start its result."""
        article = job.article
        cleaned = clean_article(article)
        job.result = DocResult(
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
        job.ref = parse_iso_date(cleaned.published) or parse_iso_date(cleaned.page_date) or url_date(article.url)
        job.cleaned = cleaned

    def _attempt(self, job: _Job, work: Callable[[Callable[[], None]], T]) -> T | None:
        """Run one step of `job` within what is left of its budget (`work` gets the budget's `check`).

        A failure is recorded on the job and gives None; nothing more is run for a job that failed.
        """
        if job.failure is not None:
            return None
        started = time.monotonic()
        try:
            left = job.seconds - job.spent
            if job.seconds > 0 and left <= 0:
                raise OverBudget
            with time_budget(left if job.seconds > 0 else 0) as check:
                return work(check)
        except OverBudget:
            job.failure = TelikError(Errors.E018, id=job.article.id, seconds=f"{job.seconds:.3g}")
        except Exception as exc:
            job.failure = exc
        finally:
            job.spent += time.monotonic() - started
        return None

    def _annotate(self, group: list[_Piece]) -> None:
        """Make each piece's Doc and run the trained components over the group at once; when that fails or
        runs out of time, over each article's pieces alone, so that only the article at fault fails."""
        live = [p for p in group if p.job.failure is None]
        jobs = list({id(p.job): p.job for p in live}.values())
        if len(jobs) > 1 and self.trained and self._annotate_together(live, jobs):
            return
        for job in jobs:
            mine = [p for p in live if p.job is job]
            docs = self._attempt(job, partial(self._annotate_alone, mine))
            for p, doc in zip(mine, docs if docs is not None else [None] * len(mine), strict=True):
                p.doc = doc

    def _annotate_together(self, live: list[_Piece], jobs: list[_Job]) -> bool:
        """The trained components over several articles' pieces at once, within the sum of what is left of
        their budgets; each article is charged its share of the time by length. False when that failed."""
        for p in live:
            p.doc = self._attempt(p.job, partial(self._make_doc, p))
        live = [p for p in live if p.doc is not None]
        limit = 0.0 if any(j.seconds <= 0 for j in jobs) else sum(max(j.seconds - j.spent, 0.0) for j in jobs)
        started = time.monotonic()
        try:
            with time_budget(limit) as check:
                docs = self._trained([p.doc for p in live if p.doc is not None], check)
        except (Exception, OverBudget) as exc:
            log.info("a batch of %d texts failed (%s: %s); running them again article by article",
                     len(live), type(exc).__name__, exc)
            for p in live:
                p.doc = None
            return False
        took = time.monotonic() - started
        total = sum(p.end - p.start for p in live) or 1
        for p, doc in zip(live, docs, strict=True):
            p.doc = doc
            p.job.spent += took * (p.end - p.start) / total
        return True

    def _annotate_alone(self, pieces: list[_Piece], check: Callable[[], None]) -> list[Doc]:
        """The trained components over one article's pieces (a fresh Doc each)."""
        return self._trained([self._make_doc(p) for p in pieces], check)

    def _make_doc(self, piece: _Piece, check: Callable[[], None] = lambda: None) -> Doc:
        assert piece.job.cleaned is not None
        return self.nlp.make_doc(piece.job.cleaned.text[piece.start : piece.end])

    def _trained(self, docs: list[Doc], check: Callable[[], None]) -> list[Doc]:
        """The trained components over `docs` at once (they annotate each text alone, as one by one).

        The tok2vec takes them a few at a time: its wide layers run fastest while their arrays stay in the
        processor's cache; the NER gains from the whole batch.
        """
        for pipe in self.trained:
            check()
            size = min(len(docs), TOK2VEC_BATCH) if isinstance(pipe, Tok2Vec) else len(docs)
            docs = list(pipe.pipe(docs, batch_size=max(size, 1)))
        return docs

    def _finish(self, piece: _Piece, check: Callable[[], None]) -> None:
        """The rule components over one piece, then its facts into the article's result."""
        job = piece.job
        assert piece.doc is not None and job.cleaned is not None and job.result is not None
        cleaned = job.cleaned
        doc = piece.doc
        doc._.ref_date = job.ref
        doc._.meta = {
            "title": cleaned.title,
            "outlet": cleaned.outlet,
            "dateline": cleaned.dateline,
            "published": cleaned.published,
            "wire": list(cleaned.wire),
        }
        for name, component in self.rules:
            check()
            doc = component(doc)
            if not isinstance(doc, Doc):
                raise ValueError(f"component {name} returned {type(doc).__name__}, not a Doc")
        check()
        if job.ref is None and doc._.ref_date is not None:
            job.ref = doc._.ref_date
        _collect(doc, piece.start, cleaned.offsets, job.article.text, job.result)


def _release(doc: Doc) -> None:
    """Break the reference cycles through the Doc's `user_data` (where the extensions keep spans, which hold the
    Doc) once its facts are copied out, or its rules failed: the Doc, its tokens and its tensor are then freed at
    once. Left in a cycle, each waited for a full collection of the garbage collector, which comes the more rarely
    the more objects the process holds (none in the first 300 articles, 117 dead Docs by then): the peak memory
    grew with the number of articles."""
    doc.user_data.clear()


def _collect(doc: Doc, base: int, omap: OffsetMap, original: str, result: DocResult) -> None:
    """Copy the doc's annotations into `result`, mapping clean offsets (+ chunk base) to the original."""

    def span(start: int, end: int) -> tuple[int, int]:
        return omap.span_to_original(base + start, base + end)

    for ent in ents_of(doc):
        s, e = span(ent.start_char, ent.end_char)
        result.entities.append(EntityMention(original[s:e], ent.label_, s, e, span_value(ent, "canonical") or ""))
    for d in dates_of(doc):
        s, e = span(d.start, d.end)
        result.dates.append(dataclasses.replace(d, start=s, end=e, text=original[s:e]))
    for f in figures_of(doc):
        s, e = span(f.start, f.end)
        result.figures.append(dataclasses.replace(f, start=s, end=e, text=original[s:e]))
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

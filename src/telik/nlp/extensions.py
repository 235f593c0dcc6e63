"""Every custom attribute Telik sets on spaCy objects, declared in one place.

Offsets inside the model objects stored here are into `doc.text` (the cleaned
text); `telik.process` maps them back to the original text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from telik.model import DateMention, Figure

DATES_KEY = "dates"  # doc.spans[DATES_KEY]: date expressions, Span._.date holds a model.DateMention
FIGURES_KEY = "figures"  # doc.spans[FIGURES_KEY]: numbers, Span._.figure holds a model.Figure
ENTITY_CANDIDATES_KEY = "entity_candidates"  # overlapping candidates before resolution into doc.ents


_TEXT = "telik.text"
_ENTS = "telik.ents"
_SENTS = "telik.sents"


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from, so `text_of` never rebuilds it."""
    doc.user_data[_TEXT] = text


def text_of(doc: Doc) -> str:
    """`doc.text`, built once: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, sliced from the doc's remembered text: spaCy's joins the text of a new Token per token."""
    return text_of(span.doc)[span.start_char:span.end_char] if span.end > span.start else ""


def keep_sentence_bounds(doc: Doc, bounds: list[tuple[int, int]]) -> None:
    """Keep the character bounds of the sentences just set, for `sentence_bounds`."""
    doc.user_data[_SENTS] = bounds


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """`(start_char, end_char)` of each of `doc.sents` (which must be set), as kept by the sentence splitter, else
    read from them: spaCy makes a Span per sentence on every pass over `doc.sents`."""
    bounds = doc.user_data.get(_SENTS)
    if bounds is None:
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
    return cast(list[tuple[int, int]], bounds)


def freeze_ents(doc: Doc) -> tuple[Span, ...]:
    """Snapshot `doc.ents` for components that only read them (spaCy rebuilds the tuple on each access), unless
    one is kept: the one `set_ents` keeps is what the snapshot would be, and only `set_ents` sets them."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return cast(tuple[Span, ...], ents)


def set_ents(doc: Doc, spans: list[Span]) -> tuple[Span, ...]:
    """Set `doc.ents` to `spans` (sorted, not overlapping) and keep them as the snapshot `freeze_ents` would take:
    they are the spans spaCy would rebuild, with the same offsets and labels (extensions are keyed by offsets)."""
    doc.set_ents(spans)  # what `doc.ents = spans` does, without first making a copy of every span
    ents = doc.user_data[_ENTS] = tuple(spans)
    return ents


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The snapshot taken by `freeze_ents`, else `doc.ents`."""
    ents = doc.user_data.get(_ENTS)
    return ents if ents is not None else tuple(doc.ents)


def span_value(span: Span, name: str) -> Any:
    """`span._.<name>` for an extension declared with a default of None (all of `register`'s), read where spaCy
    keeps it, in the doc's `user_data` under the span's character offsets: `span._` builds a new `Underscore`
    object on every access, several microseconds each, and the pipeline reads and writes hundreds per article."""
    return _values(span).get(("._.", name, span.start_char, span.end_char))


def set_span_value(span: Span, name: str, value: Any) -> None:
    """`span._.<name> = value`, written where spaCy would write it (see `span_value`)."""
    _values(span)[("._.", name, span.start_char, span.end_char)] = value


def _values(span: Span) -> dict[Any, Any]:
    """The doc's `user_data` (typed with str keys in spaCy's stubs; extensions use tuples)."""
    return cast(dict[Any, Any], span.doc.user_data)


def dates_of(doc: Doc) -> list[DateMention]:
    """The date mentions held by the spans of doc.spans[DATES_KEY], in their order."""
    return [d for d in (span_value(s, "date") for s in doc.spans.get(DATES_KEY, [])) if d is not None]


def figures_of(doc: Doc) -> list[Figure]:
    """The figures held by the spans of doc.spans[FIGURES_KEY], in their order."""
    return [f for f in (span_value(s, "figure") for s in doc.spans.get(FIGURES_KEY, [])) if f is not None]


def register() -> None:
    """Declare the extensions (idempotent)."""
    doc_attrs = {
        "ref_date": None,  # datetime.date the article's relative dates resolve against
        "meta": None,  # dict: title, outlet, dateline, published, wire
        "events": None,  # list[model.Event]
        "quotes": None,  # list[model.Quote]
        "claims": None,  # list[model.Claim]
        "relevance": None,  # nlp.relevance.component.Relevance: is the article about political violence, and why
    }
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    span_attrs = {
        "canonical": None,  # str: canonical id of the entity
        "date": None,  # model.DateMention
        "figure": None,  # model.Figure
    }
    for name, default in span_attrs.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()

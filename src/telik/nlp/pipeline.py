"""Build the spaCy pipeline: a blank Indonesian model plus Telik's components, in order."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# Imported for their side effects: each module registers its factory; `extensions` declares Doc/Span extensions.
from telik.nlp import extensions, sentences  # noqa: F401
from telik.nlp.entities import component as entities  # noqa: F401
from telik.nlp.events import component as events  # noqa: F401
from telik.nlp.numbers import component as numbers  # noqa: F401
from telik.nlp.quotes import component as quotes  # noqa: F401
from telik.nlp.time import component as dates  # noqa: F401
from telik.nlp.tokenizer import GuardedTokenizer
from telik.nlp.trained import load_trained

#: Component order: sentences first; entities, dates and figures feed quotes and events.
COMPONENTS = [
    "telik_sentences",
    "telik_entities",
    "telik_dates",
    "telik_numbers",
    "telik_quotes",
    "telik_events",
]


def build_nlp(max_length: int = 2_000_000) -> Language:
    """A fresh pipeline; nothing is downloaded (the language knowledge is in telik/data).

    The shipped trained components (tok2vec, morphologizer, ner) come first: telik_entities reads the NER's
    proposals from doc.ents and replaces them with the resolved entities.
    """
    nlp = spacy.blank("id")
    nlp.max_length = max_length
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    trained = load_trained()
    for name in trained.pipe_names:
        nlp.add_pipe(name, source=trained)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline, loaded once (each Dask worker loads its own)."""
    return build_nlp()

"""Build the spaCy pipeline: a blank Indonesian model plus Telik's components, in order, all from one config.

The pipeline is an ordinary spaCy pipeline: `nlp.to_disk(path)` saves it and `spacy.load(path)` loads it
again (the factories and the tokenizer are found through the package's `spacy_factories` and
`spacy_tokenizers` entry points).
"""
from __future__ import annotations

import gc
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

# Imported for their side effects: each module registers its factory; `extensions` declares Doc/Span extensions.
from telik.nlp import extensions, sentences  # noqa: F401
from telik.nlp.entities import component as entities  # noqa: F401
from telik.nlp.events import component as events  # noqa: F401
from telik.nlp.numbers import component as numbers  # noqa: F401
from telik.nlp.quotes import component as quotes  # noqa: F401
from telik.nlp.relevance import component as relevance  # noqa: F401
from telik.nlp.time import component as dates  # noqa: F401
from telik.nlp.tokenizer import GuardedTokenizer
from telik.nlp.trained import load_components

#: Component order: sentences first; entities, dates and figures feed quotes and events.
COMPONENTS = [
    "telik_sentences",
    "telik_entities",
    "telik_dates",
    "telik_numbers",
    "telik_quotes",
    "telik_relevance",
    "telik_events",
]

#: The tokenizer: spaCy's own for Indonesian, guarded against very long whitespace-free runs.
TOKENIZER: dict[str, Any] = {"@tokenizers": "telik.GuardedTokenizer.v1", "max_run": 200, "piece": 50}


def build_nlp(max_length: int = 2_000_000, overrides: dict[str, dict[str, Any]] | None = None,
              trained: bool = True) -> Language:
    """A fresh pipeline; no model is downloaded (the language knowledge is in telik/data).

    `overrides` maps a component name to config values replacing its defaults (its data folders); without
    `trained`, the rule components run alone (see `Settings.trained`).
    """
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": TOKENIZER}})
    nlp.max_length = max_length
    if trained:
        components = load_components()
        for name in components.pipe_names:  # tok2vec, morphologizer, ner: telik_entities reads the NER's proposals
            nlp.add_pipe(name, source=components)
    for name in COMPONENTS:
        nlp.add_pipe(name, config=(overrides or {}).get(name, {}))
    if isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer.flush_cache()  # the entity component tokenized thousands of aliases into it
    return nlp


#: Net container allocations between the garbage collector's young collections. At Python's 700 the rules
#: collected about every other article, each time tracing what the article had just built and still held (0.2 ms
#: per article of 7); at 5,000, three times in 300 articles (0.04 ms): most of it is freed by reference counting
#: before then.
YOUNG_COLLECTION = 5_000


@lru_cache(maxsize=2)
def get_nlp(trained: bool = True) -> Language:
    """The process-wide pipeline, with or without the trained components, loaded once (each Dask worker loads
    its own); the garbage collector then set for a process that runs it (`settle_collector`)."""
    nlp = build_nlp(trained=trained)
    settle_collector()
    return nlp


def settle_collector() -> None:
    """Freeze the objects alive now out of the garbage collector's sight (`gc.freeze`) and collect the young
    generation less often (`YOUNG_COLLECTION`), unless collection is off.

    The pipeline's objects (some 140,000: the gazetteer, the rules, the vocabulary's Python side) live as long
    as the process, and every full collection traversed them all (about 0.1 s, once per 300 articles or so: 0.3
    ms per article of the rules' 7).
    """
    gc.freeze()
    young, *older = gc.get_threshold()
    if young:
        gc.set_threshold(max(young, YOUNG_COLLECTION), *older)

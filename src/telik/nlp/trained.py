"""The trained Indonesian pipeline shipped in the package (tok2vec, morphologizer, ner): loaded from disk only.

It is made by `make train` from public corpora (see data/models/id_telik/MODEL_CARD.md); nothing is downloaded.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

from telik.errors import Errors, TelikError

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "id_telik"


def create_empty_tokenizer() -> Any:
    """A tokenizer without rules or special cases, for a pipeline whose tokenizer never runs."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


registry.tokenizers.register("telik.EmptyTokenizer.v1", func=create_empty_tokenizer)


@lru_cache(maxsize=1)
def load_trained() -> Language:
    """The shipped pipeline, its own tokenizer included; E013 when it is missing or broken (a checkout without
    the model files)."""
    return _load()


@lru_cache(maxsize=1)
def load_components() -> Language:
    """The shipped pipeline for its components alone, which Telik's pipeline sources and runs on its own Docs.

    Its tokenizer is left empty and unread: building spaCy's ~16,000 Indonesian special cases for a tokenizer
    that never runs took every worker about 3 CPU seconds at start-up.
    """
    return _load(exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": "telik.EmptyTokenizer.v1"}}})


def _load(**options: Any) -> Language:
    try:
        return spacy.load(MODEL_DIR, **options)
    except (OSError, ValueError) as exc:
        raise TelikError(Errors.E013, path=str(MODEL_DIR), reason=str(exc).splitlines()[0]) from exc


def model_meta() -> dict[str, Any]:
    """The model's meta.json: name, version, sources, licence and held-out scores (`telik info`)."""
    path = MODEL_DIR / "meta.json"
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TelikError(Errors.E013, path=str(path), reason=str(exc)) from exc
    return meta

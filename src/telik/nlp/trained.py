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

from telik.errors import Errors, TelikError

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "id_telik"


@lru_cache(maxsize=1)
def load_trained() -> Language:
    """The shipped pipeline; E013 when it is missing or broken (a checkout without the model files)."""
    try:
        return spacy.load(MODEL_DIR)
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

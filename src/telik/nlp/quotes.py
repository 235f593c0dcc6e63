"""Placeholder: replaced by the real component (telik_quotes)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("telik_quotes")
def make_quotes(nlp: Language, name: str) -> "Placeholder":
    return Placeholder()


class Placeholder:
    def __call__(self, doc: Doc) -> Doc:
        return doc

"""The spelling key of a person's name words (data/entities/spellings.yaml): transliterated and old-style names
written many ways ("Hassan"/"Hasan", "Baasyir"/"Bashir") read as one. Kept apart from the rules module, which loads
spaCy: linking, and so the read-only commands, ask this without the pipeline."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import StringConstraints, model_validator

from telik.datafiles import DataFile, load_model

DATA = Path(__file__).resolve().parents[2] / "data" / "entities"
#: Fewest letters of a word whose spelling `Spelling.key` folds: a short word is its own ("Lee", "Le").
_KEYED_LENGTH = 4
#: A letter written twice or more: "Hassan", "Baasyir", "Zelenskyy".
_DOUBLED = re.compile(r"(.)\1+")
Word = Annotated[str, StringConstraints(min_length=1)]


class SpellingsFile(DataFile):
    """spellings.yaml: how the words of a transliterated name are brought to one spelling (`Spelling.key`)."""

    articles: tuple[Word, ...] = ()
    rewrites: tuple[tuple[Word, str], ...] = ()

    @model_validator(mode="after")
    def _rewrites_compile(self) -> SpellingsFile:
        """Every rewrite is a regex."""
        for pattern, _ in self.rewrites:
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"rewrite {pattern!r} is no regex: {err}") from err
        return self


@dataclass(frozen=True)
class Spelling:
    """The spelling key of a name's words (spellings.yaml)."""

    articles: frozenset[str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]

    def key(self, word: str) -> str:
        """The word in one spelling ("" for an article): "Zelenskiy" and "Zelenskyy" are "zelensky"."""
        if word in self.articles:
            return ""
        if len(word) < _KEYED_LENGTH:
            return word  # "Lee" is not "Le"
        word = _DOUBLED.sub(r"\1", word)
        for pattern, replacement in self.rewrites:
            word = pattern.sub(replacement, word)
        return word


@lru_cache(maxsize=4)
def get_spelling(directory: Path = DATA) -> Spelling:
    """The spelling rules, loaded once per process."""
    conf = load_model(directory / "spellings.yaml", SpellingsFile)
    return Spelling(frozenset(w.lower() for w in conf.articles), tuple((re.compile(p), r) for p, r in conf.rewrites))

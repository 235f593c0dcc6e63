"""The gazetteer's aliases split into words as the pipeline's tokenizer splits them, precomputed.

The phrase matchers need only each alias's word hashes, but tokenizing the ~9,000 aliases at start-up made a
spaCy lexeme for every new word: about 0.4 CPU s in every fresh process. data/entities/alias_tokens.json holds
the words of every alias as the tokenizer gave them when it was written (`make alias-tokens`, i.e.
scripts/build_alias_tokens.py). It is used only when it lists the very aliases being matched, in
order, was written with the installed spaCy, and the tokenizer is Telik's; otherwise the aliases are tokenized.
tests/test_alias_tokens.py fails when the file is out of date.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from spacy import about
from spacy.attrs import ORTH

from telik.datafiles import data_path
from telik.nlp.tokenizer import GuardedTokenizer

FILE = "entities/alias_tokens.json"


def alias_words(tokenizer: Any, aliases: Sequence[str]) -> list[list[str]]:
    """Each alias's words, from the file when it fits, else from `tokenizer`; either way the tokenizer keeps
    the aliases that end in a capital initial whole before a full stop (see `keep_before_stop`)."""
    stored = _stored()
    if isinstance(tokenizer, GuardedTokenizer) and stored.get("spacy") == about.__version__ \
            and stored.get("aliases") == list(aliases):
        words = [alias.split(" ") if w is None else w for alias, w in zip(aliases, stored["words"], strict=True)]
        for alias, w in zip(aliases, words, strict=True):
            keep_before_stop(tokenizer, alias, w)
        return words
    return tokenize_aliases(tokenizer, aliases)


def tokenize_aliases(tokenizer: Any, aliases: Sequence[str]) -> list[list[str]]:
    """Each alias's words from the tokenizer, in order: an alias kept whole before a full stop can change how
    the aliases after it are split."""
    out: list[list[str]] = []
    for alias, doc in zip(aliases, tokenizer.pipe(aliases), strict=True):
        words = [t.text for t in doc]
        keep_before_stop(tokenizer, alias, words)
        out.append(words)
    return out


def keep_before_stop(tokenizer: Any, alias: str, words: list[str]) -> None:
    """"ISIS-K." would end in the initial "K.": a one-word alias ending in a capital letter stays whole before a
    full stop."""
    if " " not in alias and len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper():
        tokenizer.add_special_case(alias + ".", [{ORTH: w} for w in words] + [{ORTH: "."}])


def payload(aliases: Sequence[str], words: Sequence[list[str]]) -> dict[str, Any]:
    """What the file holds: the spaCy version, the aliases, and each one's words (null when they are the
    alias split at its spaces, most of them)."""
    return {"spacy": about.__version__, "aliases": list(aliases),
            "words": [None if w == alias.split(" ") else w for alias, w in zip(aliases, words, strict=True)]}


@lru_cache(maxsize=1)
def _stored() -> dict[str, Any]:
    path = data_path(FILE)
    if not path.is_file():
        return {}
    stored: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return stored

"""Load and validate the quotation cue lists in telik/data/quotes/speech.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError

_LISTS = (
    "tag_verbs", "pronoun_words", "intro_verbs", "claim_verbs", "claim_prepositions", "anonymous_openers",
    "anonymous_heads", "titles", "document_nouns", "speaker_stops", "role_openers",
)


@dataclass(frozen=True)
class QuoteLexicon:
    tag_verbs: tuple[str, ...]
    pronoun_words: tuple[str, ...]
    intro_verbs: tuple[str, ...]
    claim_verbs: tuple[str, ...]
    claim_prepositions: tuple[str, ...]
    anonymous_openers: tuple[str, ...]
    anonymous_heads: tuple[str, ...]
    titles: tuple[str, ...]
    document_nouns: tuple[str, ...]
    speaker_stops: tuple[str, ...]
    role_openers: tuple[str, ...]
    min_standalone_words: int


def word_list(data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
    """A validated list of lower-case strings, longest first (so multiword cues win)."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TelikError(Errors.E013, path=path, reason=f"`{key}` must be a list of non-empty strings")
    return tuple(sorted({v.strip().lower() for v in value}, key=lambda v: (-len(v), v)))


@lru_cache(maxsize=1)
def get_quote_lexicon() -> QuoteLexicon:
    """The quotation cues, loaded once."""
    path = "telik/data/quotes/speech.yaml"
    data = load_yaml("quotes/speech.yaml")
    lists = {key: word_list(data, key, path) for key in _LISTS}
    n = data.get("min_standalone_words")
    if not isinstance(n, int) or n < 1:
        raise TelikError(Errors.E013, path=path, reason="`min_standalone_words` must be a positive integer")
    return QuoteLexicon(**lists, min_standalone_words=n)

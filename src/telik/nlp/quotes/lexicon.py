"""Load and validate the quotation cue lists in telik/data/quotes/speech.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from telik.datafiles import data_path, load_yaml
from telik.errors import Errors, TelikError

_LISTS = (
    "tag_verbs", "name_only_tags", "tag_leads", "pronoun_words", "anaphor_endings", "particles", "intro_verbs", "intro_prepositions",
    "claim_verbs", "claim_prepositions", "anonymous_openers", "anonymous_heads", "anonymous_links", "titles", "abbreviations",
    "document_nouns", "speaker_stops", "subject_blockers", "modal_words", "nickname_cues", "discourse_leads",
    "passive_verbs", "role_openers", "person_pronouns", "group_nouns",
)
_ENTITY_TITLES = "entities/titles.txt"


@dataclass(frozen=True)
class QuoteLexicon:
    tag_verbs: tuple[str, ...]
    name_only_tags: tuple[str, ...]
    tag_leads: tuple[str, ...]
    pronoun_words: tuple[str, ...]
    anaphor_endings: tuple[str, ...]
    particles: tuple[str, ...]
    intro_verbs: tuple[str, ...]
    intro_prepositions: tuple[str, ...]
    claim_verbs: tuple[str, ...]
    claim_prepositions: tuple[str, ...]
    anonymous_openers: tuple[str, ...]
    anonymous_heads: tuple[str, ...]
    anonymous_links: tuple[str, ...]
    titles: tuple[str, ...]
    abbreviations: tuple[str, ...]
    document_nouns: tuple[str, ...]
    speaker_stops: tuple[str, ...]
    subject_blockers: tuple[str, ...]
    modal_words: tuple[str, ...]
    nickname_cues: tuple[str, ...]
    discourse_leads: tuple[str, ...]
    passive_verbs: tuple[str, ...]
    role_openers: tuple[str, ...]
    person_pronouns: tuple[str, ...]
    group_nouns: tuple[str, ...]
    min_standalone_words: int
    person_window: int
    title_words: frozenset[str]  # every single word of every title, for cutting titles off a name


def word_list(data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
    """A validated list of lower-case strings, longest first (so multiword cues win)."""
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TelikError(Errors.E013, path=path, reason=f"`{key}` must be a list of non-empty strings")
    return tuple(sorted({v.strip().lower() for v in value}, key=lambda v: (-len(v), v)))


def _entity_titles() -> tuple[str, ...]:
    """The titles the entity recogniser strips, shared so a speaker loses the same titles."""
    lines = data_path(_ENTITY_TITLES).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def get_quote_lexicon() -> QuoteLexicon:
    """The quotation cues, loaded once."""
    path = "telik/data/quotes/speech.yaml"
    data = load_yaml("quotes/speech.yaml")
    lists = {key: word_list(data, key, path) for key in _LISTS}
    lists["titles"] = tuple(sorted(set(lists["titles"]) | set(_entity_titles()), key=lambda v: (-len(v), v)))
    numbers = {key: _positive(data, key, path) for key in ("min_standalone_words", "person_window")}
    words = frozenset(w for title in lists["titles"] for w in title.split())
    return QuoteLexicon(**lists, **numbers, title_words=words)


def _positive(data: dict[str, Any], key: str, path: str) -> int:
    """A validated positive integer setting."""
    n = data.get(key)
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise TelikError(Errors.E013, path=path, reason=f"`{key}` must be a positive integer")
    return n

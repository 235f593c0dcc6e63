"""Load and validate the quotation cue lists in telik/data/quotes/speech.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, PositiveInt

from telik.datafiles import DataFile, data_path, load_model
from telik.errors import Errors, TelikError

_ENTITY_TITLES = "entities/titles.txt"


@dataclass(frozen=True)
class QuoteLexicon:
    tag_verbs: tuple[str, ...]
    name_only_tags: tuple[str, ...]
    tag_leads: tuple[str, ...]
    pronoun_words: tuple[str, ...]
    anaphor_endings: tuple[str, ...]
    indefinite_openers: tuple[str, ...]
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
    document_modifiers: tuple[str, ...]
    speaker_stops: tuple[str, ...]
    modal_words: tuple[str, ...]
    bare_verbs: tuple[str, ...]
    nickname_cues: tuple[str, ...]
    discourse_leads: tuple[str, ...]
    passive_verbs: tuple[str, ...]
    restating_leads: tuple[str, ...]
    role_openers: tuple[str, ...]
    person_pronouns: tuple[str, ...]
    group_nouns: tuple[str, ...]
    name_links: tuple[str, ...]
    apposition_links: tuple[str, ...]
    claim_blockers: tuple[str, ...]
    withheld_names: tuple[str, ...]
    withheld_verbs: tuple[str, ...]
    setting_words: tuple[str, ...]
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


def _longest_first(values: tuple[str, ...]) -> tuple[str, ...]:
    if not all(v.strip() for v in values):
        raise ValueError("must be a list of non-empty strings")
    return tuple(sorted({v.strip().lower() for v in values}, key=lambda v: (-len(v), v)))


#: A list of cue words or phrases: lower case, without repeats, longest first (so multiword cues win).
WordList = Annotated[tuple[str, ...], AfterValidator(_longest_first)]


class SpeechFile(DataFile):
    """speech.yaml: the cues of quotation and attribution (each list is described in the file itself)."""

    tag_verbs: WordList
    name_only_tags: WordList
    tag_leads: WordList
    pronoun_words: WordList
    anaphor_endings: WordList
    indefinite_openers: WordList
    particles: WordList
    intro_verbs: WordList
    intro_prepositions: WordList
    claim_verbs: WordList
    claim_prepositions: WordList
    anonymous_openers: WordList
    anonymous_heads: WordList
    anonymous_links: WordList
    titles: WordList
    abbreviations: WordList
    document_nouns: WordList
    document_modifiers: WordList
    speaker_stops: WordList
    modal_words: WordList
    bare_verbs: WordList
    nickname_cues: WordList
    discourse_leads: WordList
    passive_verbs: WordList
    restating_leads: WordList
    role_openers: WordList
    person_pronouns: WordList
    group_nouns: WordList
    name_links: WordList
    apposition_links: WordList
    claim_blockers: WordList
    withheld_names: WordList
    withheld_verbs: WordList
    setting_words: WordList
    min_standalone_words: PositiveInt
    person_window: PositiveInt


@lru_cache(maxsize=1)
def get_quote_lexicon() -> QuoteLexicon:
    """The quotation cues, loaded once; speakers lose the same titles the entity recogniser strips."""
    speech = load_model("quotes/speech.yaml", SpeechFile)
    titles = tuple(sorted(set(speech.titles) | set(_entity_titles()), key=lambda v: (-len(v), v)))
    fields: dict[str, Any] = {name: getattr(speech, name) for name in SpeechFile.model_fields} | {"titles": titles}
    return QuoteLexicon(**fields, title_words=frozenset(w for title in titles for w in title.split()))

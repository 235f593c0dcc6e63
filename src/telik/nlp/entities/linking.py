"""Entity linking: one canonical id per real-world entity, within an article and across the corpus.

Known names take their gazetteer id. Within an article, a person's short form takes the id of the
fullest form that contains it (Mohamadawi -> Qais al-Mohamadawi) and an acronym the id of its
expansion. Anything else gets a deterministic slug of its fullest form, so the same unknown person in
two articles gets the same id.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from telik.nlp.entities.spelling import get_spelling

INITIAL = re.compile(r"^[A-Z]\.?$")
WEB_SUFFIX = re.compile(r"\.(?:com|co\.id|co\.uk|net|org|id|tv|news)$", re.I)


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """ASCII snake_case id of a name ("Qais al-Mohamadawi" -> "qais_al_mohamadawi"); remembered, as linking
    asks it of the same words again and again."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "entity"


def name_words(text: str) -> list[str]:
    """The words of a person's name without initials, lower case ("Colin P. Clarke" -> colin, clarke)."""
    return list(_name_words(text))


@lru_cache(maxsize=65536)
def _name_words(text: str) -> tuple[str, ...]:
    """`name_words`, remembered: linking compares every person of an article with every other."""
    words = re.split(r"[\s\-]+", text)
    return tuple(slug(w) for w in words if w and not INITIAL.match(w) and slug(w) != "entity")


@lru_cache(maxsize=65536)
def person_slug(text: str) -> str:
    """Cross-document id of a person nobody listed: the name words joined, each in its spelling key
    (spellings.yaml), so that "Hasan Nasrallah" and "Hassan Nasrallah", "Yahya Sinwar" and "Yahya al-Sinwar" are
    one person across articles."""
    spelling = get_spelling()
    keys = (spelling.key(w.replace("_", "")) for w in name_words(text))
    return "_".join(k for k in keys if k) or slug(text)


def org_slug(text: str) -> str:
    """Cross-document id of an unknown organisation or place ("korannews.com" -> "korannews")."""
    return slug(WEB_SUFFIX.sub("", text))


def name_slug(text: str, label: str) -> str:
    """Cross-document id of an unknown name of this label: a person's (`person_slug`), or another's (`org_slug`)."""
    return person_slug(text) if label == "PER" else org_slug(text)


@dataclass
class Mention:
    """What linking needs of one resolved entity."""

    text: str
    label: str
    canonical: str | None  # set when the gazetteer or an acronym definition knows it


def link_people(mentions: list[Mention]) -> None:
    """Give every PER its id: a short form joins the longest name in the article whose words contain it.

    When two names that do not contain each other both contain it, the short form stays apart.
    """
    people = [m for m in mentions if m.label == "PER"]
    words = {id(m): set(name_words(m.text)) for m in people}
    by_length = sorted(people, key=lambda m: (-len(words[id(m)]), -len(m.text)))
    for m in people:
        mine = words[id(m)]
        fuller = [o for o in by_length if mine and mine < words[id(o)] and _compatible(m, o)]
        full = fuller[0] if fuller else None
        if full is not None and any(not words[id(o)] <= words[id(full)] for o in fuller[1:]):
            full = None  # "Agus" after "Agus Setiawan" and "Agus Salim": either of two people
        if full is not None and len(words[id(full)]) > len(mine):
            # the fullest form decides: its gazetteer id, else its slug
            m.canonical = full.canonical or person_slug(full.text)
        elif m.canonical is None:
            m.canonical = person_slug(m.text)
    # "Abdulkarim Dungus" and "Dungus Abdulkarim": one name written in either order is one person, under the
    # id of the form the article uses first
    first: dict[frozenset[str], str] = {}
    for m in people:
        if len(words[id(m)]) >= 2 and m.canonical:
            first.setdefault(frozenset(words[id(m)]), m.canonical)
    same = {person_slug(m.text): first[key] for m in people
            if (key := frozenset(words[id(m)])) in first and m.canonical == person_slug(m.text)}
    for m in people:
        m.canonical = same.get(m.canonical or "", m.canonical)


def _compatible(short: Mention, full: Mention) -> bool:
    """A listed short form (Putin) only joins a full form that is not another listed person."""
    return short.canonical is None or full.canonical is None or short.canonical == full.canonical


def link(mentions: list[Mention]) -> None:
    """Fill `canonical` of every mention in one article."""
    link_people(mentions)
    for m in mentions:
        if m.canonical is None:
            m.canonical = org_slug(m.text)

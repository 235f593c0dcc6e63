"""Recognise outlet names and wire agencies in short pieces of text."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from telik.clean.patterns import Sources, get_sources
from telik.wordmatch import alternation

# A web domain standing for an outlet: kabaraku.com, REPUBLIKA.CO.ID, Liputan6.com.
_DOMAIN = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9-]{1,20}){0,2}"
    r"\.(?:com|net|org|id|co|news|info|tv|online|media)$",
    re.I,
)
# One CamelCase word that names a publication: JurnalPatroliNews, detikNews, SINDOnews.
_MASTHEAD = re.compile(r"^[A-Za-z]{2,30}(?:News|news|NEWS|Post|Pos|Times|Online|Media|TV|Daily|Today)$")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str]]:
    src: Sources = get_sources()
    outlets = {a.casefold(): o.name for o in src.outlets for a in o.aliases}
    wires = {a: w.name for w in src.wires for a in w.aliases}
    return outlets, wires


def outlet_name(text: str) -> str | None:
    """The outlet a short string names (listed, a domain or a masthead word) as the page writes it, else None."""
    text = text.strip().strip("*").strip()
    if not text or len(text) > 40:
        return None
    if text.casefold() in _index()[0] or _DOMAIN.match(text) or _MASTHEAD.match(text):
        return text
    return None


def _outlet_key(name: str) -> str:
    """One key per outlet however it is written: its listed name, else its letters without the domain ending
    ("TEROPONGSENAYAN", "teropongsenayan.com" and "TeropongSenayan" are one outlet)."""
    folded = name.strip().casefold().removeprefix("www.")
    listed = _index()[0].get(folded)
    if listed is not None:
        return listed
    if _DOMAIN.match(folded):
        folded = folded.split(".")[0]
    return re.sub(r"[\W_]", "", folded)


def same_outlet(a: str, b: str) -> bool:
    """True when two spellings name the same outlet ("ANTARA" and "antaranews.com", "Pos Kota" and "poskotanews")."""
    return _outlet_key(a) == _outlet_key(b)


def url_outlet(url: str | None) -> str | None:
    """The outlet a page address stands for: the listed outlet owning its domain, else the registered domain."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.casefold().removeprefix("www.").split(".")
    if len(labels) < 2 or not all(labels):
        return None
    outlets = _index()[0]
    for i in range(len(labels) - 1):
        name = ".".join(labels[i:])
        if name in outlets:
            return outlets[name]
    keep = 3 if ".".join(labels[-2:]) in get_sources().second_level and len(labels) >= 3 else 2
    return ".".join(labels[-keep:])


def wire_name(text: str, fold: bool = False) -> str | None:
    """The canonical name of a listed wire agency or foreign outlet (any case when `fold`), else None."""
    text = text.strip()
    found = _index()[1].get(text)
    if found is None and fold:
        found = next((name for alias, name in _index()[1].items() if alias.casefold() == text.casefold()), None)
    return found


@lru_cache(maxsize=1)
def wire_alternation() -> str:
    """A regex alternation of every wire alias, longest first, for whole-word matching."""
    return alternation(_index()[1])


@lru_cache(maxsize=1)
def _sources_by_alias() -> dict[str, str]:
    """Every listed outlet and wire spelling (case kept) with the name to report: wires win, then outlets."""
    src = get_sources()
    out = {a: o.name for o in src.outlets for a in o.aliases if not _DOMAIN.match(a) or "." in a}
    out.update({a: w.name for w in src.wires for a in w.aliases})
    return out


@lru_cache(maxsize=1)
def source_alternation() -> str:
    """A regex alternation of every outlet and wire spelling, longest first (an outlet can be cited too)."""
    return alternation(a for a in _sources_by_alias() if len(a) >= 3 and a[:1].isalpha())


def credited_name(text: str) -> str | None:
    """The name to report for an outlet or agency a report cites ("Sputnik" -> "Sputnik News"), else None."""
    return _sources_by_alias().get(text.strip())


def display_outlet(name: str) -> str:
    """One display name per outlet: the listed name for any spelling or domain of it, else as written."""
    folded = name.strip().casefold().removeprefix("www.")
    return _index()[0].get(folded, name.strip())


def is_rubric(text: str) -> bool:
    """True when every word of `text` is a section label word (Kabar Internasional, BREAKING NEWS)."""
    words = re.findall(r"\w+", text.casefold())
    return bool(words) and len(words) <= 4 and all(w in get_sources().rubrics for w in words)

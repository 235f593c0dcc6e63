"""Recognise outlet names and wire agencies in short pieces of text."""
from __future__ import annotations

import re
from functools import lru_cache

from telik.clean.patterns import Sources, get_sources

# A web domain standing for an outlet: kabaraku.com, REPUBLIKA.CO.ID, Liputan6.com.
_DOMAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9-]{1,20}){0,2}\.(?:com|net|org|id|co|news|info|tv|online|media)$", re.I)
# One CamelCase word that names a publication: JurnalPatroliNews, detikNews, SINDOnews.
_MASTHEAD = re.compile(r"^[A-Za-z]{2,30}(?:News|news|NEWS|Post|Pos|Times|Online|Media|TV|Daily|Today)$")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str]]:
    src: Sources = get_sources()
    outlets = {a.casefold(): o.name for o in src.outlets for a in o.aliases}
    wires = {a: w.name for w in src.wires for a in w.aliases}
    return outlets, wires


def outlet_name(text: str) -> str | None:
    """The outlet a short string names (listed, a domain or a masthead word), else None."""
    text = text.strip().strip("*").strip()
    if not text or len(text) > 40:
        return None
    outlets, _ = _index()
    if text.casefold() in outlets:
        return text if _DOMAIN.match(text) else outlets[text.casefold()]
    if _DOMAIN.match(text) or _MASTHEAD.match(text):
        return text
    return None


def wire_name(text: str) -> str | None:
    """The canonical name of a listed wire agency or foreign outlet, else None."""
    return _index()[1].get(text.strip())


@lru_cache(maxsize=1)
def wire_alternation() -> str:
    """A regex alternation of every wire alias, longest first, for whole-word matching."""
    aliases = sorted(_index()[1], key=len, reverse=True)
    return "(?:" + "|".join(re.escape(a) for a in aliases) + ")"


def is_rubric(text: str) -> bool:
    """True when every word of `text` is a section label word (Kabar Internasional, BREAKING NEWS)."""
    words = re.findall(r"\w+", text.casefold())
    return bool(words) and len(words) <= 4 and all(w in get_sources().rubrics for w in words)

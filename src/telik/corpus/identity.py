"""One id per real-world entity across reports that write its name differently.

Within an article, linking (`telik.nlp.entities.linking`) already gives a person's short forms the id of the
fullest name and an acronym the id of its expansion. Across articles the same person comes as "Awi Setiyono"
and "Awi Setiono", "Endra Zulpan" and "E. Zulpan", "Farid Okbah" and "Ahmad Farid Okbah". Two names are one
person when every word of the shorter meets a word of the longer in order (the same word, an initial of it, or
a spelling one edit away in a word of six letters or more) and the surnames meet, or the two names have the same
words in another order ("Dungus Abdulkarim", "Abdulkarim Dungus"), and the two reports share a
place, body or event cluster besides the person. A name that meets two people who are not one stays apart. A
bare acronym ("TGPF") takes the id its expansion gave it in another report that shares such context, when that
expansion is the only one.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from telik.corpus.dedup import find_root
from telik.model import DocResult, EntityMention
from telik.nlp.entities.linking import org_slug, slug

#: Shortest word whose spelling variants one edit away are taken as the same word ("Setiono"/"Setiyono").
VARIANT_LENGTH = 6
#: Ids shared by too many reports to show that two of them tell of the same people.
_COMMON_SHARE = 0.2


@lru_cache(maxsize=65536)  # the corpus names the same people again and again
def _words(text: str) -> tuple[str, ...]:
    """The name's words, lower case, without dots: "E. Zulpan" -> ("e", "zulpan")."""
    return tuple(w for w in (slug(part) for part in text.replace(".", " ").split()) if w != "entity")


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial: "E." of "Endra"
    return min(len(a), len(b)) >= VARIANT_LENGTH and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def same_person(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Do the words of `short` meet words of `long` in order, the last words (the surnames) included?"""
    if len(short) < 2 or len(short) > len(long) or not _same_word(short[-1], long[-1]):
        return False
    if all(len(w) == 1 for w in short[:-1]) and len(short) < len(long) and len(long[-1]) < VARIANT_LENGTH:
        return False  # "A. Kamal" says too little to be "Ahmad Musthofa Kamal"
    j = 0
    for w in short[:-1]:
        while j < len(long) - 1 and not _same_word(w, long[j]):
            j += 1
        if j == len(long) - 1:
            return False
        j += 1
    return True


#: What identity needs of one report: its entity mentions, in order, and the event clusters it reports.
Named = tuple[Sequence[EntityMention], set[str]]


def named_in(doc: DocResult) -> Named:
    """The document as identity sees it."""
    return doc.entities, {ev.cluster for ev in doc.events if ev.cluster}


def _contexts(named: Sequence[Named]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Per person or acronym id: the other ids and clusters of the reports naming it; per person id, its fullest
    name."""
    context: dict[str, set[str]] = defaultdict(set)
    fullest: dict[str, str] = {}
    seen_in: dict[str, int] = defaultdict(int)
    per_doc: list[tuple[set[str], set[str]]] = []
    for entities, clusters in named:
        # the names that may need another report's id: people, and acronyms
        asked = {e.canonical for e in entities if e.label == "PER" or e.label == "ORG" and e.text.isupper()}
        ids = {e.canonical for e in entities} | {f"cluster:{c}" for c in clusters}
        for x in ids:
            seen_in[x] += 1
        per_doc.append((asked, ids))
        for e in entities:
            if e.label == "PER" and len(_words(e.text)) > len(_words(fullest.get(e.canonical, ""))):
                fullest[e.canonical] = e.text
    common = {x for x, n in seen_in.items() if len(named) >= 10 and n > _COMMON_SHARE * len(named)}
    for asked, ids in per_doc:
        for x in asked:
            context[x] |= ids - common - {x}
    return context, fullest


def renames(named: Sequence[Named]) -> dict[str, str]:
    """Person and acronym ids -> the one id each takes across the reports (`named`, in corpus order)."""
    context, fullest = _contexts(named)
    rename = _people(context, fullest)
    rename.update(_acronyms(named, context))
    return rename


def rename_ids(docs: list[DocResult], rename: dict[str, str]) -> None:
    """Give entities and quote speakers their new ids."""
    for doc in docs:
        for e in doc.entities:
            e.canonical = rename.get(e.canonical, e.canonical)
        for q in doc.quotes:
            if q.speaker_canonical:
                q.speaker_canonical = rename.get(q.speaker_canonical, q.speaker_canonical)


def link_across(docs: list[DocResult]) -> int:
    """One id per person and per acronym across `docs`; returns the number of ids replaced."""
    rename = renames([named_in(d) for d in docs])
    rename_ids(docs, rename)
    return len(rename)


def _acronyms(named: Sequence[Named], context: dict[str, set[str]]) -> dict[str, str]:
    """Bare acronyms' slugs -> the one id their expansion has elsewhere in the corpus."""
    defined: dict[str, set[str]] = defaultdict(set)
    bare: set[str] = set()
    for entities, _ in named:
        for e in entities:
            if e.label == "ORG" and e.text.isupper() and e.text.isalpha() and len(e.text) >= 3:
                if e.canonical == org_slug(e.text):
                    bare.add(e.canonical)
                else:
                    defined[e.text].add(e.canonical)
    out = {}
    for entities, _ in named:
        for e in entities:
            if e.canonical in bare and len(defined.get(e.text, ())) == 1:
                target = next(iter(defined[e.text]))
                if context[e.canonical] & context[target]:
                    out[e.canonical] = target
    return out


def _people(context: dict[str, set[str]], fullest: dict[str, str]) -> dict[str, str]:
    """Person ids -> the id of the fullest name of the same person in the corpus."""
    names = {c: _words(text) for c, text in fullest.items()}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for c, words in names.items():
        if len(words) >= 2:
            by_surname[words[-1][:3]].append(c)
            by_surname[" ".join(sorted(words))].append(c)  # "Dungus Abdulkarim" and "Abdulkarim Dungus"
    matches: dict[str, set[str]] = defaultdict(set)
    for block in by_surname.values():
        for a in block:
            for b in block:
                wa, wb = names[a], names[b]
                if a != b and (len(wa), a) < (len(wb), b) and (same_person(wa, wb) or sorted(wa) == sorted(wb)) \
                        and context[a] & context[b]:
                    matches[a].add(b)
    index = {c: i for i, c in enumerate(names)}
    parent = list(range(len(index)))
    for a, fuller in matches.items():
        tops = {b for b in fuller if not matches.get(b, set()) & fuller}  # the fullest names it meets
        if len(tops) == 1 or all(same_person(names[x], names[y]) or same_person(names[y], names[x])
                                 for x in tops for y in tops if x < y):
            for b in fuller:
                parent[find_root(parent, index[b])] = find_root(parent, index[a])
    groups: dict[int, list[str]] = defaultdict(list)
    for c, i in index.items():
        groups[find_root(parent, i)].append(c)
    rename: dict[str, str] = {}
    for members in groups.values():
        if len(members) > 1:
            best = max(members, key=lambda c: (len(names[c]), len(fullest[c]), c))
            rename.update({c: best for c in members if c != best})
    return rename

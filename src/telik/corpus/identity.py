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


def _asked_ids(entities: Sequence[EntityMention], clusters: set[str]) -> tuple[set[str], set[str]]:
    """A report's names that may need another report's id (people, and acronyms), and every id and cluster it
    gives them as context."""
    asked = {e.canonical for e in entities if e.label == "PER" or e.label == "ORG" and e.text.isupper()}
    return asked, {e.canonical for e in entities} | {f"cluster:{c}" for c in clusters}


def _seen(named: Sequence[Named]) -> tuple[dict[str, str], set[str]]:
    """Per person id, its fullest name; and the ids and clusters too common to tell that two reports tell of the same
    people (named by more than `_COMMON_SHARE` of the reports)."""
    fullest: dict[str, str] = {}
    seen_in: dict[str, int] = defaultdict(int)
    for entities, clusters in named:
        for x in _asked_ids(entities, clusters)[1]:
            seen_in[x] += 1
        for e in entities:
            if e.label == "PER" and len(_words(e.text)) > len(_words(fullest.get(e.canonical, ""))):
                fullest[e.canonical] = e.text
    common = {x for x, n in seen_in.items() if len(named) >= 10 and n > _COMMON_SHARE * len(named)}
    return fullest, common


def _contexts(named: Sequence[Named], common: set[str], wanted: set[str]) -> dict[str, set[str]]:
    """Per person or acronym id of `wanted`: the other ids and clusters of the reports naming it, but `common` ones.

    Only the ids a decision reads are wanted: a context per id of the corpus would hold about as many ids as the
    reports name, however few of them meet another name.
    """
    context: dict[str, set[str]] = defaultdict(set)
    for entities, clusters in named:
        asked, ids = _asked_ids(entities, clusters)
        for x in asked & wanted:
            context[x] |= ids - common - {x}
    return context


def renames(named: Sequence[Named]) -> dict[str, str]:
    """Person and acronym ids -> the one id each takes across the reports (`named`, in corpus order).

    `named` is read in a few passes, nothing kept per report: it may be read from disk (see `telik.corpus.spooled`).
    """
    fullest, common = _seen(named)
    names = {c: _words(text) for c, text in fullest.items()}
    people = _alike(names)
    acronyms = _acronym_pairs(named)
    wanted = {x for pair in people for x in pair} | set(acronyms) | set(acronyms.values())
    context = _contexts(named, common, wanted)
    rename = _people(names, [(a, b) for a, b in people if context[a] & context[b]], fullest)
    rename.update({c: target for c, target in acronyms.items() if context[c] & context[target]})
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


def _acronym_pairs(named: Sequence[Named]) -> dict[str, str]:
    """Bare acronyms' slugs -> the id of their one expansion written out elsewhere in the corpus (read in one
    pass: a bare acronym's slug is made from its text)."""
    defined: dict[str, set[str]] = defaultdict(set)
    bare: dict[str, str] = {}
    for entities, _ in named:
        for e in entities:
            if e.label == "ORG" and e.text.isupper() and e.text.isalpha() and len(e.text) >= 3:
                if e.canonical == org_slug(e.text):
                    bare.setdefault(e.canonical, e.text)
                else:
                    defined[e.text].add(e.canonical)
    return {c: next(iter(defined[text])) for c, text in bare.items() if len(defined.get(text, ())) == 1}


def _alike(names: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """Pairs of person ids (shorter name first) whose names may be one person's: every word of the shorter meets the
    longer's (see `same_person`), or the same words in another order.

    Names are compared within blocks: the first letters of the surname, and the words in any order
    ("Dungus Abdulkarim", "Abdulkarim Dungus"; every pair of such a block is one). Within a surname block only
    names whose surnames meet (`_same_word`, decided once per two surnames) are compared: the block of a common
    surname's first letters holds many names, few of them one person's.
    """
    by_surname: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for c, words in names.items():
        if len(words) >= 2:
            by_surname[words[-1][:3]][words[-1]].append(c)
            by_words[tuple(sorted(words))].append(c)

    def ordered(a: str, b: str) -> tuple[str, str]:
        return (a, b) if (len(names[a]), a) < (len(names[b]), b) else (b, a)

    out: set[tuple[str, str]] = set()
    for same in by_words.values():
        out.update(ordered(a, b) for i, a in enumerate(same) for b in same[:i])
    for block in by_surname.values():
        surnames = list(block)
        for i, x in enumerate(surnames):
            for y in surnames[: i + 1]:
                if not _same_word(x, y):
                    continue
                for a in block[x]:
                    for b in block[y]:
                        if a != b:
                            short, long = ordered(a, b)
                            if same_person(names[short], names[long]):
                                out.add((short, long))
    return sorted(out)


def _people(names: dict[str, tuple[str, ...]], alike: list[tuple[str, str]], fullest: dict[str, str]) -> dict[str, str]:
    """Person ids -> the id of the fullest name of the same person in the corpus (`alike`: the pairs of ids whose
    names may be one person's and whose reports share context, shorter name first)."""
    matches: dict[str, set[str]] = defaultdict(set)
    for a, b in alike:
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

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

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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


def _asked_ids(entities: Sequence[EntityMention]) -> tuple[set[str], set[str]]:
    """A report's names that may need another report's id (people, and acronyms), and every id it gives them as
    context (its event clusters are context too, see `resolve`)."""
    asked = {e.canonical for e in entities if asks(e.label, e.text)}
    return asked, {e.canonical for e in entities}


def asks(label: str, text: str) -> bool:
    """May a name of this label and text need another report's id (a person, or an acronym)?"""
    return label == "PER" or label == "ORG" and text.isupper()


def is_acronym(label: str, text: str) -> bool:
    """Is a name of this label and text an acronym, bare or defined (see `NamesInOrder.acronyms`)?"""
    return label == "ORG" and text.isupper() and text.isalpha() and len(text) >= 3


def too_common(reports: int) -> float | None:
    """Ids and clusters named by more reports than this (of `reports`) do not tell that two reports tell of the same
    people (None: none are, in a corpus too small to tell)."""
    return _COMMON_SHARE * reports if reports >= 10 else None


@dataclass
class Names:
    """What identity decides from the reports' names alone (`names_of`, or `corpus_index.stored_names` from the
    store's tables): within a run of the corpus stage the names stay as they are and only the reports' event
    clusters change (the renames come last), so a neighbourhood run works this out once, not at every pass."""

    reports: int
    fullest: dict[str, str]  # per person id, its fullest name
    people: list[tuple[str, str]]  # pairs of person ids whose names may be one person's (`_alike`)
    acronyms: dict[str, str]  # bare acronyms' ids -> their one expansion's id (`NamesInOrder.acronyms`)
    asking: dict[str, list[int]]  # per id a decision reads, the reports asking it (`asks`), in order
    context: dict[str, set[str]]  # per such id, the other ids of those reports but the too common ones


class NamesInOrder:
    """The decisions read off names in corpus order, one name at a time: the fullest name of each person and the
    acronyms' expansions (a name met again changes neither: its first occurrence decides)."""

    def __init__(self) -> None:
        self.fullest: dict[str, str] = {}
        self.defined: dict[str, set[str]] = defaultdict(set)
        self.bare: dict[str, str] = {}

    def add(self, canonical: str, label: str, text: str) -> None:
        if label == "PER" and len(_words(text)) > len(_words(self.fullest.get(canonical, ""))):
            self.fullest[canonical] = text
        if is_acronym(label, text):
            if canonical == org_slug(text):
                self.bare.setdefault(canonical, text)
            else:
                self.defined[text].add(canonical)

    def acronyms(self) -> dict[str, str]:
        """Bare acronyms' slugs -> the id of their one expansion written out elsewhere in the corpus (a bare
        acronym's slug is made from its text)."""
        return {c: next(iter(self.defined[text])) for c, text in self.bare.items()
                if len(self.defined.get(text, ())) == 1}

    def wanted(self) -> tuple[list[tuple[str, str]], dict[str, str], set[str]]:
        """The pairs of person ids alike, the acronyms' expansions, and every id these decisions read."""
        people = _alike({c: _words(text) for c, text in self.fullest.items()})
        acronyms = self.acronyms()
        return people, acronyms, {x for pair in people for x in pair} | set(acronyms) | set(acronyms.values())


def names_of(named: Sequence[Named]) -> tuple[Names, Counter[str], dict[int, set[str]]]:
    """`Names` of the reports (`named`, in corpus order), how many reports report each event cluster, and the clusters
    of the reports asking a name a decision reads (what `resolve` reads of them). Read in two passes, nothing kept
    per report: `named` may be read from disk (see `telik.corpus.spooled`)."""
    seen_in: dict[str, int] = defaultdict(int)
    counts: Counter[str] = Counter()
    read = NamesInOrder()
    for entities, clusters in named:
        for x in _asked_ids(entities)[1]:
            seen_in[x] += 1
        counts.update(clusters)
        for e in entities:
            read.add(e.canonical, e.label, e.text)
    limit = too_common(len(named))
    common = {x for x, n in seen_in.items() if limit is not None and n > limit}
    people, acronyms, wanted = read.wanted()
    asking: dict[str, list[int]] = defaultdict(list)
    context: dict[str, set[str]] = defaultdict(set)
    held: dict[int, set[str]] = {}
    for i, (entities, clusters) in enumerate(named):
        asked, ids = _asked_ids(entities)
        for x in asked & wanted:
            asking[x].append(i)
            context[x] |= ids - common - {x}
            held[i] = clusters
    return Names(len(named), read.fullest, people, acronyms, dict(asking), dict(context)), counts, held


def resolve(names: Names, clusters: Callable[[int], set[str]], counts: Counter[str]) -> dict[str, str]:
    """Person and acronym ids -> the one id each takes across the reports, given their `names` and their event
    clusters (`clusters`: report `i`'s; `counts`: how many reports report each cluster). Ids are slugs: an id and
    a `cluster:` key never meet."""
    limit = too_common(names.reports)
    common = {c for c, n in counts.items() if limit is not None and n > limit}
    context: dict[str, set[str]] = {}

    def of(x: str) -> set[str]:
        """The ids and clusters of the reports naming `x`, but the too common ones and `x`."""
        if x not in context:
            context[x] = names.context.get(x, set()) | {
                f"cluster:{c}" for i in names.asking.get(x, ()) for c in clusters(i) if c not in common}
        return context[x]

    words = {c: _words(text) for c, text in names.fullest.items()}
    rename = _people(words, [(a, b) for a, b in names.people if of(a) & of(b)], names.fullest)
    rename.update({c: target for c, target in names.acronyms.items() if of(c) & of(target)})
    return rename


def renames(named: Sequence[Named]) -> dict[str, str]:
    """Person and acronym ids -> the one id each takes across the reports (`named`, in corpus order; see
    `names_of`)."""
    names, counts, held = names_of(named)
    return resolve(names, held.__getitem__, counts)


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

"""One real-world event across documents: merge event mentions that agree on type, date, place and actors.

Mentions are compared only inside blocks of the same type and compatible date keys, so the cost grows
about linearly with the corpus. Candidate pairs are scored, then merged best first; a merge that would
give a cluster two different days or two countries is refused, so weak links cannot chain events.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from telik.corpus.datespan import PartialDate, parse_partial
from telik.corpus.relations import (
    DISTINCT,
    FOREIGN,
    NESTED,
    SAME,
    Node,
    actors_relation,
    norm,
    place_relation,
    resolve,
)
from telik.model import DocResult

#: Points a pair needs to be merged.
THRESHOLD = 2.0
#: Extra points two mentions in one document need: a writer tells distinct events apart in one text
#: ("35 arrested in January" and "a commander arrested on 19 January" are two arrests).
SAME_DOC_EXTRA = 1.0
#: Points for the date detail both mentions give: the same day, the same month, only the year.
DATE_POINTS = {"day": 2.0, "month": 1.0, "year": 0.0}
PLACE_POINTS = {SAME: 1.0, NESTED: 1.0, DISTINCT: -1.0}
#: Points when an event without a location names, in its sentence, a place holding the other's location.
HINT_POINTS = 1.0
#: Entity labels that can hint at an unlocated event's place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_POINTS = {SAME: 1.0, DISTINCT: -0.5}
#: Largest block compared against (a guard against quadratic blow-up on year-only dates).
MAX_BLOCK = 2000

Key = tuple[int, int]  # (document index, event index)


@dataclass
class Mention:
    key: Key
    type: str
    date: PartialDate
    place: Node | None
    actors: list[Node]
    hints: list[Node]  # places named in the evidence of an event with no location


def _doc_canonicals(doc: DocResult) -> dict[str, str]:
    out: dict[str, str] = {}
    for ent in doc.entities:
        if ent.canonical:
            out.setdefault(norm(ent.text), ent.canonical)
    return out


def build_mentions(docs: list[DocResult]) -> list[Mention]:
    """Every event of every document, with its date, place and actors resolved for comparison."""
    out: list[Mention] = []
    for di, doc in enumerate(docs):
        canon = _doc_canonicals(doc)
        for ei, ev in enumerate(doc.events):
            place = resolve(ev.location, canon.get(norm(ev.location))) if ev.location else None
            actors = [resolve(a, canon.get(norm(a))) for a in ev.actors if a]
            hints = [] if place else [
                resolve(e.text, e.canonical or None) for e in doc.entities
                if e.label in PLACE_LABELS and ev.start <= e.start and e.end <= ev.end
            ]
            out.append(Mention((di, ei), ev.type, parse_partial(ev.date), place, actors, hints))
    return out


def _insert_key(m: Mention) -> tuple | None:
    p = m.date
    if p.year is not None:
        if p.month and p.day:
            return ("D", m.type, p.year, p.month, p.day)
        if p.month:
            return ("M", m.type, p.year, p.month)
        return ("Y", m.type, p.year)
    if p.month and p.day:
        return ("LD", m.type, p.month, p.day)
    if p.month:
        return ("LM", m.type, p.month)
    return None


def _lookup_keys(m: Mention) -> Iterator[tuple]:
    """Blocks holding every mention as coarse as or incomparable to `m` whose date could match it."""
    t, p = m.type, m.date
    if p.year is not None:
        if p.month and p.day:
            yield from (("D", t, p.year, p.month, p.day), ("M", t, p.year, p.month), ("Y", t, p.year))
            yield from (("LD", t, p.month, p.day), ("LM", t, p.month))
        elif p.month:
            yield from (("M", t, p.year, p.month), ("Y", t, p.year), ("LM", t, p.month))
            yield from (("LD", t, p.month, d) for d in range(1, 32))
        else:
            yield ("Y", t, p.year)
    elif p.month and p.day:
        yield from (("LD", t, p.month, p.day), ("LM", t, p.month))
    elif p.month:
        yield ("LM", t, p.month)


def _relation_keys(m: Mention) -> set[str]:
    """What a coarse-dated mention must share with another to be worth scoring: a place, a place that
    contains it, its country, or an actor."""
    keys: set[str] = set()
    for node in (m.place, *m.actors, *m.hints):
        if node is not None:
            keys |= node.ids | node.ancestors
            if node.country:
                keys.add(f"cc:{node.country}")
    return keys


def candidate_pairs(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of mentions that share a type and a compatible date block.

    Day blocks are small and compared whole (a shared day can be enough to merge). Coarser blocks
    (month, year) are split by place, country and actor, since at that precision a merge needs a shared
    place or actor anyway; so the cost stays close to linear as the corpus grows.
    """
    blocks: dict[tuple, list[int]] = defaultdict(list)
    relation = [_relation_keys(m) for m in mentions]
    for i, m in enumerate(mentions):
        k = _insert_key(m)
        if k is None:
            continue
        if k[0] in ("D", "LD"):
            blocks[k].append(i)
        for r in relation[i]:
            blocks[(*k, r)].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, m in enumerate(mentions):
        for k in _lookup_keys(m):
            keys = [k] if k[0] in ("D", "LD") and _same_day(m, k) else [(*k, r) for r in relation[i]]
            for key in keys:
                for j in blocks.get(key, [])[:MAX_BLOCK]:
                    if i != j:
                        pairs.add((min(i, j), max(i, j)))
    return pairs


def _same_day(m: Mention, key: tuple) -> bool:
    """The block is the mention's own day (so the pair can reach day-level agreement)."""
    p = m.date
    return bool(p.month and p.day) and key[-2:] == (p.month, p.day)


def _date_level(a: PartialDate, b: PartialDate) -> str | None:
    if not a.compatible(b):
        return None
    if a.month and b.month and a.day and b.day:
        return "day"
    if a.month and b.month:
        return "month"
    return "year"


def pair_score(a: Mention, b: Mention) -> float | None:
    """Evidence that two mentions are one event; None when something rules it out."""
    if a.type != b.type or a.date.empty or b.date.empty:
        return None
    level = _date_level(a.date, b.date)
    if level is None:
        return None
    place = place_relation(a.place, b.place)
    if place == FOREIGN:
        return None
    points = DATE_POINTS[level] + PLACE_POINTS.get(place, 0.0) + ACTOR_POINTS.get(actors_relation(a.actors, b.actors), 0.0)
    return points + (HINT_POINTS if _hinted(a, b) or _hinted(b, a) else 0.0)


def _hinted(a: Mention, b: Mention) -> bool:
    """`a` has no location but its sentence names `b`'s place or one containing it."""
    return b.place is not None and any(place_relation(h, b.place) in (SAME, NESTED) for h in a.hints)


class _Clusters:
    """Union-find that keeps, per cluster, the date it pins down and its country."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.parent = list(range(len(mentions)))
        self.date = [m.date for m in mentions]
        self.country = [m.place.country if m.place else None for m in mentions]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if not self.date[ri].compatible(self.date[rj]):
            return False
        ci, cj = self.country[ri], self.country[rj]
        if ci and cj and ci != cj:
            return False
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.date[root] = self.date[ri].merge(self.date[rj])
        self.country[root] = ci or cj
        return True


def _evidence_key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _copy_pairs(docs: list[DocResult], mentions: list[Mention], groups: list[int]) -> list[tuple[int, int]]:
    """Mentions in a near-duplicate copy that repeat the original's evidence: always one event."""
    seen: dict[tuple[int, str, str], int] = {}
    pairs = []
    for n, m in enumerate(mentions):
        di, ei = m.key
        ev = docs[di].events[ei]
        k = (groups[di], ev.type, _evidence_key(ev.evidence))
        if k in seen and mentions[seen[k]].key[0] != di:
            pairs.append((seen[k], n))
        seen.setdefault(k, n)
    return pairs


def _member_id(docs: list[DocResult], key: Key) -> str:
    ev = docs[key[0]].events[key[1]]
    return f"{docs[key[0]].id}#{ev.start:08d}#{ev.end:08d}#{ev.type}#{key[1]:05d}"


def cluster_events(docs: list[DocResult], groups: list[int] | None = None) -> dict[str, PartialDate]:
    """Set `Event.cluster` on every event; return each cluster's combined date.

    `groups` gives, per document, the index of its near-duplicate group (see dedup).
    """
    mentions = build_mentions(docs)
    uf = _Clusters(mentions)
    for i, j in _copy_pairs(docs, mentions, groups or list(range(len(docs)))):
        uf.union(i, j)
    scored = []
    for i, j in candidate_pairs(mentions):
        s = pair_score(mentions[i], mentions[j])
        same_doc = mentions[i].key[0] == mentions[j].key[0]
        if s is not None and s >= THRESHOLD + (SAME_DOC_EXTRA if same_doc else 0.0):
            scored.append((-s, i, j))
    for _, i, j in sorted(scored):
        uf.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for n in range(len(mentions)):
        members[uf.find(n)].append(n)
    dates: dict[str, PartialDate] = {}
    for root, idx in members.items():
        first = min(_member_id(docs, mentions[n].key) for n in idx)
        cid = "evt-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]
        for n in idx:
            d, e = mentions[n].key
            docs[d].events[e].cluster = cid
        dates[cid] = uf.date[root]
    return dates

"""One real-world event across documents: merge event mentions that agree on type, date, place and actors.

A merge needs a compatible date and something concrete that agrees (a place, an actor, a place named in
the sentence); a shared date alone never merges, since a large corpus holds many attacks on one day.
Mentions are compared only inside blocks of the same type, a compatible date key and a shared place,
country or actor key, so the cost grows about linearly with the corpus. Candidate pairs are scored,
then merged best first; a merge that would give a cluster days further apart than `NEAR_DAYS` or two
countries is refused, so weak links cannot chain events.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Annotated, Any

from pydantic import StringConstraints, model_validator

from telik.corpus.datespan import PartialDate, parse_partial
from telik.corpus.dedup import find_root
from telik.corpus.eventdates import INFERRED
from telik.corpus.relations import (
    DISTINCT,
    FOREIGN,
    NESTED,
    SAME,
    UNKNOWN,
    Node,
    actors_relation,
    is_country,
    norm,
    place_relation,
    resolve,
)
from telik.datafiles import DataFile, load_model
from telik.model import DocResult
from telik.nlp.events.lexicon import get_event_lexicon
from telik.wordmatch import alternation

#: Points a pair needs to be merged.
THRESHOLD = 2.0
#: Extra points two mentions in one document need: a writer tells distinct events apart in one text
#: ("35 arrested in January" and "a commander arrested on 19 January" are two arrests).
SAME_DOC_EXTRA = 1.0
#: Points for the date detail both mentions give: the same day, days at most `NEAR_DAYS` apart, the same
#: month, only the year. Reports of one event often date it a day or two apart (a siege from Friday night
#: to Saturday; a later report dated by the day officials gave the new toll), so near days can still merge
#: when the place agrees and something more (an actor) does too.
DATE_POINTS = {"day": 2.0, "near": 0.5, "month": 1.0, "year": 0.0}
NEAR_DAYS = 2
#: An event its report does not date happened on the report's own date or up to this many days before it
#: (a report is written after the event). Such a date is evidence, never the cluster's date.
REPORT_DAYS = 7
#: Words two venues unknown to the gazetteer must share to be one place.
VENUE_WORDS = 2
#: Points for a report-dated mention whose document date falls within `REPORT_DAYS` of the other's date; a merge
#: then needs both a place and an actor, or a place hint, to agree.
REPORTED_POINTS = 0.5
PLACE_POINTS = {SAME: 1.0, NESTED: 1.0}
#: Points when an event without a location names, in its sentence, a place holding the other's location.
HINT_POINTS = 1.0
#: Entity labels that can hint at an unlocated event's place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_POINTS = {SAME: 1.0, DISTINCT: -0.5}
#: Points for a report-dated pair whose death tolls are close (the smaller at least `TOLL_RATIO` of the larger).
TOLL_POINTS = 0.5
TOLL_RATIO = 0.5
#: Points when both name the same person or group as the one harmed or arrested.
TARGET_POINTS = 1.0
#: Entity labels that can stand for the actor of an event whose actor was not found (named in its sentence).
PARTY_LABELS = frozenset({"ORG", "PER"})
#: Similarity (IDF-weighted cosine of the mentions' words) from which sentences count as telling one event, and
#: the points that gives: reports of one event shared 0.20–0.55 on the development sets, two events of a kind less.
SIMILAR = 0.2
SIMILAR_POINTS = 1.0
#: Types one outlet may tell an event as that another tells it as: a state's strike is a MILITARY_OPERATION where the
#: report names its force, an ATTACK where it names none ("Serangan udara menghantam sebuah rumah di Jabalia").
#: Mentions are compared within a kind; two of different types merge only as `_kin_evidence` allows.
KIN_TYPES = {"MILITARY_OPERATION": "ATTACK"}
#: Largest block compared against (a guard against quadratic blow-up on year-only dates).
MAX_BLOCK = 2000
#: A date block: granularity tag, event type, then the date parts (and a relation key once split).
BlockKey = tuple[str | int, ...]

Key = tuple[int, int]  # (document index, event index)


@dataclass
class Mention:
    key: Key
    type: str
    date: PartialDate
    place: Node | None
    actors: list[Node]
    hints: list[Node]  # places named in the evidence of an event with no location
    parties: list[Node]  # groups and people named in the evidence of an event with no actor
    reported: bool = False  # `date` is the document's date: the event's own date was not found
    killed: int | None = None
    words: frozenset[str] = frozenset()  # the content words of its sentences (see `similarity`)
    targets: tuple[Node, ...] = ()  # the named people and groups it harmed or arrested
    named: tuple[Node, ...] = ()  # places named in the sentences of an event with a location (see `_place_between`)
    sites: frozenset[str] = frozenset()  # the kinds of site it struck (`data/events/sites.yaml`)
    pursuit: bool = False  # an operation that is a search, a pursuit or a deployment: it struck nothing
    #: the places of a list in its sentences that holds its place: one operation in several places ("di Jawa Tengah
    #: dan Lampung"), where each report may place it at another (see `_place_lists`, `_spread_meets`)
    spread: tuple[Node, ...] = ()

    @property
    def kind(self) -> str:
        """Its type as far as comparing it goes (see `KIN_TYPES`)."""
        return KIN_TYPES.get(self.type, self.type)


def _doc_canonicals(doc: DocResult) -> dict[str, str]:
    out: dict[str, str] = {}
    for ent in doc.entities:
        if ent.canonical:
            out.setdefault(norm(ent.text), ent.canonical)
    return out


def _credits(doc: DocResult) -> set[str]:
    """Names of the outlet and wire services: named in a sentence, they report the event, not take part."""
    return {norm(n) for n in (doc.outlet, *doc.wire) if n}


#: What may stand between two links of a written chain of places ("Mir Ali, Waziristan Utara, Pakistan"), and
#: between the items of a list of places ("di Bekasi, Bogor, dan Tangerang": no chain).
_CHAIN_GAP = re.compile(r"\s*,\s*")
_LIST_GAP = re.compile(r"\s*,?\s*(?:dan|serta|atau|hingga|maupun)\s+", re.IGNORECASE)


@dataclass
class PlaceRun:
    """Places written one after another with only commas or a list's conjunction between them (two or more)."""

    nodes: list[Node]
    start: int
    end: int
    listed: bool = False  # a list's conjunction joins them ("di Jawa Tengah dan Lampung")


def place_runs(doc: DocResult) -> list[PlaceRun]:
    """The document's runs of places, in text order (see `_place_chains` and `_place_lists`): read from its text,
    which a corpus stage holding slim copies of its documents (`telik.corpus.spooled`) no longer has, so it keeps
    these instead."""
    runs: list[PlaceRun] = []
    for e in sorted((e for e in doc.entities if e.label in PLACE_LABELS), key=lambda e: e.start):
        node, gap = resolve(e.text, e.canonical or None), doc.text[runs[-1].end:e.start] if runs else ""
        if runs and (_CHAIN_GAP.fullmatch(gap) or _LIST_GAP.fullmatch(gap)):
            runs[-1].nodes.append(node)
            runs[-1].end = e.end
            runs[-1].listed = runs[-1].listed or not _CHAIN_GAP.fullmatch(gap)
        else:
            runs.append(PlaceRun([node], e.start, e.end))
    return [r for r in runs if len(r.nodes) > 1]


def _place_chains(runs: list[PlaceRun]) -> list[list[Node]]:
    """The places the document writes as one comma chain, smaller to larger ("di Mir Ali, Waziristan Utara,
    Pakistan"), two or more: not a list (a run of places with "dan" in it), nor places the gazetteer puts apart."""
    return [chain for r in runs if not r.listed for chain in _unbroken(r.nodes) if len(chain) > 1]


def _place_lists(runs: list[PlaceRun], spans: list[tuple[int, int]], place: Node | None) -> tuple[Node, ...]:
    """The places of the lists in an event's sentences that hold its place and are not one inside another ("di
    wilayah Solo Raya dan Lampung", "di Sukoharjo, Klaten, dan Bandar Lampung"): one operation told in several places
    (see `Mention.spread`); a list without its place names other places (where the people it harmed fled from)."""
    if place is None:
        return ()
    out = [n for r in runs if r.listed and any(a <= r.start and r.end <= b for a, b in spans)
           and any(place_relation(place, n) in (SAME, NESTED) for n in r.nodes)
           and any(place_relation(x, y) not in (SAME, NESTED) for x, y in itertools.combinations(r.nodes, 2))
           for n in r.nodes]
    return tuple(dict.fromkeys(out))


def _unbroken(nodes: list[Node]) -> list[list[Node]]:
    """A run of places split where two neighbours lie apart: the links of one chain hold each other."""
    out = [[nodes[0]]]
    for prev, node in itertools.pairwise(nodes):
        if place_relation(prev, node) in (DISTINCT, FOREIGN):
            out.append([node])
        else:
            out[-1].append(node)
    return out


def _chained(chains: list[list[Node]], place: Node) -> list[Node]:
    """The places written in one chain with the event's place anywhere in its document: the report placing the event
    in "Waziristan Utara" wrote "di Mir Ali, Waziristan Utara, Pakistan" in a sentence the event was not read from,
    and a report placing it in Mir Ali tells of the same place."""
    return list(dict.fromkeys(n for c in chains if any(place_relation(n, place) == SAME for n in c) for n in c))


class SitesFile(DataFile):
    """data/events/sites.yaml: the kinds of site an attack strikes, each with the words that name it."""

    site_kinds: dict[str, list[Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]]]

    @model_validator(mode="after")
    def _one_kind_per_word(self) -> SitesFile:
        seen: dict[str, str] = {}
        for kind, words in self.site_kinds.items():
            for w in words:
                if seen.setdefault(w, kind) != kind:
                    raise ValueError(f"{w!r} names two kinds: {seen[w]}, {kind}")
        return self


@lru_cache(maxsize=1)
def _site_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The words of `data/events/sites.yaml` as one whole-word pattern, and the kind of site each names."""
    data = load_model("events/sites.yaml", SitesFile)
    words = {w: kind for kind, ws in data.site_kinds.items() for w in ws}
    return re.compile(rf"(?<!\w){alternation(words)}(?!\w)", re.IGNORECASE), words


def _sites(texts: Iterable[str]) -> frozenset[str]:
    """The kinds of site these targets and venue names name ("pasar tradisional", "Pasar Kharkiv": commerce)."""
    pattern, kinds = _site_words()
    return frozenset(kinds[m.group(0).lower()] for t in texts for m in pattern.finditer(t))


@lru_cache(maxsize=1)
def _pursuits() -> frozenset[str]:
    """Triggers of operations that strike nothing (a search, a pursuit, a deployment: `data/events/roles.yaml`)."""
    lists = get_event_lexicon().lists
    return frozenset((*lists["searches"], *lists["deployments"]))


def _named_in(doc: DocResult, start: int, end: int, labels: frozenset[str], skip: set[str]) -> list[Node]:
    return [
        resolve(e.text, e.canonical or None) for e in doc.entities
        if e.label in labels and start <= e.start and e.end <= end and norm(e.text) not in skip
    ]


def build_mentions(docs: list[DocResult], runs_of: Sequence[list[PlaceRun]] | None = None) -> list[Mention]:
    """Every event of every document, with its date, place and actors resolved for comparison (`runs_of`: each
    document's `place_runs`, when its text is gone)."""
    out: list[Mention] = []
    for di, doc in enumerate(docs):
        if not doc.events:  # most reports tell of none: their names are not looked at
            continue
        canon = _doc_canonicals(doc)
        credits = _credits(doc)
        runs = runs_of[di] if runs_of is not None else place_runs(doc)
        chains = _place_chains(runs)
        reported = parse_partial(doc.reference_date or doc.published)
        for ei, ev in enumerate(doc.events):
            own = ev.location if ev.location_basis != "cluster" else None  # a place inferred last time is none
            place = resolve(own, canon.get(norm(own))) if own else None
            # named actors only: a phrase ("pelaku bom bunuh diri") says nothing about which event it is
            actors = [resolve(a, canon.get(norm(a))) for a in ev.actors if a and (norm(a) in canon or _named(a))]
            spans = [(m.start, m.end) for m in ev.mentions] or [(ev.start, ev.end)]
            placed = [h for a, b in spans for h in _named_in(doc, a, b, PLACE_LABELS, set())]
            hints, named = ([], _beside(place, [*placed, *_chained(chains, place)])) if place else (placed, ())
            parties = [] if actors else [p for a, b in spans for p in _named_in(doc, a, b, PARTY_LABELS, credits)]
            date = parse_partial(None if ev.date_basis in INFERRED else ev.date)
            late = date.empty and _full(reported) is not None
            told = [m.text for m in ev.mentions] or [ev.evidence]
            words = frozenset(w for t in told for w in _WORD.findall(t.lower()))
            when = reported if late else date
            targets = tuple(_harmed(doc, ev.targets, spans))
            venue = [i for i in place.ids if not place.known] if place else []
            pursuit = ev.type == "MILITARY_OPERATION" and (ev.trigger or "").lower() in _pursuits()
            out.append(Mention((di, ei), ev.type, when, place, actors, hints, parties, late, ev.killed, words, targets,
                               named, _sites([*ev.targets, *venue]), pursuit, _place_lists(runs, spans, place)))
    return out


#: Words that can tell one report's sentences from another's: letters, four or more (no numbers: tolls differ).
_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True)
class WordStats:
    """How many event mentions the corpus holds, and in how many of them each word occurs (the IDF's counts).

    The incremental corpus stage passes the whole store's counts, so a neighbourhood is weighed as the corpus is.
    """

    mentions: int
    df: dict[str, int]

    @classmethod
    def of(cls, mentions: list[Mention]) -> WordStats:
        """The counts over these mentions."""
        df: dict[str, int] = defaultdict(int)
        for m in mentions:
            for w in m.words:
                df[w] += 1
        return cls(len(mentions), dict(df))


class Similarity:
    """How much two mentions' sentences share the words that are rare in the corpus (IDF-weighted cosine).

    Reports of one event name the same village, victim and venue ("Lembantongoa", "Katedral"); reports of two
    events of one kind share only the kind's common words, which the weighting discounts.
    """

    def __init__(self, mentions: list[Mention], stats: WordStats | None = None) -> None:
        stats = stats or WordStats.of(mentions)
        n = stats.mentions  # a word in every mention tells none apart: weight 0
        self.idf = {w: math.log(n / stats.df[w]) for m in mentions for w in m.words}
        self.norm = [math.sqrt(sum(self.idf[w] ** 2 for w in m.words)) for m in mentions]

    def __call__(self, mentions: list[Mention], i: int, j: int) -> float:
        shared = mentions[i].words & mentions[j].words
        if not shared or not self.norm[i] or not self.norm[j]:
            return 0.0
        return sum(self.idf[w] ** 2 for w in shared) / (self.norm[i] * self.norm[j])


def _harmed(doc: DocResult, targets: list[str], spans: list[tuple[int, int]]) -> dict[Node, None]:
    """The people and groups named in the event's sentences inside its targets ("satu anggota KKB lainnya bernama
    Hermanus Tipagau" names Hermanus Tipagau and KKB), in order, once each."""
    return {
        resolve(e.text, e.canonical or None): None for e in doc.entities
        if e.label in PARTY_LABELS and any(a <= e.start and e.end <= b for a, b in spans)
        and any(e.text in t for t in targets)
    }


def _named(phrase: str) -> bool:
    """A name ("ISIS-K", "Islamic State"), not a phrase that opens a sentence ("Pelaku bom bunuh diri")."""
    words = phrase.split()
    return bool(words) and words[0][:1].isupper() and (len(words) == 1 or any(w[:1].isupper() for w in words[1:]))


#: Words that say what kind of place a name is; shared alone they say nothing about which place it is.
_PLACE_HEADS = frozenset({
    "desa", "kota", "kabupaten", "distrik", "kampung", "jalan", "kecamatan", "kelurahan", "provinsi", "dusun",
    "pasar", "bandara", "gereja", "masjid", "hotel", "kantor", "markas", "polsek", "polres", "polda", "mapolres",
    "mapolsek", "rumah", "sekolah", "gedung", "pelabuhan", "terminal", "stasiun", "kawasan", "wilayah", "negara",
    "bagian", "pusat", "utara", "selatan", "timur", "barat", "tengah",
})


def _insert_key(m: Mention) -> BlockKey | None:
    p, t = m.date, m.kind
    if p.year is not None:
        if p.month and p.day:
            return ("D", t, p.year, p.month, p.day)
        if p.month:
            return ("M", t, p.year, p.month)
        return ("Y", t, p.year)
    if p.month and p.day:
        return ("LD", t, p.month, p.day)
    if p.month:
        return ("LM", t, p.month)
    return None


def _lookup_keys(m: Mention) -> Iterator[BlockKey]:
    """Blocks holding every mention as coarse as or incomparable to `m` whose date could match it."""
    t, p = m.kind, m.date
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
    """What a mention must share with another to be worth scoring: a place, a place that contains it, its
    country, an actor or the group it is a branch of (ids "isis k" → "isis")."""
    keys: set[str] = set()
    for node in (m.place, *m.actors, *m.hints, *m.parties, *m.targets):
        if node is not None:
            keys |= node.ids | node.ancestors
            if node.country:
                keys.add(f"cc:{node.country}")
    keys |= {i.split(" ", 1)[0] for n in (*m.actors, *m.parties) for i in n.ids if " " in i}
    keys |= {i for n in m.named for i in n.ids}
    if m.place is not None and not m.place.known:  # venues the gazetteer does not know meet by their words
        keys |= {f"w:{w}" for i in m.place.ids for w in i.split() if len(w) > 3 and w not in _PLACE_HEADS}
    return keys


def _near_keys(m: Mention) -> Iterator[BlockKey]:
    """Day blocks of the other days at most `NEAR_DAYS` from a fully dated mention (`REPORT_DAYS` before a
    report-dated one), and the month blocks of a report-dated one."""
    day = _full(m.date)
    if day is None:
        return
    for k in range(1, NEAR_DAYS + 1):
        for d in (day - timedelta(days=k), day + timedelta(days=k)):
            yield ("D", m.kind, d.year, d.month, d.day)
    if m.reported:
        for k in range(NEAR_DAYS + 1, REPORT_DAYS + 1):
            d = day - timedelta(days=k)
            yield ("D", m.kind, d.year, d.month, d.day)
            yield ("M", m.kind, d.year, d.month)


def block_keys(m: Mention) -> tuple[list[BlockKey], list[BlockKey]]:
    """The blocks a mention is filed in, and the blocks it is compared against.

    A merge needs a shared place, country or actor (see `pair_score`), so every date block is split by
    those keys; each block stays small and the cost close to linear as the corpus grows.
    """
    relation = _relation_keys(m)
    k = _insert_key(m)
    inserts: list[BlockKey] = []
    for r in relation:
        # every mention can meet an undated one (or one dated only by its report, which may recall an event
        # long past); those meet any of their type
        inserts.append(("U" if k is None or m.reported else "A", m.kind, r))
        if k is not None:
            inserts.append((*k, r))
    loose = m.date.empty or m.reported
    undated: tuple[BlockKey, ...] = (("A", m.kind), ("U", m.kind)) if loose else (("U", m.kind),)
    lookups = [(*k, r) for k in (*_lookup_keys(m), *_near_keys(m), *undated) for r in relation]
    return inserts, lookups


def _coarse(m: Mention) -> list[BlockKey]:
    """Coarser date blocks than its own that a dated mention looks up (a month, a year, the yearless month), which
    a coarser mention filed there does not look back at: `probe_keys` asks for them by these tags."""
    t, p = m.kind, m.date
    out: list[BlockKey] = []
    if p.month:
        out.append(("L*", t, p.month))
        if p.year is not None:
            out.append(("Y*", t, p.year))
            if p.day:
                out.append(("M*", t, p.year, p.month))
    day = _full(p)
    if m.reported and day is not None:
        for k in range(NEAR_DAYS + 1, REPORT_DAYS + 1):
            d = day - timedelta(days=k)
            out.append(("M*", t, d.year, d.month))
    return out


def index_keys(m: Mention) -> set[BlockKey]:
    """The keys a stored mention is found by (see `probe_keys`): its blocks, and its coarser tags."""
    relation = _relation_keys(m)
    return set(block_keys(m)[0]) | {(*k, r) for k in _coarse(m) for r in relation}


def probe_keys(m: Mention) -> set[BlockKey]:
    """Keys such that every mention `candidate_pairs` would pair with `m` has one of them among its `index_keys`.

    Its lookups find the mentions it looks up; the tags of its own blocks find the finer mentions that look it up.
    """
    inserts, lookups = block_keys(m)
    tags = {("M*", *k[1:]) if k[0] == "M" else ("Y*", *k[1:]) if k[0] == "Y" else ("L*", k[1], k[2], k[-1])
            for k in inserts if k[0] in ("M", "Y", "LD", "LM")}
    return set(lookups) | tags


def fingerprint(m: Mention) -> str:
    """What pair scoring reads of a mention, as a digest: a stored mention whose digest changed is compared again."""
    def node(n: Node | None) -> list[Any] | None:
        return None if n is None else [sorted(n.ids), sorted(n.ancestors), n.country, n.known, n.broad, n.coords,
                                       n.of_state, n.area, n.area_point, n.county, n.population]

    data = [m.type, [m.date.year, m.date.month, m.date.day], node(m.place), [node(a) for a in m.actors],
            [node(h) for h in m.hints], [node(p) for p in m.parties], m.reported, m.killed, sorted(m.words),
            [node(t) for t in m.targets], [node(n) for n in m.named], sorted(m.sites), m.pursuit,
            [node(n) for n in m.spread]]
    return hashlib.sha1(json.dumps(data).encode("utf-8")).hexdigest()[:16]


#: How many members of a block a lookup reads, given the block and its members' document indices in corpus order:
#: the first `MAX_BLOCK` of the whole corpus's block, of which a neighbourhood holds only some (see
#: `telik.store.incremental`).
Visible = Callable[[BlockKey, list[int]], int]


def candidate_pairs(mentions: list[Mention], visible: Visible | None = None) -> set[tuple[int, int]]:
    """Index pairs (i < j) of mentions that share a type, a compatible (or near) date block and a key."""
    keys = [block_keys(m) for m in mentions]
    blocks: dict[BlockKey, list[int]] = defaultdict(list)
    for i, (inserts, _) in enumerate(keys):
        for k in inserts:
            blocks[k].append(i)
    read: dict[BlockKey, list[int]] = {}
    pairs: set[tuple[int, int]] = set()
    for i, (_, lookups) in enumerate(keys):
        for k in lookups:
            if k not in read:
                members = blocks.get(k, [])
                cap = visible(k, [mentions[j].key[0] for j in members]) if visible and members else MAX_BLOCK
                read[k] = members[:cap]
            for j in read[k]:
                if i != j:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _full(p: PartialDate) -> date | None:
    if p.year and p.month and p.day:
        try:
            return date(p.year, p.month, p.day)
        except ValueError:
            return None
    return None


def _near(a: PartialDate, b: PartialDate) -> bool:
    """Two full days at most `NEAR_DAYS` apart."""
    da, db = _full(a), _full(b)
    return da is not None and db is not None and abs((da - db).days) <= NEAR_DAYS


def _date_level(a: PartialDate, b: PartialDate) -> str | None:
    if not a.compatible(b):
        return "near" if _near(a, b) else None
    if a.month and b.month and a.day and b.day:
        return "day"
    if a.month and b.month:
        return "month"
    return "year"


def pair_score(a: Mention, b: Mention, similarity: float = 0.0) -> float | None:
    """Evidence that two mentions are one event; None when something rules it out or nothing concrete agrees.

    `similarity` (see `Similarity`) adds `SIMILAR_POINTS` once the mentions' sentences share enough rare words.
    """
    return _scored(pair_evidence(a, b), similarity)


#: What a pair's mentions give before their similarity: the points, and whether these count only with sentences
#: alike (see `_undated_score`).
Evidence = tuple[float, bool]


def pair_evidence(a: Mention, b: Mention) -> Evidence | None:
    """`pair_score` before the similarity is added, worked out once for both sides of `SIMILAR` (`link_events` asks
    both of most pairs); None when something rules the pair out: another kind of event, or of site struck (a market
    and a power plant struck in Kharkiv on one day are two strikes)."""
    if a.kind != b.kind or _unlike_sites(a.sites, b.sites):
        return None
    if a.type != b.type:
        return _kin_evidence(a, b)
    return _evidence(a, b)


def _unlike_sites(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name the kinds of site struck, and none is shared."""
    return bool(a and b and not a & b)


def _kin_evidence(a: Mention, b: Mention) -> Evidence | None:
    """Evidence for one strike typed one way by one report and the other way by another (`KIN_TYPES`).

    The places must be one as the gazetteer knows them, not by a place named in a sentence ("Pakistan's strikes on
    Khost, two days after the bombing in Mir Ali" names both); a place without a point of its own only with close
    tolls (Rakhine holds the militants' attack and the army's operation in reply on one day); the day must be the
    same, or the tolls close, or else the sentences alike. Never a pursuit or a deployment (it follows the attack, in
    its place), two named sides, tolls far apart (an air strike killing seven and a roadside bomb killing three
    soldiers in Jabalia that day), or two events of one report (its writer told them apart).
    """
    close = bool(_toll_points(a, b))
    if a.key[0] == b.key[0] or a.pursuit or b.pursuit or _party_relation(a, b) == DISTINCT:
        return None
    if a.killed and b.killed and not close:
        return None
    evidence = _evidence(a, b)
    if evidence is None or a.place is None or b.place is None:
        return None
    if not _place_agrees(a, b, _venue_relation(a.place, b.place)) or (a.place.broad or b.place.broad) and not close:
        return None
    day = None if a.reported or b.reported else _full(a.date)
    return evidence[0], not (close or day is not None and day == _full(b.date))


def _evidence(a: Mention, b: Mention) -> Evidence | None:
    """`pair_evidence` of two mentions of one type."""
    if a.date.empty or b.date.empty:
        return _undated_score(a, b)
    if a.reported or b.reported:
        score = _reported_score(a, b)
        if score is None and _before_reports(a, b):  # a report may recall an event long past: no date evidence
            return _undated_score(a, b, recalled=True)
        return None if score is None else (score, False)
    level = _date_level(a.date, b.date)
    if level is None:
        return None
    place = _place_between(a, b)
    if place in (FOREIGN, DISTINCT) or _elsewhere(a, b) or _elsewhere(b, a):
        return None
    if level == "near" and place not in (SAME, NESTED):
        return None
    actors = actors_relation(a.actors, b.actors)
    if actors == UNKNOWN and _party_relation(a, b) == SAME:
        actors = SAME  # a group named in the sentence of an event whose actor was not found
    hinted = _hinted(a, b) or _hinted(b, a)
    targeted = _same_target(a, b)
    if not (_place_agrees(a, b, place) or actors == SAME or hinted or targeted):
        return None
    points = DATE_POINTS[level] + PLACE_POINTS.get(place, 0.0) + ACTOR_POINTS.get(actors, 0.0)
    return points + (HINT_POINTS if hinted else 0.0) + (TARGET_POINTS if targeted else 0.0), False


def _scored(evidence: Evidence | None, similarity: float) -> float | None:
    """`pair_score` from the pair's evidence and its similarity."""
    if evidence is None:
        return None
    points, alike = evidence
    similar = SIMILAR_POINTS if similarity >= SIMILAR else 0.0
    return None if alike and not similar else points + similar


def _party_relation(a: Mention, b: Mention) -> str:
    """`actors_relation` with the names in the sentence standing in for a missing actor: they can show the same
    group, never another one (the minister who spoke is not the perpetrator)."""
    rel = actors_relation(a.actors or a.parties, b.actors or b.parties)
    return UNKNOWN if rel == DISTINCT and not (a.actors and b.actors) else rel


def _same_target(a: Mention, b: Mention) -> bool:
    """Both name one person or group harmed or arrested ("Hermanus Tipagau ditangkap")."""
    return actors_relation(list(a.targets), list(b.targets)) == SAME


def _undated_score(a: Mention, b: Mention, recalled: bool = False) -> Evidence | None:
    """Evidence for a pair whose dates say nothing (one side undated, or dated only by a much later report): a
    place smaller than a country must agree (or be named in the sentence of the unlocated one), and be a venue or
    come with sentences alike (a venue only, for an event a report `recalled` from long before it); then the actor
    or the words add up; nothing else stands in for the date."""
    place = _place_between(a, b)
    hinted = _hinted(a, b) or _hinted(b, a)
    if not (_place_agrees(a, b, place) or hinted):
        return None
    venue = any(m.place is not None and not m.place.known for m in (a, b))
    if not venue and recalled:  # a city and a group alone: many events over the years
        return None
    actors = _party_relation(a, b)
    if actors == DISTINCT:
        return None
    return PLACE_POINTS.get(place, 0.0) + (HINT_POINTS if hinted else 0.0) + ACTOR_POINTS.get(actors, 0.0), not venue


def _before_reports(a: Mention, b: Mention) -> bool:
    """Neither side's date falls after the other's report: the reported event may have happened then."""
    for event, report in ((a, b), (b, a)):
        told, day = _full(report.date), _full(event.date)
        if report.reported and told is not None and day is not None and day > told:
            return False
        if report.reported and told is not None and event.date.year is not None and event.date.year > told.year:
            return False
    return True


def _reported_score(a: Mention, b: Mention) -> float | None:
    """Evidence for a pair where one side is dated only by its report: the report came out on the other's day or
    up to `REPORT_DAYS` after it, and the place and the actor, or a place named in the sentence, agree."""
    if not _reported_fits(a, b) and not _reported_fits(b, a):
        return None
    place = _place_between(a, b)
    if place in (FOREIGN, DISTINCT):
        return None
    actors = _party_relation(a, b)
    if actors == DISTINCT:
        return None
    hinted = _hinted(a, b) or _hinted(b, a)
    points = REPORTED_POINTS + (PLACE_POINTS[place] if _place_agrees(a, b, place) else 0.0)
    return points + ACTOR_POINTS.get(actors, 0.0) + (HINT_POINTS if hinted else 0.0) + _toll_points(a, b)


def _toll_points(a: Mention, b: Mention) -> float:
    """`TOLL_POINTS` when both count deaths and the counts are close (reports update a toll: 4 then 5)."""
    if not a.killed or not b.killed:
        return 0.0
    return TOLL_POINTS if min(a.killed, b.killed) / max(a.killed, b.killed) >= TOLL_RATIO else 0.0


def _reported_fits(event: Mention, report: Mention) -> bool:
    """`report` (dated by its document) came out on `event`'s date or at most `REPORT_DAYS` after it."""
    if not report.reported:
        return False
    told = _full(report.date)
    if told is None:
        return False
    day = _full(event.date)
    if day is not None:
        return 0 <= (told - day).days <= REPORT_DAYS
    if event.reported:
        return False
    if event.date.month is None:
        return event.date.year == told.year
    month_after = event.date.year == told.year and told.month == event.date.month + 1 and told.day <= REPORT_DAYS
    return (event.date.year, event.date.month) == (told.year, told.month) or month_after


def _venue_relation(a: Node | None, b: Node | None) -> str:
    """`place_relation`, and two venues the gazetteer does not know written with two words in common
    ("Gereja Katedral Makassar" / "Gereja Katolik Katedral") are the same place."""
    rel = place_relation(a, b)
    if rel != UNKNOWN or a is None or b is None or a.known or b.known:
        return rel
    words_a = {w for i in a.ids for w in i.split() if len(w) > 2}
    words_b = {w for i in b.ids for w in i.split() if len(w) > 2}
    return SAME if len(words_a & words_b) >= VENUE_WORDS else rel


def _place_between(a: Mention, b: Mention) -> str:
    """`_venue_relation` of the two events' places, and the place the gazetteer cannot relate is nested in the
    other's when the other's sentences name it: a report writes the chain "Kampung Bilogai, Distrik Sugapa,
    Kabupaten Intan Jaya" or "Beledweyne, wilayah Hiran" and places the event at its smallest link, another
    names only a larger one."""
    rel = _venue_relation(a.place, b.place)
    if rel in (DISTINCT, UNKNOWN) and _spread_meets(a, b):
        return NESTED
    if rel != UNKNOWN or a.place is None or b.place is None:
        return rel
    if _one_site(a, b):
        return SAME
    if _names(a, b.place) or _names(b, a.place):
        return NESTED
    if _named_apart(a, b) or _named_apart(b, a):
        return DISTINCT
    return rel


def _spread_meets(a: Mention, b: Mention) -> bool:
    """One of them lists the places of a wide operation and one of those, smaller than a country, is the other's place
    or in its list: "di Jawa Tengah dan Lampung" and "di wilayah Solo Raya dan Lampung" tell of one Densus 88 sweep,
    each report placing it at another link (a place only one of them names does not set them apart)."""
    if not (a.spread or b.spread) or a.place is None or b.place is None:
        return False
    return any(place_relation(x, y) in (SAME, NESTED) and not (is_country(x) or is_country(y))
               for x in a.spread or (a.place,) for y in b.spread or (b.place,))


def _one_site(a: Mention, b: Mention) -> bool:
    """Two venues the gazetteer lacks, held by one place it knows and naming a site of one kind: "Mapolsek Ilaga" and
    "Pos Polisi Ilaga" are one police station."""
    pa, pb = a.place, b.place
    return (pa is not None and pb is not None and not (pa.known or pb.known) and bool(pa.ancestors)
            and pa.ancestors == pb.ancestors and bool(a.sites & b.sites))


def _named_apart(a: Mention, b: Mention) -> bool:
    """`a`'s place is one the gazetteer cannot relate (a district it lacks, a province) and the places its sentences
    name all lie apart from `b`'s: "di Kecamatan Biringkanaya, Makassar, Sulawesi Selatan" is no place of Lampung
    Selatan (as `_elsewhere` for an event with no place)."""
    if a.place is None or b.place is None or a.place.known and not a.place.broad:
        return False
    rels = {place_relation(n, b.place) for n in a.named}
    return bool(rels & {DISTINCT, FOREIGN}) and not rels & {SAME, NESTED}


def _beside(place: Node, named: list[Node]) -> tuple[Node, ...]:
    """The places named in an event's sentences that can nest another's place in its own (see `_place_between`):
    neither its place nor one the gazetteer already puts around it, and smaller than a country (a country named in
    the sentence is as often the actor as the place: "Bangladesh menangkap ...")."""
    known = place.ids | place.ancestors
    return tuple(n for n in named if not is_country(n) and not n.ids <= known)


def _names(m: Mention, place: Node) -> bool:
    """`m`'s sentences name `place` itself (not a place inside it or holding it)."""
    return any(place_relation(n, place) == SAME for n in m.named)


def _place_agrees(a: Mention, b: Mention, place: str) -> bool:
    """Same or nested places, one of them smaller than a country (two reports from Syria may be two events)."""
    if place not in (SAME, NESTED) or a.place is None or b.place is None:
        return False
    return not (is_country(a.place) and is_country(b.place))


def _elsewhere(a: Mention, b: Mention) -> bool:
    """`a` has no location and its sentences name places the gazetteer puts apart from `b`'s, none in or around it:
    the reports tell of events in two places (Densus 88 arrests in Bekasi and in Sukoharjo on one day)."""
    if b.place is None:
        return False
    rels = {place_relation(h, b.place) for h in a.hints}
    return bool(rels & {DISTINCT, FOREIGN}) and not rels & {SAME, NESTED}


def _hinted(a: Mention, b: Mention) -> bool:
    """`a` has no location but its sentence names `b`'s place or one containing it, one of them smaller than a
    country (as for `_place_agrees`: "Pakistan" named beside an attack in November and an attack in Pakistan on
    18 November may be two of many); or it names a place that `b`'s own sentences name around a place the gazetteer
    lacks ("warga Ilaga" and "di Kampung Kago, Distrik Ilaga, Kabupaten Puncak")."""
    if b.place is None:
        return False
    return any((place_relation(h, b.place) in (SAME, NESTED) or any(_holds(h, n) for n in b.named))
               and not (is_country(h) and is_country(b.place)) for h in a.hints)


def _holds(outer: Node, inner: Node) -> bool:
    """`outer` is `inner` or a place the gazetteer puts around it ("Ilaga" holds "Distrik Ilaga")."""
    return bool(outer.ids & inner.ids or outer.ids & inner.ancestors)


class _Clusters:
    """Union-find that keeps, per cluster, the date it pins down, the span of its full days, its country, its places
    and the kinds of site struck (two clusters naming only unlike sites never join).

    Days within `NEAR_DAYS` of each other may join; the cluster's date is then the earliest of them (the
    event happened before the later reports dated it). Two clusters whose places the gazetteer puts apart never
    join, whatever links them: a report the gazetteer cannot place ("Gome") is linked by its actor to reports of
    Puncak and of Yahukimo on one day, which are two events.
    """

    def __init__(self, mentions: list[Mention]) -> None:
        self.parent = list(range(len(mentions)))
        self.date = [PartialDate() if m.reported else m.date for m in mentions]  # a report's date is no event's date
        days = [None if m.reported else _full(m.date) for m in mentions]
        self.span = [(d, d) if d else None for d in days]
        self.country = [m.place.country if m.place else None for m in mentions]
        # an operation told in several places is at none of them alone (see `Mention.spread`), and the places it
        # lists are not apart in its cluster (two reports placing it at two of them)
        self.places: list[frozenset[Node]] = [frozenset({m.place}) if m.place and not m.spread else frozenset()
                                              for m in mentions]
        self.spread = [frozenset(m.spread) for m in mentions]
        self.sites = [m.sites for m in mentions]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        si, sj = self.span[ri], self.span[rj]
        span = (min(si[0], sj[0]), max(si[1], sj[1])) if si and sj else si or sj
        if span and (span[1] - span[0]).days > NEAR_DAYS:
            return False
        di, dj = self.date[ri], self.date[rj]
        if not di.compatible(dj):
            if not (si and sj):
                return False
            first = min(si[0], sj[0])
            di = dj = PartialDate(first.year, first.month, first.day)
        ci, cj = self.country[ri], self.country[rj]
        if ci and cj and ci != cj:
            return False
        spread = self.spread[ri] | self.spread[rj]
        if _apart(self.places[ri], self.places[rj], spread) or _unlike_sites(self.sites[ri], self.sites[rj]):
            return False
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.date[root] = di.merge(dj)
        self.span[root] = span
        self.country[root] = ci or cj
        self.places[root] = self.places[ri] | self.places[rj]
        self.sites[root] = self.sites[ri] | self.sites[rj]
        self.spread[root] = spread
        return True


def _apart(a: frozenset[Node], b: frozenset[Node], spread: frozenset[Node]) -> bool:
    """Some place of one cluster lies apart from some place of the other (see `place_relation`), not both among the
    places one operation was told in (`spread`: Densus 88 arrests in Sukoharjo and in Bekasi reported apart, and
    together in a third report)."""
    return any(place_relation(x, y) in (DISTINCT, FOREIGN) and not (_listed(x, spread) and _listed(y, spread))
               for x in a for y in b)


def _listed(place: Node, spread: frozenset[Node]) -> bool:
    """The place is one of the `spread`, or lies in or around one (a country aside)."""
    return any(place_relation(place, n) in (SAME, NESTED) and not is_country(n) for n in spread)


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


@dataclass
class Linking:
    """What clustering found: each cluster's date, and what the incremental corpus stage keeps about it.

    `components` joins, per mention, every mention linked by a passing pair even where `_Clusters` refused the
    merge (a refusal depends on the rest of the component); `similar` lists the pairs whose merge or score turns on
    the similarity, with whether it reached `SIMILAR` (new documents shift the weights of every word).
    """

    dates: dict[str, PartialDate]
    mentions: list[Mention]
    components: list[str]
    similar: list[tuple[Key, Key, bool]]


def cluster_events(docs: list[DocResult], groups: list[int] | None = None) -> dict[str, PartialDate]:
    """Set `Event.cluster` on every event; return each cluster's combined date.

    `groups` gives, per document, the index of its near-duplicate group (see dedup).
    """
    return link_events(docs, groups).dates


def _needed(s: float | None, same_doc: bool) -> bool:
    return s is not None and s >= THRESHOLD + (SAME_DOC_EXTRA if same_doc else 0.0)


#: A pair of event mentions: (document, event index, document, event index), the documents by the numbers
#: `link_events` is given for them (see its `known`).
Pair = tuple[int, int, int, int]


def link_events(docs: list[DocResult], groups: list[int] | None = None, stats: WordStats | None = None,
                visible: Visible | None = None, known: dict[Pair, Evidence | None] | None = None,
                touched: Collection[int] = (), numbers: Sequence[int] | None = None,
                runs_of: Sequence[list[PlaceRun]] | None = None) -> Linking:
    """`cluster_events`, with the components and similarity-bound pairs (`stats`: the whole corpus's word counts,
    `visible`: how much of each block the whole corpus lets a lookup read).

    `known`: the pairs' evidence (`pair_evidence`), kept from runs over the same documents as they are now but for
    the `touched` ones (changed since: anchored dates; by index), and filled by this one with the evidence of the
    others' pairs; the documents are named by `numbers` (their indices when not given). A run after anchoring meets
    mostly the pairs the run before it scored, and a run over a grown neighbourhood those of the run before it
    (`telik.store.incremental`: its documents as stored again, named by row id). `runs_of`: see `build_mentions`."""
    mentions = build_mentions(docs, runs_of)
    uf = _Clusters(mentions)
    linked = list(range(len(mentions)))
    for i, j in _copy_pairs(docs, mentions, groups or list(range(len(docs)))):
        uf.union(i, j)
        linked[find_root(linked, max(i, j))] = find_root(linked, min(i, j))
    scored = []
    similar: list[tuple[Key, Key, bool]] = []
    similarity = Similarity(mentions, stats)
    number = numbers if numbers is not None else range(len(docs))
    for i, j in candidate_pairs(mentions, visible):
        (di, ei), (dj, ej) = mentions[i].key, mentions[j].key
        if known is None or di in touched or dj in touched:
            evidence = pair_evidence(mentions[i], mentions[j])
        else:
            pair = (number[di], ei, number[dj], ej)
            if pair not in known:
                known[pair] = pair_evidence(mentions[i], mentions[j])
            evidence = known[pair]
        if evidence is None:  # ruled out on either side of SIMILAR: the similarity is not needed
            continue
        same_doc = di == dj
        sim = similarity(mentions, i, j)
        s = _scored(evidence, sim)
        high = s if sim >= SIMILAR else _scored(evidence, SIMILAR)
        if _needed(high, same_doc):  # merged, or scored, differently on either side of SIMILAR
            similar.append((mentions[i].key, mentions[j].key, sim >= SIMILAR))
        if s is not None and _needed(s, same_doc):
            scored.append((-s, i, j))
            ri, rj = find_root(linked, i), find_root(linked, j)
            linked[max(ri, rj)] = min(ri, rj)
    for _, i, j in sorted(scored):
        uf.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for n in range(len(mentions)):
        members[uf.find(n)].append(n)
    dates: dict[str, PartialDate] = {}
    for root, idx in members.items():
        cid = _cluster_id(docs, mentions, idx, "evt-")
        for n in idx:
            d, e = mentions[n].key
            docs[d].events[e].cluster = cid
        dates[cid] = uf.date[root]
    parts: dict[int, list[int]] = defaultdict(list)
    for n in range(len(mentions)):
        parts[find_root(linked, n)].append(n)
    components = [""] * len(mentions)
    for idx in parts.values():
        comp = _cluster_id(docs, mentions, idx, "cmp-")
        for n in idx:
            components[n] = comp
    return Linking(dates, mentions, components, similar)


def _cluster_id(docs: list[DocResult], mentions: list[Mention], idx: list[int], prefix: str) -> str:
    """An id for a set of mentions that stays the same whatever else the corpus holds (from its first member)."""
    first = min(_member_id(docs, mentions[n].key) for n in idx)
    return prefix + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]

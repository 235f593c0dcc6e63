"""Contradictory claims: a source denying or disputing what another source claimed, kept with both sources.

"Rusia mengatakan Ukraina terlibat dalam serangan tersebut. Kyiv telah menyangkal keras klaim tersebut."
gives one `Conflict(field="claim", kind="contradiction")` whose reports are Russia's claim ("asserts")
and Kyiv's ("denies"), each with its document and character offsets. The cues live in
data/claims/stance.yaml. A denial answers a claim of another source in the same document (the nearest
one it points back to, or one naming the same entities) or in another report of the same event.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from telik.corpus.credibility import outlet_name
from telik.corpus.figures import publication_date
from telik.corpus.lexicon import phrase_regex
from telik.corpus.relations import Node, norm, resolve
from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError
from telik.model import Claim, Conflict, DocResult, EntityMention
from telik.wordmatch import find_whole

ASSERTS, DENIES, DISPUTES = "asserts", "denies", "disputes"
#: How far back from a claim its sentence may start (characters).
MAX_SENTENCE = 400
_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class StanceLexicon:
    deny_verbs: re.Pattern[str] | None
    dispute: re.Pattern[str] | None
    deny_phrases: re.Pattern[str] | None
    anaphors: re.Pattern[str] | None
    window: int


def _phrases(data: dict[str, Any], key: str) -> re.Pattern[str] | None:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TelikError(Errors.E013, path="claims/stance.yaml", reason=f"`{key}` must be a list of non-empty strings")
    return phrase_regex([v.strip() for v in value])


@lru_cache(maxsize=1)
def get_stance_lexicon() -> StanceLexicon:
    """The denial and dispute cues, validated once per process."""
    data = load_yaml("claims/stance.yaml")
    window = data.get("window_chars", 800)
    if not isinstance(window, int) or window <= 0:
        raise TelikError(Errors.E013, path="claims/stance.yaml", reason="`window_chars` must be a positive integer")
    return StanceLexicon(_phrases(data, "deny_verbs"), _phrases(data, "dispute_phrases"),
                         _phrases(data, "deny_phrases"), _phrases(data, "anaphors"), window)


@dataclass
class Placed:
    """One claim of one document, with its stance and what it is about."""

    doc: int
    claim: Claim
    stance: str
    cue: str | None
    topic: str  # the event cluster the claim is about, else "doc:<id>"
    source: list[Node]
    about: list[Node]  # entities inside the claim
    targets: list[Node]  # for a dispute: whose claim it disputes ("Menantang klaim AS" → AS)
    anaphoric: bool


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (looking back at most MAX_SENTENCE characters)."""
    lo = max(0, pos - MAX_SENTENCE)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def stance_of(text: str, claim: Claim, lex: StanceLexicon | None = None) -> tuple[str, str | None, int | None]:
    """(stance, cue, where the disputed party is named) of a claim, from the words before it and in it."""
    lex = lex or get_stance_lexicon()
    start = sentence_start(text, claim.start)
    window = text[start:claim.start]
    dispute = lex.dispute.search(window) if lex.dispute else None
    source = (claim.source or "").casefold()
    if dispute and source and source in window[dispute.end():].casefold():
        return DISPUTES, dispute.group(0), start + dispute.end()
    for rx, where in ((lex.deny_verbs, window), (lex.deny_phrases, claim.text)):
        found = rx.search(where) if rx else None
        if found:
            return DENIES, found.group(0), None
    if dispute:
        return DISPUTES, dispute.group(0), start + dispute.end()
    return ASSERTS, None, None


def _topic(doc: DocResult, start: int, end: int, reach: dict[str, int]) -> str:
    """The event cluster a stretch of text is about: an event overlapping it, else the document's main event.

    The main event is the one most documents of the corpus report, the earliest in the text on a tie.
    """
    events = [ev for ev in doc.events if ev.cluster]
    for ev in events:
        if ev.start < end and start < ev.end:
            return str(ev.cluster)
    if not events:
        return f"doc:{doc.id}"
    return str(min(events, key=lambda ev: (-reach.get(str(ev.cluster), 0), ev.start)).cluster)


def _related(a: list[Node], b: list[Node]) -> bool:
    return any(x.ids & y.ids or x.ids & y.ancestors or y.ids & x.ancestors for x in a for y in b)


def _same_source(a: Placed, b: Placed) -> bool:
    if not a.claim.source or not b.claim.source:
        return False
    return norm(a.claim.source) == norm(b.claim.source) or bool(
        {i for n in a.source for i in n.ids} & {i for n in b.source for i in n.ids})


def _head_entity(source: str, ents: Iterable[EntityMention]) -> EntityMention | None:
    """The entity named first in a source phrase (later ones qualify it: "… tentang serangan di Rusia")."""
    found = [(at, -len(e.text), e) for e in ents if (at := find_whole(source, e.text)) >= 0]
    return min(found, key=lambda f: f[:2])[2] if found else None


def place_claims(doc: DocResult, di: int, reach: dict[str, int] | None = None,
                 lex: StanceLexicon | None = None) -> list[Placed]:
    """The document's claims with stance, topic and the entities they involve (`reach`: documents per cluster)."""
    lex = lex or get_stance_lexicon()
    ents = {(e.text, e.canonical): e for e in doc.entities if e.text.strip()}.values()
    out = []
    for claim in doc.claims:
        stance, cue, target_from = stance_of(doc.text, claim, lex)
        src = claim.source or ""
        source = [resolve(src)] if src else []
        head = _head_entity(src, ents)  # "Sumber intelijen AS" → AS
        if head is not None:
            source.append(resolve(head.text, head.canonical or None))
        about = [resolve(e.text, e.canonical or None) for e in doc.entities
                 if claim.start <= e.start and e.end <= claim.end]
        targets = []
        if target_from is not None:
            src_norm = norm(src)
            targets = [resolve(e.text, e.canonical or None) for e in doc.entities
                       if target_from <= e.start and e.end <= claim.start and norm(e.text) not in src_norm]
        anaphoric = bool(lex.anaphors and lex.anaphors.search(claim.text))
        sent = sentence_start(doc.text, claim.start)
        topic = _topic(doc, sent, claim.end, reach or {})
        out.append(Placed(di, claim, stance, cue, topic, source, about, targets, anaphoric))
    return out


def _answered(r: Placed, same_doc: list[Placed], other_docs: list[Placed], window: int) -> Placed | None:
    """The claim a denial or dispute answers: in its own document first, then in other reports of the event."""
    before = [a for a in same_doc if a.claim.end <= r.claim.start and r.claim.start - a.claim.end <= window
              and not _same_source(a, r)]
    before.sort(key=lambda a: a.claim.start, reverse=True)
    others = [a for a in other_docs if a.stance == ASSERTS and not _same_source(a, r)]
    def names_target(a: Placed) -> bool:
        return _related(r.targets, a.source)

    def shares_entity(a: Placed) -> bool:
        return _related(r.about, a.about)

    # the tests that name who or what is concerned are the only ones that reach other documents
    named = [t for t, ok in ((names_target, r.targets), (shares_entity, r.about)) if ok]
    local = [t for t, ok in ((names_target, r.targets), (lambda a: True, r.anaphoric), (shares_entity, r.about)) if ok]
    for test in local:
        found = next((a for a in before if test(a)), None)
        if found is not None:
            return found
    for test in named:
        found = next((a for a in others if test(a)), None)
        if found is not None:
            return found
    return None


def _report(docs: list[DocResult], p: Placed, stance: str) -> dict[str, Any]:
    doc = docs[p.doc]
    return {"source": p.claim.source, "anonymous": p.claim.anonymous, "text": p.claim.text, "document": doc.id,
            "start": p.claim.start, "end": p.claim.end, "stance": stance, "cue": p.cue if stance != ASSERTS else None,
            "outlet": outlet_name(doc), "published": publication_date(doc)}


def _who(p: Placed) -> str:
    return p.claim.source or "an unnamed source"


#: The placed claims of document `i` given the documents per cluster (`place_claims` of the document as the corpus
#: stage left it).
Placer = Callable[[int, dict[str, int]], list[Placed]]


def claim_conflicts(docs: list[DocResult], groups: list[int] | None = None,
                    place: Placer | None = None) -> list[Conflict]:
    """A `claim` Conflict for every claim that another source denies or disputes (copies of a story count once).

    `place` places a document's claims when `docs` are held without their text and claims (see
    `telik.corpus.spooled`); it may return none for a document whose claims can neither answer nor be answered.
    """
    groups = groups or list(range(len(docs)))
    lex = get_stance_lexicon()
    reporters: dict[str, set[int]] = defaultdict(set)
    for i, doc in enumerate(docs):
        for ev in doc.events:
            if ev.cluster:
                reporters[ev.cluster].add(groups[i])
    reach = {cluster: len(g) for cluster, g in reporters.items()}

    def in_memory(i: int, reach: dict[str, int]) -> list[Placed]:
        return place_claims(docs[i], i, reach, lex) if docs[i].claims else []

    placed: list[list[Placed]] = [
        (place or in_memory)(i, reach) if groups[i] == i and not doc.duplicate_of else []
        for i, doc in enumerate(docs)
    ]
    by_topic: dict[str, list[Placed]] = defaultdict(list)
    for items in placed:
        for p in items:
            if not p.topic.startswith("doc:"):
                by_topic[p.topic].append(p)
    answered: dict[tuple[int, int, int], tuple[Placed, list[Placed]]] = {}
    for items in placed:
        for r in items:
            if r.stance == ASSERTS:
                continue
            others = [a for a in by_topic.get(r.topic, []) if a.doc != r.doc]
            a = _answered(r, items, others, lex.window)
            if a is not None:
                answered.setdefault((a.doc, a.claim.start, a.claim.end), (a, []))[1].append(r)
    out = []
    for _, (a, responses) in sorted(answered.items()):
        reason = "; ".join(f"{_who(r)} {r.stance} what {_who(a)} claims" for r in responses)
        reports = [_report(docs, a, ASSERTS), *(_report(docs, r, r.stance) for r in responses)]
        out.append(Conflict(a.topic, "claim", [], reports, None, reason, "contradiction"))
    return out

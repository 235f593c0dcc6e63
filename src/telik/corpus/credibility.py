"""How far an article can be trusted: a score in [0, 1] from readable signals weighted in data files."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from urllib.parse import urlparse

from telik.corpus.lexicon import Lexicon, get_lexicon
from telik.corpus.relations import norm
from telik.model import Claim, Credibility, DocResult, Quote


def _hits(regex: re.Pattern[str] | None, text: str) -> list[str]:
    """Distinct matches in order of first appearance, as written."""
    if regex is None or not text:
        return []
    seen: dict[str, str] = {}
    for m in regex.finditer(text):
        seen.setdefault(m.group(0).lower(), m.group(0))
    return list(seen.values())


def headline(doc: DocResult) -> str:
    """The title, or the first short line of the text when the cleaner found none."""
    if doc.title:
        return doc.title
    first = next((ln.strip() for ln in doc.text.splitlines() if ln.strip()), "")
    return first if len(first) <= 200 else ""


def clickbait_markers(title: str, lex: Lexicon | None = None) -> list[str]:
    """Clickbait words ("Terkuak!") and typographic markers ("!!") in a headline."""
    lex = lex or get_lexicon()
    out: list[str] = []
    if lex.clickbait_words is not None:
        for m in lex.clickbait_words.finditer(title):
            word = m.group(0) + ("!" if title[m.end() : m.end() + 1] == "!" else "")
            if word.lower() not in {o.lower() for o in out}:
                out.append(word)
    out.extend(label for label, rx in lex.clickbait_patterns if rx.search(title))
    return out


def _credits(doc: DocResult) -> list[str]:
    host = urlparse(doc.url).hostname if doc.url else None
    return [c for c in [*doc.wire, doc.outlet or "", host or ""] if c]


def source_key(doc: DocResult) -> str:
    """Who stands behind the reporting: the wire agency, else the outlet, else the document."""
    for credit in [*doc.wire, doc.outlet or ""]:
        if credit:
            return norm(credit)
    host = urlparse(doc.url).hostname if doc.url else None
    return host or f"doc:{doc.id}"


def _sources(doc: DocResult) -> tuple[set[str], int]:
    named: set[str] = set()
    anonymous: set[str] = set()
    items: list[Quote | Claim] = [*doc.quotes, *doc.claims]
    for n, item in enumerate(items):
        speaker = item.speaker if isinstance(item, Quote) else item.source
        if item.anonymous:
            anonymous.add(norm(speaker) or f"#{n}")
        elif speaker:
            named.add(norm(speaker))
    return named, len(anonymous)


class _Score:
    """Adds signals with their capped contributions; the score is base plus the contributions."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.total = lex.base
        self.signals: list[str] = []

    def add(self, name: str, count: int, label: str) -> None:
        if count <= 0:
            return
        w = self.lex.weights[name]
        value = w.weight * count
        value = max(value, w.cap) if w.weight < 0 else min(value, w.cap)
        self.total += value
        self.signals.append(f"{label} ({value:+.2f})")

    def result(self) -> Credibility:
        return Credibility(round(min(1.0, max(0.0, self.total)), 3), self.signals)


#: A signal found in an article: its weight's name, how often it was found, its label.
Signal = tuple[str, int, str]
#: The order signals are added in (the score's sum and its list of signals follow it).
_ORDER = ("wire_sourced", "named_sources", "anonymous_sources", "no_sources", "corroborated", "clickbait",
          "loaded_language", "unsupported_accusation", "right_of_reply", "one_sided", "state_affiliated",
          "cites_state_media")


def score_document(doc: DocResult, corroborating: int = 0, lex: Lexicon | None = None) -> Credibility:
    """The credibility of one article; `corroborating` counts independent outlets reporting its events."""
    lex = lex or get_lexicon()
    return combine(document_signals(doc, lex), corroborating, lex)


_CORROBORATED = "corroborated by "


def combine(signals: list[Signal], corroborating: int, lex: Lexicon) -> Credibility:
    """The credibility from an article's own signals (`document_signals`) and its corroboration."""
    s = _Score(lex)
    told = ("corroborated", corroborating,
            f"{_CORROBORATED}{corroborating} independent outlet{'s' if corroborating != 1 else ''}")
    for name, count, label in sorted([*signals, told], key=lambda sig: _ORDER.index(sig[0])):
        s.add(name, count, label)
    return s.result()


def document_signals(doc: DocResult, lex: Lexicon | None = None) -> list[Signal]:
    """The signals an article shows by itself, every one but corroboration (which needs the corpus), those found
    only: what its score needs, kept without the article."""
    lex = lex or get_lexicon()
    out: list[Signal] = []

    def add(name: str, count: int, label: str) -> None:
        if count > 0:
            out.append((name, count, label))

    text = doc.clean_text or doc.text
    credits = _credits(doc)
    wires = [name for name, rx in lex.wires if any(rx.search(c) for c in doc.wire)]
    add("wire_sourced", len(wires), f"wire-sourced: {', '.join(wires)}")
    named, anonymous = _sources(doc)
    add("named_sources", len(named), f"named sources: {len(named)}")
    add("anonymous_sources", anonymous, f"anonymous sources: {anonymous}")
    add("no_sources", int(not named and not anonymous), "no attributed sources")
    click = clickbait_markers(headline(doc), lex)
    add("clickbait", len(click), f"clickbait headline: {', '.join(click)}")
    loaded = _hits(lex.loaded, text)
    add("loaded_language", len(loaded), f"loaded language: {', '.join(loaded)}")
    unsupported = _hits(lex.unsupported, text)
    add("unsupported_accusation", len(unsupported), f"unsupported accusation: {', '.join(unsupported)}")
    balance = _hits(lex.balance, text)
    add("right_of_reply", len(balance), f"right of reply: {', '.join(balance)}")
    add("one_sided", int(bool(loaded or unsupported) and not balance), "one-sided sourcing")
    credited = [o for o in lex.state if o.credit_regex and any(o.credit_regex.search(c) for c in credits)]
    add("state_affiliated", len(credited),
        "state-affiliated source: " + "; ".join(f"{o.name} — {o.reason}" for o in credited))
    cited = [o for o in lex.state if o not in credited and o.text_regex and o.text_regex.search(text)] \
        if lex.state_named and lex.state_named.search(text) else []
    add("cites_state_media", len(cited), f"cites state-affiliated media: {', '.join(o.name for o in cited)}")
    return out


def corroboration(docs: list[DocResult], groups: list[int]) -> list[int]:
    """Per document, how many other independent sources report one of its events."""
    keys = [source_key(docs[g]) for g in groups]
    by_cluster: dict[str, set[str]] = defaultdict(set)
    for i, doc in enumerate(docs):
        for ev in doc.events:
            if ev.cluster:
                by_cluster[ev.cluster].add(keys[i])
    out: list[int] = []
    for i, doc in enumerate(docs):
        others: set[str] = set()
        for ev in doc.events:
            if ev.cluster:
                others |= by_cluster[ev.cluster]
        others.discard(keys[i])
        out.append(len(others))
    return out


def corroborated(cred: Credibility) -> int:
    """The corroboration count a credibility was combined with (`combine` lists it only when above zero)."""
    told = next((sig for sig in cred.signals if sig.startswith(_CORROBORATED)), None)
    return int(told[len(_CORROBORATED) :].split(" ", 1)[0]) if told else 0


def assess(docs: list[DocResult], groups: list[int] | None = None,
           signals: Sequence[list[Signal]] | None = None, scored: Sequence[bool] | None = None) -> None:
    """Set `credibility` on every document (events must already carry their clusters).

    `signals`: each document's `document_signals`, when known (documents held without their text). `scored`: per
    document, whether its credibility is the one an earlier run combined from its own signals (a stored document's:
    the stage changes nothing the signals read); it is kept when its corroboration count is the same, as combining
    again gives it back, and the signals (regular expressions over the whole text) are not read again.
    """
    lex = get_lexicon()
    counts = corroboration(docs, groups or list(range(len(docs))))
    for i, (doc, n) in enumerate(zip(docs, counts, strict=True)):
        if scored is not None and scored[i] and doc.credibility is not None and corroborated(doc.credibility) == n:
            continue
        doc.credibility = combine(signals[i] if signals is not None else document_signals(doc, lex), n, lex)


def outlet_name(doc: DocResult) -> str | None:
    """The name a document is counted under per outlet: its outlet, else its first wire credit, else its URL's host."""
    return doc.outlet or (doc.wire[0] if doc.wire else None) or (urlparse(doc.url).hostname if doc.url else None)


def outlet_credibility(docs: list[DocResult]) -> dict[str, Credibility]:
    """Mean credibility per outlet over its independent articles (copies skipped), with its most frequent signals."""
    scores: dict[str, list[float]] = defaultdict(list)
    signals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for doc in docs:
        if doc.credibility is None or doc.duplicate_of:
            continue
        name = outlet_name(doc)
        if not name:
            continue
        scores[name].append(doc.credibility.score)
        for sig in doc.credibility.signals:
            signals[name][re.sub(r"[:(].*", "", sig).strip()] += 1
    out = {}
    for name, vals in scores.items():
        common = sorted(signals[name].items(), key=lambda kv: (-kv[1], kv[0]))
        out[name] = Credibility(
            round(sum(vals) / len(vals), 3),
            [f"articles: {len(vals)}", *(f"{sig}: {n} of {len(vals)} articles" for sig, n in common)],
        )
    return out

"""telik_relevance: does the article, and each sentence, report political violence, security or threats?

Words of the domain and of other news (sport, health, markets, technology, entertainment, food, travel) are
counted with their points (telik/data/relevance/signals.yaml); figurative senses of violent words ("membakar
lemak", "menangkap gambar", "serangan balik") are token patterns (senses.yaml). The verdict keeps its reasons,
so an event can say why it was kept.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from telik.errors import Errors, TelikError
from telik.nlp.extensions import text_of
from telik.nlp.relevance.signals import SENSES, Sense, Signals, get_signals
from telik.nlp.sentences import unclosed

TOPIC = "topic"


def _told(text: str, sent: Span) -> bool:
    """Is `sent` a told sentence, not a line of its own without a closing mark (a headline, a caption)? The text's
    last sentence counts whatever it ends with."""
    end = sent.start_char + len(sent.text.rstrip())
    return not unclosed(sent.text) or not text.startswith("\n", end)


@dataclass(frozen=True)
class Hit:
    """One domain word in the text."""

    start: int
    end: int
    phrase: str
    domain: str
    points: float


@dataclass(frozen=True)
class SenseHit:
    """A figurative or other sense of a violent word, matched in the text."""

    start: int
    end: int
    name: str
    domain: str


@dataclass
class Relevance:
    """The article's verdict with its reasons, and what sentence-level decisions need."""

    relevant: bool
    topic: float
    other: dict[str, float]
    reasons: list[str]
    margin: float
    hits: list[Hit] = field(default_factory=list)
    sents: list[Span] = field(default_factory=list)  # the doc's sentences, where senses are looked for on demand
    scorer: RelevanceScorer | None = None
    _starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _senses: dict[int, list[SenseHit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [h.start for h in self.hits]
        self._sent_starts = [x.start_char for x in self.sents]

    def sentence(self, start: int, end: int) -> tuple[float, dict[str, float]]:
        """Points of the topic and of each other domain in [start, end)."""
        topic = 0.0
        other: dict[str, float] = {}
        for h in self.hits[bisect_left(self._starts, start) : bisect_left(self._starts, end)]:
            if h.domain == TOPIC:
                topic += h.points
            else:
                other[h.domain] = other.get(h.domain, 0.0) + h.points
        return topic, other

    def off_topic_sentence(self, start: int, end: int) -> str | None:
        """The other domain that outweighs the topic in this sentence by the margin, if any."""
        topic, other = self.sentence(start, end)
        if not other:
            return None
        domain, points = max(other.items(), key=lambda kv: kv[1])
        return domain if sum(other.values()) >= topic + self.margin and points > 0 else None

    def sense_at(self, start: int, end: int) -> SenseHit | None:
        """The figurative sense whose match holds [start, end), if any (its sentence is matched once, on demand:
        only sentences with a trigger are asked about)."""
        i = bisect_right(self._sent_starts, start) - 1
        if i < 0 or self.scorer is None:
            return None
        if i not in self._senses:
            self._senses[i] = self.scorer.senses(self.sents[i])
        return next((s for s in self._senses[i] if s.start <= start and end <= s.end), None)

    def decisive_at(self, start: int, end: int) -> bool:
        """Does a decisive sense hold [start, end): the weak word there is turned on the police, soldiers or an
        official, or fired by unknown gunmen ("menusuk anggota parlemen")?"""
        names = self.scorer.decisive_names if self.scorer is not None else frozenset()
        near = self.hits[bisect_left(self._starts, start - 200) : bisect_right(self._starts, start)]
        return any(h.phrase in names and h.end >= end for h in near)

    def why(self, start: int, end: int) -> list[str]:
        """Reasons an event told in [start, end) was kept: the article's verdict and the sentence's topic words."""
        words = sorted({h.phrase for h in self.hits[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
                        if h.domain == TOPIC})
        out = list(self.reasons[:1])
        if words:
            out.append("sentence: " + ", ".join(words[:6]))
        return out


@Language.factory("telik_relevance", assigns=["doc._.relevance"], requires=["token.is_sent_start"])
def make_relevance(nlp: Language, name: str) -> RelevanceScorer:
    return RelevanceScorer(nlp, get_signals())


def longest_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """spaCy's `filter_spans` on a matcher's (key, start, end): where matches overlap the (first) longest wins;
    in the order of their starts. On tuples: a Span per match cost more than the rest of the verdict."""
    kept = []
    taken: set[int] = set()
    for key, start, end in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        if start not in taken and end - 1 not in taken:
            kept.append((key, start, end))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[1])


class RelevanceScorer:
    """Counts domain words and figurative senses; decides whether the article is in Telik's domain."""

    def __init__(self, nlp: Language, signals: Signals) -> None:
        self.signals = signals
        self.make_doc = nlp.make_doc
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in signals.weights:
            self.words.add(phrase, [nlp.make_doc(phrase)])
        self.patterns = self._matcher(nlp, signals.senses)
        self.domains = {sense.name: sense.domain for sense in signals.senses}
        # matched over the whole text: each match is a strong word ("menusuk petugas polisi")
        self.decisive = self._matcher(nlp, signals.decisive)
        self.decisive_names = frozenset(sense.name for sense in signals.decisive)
        # the words every decisive match opens and closes with: a text holding none of either is not searched (the
        # Matcher tests its word sets in Python at every token)
        self.decisive_gate = tuple(
            frozenset(nlp.vocab.strings.add(w) for w in words) for words in _edge_words(signals.decisive)
        )

    @staticmethod
    def _matcher(nlp: Language, senses: tuple[Sense, ...]) -> Matcher:
        """A token Matcher of the senses' patterns; a bad pattern names the data file and the sense."""
        matcher = Matcher(nlp.vocab, validate=True)
        for sense in senses:
            try:
                matcher.add(sense.name, [sense.pattern])
            except Exception as exc:  # spaCy raises ValueError/MatchPatternError with the pattern's problem
                raise TelikError(Errors.E013, path=f"telik/data/{SENSES}", reason=f"{sense.name}: {exc}") from exc
        return matcher

    def __call__(self, doc: Doc) -> Doc:
        doc._.relevance = self.judge(doc)
        return doc

    def judge(self, doc: Doc) -> Relevance:
        sig = self.signals
        strings = doc.vocab.strings
        hits = []
        for key, s, e in longest_first(self.words(doc)):
            phrase, last = strings[key], doc[e - 1]
            hits.append(Hit(doc[s].idx, last.idx + len(last), phrase, *sig.weights[phrase]))
        # "ditembak orang tak dikenal ... terkait utang piutang": in a crime story the same words are no sign
        if not any(h.domain in sig.decisive_unless for h in hits):
            hits += self._decisive(doc)
        hits.sort(key=lambda h: h.start)
        counts = Counter((h.domain, h.phrase, h.points) for h in hits)
        text = text_of(doc)  # spaCy rebuilds doc.text on every access
        counts.update(self._title_words(doc, text))
        topic = 0.0
        other: dict[str, float] = {}
        for (domain, _, points), n in counts.items():
            if domain == TOPIC:
                topic += points * min(n, sig.max_repeats)
            else:
                other[domain] = other.get(domain, 0.0) + points * min(n, sig.max_repeats)
        rest = sum(other.values())
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        # a headline or a caption is no sentence of the report: a three-sentence flash keeps its short-text rule
        sentences = sum(1 for sent in sents if _told(text, sent))
        needed = sig.min_score if sentences >= sig.short_text else 0.0
        # few points suffice only when one of them is a strong word: a killing, a beating and an arrest told in weak
        # words alone (polisi, pelaku, korban, dibunuh) are a crime story, not a report of political violence
        decisive = any(
            domain == TOPIC and (phrase in sig.strong or phrase in self.decisive_names) for domain, phrase, _ in counts
        )
        clear = topic >= sig.clear_score and topic >= sig.clear_ratio * rest and decisive
        relevant = topic >= sig.ratio * rest and (topic >= needed or clear)
        top = ", ".join([f"{p}×{n}" for (d, p, _), n in counts.most_common() if d == TOPIC][:5])
        others = ", ".join(f"{d} {v:g}" for d, v in sorted(other.items(), key=lambda kv: -kv[1])[:3]) or "none"
        verdict = "about political violence or security" if relevant else "not about political violence or security"
        words = top or "no words of the domain"
        reasons = [
            f"article {verdict}: {topic:g} points ({words}), {needed:g} needed ({sig.clear_score:g} with little "
            f"other news), against {rest:g} of other news ({others})"
        ]
        return Relevance(relevant, topic, dict(other), reasons, sig.margin, hits, sents, self)

    def _decisive(self, doc: Doc) -> list[Hit]:
        """The decisive senses matched in the text, each a strong sign unless another sense of its words overlaps it
        ("kejuaraan menembak TNI-Polri" is a sport's, "menusuk polisi tidur" a speed bump's)."""
        found: list[Hit] = []
        if self.decisive_gate:
            lows = set(doc.to_array(LOWER).tolist())
            if any(lows.isdisjoint(words) for words in self.decisive_gate):
                return found
        senses: dict[int, list[SenseHit]] = {}
        for key, s, e in longest_first(self.decisive(doc)):
            span = doc[s:e]
            sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
            if sent.start not in senses:
                senses[sent.start] = self.senses(sent)
            if any(x.start < span.end_char and span.start_char < x.end for x in senses[sent.start]):
                continue
            found.append(Hit(span.start_char, span.end_char, doc.vocab.strings[key], TOPIC,
                             self.signals.decisive_weight))
        return found

    def _title_words(self, doc: Doc, text: str) -> Counter[tuple[str, str, float]]:
        """The domain words of a headline given apart from the text (a JSONL or HTML record's `title` its body does
        not open with): it tells what the article is about as a headline in the text does. A title the text opens
        with is counted there already."""
        title = ((doc._.meta or {}).get("title") or "").strip()
        if not title or " ".join(title.split()).casefold() in " ".join(text[: len(title) + 400].split()).casefold():
            return Counter()
        found: Counter[tuple[str, str, float]] = Counter()
        for key, _, _ in longest_first(self.words(self.make_doc(title))):
            phrase = doc.vocab.strings[key]
            domain, points = self.signals.weights[phrase]
            found[(domain, phrase, points)] += 1
        return found

    def senses(self, sent: Span) -> list[SenseHit]:
        """The figurative senses matched in one sentence."""
        found = self.patterns(sent, as_spans=True)
        return [SenseHit(m.start_char, m.end_char, m.label_, self.domains[m.label_]) for m in found]


def _edge_words(senses: tuple[Sense, ...]) -> tuple[frozenset[str], ...]:
    """The lower-case words the senses' patterns open with, and those they close with; none when a pattern's first or
    last token is not given as words (its matches could then start or end anywhere)."""
    opening: set[str] = set()
    closing: set[str] = set()
    for sense in senses:
        for edge, words in ((sense.pattern[0], opening), (sense.pattern[-1], closing)):
            lower = edge.get("LOWER")
            if edge.get("OP") is not None or not (isinstance(lower, str) or isinstance(lower, dict) and "IN" in lower):
                return ()
            words.update([lower] if isinstance(lower, str) else lower["IN"])
    return (frozenset(opening), frozenset(closing)) if senses else ()


"""telik_quotes: direct quotations with their speakers (doc._.quotes) and indirect attributions (doc._.claims)."""
from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from telik.nlp.extensions import freeze_ents, text_of
from telik.model import Claim, Quote
from telik.nlp.quote_lexicon import QuoteLexicon, get_quote_lexicon
from telik.nlp.quote_marks import Marked, find_quotations
from telik.nlp.quote_speakers import Speaker, phrase_after, resolve, role_after, subject_before

_END_PUNCT = ",.!?…;:"


@Language.factory("telik_quotes", assigns=["doc._.quotes", "doc._.claims"], requires=["doc.ents"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(get_quote_lexicon())


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


class QuoteFinder:
    """Finds quotations, attributes them to speakers, and records indirect claims."""

    def __init__(self, lex: QuoteLexicon) -> None:
        self.lex = lex
        self.tag_re = re.compile(
            rf"[ \t]*,?[ \t]*(?:[—–-][ \t]*)?(?P<verb>{_alt(lex.tag_verbs)})(?P<nya>nya)?\b"
            rf"(?:[ \t]+(?P<pron>{_alt(lex.pronoun_words)})\b)?[ \t]*",
            re.I,
        )
        self.intro_re = re.compile(rf"\b(?P<verb>{_alt(lex.intro_verbs)})\b\s*[:,]?\s*$", re.I)
        self.claim_re = re.compile(rf"\b(?P<verb>{_alt(lex.claim_verbs)})\b(?:\s*,)?\s*(?:bahwa\s+)?", re.I)
        self.prep_re = re.compile(rf"\b(?:{_alt(lex.claim_prepositions)})\s+", re.I)
        self.tail_tag_re = re.compile(rf",\s*(?:{_alt(lex.tag_verbs)})\s+(?=\S)", re.I)
        self.tail_verb_re = re.compile(rf",\s*([^,]{{3,120}}?)\s+(?:{_alt(lex.claim_verbs)})\s*[.!]?\s*$", re.I)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        freeze_ents(doc)
        marks = find_quotations(text)
        sent_starts = sorted(s.start_char for s in doc.sents) if doc.has_annotation("SENT_START") else [0]
        claims, timeline = self._claims(doc, marks)
        quotes: list[tuple[Quote, bool]] = []
        for m in marks:
            found = self._attribute(doc, m, sent_starts, timeline)
            if found is None:
                continue
            speaker, tagged = found
            q = self._quote(text, m, speaker)
            if q is not None:
                quotes.append((q, tagged))
                if speaker is not None:
                    timeline.append((m.open, speaker))
                    timeline.sort(key=lambda t: t[0])
        doc._.quotes = _dedupe(quotes)
        doc._.claims = claims
        return doc

    # -- quotations -------------------------------------------------------------
    def _attribute(self, doc: Doc, m: Marked, sent_starts: list[int], timeline: list[tuple[int, Speaker]]) -> tuple[Speaker | None, bool] | None:
        """(speaker, tagged) for a real quotation; None for scare quotes and fragments."""
        text = text_of(doc)
        inner = m.words(text).rstrip()
        tag = self.tag_re.match(text, m.close + 1)
        if tag and (inner[-1:] in _END_PUNCT or text[m.close + 1 : tag.start("verb")].strip().startswith(",")):
            if tag.group("nya") or tag.group("pron"):
                return _last(timeline, m.open), True
            ps, pe = phrase_after(text, tag.end(), self.lex)
            speaker = resolve(doc, ps, pe, self.lex)
            if speaker is not None:
                speaker = _with_role(speaker, role_after(text, pe, self.lex))
            return speaker, True
        sent = _sentence_start(sent_starts, m.open)
        para = text.rfind("\n", 0, m.open) + 1
        before = text[max(sent, para) : m.open]
        intro = self.intro_re.search(before)
        if intro:
            vs = max(sent, para) + intro.start("verb")
            subj = subject_before(text, vs, max(sent, para))
            speaker = resolve(doc, *subj, self.lex) if subj else None
            if speaker is None and re.search(r"\bia|dia|beliau\b", before[: intro.start("verb")], re.I):
                speaker = _last(timeline, m.open)
            return speaker, True
        if self._standalone(text, m):
            return _last(timeline, m.open), False
        return None

    def _standalone(self, text: str, m: Marked) -> bool:
        """A whole sentence or paragraph in quotation marks (not a quoted term inside a sentence)."""
        if len(m.words(text).split()) < self.lex.min_standalone_words:
            return False
        k = m.open - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        starts_clean = k < 0 or text[k] in "\n.!?…”\"’»:"
        j = m.close + 1
        while j < len(text) and text[j] in " \t":
            j += 1
        ends_clean = j >= len(text) or text[j] == "\n" or text[j].isupper() or text[j] in "“\"‘«("
        return starts_clean and ends_clean and m.words(text).rstrip()[-1:] in ".!?…,"

    def _quote(self, text: str, m: Marked, speaker: Speaker | None) -> Quote | None:
        start, end = m.start, m.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        if end <= start:
            return None
        return Quote(
            text=text[start:end],
            start=start,
            end=end,
            speaker=speaker.text if speaker else None,
            anonymous=speaker.anonymous if speaker else False,
            speaker_role=speaker.role if speaker else None,
            speaker_canonical=speaker.canonical if speaker else None,
        )

    # -- claims -----------------------------------------------------------------
    def _claims(self, doc: Doc, marks: list[Marked]) -> tuple[list[Claim], list[tuple[int, Speaker]]]:
        """Indirect attributions, sentence by sentence; their sources feed pronoun resolution."""
        text = text_of(doc)
        claims: list[Claim] = []
        timeline: list[tuple[int, Speaker]] = []
        quoted = [(m.open, m.close) for m in marks if len(m.words(text).split()) >= self.lex.min_standalone_words]
        for sent in doc.sents:
            s, e = sent.start_char, sent.end_char
            if any(a < e and s < b for a, b in quoted):
                continue
            found = self._claim_in(doc, s, e)
            if found is None:
                continue
            speaker, cs, ce = found
            while ce > cs and text[ce - 1] in " .\n":
                ce -= 1
            if ce - cs < 10:
                continue
            claims.append(Claim(speaker.text, text[cs:ce], cs, ce, speaker.anonymous))
            timeline.append((speaker.start, speaker))
        return claims, timeline

    def _claim_in(self, doc: Doc, s: int, e: int) -> tuple[Speaker, int, int] | None:
        text = text_of(doc)
        sent = text[s:e]
        prep = self.prep_re.search(sent)
        if prep and (prep.start() == 0 or sent[prep.start() - 2 : prep.start()].strip() in ("", ",")):
            ps = s + prep.end()
            comma = text.find(",", ps, e)
            if comma != -1:
                speaker = resolve(doc, *phrase_after(text, ps, self.lex), self.lex)
                if speaker:
                    return speaker, comma + 1 + (text[comma + 1 : comma + 2] == " "), e
        tail = self.tail_tag_re.search(sent)
        if tail and tail.start() > 10:
            speaker = resolve(doc, *phrase_after(text, s + tail.end(), self.lex), self.lex)
            if speaker:
                return speaker, s, s + tail.start()
        tailv = self.tail_verb_re.search(sent)
        if tailv:
            speaker = resolve(doc, s + tailv.start(1), s + tailv.end(1), self.lex)
            if speaker:
                return speaker, s, s + tailv.start()
        for verb in self.claim_re.finditer(sent):
            prev = sent[: verb.start()].split()
            if not prev or prev[-1].lower() in ("yang", "untuk", "tidak", "belum"):
                continue
            subj = subject_before(text, s + verb.start(), s)
            speaker = resolve(doc, *subj, self.lex) if subj else None
            if speaker and len(text[subj[0] : subj[1]].split()) <= 16:
                return speaker, s + verb.end(), e
            return None
        return None


def _with_role(speaker: Speaker, role: str | None) -> Speaker:
    if role is None:
        return speaker
    return Speaker(speaker.text, speaker.start, speaker.end, speaker.anonymous, role, speaker.canonical)


def _sentence_start(starts: list[int], pos: int) -> int:
    best = 0
    for s in starts:
        if s > pos:
            break
        best = s
    return best


def _last(timeline: list[tuple[int, Speaker]], pos: int) -> Speaker | None:
    """The latest speaker mentioned before `pos`."""
    best = None
    for at, sp in timeline:
        if at >= pos:
            break
        best = sp
    return best


def _key(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", " ", t).strip()


def _dedupe(quotes: list[tuple[Quote, bool]]) -> list[Quote]:
    """A quotation printed twice (a pull quote) is kept once, preferring the copy with a speaker tag."""
    kept: list[tuple[Quote, bool]] = []
    for q, tagged in quotes:
        k = _key(q.text)
        dup = next((i for i, (o, _) in enumerate(kept) if k in _key(o.text) or _key(o.text) in k), None)
        if dup is None:
            kept.append((q, tagged))
        elif (tagged and not kept[dup][1]) or (kept[dup][0].speaker is None and q.speaker is not None):
            kept[dup] = (q, tagged)
    return [q for q, _ in kept if q.speaker is not None]

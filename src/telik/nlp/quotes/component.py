"""telik_quotes: direct quotations with their speakers (doc._.quotes) and indirect attributions (doc._.claims)."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from telik.model import Claim, Quote
from telik.nlp.extensions import ents_of, freeze_ents, sentence_bounds, text_of
from telik.nlp.quotes.lexicon import QuoteLexicon, get_quote_lexicon
from telik.nlp.quotes.marks import Marked, find_quotations
from telik.nlp.quotes.speakers import (
    Speaker,
    apposed_person,
    is_anaphor,
    name_end,
    nickname,
    person,
    phrase_after,
    resolve,
    role_after,
    subject_before,
    whole_person,
)
from telik.regexgate import gated
from telik.wordmatch import alternation

_END_PUNCT = ",.!?…;:"
_VERB_AFTER = re.compile(r"(?:[ \t]*,[^,\n]{1,100},|[ \t]+yang\s[^,\n]{1,120},)?[ \t]*(?P<verb>[^\s,.;:]+)")
#: "Budi Santoso (45), mengaku": the verb after a name in apposition, past the speaker's age.
_APPOSED_VERB = re.compile(r"[ \t]*(?:\(\d{1,3}(?:[ \t]+tahun)?\)[ \t]*)?,[ \t]*(?P<verb>[^\s,.;:]+)")
#: What ends the clause before a sentence's subject: a comma or a dateline's dash.
_CLAUSE_BREAK = re.compile(r",|[ \t](?:--|[-–—])[ \t]")
#: "Ketua Umum PBNU Yahya Cholil Staquf: “…”": a sentence of a name and a colon before the quotation.
_NAME_COLON = re.compile(r"[ \t]*(?P<who>[^:\n“”\"]{2,80}?)[ \t]*:[ \t]*")
#: A quotation opening right after a sentence.
_QUOTATION_NEXT = re.compile(r"\s*[“„«\"]")
#: Characters before a quotation searched for its introducing verb ("kata X:", "ia mengatakan bahwa").
_INTRO_REACH = 200


@Language.factory("telik_quotes", assigns=["doc._.quotes", "doc._.claims"], requires=["doc.ents"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(get_quote_lexicon())


@dataclass(frozen=True)
class _Found:
    """How a quotation was attributed: its speaker, whether a speech verb tagged it, where the tag ended."""

    speaker: Speaker | None
    tagged: bool
    tag_end: int = -1
    cataphoric: bool = False  # a pronoun or a description with nobody named before: look ahead for the speaker


class _Ante(NamedTuple):
    """The antecedents at a point of the text: the latest speaker, and the latest person (for "ia", "-nya"). A
    tuple: made for every sentence, and a frozen dataclass costs several times as much to make."""

    last: Speaker | None
    near: Speaker | None


class QuoteFinder:
    """Finds quotations, attributes them to speakers, and records indirect claims."""

    def __init__(self, lex: QuoteLexicon) -> None:
        self.lex = lex
        self.tag_re = re.compile(
            rf"[ \t]*,?[ \t]*(?:[—–-][ \t]*)?(?:(?:{alternation(lex.tag_leads)})[ \t]+)?"
            rf"(?P<verb>{alternation(lex.tag_verbs)})(?P<nya>nya)?\b"
            rf"(?:[ \t]+(?P<pron>{alternation(lex.pronoun_words)})\b)?(?:[ \t]*,(?=[ \t]*[A-Z]))?[ \t]*",
            re.I,
        )
        self.post_re = re.compile(
            rf"[ \t]*,?[ \t]*(?P<subj>(?:[^\s,.;:!?“”\"]+[ \t]+){{1,6}}?)"
            rf"(?P<verb>{alternation(lex.intro_verbs)})\b(?P<end>[ \t]*[.,;])?",
            re.I,
        )
        # "X mengatakan kepada AFP, “…”": where or to whom X spoke may stand between the verb and the quotation
        self.intro_re = re.compile(
            rf"\b(?P<verb>{alternation(lex.intro_verbs)})\b(?:\s+bahwa)?"
            rf"(?:\s*,?\s*\b(?:{alternation(lex.setting_words)})\b(?:[^“”\"\n.!?]|\.(?=\d)){{0,100}}[:,])?\s*[:,]?\s*$",
            re.I,
        )
        self.speech_verb_re = gated(re.compile(rf"\b(?:{alternation(lex.intro_verbs)})\b", re.I))
        self.intro_prep_re = re.compile(
            rf"\b(?:{alternation(lex.intro_prepositions)})(?:(?P<nya>nya)|\s+(?P<who>[^,\n“”\"]{{1,80}})),\s*$", re.I
        )
        # searched in every sentence: gated on the characters their matches start with
        # "Hal itu disampaikan oleh X", and a document restating the quotation: "Demikian keterangan tertulis X"
        leads, passives, documents = (alternation(words) for words in
                                      (lex.restating_leads, lex.passive_verbs, lex.document_nouns))
        self.passive_re = gated(re.compile(
            rf"\b(?:{passives})\s+(?:oleh\s+)?|\b(?:{leads})[ \t]+(?:{documents})[ \t]+(?=(?-i:[A-Z]))", re.I))
        self.passive_next_re = re.compile(
            rf"[ \t]*\.?[ \t\n]*(?:{leads})[ \t]+(?:(?:{passives})\b|(?:{documents})[ \t]+(?-i:[A-Z]))", re.I)
        self.anon_link_re = re.compile(rf"[ \t]+(?:{alternation(lex.anonymous_links)})[ \t]+", re.I)
        names, verbs = alternation(lex.withheld_names), alternation(lex.withheld_verbs)
        # "yang meminta identitasnya dirahasiakan", "yang enggan disebut namanya"
        self.withheld_re = re.compile(
            rf"[ \t]+yang[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?:(?:{names})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{verbs})"
            rf"|(?:{verbs})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{names}))(?![\w-])",
            re.I,
        )
        self.claim_re = gated(
            re.compile(rf"\b(?P<verb>{alternation(lex.claim_verbs)})\b(?:\s*,)?\s*(?:bahwa\s+)?", re.I))
        self.prep_re = gated(
            re.compile(rf"\b(?:{alternation(lex.claim_prepositions)})(?:(?P<nya>nya)\b\s*|\s+)", re.I))
        self.lead_prep_re = re.compile(rf"(?:{alternation(lex.intro_prepositions)})(?:(?P<nya>nya)\b\s*|\s+)", re.I)
        self.tail_tag_re = re.compile(rf",\s*(?:{alternation(lex.tag_verbs)})\s+(?=\S)", re.I)
        self.tail_verb_re = re.compile(rf",\s*([^,]{{3,120}}?)\s+(?:{alternation(lex.claim_verbs)})\s*[.!]?\s*$", re.I)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        freeze_ents(doc)
        marks = find_quotations(text)
        if doc.has_annotation("SENT_START"):
            sents = sentence_bounds(doc)
        else:
            sents = [(0, len(text))]
        sent_starts = [s for s, _ in sents]
        quoted = [(m.open, m.close) for m in marks if len(m.words(text).split()) >= self.lex.min_standalone_words]
        persons = [e for e in ents_of(doc) if e.label_ == "PER"]
        self._opens, self._closes = [m.open for m in marks], [m.close for m in marks]  # in text order
        self._persons = persons
        self._person_starts = [e.start_char for e in persons]
        claims: list[Claim] = []
        timeline: list[tuple[int, Speaker]] = []
        found: list[tuple[Marked, _Found]] = []
        si = 0
        for m in marks:
            while si < len(sents) and sents[si][0] <= m.open:
                self._sentence(doc, *sents[si], quoted, persons, claims, timeline)
                si += 1
            f = self._attribute(doc, m, sent_starts, timeline, found[-1][1] if found else None)
            if f is None:
                continue
            found.append((m, f))
            if f.speaker is not None:
                insort(timeline, (m.open, f.speaker), key=lambda t: t[0])
        for s, e in sents[si:]:
            self._sentence(doc, s, e, quoted, persons, claims, timeline)
        quotes = []
        for m, f in _look_ahead(text, found, timeline):
            q = self._quote(text, m, f.speaker)
            if q is not None:
                quotes.append((q, f.tagged))
        doc._.quotes = _dedupe(quotes)
        doc._.claims = claims
        return doc

    # -- quotations -------------------------------------------------------------
    def _attribute(self, doc: Doc, m: Marked, sent_starts: list[int], timeline: list[tuple[int, Speaker]],
                   prev: _Found | None) -> _Found | None:
        """How a real quotation is attributed; None for scare quotes and fragments."""
        text = text_of(doc)
        inner = m.words(text).rstrip()
        n_words = len(inner.split())
        ante = self._ante(timeline, m.open)
        last = ante.last
        punct = inner[-1:] in _END_PUNCT
        tag = self.tag_re.match(text, m.close + 1)
        if tag and (tag.group("verb")[0].islower() or inner.endswith(",")) \
                and (punct or n_words >= self.lex.min_standalone_words
                     or text[m.close + 1 : tag.start("verb")].strip().startswith(",")):
            if tag.group("nya") or tag.group("pron"):
                who = self._antecedent(tag.group("nya") or tag.group("pron"), ante)
                return _Found(who, True, tag.end(), cataphoric=who is None)
            ps, pe = phrase_after(text, tag.end(), self.lex)
            if pe > ps and (tag.group("verb").lower() not in self.lex.name_only_tags or text[ps].isupper()
                            or text[ps:pe].split()[0].lower() in self.lex.document_nouns):
                return self._named(doc, ps, pe, ante)
        post = self.post_re.match(text, m.close + 1)
        if post and (inner[-1:] in ",!?" or post.group("end")):
            subj = post.group("subj").strip()
            ss, se = post.start("subj"), post.start("subj") + len(subj)
            if subj[:1].isupper() or is_anaphor(subj, self.lex):
                speaker = self._resolve(doc, ss, se, ante, describe=True)
                if speaker is not None or last is None:
                    ahead = speaker is None or self._refers_ahead(doc, ss, se, ante)
                    return _Found(speaker, True, post.end("verb"), cataphoric=ahead)
        if prev is not None and prev.tag_end != -1 and prev.tag_end <= m.open and self._continues(doc, prev.tag_end, m):
            return _Found(prev.speaker, True, cataphoric=prev.cataphoric)  # named later: the same speaker
        sent = _sentence_start(sent_starts, m.open)
        para = text.rfind("\n", 0, m.open) + 1
        lo = max(sent, para)
        # The verb ends the text before the quotation (the pattern is anchored there): searching a bounded tail
        # keeps a long sentence of many quotations linear.
        intro = self.intro_re.search(text, max(lo, m.open - _INTRO_REACH), m.open)
        if intro:
            subj = subject_before(text, intro.start("verb"), lo, self.lex)
            speaker = self._resolve(doc, *subj, ante, describe=True) if subj else None
            if subj and speaker is not None and speaker.anonymous:
                speaker = self._apposed_before(doc, lo, subj, ante) or speaker
            return _Found(speaker, True, cataphoric=subj is not None and self._refers_ahead(doc, *subj, ante))
        window = max(lo, m.open - 120)
        prep = self.intro_prep_re.search(text, window, m.open)
        if prep:
            if prep.group("nya"):  # "Menurutnya, “…”"
                return _Found(self._antecedent("nya", ante), True)
            return _Found(self._resolve(doc, prep.start("who"), prep.end("who"), ante), True)
        named = _NAME_COLON.fullmatch(text, lo, m.open)
        if named and any(e.end_char == named.end("who") for e in self._persons):
            return _Found(self._resolve(doc, named.start("who"), named.end("who"), ante), True)  # "X: “…”"
        if self._standalone(text, m):
            # "“…” Demikian disampaikan X": the speaker follows
            return _Found(last, False, cataphoric=self.passive_next_re.match(text, m.close + 1) is not None)
        return None

    def _ante(self, timeline: list[tuple[int, Speaker]], pos: int) -> _Ante:
        k = bisect_left(timeline, pos, key=lambda t: t[0])  # the speakers mentioned before `pos`: timeline[:k]
        return _Ante(timeline[k - 1][1] if k else None, _last_person(timeline, k, pos, self.lex.person_window))

    def _antecedent(self, phrase: str, ante: _Ante) -> Speaker | None:
        """Whom a phrase refers back to: a personal pronoun ("ia", "-nya") means the latest person, anything else
        ("mereka", "kelompok itu") the latest speaker."""
        words = phrase.lower().split()[:3]
        personal = words == ["nya"] or any(w in self.lex.person_pronouns for w in words)
        return ante.near if personal else ante.last

    def _resolve(self, doc: Doc, start: int, end: int, ante: _Ante, describe: bool = False) -> Speaker | None:
        """Who text[start:end] names, a pronoun resolved to its antecedent (`describe`: see `resolve`)."""
        return resolve(doc, start, end, self.lex, self._antecedent(text_of(doc)[start:end], ante), describe)

    def _refers_ahead(self, doc: Doc, start: int, end: int, ante: _Ante) -> bool:
        """A person's pronoun ("Ia melanjutkan, “…”") or a description naming nobody ("koreografer asal Inggris
        ini") with nobody before it to refer to: the name may follow later in the text; until then a description
        is the speaker. Not "mereka" or "pihaknya", which a later single name does not fit."""
        phrase = text_of(doc)[start:end]
        first = phrase.split()[0].lower()
        return is_anaphor(phrase, self.lex) and self._antecedent(phrase, ante) is None \
            and (first not in self.lex.pronoun_words or first in self.lex.person_pronouns)

    def _named(self, doc: Doc, ps: int, pe: int, ante: _Ante) -> _Found:
        """The speaker named after a tag verb, with a person in apposition and the speaker's role."""
        text = text_of(doc)
        speaker = self._resolve(doc, ps, pe, ante, describe=True)
        end = pe
        role_first = text[ps:pe].split()[0].lower().rstrip(".") in self.lex.title_words or not text[ps].isupper()
        if speaker is None or speaker.anonymous or role_first or not _has_person(doc, ps, pe):
            # "kata seorang saksi, Abdullahi Hassan, kepada Reuters": the person the role describes speaks
            named = nickname(text, pe, self.lex) or apposed_person(doc, pe, self.lex)
            if named is not None:
                speaker = _with_role(named, text[ps:pe].strip())
                end = named.end
        if speaker is not None and speaker.anonymous:
            speaker = self._anonymous_tail(doc, speaker)
        if speaker is not None:
            speaker = self._withheld_name(doc, speaker)
        if speaker is not None and speaker.role is None:
            role = role_after(text, end, self.lex)
            speaker = _with_role(speaker, role)
        return _Found(speaker, True, end, cataphoric=speaker is None or self._refers_ahead(doc, ps, pe, ante))

    def _apposed_before(self, doc: Doc, lo: int, subj: tuple[int, int], ante: _Ante) -> Speaker | None:
        """"Bulama Jalaluddeen, seorang pejabat setempat, menambahkan": the person the unnamed role describes,
        with that role."""
        text = text_of(doc)
        comma = re.search(r",\s*$", text[lo : subj[0]])
        if comma is None:
            return None
        end = lo + comma.start()
        person = next((e for e in doc.ents if e.label_ == "PER" and e.end_char == end), None)
        if person is None:
            return None
        named = self._resolve(doc, person.start_char, person.end_char, ante)
        return _with_role(named, text[subj[0] : subj[1]].strip()) if named is not None else None

    def _continues(self, doc: Doc, tag_end: int, m: Marked) -> bool:
        """Does the speaker tagged before `tag_end` go on speaking in `m`? “Jadi,” kata X, “kegiatan …”; or X's
        next sentence after a tag that ends on where or to whom X spoke: “…,” kata X kepada Reuters. “Dunia …”"""
        text = text_of(doc)
        between = text[tag_end : m.open]
        gap = between.strip()
        if "\n" in between:
            return False
        if gap in ("", ",", ".", ":", ";"):
            return True
        tail = gap.lstrip(", ")
        return (len(gap) <= 120 and gap[-1] in ".," and _starts_with_any(tail, self.lex.setting_words)
                and re.search(r"[.!?][ \t]|[“”\"]", gap[:-1]) is None and not _has_person(doc, tag_end, m.open)
                and (gap[-1] == "," or _whole_sentence(text, m)))

    def _standalone(self, text: str, m: Marked) -> bool:
        """A whole sentence or paragraph in quotation marks (not a quoted term inside a sentence)."""
        return len(m.words(text).split()) >= self.lex.min_standalone_words and _whole_sentence(text, m)

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

    def _anonymous_tail(self, doc: Doc, speaker: Speaker) -> Speaker:
        """"sumber di kepolisian", "pejabat dari kementerian": the place an unnamed source speaks from."""
        text = text_of(doc)
        m = self.anon_link_re.match(text, speaker.end)
        if m is None:
            return speaker
        _, end = phrase_after(text, m.end(), self.lex)
        if end <= m.end():
            return speaker
        return replace(speaker, text=text[speaker.start : end], end=end, anonymous=True)

    def _withheld_name(self, doc: Doc, speaker: Speaker) -> Speaker:
        """"pria yang meminta identitasnya dirahasiakan itu": a source who asked not to be named is unnamed."""
        text = text_of(doc)
        m = self.withheld_re.match(text, speaker.end)
        if m is None:
            return speaker
        return replace(speaker, text=text[speaker.start : m.end()], end=m.end(), anonymous=True)

    # -- claims and subjects ----------------------------------------------------
    def _sentence(self, doc: Doc, s: int, e: int, quoted: list[tuple[int, int]], persons: list[Span],
                  claims: list[Claim], timeline: list[tuple[int, Speaker]]) -> None:
        """An indirect attribution in the sentence becomes a claim; its source or its subject joins the timeline."""
        text = text_of(doc)
        inside = any(a < e and s < b for a, b in quoted)
        ante = self._ante(timeline, s)  # the timeline changes only once the sentence is read
        found = None if inside else self._claim_in(doc, s, e, ante)
        if found is not None:
            speaker, cs, ce = found
            while ce > cs and text[ce - 1] in " .\n":
                ce -= 1
            if ce - cs >= 10 and self._plausible(speaker):
                claims.append(Claim(speaker.text, text[cs:ce], cs, ce, speaker.anonymous))
                insort(timeline, (max(s, speaker.start), speaker), key=lambda t: t[0])
                return
        subject = self._subject(doc, s, e, quoted, persons) or self._passive(doc, s, e, quoted, ante) \
            or self._unnamed_subject(doc, s, e, quoted)
        if subject is not None:
            insort(timeline, (subject.start, subject), key=lambda t: t[0])

    def _quoted_at(self, pos: int) -> bool:
        """Does `pos` stand inside a quotation, however short?"""
        k = bisect_right(self._opens, pos) - 1
        return k >= 0 and self._opens[k] < pos < self._closes[k]

    def _plausible(self, speaker: Speaker) -> bool:
        """A claim source names someone: a name, an anonymous source or a role ("sang ibu"), not "rencana"."""
        first = speaker.text.split()[0].lower() if speaker.text.split() else ""
        return (speaker.anonymous or not speaker.text.islower() or first in self.lex.title_words
                or bool(_starts_with_any(speaker.text, self.lex.role_openers)))

    def _subject(self, doc: Doc, s: int, e: int, quoted: list[tuple[int, int]], persons: list[Span]) -> Speaker | None:
        """A person who opens the sentence as its subject ("Kabid Humas … Sigit Pramono membenarkan …")."""
        text = text_of(doc)
        k = bisect_left(self._person_starts, s)
        if k >= len(persons) or persons[k].start_char >= min(e, s + 80):
            return None
        ent = persons[k]
        if any(a <= ent.start_char <= b for a, b in quoted):
            return None
        lead = text[s : ent.start_char]
        clause = _CLAUSE_BREAK.split(lead)[-1].split()  # after a comma or a dateline ("Kabul (ANTARA) - …")
        # "Untuk produksi dari karya Shakespeare ini": the name is not the subject; a role in lower case may lead it
        # when the person acts ("Mantan narapidana terorisme Ali Fauzi berbagi"), not in "mantan pejabat X dan Y
        # sudah dibawa ke pengadilan"
        lower_role = any(not w[:1].isupper() for w in clause)
        role_led = bool(clause) and (clause[0].lower() in self.lex.title_words
                                     or _starts_with_any(" ".join(clause), self.lex.role_openers))
        if any(ch in lead for ch in "“”\"") or lower_role and not role_led:
            return None
        after = _VERB_AFTER.match(text, ent.end_char, min(e, ent.end_char + 120))
        apposed = None
        if "," in lead and all(w.lower().rstrip(".") in self.lex.title_words for w in clause):
            apposed = _APPOSED_VERB.match(text, name_end(text, ent.end_char, self.lex), e)
        if apposed and (apposed.group("verb")[:2] in ("me", "be") or apposed.group("verb") in self.lex.modal_words):
            after = apposed  # "Gubernur Lanao del Sur, Alimuddin Macarambon, meminta", "Imam masjid, Ustaz X, mengaku"
        verb = after.group("verb") if after else ""
        if verb.lower() in self.lex.claim_prepositions or verb.lower() in self.lex.intro_prepositions:
            return None  # "Selain Dwi, menurut Aji …"
        hedged = verb.lower() in self.lex.particles or verb.lower() in self.lex.modal_words
        if not (verb[:2] in ("me", "be") or verb.lower() in self.lex.bare_verbs or hedged and not lower_role):
            return None  # "Mengutip Oddity Central, sama seperti …": no verb follows the name
        return whole_person(doc, ent, self.lex) if after is apposed else person(doc, ent, self.lex)

    def _unnamed_subject(self, doc: Doc, s: int, e: int, quoted: list[tuple[int, int]]) -> Speaker | None:
        """"Seorang warga yang enggan disebutkan namanya mengaku … . “…,” tuturnya.": an unnamed source as the
        subject of a speech verb in a sentence a quotation follows (not "saksi melanjutkan pekerjaannya" in a
        police officer's account)."""
        text = text_of(doc)
        if _QUOTATION_NEXT.match(text, e) is None:
            return None
        verb = self.speech_verb_re.search(text, s, min(e, s + 120))
        if verb is None or any(a <= verb.start() <= b for a, b in quoted):
            return None
        subj = subject_before(text, verb.start(), s, self.lex)
        if subj is None or _has_person(doc, s, verb.start()):
            return None  # "Ny. Imas, warga lainnya, yang menilai …": the role is a named person's
        speaker = resolve(doc, *subj, self.lex)
        if speaker is not None and not speaker.anonymous and self.withheld_re.search(text, *subj):
            return replace(speaker, anonymous=True)  # "istri tersangka yang enggan disebut namanya mengaku"
        if speaker is None or speaker.anonymous:
            return speaker
        return self._office(speaker)

    def _office(self, speaker: Speaker) -> Speaker | None:
        """An office named alone as the subject ("Kapolres hanya menjawab singkat", "Panglima TNI menegaskan"):
        its capitalised words, without the adverbs before the verb; None for any other phrase."""
        words = speaker.text.split()
        if not words or words[0].lower() not in self.lex.title_words or not words[0][:1].isupper():
            return None
        n = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        text = " ".join(words[:n])  # the phrase is one run of words with single spaces between them
        return replace(speaker, text=text, end=speaker.start + len(text)) if speaker.text.startswith(text) else None

    def _passive(self, doc: Doc, s: int, e: int, quoted: list[tuple[int, int]], ante: _Ante) -> Speaker | None:
        """"Hal itu disampaikan oleh Deputi …, Ridwan Djamaludin": the speaker after a passive speech verb."""
        text = text_of(doc)
        m = self.passive_re.search(text, s, e)
        if m is None or any(a <= m.start() <= b for a, b in quoted):
            return None
        ps, pe = phrase_after(text, m.end(), self.lex)
        words = text[ps:pe].split()
        if not words or words[0].lower() in self.lex.speaker_stops:
            return None  # "… ditegaskan (dengan UU lain)", "Dikatakan bahwa …": nobody is named
        return self._named(doc, ps, pe, ante).speaker

    def _claim_in(self, doc: Doc, s: int, e: int, ante: _Ante) -> tuple[Speaker, int, int] | None:
        text = text_of(doc)
        sent = text[s:e]
        prep = self.prep_re.search(sent)
        # not “…” Kata X (a tag)
        if prep is None and not text[max(0, s - 20) : s].rstrip().endswith(("”", '"', "’", "»")):
            prep = self.lead_prep_re.match(sent)  # "Kata Halim, kasusnya …"
        if prep and (prep.start() == 0 or sent[prep.start() - 2 : prep.start()].strip() in ("", ",")):
            ps = s + prep.end()
            comma = text.find(",", ps, e)
            if prep.group("nya") and comma == ps:  # "Menurutnya, …"
                return (ante.near, comma + 1 + (text[comma + 1 : comma + 2] == " "), e) if ante.near else None
            if comma != -1:
                speaker = self._resolve(doc, *phrase_after(text, ps, self.lex), ante)
                if speaker:
                    return speaker, comma + 1 + (text[comma + 1 : comma + 2] == " "), e
        tail = self.tail_tag_re.search(sent)
        if tail and tail.start() > 10:
            speaker = self._resolve(doc, *phrase_after(text, s + tail.end(), self.lex), ante)
            if speaker:
                return speaker, s, s + tail.start()
        # no comma can follow the one a tail verb's match opens with: only the last comma can open one
        last = sent.rfind(",")
        tailv = self.tail_verb_re.search(sent, last) if last >= 0 else None
        if tailv:
            speaker = self._resolve(doc, s + tailv.start(1), s + tailv.end(1), ante)
            if speaker:
                return speaker, s, s + tailv.start()
        for verb in self.claim_re.finditer(sent):
            prev = sent[: verb.start()].split()
            if not prev or prev[-1].lower() in self.lex.claim_blockers \
                    or self._quoted_at(s + verb.start()):
                continue  # "“Jangan percaya hoaks,” kata X": a verb quoted, however short, claims nothing
            if prev[-1].lower() in self.lex.modal_words:
                return None
            subj = subject_before(text, s + verb.start(), s, self.lex)
            speaker = self._resolve(doc, *subj, ante) if subj else None
            if speaker and not speaker.anonymous and speaker.text.islower():  # "(13/10) malam, mengatakan"
                speaker = self._subject(doc, s, e, [], self._persons)
            if speaker and subj and len(text[subj[0] : subj[1]].split()) <= 16:
                return speaker, s + verb.end(), e
            return None
        return None


def _starts_with_any(text: str, cues: tuple[str, ...]) -> bool:
    low = text.lower()
    return low.startswith(cues) and any(low == c or low.startswith(c + " ") for c in cues)


def _whole_sentence(text: str, m: Marked) -> bool:
    """Does `m` stand as a sentence of its own (after a sentence's end, before the next, ending on its punctuation),
    not a term quoted inside a sentence?"""
    k = m.open - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    starts_clean = k < 0 or text[k] in "\n.!?…”\"’»:"
    j = m.close + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    ends_clean = j >= len(text) or text[j] == "\n" or text[j].isupper() or text[j] in "“\"‘«("
    return starts_clean and ends_clean and m.words(text).rstrip()[-1:] in ".!?…,"

def _has_person(doc: Doc, start: int, end: int) -> bool:
    """Does text[start:end] hold a person entity?"""
    return any(e.label_ == "PER" and start <= e.start_char < end for e in ents_of(doc))


def _look_ahead(
    text: str, found: list[tuple[Marked, _Found]], timeline: list[tuple[int, Speaker]]
) -> list[tuple[Marked, _Found]]:
    """Speakers named only later: a pronoun tag before any name, an untagged quotation right before a tagged one."""
    out = list(found)
    for k in range(len(out) - 1, -1, -1):
        m, f = out[k]
        if f.speaker is not None and not f.cataphoric:
            continue
        speaker = None
        if f.cataphoric:
            speaker = next((sp for at, sp in timeline if at > m.close), None)
        elif k + 1 < len(out) and not text[m.close + 1 : out[k + 1][0].open].strip():
            speaker = out[k + 1][1].speaker
        if speaker is not None:
            out[k] = (m, _Found(speaker, f.tagged, f.tag_end))
    return out


def _with_role(speaker: Speaker, role: str | None) -> Speaker:
    if role is None:
        return speaker
    return replace(speaker, role=role)


def _sentence_start(starts: list[int], pos: int) -> int:
    k = bisect_right(starts, pos)
    return starts[k - 1] if k else 0


def _last_person(timeline: list[tuple[int, Speaker]], k: int, pos: int, window: int) -> Speaker | None:
    """What "ujarnya" or "ia" at `pos` refers to (`timeline[:k]` mentioned before it): the latest person or
    unnamed source within `window` characters, passing over organisations named since; the latest speaker of any
    kind when no person is that close."""
    for i in range(k - 1, -1, -1):
        at, speaker = timeline[i]
        if at < pos - window:
            break
        if not speaker.group:
            return speaker
    return timeline[k - 1][1] if k else None


def _key(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]+", " ", t).strip()


def _dedupe(quotes: list[tuple[Quote, bool]]) -> list[Quote]:
    """A quotation printed twice (a pull quote) is kept once, preferring the copy with a speaker tag; one with no
    speaker only when a speech verb tags it ("“…,” katanya" after nobody named: still somebody's words)."""
    kept: list[tuple[Quote, bool]] = []
    keys: list[str] = []
    for q, tagged in quotes:
        k = _key(q.text)
        dup = next((i for i, o in enumerate(keys) if k in o or o in k), None)
        if dup is None:
            kept.append((q, tagged))
            keys.append(k)
        elif (tagged and not kept[dup][1]) or (kept[dup][0].speaker is None and q.speaker is not None):
            kept[dup] = (q, tagged)
    return [q for q, tagged in kept if q.speaker is not None or tagged]

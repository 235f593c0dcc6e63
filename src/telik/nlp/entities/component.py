"""telik_entities: people, organisations and places (PER/ORG/GPE/LOC/FAC) with a canonical id each.

Candidates come from the gazetteer (PhraseMatcher), from rules over tokens (titles, reporting verbs,
appositions, head words, acronyms defined in the text) and from the trained NER, whose proposals it finds in
doc.ents (kept in doc.spans["ner"]); data/entities/model_precedence.yaml says which wins where they overlap.
All candidates go to doc.spans["entity_candidates"]; the resolved, non-overlapping ones to doc.ents, each
Span._.canonical set.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Container, Iterator
from dataclasses import dataclass
from itertools import chain, compress, count
from operator import attrgetter
from typing import Any, NamedTuple

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from telik.nlp.entities.alias_tokens import alias_words
from telik.nlp.entities.gazetteer import Entry, Gazetteer, fold, get_gazetteer
from telik.nlp.entities.linking import Mention, link, name_slug, org_slug, person_slug, slug
from telik.nlp.entities.precedence import Precedence, get_precedence
from telik.nlp.entities.rules import SEEN_LIMIT, Rules, get_rules
from telik.nlp.extensions import ENTITY_CANDIDATES_KEY, set_ents, set_span_value, text_of
from telik.nlp.time.vocab import get_vocab
from telik.regexgate import gated

#: Most letters of a suspect's initials ("MRF"); what may stand between them in a list.
_INITIALS = 4
_SHORT_FORM_WORDS = 4  # most capitalised words after "(Satgas)" that may end the name it shortens
_INITIALS_GLUE = frozenset({",", "(", ")", "dan", "serta", "&"})
# capital initials followed by an age in brackets ("yakni AS (25), BP (30)"): a person's initials, no name (gated:
# it opens with a lookbehind, so `re` would try it in full at every position)
_AGED_INITIALS = gated(re.compile(rf"(?<![\w-])([A-Z]{{1,{_INITIALS}}})[ \t]*\(\d{{1,2}}\)"))


#: Candidate sources, strongest first: on equal length the stronger one wins. CONTEXT (the words around say
#: this is no name: a suspect's initials, a holy month) outranks even the gazetteer: "berinisial AS" is not the
#: United States, "menjelang Ramadhan" no person.
CONTEXT, GAZETTEER, DEFINED, MODEL, RULE, PROPAGATED, FALLBACK = 7, 6, 5, 4, 3, 2, 1
#: Source names in the precedence file.
SOURCE_NAMES = {CONTEXT: "rule", GAZETTEER: "gazetteer", DEFINED: "defined", RULE: "rule",
                PROPAGATED: "propagated", FALLBACK: "fallback"}
#: Telik's labels in the NER's coarser scheme.
FAMILY = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
#: An alias of an Arabic article and one word ("Al-Shabaab"), written "al-Shabaab" too.
ARTICLE_NAME = re.compile(r"(?:Al|El|Ad|Ar|As|Asy|An|At|Az)-[A-Z][a-z]+$")
#: The number of a numbered command ("Kogabwilhan III", "Kodam XVII").
ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}")
#: Gazetteer files of towns whose one-word names are also people's names ("Kamal", "Bambang").
TOWN_KINDS = frozenset({"cities"})
#: Countries and provinces: before a name after an office, the office's ("Wakil Presiden Suriah Faruq El-Shara").
_REALMS = frozenset({"countries", "provinces_id"})
#: doc.spans key of the trained NER's own proposals, as it made them.
NER_KEY = "ner"
#: Label of a candidate that only keeps other rules off a name that is no entity (a ship's name).
NONE = ""
BREAKS = {".", "!", "?", "\u201c", "\u201d", '"', ":", "|", "\u2013", "\u2014", "-", "--", "(", "\u2018", "'"}
DOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]*\.(?:com|co\.id|co\.uk|net|org|id|tv|news)$", re.I)
CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}$")
INITIAL = re.compile(r"^[A-Z]\.$")
ROMAN = re.compile(r"^[IVX]{1,5}$")
ORDINAL = re.compile(r"^ke-?\d{1,4}$", re.I)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8})?$")
#: Apostrophes inside a word of a name: "Tabi'in", "Ta’ang".
APOSTROPHES = re.compile("['\u2019]")
#: "son of" / "daughter of" inside a run of capitalised words: a person's name though the model missed it
#: ("Amrozi bin Nurhasyim").
PATRONYMS = frozenset({"bin", "binti", "ibn", "bint"})
#: Lower-case words joining the words of a name: "Trade and Promotion Center", "Kebudayaan dan Pariwisata".
JOINS = frozenset({"and", "of", "for", "&", "dan", "untuk"})
#: A short form written as a word: "Makodam", "Densus", "Kemenlu".
SHORT_WORD = re.compile(r"^[A-Z][a-z]{3,9}$")
#: `layout_kind` letters: a line break, other white space, a full stop, another break, a word of over three
#: letters capitalised or not, anything else.
_NEWLINE, _SPACE, _STOP, _BREAK, _CAP_WORD, _LOW_WORD, _OTHER = "nsdbclw"
#: A sentence start: the first token after a break or a line break (or the text's first), white space skipped.
_SENTENCE_START = re.compile(f"(?:^|(?<=[{_NEWLINE}{_STOP}{_BREAK}])){_SPACE}*[^{_NEWLINE}{_SPACE}]")
#: The tokens of one line.
_LINE = re.compile(f"[^{_NEWLINE}]+")


class Word(NamedTuple):
    """What the rules ask of a word, remembered by its id (see `EntityRecognizer._word`)."""

    text: str
    low: str
    cap: bool
    starts_rule: bool
    kind: str
    web: bool


def layout_kind(text: str) -> str:
    """A token's letter for `_layout`: what `_SENTENCE_START` and `_headline_line` read."""
    if "\n" in text:
        return _NEWLINE
    if text.isspace():
        return _SPACE
    if text == ".":
        return _STOP
    if text in BREAKS:
        return _BREAK
    if len(text) > 3 and text.isalpha():
        return _CAP_WORD if text[0].isupper() else _LOW_WORD
    return _OTHER


def _headline_line(kinds: str) -> bool:
    """A title-case line, not a sentence (its tokens' `layout_kind` letters): most of its words of over three
    letters are capitalised, and it ends in no full stop."""
    caps = kinds.count(_CAP_WORD)
    words = caps + kinds.count(_LOW_WORD)
    return words >= 4 and kinds.rstrip(_SPACE)[-1:] != _STOP and caps >= 0.7 * words


def where(words: list[str], wanted: Container[str]) -> Iterator[int]:
    """The positions of the words that are in `wanted`, found by `map` and `compress` in C: most words are not,
    and a Python loop over every token costs more than the rules that follow."""
    return compress(count(), map(wanted.__contains__, words))


def web_name(text: str) -> bool:
    """A web outlet or a CamelCase brand: "korannews.com", "JurnalPatroliNews"."""
    return bool("." in text and DOMAIN.match(text) or text[:1].isupper() and CAMEL.match(text))


def _tails(name: str) -> list[str]:
    """The name's last words of two or more, from its second word on: "PT Kereta Api Indonesia" -> "Kereta Api
    Indonesia", "Api Indonesia"."""
    words = name.split()
    return [" ".join(words[k:]) for k in range(1, len(words) - 1)]


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words: "Badan Usaha Milik Negara" -> "bumn"."""
    return "".join(w[0].lower() for w in name.split() if w[:1].isupper())


def spells(acronym: str, name: str) -> bool:
    """The acronym's letters come in order from the name's words, starting with its first word.

    "Badan Nasional Penanggulangan Terorisme" spells "BNPT", "Perserikatan Bangsa-Bangsa" "PBB"; a name only
    named inside the expansion spells nothing: "Republik Indonesia" before "(PNRI)", "Indonesia" before "(KBBI)".
    """
    letters = [c for c in acronym.lower() if c.isalnum()]
    text = fold(name).replace("-", " ")
    if not letters or not text or letters[0] != text[0]:
        return False
    k = 0
    for c in text:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


@dataclass
class Candidate:
    start: int  # token offsets
    end: int
    label: str
    source: int
    canonical: str | None = None
    model_label: str = ""  # the NER's own label, for a proposal of the trained model


#: A candidate's first token, to sort by.
_START = attrgetter("start")


#: A candidate's end, to make its range of tokens.
_END = attrgetter("end")


def held_tokens(cands: list[Candidate]) -> set[int]:
    """The tokens the candidates cover, their ranges chained in C (a set comprehension steps through each in
    Python, and most results are asked for it several times)."""
    return set(chain.from_iterable(map(range, map(_START, cands), map(_END, cands))))


def _rank(c: Candidate) -> tuple[int, int, int]:
    """Which of two overlapping candidates wins: the longer, then the stronger source, then the earlier."""
    return (c.end - c.start, c.source, -c.start)


def _exact_only(alias: str, rules: Rules, entry: Entry) -> bool:
    """Acronyms, odd casing, ambiguous and common-word aliases match only as written."""
    letters = alias.replace(" ", "")
    if alias in entry.ambiguous or alias.lower() in rules.common:
        return True
    if not any(c.islower() for c in alias) and len(letters) <= 6:
        return True
    return " " not in alias and any(c.isupper() for c in alias[1:]) and any(c.islower() for c in alias) \
        and not ARTICLE_NAME.match(alias)


@Language.factory(
    "telik_entities",
    assigns=["doc.ents", "doc.spans", "span._.canonical"],
    default_config={"gazetteer": "gazetteer", "rules": "entities"},
)
def make_entities(nlp: Language, name: str, gazetteer: str, rules: str) -> EntityRecognizer:
    """The component over the gazetteer and name-rule folders (under telik/data, or absolute paths)."""
    return EntityRecognizer(nlp, get_gazetteer(gazetteer), get_rules(rules))


class EntityRecognizer:
    """Finds entity candidates, resolves overlaps, links every entity to a canonical id."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer | None = None, rules: Rules | None = None,
                 precedence: Precedence | None = None) -> None:
        self.gaz = gazetteer or get_gazetteer()
        self.rules = rules or get_rules()
        self.precedence = precedence or get_precedence()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        # the matchers take the words' hashes (their ORTH, or LOWER: the word lower-cased), as from a Doc
        exact: dict[str, list[list[int]]] = {}
        folded: dict[str, list[list[int]]] = {}
        pairs = list(self.gaz.aliases())
        strings = nlp.vocab.strings
        for (alias, entry), words in zip(pairs, alias_words(nlp.tokenizer, [a for a, _ in pairs]), strict=True):
            if _exact_only(alias, self.rules, entry):
                pattern = [strings.add(w) for w in words]
                target = exact
            else:
                pattern = [strings.add(w.lower()) for w in words]
                target = folded
            patterns = target.setdefault(entry.canonical, [])
            if pattern:  # spaCy skips an empty Doc, not an empty list
                patterns.append(pattern)
        for matcher, by_key in ((self.exact, exact), (self.folded, folded)):
            add: Any = matcher.add  # its stub says Docs; spaCy takes a Doc's hashes as a list too
            for key, hashes in by_key.items():
                add(key, hashes)
        self.title_words = self.rules.title_words
        #: listed people by the spelling key of each of their names: "Abu Bakar Bashir" is the listed "Abu Bakar
        #: Ba'asyir", "Volodymyr Zelenskiy" the listed "Volodymyr Zelensky" (spellings.yaml)
        self.spelled: dict[str, str] = {}
        for alias, entry in pairs:
            if entry.label == "PER":
                self.spelled.setdefault(person_slug(alias), entry.canonical)
        self._tokens_of: Doc | None = None
        self._tokens: list[Token] = []
        self._texts: list[str] = []
        self._lows: list[str] = []
        self._idx: list[int] = []
        self._capl: list[bool] = []
        self._text = ""
        self._caps: dict[str, bool] = {}
        self._words: dict[int, Word] = {}
        self._starts: list[int] = []
        self._kinds = ""
        self._web: tuple[bool, ...] = ()
        self._headline: set[int] = set()
        self._stops_names: set[int] = set()
        self._realms: set[int] = set()  # where a known country or province starts
        self._people: dict[int, int] = {}  # listed people's names: start -> end
        self.head_words = {h[0] for h in self.rules.prefix}
        self.weekdays = frozenset(get_vocab().weekdays)
        self.body_heads = {h[0] for h, label in self.rules.prefix.items() if label == "ORG" and len(h[0]) > 3}
        self._short_max = max(map(len, self.rules.short_heads), default=0)
        r = self.rules
        #: The words a rule of `rule_candidates` starts at besides capitalised words, commas and dotted words.
        self.rule_words = frozenset().union(r.titles.lengths, r.verbs_before.lengths, r.verbs_after, r.time_before,
                                            r.initials_after, r.unnamed_after.lengths, r.body_titles)
        #: The roles and titles of one word: one of them in the five words before a comma names the role of the
        #: name after it (asked at every comma, one set test for the five).
        self.one_word_roles = frozenset(p[0] for p in chain(r.roles, r.titles) if len(p) == 1)

    # -- token tests --------------------------------------------------------
    def tokens(self, doc: Doc) -> list[Token]:
        """The doc's tokens as a list, built once per doc (spaCy makes a new Token on every index), with their
        texts and lower-case forms in `_texts` and `_lows` (spaCy makes a new string on every `.text`), and
        their character offsets in `_idx` into the doc's text `_text` (a stretch of tokens is a slice of it), and
        `is_cap` of each in `_capl` (asked of most tokens, several times), the tokens a rule may start at in
        `_starts`, each token's `layout_kind` in the string `_kinds` and whether it is a web name in `_web`."""
        if self._tokens_of is not doc:
            self._tokens_of, self._tokens = doc, list(doc)
            # ids and offsets read from the doc's arrays, not each Token; most words were seen before
            words = list(map(self._words.get, doc.to_array(ORTH).tolist()))
            if None in words:
                toks = self._tokens
                words = [w or self._word(toks[i]) for i, w in enumerate(words)]
            texts, lows, capl, starts, kinds, web = zip(*words, strict=True) if words else ((),) * 6
            self._texts, self._lows, self._capl = list(texts), list(lows), list(capl)
            self._starts = list(compress(range(len(starts)), starts))  # most words start no rule
            self._kinds, self._web = "".join(kinds), web
            self._idx = doc.to_array(IDX).tolist()
            self._text = text_of(doc)
        return self._tokens

    def _word(self, tok: Token) -> Word:
        """A token's text, lower-case form, `is_cap`, whether a rule may start at it (`_starts_rule`), its
        `layout_kind` and whether it is a web name (`web_name`), remembered by the word's id (its `orth`): spaCy
        decodes a new string on every `.text` and `.lower_`, and most words come back in every article."""
        if len(self._words) >= SEEN_LIMIT:  # a corpus brings new words without end: stay bounded
            self._words.clear()
        text = tok.text
        low = tok.lower_
        web = web_name(text)
        word = self._words[tok.orth] = Word(text, low, self._cap(text, tok), self._starts_rule(text, low, web),
                                            layout_kind(text), web)
        return word

    def words(self, doc: Doc) -> tuple[list[str], list[str]]:
        """The doc's token texts and their lower-case forms, made once per doc."""
        self.tokens(doc)
        return self._texts, self._lows

    def is_cap(self, tok: Token) -> bool:
        """A capitalised word that can be part of a name."""
        return self._cap(tok.text, tok)

    def cap_at(self, doc: Doc, i: int) -> bool:
        """`is_cap` of the doc's token i."""
        if self._tokens_of is not doc:
            self.tokens(doc)
        return self._capl[i]

    def _cap(self, t: str, tok: Token) -> bool:
        """`is_cap` of a token whose text is `t`, remembered by text: it depends on the word alone."""
        hit = self._caps.get(t)
        if hit is None:
            if len(self._caps) >= SEEN_LIMIT:  # a corpus brings new words without end: stay bounded
                self._caps.clear()
            hit = self._caps[t] = (
                t[:1].isupper()
                and any(c.isalpha() for c in t)
                and not self.rules.is_common(tok.lower_)
                and not tok.like_url
            )
        return hit

    def name_end(self, doc: Doc, i: int, limit: int | None = None) -> int:
        """End of the person name that starts at token i (i itself when none does)."""
        toks = self.tokens(doc)
        texts, lows, capl = self._texts, self._lows, self._capl
        n = min(len(doc), limit or len(doc))
        j = i
        while j < n:
            low, text = lows[j], texts[j]
            if j == i and low in self.rules.name_prefixes and j + 1 < n and capl[j + 1] and text[:1].isupper() \
                    and (not toks[j].is_sent_start or capl[j] and low in self.rules.person_names) \
                    and lows[j + 1] not in self.title_words \
                    and not (lows[j + 1] in self.head_words and j + 2 < n and capl[j + 2]):
                j += 1  # "Lalu Muhammad Iqbal", "Imam Samudra" (not "Lalu, polisi ...", a sentence's "Lalu Budi
                continue  # pergi" or "Oleh Densus 88", nor the title of "Imam Masjid Istiqlal")
            if j == i and (low in self.title_words or low in self.head_words or ROMAN.match(text)) \
                    or low in self.body_heads:
                break  # "Hubungan Masyarakat Polda Sumatera": no person's name holds a body's head word
            if (capl[j] and (low not in self.title_words or j > i and low in self.rules.name_titles
                             and (j + 1 >= n or capl[j + 1] or not texts[j + 1][:1].isupper()))
                    and not toks[j].is_punct) \
                    or (INITIAL.match(text) and j > i) \
                    or (j > i and low in self.rules.name_prefixes and text[:1].isupper() and j + 1 < n and capl[j + 1]):
                j += 1
            elif low in self.rules.particles and j + 1 < n:
                if texts[j + 1] == "-" and not toks[j].whitespace_ and j + 2 < n and texts[j + 2][:1].isupper():
                    j += 3
                elif toks[j].whitespace_ and texts[j + 1][:1].isupper() and j > i \
                        and low not in ("de", "da", "la", "le"):
                    j += 2
                else:
                    break
            elif text == "-" and j > i and not toks[j - 1].whitespace_ and not toks[j].whitespace_ \
                    and j + 1 < n and (capl[j + 1] or j - 1 > i and self._syllable_after_hyphen(toks, j + 1)):
                j += 2
            else:
                break
        while j > i and (lows[j - 1] in self.rules.particles or texts[j - 1] == "-"):
            j -= 1
        return j

    # -- candidate finders --------------------------------------------------
    def gazetteer_candidates(self, doc: Doc) -> list[Candidate]:
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        out = []
        strings = doc.vocab.strings
        for matcher, folded in ((self.exact, False), (self.folded, True)):
            for match_id, start, end in matcher(doc):
                entry = self.gaz.get(strings[match_id])
                if entry is None:
                    continue
                if folded and not texts[start][:1].isupper() and entry.name[:1].isupper() and not (
                        lows[start] in self.rules.particles and end - start > 2 and texts[start + 1] == "-"
                        and texts[start + 2][:1].isupper()) and not self._feature_in_lower_case(doc, start, end):
                    continue  # "kantor berita Amaq" is not the name "Kantor Berita Amaq"
                if start >= 2 and texts[start - 1] == "-" and not toks[start - 2].whitespace_ \
                        and not toks[start - 1].whitespace_ and lows[start - 2] in self.rules.particles \
                        and texts[start - 2][:1].isupper() and not toks[start - 2].is_upper:
                    start -= 2  # "Al-Mayadin": the Arabic article belongs to the name ("AS-Inggris" is two)
                elif start >= 3 and texts[start - 1] == "-" and lows[start - 2] in self.rules.particles \
                        and texts[start - 2].islower() and not toks[start - 2].whitespace_ \
                        and self.cap_at(doc, start - 3) and lows[start - 3] not in self.head_words:
                    continue  # "Abdul-Malik al-Houthi": a family name after a given name, not the group
                if entry.kind in ("cities", "regions", "regencies_id", "districts_id") and end - start == 1 \
                        and lows[start] in self.rules.common \
                        and not (start and lows[start - 1] in self.rules.place_words):
                    continue  # "Serang", "Natal", "Batu": a place only after "di", "kota", ...
                out.append(Candidate(start, end, entry.label, GAZETTEER, entry.canonical))
        return self._confirm_ambiguous(doc, out)

    def _feature_in_lower_case(self, doc: Doc, start: int, end: int) -> bool:
        """A listed feature's name whose head is written in lower case: "laut Merah" is "Laut Merah", "selat Hormuz"
        "Selat Hormuz" (`lower_heads`; "pulau Jawa" is Jawa, named on its own, unless the head owns its name)."""
        lows = self._lows
        return lows[start] in self.rules.lower_heads and end - start > 1 and self._texts[start + 1][:1].isupper() \
            and not self._after_direction(start) \
            and (lows[start] in self.rules.own_name_heads or self.gaz.lookup(self.stretch(doc, start + 1, end)) is None)

    def _confirm_ambiguous(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """Ambiguous aliases ("IS") count only with a confirming word or another alias in the article."""
        lows = self.words(doc)[1]
        sure = {c.canonical for c in cands if not self._ambiguous(doc, c)}
        out = []
        for c in cands:
            entry = self._entry(c)
            if entry is not None and entry.ambiguous and self.stretch(doc, c.start, c.end) in entry.ambiguous:
                prev = lows[c.start - 1] if c.start else ""
                if c.canonical not in sure and prev not in entry.context:
                    continue
            out.append(c)
        return out

    def _entry(self, c: Candidate) -> Entry | None:
        """The gazetteer entry a candidate is linked to (None for one the gazetteer does not list)."""
        return self.gaz.get(c.canonical) if c.canonical else None

    def _ambiguous(self, doc: Doc, c: Candidate) -> bool:
        entry = self._entry(c)
        return entry is not None and bool(entry.ambiguous) and self.stretch(doc, c.start, c.end) in entry.ambiguous

    def rule_candidates(self, doc: Doc, starts: set[int], known: list[Candidate]) -> list[Candidate]:
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        out: list[Candidate] = []
        for m in _AGED_INITIALS.finditer(self._text):  # "yakni AS (25), BP (30)": no name (`doc.text` is rebuilt)
            initials = doc.char_span(m.start(1), m.end(1))
            if initials is not None:
                out.append(Candidate(initials.start, initials.end, NONE, CONTEXT))
        known_end = {c.start: c.end for c in known if c.label != "PER"}
        # a head word ending a listed name starts none: "Gubernur Papua Pegunungan Nikolaus Kondomo"
        inside_known = {t for c in known if c.label != "PER" for t in range(c.start + 1, c.end)}
        known_id = {c.start: c.canonical for c in known if c.label == "ORG" and c.canonical}
        self._stops_names = {
            c.start for c in known if c.label == "ORG" or ((e := self._entry(c)) is not None and e.kind == "countries")
        }
        self._people = {c.start: c.end for c in known if c.label == "PER"}
        self._realms = {c.start for c in known if (e := self._entry(c)) is not None and e.kind in _REALMS}
        titled: list[Candidate] = []
        n = len(doc)
        rules = self.rules
        for i in self._starts:
            text, low = texts[i], lows[i]
            # titles and ranks: the name after them (optionally after one place or body name)
            k = rules.titles.match(lows, i) if low in rules.titles.lengths else 0  # most words start no phrase
            if not k and low in rules.body_titles and text[:1].isupper() and self._before_body(lows, i + 1, known_id):
                out.append(Candidate(i, i + 1, NONE, CONTEXT))  # "Amir Jamaah Islamiyah ...": its leader, no name
                k = 1
            if k and (text[:1].isupper() or i not in starts) and not self._honours(lows, i):
                j = self.after_titles(doc, i + k, known_end)
                end = self.name_end(doc, j)
                # "Kapolsek Antang Kalang, Iptu Budi Santoso": the area, a comma, then the rank
                comma = int(end > j and end + 1 < n and texts[end] == "," and low in rules.area_offices)
                unit_end = end
                while end > j and not comma and unit_end < n and texts[unit_end][:1].isupper() \
                        and rules.is_common(lows[unit_end]) and not rules.titles.match(lows, unit_end):
                    unit_end += 1  # "Kasatgas Madago Raya Kombes Ade Sapari": an ordinary word ends the unit
                ranks_end = unit_end + comma
                while ranks_end < n and (k2 := rules.titles.match(lows, ranks_end)):
                    ranks_end += k2  # "Letkol Inf": a chain of ranks
                if ranks_end > unit_end + comma and self.name_end(doc, ranks_end) > ranks_end:
                    # the office's unit or area is no one ("Komando Operasi TNI Habema Letkol Inf Yogi Nugroho"),
                    # nor is a known place that begins it ("Kapolda Metro Jaya Irjen Idham Aziz": not the town Metro)
                    if not any(t in known_end for t in range(j, end)):  # "Siber Bareskrim Mabes Polri": bodies
                        out.append(Candidate(i + k if known_end.get(i + k) == j else j, unit_end, NONE, RULE))
                    end = j  # "Direktur Tindak Pidana Ekonomi Khusus Bareskrim Brigadir Jenderal Agung": a unit
                elif end > j and low in rules.area_offices and not any(
                    t in known_end or lows[t] in self.title_words for t in range(i + k, j)
                ):  # "kepada Kapolda Metro Jaya.": the area, no one ("Kapolda Papua Irjen Mathius": a rank first)
                    if not any(t in known_end for t in range(j, end)):
                        out.append(Candidate(i + k, end, NONE, RULE))
                    end = j
                if j not in known_end and (holder := self._place_holder(doc, j, end)) > j:
                    # "Wali Kota Mykolaiv Oleksandr Senkevych": the town nobody lists, then the holder
                    out.append(Candidate(j, holder, "GPE", RULE, org_slug(self.stretch(doc, j, holder))))
                    j = holder
                if end > j and not (end == j + 1 and toks[j].is_upper and len(toks[j]) >= 4) \
                        and not (j in self._realms and known_end[j] == end):
                    # "Komisaris Jenderal UNRWA": a body, no one; "juru bicara Kementerian Luar Negeri Inggris": the
                    # body's country, no one
                    titled.append(Candidate(j, end, "PER", RULE))
            # reporting verb before a name: "kata Colin P. Clarke"
            k = rules.verbs_before.match(lows, i) if low in rules.verbs_before.lengths else 0
            if k:
                j = i + k
                if not rules.titles.match(lows, j):  # "kata Kapolda Metro Jaya Irjen Idham Aziz": the title's rule
                    end = self.name_end(doc, j)
                    if end > j:
                        out.append(Candidate(j, end, "PER", RULE))
            # reporting verb after a name: "Allawi mengatakan"
            if low in rules.verbs_after and i > 0:
                j = i
                while j > 0 and (self.cap_at(doc, j - 1) or INITIAL.match(texts[j - 1])
                                 or (texts[j - 1] == "-" and j > 1 and lows[j - 2] in rules.particles)
                                 or (lows[j - 1] in rules.particles and j < i)
                                 or (lows[j - 1] in rules.name_prefixes and texts[j - 1][:1].isupper() and j < i
                                     and j > 1 and self.cap_at(doc, j - 2))):  # "Ribut Hari Wibowo menegaskan"
                    j -= 1
                # a title that began before the run ends inside it: "Direktur Utama Persija Gede Widiade"
                j = max([j] + [b + k for b in (j - 2, j - 1) if b >= 0 and (k := rules.titles.match(lows, b))])
                while j < i and (lows[j] in rules.particles or texts[j] == "-"
                                 or lows[j] in self.title_words or lows[j] in self.one_word_roles):
                    j += rules.titles.match(lows, j) or 1  # "Direktur Utama", not "Direktur" alone; a role
                    # is no part of the name either: "Pemimpin Hizbullah Naim Qassem mengatakan"
                if j in self._realms and known_end[j] < i:
                    j = known_end[j]  # the office's country: "Wakil Presiden Suriah Faruq El-Shara mengatakan"
                elif j not in known_end:
                    j = self._place_holder(doc, j, i)  # "Wali Kota Mykolaiv Oleksandr Senkevych menyebut"
                if j < i and self.name_end(doc, j) == i:
                    out.append(Candidate(j, i, "PER", RULE))
            # apposition: "Colin P. Clarke, seorang analis"
            if text == "," and i > 0 and i + 1 < n:
                j = i + 1
                if lows[j] in ("seorang", "sang", "selaku", "sebagai"):
                    j += 1
                elif lows[j] == "salah" and j + 2 < n and lows[j + 2] == "seorang":
                    j += 3
                if rules.roles.match(lows, j) or (
                    j > i + 1 and rules.titles.match(lows, j)
                ):
                    s = i
                    while s > 0 and (self.cap_at(doc, s - 1) or INITIAL.match(texts[s - 1])
                                     or texts[s - 1] == "-" or lows[s - 1] in rules.particles):
                        s -= 1
                    while s < i and (lows[s] in rules.particles or texts[s] == "-"):
                        s += 1
                    if s < i and self.name_end(doc, s) == i:
                        out.append(Candidate(s, i, "PER", RULE))
                # role before the comma, name after: "pemimpin ISIS, Abu Bakr al-Baghdadi"
                if not self.one_word_roles.isdisjoint(lows[max(0, i - 5):i]):
                    end = self.name_end(doc, i + 1)
                    if end - (i + 1) >= 2 or end == i + 2 and end + 1 < n and texts[end] == "," \
                            and texts[end + 1].islower() and lows[end + 1] not in rules.list_words \
                            and texts[i + 1].istitle() and APOSTROPHES.sub("", texts[i + 1]).isalpha() \
                            and i + 1 not in known_end and i + 1 not in inside_known:
                        out.append(Candidate(i + 1, end, "PER", RULE))  # one word between commas, a clause after:
                        # "Pelaku, Juhanda, merupakan" (not "Budi, SH,", "Marham, Cibubur, Jakarta", "Islam, Damai,
                        # dan")
            if lows[i] in rules.time_before and i + 1 < n and lows[i + 1] in rules.time_names:
                out.append(Candidate(i + 1, i + 2, NONE, CONTEXT))  # "menjelang Ramadhan": a time, no person
            if lows[i] in rules.initials_after:  # "berinisial D alias AIA, AS dan MK": initials are no names
                out += [Candidate(j, j + 1, NONE, CONTEXT) for j in self._initials(toks, i + 1)]
            # names of things that are no entity: "kapal kargo Galaxy Leader"
            k = rules.unnamed_after.match(lows, i) if lows[i] in rules.unnamed_after.lengths else 0
            if k and i + k < n and self.cap_at(doc, i + k) and i + k not in known_end:  # "jet tempur AS" is a country
                end = self.name_end(doc, i + k)
                if end > i + k:
                    out.append(Candidate(i + k, end, NONE, RULE))
            # head words: "Kementerian luar negeri Iran", "Brigade Babel", "Sungai Tigris"
            k = rules.heads.match(lows, i) if low in rules.heads.lengths and i not in inside_known \
                and (text[:1].isupper() or self._lower_head(i, known_end, known_id)) else 0
            if k and not (i and lows[i - 1] in rules.titles.lengths and rules.titles.match(lows, i - 1) >= 2):
                # a head word inside a title is none: "Komandan Lapangan Operasi ...", "Wali Kota Makassar ..."

                label = rules.prefix[tuple(lows[i:i + k])]
                end = self._head_end(doc, i + k, known_end, lists=label == "ORG", place=label == "GPE")
                if label == "FAC" and end == i + k and i + k in self._people:
                    end = self._people[i + k]  # "Rumah Sakit Erdogan": a building named after a listed person
                if tuple(lows[i:i + k]) in rules.street_heads:
                    end = self._street_end(doc, i + k, known_end)
                    out += self._street_place(doc, end)
                elif tuple(lows[i:i + k]) in rules.honour_heads and rules.titles.match(lows, i + k):
                    end = self._street_end(doc, i + k, known_end)  # "Bandara Sultan Hasanuddin": no one
                elif label == "ORG" or self._after_title(lows, i):  # "Ketua Dewan Adat Papua Dominikus Surabut",
                    # "Juru bicara Gedung Putih John Kirby": a body (or an office's building), a listed name ending it,
                    # then a person's name of two words or more ("Stadion Gelora Bandung Lautan Api" is one name)
                    holder = next((q for p in range(i, end) if i + k < (q := known_end.get(p, 0)) < end - 1
                                   and q not in known_end and self.name_end(doc, q) == end), end)
                    if self._after_title(lows, i):
                        if holder == end and label in ("ORG", "FAC") and not rules.titles.match(lows, end):
                            holder = self._holder(doc, i + k, end)  # (a rank after the body: its holder follows)
                            if any(t in known_end or t in inside_known for t in range(holder, end)):
                                holder = end  # "Kepolisian Daerah Istimewa Yogyakarta": a listed place, no one
                        if holder < end:
                            titled.append(Candidate(holder, end, "PER", RULE))
                    end = holder
                named = i + k  # past lower-case words: "Pasukan keamanan Somalia"
                while named < end and lows[named] in rules.connectors and texts[named].islower():
                    named += 1
                listed = named  # past capitalised ones before a listed body: "Pasukan Khusus Kopassus"
                while listed < end and lows[listed] in rules.connectors:
                    listed += 1
                if " ".join(lows[i:i + k]) in rules.generic_heads and (
                        (after := known_end.get(named)) is not None
                        and (after == end or known_end.get(after) == end and after in known_id)
                        or listed in known_id and known_end[listed] == end
                        or self._starts_head(doc, i + k)
                        or " ".join(lows[i:i + k]) in rules.troop_heads and self._commander(doc, i + k, end)):
                    # "Tentara Filipina": soldiers of a country, the country alone is named; "Harian Inggris The
                    # Guardian", "Kantor berita Palestina WAFA": a British daily, and the listed paper is the name;
                    # "Pasukan Angkatan Bersenjata Filipina": troops of the body named after them; "Pasukan Egianus
                    # Kogoya": troops of their commander
                    end = i + k
                if end > i + k:
                    place = self.stretch(doc, i + k, end)
                    inner = self.gaz.lookup(place) if label == "GPE" else None
                    # "Kampung Bilogai" and a later bare "Bilogai" are one place
                    canonical = inner.canonical if inner else org_slug(place) if label == "GPE" else None
                    if label == "LOC" and (whole := self.gaz.lookup(self.stretch(doc, i, end))) is not None:
                        canonical = whole.canonical  # "teluk Persia" in lower case is the listed "Teluk Persia"
                    if label == "ORG" and known_end.get(i + k) == end \
                            and (body := self.gaz.get(known_id.get(i + k, ""))) \
                            and body.name.lower().startswith(lows[i] + " "):
                        canonical = body.canonical  # "Satgas Operasi Damai Cartenz" is "Satgas Damai Cartenz"
                    out.append(Candidate(i, end, label, RULE, canonical))
            if self._web[i]:  # web outlets and CamelCase brands: "korannews.com", "JurnalPatroliNews"
                out.append(Candidate(i, i + 1, "ORG", RULE))
        out += self._initials_again(texts, out)
        bodies = []
        for c in out:  # "Juru Bicara Komisi Pemberantasan Korupsi Johan Budi": the titled person ends the body
            cut = min([c.end] + [p.start for p in titled if c.label == "ORG" and c.start < p.start < c.end])
            if cut == c.end or cut - c.start >= 2:  # a head word alone names no body: "Sekretaris Kabinet Dipo Alam"
                c.end = cut
                bodies.append(c)
        return bodies + titled

    @staticmethod
    def _initials_again(texts: list[str], found: list[Candidate]) -> list[Candidate]:
        """Initials the article introduced as a suspect's ("berinisial AS", "AS (25)") are his wherever they recur:
        "penangkapan AS" later on is no United States."""
        marked = {c.start for c in found if c.label == NONE and c.source == CONTEXT and c.end == c.start + 1}
        initials = {texts[i] for i in marked if texts[i].isupper() and texts[i].isalpha()}
        return [Candidate(i, i + 1, NONE, CONTEXT) for i, t in enumerate(texts) if t in initials and i not in marked]

    def _lower_head(self, i: int, known_end: dict[int, int], known_id: dict[int, str]) -> bool:
        """Token i is a natural feature's head in lower case before a name nobody lists (`lower_heads`): "di
        hutan Sambisa", "sungai Baliem" (not "hutan Papua", Papua's forests, nor "hutan Ali Kalora"), or before any
        place where the feature's name is its own (`own_name_heads`: "danau Chad" is the lake; "danau Mabes TNI" is
        a body's lake; "laut Pantai Timang" is the sea off a place named by its own head)."""
        low = self._lows[i]
        return low in self.rules.lower_heads and i + 1 < len(self._lows) and self._capl[i + 1] \
            and self._lows[i + 1] not in self.head_words and not self._after_direction(i) \
            and (i + 1 not in known_end or low in self.rules.own_name_heads and i + 1 not in known_id) \
            and i + 1 not in self._people

    def _after_direction(self, i: int) -> bool:
        """Token i ends a direction of two words ("barat laut Piedmont": north-west of it, no sea)."""
        return i > 0 and self.rules.directions.match(self._lows, i - 1) > 1

    def _before_body(self, lows: list[str], i: int, known_id: dict[int, str]) -> bool:
        """A body's name starts at token i: a listed organisation, or an ORG head word capitalised ("Amir Jamaah
        Islamiyah", "Amir Jamaah Ansharut Daulah", "Emir Front Al-Nusra")."""
        if i in known_id:
            return True
        k = self.rules.heads.match(lows, i) if i < len(lows) and self._texts[i][:1].isupper() else 0
        return bool(k) and self.rules.prefix[tuple(lows[i:i + k])] == "ORG"

    def _honours(self, lows: list[str], i: int) -> bool:
        """The title at token i follows the head of a building or school named after its holder: "Universitas
        Sultan Ageng Tirtayasa" names no one."""
        return any(tuple(lows[i - h:i]) in self.rules.honour_heads for h in (1, 2, 3) if h <= i)

    def _starts_rule(self, text: str, low: str, web: bool) -> bool:
        """A word a rule of `rule_candidates` may start at: `rule_words`, commas, capitalised head words and web
        names (each rule asks one of these first); most words start none (asked once per word, before the rules'
        loop)."""
        return low in self.rule_words or text == "," or web or low in self.rules.heads.lengths \
            and (text[:1].isupper() or low in self.rules.lower_heads)

    def after_titles(self, doc: Doc, j: int, known_end: dict[int, int]) -> int:
        """Where the name starts after a title: past further titles and the office's unit or place.

        "Presiden Rusia Vladimir Putin", "Menteri Pertahanan Ryamizard Ryacudu",
        "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Rudi Hartono".
        """
        toks = self.tokens(doc)
        j = self._past_stop(toks, j)
        lows = self._lows[j:j + 16]
        n, base, limit = len(doc), j, j + 10
        titles = self.rules.titles
        while j < min(n, limit):
            k = titles.match(lows, j - base)
            if k:
                j = self._past_stop(toks, j + k)
                continue
            tok = toks[j]
            if j in known_end:
                skip = known_end[j]
            elif tok.lower_ in self.rules.name_prefixes and self.name_end(doc, j) > j + 1:
                break  # "Juru Bicara Kemlu Lalu Muhammad Iqbal": the name begins with the title it holds
            elif tok.text == "(" and (k := titles.match(lows, j + 1 - base)) and j + 1 + k < n \
                    and toks[j + 1 + k].text == ")":
                skip = j + 2 + k  # "Letjen TNI (Purn) Agus Widjojo": a title in brackets
            elif tok.text[:1].isupper() and (h := self.rules.heads.match(lows, j - base)):
                skip = self._head_end(doc, j + h, known_end)
            elif tok.lower_ in self.rules.office_units and tok.is_lower and j > base and j + 1 < n \
                    and toks[j + 1].text[:1].isupper():
                skip = j + 2  # "Staf Ahli Mendikbud bidang Regulasi, ...": the office's field, no name
            elif tok.text[:1].isupper() and (self.rules.is_common(tok.lower_) or tok.is_upper) and tok.is_alpha \
                    or tok.lower_ in self.rules.connectors and j > base:
                skip = j + 1
            else:
                break
            if skip + 1 < n and toks[skip].lower_ in self.rules.office_places and skip + 1 in known_end:
                skip += 1  # "Konsul Jenderal RI di Jeddah Yusron B. Ambary": the office's place
            if skip >= n or not (toks[skip].text[:1].isupper() or toks[skip].lower_ in self.rules.connectors):
                break  # nothing name-like follows the unit: the title names no one here
            j = skip
        return j

    def _syllable_after_hyphen(self, toks: list[Token] | Doc, k: int) -> bool:
        """Token k is the lower-case syllable of a hyphenated Korean given name: "Shin Tae-yong", "Yoon Suk-yeol"
        (short words on both sides of a hyphen with no space, the first title-case, the second no ordinary word of
        three letters or more: "Moon Jae-in", not "De Niro-yang", "BKO-kan")."""
        if not 2 <= k < len(toks) or toks[k - 1].text != "-" or toks[k - 1].whitespace_ or toks[k - 2].whitespace_:
            return False
        first, syllable = toks[k - 2].text, toks[k]
        return syllable.is_lower and syllable.is_alpha and len(syllable) <= 4 and len(first) <= 4 \
            and first.istitle() and (len(syllable) <= 2 or not self.rules.is_common(syllable.lower_))

    @staticmethod
    def _past_stop(toks: list[Token], j: int) -> int:
        """Past the full stop written onto the short title before token j ("Kombes Pol. Budi Santoso": the
        tokenizer splits "Pol." and the sentence splitter ends a sentence there; "terduga." ends one)."""
        return j + 1 if 0 < j < len(toks) and toks[j].text == "." and not toks[j - 1].whitespace_ \
            and len(toks[j - 1]) <= 4 else j

    def _head_end(self, doc: Doc, j: int, known_end: dict[int, int], lists: bool = False,
                  place: bool = False) -> int:
        """End of the name after a head word: capitalised words, numbers and lower-case connectors.

        With `lists`, a comma list of fields belongs to the name: "Kementerian Koordinator Bidang
        Politik, Hukum, dan Keamanan". With `place`, another head word or a listed place after the first word
        starts the next level of the address: "Distrik Paro Kabupaten Nduga Papua Pegunungan" is three places.
        """
        toks = self.tokens(doc)
        texts = self._texts
        n = len(doc)
        end = first = j
        while j < n:
            tok = toks[j]
            if place and (j in known_end and end > first or self._starts_head(doc, j)) \
                    or j > first and tok.lower_ in self.weekdays:
                break  # "harian Inggris The Guardian, Senin": a weekday ends any name
            if tok.lower_ == "dan" and (j == first or j + 1 in known_end or self._starts_head(doc, j + 1)):
                break  # "Kementerian luar negeri Iran dan Kremlin", "Kampung Bilogai dan Kampung Titigi": two names;
                # "Sekolah dan Guru": a name never begins with "dan"
            if j == end and j > 0 and (k := self._ordinal_end(doc, j)):
                j = end = k  # "Brigade Infanteri ke-103"
                continue
            if lists and tok.text == "," and j == end and (k := self._field_list_end(doc, j, known_end)):
                j = end = k
                continue
            if j in known_end and j > end - 1:
                start, j = j, known_end[j]
                end = j
                if j < n and self.cap_at(doc, j) and j not in known_end and (start in self._stops_names or place):
                    break  # "Partai Golkar Aburizal Bakrie", "Negara Bagian Yobe Abdulkarim Dungus": a person follows
                continue
            if j in self._people:
                break  # "Ketua Mahkamah Konstitusi Mahfud MD": a listed person follows the body
            if j in self._headline and self.rules.is_common(tok.lower_) and tok.lower_ not in self.rules.connectors:
                break  # "Satgas Madago Raya Buru Sisa DPO": a headline's verb ends the name
            if (tok.text[:1].isupper() and (tok.is_alpha or APOSTROPHES.sub("", tok.text).isalpha())
                    or (tok.like_num or ROMAN.match(tok.text)) and j == end) and tok.lower_ not in self.title_words:
                j += 1
                end = j
            elif tok.text == "-" and j + 3 < n and not tok.whitespace_ and not toks[j - 1].whitespace_ \
                    and toks[j + 1].is_lower and len(toks[j + 1]) <= 2 and not toks[j + 1].whitespace_ \
                    and texts[j + 2] == "-" and not toks[j + 2].whitespace_ and texts[j + 3][:1].isupper():
                j += 3  # "Penjara Pul-e-Charkhi": a joining vowel between hyphens
            elif tok.lower_ in self.rules.connectors or (tok.text in ("-", "/") and not tok.whitespace_
                                                          and not toks[j - 1].whitespace_):
                j += 1
            else:
                break
        return end

    def _holder(self, doc: Doc, first: int, end: int) -> int:
        """Where the office holder's name starts in a body's run after a title (`end` when it holds none): at a
        known given name that begins a name of two words or more ending the run ("Juru Bicara Kementerian Luar
        Negeri Muhammad Iqbal", "... Lalu Muhammad Iqbal", "Direktur Utama PT Railink Heru Kuswanto"). A body
        whose own words are ordinary may end in any name ("Kementerian Dalam Negeri Benni Irwan") but many do
        not ("Badan Koordinasi Penanaman Modal"): only the known given name tells."""
        lows, rules = self._lows, self.rules
        return next((p for p in range(first + 1, end - 1) if (lows[p] in rules.person_names
                     or lows[p] in rules.name_prefixes) and self.name_end(doc, p) == end), end)

    def _commander(self, doc: Doc, start: int, end: int) -> bool:
        """The words from `start` to `end` after a troop head (`troop_heads`) are their commander's name: a listed
        person, or a name that begins with a known given name ("Pasukan Egianus Kogoya", "Pasukan Jose Mourinho";
        not "Pasukan Pemukul Reaksi Cepat")."""
        entry = self.gaz.lookup(self.stretch(doc, start, end))
        return entry is not None and entry.label == "PER" \
            or start < end and self._lows[start] in self.rules.person_names and self.name_end(doc, start) == end

    def _place_holder(self, doc: Doc, j: int, end: int) -> int:
        """Where the holder's name starts in the run of three words or more from token j to `end` after the title
        of an office held over a place (`place_offices`): at a known given name that begins a name ending the run,
        the words before it the place ("Wali Kota Mykolaiv Oleksandr Senkevych"); j when none does."""
        if end - j < 3 or not self._after_place_office(j):
            return j
        holder = self._holder(doc, j, end)
        return holder if holder < end else j

    def _street_end(self, doc: Doc, j: int, known_end: dict[int, int]) -> int:
        """End of a street's (or a building's) name, which may honour someone with a title: "Jalan Letjen S.
        Parman", "RSUD dr. Soetomo"."""
        toks = self.tokens(doc)
        texts = self._texts
        if j < len(doc) and texts[j] == "." and not toks[j - 1].whitespace_ and len(texts[j - 1]) <= 3:
            j += 1  # "Jl." tokenised as "Jl" "." (not a sentence's end: "di Gereja.")
        start = j
        while (k := self.rules.titles.match(self._lows[j:j + 4], 0)) \
                and (texts[j][:1].isupper() or len(texts[j].rstrip(".")) <= 3):  # "dr. Soetomo"
            j += k
            j += j < len(doc) and texts[j] == "."
        name = max(self._head_end(doc, j, known_end), self.name_end(doc, j))
        return name if name > j else self._head_end(doc, start, known_end)

    def _street_place(self, doc: Doc, end: int) -> list[Candidate]:
        """The capitalised name after a street and a comma is its district or city: "Jalan Dr Sumarno, Cakung"."""
        texts, lows = self.words(doc)
        if end + 1 >= len(doc) or texts[end] != "," or not self.cap_at(doc, end + 1) \
                or lows[end + 1] in self.title_words:
            return []
        stop = self.name_end(doc, end + 1)
        if stop <= end + 1:
            return []
        entry = self.gaz.lookup(self.stretch(doc, end + 1, stop))
        canonical = entry.canonical if entry else org_slug(self.stretch(doc, end + 1, stop))
        return [Candidate(end + 1, stop, entry.label if entry else "GPE", RULE, canonical)]

    def _starts_head(self, doc: Doc, j: int) -> bool:
        """A capitalised head word ("Kampung", "Kabupaten", "Polda") starts at token j."""
        texts = self.words(doc)[0]
        return j < len(doc) and texts[j][:1].isupper() and \
            bool(self.rules.heads.match(self._lows[j:j + 4], 0))

    def _ordinal_end(self, doc: Doc, j: int) -> int:
        """End of an ordinal that closes a unit's name ("ke-103", "ke 5"), or 0."""
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        if ORDINAL.match(texts[j]):
            return j + 1
        if lows[j] != "ke" or j + 1 >= len(doc):
            return 0
        k = j + 2 if texts[j + 1] == "-" and not toks[j].whitespace_ else j + 1
        return k + 1 if k < len(doc) and texts[k].isdigit() and len(texts[k]) <= 4 else 0

    def _field_list_end(self, doc: Doc, j: int, known_end: dict[int, int]) -> int:
        """End of ", Hukum, dan Keamanan" after a name word at token j - 1 (0 when no such list follows).

        Items are single capitalised words that no other rule explains, at least half of them ordinary
        words, and the list closes with "dan" + item: a list of entities ("Polri, dan TNI") is not one.
        """
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        n = len(doc)

        def item(k: int) -> bool:
            tok = toks[k] if k < n else None
            return tok is not None and tok.is_alpha and tok.text[:1].isupper() and k not in known_end \
                and tok.lower_ not in self.title_words and not self._starts_head(doc, k) \
                and not (k + 1 < n and texts[k + 1][:1].isupper())

        items: list[int] = []
        k = j
        while k < n and len(items) < 8:
            if texts[k] == "," and k + 1 < n and lows[k + 1] == "dan":
                k += 1
            if lows[k] == "dan":
                if not items or not item(k + 1):
                    return 0
                items.append(k + 1)
                common = sum(self.rules.is_common(lows[i]) for i in items)
                return k + 2 if 2 * common >= len(items) else 0
            if texts[k] != "," or not item(k + 1):
                return 0
            items.append(k + 1)
            k += 2
        return 0

    def direction_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """A known place followed by a direction is a region: "Irak Utara", "Eropa Timur"; a known place followed by
        an organisation's suffix word that ends the name is an organisation named after it: "Madura United",
        "Borneo FC"."""
        toks = self.tokens(doc)
        out = []
        texts, lows = self._texts, self._lows
        n = len(doc)
        for c in found:
            if c.source != GAZETTEER or c.label not in ("GPE", "LOC") or c.end >= n:
                continue
            k = self.rules.directions.match(lows, c.end)  # "Irak Utara", "Pasifik Barat"
            if k and toks[c.end].text[:1].isupper():
                words = "_".join(t.lower_ for t in doc[c.end:c.end + k])
                out.append(Candidate(c.start, c.end + k, "LOC", RULE, f"{c.canonical}_{words}"))
            elif texts[c.end][:1].isupper() and self.rules.suffix.get(lows[c.end]) == "ORG" \
                    and not (c.end + 1 < n and self.cap_at(doc, c.end + 1)) \
                    and not (c.start and self.cap_at(doc, c.start - 1)) \
                    and not (c.end + 1 < n and lows[c.end + 1] in JOINS):  # "Spiral Ventures Asia Ltd", "Africa
                out.append(Candidate(c.start, c.end + 1, "ORG", RULE))  # Centre for ...": a longer name
        return out

    def branch_candidates(self, doc: Doc, found: list[Candidate]) -> list[Candidate]:
        """An armed group, a branch word and a place name are the group's branch: "Negara Islam Provinsi Sinai"."""
        texts, lows = self.words(doc)
        out = []
        for c in found:
            entry = self.gaz.get(c.canonical) if c.canonical else None
            if entry is None or entry.kind != "armed_groups" or c.end + 1 >= len(doc) \
                    or lows[c.end] not in self.rules.branch_words or not texts[c.end][:1].isupper():
                continue
            end = self._head_end(doc, c.end + 1, {})
            if end > c.end + 1:
                known = self.gaz.lookup(self.stretch(doc, c.start, end))
                canonical = known.canonical if known and known.label == "ORG" else \
                    f"{c.canonical}_{org_slug(self.stretch(doc, c.end + 1, end))}"
                out.append(Candidate(c.start, end, "ORG", RULE, canonical))
        return out

    def meta_candidates(self, doc: Doc) -> list[Candidate]:
        """The article's outlet and wires, as the cleaner found them, are organisations."""
        meta = doc._.meta or {}
        names = [meta.get("outlet"), *(meta.get("wire") or [])]
        out = []
        # "ANTARA/Reuters" as one outlet is two agencies
        parts = (part.strip() for outlet in filter(None, names) for part in outlet.split("/") if part.strip())
        for name in dict.fromkeys(parts):
            for m in re.finditer(re.escape(name), text_of(doc)):
                span = doc.char_span(m.start(), m.end())
                if span is not None:
                    entry = self.gaz.lookup(name)
                    out.append(Candidate(span.start, span.end, "ORG", DEFINED,
                                         entry.canonical if entry and entry.label == "ORG" else None))
        return out

    def fallback_candidates(self, doc: Doc, starts: set[int], headline: set[int], taken: set[int]) -> list[Candidate]:
        """Runs of two or more capitalised words nobody else explained: people, or facilities by suffix."""
        toks = self.tokens(doc)
        lows = self._lows
        out = []
        n = len(doc)
        held = sorted(taken)
        titles = self.title_words
        pos = 0  # a run starts only at a free capitalised word past the end of the last one
        for i in [i for i in compress(count(), self._capl) if i not in headline and i not in taken
                  and lows[i] not in titles]:
            if i < pos:
                continue
            k = bisect_left(held, i)
            limit = held[k] if k < len(held) else n  # the first taken token after i
            end = self.name_end(doc, i, limit)
            end, joined = self._english_name_end(doc, end, limit)
            if end - i == 1 and self._bare_place(toks, i, end) and not toks[i].is_upper:
                out.append(Candidate(i, end, "GPE", FALLBACK))  # "di desa Mafa, Yobe"
            elif end - i >= 2 and not (i in starts and lows[i] in self.head_words):
                label = next((self.rules.suffix[w.lower_] for w in reversed(toks[i:end])
                              if w.lower_ in self.rules.suffix), "ORG" if joined else "PER")
                if label == "PER" and i > 0 and lows[i - 1] in self.rules.place_words:
                    label = "GPE"  # "di Deli Serdang", "ke Cabo Delgado": a place, not a person
                if not any(t.is_upper and len(t) > 1 for t in toks[i:end]) or label != "PER":
                    out.append(Candidate(i, end, label, FALLBACK))
            pos = max(end, i + 1)
        return out

    def _english_name_end(self, doc: Doc, end: int, limit: int) -> tuple[int, bool]:
        """Extend a capitalised run over English "of"/"for" joints: "Syrian Observatory for Human Rights"."""
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        joined = False
        if end < limit and texts[end][:1].isupper() and lows[end] in self.rules.suffix and end > 0 \
                and self.cap_at(doc, end - 1):
            end += 1  # "Susi Air": a suffix that is also a common word
            end = max(end, self.name_end(doc, end, limit))  # "Philippine News Agency"
        while end + 1 < limit and lows[end] in ("of", "for") and toks[end - 1].whitespace_ \
                and self.cap_at(doc, end + 1):
            nxt = self.name_end(doc, end + 1, limit)
            if nxt <= end + 1:
                break
            end, joined = nxt, True
        return end, joined

    def model_proposals(self, doc: Doc, headline: set[int]) -> list[Candidate]:
        """The trained NER's names (left in doc.ents by `ner`), typed by the gazetteer when it lists them."""
        prec = self.precedence
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        out = []
        for ent in doc.ents:
            if ent.label_ not in prec.labels or prec.skip_headlines and ent.start in headline:
                continue  # "Hermanus Tertangkap": in a title-case line every word looks like a name
            start, end = ent.start, ent.end
            if ent.label_ == "PER" and end - start >= 2 and all(w in self.title_words for w in lows[end - 2:end]):
                continue  # "Humas Polri Irjen Pol" (of "Irjen Pol. Sandi Nugroho"): a rank ends no one's name
            if ent.label_ in prec.strip_titles:
                while start < end and ((k := self.rules.titles.match(self._lows[start:end], 0))
                                       or self.rules.derived.match(lows[start])):
                    start += k or 1  # "Kombes Aswin Sipayung", "Mengutip Sputnik News": no part of the name
                start = self._after_ranks(start, end)
            elif lows[start] in self.rules.area_offices:
                start += 1  # "Kapolda Metro": a commander's office before its area is no part of a place
            elif self.rules.titles.match(lows[start:end], 0) == end - start and (
                    len(lows[start]) > 3 or end < len(doc) and texts[end][:1].isupper()):
                continue  # "Densus 88 AKP Hendra Gunawan", "sebagai KSAU": a rank is no body ("berbasis ARM" is)
            if start == end or prec.capitalised_edges and not (
                    texts[start][:1].isupper() and (texts[end - 1][:1].isupper() or (
                        texts[end - 1].isdigit() and texts[end - 2][:1].isupper())
                        or end - start >= 4 and self._syllable_after_hyphen(toks, end - 1))):
                continue  # "korban ledakan bom", "Abuja - sedikitnya 81", "Medi-call" are no names ("Moon Jae-in" is)
            if prec.no_breaks and any(t.text in BREAKS and t.text != "."
                                      and (t.whitespace_ or toks[t.i - 1].whitespace_)
                                      for t in toks[start + 1:end - 1]):
                continue  # "ALEPPO -- Kondisi": a dateline, not a name (an attached "-" or "." may be inside one)
            if prec.verb_prefixes and any(t.is_lower and len(t) >= 6 and t.lower_.startswith(prec.verb_prefixes)
                                          for t in toks[start + 1:end - 1]):
                continue  # "Hemedti menguasai El Geneina": a verb inside is no part of a name
            if any("\n" in t.text or "\n" in t.whitespace_ for t in toks[start : end - 1]):
                continue  # "Zunaidi Abdilah\n\nJauh": a name never runs on across a line break
            if prec.drop_common_only and all(self.rules.is_common(t.lower_) or not t.is_alpha for t in toks[start:end]):
                continue  # "Hari Raya", "Polda": ordinary words
            text = self.cand_text(doc, Candidate(start, end, "", MODEL))
            entry = self.gaz.lookup(text)
            if entry is None and ent.label_ == "LOC" and end - start == 1 and prec.places_in_context \
                    and not self._place_slot(toks, start):
                continue
            place = self._place_after_word(doc, toks, start, end) if entry is None and ent.label_ == "PER" else None
            label = ent.label_
            if entry is None and label == "LOC":  # "(Pengacara) Panji Gumilang": a place nobody lists that begins
                first = start                     # with a given name, after any titles, is a person
                while first < end and (k := self.rules.titles.match(lows[first:end], 0)):
                    first += k
                if end - first >= 2 and lows[first] in self.rules.person_names:
                    start, label = first, "PER"
            elif entry is None and label == "ORG" and end - start >= 3 and lows[start] in self.rules.troop_heads \
                    and self._commander(doc, start + 1, end):
                start, label = start + 1, "PER"  # "Pasukan Jose Mourinho": the troops of a person
            if entry is not None:
                out.append(Candidate(start, end, entry.label, MODEL, entry.canonical))
            elif place is not None:
                out.append(place)  # "Drone Ukraina menyerang": the country, not a person
            elif ent.label_ == "PER" and self._bare_place(toks, start, end):
                out.append(Candidate(start, end, "GPE", MODEL))  # "ke Mafa pada Senin malam"
            else:
                out.append(Candidate(start, end, self._head_label(toks, start, end) or prec.labels[label], MODEL))
            out[-1].model_label = label
        return out

    def _after_ranks(self, start: int, end: int) -> int:
        """Where a person's name starts after a chain of two or more title words inside the model's name, with two
        name words (no ordinary ones) after it: "Cenderawasih Letkol Inf Candra Kurniawan" (the unit's tail, the
        rank, the name)."""
        lows, titles = self._lows, self.rules.titles
        for p in range(start + 1, end - 3):
            q = p
            while q < end and lows[q] not in self.rules.name_titles and (k := titles.match(lows[q:end], 0)):
                q += k
            if q - p >= 2 and end - q >= 2 and all(self._capl[q:end]):  # not "Ajun Komisaris Polisi Sutardiyana"
                return q
        return start

    def _place_after_word(self, doc: Doc, toks: list[Token], start: int, end: int) -> Candidate | None:
        """A "person" made of a common noun capitalised at the sentence's start and a listed country or city
        ("Drone Ukraina menyerang", "Rudal Rusia menghantam"): the place alone, unless the word is a name or a head
        word of one."""
        first = toks[start]
        if end - start < 2 or not first.is_sent_start or not self.rules.is_common(first.lower_) \
                or first.lower_ in self.rules.person_names or first.lower_ in self.head_words:
            return None
        rest = self.gaz.lookup(self.cand_text(doc, Candidate(start + 1, end, "", MODEL)))
        if rest is None or rest.label != "GPE":
            return None
        return Candidate(start + 1, end, rest.label, MODEL, rest.canonical)

    def _bare_place(self, toks: list[Token], start: int, end: int) -> bool:
        """One unlisted word right after a word that introduces places (`places_after` in the precedence file),
        and neither a known person's name nor a head word ("di Balai Desa X" is the hall's)."""
        return end - start == 1 and start > 0 and toks[start - 1].lower_ in self.precedence.places_after \
            and toks[start].lower_ not in self.rules.person_names and toks[start].lower_ not in self.head_words

    def _place_slot(self, toks: list[Token], i: int) -> bool:
        """The word stands where a place does: after a place word, or before a comma and a listed place.

        Beside "alias" it stands where a person's name does, and `aliases_are_people` makes it one.
        """
        if i and toks[i - 1].lower_ in self.rules.place_words or self.rules.alias_words.match(self._lows, i + 1):
            return True
        if i + 2 < len(toks) and toks[i + 1].text == ",":
            return any((e := self.gaz.lookup(" ".join(t.text for t in toks[i + 2:i + 2 + n]))) is not None
                       and e.label in ("GPE", "LOC") for n in (1, 2))
        return False

    def _head_label(self, toks: list[Token], start: int, end: int) -> str | None:
        """The label a name's head word gives it ("Hotel Sultan" is a facility), if the precedence file says so."""
        if not self.precedence.head_labels:
            return None
        lows = [t.lower_ for t in toks[start:end]]
        k = self.rules.heads.match(lows, 0)
        return self.rules.prefix[tuple(lows[:k])] if k and k < end - start else None

    def lead_names(self, doc: Doc, cands: list[Candidate], known: list[Candidate]) -> None:
        """A person's name that starts with the office's unit or place is the name after it.

        "juru bicara Taliban Zahibullah Mujahid", "Ketua DPP Partai Golkar Hajriyanto Tohari mengatakan",
        "Ketua Fraksi Demokrat DPR Jafar Hafsah": a listed body or place (or its tail), a capitalised acronym of
        three or more letters, a unit that starts with a head word, or a capitalised ordinary word is no part of
        the name (the listed candidate stays and takes its place). At least two name words must remain (one after a
        listed body), so a one-word name after a unit stays to the model and the other rules. A foreign town's name
        that the model reads as the first name stays one: "Kapolri Bambang Hendarso Danuri" (Bambang is a Philippine
        town); an Indonesian
        city before a name is the person's place: "budayawan Magelang Sutanto Mendut".
        """
        toks = self.tokens(doc)
        lead = {i: c for c in known if c.label in ("GPE", "LOC", "ORG") and c.source == GAZETTEER
                for i in range(c.start, c.end)}
        known_end = {c.start: c.end for c in known if c.label != "PER"}
        lows, texts = self._lows, self._texts
        # short forms the article defines in brackets: "Tentara Arakan (AA) ... juru bicara AA Khaing Thukha"
        defined = {texts[i + 1] for i in where(texts, {"("}) if i + 2 < len(texts) and texts[i + 2] == ")"}
        for c in cands:
            if c.label != "PER" or c.source not in (RULE, MODEL):
                continue
            start = c.start
            while start < c.end:
                tok = toks[start]
                if start in lead and not (c.source == MODEL and self._foreign_town(lead[start])
                                          and not self._office_place(lead[start], c.end)):
                    nxt = lead[start].end
                elif start > c.start and (k := self.rules.titles.match(lows, start)):
                    nxt = start + k  # "Kapolda Sulteng Irjen Pol Rudy Sufahriadi": the rank after the area
                elif lows[start] in self.rules.name_prefixes and self.name_end(doc, start) > start + 1:
                    break  # "Lalu Muhammad Iqbal": a title that is part of the name
                elif tok.is_upper and tok.is_alpha and (len(tok) >= 3 or tok.text in defined) \
                        or self.rules.is_common(lows[start]) and tok.text[:1].isupper() and tok.is_alpha:
                    nxt = start + 1
                elif tok.text[:1].isupper() and (h := self.rules.heads.match(lows, start)):
                    nxt = self._head_end(doc, start + h, known_end)
                else:
                    break
                # "Ketua Umum Hanura Wiranto": after a listed body one name word may remain, but not a rank
                body = start in lead and lead[start].label == "ORG" and lows[c.end - 1] not in self.title_words
                if c.end - nxt < (1 if body else 2) or not all(
                        self.is_cap(t) or lows[t.i] in self.title_words or lows[t.i] in self.rules.particles
                        or lows[t.i] in self.rules.name_prefixes
                        or (start in lead or start > c.start) and t.text == "-" and t.i > nxt
                        for t in toks[nxt:c.end]):  # "Houthi Abdul-Malik al-Houthi": a hyphen inside the name
                    # after a listed name (not after a head word alone: "Tim Pigott-Smith")
                    break
                start = nxt
            c.start = start

    def combine(self, doc: Doc, cands: list[Candidate], proposals: list[Candidate]) -> list[Candidate]:
        """The resolved rule candidates and the model's proposals, overlaps settled by the precedence file.

        A fallback candidate counts as seen by the model under any name the NER found, even one the filters
        of `model_proposals` dropped.
        """
        prec = self.precedence
        covered = [False] * (len(doc) + 1)
        for ent in doc.ents:
            covered[ent.start:ent.end] = [True] * (ent.end - ent.start)
        beaten: set[int] = set()
        kept = []
        for p in proposals:
            over = [c for c in cands if c.start < p.end and p.start < c.end]
            if prec.person_tails and len(over) == 1 and self._person_tail(doc, p, over[0]):
                over[0].end = p.start  # "Ketua Komite Etik Rahmat Santosa": the body, then the person
                kept.append(p)
                continue
            if any((c.start, c.end) == (p.start, p.end) and c.label != NONE for c in over):
                continue  # same name: the candidate keeps its label and id
            if len(over) == 1 and self._person_after_body(doc, p, over[0]):
                kept.append(Candidate(over[0].end, p.end, "PER", MODEL, model_label="PER"))
                continue  # "dari Universitas Indonesia Ridlwan Habib": the body the rules read, then a person
            if any(c.label == NONE or not self._beats(p, c)
                   or self._patronymic(c) and c.end - c.start > p.end - p.start for c in over):
                continue  # "Siti Aisyah binti Hasan": the model's "Siti Aisyah" is only part of the name
            if not over and p.model_label not in prec.new_names:
                continue
            beaten.update(id(c) for c in over)
            kept.append(p)
        out = [c for c in cands if id(c) not in beaten and not (
            c.source == FALLBACK and c.label in prec.fallback_needs_model and not any(covered[c.start:c.end])
            and not self._patronymic(c))]
        return out + kept

    def _patronymic(self, c: Candidate) -> bool:
        """A person's name joined by "bin"/"binti" ("Amrozi bin Nurhasyim"): a name even where the model saw none
        or only a part of it."""
        return c.label == "PER" and not PATRONYMS.isdisjoint(self._lows[c.start + 1:c.end - 1])

    def _person_tail(self, doc: Doc, proposal: Candidate, cand: Candidate) -> bool:
        """A person of two or more words ends a rule's body name that a title introduces, leaving the body a
        head and at least one word."""
        if proposal.model_label != "PER" or cand.source != RULE or cand.label != "ORG" or proposal.end != cand.end \
                or proposal.end - proposal.start < 2 or proposal.start - cand.start < 2:
            return False
        return self._after_title([t.lower_ for t in self.tokens(doc)], cand.start)

    def _person_after_body(self, doc: Doc, proposal: Candidate, cand: Candidate) -> bool:
        """The model's organisation runs on past a body's name the head-word rules ended, over two or more words
        that read as a person's name and as nothing else (no ordinary word, no listed name)."""
        if proposal.model_label != "ORG" or cand.source != RULE or cand.label != "ORG" \
                or cand.start != proposal.start or proposal.end - cand.end < 2:
            return False
        texts, lows = self._texts, self._lows
        tail = range(cand.end, proposal.end)
        return lows[cand.end] not in self.title_words and all(
            texts[t][:1].isupper() and texts[t].isalpha() and not self.rules.is_common(lows[t])
            and lows[t] not in self.rules.suffix and lows[t] not in self.head_words for t in tail) \
            and self.gaz.lookup(self.stretch(doc, cand.end, proposal.end)) is None

    def _beats(self, proposal: Candidate, cand: Candidate) -> bool:
        """The proposal takes the overlapping candidate's place (by the precedence file)."""
        rule = self.precedence.winner(proposal.model_label, SOURCE_NAMES[cand.source])
        inside = cand.start <= proposal.start and proposal.end <= cand.end
        contains = proposal.start <= cand.start and cand.end <= proposal.end
        return rule == "model" or rule == "boundaries" and FAMILY.get(cand.label) == proposal.model_label \
            or rule == "wider" and FAMILY.get(cand.label) == proposal.model_label and contains \
            or rule == "heads" and FAMILY.get(cand.label) == proposal.model_label \
            and (contains or inside and proposal.end == cand.end) \
            or rule == "contains_name" and FAMILY.get(cand.label) in ("LOC", "PER") and contains \
            and proposal.end - proposal.start > cand.end - cand.start

    # -- resolution ---------------------------------------------------------
    @staticmethod
    def resolve(cands: list[Candidate]) -> list[Candidate]:
        """Longest first, then the stronger source; no two results overlap. Candidates already in order, none of
        them empty and each ending before the next (an earlier result with nothing new: most calls) are all kept,
        in that order; read from the end, where the new ones stand."""
        start = sys.maxsize
        for c in reversed(cands):
            if c.end > start or c.end <= c.start:
                break
            start = c.start
        else:
            return list(cands)
        taken = bytearray(max((c.end for c in cands), default=0))  # 1 where a result already stands
        out = []
        for c in sorted(cands, key=_rank, reverse=True):
            if taken.find(1, c.start, c.end) >= 0:
                continue
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            out.append(c)
        return sorted(out, key=_START)

    def acronyms(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """"Perserikatan Bangsa-bangsa (PBB)": the acronym takes the expansion's label and id everywhere."""
        texts = self.words(doc)[0]
        by_end = {c.end: c for c in chosen}
        defined: dict[str, Candidate] = {}
        for i in where(texts, {"("}):
            if 0 < i < len(doc) - 2 and texts[i + 2] == ")" and self._short_form(texts[i + 1], texts[i + 3:i + 4]):
                full = by_end.get(i)
                if full is not None and self._defines(texts[i + 1], self.cand_text(doc, full), full):
                    defined.setdefault(texts[i + 1], full)
        if not defined:
            return []  # most articles define no acronym: nothing below would change or add anything
        taken = held_tokens(chosen)
        known = {acr: self.gaz.lookup(acr) for acr in defined}
        for acr, full in defined.items():
            entry = known[acr]
            if full.source < GAZETTEER and entry is not None and entry.label == full.label \
                    and self._expands(self.stretch(doc, full.start, full.end), entry):
                full.canonical = entry.canonical  # "Badan Intelijen Pusat AS (CIA)": the listed CIA
        out = []
        for i in where(texts, defined):
            full = defined[texts[i]]
            if i not in taken:
                canonical = full.canonical or name_slug(self.stretch(doc, full.start, full.end), full.label)
                out.append(Candidate(i, i + 1, full.label, DEFINED, canonical))
        for c in chosen:
            text = self.stretch(doc, c.start, c.end)
            full = defined.get(text)
            entry = known.get(text)
            # a listed acronym keeps its id unless the article spells it out as something else:
            # "Angkatan Bersenjata Filipina (AFP)" is not the news agency
            if full is not None and c is not full and (c.source < GAZETTEER or entry is None or (
                    entry.label == full.label and not self._expands(self.stretch(doc, full.start, full.end), entry))):
                c.label = full.label
                c.canonical = full.canonical or name_slug(self.stretch(doc, full.start, full.end), full.label)
        return out

    def _short_form(self, text: str, after: list[str]) -> bool:
        """An acronym ("BNPT", "MER-C") or a short form written as a word ("Makodam"), never a title ("Kapolda") nor
        an ordinary word ("Persero"); a word inside a name shortens only its head ("Satuan Tugas (Satgas)
        Nemangkawi": no name "Satgas")."""
        if text.lower() in self.title_words:
            return False
        inside = bool(after) and (after[0][:1].isupper() or after[0].isdigit())
        return ACRONYM.match(text) is not None or SHORT_WORD.match(text) is not None \
            and not self.rules.is_common(text.lower()) and not inside

    def _defines(self, acronym: str, name: str, full: Candidate) -> bool:
        """"Name (ACR)" defines the acronym when the name spells it or is a listed expansion of it (CIA). An
        unlisted capital acronym after a body's name of two words or more is its short form too, though its
        letters come from the name in another language: "Tentara Kemerdekaan Kachin (KIA)" (Kachin Independence
        Army), unless a title or a capitalised word stands before the name (the acronym may be the office's,
        "Kepala Staf Angkatan Darat (KSAD)", or a longer name's, "Jakarta Convention Center (JCC)"), or the
        acronym is the initials of the name's last words (then it names them: "Kementerian Badan Usaha Milik
        Negara (BUMN)", "PT Waskita Karya dan PT Kereta Api Indonesia (KAI)"); a short form written as a word
        must spell the name ("Markas Komando Daerah Militer (Makodam)")."""
        entry = self.gaz.lookup(acronym)
        if not ACRONYM.match(acronym):
            return full.label in ("ORG", "FAC") and spells(acronym, name)
        return spells(acronym, name) or entry is not None and entry.label == full.label and self._expands(name, entry) \
            or entry is None and full.label == "ORG" and full.end - full.start >= 2 \
            and not self._after_title(self._lows, full.start) and not self._longer_name_before(full.start) \
            and not any(_initials(tail) == acronym.lower() for tail in _tails(name))

    def _longer_name_before(self, i: int) -> bool:
        """A capitalised word stands before token i, or before a joining word before it: the name found is the
        tail of a longer one ("Jakarta Convention Center", "Indonesia Trade and Promotion Center")."""
        texts, lows = self._texts, self._lows
        k = i - 1
        if k > 0 and lows[k] in JOINS:
            k -= 1
        return k >= 0 and texts[k][:1].isupper() and texts[k].isalpha() \
            and not (self._tokens[k].is_sent_start and self.rules.is_common(lows[k]))  # "Kelompok Tentara ..."

    @staticmethod
    def _expands(text: str, entry: Entry) -> bool:
        """The written-out name is one of the entry's names, or one of them begins the other."""
        text = fold(text)
        return any(" " in a and (text.startswith(fold(a)) or fold(a).startswith(text)) for a in entry.names) \
            or fold(entry.name) == text

    def numbered_units(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """"Detasemen Khusus (Densus) 88": a unit's name, its short form and number are one name.

        The id is the gazetteer's for "<short form> <number>" ("Densus 88"), else a slug of the name.
        """
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        by_end = {c.end: c for c in chosen if c.label == "ORG"}
        out = []
        for i in sorted(e for e in by_end if 0 < e < len(doc)):  # only where a body ends can a unit go on
            full = by_end[i]
            if full.source == GAZETTEER and ROMAN.fullmatch(texts[i]):
                # "Kogabwilhan III", "Kodam IV": the listed body's numbered command is a name of its own
                out.append(Candidate(full.start, i + 1, "ORG", DEFINED, f"{full.canonical}_{lows[i]}"))
                continue
            if i + 3 >= len(doc) or texts[i] != "(" or texts[i + 2] != ")" \
                    or not texts[i + 1][:1].isupper() or not toks[i + 1].is_alpha:
                continue
            if not (texts[i + 3].isdigit() or ROMAN.fullmatch(texts[i + 3])):
                named = self._short_form_name(doc, full.start, i)
                if named is not None:
                    out.append(named)
                continue
            end = i + 4
            if end + 1 < len(doc) and texts[end] == "/" and not toks[end - 1].whitespace_ \
                    and not toks[end].whitespace_ and texts[end + 1][:1].isupper():
                end += 2  # "Komando Daerah Militer (Kodam) XVII/Cenderawasih": the command's name after its number
            number = self.stretch(doc, i + 3, end)
            entry = self.gaz.lookup(f"{texts[i + 1]} {number}")
            short = self.gaz.lookup(texts[i + 1])
            canonical = entry.canonical if entry else f"{short.canonical}_{slug(number)}" if short \
                else org_slug(f"{texts[i + 1]} {number}")  # as the short form alone: "Kodam XVII/Cenderawasih"
            out.append(Candidate(full.start, end, "ORG", DEFINED, canonical))
        return out

    def _short_form_name(self, doc: Doc, start: int, i: int) -> Candidate | None:
        """"Satuan Tugas (Satgas) Madago Raya": a body's name, its short form in brackets and the words after it are
        one name when the gazetteer knows the short form with those words ("Satgas Madago Raya") and not those
        words alone."""
        texts = self._texts
        words: list[str] = []
        for j in range(i + 3, min(len(doc), i + 3 + _SHORT_FORM_WORDS)):
            if not (texts[j][:1].isupper() and doc[j].is_alpha):
                break
            words.append(texts[j])
        for k in range(len(words), 0, -1):
            tail = " ".join(words[:k])
            entry = self.gaz.lookup(f"{texts[i + 1]} {tail}")
            # "Badan Reserse Kriminal (Bareskrim) Polri": a body named after it is its parent, not part of its name
            if entry is not None and entry.label == "ORG" and self.gaz.lookup(tail) is None:
                return Candidate(start, i + 3 + k, "ORG", DEFINED, entry.canonical)
        if self.rules.prefix.get((texts[i + 1].lower(),)) != "ORG":
            return None
        for k in range(len(words), 0, -1):  # "Kepolisian Resor (Polres) Jayawijaya": a unit named after its place,
            place = self.gaz.lookup(" ".join(words[:k]))  # one id with "Polres Jayawijaya"
            if place is not None and place.label == "GPE":
                return Candidate(start, i + 3 + k, "ORG", DEFINED, f"{slug(texts[i + 1].lower())}_{place.canonical}")
        return None

    def _initials(self, toks: list[Token], start: int) -> list[int]:
        """The positions of a list of initials from `start`: "D alias AIA, AS dan MK", "HD (41) dan SW (29)"."""
        out, j = [], start
        while j < len(toks):
            tok = toks[j]
            if tok.is_alpha and tok.text.isupper() and len(tok.text) <= _INITIALS:
                out.append(j)
            elif not (tok.text in _INITIALS_GLUE or tok.like_num or (tok.lower_,) in self.rules.alias_words):
                break
            j += 1
        return out

    def known_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A word that is nearly always a person's name (person_names.txt) is a person's, whatever the model
        called it, and starts a name where nothing was found: "Agus digantikan Gatot Lupri Jantomo"."""
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        names = self.rules.person_names
        taken = held_tokens(chosen)
        for c in chosen:
            if c.end - c.start == 1 and c.label in ("ORG", "LOC", "GPE") and lows[c.start] in names \
                    and (c.source == MODEL and c.canonical is None or self._foreign_town(c)):
                end = self.name_end(doc, c.start)
                c.label, c.source, c.canonical = "PER", RULE, None
                if not any(t in taken for t in range(c.end, end)):
                    c.end = max(c.end, end)
        out = []
        for i in where(lows, names):
            if i in taken or not texts[i][:1].isupper() \
                    or i and texts[i - 1] in ("-", "/") and not toks[i - 1].whitespace_:
                continue
            end = self.name_end(doc, i)
            if end > i and not any(t in taken for t in range(i, end)):
                out.append(Candidate(i, end, "PER", RULE))
        return out

    def propagate(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Every later bare surname, or given name, of a person found in the article is that person too.

        A given name counts only when it starts one full name of the article ("Yudi" after "Yudi
        Kurniawan", not after both "Yudi Kurniawan" and "Yudi Santoso").
        """
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        taken = held_tokens(chosen)
        surnames: set[str] = set()
        given: dict[str, set[str]] = {}
        for c in chosen:
            if c.label == "PER" and c.end - c.start >= 2:
                last, first = toks[c.end - 1], toks[c.start]
                if self.is_cap(last) and len(last) >= 3:
                    surnames.add(last.text)
                if self.is_cap(first) and len(first) >= 3 and first.lower_ not in self.rules.particles:
                    given.setdefault(first.text, set()).add(self.cand_text(doc, c))
        names = surnames | {g for g, full in given.items() if len(full) == 1}
        for c in chosen:  # the model's bare "Agus" after "Agus Setiawan" is that person, as the file says
            if c.source == MODEL and c.end - c.start == 1 and c.canonical is None and texts[c.start] in names \
                    and self.precedence.winner(c.model_label, "propagated") == "source":
                c.label, c.source = "PER", PROPAGATED
            elif self._town_word(c) and texts[c.start] in names \
                    and not (c.start and lows[c.start - 1] in self.rules.place_words):
                # "kata Kamal" after "Kombes Ahmad Kamal": the person, though a town is called Kamal too
                # (a province or country is not: "Nduga, Papua" after "Trans Papua")
                c.label, c.source, c.canonical = "PER", PROPAGATED, None
        out = []
        for i in where(texts, names):
            if i not in taken and not (i + 1 < len(doc) and self.cap_at(doc, i + 1)) \
                    and not (i and texts[i - 1] in ("-", "/") and not toks[i - 1].whitespace_):
                out.append(Candidate(i, i + 1, "PER", PROPAGATED))
        return out

    def short_given_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """An initial or a shortened given name just before a person's name is part of it: "M. Ali Akbar",
        "Muh. Agus" (even where the model took "Muh" for a name of its own); so is a capitalised ordinary word
        that begins names (`name_prefixes`) before a name of two words or more, at a sentence's start only before
        a known given name or an initial: "napiter, Hari Budiman bin Sukardi", "Lalu Muhammad Iqbal mengatakan",
        "Lalu M. Faozal" (not "Lalu Budi pergi", "Lalu Noey Jeje bertanya")."""
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        at = {t: c for c in chosen for t in range(c.start, c.end)}
        dropped: set[int] = set()
        for c in chosen:
            if c.label != "PER" or id(c) in dropped:
                continue
            if c.end - c.start == 1 and lows[c.start] in self.rules.name_abbreviations \
                    and c.end + 1 < len(toks) and texts[c.end] == "." and not toks[c.start].whitespace_:
                end = self.name_end(doc, c.end + 1)
                if end > c.end + 1 and not any(t in at for t in range(c.end + 1, end)):
                    c.end = end  # the model's "Muh" of "Muh. Agus"
                continue
            if not c.start:
                continue
            before = toks[c.start - 1]
            if INITIAL.match(before.text):
                k = c.start - 1
            elif before.text == "." and c.start >= 2 and not toks[c.start - 2].whitespace_ \
                    and lows[c.start - 2] in self.rules.name_abbreviations:
                k = c.start - 2
            elif before.lower_ in self.rules.name_prefixes and before.text[:1].isupper() and c.end - c.start >= 2 \
                    and (not before.is_sent_start or lows[c.start] in self.rules.person_names
                         or INITIAL.match(texts[c.start]) or lows[c.start] in self.rules.name_abbreviations):
                k = c.start - 1
            else:
                continue
            other = at.get(k)
            if other is None or other.label == "PER" and other.start == k and other.end in (k + 1, c.start):
                if other is not None:
                    dropped.add(id(other))
                c.start = k
        return [c for c in chosen if id(c) not in dropped]

    def list_people(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """In a list of names where people stand on both sides (or before the closing "dan"), an unexplained
        capitalised item is a person too: "Jepry Simaremare, Alpianus, Muh. Agus, Yousafat, dan Aris Usi"."""
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        joins = self.rules.list_words
        people = [c for c in chosen if c.label == "PER"]
        taken = held_tokens(chosen)
        out: list[Candidate] = []
        for a, b in zip(people, people[1:], strict=False):
            items = self._list_items(doc, a.end, b.start, taken)
            if items is None:
                continue
            out += [Candidate(s, e, "PER", PROPAGATED) for s, e in items]
            k = b.end + 1  # "A, B dan C": the item after the closing join ends the list
            if k < len(toks) and lows[b.end] in joins and texts[b.end] != ",":
                end = self.name_end(doc, k)
                if end > k and not any(t in taken for t in range(k, end)) and (end == len(toks) or toks[end].is_punct):
                    out.append(Candidate(k, end, "PER", PROPAGATED))
        return out

    def _list_items(self, doc: Doc, start: int, end: int, taken: set[int]) -> list[tuple[int, int]] | None:
        """The names between two list items, or None when the words between are not list items and joins."""
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        if not (start < end and texts[start] == ","):
            return None
        items: list[tuple[int, int]] = []
        j = start
        while j < end:
            if lows[j] in self.rules.list_words:
                j += 1
                continue
            short = lows[j] in self.rules.name_abbreviations and j + 1 < end and texts[j + 1] == "."
            k = self.name_end(doc, j + 2 if short else j, limit=end)
            if k == j or k - j > 3 + short or any(t in taken for t in range(j, k)) or k < end \
                    and lows[k] not in self.rules.list_words:
                return None
            if k - j > 1 or len(toks[j]) > 1:  # "Alpianus, M, Muh. Agus": a lone letter names no one
                items.append((j, k))
            j = k
        return items

    def agree(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """A name the rules or the model guessed a person takes the place or body label it has elsewhere in the article.

        "di dekat kota Al-Busayrah ... desa-desa sekitar Al-Busayrah": the second is the town too.
        """
        sure: dict[str, Candidate] = {}
        guessed: dict[str, Candidate] = {}
        for c in chosen:
            if c.label != "PER" and c.source >= RULE:
                sure.setdefault(self.cand_text(doc, c), c)
            elif c.label in ("GPE", "LOC") and c.source == FALLBACK:
                guessed.setdefault(self.cand_text(doc, c), c)  # "di Deli Serdang": a place by its context
        for c in chosen:
            if c.label == "PER" and (c.source < RULE or c.source == MODEL):
                text = self.cand_text(doc, c)
                other = sure.get(text) or (guessed.get(text) if c.source in (FALLBACK, MODEL) else None)
                if other is not None:
                    c.label, c.canonical = other.label, other.canonical
        return chosen

    def alias_names(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """"Abu Rara alias Syahrial Alamsyah": a name nothing else explains on the other side of "alias" from a
        person is the same person's (a program's nickname, "program Juling alias Jumat Keliling", is no one's)."""
        texts, lows = self.words(doc)
        alias, n = self.rules.alias_words, len(doc)
        taken = held_tokens(chosen)
        out = []
        for c in chosen:
            if c.label != "PER":
                continue
            if (a := self._alias_link(c.end)) > c.end and a < n and (b := self.name_end(doc, a)) > a \
                    and not any(t in taken for t in range(a, b)):
                while b < n and b not in taken and texts[b][:1].isupper() and texts[b].isalpha() \
                        and lows[b] not in self.title_words and lows[b] not in self.head_words:
                    b += 1  # an alias of capitalised ordinary words: "Abu Muslim", "Abu Jihad"
                out.append(Candidate(a, b, "PER", RULE))
            if c.start >= 2 and (lows[c.start - 1],) in alias:
                a = c.start - 1
                while a > 0 and a - 1 not in taken and (self.cap_at(doc, a - 1) or INITIAL.match(texts[a - 1])):
                    a -= 1
                if a < c.start - 1 and self.name_end(doc, a) == c.start - 1:
                    out.append(Candidate(a, c.start - 1, "PER", RULE))
        return out

    def _alias_link(self, i: int) -> int:
        """Where a person's other name starts when a link of two names of one person starts at token i, the end of
        the first (`alias_words`, a comma before it, capitalised honorifics after it: "alias Abu Hamzah", ", yang
        dikenal sebagai Ali Ambon", "alias Pak Jenggot"); i when none does."""
        lows, texts = self._lows, self._texts
        j = i + 1 if i < len(lows) and lows[i] == "," else i
        k = self.rules.alias_words.match(lows, j)
        if not k:
            return i
        j += k
        while j + 1 < len(lows) and texts[j][:1].isupper() and self.rules.titles.match(lows, j) == 1:
            j += 1
        return j

    def aliases_are_people(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """"Husain alias Abu Hamzah": a name on either side of "alias" from a person is a person too, though a
        town is called so, and so is the same word elsewhere in the article, unless it stands in a place slot
        (returned as new candidates where nothing else stands)."""
        toks = self.tokens(doc)
        texts, lows = self._texts, self._lows
        people: set[str] = set()
        for a, b in zip(chosen, chosen[1:], strict=False):
            if b.start == self._alias_link(a.end) > a.end:
                people.update(texts[c.start] for one, c in ((a, b), (b, a))
                              if one.label == "PER" and self._town_word(c))
        if not people:
            return []
        for c in chosen:
            if c.label != "PER" and texts[c.start] in people and self._town_word(c) \
                    and not (c.start and lows[c.start - 1] in self.rules.place_words):
                c.label, c.source, c.canonical = "PER", PROPAGATED, None
        taken = held_tokens(chosen)
        return [Candidate(i, i + 1, "PER", PROPAGATED) for i in where(self._texts, people)
                if i not in taken and not (i and lows[i - 1] in self.rules.place_words)
                and not (i + 1 < len(toks) and self.cap_at(doc, i + 1))]

    def unit_ids(self, doc: Doc, chosen: list[Candidate]) -> None:
        """Ids for bodies nobody listed that are named after a listed place or body, so that every spelling of
        the place gives one id: "Polda Sulteng", "Polda Sulawesi Tengah" and "Kepolisian Daerah Sulawesi Tengah" (a
        head written out, `short_heads` in org_heads.yaml) are `polda_central_sulawesi`;
        "Detasemen Khusus 88 Antiteror Polri" (a listed name, then its parent's) is `densus_88`."""
        toks = self.tokens(doc)
        for c in chosen:
            if c.label != "ORG" or c.canonical is not None or c.end - c.start < 2:
                continue
            lows = self._lows[c.start:c.end]
            k = self.rules.heads.match(lows, 0)
            place = self.gaz.lookup(self.cand_text(doc, Candidate(c.start + k, c.end, "", RULE))) if k else None
            if place is not None and place.label == "GPE" and self.rules.prefix.get(tuple(lows[:k])) == "ORG":
                head = self.rules.short_heads.get(tuple(lows[:k]), " ".join(lows[:k]))  # "Kejaksaan Negeri": Kejari
                c.canonical = f"{slug(head)}_{place.canonical}"
                continue
            if tuple(lows) not in self.rules.short_heads and (
                    long := next((n for n in range(min(self._short_max, len(lows) - 1), 1, -1)
                                  if tuple(lows[:n]) in self.rules.short_heads), 0)):
                c.canonical = self._short_id(doc, self.rules.short_heads[tuple(lows[:long])], c.start + long, c.end)
                continue
            parent = self.gaz.lookup(toks[c.end - 1].text)
            body = self.gaz.lookup(self.cand_text(doc, Candidate(c.start, c.end - 1, "", RULE)))
            if parent is not None and body is not None and body.parent == parent.canonical:
                c.canonical = body.canonical

    def attacked_posts(self, doc: Doc, chosen: list[Candidate]) -> None:
        """A territorial unit right after an attack on a place is its post, a facility with the unit's id ("KKB
        menyerang Polsek Sinak"); "Pos" before a listed body there is the body's post ("menembaki Pos TNI": no id of
        the TNI's). Elsewhere the unit stays a body ("Polsek Sinak menangkap dua pelaku")."""
        texts, lows = self.words(doc)
        rules = self.rules
        for c in chosen:
            if c.label != "ORG":
                continue
            start = c.start - 1 if c.start and lows[c.start - 1] in rules.site_units and texts[c.start - 1] == "Pos" \
                else c.start
            if lows[start] in rules.site_units and rules.site_before.match_before(lows, start):
                if start < c.start:
                    c.start, c.canonical = start, None
                c.label = "FAC"

    def _short_id(self, doc: Doc, short: str, start: int, end: int) -> str:
        """The id of a unit written out as by its short form: "Kepolisian Daerah Lampung" as "Polda Lampung"
        (`polda_lampung`), "Kepolisian Daerah Metro Jaya" as the listed Polda Metro Jaya, else as its slug."""
        rest = self.stretch(doc, start, end)
        place = self.gaz.lookup(rest)
        if place is not None and place.label == "GPE":
            return f"{slug(short)}_{place.canonical}"
        unit = self.gaz.lookup(f"{short} {rest}")
        return unit.canonical if unit is not None and unit.label == "ORG" else org_slug(f"{short} {rest}")

    def section_names(self, chosen: list[Candidate]) -> list[Candidate]:
        """A "person" between a title and the body whose office it names, when a rank and the office holder's
        name follow the body, is the office's section: "Kasubdit Kontra Ideologi Direktorat Pencegahan BNPT
        Kolonel Inf Sujatmiko" (one holder, named last)."""
        lows = self._lows
        drop = set()
        for a, b, c in zip(chosen, chosen[1:], chosen[2:], strict=False):
            if a.label == "PER" and b.label == "ORG" and c.label == "PER" and b.start == a.end \
                    and c.start > b.end and self._after_title(lows, a.start):
                j = b.end
                while j < c.start and (k := self.rules.titles.match(lows[j:c.start], 0)):
                    j += k
                if j == c.start:
                    drop.add(id(a))
        return [c for c in chosen if id(c) not in drop] if drop else chosen

    def office_sections(self, doc: Doc, chosen: list[Candidate]) -> None:
        """After a title, a section of an office before the body it belongs to is part of the office: "Kepala Biro
        Penerangan Masyarakat Divisi Humas Polri" names Divisi Humas Polri (office_units in org_heads.yaml)."""
        toks = self.tokens(doc)
        lows = self._lows
        for c in chosen:
            if c.label != "ORG" or c.source != RULE or lows[c.start] not in self.rules.office_units \
                    or not self._after_title(lows, c.start):
                continue
            for k in range(c.start + 2, c.end - 1):
                body = Candidate(k, c.end, "ORG", RULE)
                entry = self.gaz.lookup(self.cand_text(doc, body))
                if toks[k].text[:1].isupper() and (self.rules.heads.match(lows, k) or entry is not None):
                    c.start, c.canonical = k, entry.canonical if entry is not None and entry.label == "ORG" else None
                    break

    def _after_title(self, lows: list[str], i: int) -> bool:
        """A title ends right before token i ("Kepala", "Wakil Ketua")."""
        before = lows[max(0, i - 3):i]
        return any(self.rules.titles.match(before, j) == len(before) - j for j in range(len(before)))

    def _office_place(self, town: Candidate, end: int) -> bool:
        """The town right after the title of an office held over a place is the office's place when a known given
        name (or a word that begins names) after it starts a name of two words or more ending at `end`: "Gubernur
        Odesa Oleh Kiper", "Gubernur Kherson Oleksandr Prokudin" (not the given name "Leo" of "AKBP Leo Andi
        Gunawan")."""
        lows = self._lows
        return end - town.end >= 2 and self._after_place_office(town.start) \
            and (lows[town.end] in self.rules.person_names or lows[town.end] in self.rules.name_prefixes)

    def _after_place_office(self, j: int) -> bool:
        """The title of an office held over a place (`place_offices`) ends right before token j."""
        lows = self._lows
        return any(" ".join(lows[b:j]) in self.rules.place_offices for b in range(max(0, j - 3), j))

    def _foreign_town(self, c: Candidate) -> bool:
        """A one-word town abroad: in Indonesian news more often a person's given name ("Bambang")."""
        entry = self._entry(c)
        return self._town_word(c) and entry is not None and entry.country not in (None, "ID")

    def _town_word(self, c: Candidate) -> bool:
        """A one-word place that may as well be a person's name (a town, or a place nobody lists)."""
        entry = self._entry(c)
        return c.label in ("GPE", "LOC") and c.end - c.start == 1 and (entry is None or entry.kind in TOWN_KINDS)

    def cand_text(self, doc: Doc, c: Candidate) -> str:
        """A candidate's text: a slice of the doc's text, from its first token's offset to its last token's
        end (cheaper than making a Span, or joining the tokens' texts with their white space). An empty one
        (`unit_ids`' rest of a name that is all head words) reads as the token before its end, as always."""
        self.tokens(doc)
        last = c.end - 1
        return self._text[self._idx[c.start]:self._idx[last] + len(self._texts[last])] if c.start <= last \
            else self._texts[last]

    def stretch(self, doc: Doc, start: int, end: int) -> str:
        """`doc[start:end].text` (start >= 0), as a slice of the doc's text: spaCy's makes a Token per token."""
        self.tokens(doc)
        end = min(end, len(self._texts))
        if start >= end:
            return ""
        return self._text[self._idx[start]:self._idx[end - 1] + len(self._texts[end - 1])]

    # -- the component ------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._annotate(doc)
        finally:  # hold no reference to the doc: a huge one would be freed inside the next article's time
            self._tokens_of, self._tokens, self._texts, self._lows, self._idx, self._text = None, [], [], [], [], ""
            self._capl, self._starts, self._kinds, self._web = [], [], "", ()

    def _annotate(self, doc: Doc) -> Doc:
        starts, headline = self._layout(doc)
        self._headline = headline
        proposals = self.model_proposals(doc, headline)
        doc.spans[NER_KEY] = list(doc.ents)
        gaz = self.gazetteer_candidates(doc)
        rules = self.rule_candidates(doc, starts, gaz)
        self.lead_names(doc, rules + proposals, gaz)
        cands = gaz + rules + self.direction_candidates(doc, gaz) + self.branch_candidates(doc, gaz) \
            + self.meta_candidates(doc)
        cands = self._without_sentence_initial_noise(doc, cands, starts)
        chosen = self.resolve(cands)
        taken = held_tokens(chosen)
        gaps = self.fallback_candidates(doc, starts, headline, taken)
        if doc.has_annotation("ENT_IOB"):  # the trained NER ran (without it, the rules alone decide)
            combined = self.combine(doc, chosen + gaps, proposals)
            held = held_tokens(combined)
            # a candidate the longer one it lost to hid comes back when a proposal beat that one and left it
            # free: "Satgas Tinombala" once the model keeps "Polri" of "Satgas Tinombala TNI-Polri"
            freed = [c for c in cands if c.label != NONE and not any(t in held for t in range(c.start, c.end))]
            chosen = self.resolve(combined + freed)
        else:
            chosen = self.resolve(chosen + gaps)
        chosen = self.resolve(chosen + self.numbered_units(doc, chosen))
        chosen = self.resolve(chosen + self.acronyms(doc, chosen))
        chosen = self.resolve(chosen + self.known_names(doc, chosen))
        chosen = self.resolve(chosen + self.propagate(doc, chosen))
        chosen = self.short_given_names(doc, chosen)
        chosen = self.resolve(chosen + self.list_people(doc, chosen))
        chosen = self.agree(doc, [c for c in chosen if c.label != NONE])
        chosen = self.resolve(chosen + self.alias_names(doc, chosen))
        chosen = self.resolve(chosen + self.aliases_are_people(doc, chosen))
        chosen = self.section_names(chosen)
        self.office_sections(doc, chosen)
        self.unit_ids(doc, chosen)
        self.attacked_posts(doc, chosen)
        doc.spans[ENTITY_CANDIDATES_KEY] = [Span(doc, c.start, c.end, label=c.label) for c in cands if c.label != NONE]
        texts = [self.cand_text(doc, c) for c in chosen]
        mentions = [Mention(text, c.label, c.canonical or (self.spelled.get(person_slug(text)) if c.label == "PER"
                                                          else None)) for text, c in zip(texts, chosen, strict=True)]
        link(mentions)
        self._join_aliases(doc, chosen, mentions)
        for span, m in zip(set_ents(doc, [Span(doc, c.start, c.end, label=c.label) for c in chosen]), mentions,
                           strict=True):
            set_span_value(span, "canonical", m.canonical)
        return doc

    def _join_aliases(self, doc: Doc, chosen: list[Candidate], mentions: list[Mention]) -> None:
        """"Yudi Kurniawan alias Abu Hamzah": the second name is the first person's too."""
        self.tokens(doc)
        for a, b, ma, mb in zip(chosen, chosen[1:], mentions, mentions[1:], strict=False):
            if a.label == b.label == "PER" and b.start == self._alias_link(a.end) > a.end:
                old, new = mb.canonical, ma.canonical
                for m in mentions:
                    if m.canonical == old:
                        m.canonical = new

    def _without_sentence_initial_noise(self, doc: Doc, cands: list[Candidate], starts: set[int]) -> list[Candidate]:
        """The candidates but the rule candidates of one common word at a sentence start: just capitalised words."""
        lows, common = self.words(doc)[1], self.rules.common
        return [c for c in cands if not (c.source == RULE and c.end - c.start == 1 and c.start in starts
                                         and lows[c.start] in common)]

    def _layout(self, doc: Doc) -> tuple[set[int], set[int]]:
        """Sentence-start tokens, and tokens of headline-style lines (most words capitalised), read from the
        tokens' `layout_kind` letters by regex, not a visit of every token."""
        self.tokens(doc)
        kinds = self._kinds
        # a start follows a break or a line break (or opens the text), white space between them skipped
        starts = {m.end() - 1 for m in _SENTENCE_START.finditer(kinds)}
        headline: set[int] = set()
        for m in _LINE.finditer(kinds):
            if _headline_line(m.group()):
                headline.update(i for i in range(m.start(), m.end()) if kinds[i] != _SPACE)
        return starts, headline

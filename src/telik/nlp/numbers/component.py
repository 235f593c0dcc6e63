"""The telik_numbers component: figures ("sedikitnya 60 orang", "400-500 petempur", "1,5 juta") with qualifier,
unit and kind.

The language knowledge (number words, qualifiers, units, casualty cues) is in telik/data/numbers.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from telik.model import Figure
from telik.nlp.extensions import FIGURES_KEY, dates_of, set_span_value, text_of
from telik.nlp.numbers.vocab import get_number_vocab, parse_number_words
from telik.nlp.time.find import find_dates
from telik.regexgate import Words, matches_at, word_places
from telik.wordmatch import alternation


@dataclass(frozen=True)
class _Patterns:
    atom: re.Pattern[str]
    #: what an atom that starts with no digit starts with: a currency (after a digit too), a word (see `atom_words`)
    currencies: Words
    atom_words: Words
    qualifier: re.Pattern[str]
    cue_before: re.Pattern[str]
    cue_after: re.Pattern[str]
    joiner: re.Pattern[str]
    opener: re.Pattern[str]
    #: "15 polisi dan beberapa (warga sipil tewas)": a figure's unit, then an unstated or vague count joined to it
    vague_joined: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    nv = get_number_vocab()
    atom = atom_source()
    return _Patterns(
        # tried only where a digit run or one of its words starts (`_atoms`); each alternative demands no letter
        # before it (a non-word or, for a currency, a digit)
        atom=re.compile(rf"(?<![^\W\d_])(?:{atom})", re.IGNORECASE),
        currencies=Words.of(nv.currencies, inside=True),
        atom_words=Words.of(atom_words()),
        qualifier=re.compile(rf"(?<![\w-])(?P<q>{alternation(nv.qualifiers)})\s{{1,3}}$", re.IGNORECASE),
        cue_before=re.compile(rf"(?<![\w-]){alternation([*nv.cues_before, *nv.cues_after])}(?![\w-])", re.IGNORECASE),
        cue_after=re.compile(rf"(?<![\w-])(?:{alternation(nv.cues_after)})(?![\w-])", re.IGNORECASE),
        joiner=re.compile(rf"^\s{{0,2}}(?:{alternation(nv.range_joiners | {'atau'})})\s{{0,2}}$", re.IGNORECASE),
        opener=re.compile(rf"(?<![\w-])(?:{alternation(nv.range_openers)})\s{{1,3}}$", re.IGNORECASE),
        vague_joined=re.compile(
            rf"((?:\s+[\w-]+){{0,2}}),?\s+(?:dan|serta)\s+(?:{alternation([*nv.indefinite, *nv.vague])})(?=\s)",
            re.IGNORECASE,
        ),
    )


def atom_source() -> str:
    """The pattern of a number atom as written: digits with a currency, magnitude or percent, a vague amount, or
    number words."""
    nv = get_number_vocab()
    first = alternation([*(w for w in nv.units if w != "se"), *nv.teens])
    se = "se(?:" + alternation([*nv.small_multipliers, *nv.magnitudes]) + ")"
    word = f"(?:{se}|{first}|{alternation([*nv.small_multipliers, *nv.magnitudes])})"
    mag = alternation(nv.magnitudes)
    digits = (
        r"(?<![\w/.,#])(?<![^\W\d_]-)(?P<digits>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
        r"(?![\w/]|[.,]\d|-(?!an\b)[^\W\d_])(?P<an>-an(?!\w))?"
    )
    cur = "|".join(
        re.escape(c) + (r"(?![^\W\d_])" if c[-1].isalpha() else "")
        for c in sorted(nv.currencies, key=len, reverse=True)
    )
    atom = (
        rf"(?:(?<![^\W\d_])(?P<cur>{cur})\s{{0,2}})?{digits}(?:\s{{1,3}}(?P<mag>{mag})(?!\w))?(?P<pct>\s?%)?"
        rf"|(?<![\w-])(?P<vague>{alternation(nv.vague)})(?![\w-])"
        rf"|(?<![\w-])(?P<words>(?:{se}|{first})(?:\s{{1,3}}{word}){{0,6}})(?![\w-])"
    )
    return atom


def atom_words() -> list[str]:
    """What an atom of `atom_source` that starts with neither a digit nor a currency starts with: a vague amount, a
    number word ("se" only as the start of "seratus", "seribu", …)."""
    nv = get_number_vocab()
    firsts = [w for w in nv.units if w != "se"] + list(nv.teens)
    joined = ["se" + w for w in (*nv.small_multipliers, *nv.magnitudes)]
    return [*nv.vague, *firsts, *joined]


#: Where a run of digits starts: each atom with no currency before its digits starts at one.
_DIGITS = re.compile(r"\d+")


def atom_matches(text: str) -> Iterator[re.Match[str]]:
    """The atoms of `text` as the atom pattern finds them, tried only where a run of digits or an atom word
    starts (`regexgate.matches_at`): a pass over the whole text costs 25-50 ns a character, tried or not."""
    patterns = _patterns()
    words = word_places(text, patterns.atom_words)
    currencies = word_places(text, patterns.currencies)
    if words is None or currencies is None:
        return patterns.atom.finditer(text)
    return matches_at(patterns.atom, text, sorted({*words, *currencies, *(m.start() for m in _DIGITS.finditer(text))}))


@dataclass
class _Atom:
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    hyphened: bool = False  # "2-1", "4-3-3": a score or code unless it forms a range
    magnitude: int | None = None  # "6 juta": the magnitude word, so "3 hingga 6 juta" scales the 3 too
    about: bool = False  # "200-an": two hundred-odd


_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“”:;(])\s*$")
# a sentence, quote, list item or dateline ("Jakarta -", "Jakarta, CNN Indonesia --") ends
_WORDS_START = re.compile(r"(?:^|[.!?\n\"“”'‘’:;(\[*•]|\s[-–—]{1,2}|\d\.)\s*$")
_PREV_WORD = re.compile(r"([\w.]+)\s{1,3}$")
_LIST_MARKER = re.compile(r"[.)]\s")


def _after_label(text: str, start: int) -> bool:
    """Whether a word that makes a number a name stands right before it ("No 6", "menit 21", "pukul dua")."""
    m = _PREV_WORD.search(text[max(0, start - 40) : start])
    return m is not None and m.group(1).rstrip(".").lower() in get_number_vocab().labels


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """A number that opens a line and is followed by "." or ")": "1. Biji Bunga Matahari"."""
    line_start = text.rfind("\n", max(0, start - 10), start) + 1 if start else 0
    return (start == 0 or line_start > 0) and not text[line_start:start].strip() \
        and _LIST_MARKER.match(text, end) is not None


def _is_name_word(text: str, start: int) -> bool:
    """A capitalised number word inside a sentence is part of a name: "Kepulauan Seribu", "Stadion Nasional, Lima"."""
    return text[start : start + 1].isupper() and not _WORDS_START.search(text[max(0, start - 40) : start])


def _is_label(text: str, start: int, end: int) -> bool:
    """A number that names rather than counts: "(12)" after a name, "No 6", "Ligue 1", "Unreal 4"."""
    nv = get_number_vocab()
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    if _after_label(text, start) or _is_list_marker(text, start, end):
        return True
    before = text[max(0, start - 40) : start]
    m = _PREV_WORD.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if not m.group(1)[:1].isupper() or word in nv.qualifiers or word in nv.count_openers:
        return False
    if _SENTENCE_START.search(before[: m.start()]):
        return False  # capitalised because it starts the sentence
    nxt = re.match(r"\s{1,3}([\w-]+)", text[end : end + 40])
    return not (nxt and nxt.group(1).lower() in nv.unit_kinds)


def _atoms(text: str, blocked: bytearray) -> list[_Atom]:
    nv = get_number_vocab()
    out: list[_Atom] = []
    for m in atom_matches(text):
        if any(blocked[m.start() : m.end()]):
            continue
        if m["digits"]:
            if not (m["cur"] or m["mag"] or m["pct"]) and _is_label(text, m.start("digits"), m.end()):
                continue
            raw = m["digits"].replace(".", "").replace(",", ".")
            mag = nv.magnitudes[m["mag"].lower()] if m["mag"] else None
            value = float(raw) * (mag or 1)
            unit = "persen" if m["pct"] else nv.currencies.get(m["cur"].lower()) if m["cur"] else None
            hyph = bool(re.match(r"\s?[-–]\s?\d", text[m.end() : m.end() + 3])) or bool(
                re.search(r"\d\s?[-–]\s?$", text[max(0, m.start() - 3) : m.start()])
            )
            out.append(_Atom(m.start(), m.end(), value, unit=unit, hyphened=hyph, magnitude=mag, about=bool(m["an"])))
        elif _is_name_word(text, m.start()) or _after_label(text, m.start()):
            continue  # "Kepulauan Seribu", "babak empat besar", "pukul dua"
        elif m["vague"]:
            low, high = nv.vague[re.sub(r"\s+", " ", m["vague"].lower())]
            out.append(_Atom(m.start(), m.end(), float(low), float(low), float(high)))
        else:
            if text[max(0, m.start() - 6) : m.start()].lower().rstrip().endswith("salah"):
                continue  # "salah satu": one of, not a count
            spelled = parse_number_words(m["words"])
            if spelled is not None:
                out.append(_Atom(m.start(), m.end(), float(spelled)))
    return out


def _blocked_by_dates(text: str) -> bytearray:
    blocked = bytearray(len(text))
    for d in find_dates(text):
        blocked[d.start : d.end] = b"\x01" * (d.end - d.start)
    return blocked


def find_figures(text: str) -> list[Figure]:
    """Every figure in `text` with offsets, range, qualifier, unit and kind; dates and years are not figures."""
    return figures_from_atoms(text, _atoms(text, _blocked_by_dates(text)))


def figures_from_atoms(text: str, atoms: list[_Atom]) -> list[Figure]:
    """Join atoms into ranges and attach qualifier, unit and kind."""
    p = _patterns()
    nv = get_number_vocab()
    figures: list[Figure] = []
    i = 0
    prev_end = 0
    while i < len(atoms):
        a = atoms[i]
        start, end, low, high = a.start, a.end, a.low, a.high
        before = text[max(0, start - 40) : start]
        qualifier = None
        opener = p.opener.search(before)
        if i + 1 < len(atoms) and a.low is None and atoms[i + 1].low is None:
            b = atoms[i + 1]
            gap = text[a.end : b.start]
            joined = bool(p.joiner.match(gap)) and (gap.strip().lower() != "dan" or opener is not None)
            first = a.value
            if a.magnitude is None and b.magnitude and a.value * b.magnitude < b.value:
                first = a.value * b.magnitude  # "3 hingga 6 juta": 3 million to 6 million
            if joined and b.start - a.end <= 12 and b.value > first:
                low, high, end = first, b.value, b.end
                if opener:
                    start = start - len(opener.group(0))
                i += 1
        if a.hyphened and low is None:
            i += 1
            continue  # "skor 2-1", "formasi 4-3-3"
        value = low if low is not None else a.value  # a range or a vague word ("ratusan") counts from its low end
        q = p.qualifier.search(before) if start == a.start else None
        if q:
            qualifier = nv.qualifiers[re.sub(r"\s+", " ", q["q"].lower())]
            start = start - len(q.group(0))
        elif low is not None and high is not None and a.low is not None:
            qualifier = "at_least"  # "ratusan": hundreds
        elif a.about and low is None:
            qualifier = "about"  # "200-an": two hundred-odd
        elif low is None:
            qualifier = "exact"
        unit = atoms[i].unit or a.unit
        nxt = re.match(r"\s{1,3}([\w-]+)(?:\s{1,3}([\w-]+))?", text[end : end + 60])
        if unit is None and nxt and nxt.group(1).lower() in nv.unit_kinds:
            unit = nxt.group(1).lower()
        unit_kind = nv.unit_kinds.get(unit) if unit else None
        if unit_kind and nxt and nxt.group(2) and nxt.group(2).lower() in nv.unit_not_before.get(unit or "", ()):
            unit_kind = None  # "dua anggota Polri": members of the police, not fighters
        if unit in nv.things:
            kind = None
        else:
            kind = _kind(text, prev_end, start, end) or unit_kind
        figures.append(Figure(text[start:end], start, end, value, low, high, qualifier, unit, kind))
        prev_end = end
        i += 1
    return figures


OFFICE_WORDS = 2  # "komandan senior Hamas, Ahmad Ghandour, dan ...": words of office before a name
RIGHT_WORDS = 3  # "60 orang tewas", "60 warga sipil tewas": the cue follows the unit within three words
# an aside naming some of those counted, before the predicate of the whole count
# "15 orang, termasuk satu petugas polisi yang terluka", "delapan warga sipil, termasuk lima anak-anak, tewas",
# "20 orang, termasuk petugas gereja dan jemaat, mengalami luka-luka", "11 orang, yang sebagian besar warga sipil,
# tewas": who the count includes, told between the count (and up to two words of its unit) and its cue
_INCLUDING_ASIDE = re.compile(
    r"((?:\s+[\w-]+){0,2})\s*,\s*"
    r"(?:(?:termasuk|di antaranya)\s+[^,.;]{0,80}?(?:\byang\s+|,\s*)|yang\s+[^,.;]{0,60}?,\s*"
    # "Empat orang, yakni dua polisi, seorang sopir dan seorang pedagang, tewas": the people counted, listed
    r"|(?:yakni|yaitu|masing-masing)\s+(?:(?:[^,.;]{1,40},\s*)+[^,.;]{1,40}?\s(?:dan|serta)\s)?[^,.;]{1,60}?,\s*"
    # "Dua anggota Polri, Bripda A dan Bripda B, tewas": the people counted, named
    r"|(?-i:[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|\(\d{1,3}\)|dan|serta))*)\s*,\s*)",
    re.I,
)
#: How far after a figure (characters) its cue may stand: the capitalised words of a long name in between
#: ("12 anggota kelompok Bangsamoro Islamic Freedom Fighters (BIFF) tewas") do not count, three lower-case words do.
_RIGHT_REACH = 120
#: A name's short form in brackets ("(BIFF)", "(OPM)") is part of the name, no end of the clause.
_SHORT_FORM = re.compile(r"\s*\([A-Z][\w.&-]*\)")
_CLAUSE_END = re.compile(r"[.;:!?,()\[\]\"“”]|\s(?:dan|serta|sementara|sedangkan)\s|\d")


def vague_joined(text: str, end: int) -> re.Match[str] | None:
    """The unstated or vague count joined to the figure ending at `end` ("15 polisi dan beberapa warga sipil
    tewas"): the toll is at least the figure, and the cue after the joined count is the figure's too."""
    return _patterns().vague_joined.match(text, end, end + 60)


def _kind(text: str, prev_end: int, start: int, end: int) -> str | None:
    """Casualty kind from a cue after the figure in its clause, else the nearest cue before it."""
    nv = get_number_vocab()
    p = _patterns()
    before = _PREV_WORD.search(text[max(0, start - 40) : start])
    if before is not None and before.group(1).lower() in nv.age_words:
        return None  # "sepupu Tamimi yang berusia 15 hingga tewas": an age, no count of the dead
    right = text[end : end + _RIGHT_REACH]
    aside = _INCLUDING_ASIDE.match(text, end, end + 140) or vague_joined(text, end)
    if aside is not None:  # "15 orang, termasuk satu petugas polisi yang terluka": the cue is the whole count's
        right = (aside.group(1) or "") + " " + text[aside.end() : aside.end() + _RIGHT_REACH]
    right = _SHORT_FORM.sub("", right)
    cut = _CLAUSE_END.search(right)
    right = right[: cut.start()] if cut else right
    words = right.split()
    if words and words[0].lower() in nv.unit_kinds:
        words = words[1:]
    right = " ".join([w for w in words if not w[:1].isupper()][:RIGHT_WORDS])
    m = p.cue_after.search(right)
    if m:
        after = nv.cues_after[re.sub(r"\s+", " ", m.group(0).lower())]
        if after != "arrested" or not _blocks_arrest(right[: m.start()].split() + right[m.end() :].split()[:2]):
            return after
    left_start = max(prev_end, start - 80)
    left = text[left_start:start]
    stop = max(left.rfind(". "), left.rfind("\n"))
    if stop != -1:
        left = left[stop + 1 :]
    last = None
    for m in p.cue_before.finditer(left):
        last = m
    if last is None:
        return None
    gap = re.findall(r"[\w-]+", left[last.end() :])
    # "menewaskan Menteri Pengungsi Khalil Haqqani dan lima orang lainnya": a name, then the count joined to it
    # "menewaskan komandan Hamas, Ahmad Ghandour, dan tiga pengawalnya": a name after a few words of office
    named_then = len(gap) > 1 and gap[-1].lower() in ("dan", "serta") and gap[-2][:1].isupper() and sum(
        not w[:1].isupper() for w in gap[:-1]
    ) <= OFFICE_WORDS
    # "menewaskan seorang polisi dan tiga warga sipil": one counted in words, then the count joined to him
    one_then = len(gap) > 2 and gap[0].lower() in nv.one_words and gap[-1].lower() in ("dan", "serta")
    far = len(gap) > nv.before_gap + (2 if one_then else 0) and not named_then and not any(
        w.lower() in nv.count_verbs for w in gap
    )
    if far or any(w.lower() in nv.clause_breaks for w in gap[1 if one_then else 0 :]):
        return None  # the cue is too far, or in another clause ("ditangkap polisi setelah puluhan ribu jemaah …")
    word = re.sub(r"\s+", " ", last.group(0).lower())
    kind = nv.cues_before.get(word) or nv.cues_after.get(word)
    if kind == "arrested" and _blocks_arrest(re.findall(r"[\w-]+", left[: last.start()])[-3:] + gap):
        return None  # "bisa ditahan" in a basketball report, "bola diamankan kiper"
    return kind


def _blocks_arrest(words: list[str]) -> bool:
    """Whether words around an arrest verb show it is no arrest ("ditahan imbang", "poin … ditahan")."""
    blockers = get_number_vocab().arrest_blockers
    return any(w.lower() in blockers for w in words)


@Language.factory("telik_numbers", assigns=["doc.spans"], requires=["doc.spans"])
def make_numbers(nlp: Language, name: str) -> NumbersComponent:
    return NumbersComponent()


class NumbersComponent:
    """Puts every figure into doc.spans["figures"]; numbers inside date expressions are skipped."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        blocked = bytearray(len(text))
        for d in dates_of(doc):
            blocked[d.start : d.end] = b"\x01" * (d.end - d.start)
        if "dates" not in doc.spans:
            blocked = _blocked_by_dates(text)
        spans = []
        for fig in figures_from_atoms(text, _atoms(text, blocked)):
            span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
            if span is None:
                continue
            set_span_value(span, "figure", fig)
            spans.append(span)
        doc.spans[FIGURES_KEY] = spans
        return doc

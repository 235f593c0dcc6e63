"""Arguments of one event mention: actors, targets, place, date, casualties, weapon and certainty."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Doc, Span, Token

from telik.model import DateMention, Figure
from telik.nlp.events.lexicon import EventLexicon
from telik.nlp.events.participants import Participants, Phrase
from telik.nlp.extensions import dates_of, ents_of, figures_of, text_of
from telik.nlp.relevance.component import Relevance
from telik.wordmatch import alternation

if TYPE_CHECKING:
    from telik.nlp.entities.gazetteer import Entry, Gazetteer

AGENT_LABELS = ("ORG", "GPE", "PER")
PLACE_LABELS = ("FAC", "GPE", "LOC")

_Located = TypeVar("_Located", DateMention, Figure)


@dataclass
class DocContext:
    """What the event rules read from the doc, gathered once."""

    doc: Doc
    text: str  # text_of(doc), read once: spaCy rebuilds it from the tokens on every access
    ents: list[Span]
    dates: list[DateMention]
    figures: list[Figure]
    armed: list[Span] = field(default_factory=list)  # armed-group entities, in order
    ent_starts: list[int] = field(default_factory=list)
    date_starts: list[int] = field(default_factory=list)
    figure_starts: list[int] = field(default_factory=list)
    armed_starts: list[int] = field(default_factory=list)
    violent: bool = False  # the article speaks of terror or armed violence somewhere
    crime_story: bool = False  # it tells an ordinary crime, in no word of terror, armed violence or war
    relevance: Relevance | None = None  # the article's and sentences' relevance (telik_relevance)
    participants: Participants | None = None  # descriptive participant phrases ("pelaku", "aparat gabungan")

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Dates that begin in [start, end) (bisect: the doc may be megabytes long)."""
        return self.dates[bisect_left(self.date_starts, start) : bisect_left(self.date_starts, end)]

    def figures_in(self, start: int, end: int) -> list[Figure]:
        return self.figures[bisect_left(self.figure_starts, start) : bisect_left(self.figure_starts, end)]

    def ent_at(self, pos: int) -> Span | None:
        """The entity covering `pos`, if any."""
        i = bisect_right(self.ent_starts, pos) - 1
        return self.ents[i] if i >= 0 and self.ents[i].end_char > pos else None


def context(doc: Doc, lex: EventLexicon) -> DocContext:
    """Entities, dates and figures of the doc, sorted by position."""
    ents = sorted(ents_of(doc), key=lambda e: e.start_char)
    dates = sorted(dates_of(doc), key=lambda d: d.start)
    figures = sorted(figures_of(doc), key=lambda f: f.start)
    units = word_re(lex.lists["army_units"])
    armed = [e for e in ents if e.label_ == "ORG" and is_armed(e.text, lex) and not units.search(e.text)]
    return DocContext(
        doc, text_of(doc), ents, dates, figures, armed,
        [e.start_char for e in ents], [d.start for d in dates], [f.start for f in figures],
        [e.start_char for e in armed],
    )


def is_armed(text: str, lex: EventLexicon) -> bool:
    """An armed group's name (ISIS, Al-Qaeda, JAD, "kelompok militan …"), or one the gazetteer lists as such (M23,
    MNDAA)."""
    return bool(word_re(lex.lists["armed_groups"]).search(text)) or _listed_armed(text)


@lru_cache(maxsize=4096)
def _listed_armed(name: str) -> bool:
    """Does the gazetteer list the name among armed groups (armed_groups.yaml)?"""
    entry = gazetteer_entry(name)
    return entry is not None and entry.kind == "armed_groups"


def is_state(text: str, label: str | None, lex: EventLexicon) -> bool:
    """A state or its forces (a country, "pasukan Irak", "Densus 88")."""
    if label == "GPE":
        return True
    return bool(word_re(lex.lists["state_forces"]).search(text))


@lru_cache(maxsize=256)
def word_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words`, whole."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.I)


def ents_in(ctx: DocContext, start: int, end: int, labels: tuple[str, ...] = AGENT_LABELS) -> list[Span]:
    found = ctx.ents[bisect_left(ctx.ent_starts, start) : bisect_left(ctx.ent_starts, end)]
    return [e for e in found if e.end_char <= end and e.label_ in labels]


def _is_place_use(text: str, ent: Span, since: int = 0) -> bool:
    """An entity right after "di", "ke", "dari" is a place, not an agent. Only the words from `since` on are read:
    those of the verb before it are not ("Ibu kota dikuasai Taliban", "jatuh ke tangan Taliban")."""
    window = text[max(since, ent.start_char - 40) : ent.start_char]
    words = window.lower().split()
    if words[-2:] == ["negara", "bagian"]:  # "di Owo, negara bagian Ondo"
        return True
    while words and words[-1] in _DIRECTIONS:  # "di timur laut Nigeria"
        words.pop()
    before = words[-2:] + ent.text.lower().split()[:1]
    if any(w in _PLACE_WORDS for w in before):
        return True
    if "di" in re.split(r"[.!?;,\n]", window.lower())[-1].split()[-3:]:  # "di perbatasan Indonesia-Papua Nugini"
        return True
    if _ROUTE_ENDS.search(text, max(since, ent.start_char - 60), ent.start_char):
        return True  # "di jalan raya antara Kabul dan Kandahar": the ends of a road
    # the last link of a chain of places: "di Desa Tumbang Boloi, Kabupaten Kotawaringin Timur, Kalimantan Tengah"
    chain = _PLACE_CHAIN.search(text, max(since, ent.start_char - 160), ent.start_char)
    return ent.label_ in ("GPE", "LOC") and chain is not None


_PLACE_NAME_WORD = r"[A-Z][\w'.-]*(?:\s*\([^()]{1,40}\))?"  # one word of a place's name, maybe "(Kotim)" after it
# a link may open with its kind in lower case: "di Owo, negara bagian Ondo, Nigeria"
_PLACE_KIND = r"(?:(?:negara\s+bagian|provinsi|kabupaten|kota|distrik|kecamatan|desa|wilayah)\s+)?"
_PLACE_CHAIN = re.compile(
    rf"(?<!\w)(?:di|ke|dari|warga)\s+(?:{_PLACE_KIND}{_PLACE_NAME_WORD}(?:,\s*|\s+))*{_PLACE_KIND}{_PLACE_NAME_WORD},\s*$"
)

_ROUTE_ENDS = re.compile(
    r"(?<![\w-])(?:jalan|jalur|ruas|rute|perbatasan)(?:\s+raya)?\s+antara\s+(?:[A-Z][\w'-]*\s+){0,3}"
    r"(?:dan\s+(?:[A-Z][\w'-]*(?:\s+|,\s*)){0,4})?$"  # and the region after them: "antara Gao dan Ansongo, Mali"
)

_DIRECTIONS = frozenset(
    ["timur", "barat", "utara", "selatan", "laut", "daya", "tengah", "tenggara", "bagian", "wilayah"]
)


_PLACE_WORDS = (
    "di", "ke", "dekat", "kota", "provinsi", "wilayah", "kabupaten", "daerah", "desa", "kecamatan", "kelurahan",
    "distrik",
)


# what ends a trigger's clause after it: a contrast, and a reason or result told after a comma ("menghujani wilayah
# Yaman dengan rudal ..., hanya karena rakyat Yaman berani membela saudara-saudara mereka di Gaza"); a trigger after
# such a word still has the subject before it
_CLAUSE_AFTER = re.compile(
    r";|,\s+(?:namun|tetapi|sementara|sedangkan|padahal|(?:hanya\s+|justru\s+)?(?:karena|sebab|sehingga))\b"
)


def clause_bounds(text: str, s: int, e: int, pos: int, lex: EventLexicon) -> tuple[int, int]:
    """The clause around `pos`: cut at ';' and at ', yang'/', namun'/', sementara' within the sentence, and where
    a quotation `pos` stands in closes (the speech tag after it is another clause: '"... ada yang membakar," kata
    Kapolda Metro Jaya'), opened in the sentence or before it (a closing mark then a speech tag)."""
    left = s
    for m in re.finditer(r";|,\s+(?:namun|tetapi|sementara|sedangkan|padahal)\b", text[s:pos]):
        left = s + m.end()
    right = e
    cut = _CLAUSE_AFTER.search(text[pos:e])
    if cut:
        right = pos + cut.start()
    before = text[s:pos]
    if before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
        close = re.search(r'["\u201d]', text[pos:right])
        if close:
            right = pos + close.start()
    else:
        tagged = _tagged_close(lex.lists["speech_tags"]).search(text, pos, right)
        if tagged:
            right = tagged.start()
    return left, right


@lru_cache(maxsize=4)
def _tagged_close(tags: tuple[str, ...]) -> re.Pattern[str]:
    """A closing quotation mark followed by a speech tag ('membakar," kata'): the quotation ends there."""
    return re.compile(rf'["\u201d]\s*,?\s*(?:{alternation(tags)})(?![\w-])', re.I)


# an active verb's shape (meN- prefix): "menyerbu", "memperlihatkan"
_ACTIVE_VERB_SHAPE = r"(?<![\w-])(?:me|mem|men|meng|meny)[a-z]{3,}"
_ACTIVE_VERB = re.compile(_ACTIVE_VERB_SHAPE + r"(?![\w-])")
# a name right after an active verb is its object ("ratusan militan memasuki Macomia, menyerbu ..."), not an agent
# (past a count of its members, "menewaskan 22 anggota ISIS dan menghancurkan ...", or a common noun, "mengenakan
# kostum Sinterklas": the name is the object)
_OBJECT_OF_VERB = re.compile(
    _ACTIVE_VERB_SHAPE
    + r"(?=(?:\s+(?:\d[\d.,]*|seorang|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan))?"
    r"(?:\s+(?P<noun>(?-i:[a-z][\w-]*)))?\s+$)"
)


# between "yang" and the verb it opens: nothing, or a passive of saying ("tiga individu yang dituduh menyalurkan")
_RELATIVE_GAP = re.compile(r"\s*(?:(?:diduga|dituduh|disebut|dilaporkan|dikabarkan|diyakini)\s+)?")
_JOINED_RELATIVE = re.compile(r"[^,;.]*?(?<![\w-])(?:me|mem|men|meng|meny|di)[a-z]{3,}[^,;.]*\s(?:dan|serta)\s+")


def subject_end(text: str, left: int, pos: int) -> int:
    """Where the agent of a verb after a connective of time or "dan" may end: before the clause's earlier verb, whose
    subject it shares ("KKB menyandera pilot ..., Philip Mark Mehrtens, setelah membakar pesawatnya": not the pilot;
    "Kelompok bersenjata menyerang konvoi ... di jalan raya Maiduguri-Damaturu dan membakar 12 kendaraan"), else
    `pos`."""
    joined = _SHARED_SUBJECT.search(text, left, pos)
    if joined is None:
        return pos
    verbs = list(_ACTIVE_VERB.finditer(text, left, joined.start()))
    return verbs[-1].start() if verbs else pos


_SHARED_SUBJECT = re.compile(
    r",?\s+(?:setelah|sebelum|usai|seusai|sesudah|lalu|kemudian|sambil|seraya|dan|serta)\s+(?:itu\s+)?$", re.I
)


def relative_subject_left(text: str, left: int, pos: int, lex: EventLexicon) -> int:
    """Where the agent of a verb opening a relative clause may start: after the last active verb before "yang"
    ("Polisi menahan dua pria yang menembaki kantor itu": the men shot, not the police), else `left`."""
    rel = list(word_re(lex.lists["relative_markers"]).finditer(text, max(left, pos - 30), pos))
    if not rel or not _RELATIVE_GAP.fullmatch(text, rel[-1].end(), pos):
        # "operasi militer yang disebut menewaskan 22 anggota ISIS dan menghancurkan ...": a verb joined to one that
        # opens a relative clause shares its subject
        rel = list(word_re(lex.lists["relative_markers"]).finditer(text, max(left, pos - 120), pos))
        if not rel or not _JOINED_RELATIVE.fullmatch(text, rel[-1].end(), pos):
            return left
    verbs = list(_ACTIVE_VERB.finditer(text, left, rel[-1].start()))
    return verbs[-1].end() if verbs else left


def _object_of_verb(text: str, start: int, pos: int, lex: EventLexicon) -> bool:
    """Is the name at `pos` the object of the active verb right before it? Reporting verbs take a clause."""
    m = _OBJECT_OF_VERB.search(text, start, pos)
    if m is not None and m.group("noun") and m.group("noun").lower() in _word_set(lex.lists["np_stops"]):
        return False  # "memburuk sejak Rusia": no object between
    return m is not None and m.group().lower() not in lex.lists["reporting_verbs"]


# a relative clause closed by a pointer: "(bentrokan) yang berlangsung sekitar dua jam itu"
POINTER_CLAUSE = r"yang\s[^,.;:\"\u201c\u201d]{0,60}?\s(?:itu|tersebut)(?![\w-])"
# a group pointed back to through such a clause: "Kelompok yang berafiliasi dengan Al-Qaeda itu"
_POINTED_GROUP = re.compile(rf"(?<![\w-])(?:kelompok|organisasi|jaringan)\s+{POINTER_CLAUSE}", re.I)


def agent_before(ctx: DocContext, left: int, pos: int, lex: EventLexicon) -> Span | str | None:
    """The nearest agent before the trigger in its clause (anaphora resolved to the last armed group)."""
    text = ctx.text
    window = text[left:pos]
    ana = None
    for m in word_re(lex.lists["anaphora"]).finditer(window):
        ana = left + m.start()
    for m in _POINTED_GROUP.finditer(window):  # "Kelompok yang berafiliasi dengan Al-Qaeda itu"
        ana = max(ana or 0, left + m.start())
    sources = word_re(lex.lists["source_cues"])
    origins = word_re(lex.lists["place_blockers"])
    allies = word_re(lex.lists["affiliation_markers"])
    rebels = word_re(lex.lists["rebel_heads"])
    mouths = word_re(lex.lists["spokesman_markers"])
    backed = backers(text, left, pos, lex)
    cands = [
        e for e in ents_in(ctx, left, pos)
        if not any(a <= e.start_char < b for a, b in backed)  # "gerilyawan yang didukung Prancis, Inggris ..."
        and not _is_place_use(text, e) and not sources.search(text, max(left, e.start_char - 12), e.start_char)
        and not _object_of_verb(text, max(left, e.start_char - 25), e.start_char, lex)
        and not _right_after(origins, text, e.start_char)  # "seorang pria asal Uzbekistan": who he is, no agent
        and not _right_after(allies, text, e.start_char)  # "Kelompok yang berafiliasi dengan Al-Qaeda itu"
        and not (e.label_ == "GPE" and _right_after(rebels, text, e.start_char))  # "Pemberontak Suriah": no state
        and not (e.label_ == "PER" and _right_after(mouths, text, e.start_char))  # "... melalui juru bicaranya X"
    ]
    if ana is not None and (not cands or cands[-1].end_char < ana) and (
        text[ana : ana + 6].lower() != "mereka" or _they_are_the_group(ctx, ana, lex)
    ):
        return _speakers_side(ctx, ana, lex) or last_armed(ctx, ana) or _last_described_armed(ctx, ana)
    head = None
    for m in word_re(lex.lists["definite_heads"]).finditer(window):
        head = m
    if head is not None and (not cands or cands[-1].end_char <= left + head.start()):
        named = _named_by_head(ctx, left + head.start(), head.group().lower())
        if named is not None:
            return named
    if len(cands) > 1 and _COMPOUND_GAP.match(text[cands[-2].end_char : cands[-1].start_char]):
        i = len(cands) - 2
        while i > 0 and _COMPOUND_GAP.match(text[cands[i - 1].end_char : cands[i].start_char]):
            i -= 1
        return cands[i]  # "Densus 88 Antiteror Polri", "Satgas Tinombala TNI-Polri": the unit, not its parent bodies
    if len(cands) > 1 and _APPOSITION_END.match(text, cands[-1].end_char, pos):
        described = next(
            (c for c in cands[:-1] if _APPOSITION_START.match(text, c.end_char, cands[-1].start_char)), None
        )
        if described is not None:
            return described  # "ISIS-K, afiliasi Kelompok Negara Islam (IS), mengklaim": the name described
    if len(cands) > 1 and _RELATIVE_AGENT.search(text, cands[-2].end_char, cands[-1].start_char):
        return cands[-2]  # "SDF yang dipimpin milisi Kurdi dan didukung AS menyerang": the head of the relative clause
    if len(cands) > 1 and cands[-1].label_ == "PER" and cands[-2].label_ == "ORG" and _led_by(
        text[cands[-2].end_char : cands[-1].start_char], lex
    ):
        return cands[-2]  # "KKB pimpinan Egianus Kogoya kembali melakukan penyerangan": the group acts
    return cands[-1] if cands else None


# "Macan Tamil menyerang", "Namun Barisan Revolusi Nasional kembali menyerang": a name of two to five capitalised
# words opening the clause right before the verb (a connective and adverbs of the verb between may stand there)
_NAMED_SUBJECT = re.compile(
    r"[\s,]*(?:(?:namun|sementara|kemudian|lalu)\s+)?"
    r"(?P<name>(?-i:[A-Z][\w'-]*)(?:\s+(?:(?-i:[A-Z][\w'-]*)|al-[\w'-]+|wal-[\w'-]+)){1,4})"
    r"\s+(?:(?:kembali|telah|sudah|juga|lalu|kemudian|pun)\s+){0,2}",
    re.I,
)


def named_subject(ctx: DocContext, left: int, pos: int) -> str | None:
    """A group's name the recogniser missed, written as the clause's subject right before an active verb ("Macan
    Tamil menyerang pos militer"): every word a proper noun by the tagger, none of them in an entity."""
    m = _NAMED_SUBJECT.fullmatch(ctx.text, left, pos)
    if m is None or ents_in(ctx, m.start("name"), m.end("name"), ("PER", "ORG", "GPE", "LOC", "FAC", "NORP")):
        return None
    span = ctx.doc.char_span(m.start("name"), m.end("name"))
    if span is None or not ctx.doc.has_annotation("POS") or any(t.pos_ != "PROPN" for t in span):
        return None
    return m.group("name")


def _speakers_side(ctx: DocContext, ana: int, lex: EventLexicon) -> Span | str | None:
    """"Kepala BNPT ... mengatakan pihaknya mendeteksi ...", "Menurut juru bicara militer Israel, ..., pasukannya":
    the speaker's own body, named before the verb of saying (or after "menurut") right before "pihaknya"."""
    if not word_re(lex.lists["own_side_words"]).match(ctx.text, ana):
        return None
    said = word_re(lex.lists["reporting_verbs"]).search(ctx.text, max(0, ana - 20), ana)
    if said is None or ctx.text[said.end() : ana].strip():
        cited = _CITED_SPEAKER.search(ctx.text, max(0, ana - _SPEAKER_REACH - 20), ana)
        if cited is None:
            return None
        return _body_in(ctx, cited.start(1), cited.end(1))
    start = max(0, said.start() - _SPEAKER_REACH)
    start = max(start, ctx.text.rfind(". ", start, said.start()) + 1)
    return _body_in(ctx, start, said.start())


def _body_in(ctx: DocContext, start: int, end: int) -> Span | str | None:
    """The last body named in a speaker's phrase: an organisation, else a state's force ("Militer Israel"), else a
    country speaking of its own forces ("Rusia mengklaim pasukannya ...")."""
    body = next(iter(reversed(ents_in(ctx, start, end, ("ORG",)))), None)
    if body is None and ctx.participants is not None:
        force = next(iter(reversed(ctx.participants.within(start, end, ("state",)))), None)
        if force is not None:
            return force.text
    if body is None:
        places = [p for p in ents_in(ctx, start, end, ("GPE",)) if _is_country(gazetteer_entry(p.text))]
        return places[-1] if places else None
    return body


_SPEAKER_REACH = 100  # most characters of a speaker's title and name before the verb of saying
# "Menurut juru bicara militer Israel, Daniel Hagari, pasukannya ...": the speaker cited at the clause's start
_CITED_SPEAKER = re.compile(r"(?<![\w-])menurut\s+([^.;]{3,100}?),\s*$", re.I)


_RELATIVE_WORD = re.compile(r"(?<![\w-])yang(?![\w-])", re.I)


def backers(text: str, left: int, pos: int, lex: EventLexicon) -> list[tuple[int, int]]:
    """The stretches naming who backs a participant ("gerilyawan yang didukung Prancis, Inggris dan Turki yang
    melancarkan serangan"): from the backing verb to the next verb. Those named there are not the agents."""
    out = []
    for m in word_re(lex.lists["backer_markers"]).finditer(text, left, pos):
        ends = [GAP_VERB.search(text, m.end(), pos), _RELATIVE_WORD.search(text, m.end(), pos)]
        out.append((m.start(), min([pos] + [x.start() for x in ends if x is not None])))
    return out


def _right_after(words: re.Pattern[str], text: str, pos: int, then: str = "") -> bool:
    """Does one of `words` end right before `pos`, only whitespace (and the word `then`, if given) between?"""
    gap = rf"(?:\s+{then})?\s*$" if then else r"\s*$"
    before = re.sub(gap, "", text[max(0, pos - 30) : pos], flags=re.I)
    return any(m.end() == len(before) for m in words.finditer(before))


def _led_by(gap: str, lex: EventLexicon) -> bool:
    """Is `gap`, between a group and a person, a word of leadership ("KKB pimpinan Egianus", ") yang dipimpin ")?"""
    return _leadership(lex.lists["led_by"]).fullmatch(gap) is not None


@lru_cache(maxsize=4)
def _leadership(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\)?\s*,?\s*(?:{alternation(words)})\s+", re.I)


# between a unit and the body it belongs to: "Densus 88 Antiteror Polri", "Satgas Tinombala TNI-Polri"
_COMPOUND_GAP = re.compile(r"^(?: (?:[A-Z][\w]*[ -])?|-|/)$")
# an apposition after a name: ", afiliasi Kelompok Negara Islam (IS)," / ", sayap militer Hamas,"
_APPOSITION_START = re.compile(r",\s+[a-z][^,.;]*$")
_APPOSITION_END = re.compile(r"\)?\s*,\s+(?:\S+\s+){0,2}$")
_RELATIVE_AGENT = re.compile(r"^,?\s+yang\s+(?:\S+\s+){0,6}?di[a-z]{3,}\s+(?:\S+\s+){0,2}$", re.I)


def led_group(ctx: DocContext, agent: Span | str | None, lex: EventLexicon) -> Span | str | None:
    """A person named only as the leader of the group that acted ("kelompok pimpinan Undius Kogoya menyerang"): the
    group, written as its phrase; the leader did not act alone, and the group may be the one named elsewhere."""
    if not isinstance(agent, Span) or agent.label_ != "PER":
        return agent
    heads, led = alternation(lex.lists["led_heads"]), alternation(lex.lists["led_by"])
    window = max(0, agent.start_char - _LED_WINDOW)
    group = re.search(  # the group's head, a word or two, the word of leadership and a title or two, or the name
        # right after ("kelompok Egianus Kogoya", "kelompok bersenjata Lamek Taplo")
        rf"(?<![\w-])(?:{heads})(?:\s+(?-i:[a-z-]+)){{0,2}}?(?:\s+(?:{led})(?:\s+(?-i:[A-Z][\w.]*)){{0,2}}?)?\s+$",
        ctx.text[window : agent.start_char], re.I,
    )
    return agent if group is None else ctx.text[window + group.start() : agent.end_char]


_LED_WINDOW = 60  # most characters of a group's head, qualifiers, word of leadership and titles before the leader


def _named_by_head(ctx: DocContext, pos: int, head: str) -> Span | None:
    """The last organisation before `pos` named with `head` ("kementerian" → "Kementerian Intelijen Iran",
    "tim" → "Tim Densus 88")."""
    for i in range(bisect_left(ctx.ent_starts, pos) - 1, -1, -1):
        e = ctx.ents[i]
        if e.end_char > pos or e.label_ != "ORG":
            continue
        before = ctx.text[max(0, e.start_char - len(head) - 1) : e.start_char].lower()
        if e.text.lower().startswith(head + " ") or before == head + " ":
            return e
    return None


def co_agents(ctx: DocContext, left: int, agent: Span, lex: EventLexicon) -> list[Span]:
    """Parties coordinated with the agent before it ("pasukan Irak dan ... Unit Mobilisasi Populer bekerja sama
    dengan koalisi internasional, termasuk Amerika Serikat"), in text order, the agent last."""
    text = ctx.text
    coord = word_re(lex.lists["coordinators"])
    blockers = word_re(lex.lists["reporting_verbs"] + lex.lists["source_cues"])
    out = [agent]
    edge = agent.start_char  # where the parties found so far begin
    for e in reversed(ents_in(ctx, left, agent.start_char)):
        gap = text[e.end_char : edge]
        if e.end_char > edge or len(gap) > 70 or _is_place_use(text, e):
            continue
        if _SHORT_FORM_OPENS.fullmatch(gap):  # "Front Pembebasan Islam Moro (MILF)": the same party, named once
            edge = e.start_char
            continue
        edge = e.start_char
        rest = coord.sub(" ", gap)
        if rest == gap or blockers.search(gap) or GAP_VERB.search(rest) or e.text in {x.text for x in out}:
            break
        # "Selain menangkap Ustaz Farid Okbah, Densus 88 juga ...": the object of a verb, no party; after a verb of
        # saying a reported clause opens, its subject a party ("Qatar mengumumkan Israel dan Hamas telah ...")
        verb = _TITLED_OBJECT.search(text, max(left, e.start_char - 40), e.start_char)
        if verb is not None and verb.group().split()[0].lower() not in lex.lists["reporting_verbs"]:
            break
        out.insert(0, e)
    return out


_SHORT_FORM_OPENS = re.compile(r"\s*\(\s*")
# an active verb, then at most two title words before the name: "menangkap Ustaz", "menembak Pratu"
_TITLED_OBJECT = re.compile(_ACTIVE_VERB_SHAPE + r"(?:\s+(?-i:[A-Z][\w.]*)){0,2}\s+$", re.I)


# a verb in the gap between two names ends the coordination ("SDF yang dipimpin milisi Kurdi dan didukung AS")
GAP_VERB = re.compile(r"(?<![\w-])(?:me|mem|men|meng|meny|di)[a-z]{3,}", re.I)


_CLAUSE_FILLERS = frozenset(
    [
        "bahwa", "telah", "sudah", "akan", "masih", "juga", "baru", "pernah", "sempat", "berhasil", "tengah", "sedang",
        "kembali", "pada", "pada", "bulan", "tahun", "hari", "pekan", "minggu", "lalu", "ini", "itu", "kemarin",
        "sebelumnya", "kemudian", "pun", "yang", "dan", "pihaknya",
    ]
)


def own_subject(ctx: DocContext, agent_end: int, pos: int, lex: EventLexicon) -> bool:
    """Does the verb at `pos` have a subject of its own after a reporting verb that follows the agent?

    "Kementerian X mengatakan pada bulan Januari telah menangkap 35 orang": no (X is the agent);
    "Boji mengatakan bentrokan dimulai setelah sekelompok pengungsi menyerbu penjara": yes; "X mengatakan pihaknya
    mendeteksi ...": no (its own side).
    """
    text = ctx.text
    last = None
    for m in word_re(lex.lists["reporting_verbs"]).finditer(text, agent_end, pos):
        last = m
    if last is None:
        return False
    start = last.end()
    stretch = list(text[start:pos])
    for d in ctx.dates_in(start, pos):
        stretch[d.start - start : min(d.end, pos) - start] = " " * (min(d.end, pos) - d.start)
    words = re.findall(r"[^\W\d_]+", "".join(stretch).lower())
    own_side = lex.lists["own_side_words"]  # "Rusia mengklaim pasukannya telah menguasai ...": its own side
    return any(w not in _CLAUSE_FILLERS and w not in lex.lists["reporting_verbs"] and w not in own_side for w in words)


_DENIAL_REACH = 30  # most characters between a name and the denial it makes ("Taliban dengan tegas membantah")


def denies(text: str, name_end: int, lex: EventLexicon) -> bool:
    """Does the one named right before `name_end` deny ("Taliban membantah terlibat dalam serangan")? A denier
    is no perpetrator of what it denies."""
    for m in word_re(lex.certainty["denied"]).finditer(text, name_end, name_end + _DENIAL_REACH):
        return not re.search(r"[,;.:\"“”]", text[name_end : m.start()])
    return False


# a group named after these is the other party of a relation ("berbaiat kepada ISIS"), not the topic an anaphor
# ("kelompok tersebut") points back to
_RELATION_OBJECT = re.compile(
    r"(?:kepada|dengan|terhadap|pada|afiliasi|terafiliasi|berafiliasi|loyal|setia)\s+"
    r"(?:(?:kelompok|jaringan|organisasi|faksi|milisi)\s+)?$",
    re.I,
)


def _they_are_the_group(ctx: DocContext, pos: int, lex: EventLexicon) -> bool:
    """Does "mereka" at `pos` point back to the armed group just named ("KKB kembali berulah. Kali ini mereka
    membakar ...")? Only when no other organisation, force or people are named between, shortly after it."""
    group = last_armed(ctx, pos)
    if group is None or pos - group.end_char > _THEY_REACH:
        return False
    others = [e for e in ents_in(ctx, group.end_char, pos, ("ORG",)) if not is_armed(e.text, lex)]
    people = ctx.participants.within(group.end_char, pos, ("state", "victim")) if ctx.participants else []
    forces = word_re(lex.lists["state_forces"])
    return not others and not people and not forces.search(ctx.text, group.end_char, pos)


_THEY_REACH = 120  # most characters between an armed group's name and a "mereka" that points back to it


def last_armed(ctx: DocContext, pos: int) -> Span | None:
    """The armed group an anaphor points back to: the last one named before `pos` as a topic, not as the
    object of a relation."""
    i = bisect_left(ctx.armed_starts, pos)
    fallback = ctx.armed[i - 1] if i else None
    for e in reversed(ctx.armed[max(0, i - 8) : i]):
        if not _RELATION_OBJECT.search(ctx.text, max(0, e.start_char - 25), e.start_char):
            return e
    return fallback


def _last_described_armed(ctx: DocContext, pos: int) -> str | None:
    """With no armed group named before `pos`, the last one described ("diserang kelompok kriminal bersenjata ...
    Kelompok tersebut juga diduga membakar ..."): the phrase an anaphor points back to."""
    if ctx.participants is None:
        return None
    told = ctx.participants.within(0, pos, ("armed",))
    return told[-1].text if told else None


# blank space and a member noun before an anaphor: "oleh anggota kelompok tersebut"
_MEMBER_PREFIX = re.compile(
    r"\s*(?:(?:anggota|militan|petempur|pejuang|simpatisan|sel|milisi)\s+(?=kelompok|organisasi))?", re.I
)


def entity_after(
    ctx: DocContext, pos: int, right: int, lex: EventLexicon, reach: int = 60, past_relative: bool = True
) -> Span | None:
    """The first agent-like entity after `pos` within `reach` characters (anaphora resolved); not past "yang" unless
    `past_relative` (an agent's relative clause describes it: "oleh militan yang datang dari Afghanistan")."""
    text = ctx.text
    stop = min(right, pos + reach)
    cited = _cited_source(lex.lists["source_cues"] + lex.lists["speech_tags"]).search(text, pos, stop)
    stop = cited.start() if cited is not None else stop  # "..., menurut laporan panel ahli PBB": the source
    prefix = _MEMBER_PREFIX.match(text, pos)  # every part is optional: it always matches
    m = word_re(lex.lists["anaphora"]).match(text, prefix.end() if prefix else pos)
    brokered = word_re(lex.lists["mediation_words"]).search(text, pos, stop)
    stop = brokered.start() if brokered is not None else stop  # "dengan mediasi Mesir dan Qatar": no side
    described = None if past_relative else _RELATIVE_WORD.search(text, pos, stop)
    stop = described.start() if described is not None else stop
    cands = [e for e in ents_in(ctx, pos, stop) if not _is_place_use(text, e, pos)]
    if m and (not cands or cands[0].start_char > m.start()) and m.group().lower() != "mereka":
        return last_armed(ctx, pos)
    return cands[0] if cands else None


@lru_cache(maxsize=2)
def _cited_source(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A comma, then a word citing who told it ("..., kata Kapolda", "..., menurut PBB"): the clause ends there."""
    return re.compile(rf",\s+(?:{alternation(cues)})(?![\w-])", re.I)


def marked_entity(ctx: DocContext, start: int, right: int, markers: tuple[str, ...], lex: EventLexicon) -> Span | None:
    """The entity introduced by a marker ("oleh X", "terhadap X") between `start` and `right`."""
    text = ctx.text
    for m in word_re(markers).finditer(text, start, right):
        ent = entity_after(ctx, m.end(), right, lex, reach=70)
        if ent is not None:
            return ent
    return None


# "bagian": "negara bagian Borno", "bagian utara Gaza"
_LOCATIVES = ("di", "dekat", "kota", "provinsi", "wilayah", "kabupaten", "ke", "distrik", "desa", "bagian")


def place(
    ctx: DocContext,
    left: int,
    right: int,
    pos: int,
    exclude: set[str],
    lex: EventLexicon,
    locatives: tuple[str, ...] = _LOCATIVES,
) -> Span | None:
    """The most specific place the clause puts the event in ("di X", "dekat X", "kota X"), nearest first."""
    text = ctx.text
    blockers = word_re(lex.lists["place_blockers"] + lex.lists["nationals"])
    heading = word_re(lex.lists["destination_words"])
    people = ctx.participants.within(left, right) if ctx.participants is not None else []
    cands = [
        e for e in ents_in(ctx, left, right, PLACE_LABELS + ("ORG",))
        if (e.label_ != "ORG" or _SITE_NAME.match(e.text))
        and e.text not in exclude and _in_place_slot(text, e, locatives) and not _described(text, e, blockers)
        and not _modifies(text, e, people, locatives)
        # "menuju ke Sugapa", "mengungsi ke arah Bangladesh": where someone went, not where the event happened
        and not _right_after(heading, text, e.start_char, then=r"ke(?:\s+arah)?")
    ]
    # a facility named with no locative is rather what the event was about ("mencuri amplifier Musala Al-Hidayah,
    # di Kecamatan Babelan"): it places the event only when nothing after a locative does
    slotted = [e for e in cands if _slot_at(text, e.start_char, e.end_char, locatives, 3 if e.label_ != "ORG" else 0)]
    cands = slotted or cands
    if not cands:
        return None
    return max(cands, key=lambda e: (_specificity(text, e), -abs(e.start_char - pos)))


def _modifies(text: str, ent: Span, people: list[Phrase], locatives: tuple[str, ...]) -> bool:
    """A facility inside a phrase of people, with no locative before it, says who they are, not where the
    event happened: "pekerja proyek Trans Papua"."""
    return ent.label_ == "FAC" and any(p.start < ent.start_char and ent.end_char <= p.end for p in people) \
        and not _slot_at(text, ent.start_char, ent.end_char, locatives, 0)


# an organisation named by its building is a place after "di" ("bom meledak di Polsek Astana Anyar")
_SITE_NAME = re.compile(
    r"(?:(?:ma)?(?:polsek|polres|polresta|polrestabes|polda|koramil|kodim|korem|kodam|pos)|mabes|markas)\b", re.I
)


def site_name(name: str) -> bool:
    """An organisation named by its building ("Polsek Astana Anyar", "Mapolres Poso"): a place and a target."""
    return _SITE_NAME.match(name) is not None


_NAME_BEFORE_COMMA = re.compile(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*,\s*$")


def _in_place_slot(text: str, ent: Span, locatives: tuple[str, ...]) -> bool:
    """A facility, a name one to three words after a locative ("di kota tenggara Kerman"), or an end of a road."""
    if _ROUTE_ENDS.search(text, max(0, ent.start_char - 60), ent.start_char):
        return True
    return ent.label_ == "FAC" or _slot_at(
        text, ent.start_char, ent.end_char, locatives, 3 if ent.label_ != "ORG" else 0
    )


def _slot_at(text: str, start: int, end: int, locatives: tuple[str, ...], depth: int) -> bool:
    """A locative one to three words before `start` in its comma segment, or a chain of appositions after one
    ("di Distrik Yigi, Kabupaten Nduga, Papua Pegunungan, pada Sabtu")."""
    window = text[max(0, start - 30) : start]
    if any(w in locatives for w in re.split(r"[,;:()]", window.lower())[-1].split()[-3:]):
        return True
    prev = _NAME_BEFORE_COMMA.search(text, max(0, start - 60), start)
    if depth == 0 or prev is None or not re.match(r"\s*(?:[,.;)]|pada\b|sejak\b|$)", text[end : end + 8]):
        return False
    return _slot_at(text, prev.start(1), prev.end(1), locatives, depth - 1)


def _described(text: str, ent: Span, blockers: re.Pattern[str]) -> bool:
    """A place that describes a participant ("yang berbasis di Afghanistan", "asal Aceh")."""
    if _right_after(blockers, text, ent.start_char, then="di"):
        return True
    return _SPEAKER_PLACE.search(text, max(0, ent.start_char - 80), ent.start_char) is not None


# "kata Dedi di Palu": where a statement was made, not where the event happened
_SPEAKER_PLACE = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|tutur|jelas|tegas|terang)(?:nya)?\s+(?:[\w.'-]+\s+){0,4}di\s+(?:kota\s+)?"
    r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,\s+)?$"  # and the city after the venue: "di Hotel Sultan, Jakarta"
)


_RANKS = (
    (4, re.compile(r"\b(?:desa|kelurahan|kampung|dusun)\s+\S*$", re.I)),
    (3, re.compile(r"\b(?:distrik|kecamatan)\s+\S*$", re.I)),
    (2, re.compile(r"\b(?:kota|kabupaten)\s+\S*$", re.I)),
    (1, re.compile(r"\bprovinsi\s+\S*$", re.I)),
)
_KIND_RANK = {"cities": 2, "countries": 0}
#: How fine each kind of gazetteer place is, on the scale of `_RANKS` (any other kind: a province or region, 1).
_PLACE_RANK = {**_KIND_RANK, "regencies_id": 2, "districts_id": 3}


def admin_rank(name: str) -> int:
    """How fine a place's name says it is by the word of administration opening it ("Desa Kilo" 4, "Distrik Kembu"
    3, "Kabupaten Tolikara" 2, "Provinsi Papua" 1; `_RANKS`), 0 when none opens it."""
    words = name.split()
    head = words[0] + " " if words else ""
    return next((rank for rank, pattern in _RANKS if pattern.search(head)), 0)


def place_rank(entry: object) -> int:
    """How fine a gazetteer place is: a country 0, a province or region 1, a city or regency 2, a district 3."""
    return _PLACE_RANK.get(getattr(entry, "kind", ""), 1)


def _specificity(text: str, ent: Span) -> int:
    """How fine a place is: venue > village/district > city/regency > province/region > country."""
    if ent.label_ == "FAC":
        return 5
    head = text[max(0, ent.start_char - 12) : ent.start_char] + ent.text.split()[0] + " "
    for rank, pattern in _RANKS:
        if pattern.search(head):
            return rank
    entry = gazetteer_entry(ent.text)
    if entry is not None and getattr(entry, "label", "") == "GPE" and _is_country(entry):
        return 0
    if ent.label_ == "LOC":
        return 1
    return 2 if entry is None else _KIND_RANK.get(getattr(entry, "kind", ""), 1)


def place_within_country(name: str) -> bool:
    """Does the gazetteer list the name as a place inside a country (a town, a province, a region: "Rafah",
    "Kharkiv", "Bali")? Right after an attack's noun it tells where the attack struck ("Pengeboman Rafah", "Bom
    Bali"), not who attacked, as a country's name does ("Serangan Israel")."""
    entry = gazetteer_entry(name)
    return entry is not None and not _is_country(entry)


def country_name(name: str) -> bool:
    """Does the gazetteer list the name as a country ("Israel", "Rusia")? Named bare after a passive of violence it
    is who struck ("dibom Israel"), as a town is not."""
    entry = gazetteer_entry(name)
    return entry is not None and _is_country(entry)


def _is_country(entry: object) -> bool:
    country = getattr(entry, "country", None)
    parent = getattr(entry, "parent", None)
    return not parent and (country is None or str(getattr(entry, "canonical", "")).lower() in _country_ids())


@lru_cache(maxsize=1)
def _country_ids() -> frozenset[str]:
    from importlib import resources

    path = resources.files("telik").joinpath("data", "gazetteer", "countries.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.split("\t", 1)[0].lower() for line in lines if line and not line.startswith("#"))


def gazetteer_entry(alias: str) -> Entry | None:
    """The gazetteer entry for a place name, when the gazetteer is available."""
    gaz = _gazetteer()
    return gaz.lookup(alias) if gaz is not None else None


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer | None:
    try:
        from telik.nlp.entities.gazetteer import get_gazetteer
    except ImportError:
        return None
    return get_gazetteer()


def nearest(
    items: list[_Located], pos: int, owners: list[int], mine: int, text: str | None = None
) -> _Located | None:
    """The item (date/figure) nearest to trigger `mine` among those no other trigger is nearer to. With the text, an
    item is farther from a trigger after it when a clause opens between them ("menikam beberapa orang di Yerusalem,
    Kamis (30/11/2023), sebelum ditembak mati": the date is the stabbing's)."""

    def distance(centre: int, trigger: int) -> int:
        d = abs(centre - trigger) + (0 if centre >= trigger else 5)
        # the trigger may be the active verb after "dan" itself ("..., Senin (10/6), dan menangkap")
        if text is not None and centre < trigger and _CLAUSE_OPENER.search(text, centre, trigger + _VERB_HEAD):
            d += _NEW_CLAUSE_PENALTY
        if text is not None and centre < trigger and _CONTRAST.search(text, centre, trigger):
            d += len(text)  # "... pada Rabu dini hari, namun tidak meledak": never the contrasting clause's
        return d

    best, best_d = None, None
    for it in items:
        centre = it.start
        d = distance(centre, mine)
        if any(distance(centre, o) < d for o in owners if o != mine):
            continue
        if best_d is None or d < best_d:
            best, best_d = it, d
    return best


# a comma, then a word opening a clause of its own in time, or "dan" and an active verb: what stands before it is not
# the later clause's
_CLAUSE_OPENER = re.compile(
    r",\s+(?:sebelum|setelah|sesudah|usai|seusai|kemudian|lalu|hingga|sehingga)\b|\s(?:dan|serta)\s+(?:telah\s+)?me[a-z]+",
    re.I,
)
_NEW_CLAUSE_PENALTY = 40
_VERB_HEAD = 3  # characters of a trigger that show it is an active verb ("men")
_RELATIVE_END = re.compile(r"(?<![\w-])yang\s+$", re.I)
_CONTRAST = re.compile(r",\s+(?:namun|tetapi|sedangkan|padahal)\b", re.I)


def certainty(text: str, left: int, pos: int, end: int, lex: EventLexicon) -> str:
    """asserted unless the clause before the trigger (or "yang akan datang" after it) says otherwise.

    `left` is the clause start or the end of the previous trigger: a cue belongs to the nearest trigger.
    """
    before = text[left:pos]
    after = text[pos : min(end, pos + 60)]
    realised = word_re(lex.lists["realised_modals"])
    achieved = word_re(lex.lists["achievements"])
    tail = before.rstrip()
    last = word_re(lex.lists["negated_right_before"]).search(tail, max(0, len(tail) - 8))
    if last is not None and last.end() == len(tail) < len(before):
        return "negated"  # "tak diserang", "belum ditangkap"
    for kind in ("denied", "negated", "planned", "possible", "claimed"):
        cues = lex.certainty[kind]
        for cue in word_re(cues).finditer(before if kind != "claimed" else before[-70:]):
            # "akhirnya bisa dieliminasi": a modal after these tells what came to pass
            if kind == "possible" and realised.search(before[max(0, cue.start() - 12) : cue.start()].rstrip() + " "):
                continue
            if kind == "planned" and achieved.search(before, cue.end()):
                continue  # "Setelah upaya berbulan-bulan, pasukan itu berhasil mengambil alih": it came to pass
            return kind
    if re.search(r"yang\s+akan\s+datang", after, re.I):
        return "possible"
    # "menangkap dua pria yang diduga anggota JAD": a relative clause says what a participant is thought to be; the
    # deed itself is told as a fact
    hedges = word_re(lex.certainty["claimed"]).finditer(after[:40])
    if any(not _RELATIVE_END.search(after[: m.start()]) for m in hedges):
        return "claimed"
    return "asserted"


def weapon(text: str, s: int, e: int, lex: EventLexicon) -> str | None:
    m = word_re(lex.lists["weapons"]).search(text, s, e)
    return m.group() if m else None


_NP_TOKEN = re.compile(r"\s*([^\W_][\w'/-]*)")

def _np_words(ctx: DocContext, pos: int, right: int, lex: EventLexicon, limit: int = 6) -> tuple[int, int] | None:
    """The stretch of words from `pos` up to a stop word, punctuation, a date or `right` (at most `limit` words)."""
    stops, naming = set(lex.lists["np_stops"]), set(lex.lists["naming_words"])
    phrase_stop = _phrase_stops(lex.lists["np_stops"])
    start = end = None
    n = 0
    while n < limit:
        m = _NP_TOKEN.match(ctx.text, end if end is not None else pos, right)
        if m is not None and start is not None and end is not None and n == 1 and m.group(1).lower() == "yang" \
                and ctx.text[start:end].lower() in _word_set(lex.lists["described_heads"]):
            end, n, limit = m.end(1), n + 1, n + 4  # "menembaki orang yang lewat": the clause says who they were
            continue
        if m is None or m.group(1).lower() in stops or ctx.dates_in(m.start(1), m.end(1)):
            break
        if phrase_stop is not None and phrase_stop.match(ctx.text, m.start(1)):
            break  # "menahan Haradinaj tak lama setelah ...": a stop of several words
        start = m.start(1) if start is None else start
        end, n = m.end(1), n + 1
        if m.group(1).lower() in naming:  # the name it introduces, however long the phrase before it
            name = _NAME_AFTER.match(ctx.text, end, right)
            if name is not None:
                end = name.end()
            break
    if end is not None and n >= limit:
        end = _name_end_at(ctx, end, right)  # "lima terduga teroris jaringan Jamaah Ansharut Daulah": whole
    return (start, end) if start is not None and end is not None else None


def _name_end_at(ctx: DocContext, pos: int, right: int) -> int:
    """The end of the name `pos` falls inside (within `right`), else `pos`."""
    k = bisect_right(ctx.ent_starts, pos - 1) - 1
    if k >= 0:
        ent = ctx.ents[k]
        if ent.start_char < pos < ent.end_char <= right:
            return int(ent.end_char)
    return pos


@lru_cache(maxsize=8)
def _phrase_stops(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The stop entries of several words, as one pattern matched at a word's start (None when there are none)."""
    several = tuple(w for w in words if " " in w)
    return re.compile(rf"(?:{alternation(several)})(?![\w-])", re.I) if several else None


# a name after a naming word: capitalised words or initials, with their ages ("HD (41) dan SW (29)")
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*)+")


@lru_cache(maxsize=64)
def _word_set(words: tuple[str, ...]) -> frozenset[str]:
    """A lexicon list as a set, made once."""
    return frozenset(words)


def _tag_trimmed(ctx: DocContext, span: tuple[int, int], lex: EventLexicon) -> tuple[int, int] | None:
    """The span without the words a noun phrase never begins or ends with, cut where a clause starts after its
    first noun, by the tagger's parts of speech; None when no word of it can head a noun phrase. Unchanged when
    the doc has no tags."""
    if not ctx.doc.has_annotation("POS"):
        return span
    words = ctx.doc.char_span(span[0], span[1], alignment_mode="contract")
    if words is None or not len(words):
        return span
    tags = {k: _word_set(lex.lists[k]) for k in (
        "np_first_not", "np_last_not", "np_head_tags", "np_open_tags", "np_cut_tags", "np_inner_words")}
    relative = _word_set(lex.lists["relative_markers"])
    describes = relative | _word_set(lex.lists["naming_words"])

    def edge(word: Token, kind: str) -> bool:
        tag = word.pos_.lower()
        return tag in tags[kind] and (tag in tags["np_open_tags"] or word.is_stop or word.is_punct)

    first, last = 0, len(words)
    while first < last and edge(words[first], "np_first_not") and words[first].lower_ not in tags["np_inner_words"]:
        first += 1
    head = next((k for k in range(first, last) if words[k].pos_.lower() in tags["np_head_tags"]), last)
    for k in range(head + 1, last):
        if words[k].lower_ in describes:
            break  # "orang yang lewat", "anggota KKB bernama Rubinus Tigau": the clause describes the head
        if edge(words[k], "np_cut_tags") and words[k].lower_ not in tags["np_inner_words"]:
            last = k  # "satelit memperlihatkan banyak desa", "negara tersebut akan mendapatkan": a new clause
            break
    while last > first and edge(words[last - 1], "np_last_not") and not (
        words[last - 1].pos_ == "VERB" and any(w.lower_ in relative for w in words[first : last - 1])
    ):
        last -= 1
    if not any(w.pos_.lower() in tags["np_head_tags"] for w in words[first:last]):
        return None
    return words[first].idx, words[last - 1].idx + len(words[last - 1])


def _np_text(ctx: DocContext, span: tuple[int, int] | None, lex: EventLexicon) -> str | None:
    """The phrase of a span, unless it is a pronoun or a place name."""
    if span is not None:
        span = _tag_trimmed(ctx, span, lex)
    if span is None:
        return None
    text = ctx.text[span[0] : span[1]]
    if text.lower() in _word_set(lex.lists["np_lead_words"]) or not any(c.isalpha() for c in text):
        return None  # the opener alone, its count cut off, or a bare number ("9" of "9.200 orang"): no phrase
    # "membakar sebuah puskesmas", "Sebanyak lima orang": the classifier or count opener is no part of the target
    lead = re.match(rf"(?:{alternation(lex.lists['np_lead_words'])})\s+(?=\w)", text, re.I)
    if lead is not None:
        span, text = (span[0] + lead.end(), span[1]), text[lead.end() :]
    ent = ctx.ent_at(span[0])
    last = ctx.ent_at(span[1] - 1)
    pointer = text.split()[0].lower() in _word_set(lex.lists["np_not_named"])
    placed = any(x is not None and x.label_ in ("GPE", "LOC") for x in (ent, last))
    if pointer or (placed and not (_place_qualified(text, ent, last, lex) or _people_from(ctx, span))):
        return None
    return text


def _people_from(ctx: DocContext, span: tuple[int, int]) -> bool:
    """People named by where they are from ("nelayan Indonesia", "dua warga Malaysia"): the harmed, not a place."""
    found = ctx.participants.at(span[0], 1, ("victim",)) if ctx.participants is not None else None
    return found is not None and found.end >= span[1]


def _place_qualified(text: str, first: Span | None, last: Span | None, lex: EventLexicon) -> bool:
    """A thing qualified by the place it belongs to ("kapal tanker berbendera Panama", "pangkalan udara Al Shayrat
    milik Suriah", "kantor Distrik Ilaga"): the thing struck, not a place (unlike "desa Kalibu", "kota Gaza")."""
    before = text[: len(text) - len(last.text)].split() if last is not None else []
    # a common noun, capitalised only where it opens the sentence ("Kapal tanker berbendera Panama dihantam")
    common = text[:1].islower() or (len(before) >= 2 and before[1][:1].islower())
    if first is not None or last is None or not common:
        return False
    if text[: len(text) - len(last.text)].endswith("-"):
        return True  # "konvoi milisi pro-Iran": the place is part of a word that describes the thing
    if len(before) >= 2 and before[-1].lower() in _word_set(lex.lists["place_links"]):
        return True
    return re.match(rf"(?:{alternation(lex.lists['facility_heads'])})\s", text, re.I) is not None


def noun_phrase_after(ctx: DocContext, pos: int, right: int, lex: EventLexicon) -> str | None:
    """The head noun phrase right after an active verb ("menyergap sejumlah pengumpul jamur truffle di gurun"), past
    a count's qualifier like the count openers ("menculik lebih dari 280 siswa": "280 siswa", "dari" no stop there)."""
    qualified = _COUNT_QUALIFIER.match(ctx.text, pos, right)
    return _np_text(ctx, _np_words(ctx, qualified.end() if qualified else pos, right, lex), lex)


_COUNT_QUALIFIER = re.compile(r"\s*(?:lebih\s+dari|kurang\s+dari|sekitar|hampir|tak\s+kurang\s+dari)(?=\s+\d)", re.I)


_NP_FILLERS = re.compile(
    r"(?:\s+(?:telah|sudah|juga|pun|kembali|diduga|sempat|berhasil|yang|tewas|gugur|mati|tewas\s+dalam|terluka|hangus|ludes|habis))*\s*$",
    re.I,
)


# a name set off by commas right before the verb: "..., Yahya Sinwar, tewas"
_APPOSED_NAME = re.compile(r",\s+([^,;:()\"]{2,60}?)(?:\s+\(\d{1,3}\))?,\s*$")


def _before_place_chain(ctx: DocContext, left: int, stop: int, lex: EventLexicon) -> int:
    """Where a chain of places set off by commas begins right before `stop`, after a word for those who live there
    ("empat warga Desa Lembantongoa, Kecamatan Palolo, Kabupaten Sigi, dibunuh": where the people live, not the
    subject); `stop` when there is none."""
    at, chained = stop, False
    while True:
        end = left + len(ctx.text[left:at].rstrip(" ,"))
        chained = chained or "," in ctx.text[end:at]
        place = ctx.ent_at(end - 1) if end > left else None
        if place is None or place.label_ not in PLACE_LABELS or place.end_char != end or place.start_char < left:
            break
        at = place.start_char
    residents = _right_after(word_re(lex.lists["resident_nouns"]), ctx.text, at)
    return at if chained and at < stop and residents else stop


def noun_phrase_before(ctx: DocContext, left: int, pos: int, lex: EventLexicon) -> str | None:
    """The subject noun phrase of a passive verb ("patroli mereka dihadang", "Tiga pekerja ... tewas ditembak"):
    the words right before it back to a stop, else (a place or pronoun there) the clause's opening phrase, or the
    reported clause's ("Kapolri menyatakan dua pelaku ... telah ditangkap": not the speaker)."""
    head = _NP_FILLERS.search(ctx.text, left, pos)
    stop = _before_place_chain(ctx, left, head.start() if head is not None else pos, lex)
    aside = _APPOSED_NAME.search(ctx.text, left, stop)
    named = ctx.ent_at(aside.start(1)) if aside is not None else None
    if aside is not None and named is not None and named.label_ == "PER" and (
        (named.start_char, named.end_char) == aside.span(1)
    ):
        return str(named.text)  # "Pemimpin kelompok Hamas di Gaza, Yahya Sinwar, tewas": the one named
    cut = max((m.end() for m in re.finditer(r"[,;:()\"\u201c\u201d]", ctx.text[left:stop])), default=0)
    stops, inner = set(lex.lists["np_stops"]), _word_set(lex.lists["np_inner_words"])
    first = None
    for w in reversed(list(re.finditer(r"[^\W_][\w'/-]*", ctx.text[left + cut : stop]))[-6:]):
        if w.group().lower() in stops:
            if w.group().lower() == "di" and first is not None:
                # "Dua pos keamanan milik TNI di perbatasan ... dibakar": the words after "di" say where
                placed = noun_phrase_before(ctx, left, left + cut + w.start(), lex)
                if placed is not None:
                    return placed
            break
        if first is not None and _ACTIVE_VERB.fullmatch(w.group()) and w.group().lower() not in inner:
            # "foto satelit memperlihatkan banyak desa Rohingya musnah dibakar": the verb's object; "Tiga pekerja
            # yang memperbaiki jembatan ditembak": the head the relative clause describes (a verb right before
            # the passive takes it as its complement: "pemberontak mengaku diserang")
            rel = re.search(r"(?<![\w-])yang\s+$", ctx.text[left + cut : left + cut + w.start()], re.I)
            if rel is not None:
                described = noun_phrase_before(ctx, left + cut, left + cut + rel.start(), lex)
                if described is not None:
                    return described
            break
        first = left + cut + w.start()
    own = _np_text(ctx, (first, stop), lex) if first is not None and not ctx.dates_in(first, stop) else None
    if own is not None:
        return own
    speaker_after = _word_set(lex.lists["speaker_after"])
    for said in word_re(lex.lists["reporting_verbs"]).finditer(ctx.text, left, pos):
        if said.group().lower() not in speaker_after:
            left = said.end()
    opening = _NP_TOKEN.match(ctx.text, left, pos)
    return noun_phrase_after(ctx, opening.start(1), pos, lex) if opening is not None else None

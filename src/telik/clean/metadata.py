"""Title, outlet, dateline, wire credits and publication date of an article, read from its first lines."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import lru_cache

from telik.clean.sources import credited_name, is_rubric, outlet_name, source_alternation, wire_alternation, wire_name
from telik.nlp.entities.gazetteer import get_gazetteer
from telik.nlp.time.find import find_dates
from telik.regexgate import Words, gated, word_places, word_starts

_DASH_SPLIT = re.compile(r"[ \t\u00a0]+(?:-{1,2}|–|—)[ \t\u00a0]*(?=\S)|[ \t\u00a0]*(?:-{2}|–|—)[ \t\u00a0]+")
# "SINGAPURA-Negara …", "JUARA.NET, NEW YORK-Petenis …", "REPUBLIKA.CO.ID, BANDAR LAMPUNG--Densus …": an upper-case
# opener glued to the body by a dash; the outlet before the place may be in mixed case ("Harianjogja.com, SLEMAN—").
_GLUED = re.compile(r"^(?P<head>(?:[\w.-]{3,40},[ \t]*)?[A-Z][A-Z0-9 .,]{1,58}[A-Z])(?:-{1,2}|–|—)(?=[A-Z][a-z])")
_TITLE_SPLIT = re.compile(r"\s+(?:-{1,2}|–|—|\|)\s+")
_PAREN = re.compile(r"\(([^()]{1,40})\)")
_DAYS = frozenset(["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"])
_PLACE_WORD = r"(?:[A-Z][\w'’.-]{0,30}|de|del|di|la|el|al|bin|van|der|da|do)"
_PLACE = re.compile(rf"^[A-Z][\w'’.-]{{0,30}}(?:\s+{_PLACE_WORD}){{0,4}}$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_YMD = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})\b")
# "Sumber: Reuters", "(Sumber: Reuters)"
_SOURCE_LINE = re.compile(r"^(?:sumber|source)\s*:\s*(?P<names>[^:\n]{2,120})$"
                          r"|^\((?:sumber|source)\s*:\s*(?P<paren>[^:()\n]{2,120})\)$", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:/|,|;|&|\bdan\b|\band\b)\s*")
# "oleh Liputan6.com diperbarui 08 Des 2018, 23:04 WIB": who posted it, before the date
_BYLINE_HEAD = re.compile(r"^(?i:oleh|by)\s+\S{2,40}\s+(?=(?i:diperbarui|diterbitkan|updated|published)\b)")
_BYLINE_DATE = re.compile(
    r"^(?:diterbitkan|dipublikasikan|diposting|dipublish|diperbarui|published|posted|updated)\b", re.IGNORECASE
)


@dataclass
class Opener:
    """What stands before the first dash of the body: "Jakarta, CNN Indonesia --", "Palu (ANTARA News) -"."""

    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None
    paren_outlet: bool = False
    #: Wire agencies a bracket credit names when it names several ("Kairo (ANTARA/Reuters) -").
    agencies: list[str] = field(default_factory=list)


@dataclass
class Metadata:
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None
    wire: list[str] = field(default_factory=list)


def _dates(text: str, ref: date | None = None) -> list[str]:
    """Full calendar dates (YYYY-MM-DD) in `text`, in order, from the shared date library."""
    out = []
    for m in find_dates(text, ref):
        if m.value and _ISO_DAY.match(m.value):
            out.append(m.value[:10])
    return out


def _place(text: str) -> str | None:
    text = text.strip().strip("*").strip()
    if not _PLACE.match(text) or len(text) > 40:
        return None
    if text.isupper() and len(text) > 3:
        return " ".join(w.capitalize() for w in text.split())
    return text


def _known_place(text: str) -> bool:
    entry = get_gazetteer().lookup(text)
    return entry is not None and entry.label in ("GPE", "LOC")


def lone_dateline(text: str) -> str | None:
    """The dateline of a place standing alone in capitals on the line above the body ("ANKARA", Anadolu's layout),
    when the gazetteer knows the place."""
    text = text.strip()
    place = _place(text) if text.isupper() else None
    return place if place is not None and _known_place(place) else None


def _segment(seg: str, op: Opener, strict: bool = False) -> bool:
    """Fill `op` from one dash-separated segment; False when it is not an opener.

    `strict` (for dashes glued to words, "SINGAPURA-Negara …") accepts only places the gazetteer knows.
    """
    found = _dates(seg)
    if found:
        op.published = op.published or found[0]
    parens = _PAREN.findall(seg)
    parts = [p.strip() for p in _PAREN.sub(",", seg).split(",") if p.strip()]
    if len(parts) > 3:
        return False
    for part in parts:
        if part.casefold() in _DAYS or part.casefold().startswith("pukul"):
            continue
        name = outlet_name(part)
        if name and not op.outlet:
            op.outlet = name
        elif (place := _place(part)) and (not strict or _known_place(place)):
            op.dateline = op.dateline or place  # "Singkil, Aceh": the town is the dateline
        else:
            return False
    for inner in parens:
        if re.search(r"\d", inner) or inner.strip().casefold() in _DAYS:
            continue  # a date: already read above
        if op.outlet and not op.dateline and not strict and (place := _place(inner)) and _known_place(place):
            op.dateline = place  # "Analisadaily (Medan) –": the outlet, then its place in brackets
            continue
        if strict or op.outlet:
            return False
        names = [n.strip() for n in inner.split("/") if n.strip()]
        op.outlet = outlet_name(inner) or (outlet_name(names[0]) or names[0] if len(names) > 1 else inner.strip())
        op.paren_outlet = True
        if len(names) > 1:
            op.agencies = [agency for n in names if (agency := wire_name(n, fold=True))]
    return True


def _bare_word(seg: str, op: Opener) -> bool:
    """A lone capitalised word before a dash ("Polisi – yang …") that is neither upper case nor a known place."""
    lone = op.outlet is None and op.published is None and seg.strip() == op.dateline
    return lone and not seg.strip().isupper() and not _known_place(seg.strip())


def parse_opener(line: str) -> Opener | None:
    """Outlet, dateline and date before the dash that opens a news body, or None when there is none."""
    op = _parse_opener(line[:160])
    return replace(op, agencies=list(op.agencies)) if op is not None else None


@lru_cache(maxsize=64)
def _parse_opener(head: str) -> Opener | None:
    """`parse_opener` of a line's head, read once: the cleaning of an article asks of the same lines again (in its
    second pass over the cleaned text, and for the metadata), and each asks for the dates in each segment."""
    segs: list[str] = []
    ends: list[int] = []  # where the text after each segment's dash starts
    pos = 0
    for m in _DASH_SPLIT.finditer(head):
        segs.append(head[pos : m.start()])
        ends.append(pos := m.end())
        if len(segs) == 2:
            break
    for n in range(len(segs), 0, -1):
        op = Opener()
        if all(len(s) <= 80 and s.strip() and _segment(s, op) for s in segs[:n]):
            if n == 2 and op.outlet is None:
                first = _place(segs[0])
                op.outlet, op.dateline = first, _place(segs[1])
            if _bare_word(segs[0], op):
                return None
            if op.outlet and not op.dateline and (place := _PERIOD_PLACE.match(head, ends[n - 1])):
                op.dateline = _place(place["place"])
            return op if (op.outlet or op.dateline) else None
    if (colon := _colon_or_glued(head)) is not None:
        return colon
    glued = _GLUED.match(head)
    if glued and not is_rubric(glued["head"]):
        op = Opener()
        if _segment(glued["head"], op, strict=True) and (op.outlet or op.dateline):
            return op
    return None


# "KONTAN.CO.ID - JAKARTA. Serangan …": the place after the outlet's dash, closed by a full stop
_PERIOD_PLACE = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,3})\.\s+(?=[A-Z])")
# "BANDUNG,FOKUSJabar.id: Peristiwa …": place, outlet and a colon instead of a dash
_COLON_OPENER = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{2,30}),\s*(?P<outlet>[^\s,:]{3,40})\s*:\s+(?=\S)")
# "TRIBUN-PAPUA.COM, JAYAPURAKelompok …": outlet, place, and the body glued to the upper-case place
_GLUED_PLACE = re.compile(r"^(?P<outlet>[^\s,]{3,40}),\s*(?P<place>[A-Z]{3,}(?: [A-Z]{2,}){0,3})(?=[A-Z][a-z])")


# "Jakarta: Densus 88 menangkap …": a known place and a colon, then a sentence (Medcom's opener)
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+(?=[A-Z])")
#: Words the sentence after a bare place and colon has at least: "Jakarta: 5 kasus" in a list is no opener.
_MIN_COLON_SENTENCE = 6


def _colon_or_glued(head: str) -> Opener | None:
    """Openers without a dash: "BANDUNG,FOKUSJabar.id:", "TRIBUN-PAPUA.COM, JAYAPURAKelompok", "Jakarta: …"."""
    bare = _PLACE_COLON.match(head)
    if bare and len(head[bare.end() :].split()) >= _MIN_COLON_SENTENCE and _known_place(bare["place"]):
        return Opener(dateline=bare["place"])
    m = _COLON_OPENER.match(head) or _GLUED_PLACE.match(head)
    if m is None or outlet_name(m["outlet"]) is None:
        return None
    place = _place(m["place"])
    return Opener(outlet=outlet_name(m["outlet"]), dateline=place) if place else None


def _section_label(text: str) -> bool:
    """A rubric before a headline: rubric words, optionally with a place ("Kabar Internasional", "Berita Papua")."""
    if is_rubric(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 4 or not is_rubric(words[0]):
        return False
    return _known_place(" ".join(words[1:]))


def clean_title(title: str) -> str | None:
    """The headline without outlet or rubric prefixes and suffixes, or wire bylines."""
    wires = wire_alternation()
    title = re.sub(rf"\s+(?i:oleh)\s+{wires}\s*$", "", title.strip())
    parts = _TITLE_SPLIT.split(title)
    while len(parts) > 1 and (outlet_name(parts[0]) or _section_label(parts[0])):
        parts.pop(0)
    while len(parts) > 1 and (outlet_name(parts[-1]) or wire_name(parts[-1])):
        parts.pop()
    sep = _TITLE_SPLIT.search(title)
    joined = (sep.group() if sep else " ").join(parts)
    return joined.strip() or None


_CREDIT_VERB_WORDS = ("oleh", "dilansir", "melansir", "dikutip", "mengutip", "diwartakan", "dilaporkan", "diberitakan",
                      "lapor", "tulis", "seperti dilansir", "sebagaimana dilansir", "seperti dikutip",
                      "sebagaimana dikutip", "seperti dilaporkan")
_CREDIT_VERBS = f"(?i:{'|'.join(_CREDIT_VERB_WORDS)})"
_NAME_WORD = r"[A-Z][\w&'’-]{0,30}"
_AGENCY_WORDS = frozenset(["News", "Agency", "Press", "Presse", "Service", "Agencia", "Agentur"])
# An agency no list knows, credited by a credit verb ("oleh" alone is too weak: "penelitian oleh X News"):
# a run of capitalised words holding an agency word ("Seperti dilansir Philippine News Agency (PNA)",
# "dikutip dari Channel News Asia"), or any capitalised name after "kantor berita" ("dikutip kantor berita Interfax").
_AGENCY_VERB_WORDS = ("dilansir", "melansir", "dikutip", "mengutip", "diwartakan", "dilaporkan", "diberitakan")
_UNLISTED_AGENCY = gated(re.compile(
    rf"(?<!\w)(?i:{'|'.join(_AGENCY_VERB_WORDS)})(?:\s+(?i:dari|oleh))?\s+"
    rf"(?:(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\d{{1,4}})){{1,6}})"
    rf"|(?i:kantor berita)\s+(?P<agency>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}))"
    r"(?:[ \t]*\([A-Z]{2,8}\))?(?![\w-])"
))


def _unlisted_agency(m: re.Match[str]) -> str | None:
    """The name an unlisted-agency match credits, or None when it is a listed wire or names no agency."""
    name = m["agency"] or m["name"]
    words = name.split()
    if any(wire_name(w) for w in [name, *words]):
        return None  # listed: the wire alternation finds it
    return name if m["agency"] or _AGENCY_WORDS & set(words[1:]) else None


# How an Indonesian report credits another outlet beyond "dilansir X": the verb first ("seperti dimuat Al
# Jazeera", "dikutip dari siaran langsung Kompas TV", "laporan yang dipublikasikan CNN"), the kind of
# outlet first after a preposition ("kepada kantor berita AFP"; not "melalui kantor berita Amaq", a channel),
# or the outlet as the subject of a reporting verb ("stasiun berita BBC melaporkan").
_CITE_VERB_WORDS = ("dilansir", "melansir", "dikutip", "mengutip", "diwartakan", "dilaporkan", "diberitakan", "dimuat",
                    "memuat", "dipublikasikan", "disiarkan", "ditayangkan", "menurut laporan", "menurut")
_CITE_VERBS = f"(?i:{'|'.join(_CITE_VERB_WORDS)})"
_CITE_KINDS = (
    r"(?i:kantor berita|jurnalis|wartawan|koresponden|reporter|harian|surat kabar|koran|stasiun berita|"
    r"stasiun televisi|stasiun tv|televisi|majalah|situs berita|portal berita|media)"
)
#: What the kind-first credit starts with.
_KIND_LEADS = ("kepada", "dari", "oleh", "menurut", "seperti")
_REPORTS_WORDS = ("melaporkan", "memberitakan", "mewartakan", "menuliskan", "menulis", "mengabarkan", "melansir")
_REPORTS = f"(?i:{'|'.join(_REPORTS_WORDS)})"


@dataclass(frozen=True)
class _CitePatterns:
    """The credit patterns, built once: rebuilding their text and finding it in `re`'s cache costs more than
    many searches."""

    #: the verb-first credit (a date after it is the report's)
    verb: re.Pattern[str]
    #: the kind-first credit, or the outlet as the subject of a reporting verb
    other: re.Pattern[str]
    #: `other` without the subject credit, for a text with no reporting verb, where it cannot match
    kind_only: re.Pattern[str]
    #: the first words of `verb`'s and of `kind_only`'s matches: each is tried only where one stands
    verb_words: Words
    kind_words: Words


_REPORTS_RE = re.compile(_REPORTS)
#: Where a reporting verb stands, inside a word too (as `_REPORTS_RE` finds one)
_REPORTS_ANYWHERE = Words.of(_REPORTS_WORDS, inside=True)
_AGENCY_VERBS = Words.of(_AGENCY_VERB_WORDS)
_SOURCE_WORDS = Words.of(["sumber", "source"])


@lru_cache(maxsize=1)
def _cite_patterns() -> _CitePatterns:
    names = source_alternation()
    verb = (
        rf"(?<!\w)(?:{_CREDIT_VERBS}|{_CITE_VERBS})(?:\s+(?i:dari|oleh|di))?"
        rf"(?:\s+[a-z][\w-]*){{0,3}}?\s+(?P<name>{names})(?![\w-])"
    )
    kind = (
        rf"(?<!\w)(?i:{'|'.join(_KIND_LEADS)})\s+{_CITE_KINDS}(?:\s+[\w-]+){{0,2}}?\s+(?P<name>{names})"
        rf"(?![\w-])"
    )
    subject = rf"(?<![\w-])(?P<subject>{names})(?:\s+[\w()/,-]+){{0,3}}?\s+{_REPORTS}(?!\w)"
    # the verb-first and kind-first credits are tried at every position: gated on what they start with
    return _CitePatterns(gated(re.compile(verb)), re.compile(f"{kind}|{subject}"), gated(re.compile(kind)),
                         Words.of([*_CREDIT_VERB_WORDS, *_CITE_VERB_WORDS]), Words.of(_KIND_LEADS))


def cited_sources(text: str) -> list[tuple[str, int, int]]:
    """Outlets and agencies cited by their kind or as the subject of a reporting verb ("kepada kantor berita
    AFP", "stasiun berita BBC melaporkan"): (name to report, start, end of the name) in order.

    Most texts have no reporting verb: there the subject credit cannot match, so it is not tried at every
    word (the same matches, found faster). Whether one stands is looked up in the text's word index (a
    case-insensitive pass costs far more)."""
    patterns = _cite_patterns()
    reports = word_places(text, _REPORTS_ANYWHERE)
    reporting = _REPORTS_RE.search(text) is not None if reports is None else bool(reports)
    matches = patterns.other.finditer(text) if reporting else word_starts(patterns.kind_only, text, patterns.kind_words)
    out = []
    for m in matches:
        group = "name" if m["name"] else "subject"
        name = credited_name(m[group])
        if name is not None:
            out.append((name, m.start(group), m.end(group)))
    return out


@lru_cache(maxsize=1)
def _paren_wire() -> re.Pattern[str]:
    """A wire alone in brackets closing a line ("(Reuters)"); `find_wires` takes it where the brackets open a
    line or follow a sentence's end: "… kata dia. (Reuters)"."""
    return re.compile(rf"(?m)\((?P<name>{wire_alternation()})\)[ \t]*$")


_PAREN_AFTER = frozenset(".!?”\"")


def _closes_paragraph(text: str, at: int) -> bool:
    """The bracket at `at` opens a line, or only white space stands between it and a sentence's end before it."""
    if at == 0 or text[at - 1] == "\n":
        return True
    before = text[:at].rstrip()  # str.isspace is re's \s for one character
    return before[-1:] in _PAREN_AFTER


def find_wires(text: str) -> list[tuple[str, int]]:
    """Wire credits in `text`: (canonical name, offset just after the credit) in order of appearance."""
    found: list[tuple[str, int]] = []
    patterns = _cite_patterns()
    for m in word_starts(patterns.verb, text, patterns.verb_words):  # where a credit verb starts a word
        if (name := credited_name(m["name"])) is not None:
            found.append((name, m.end()))
    for m in word_starts(_UNLISTED_AGENCY, text, _AGENCY_VERBS):
        if name := _unlisted_agency(m):
            found.append((name, m.end()))
    # the pattern opens with its bracket, which `re` scans for by itself; what may stand before it is read here
    for m in _paren_wire().finditer(text):
        if _closes_paragraph(text, m.start()):
            found.append((wire_name(m["name"]) or m["name"], m.end()))
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    if (agency := wire_name(last)) is not None:  # the agency alone on the last line: "… kata gubernur." / "Reuters"
        found.append((agency, len(text.rstrip())))
    sources = word_places(text, _SOURCE_WORDS)  # a source line opens with its word: most texts hold none
    for line in re.finditer(r"(?m)^[^\n]{0,130}$", text) if sources is None or sources else ():
        src = _SOURCE_LINE.match(line.group().strip())
        if src:
            for name in _NAME_SPLIT.split((src["names"] or src["paren"]).strip().rstrip(".")):
                name = name.strip()
                if name and "http" not in name and len(name) <= 40:
                    found.append((wire_name(name) or name, line.end()))
    found.sort(key=lambda f: f[1])
    return found


def byline_wire(line: str) -> str | None:
    """The wire agency a byline names ("Oleh Reuters", "By AFP | 12 Maret 2024"), else None."""
    m = re.match(r"(?i)(?:oleh|by)\s*:?\s+([^|•·\n]+)", line.strip())
    return wire_name(m[1].strip(), fold=True) if m else None


def credit_line_wires(lines: list[str]) -> list[str]:
    """Wire agencies named in closing credit lines ("(Reuters/ant)", "[AFP/dhf]"); reporters' initials are not."""
    out = []
    for line in lines:
        for part in re.split(r"[/,;]", line.strip().strip("()[]")):
            name = wire_name(part, fold=True)
            if name:
                out.append(name)
    return out


def first_date(text: str) -> str | None:
    """The first full calendar date in `text` (a byline: "Posted by admin on 12 Maret 2024")."""
    found = _dates(text)
    return found[0] if found else None


def credit_date(text: str, after: int) -> str | None:
    """A full date right after a wire credit ("Seperti dilansir AFP, Senin (13/3/2023), …")."""
    window = text[after : after + 40]
    m = re.match(r"\s*,?\s*", window)
    if m is None:
        return None
    rest = window[m.end() :]
    if not re.match(r"(?i)(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|\d)", rest):
        return None
    found = _dates(rest)
    return found[0] if found else None


def record_date(value: str | None) -> str | None:
    """The ISO calendar date of a record's `published` value (its full value when no date can be read in it)."""
    if not value:
        return None
    value = value.strip()
    m = _ISO_DAY.match(value)
    if m:
        return m.group()
    if m := _YMD.match(value):
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            return value
    if value.isdigit() and 9 <= len(value) <= 13:  # Unix time, in seconds or milliseconds
        seconds = int(value) / (1000 if len(value) > 11 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    found = _dates(value)
    return found[0] if found else value


def date_line(line: str) -> str | None:
    """The date of a line that holds only a date ("Selasa, 14 Mei 2024 | 09:42 WIB", "Senin, 13/05/2024")."""
    if len(line) > 80 or not re.search(r"\d{4}|\d/\d", line):
        return None
    mentions = find_dates(line)
    days = [m.value[:10] for m in mentions if m.value and _ISO_DAY.match(m.value)]
    if not days:
        return None
    rest = line
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        rest = rest[: m.start] + " " + rest[m.end :]
    rest = _BYLINE_DATE.sub(" ", _BYLINE_HEAD.sub(" ", rest))
    rest = re.sub(
        r"(?i)\b(?:pukul|jam|on|pada|wib|wita|wit|gmt|utc|diperbarui|updated?)\b|\b\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\b",
        " ", rest,
    )
    rest = re.sub(r"[\s|,.:/\-–—•·]", "", rest)
    return days[0] if not rest else None

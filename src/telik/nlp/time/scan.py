"""Find date and time expressions in text and read their parts, before any resolution against a reference date.

A handful of regexes built once from the vocabulary in telik/data/time; none has nested quantifiers,
so each runs in linear time on any input.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from functools import lru_cache

from telik.nlp.numbers.vocab import get_number_vocab, parse_number_words
from telik.nlp.time.vocab import TimeVocab, get_vocab
from telik.regexgate import SHORT, Words, finditer_near, gated, word_places, word_starts
from telik.wordmatch import alternation

#: `Cand.future` of a day and month its own words say is to come ("25 Desember mendatang"): the next one.
STATED_FUTURE = 2


@dataclass
class Cand:
    """One date expression as written: which calendar parts it states and how it is relative."""

    start: int
    end: int
    priority: int  # lower wins when two candidates cover the same span
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None  # "22-24 Maret"
    year_end: int | None = None  # "2018-2023"
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    period: str | None = None  # awal, pertengahan, akhir … of a year or month
    unit: str | None = None  # relative: day, week, month, year; "weekday": a weekday in a relative week
    offset: int = 0  # relative: how many units (signed)
    anchored: bool = False  # relative to the sentence's date ("sebelumnya"), not the article's
    month_shift: int | None = None  # "Oktober lalu" (-1) / "Oktober mendatang" (+1) / "Oktober tahun lalu"
    year_offset: int | None = None  # "bulan Oktober tahun lalu" -> -1
    span: bool = False  # "20 tahun terakhir": from `offset` units back up to the reference
    vague: tuple[int, int] | None = None  # "beberapa hari lalu": a count between these
    future: int = 0  # to come (2: "mendatang" after it; 1: "akan …" in its sentence) or past (-1: "lalu")
    numeric: bool = False  # written in digits ("Sabtu (6/3)"): the order of day and month may be the English one


@dataclass(frozen=True)
class Patterns:
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    written: re.Pattern[str]
    english: re.Pattern[str]
    month_year: re.Pattern[str]
    month: re.Pattern[str]
    feast: re.Pattern[str]
    year: re.Pattern[str]
    rel_n: re.Pattern[str]
    rel_unit: re.Pattern[str]
    dayword: re.Pattern[str]
    weekday: re.Pattern[str]
    time: re.Pattern[str]
    date_word: re.Pattern[str]  # where a month, weekday or day word starts: each match of their patterns holds one
    unit_direction: re.Pattern[str]  # a unit then a direction ("hari lalu"): gates the relative patterns
    future_cue: re.Pattern[str]  # a word that points to the future, anywhere in a sentence


_DIGIT = re.compile(r"\d")
#: A separator before a digit: every numeric or ISO date holds one ("28/3", "2021-03-28").
_DATE_SEP = re.compile(r"[/.-](?=\d)")


#: Where a year can stand: each match of the year pattern holds one, where no other digit stands before it.
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d|2100")
#: A clock's separator before a digit: each clock time without a cue word ("pukul") holds one ("14.30 WIB").
_CLOCK_SEP = re.compile(r"[.:](?=\d)")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")  # the word right before a match


@dataclass(frozen=True)
class AnchorWords:
    """The first words the word patterns' matches start with (see `regexgate.word_starts`)."""

    dates: Words  # months, weekdays, day words: `Patterns.date_word`
    units: Words  # `Patterns.unit_direction`, whose matches may start inside a word ("sehari lalu")
    cues: Words  # the clock's cue words: the time pattern's first branch


@lru_cache(maxsize=1)
def get_anchor_words() -> AnchorWords:
    v = get_vocab()
    return AnchorWords(Words.of([*v.months, *v.weekdays, *v.days, *v.days_anchored, *v.feast_days]),
                       Words.of(v.units, inside=True), Words.of(v.time_cues))


@lru_cache(maxsize=1)
def get_patterns() -> Patterns:
    """Compile the date patterns once per process, each gated on the characters its matches start with."""
    plain = _compile_patterns()
    return replace(plain, **{f.name: gated(getattr(plain, f.name)) for f in fields(plain)})


def _compile_patterns() -> Patterns:
    """The date patterns as written."""
    v = get_vocab()
    mon = alternation(v.months)
    wd = alternation(v.weekdays)
    per = alternation(v.periods)
    dirs = alternation(v.directions)
    units = alternation(v.units)
    numw = alternation(_number_words())
    parts = alternation(v.day_parts)
    zones = alternation(v.time_zones)
    cues = alternation(v.time_cues)
    tails = alternation([*v.past_tails, *v.future_tails])
    vague = alternation(v.vague_counts)
    hour_words = alternation(_hour_words())
    date_words = alternation([*v.months, *v.weekdays, *v.days, *v.days_anchored, *v.feast_days])
    pm = alternation(v.pm_parts)
    meridiem = r"(?:a\.m\.|p\.m\.|am|pm)(?!\w)"
    flags = re.IGNORECASE
    # "Jumat malam (20/10/2023)": a part of the day may come between the weekday and its date
    wd_prefix = (
        rf"(?<![\w/.:,-])(?:(?P<wd>{wd})(?!\w)(?:\s{{1,3}}(?:{parts})(?!\w))?"
        rf"\.?\s{{0,3}},?\s{{0,3}}(?P<open>\()?\s{{0,2}})?"
    )
    return Patterns(
        numeric=re.compile(
            wd_prefix + r"(?<![\w/.:,-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})"
            r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\w/]|[.,:-]\d)(?(open)\s{0,2}\))",
            flags,
        ),
        iso=re.compile(
            r"(?<![\w/.:-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<min>\d{2}))?(?![\w/]|[.:-]\d)"
        ),
        written=re.compile(
            wd_prefix + r"(?:(?<!\w)(?:tanggal|tgl\.?)\s{1,3})?(?<![\w/.,-])(?P<d>\d{1,2})"
            r"(?:\s{0,2}(?:-|–|hingga|sampai|s\.d\.?|dan)\s{0,2}"
            rf"(?P<d2>\d{{1,2}}))?\s{{1,3}}(?P<mon>{mon})(?!\w)"
            rf"(?:\.?\s{{0,3}},?\s{{1,3}}(?P<y>\d{{4}})(?![\w/]|[.,]\d))?(?(open)\s{{0,2}}\))"
            rf"(?:\s{{1,3}}(?:(?P<tail>{tails})|(?P<yrel>tahun\s{{1,3}}(?:{dirs})))(?!\w))?",
            flags,
        ),
        english=re.compile(
            rf"(?<!\w)(?:(?P<wd>{wd})(?!\w)\.?,?\s{{1,3}})?(?P<mon>{mon})(?!\w)\.?\s{{1,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            r"(?:,?\s{1,3}(?P<y>\d{4}))?(?![\w/]|[.,]\d)",
            flags,
        ),
        month_year=re.compile(
            rf"(?<!\w)(?:(?P<per>{per})\s{{1,3}})?(?:bulan\s{{1,3}})?(?P<mon>{mon})(?!\w)\.?\s{{0,3}},?\s{{0,3}}(?P<y>\d{{4}})(?![\w/]|[.,]\d)"
            r"(?:\s{1,3}(?:silam|lalu)(?!\w))?",
            flags,
        ),
        month=re.compile(
            rf"(?<!\w)(?:(?P<per>{per})\s{{1,3}})?(?:(?P<cue>bulan|pada|sejak|hingga|sampai|per|selama|jelang|menjelang)\s{{1,3}})?"
            rf"(?P<mon>{mon})(?!\w)(?:\s{{1,3}}(?:(?P<yrel>tahun\s{{1,3}}(?:{dirs}))|(?P<mrel>lalu|kemarin|silam|ini|depan|mendatang))(?!\w))?",
            flags,
        ),
        # "Natal lalu", "Tahun Baru mendatang", "Natal tahun lalu", "Natal 2023": a feast on a fixed day
        feast=re.compile(
            rf"(?<!\w)(?P<feast>{alternation(v.feast_days)})(?!\w)\s{{1,3}}(?:(?P<y>\d{{4}})(?![\w/]|[.,]\d)"
            rf"|(?P<yrel>tahun\s{{1,3}}(?:{dirs}))(?!\w)|(?P<tail>{tails})(?!\w))",
            flags,
        ),
        year=re.compile(
            rf"(?<![\w.,/:-])(?:(?P<per>{per})\s{{1,3}})?(?:(?P<tahun>tahun)\s{{1,3}})?(?<![\w.,/:-])(?P<y>1[89]\d\d|20\d\d|2100)(?:(?P<decade>-?an)|\s?[-–—]\s?(?P<y2>1[89]\d\d|20\d\d|2100))?"
            r"(?![\w/-]|[.,:]\d)(?:\s{1,3}(?P<rel>silam|lalu)(?!\w))?",
            flags,
        ),
        rel_n=re.compile(
            rf"(?<![\w-])(?:(?P<n>\d{{1,3}})\s{{0,2}}|(?P<w>(?:(?:{numw})\s{{1,3}}){{0,3}}(?:{numw}))\s{{1,3}}|(?P<vg>{vague})\s{{1,3}}|(?P<se>se))"
            rf"(?P<unit>{units})\s{{1,3}}(?P<dir>{dirs})(?!\w)",
            flags,
        ),
        rel_unit=re.compile(
            rf"(?<![\w-])(?:(?P<per>{per})\s{{1,3}})?(?P<unit>{units})\s{{1,3}}(?P<dir>{dirs})(?!\w)",
            flags,
        ),
        dayword=re.compile(
            rf"(?<![\w-])(?P<word>{alternation([*v.days, *v.days_anchored])})(?!\w)"
            rf"(?:\s{{1,3}}(?P<part>{parts})(?!\w))?",
            flags,
        ),
        weekday=re.compile(
            rf"(?<![\w-])(?P<wd>{wd})(?!\w)(?:\s{{1,3}}(?P<part>{parts})(?!\w))?"
            r"(?:\s{1,3}(?:(?P<rel>lalu|kemarin|ini|depan|mendatang)|(?P<week>pekan|minggu)\s{1,3}(?P<wrel>lalu|ini|depan))(?!\w))?",
            flags,
        ),
        time=re.compile(
            rf"(?<!\w)(?:(?:{cues})\.?\s{{1,3}})(?:(?P<h>\d{{1,2}})(?:[.:](?P<min>\d{{2}}))?(?![\d.,:])|(?P<hw>{hour_words})(?!\w))"
            rf"(?:\s{{0,3}}(?P<zone>{zones})(?!\w))?(?:\s{{1,3}}(?:(?P<part>{pm})(?!\w)|(?P<mer>{meridiem})))?"
            rf"|(?<![\w.,:/])(?P<h2>\d{{1,2}})[.:](?P<min2>\d{{2}})\s{{0,3}}(?:(?P<zone2>{zones})(?!\w)|(?P<mer2>{meridiem}))",
            flags,
        ),
        date_word=re.compile(rf"(?<!\w)(?=(?:{date_words})(?!\w))", flags),
        unit_direction=re.compile(rf"(?:{units})\s{{1,3}}(?:{dirs})(?!\w)", flags),
        future_cue=re.compile(rf"(?<![\w-])(?:{alternation(v.future_cues)})(?![\w-])", flags),
    )


def _number_words() -> list[str]:
    nv = get_number_vocab()
    return [w for w in (*nv.units, *nv.teens, *nv.small_multipliers) if w != "se"]


def _hour_words() -> list[str]:
    """Number words for the hours 1..12 ("pukul empat")."""
    nv = get_number_vocab()
    return [w for w, n in (*nv.units.items(), *nv.teens.items()) if 1 <= n <= 12 and w != "se"] + ["dua belas"]


def _two_digit_year(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else (2000 + n if n < 70 else 1900 + n)


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if not 1 <= day <= 31:
        return False
    if month is None:
        return False
    import calendar

    return day <= calendar.monthrange(year or 2000, month)[1]


def _in_link(text: str, start: int, end: int) -> bool:
    """True when the match sits inside a URL, e-mail address or phone number."""
    left = text.rfind(" ", max(0, start - 200), start) + 1 if start else 0
    right = text.find(" ", end, end + 200)
    token = text[max(left, start - 200) : right if right != -1 else min(len(text), end + 200)]
    if "://" in token or "www." in token or "@" in token:
        return True
    before = text[max(0, start - 25) : start].lower()
    if re.search(r"\d[\s)-]?$", before):
        return True  # "0812 22/3/24": the tail of a phone number
    return bool(re.search(r"(?:telp|telepon|tel|hp|wa|fax|faks|phone)\.?\s*:?\s*[\d()+ -]*$", before))


def _lower(s: str | None) -> str:
    return (s or "").lower()


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([\w$-]+)\W{0,3}$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s{0,3}([\w-]+)", text[end : end + 30])
    return m.group(1) if m else ""


# Letters that case-insensitive patterns match as ASCII letters but whose lower case is not that letter
# ("SENİN".lower() is "seni̇n"): read as their ASCII twins, same length, so offsets stay.
_ASCII_TWINS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})
_TWINS = tuple(map(chr, _ASCII_TWINS))


def scan(text: str) -> list[Cand]:
    """Every date/time expression in `text` (overlaps resolved: longest, then leftmost, then pattern priority)."""
    if any(twin in text for twin in _TWINS):  # rare: finding none is cheaper than translating every character
        text = text.translate(_ASCII_TWINS)
    v = get_vocab()
    p = get_patterns()
    found: list[Cand] = []
    c: Cand | None
    digits = _DIGIT.search(text) is not None
    anchors = get_anchor_words()
    # each match of the word patterns below covers one
    words = [m.start() for m in word_starts(p.date_word, text, anchors.dates)]
    seps = [m.start() for m in _DATE_SEP.finditer(text)] if digits else []
    for m in finditer_near(p.iso, text, seps):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d) and 1800 <= y <= 2200:
            c = Cand(m.start(), m.end(), 0, year=y, month=mo, day=d)
            if m["h"] and int(m["h"]) < 24 and int(m["min"]) < 60:
                c.hour, c.minute = int(m["h"]), int(m["min"])
            found.append(c)
    for m in finditer_near(p.numeric, text, seps):
        found.extend(_numeric(text, m, v))
    for m in finditer_near(p.written, text, words) if digits else ():
        c = _written(m, v)
        if c:
            found.append(c)
    for m in finditer_near(p.english, text, words) if digits else ():
        c = _english(text, m, v)
        if c:
            found.append(c)
    for m in finditer_near(p.month_year, text, words) if digits else ():
        y = int(m["y"])
        if 1800 <= y <= 2200:
            mo = v.months[m["mon"].lower()]
            found.append(Cand(m.start(), m.end(), 3, year=y, month=mo, period=_lower(m["per"]) or None))
    for m in finditer_near(p.month, text, words):
        c = _month(text, m, v)
        if c:
            found.append(c)
    for m in finditer_near(p.feast, text, words):
        found.append(_feast(m, v))
    short = len(text) < SHORT  # a line: each pass over it costs less than finding where to try the pattern
    years: Iterator[re.Match[str]] = iter(())
    if digits:
        years = p.year.finditer(text) if short else \
            finditer_near(p.year, text, [m.start() for m in _YEAR_DIGITS.finditer(text)])
    for m in years:
        c = _year(text, m, v)
        if c:
            found.append(c)
    # both relative patterns end in a unit then a direction, and most texts hold none
    rel_n: Iterator[re.Match[str]] = iter(())
    rel_unit: Iterator[re.Match[str]] = iter(())
    if not short:
        relative = [m.start() for m in word_starts(p.unit_direction, text, anchors.units)]
        rel_n, rel_unit = finditer_near(p.rel_n, text, relative), finditer_near(p.rel_unit, text, relative)
    elif p.unit_direction.search(text) is not None:
        rel_n, rel_unit = p.rel_n.finditer(text), p.rel_unit.finditer(text)
    for m in rel_n:
        c = _rel_n(m, v)
        if c:
            found.append(c)
    for m in rel_unit:
        c = _rel_unit(text, m, v)
        if c:
            found.append(c)
    for m in finditer_near(p.dayword, text, words):
        word = re.sub(r"\s+", " ", m["word"].lower())
        anchored = word in v.days_anchored
        offset = v.days_anchored[word] if anchored else v.days[word]
        found.append(Cand(m.start(), m.end(), 6, unit="day", offset=offset, anchored=anchored))
    for m in finditer_near(p.weekday, text, words):
        c = _weekday(m, v, text)
        if c:
            found.append(c)
    cues = word_places(text, anchors.cues)
    clocks = [m.start() for m in _CLOCK_SEP.finditer(text)] if digits else []
    for m in p.time.finditer(text) if cues is None else finditer_near(p.time, text, sorted({*cues, *clocks})):
        c = _time(m, v)
        if c:
            found.append(c)
    taken = _select(found)
    for c in taken:
        if c.day is not None and c.year is None and c.future == 0 and _future_sentence(text, c.start, c.end, p):
            c.future = 1
    return taken


def _time(m: re.Match[str], v: TimeVocab) -> Cand | None:
    """A clock time, moved into the afternoon by "sore"/"malam"/"PM" when it is written on a 12-hour clock."""
    if m["hw"]:
        h: float | None = parse_number_words(m["hw"])
        mi = 0
    else:
        h, mi = int(m["h"] or m["h2"]), int(m["min"] or m["min2"] or 0)
    if h is None or not 0 <= h <= 24 or mi >= 60:
        return None
    hour = int(h) % 24
    part = _lower(m["part"])
    mer = _lower(m["mer"] or m["mer2"]).replace(".", "")
    if mer:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + v.meridiem[mer] if mer in v.meridiem else hour
    elif part in v.pm_parts and v.pm_parts[part][0] <= hour <= v.pm_parts[part][1]:
        hour += 12
    return Cand(m.start(), m.end(), 8, hour=hour, minute=mi)


_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")


def _future_sentence(text: str, start: int, end: int, p: Patterns) -> bool:
    """Whether the sentence around start..end has a word that points to the future ("akan", "dijadwalkan")."""
    left = text[max(0, start - 160) : start]
    cut = max((m.end() for m in _SENTENCE_EDGE.finditer(left)), default=0)
    right = text[end : end + 120]
    stop = _SENTENCE_EDGE.search(right)
    return p.future_cue.search(left[cut:] + " " + right[: stop.start() if stop else len(right)]) is not None


def _numeric(text: str, m: re.Match[str], v: TimeVocab) -> list[Cand]:
    d, mo = int(m["d"]), int(m["m"])
    sep = m["sep"]
    y = _two_digit_year(m["y"]) if m["y"] else None
    if sep != "/" and (m["y"] is None or len(m["y"]) != 4):
        return []  # "400-500", "5.00": only slashes may leave the year out
    if not _valid(y, mo, d) or _in_link(text, m.start("d"), m.end()):  # the digits: "12 Sabtu (1/1)" is no phone
        return []
    wd = _weekday_of(m["wd"], v)
    if m["wd"] and wd is None:
        return []
    start = m.start() if wd is not None else m.start("d")
    if y is None and wd is None and not _in_parens(text, m.start("d"), m.end()):
        return []  # a bare "3/4" is as likely a fraction or a score
    return [Cand(start, m.end(), 1, year=y, month=mo, day=d, weekday=wd, numeric=True)]


def _in_parens(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1) : start] == "(" and text[end : end + 1] == ")"


def _weekday_of(word: str | None, v: TimeVocab) -> int | None:
    if not word:
        return None
    return v.weekdays.get(word.lower().replace("’", "'"))


def _written(m: re.Match[str], v: TimeVocab) -> Cand | None:
    y = int(m["y"]) if m["y"] else None
    mo = v.months[m["mon"].lower()]
    d = int(m["d"])
    d2 = int(m["d2"]) if m["d2"] else None
    if not _valid(y, mo, d) or (d2 is not None and (not _valid(y, mo, d2) or d2 <= d)):
        return None
    if m["mon"].lower() not in v.month_full and not m["mon"][0].isupper():
        return None
    wd = _weekday_of(m["wd"], v)
    start = m.start() if wd is not None else m.start("d") if not m.group(0).lower().startswith("t") else m.start()
    c = Cand(start, m.end(), 2, year=y, month=mo, day=d, day_end=d2, weekday=wd)
    tail = re.sub(r"\s+", " ", _lower(m["tail"]))
    if m["yrel"] and y is None:
        c.year_offset = v.directions[re.sub(r"\s+", " ", m["yrel"].lower().split(None, 1)[1])].sign
    elif m["yrel"]:
        c.end = m.start("yrel")  # "1 Januari 2020 tahun lalu": the year stands; the tail is not part of it
    elif tail:
        c.future = STATED_FUTURE if tail in v.future_tails else -1
    return c


def _english(text: str, m: re.Match[str], v: TimeVocab) -> Cand | None:
    if not m["mon"][0].isupper():
        return None
    y = int(m["y"]) if m["y"] else None
    mo, d = v.months[m["mon"].lower()], int(m["d"])
    if not _valid(y, mo, d):
        return None
    if y is None and (_next_word(text, m.end()).lower() in _unit_words() or m["mon"].lower() not in v.month_full):
        return None  # "Maret 22 orang": a month then a count
    wd = _weekday_of(m["wd"], v)
    return Cand(m.start() if wd is not None else m.start("mon"), m.end(), 2, year=y, month=mo, day=d, weekday=wd)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return get_number_vocab().unit_words


def _month(text: str, m: re.Match[str], v: TimeVocab) -> Cand | None:
    word = m["mon"].lower()
    has_cue = bool(m["cue"] or m["per"] or m["yrel"] or m["mrel"])
    if not has_cue:
        if not m["mon"][0].isupper() or word in v.month_needs_cue:
            return None
        if word not in v.month_full and word not in v.month_alone:
            return None
    elif word not in v.month_full and not m["mon"][0].isupper():
        return None
    c = Cand(m.start(), m.end(), 4, month=v.months[word], period=_lower(m["per"]) or None)
    if not m["cue"] and not m["per"]:
        c.start = m.start("mon")
    if m["cue"] and m["cue"].lower() != "bulan" and not m["per"]:
        c.start = m.start("mon")
    if m["yrel"]:
        c.year_offset = v.directions[re.sub(r"\s+", " ", m["yrel"].lower().split(None, 1)[1])].sign
    elif m["mrel"]:
        c.month_shift = v.directions[m["mrel"].lower()].sign
    return c


def _feast(m: re.Match[str], v: TimeVocab) -> Cand:
    """A feast on a fixed day, its year stated, or said to be past or to come like "13 Februari lalu"."""
    month, day = v.feast_days[re.sub(r"\s+", " ", m["feast"].lower())]
    y = int(m["y"]) if m["y"] else None
    c = Cand(m.start(), m.end(), 2, year=y if y and 1800 <= y <= 2200 else None, month=month, day=day)
    if m["yrel"]:
        c.year_offset = v.directions[re.sub(r"\s+", " ", m["yrel"].lower().split(None, 1)[1])].sign
    elif m["tail"]:
        c.future = STATED_FUTURE if re.sub(r"\s+", " ", m["tail"].lower()) in v.future_tails else -1
    return c


def _year(text: str, m: re.Match[str], v: TimeVocab) -> Cand | None:
    y = int(m["y"])
    if _in_link(text, m.start("y"), m.end("y")):
        return None
    prev = _prev_word(text, m.start("y"))
    nxt = _next_word(text, m.end("y"))
    cue = bool(m["tahun"] or m["per"] or m["rel"] or m["decade"] or m["y2"]) or prev in get_vocab().year_cues
    if not cue:
        if prev in v.year_blockers or nxt.lower() in _unit_words():
            return None  # "sekitar 2000", "2000 orang"
        if nxt and nxt[0].islower() and nxt.lower() not in v.year_followers and not nxt.startswith(v.verb_prefixes):
            return None  # "1999 peserta": a count of something; "1979 mengubah": a year
    if m["y2"] and int(m["y2"]) <= y:
        return None  # "2019-2018" is no span of years
    c = Cand(m.start(), m.end(), 5, year=y, period=_lower(m["per"]) or None)
    if m["y2"]:
        c.year_end = int(m["y2"])
    if not m["tahun"] and not m["per"]:
        c.start = m.start("y")
    if m["decade"]:
        c.unit = "decade"
    return c


def _rel_n(m: re.Match[str], v: TimeVocab) -> Cand | None:
    vague = v.vague_counts.get(_lower(m["vg"])) if m["vg"] else None
    if vague:
        n: float | None = vague[1]
    elif m["n"]:
        n = int(m["n"])
    elif m["se"]:
        n = 1
    else:
        n = parse_number_words(m["w"])
    if n is None or n != int(n):
        return None
    d = v.directions[re.sub(r"\s+", " ", m["dir"].lower())]
    if d.sign == 0:
        return None
    unit, count = v.units[m["unit"].lower()], int(n)
    if unit == "week" and not (vague or d.span or d.anchor):
        # "dua pekan lalu": fourteen days before the report, not the calendar week they fall in ("enam pekan
        # kemudian" counts from a date told, maybe only its month: weeks on from it)
        unit, count = "day", count * 7
    c = Cand(m.start(), m.end(), 6, unit=unit, offset=count * d.sign, anchored=d.anchor, span=d.span)
    c.vague = vague
    return c


def _rel_unit(text: str, m: re.Match[str], v: TimeVocab) -> Cand | None:
    d = v.directions[re.sub(r"\s+", " ", m["dir"].lower())]
    unit = v.units[m["unit"].lower()]
    if unit == "day" and d.sign != 0 and not d.anchor or d.span:
        return None  # "hari lalu" needs a count; "tahun terakhir" alone is "the final year"
    if not m["per"] and _counted(text, m.start()):
        return None  # "penyanyi 27 tahun ini": an age or a length of time, not "this year"
    return Cand(m.start(), m.end(), 6, unit=unit, offset=d.sign, anchored=d.anchor, period=_lower(m["per"]) or None)


def _counted(text: str, start: int) -> bool:
    """Whether a number (digits or a number word) stands right before `start`."""
    prev = _prev_word(text, start)
    if not prev or text[max(0, start - 1) : start].strip():
        return False
    nv = get_number_vocab()
    return prev.isdigit() or prev in nv.units or prev in nv.teens or prev in nv.small_multipliers \
        or prev in nv.magnitudes


def _weekday(m: re.Match[str], v: TimeVocab, text: str) -> Cand | None:
    word = m["wd"].lower().replace("’", "'")
    if word in v.weekday_english:
        return None
    before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if before is not None and before.group(1).lower() in v.weekday_namers:
        return None  # "saat salat Jumat berlangsung": the prayer, not a day
    if word == "minggu" and not m["wd"][0].isupper():
        return None
    c = Cand(m.start(), m.end(), 7, weekday=v.weekdays[word])
    if m["wrel"]:
        c.unit, c.offset = "weekday", v.directions[m["wrel"].lower()].sign  # "Minggu pekan lalu"
    elif m["rel"]:
        c.month_shift = v.directions[m["rel"].lower()].sign  # "Senin lalu", "Senin depan"
    return c


def _select(found: list[Cand]) -> list[Cand]:
    """Keep non-overlapping candidates: longest first, then by pattern priority, then leftmost."""
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    end = max((c.end for c in found), default=0)
    occupied = bytearray(end)
    taken: list[Cand] = []
    for c in found:
        if any(occupied[c.start : c.end]):
            continue
        taken.append(c)
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    return sorted(taken, key=lambda c: c.start)

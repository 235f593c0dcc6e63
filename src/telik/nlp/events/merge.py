"""Merge restatements of one event in an article (headline, lead, quote, recap) into one Event with mentions."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from telik.model import Event
from telik.nlp.sentences import unclosed
from telik.wordmatch import find_whole

_ARGS = ("date", "location", "killed", "injured", "weapon", "subtype")
_UNREAL = ("planned", "possible", "negated")
_ADDRESSED = ("WARNING",)  # a warning to someone and a general warning are different events
#: The qualifier of a toll the report itself corrects ("mulanya disebut 31 ... berjumlah 20"): any other toll of
#: the event replaces it.
EARLIER = "earlier"
#: Marks an event whose death toll is a running total told later ("jumlah korban tewas bertambah menjadi 14"): it
#: replaces the toll the restatements before it told.
UPDATED_TOLL = "_updated_toll"
#: What a mention of forces at work tells: DEPLOYMENT, forces sent somewhere ("500 personel tambahan dikerahkan"),
#: never one event with a FIGHT (a firefight, or one harming people); SEARCH, a search or pursuit; "" (or unset)
#: anything else.
DEPLOYMENT = "_deployment"
SEARCH = "_search"
FIGHT = "_fight"
#: Marks a mention of an earlier event recalled beside the news (see `recalled`).
RECALLED = "_recalled"
#: On an actorless mention that tells again an earlier one through its pointed subject ("Sekolah itu telah
#: diserang"): that mention's id; it joins the event holding it, not the latest of its type.
POINTS_TO = "_points_to"


def _norm(s: str) -> str:
    return s.casefold().strip()


def _dates_fit(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _place_fits(a: str | None, b: str | None, lookup: Callable[[str], object | None]) -> bool:
    """Same place, or one inside the other by the gazetteer; a venue or quarter the gazetteer does not know
    ("Hotel Bandar Nuur") may lie in a known place ("Mogadishu"); two unknown places count as different."""
    if not a or not b or _norm(a) == _norm(b):
        return True
    ea, eb = lookup(a), lookup(b)
    if ea is None and eb is None:
        return _norm(a) in _norm(b) or _norm(b) in _norm(a)
    if ea is None or eb is None:
        return True
    ca, cb = getattr(ea, "canonical", None), getattr(eb, "canonical", None)
    if ca == cb:
        return True
    return _inside(ea, eb, lookup) or _inside(eb, ea, lookup)


def _inside(inner: object, outer: object, lookup: Callable[[str], object | None]) -> bool:
    """Is `inner` within `outer` (parent chain, `near`, or country code)?"""
    outer_id = getattr(outer, "canonical", None)
    outer_iso = getattr(outer, "country", None)
    if getattr(inner, "parent", None) == outer_id or getattr(inner, "near", None) == outer_id:
        return True
    inner_iso = getattr(inner, "country", None)
    return bool(inner_iso and outer_iso and inner_iso == outer_iso and not getattr(outer, "parent", None)
                and getattr(inner, "canonical", None) != outer_id and _looks_country(outer))


def _looks_country(entry: object) -> bool:
    from telik.nlp.events.args import _is_country

    return _is_country(entry)


def _named_finer(new: str, old: object, old_name: str) -> bool:
    """Is `new`, unknown to the gazetteer, named as a village, district or regency, and `old` a country, a province
    or a region of any country ("Distrik Rueso" and a headline's Narathiwat), or a place `new` names as a part of it
    ("Kecamatan Cikarang Utara" in Cikarang)? A regency or city stays: reports and their readers place an event in
    one as often as in its village."""
    from telik.nlp.events.args import admin_rank, place_rank

    rank = admin_rank(new)
    if rank < 2:
        return False
    at = find_whole(new.casefold(), old_name.casefold())
    return place_rank(old) <= 1 or at >= 0 and new[at + len(old_name) : at + len(old_name) + 1].isspace()


def _names_fit(a: list[str], b: list[str], lookup: Callable[[str], object | None]) -> bool:
    if not a or not b:
        return True
    return _names_meet(a, b, lookup)


def _names_meet(a: list[str], b: list[str], lookup: Callable[[str], object | None]) -> bool:
    """Do two name lists share a party (same name, one inside the other's words, "Densus 88" in "Detasemen Khusus
    (Densus) 88", an alias the gazetteer links, or a city and its country: "Moskow"/"Rusia")?"""
    na, nb = {_norm(_PARENS.sub("", x)) for x in a}, {_norm(_PARENS.sub("", x)) for x in b}
    if na & nb or any(x in y or y in x for x in na for y in nb if len(x) > 2 and len(y) > 2):
        return True
    entries = [(lookup(x), lookup(y), x, y) for x in a for y in b]
    if any(ex is not None and getattr(ex, "canonical", None) and getattr(ex, "canonical", None) == getattr(
        ey, "canonical", None
    ) for ex, ey, _, _ in entries):
        return True
    return any(ex is not None and ey is not None and _place_fits(x, y, lookup) for ex, ey, x, y in entries)


_PARENS = re.compile(r"[()]")


def _counts_fit(a: str | None, b: str | None) -> bool:
    """Two strength estimates agree when they share a number ("500" and "400-500")."""
    na = set(re.findall(r"\d[\d.,]*", a or ""))
    nb = set(re.findall(r"\d[\d.,]*", b or ""))
    return not na or not nb or bool(na & nb)


def past(ev: Event) -> bool:
    """Is the event a participant's past ("yang pernah ditahan terkait penikaman"), told aside from the news?"""
    return bool(ev.__dict__.get("_past"))


def recalled(ev: Event) -> bool:
    """Is the mention an earlier event recalled beside the news ("Beberapa waktu lalu, ...", "dua hari setelah
    serangan di Oksibil")?"""
    return bool(ev.__dict__.get(RECALLED))


def kin(a: Event, b: Event, story: str | None = None, lead: Lead | None = None, apart: bool = False) -> bool:
    """Could two mentions of one type tell one event at all: both a participant's past or neither; both recalled
    beside the news, or one recalled and the other background (see `_background`): a recalled event may be told
    with its date elsewhere, but is never the news; not a deployment of forces and a fight ("Usai kontak tembak,
    300 personel Brimob dikerahkan": the troops sent did not fight it)? `apart`: the two are told in different
    sentences; then, in a report of unknown date (no `lead`), any dated event may be history a recalled one tells,
    and so may an event told only in a headline ("Pakistan Balas Serangan Mir Ali ...")."""
    if past(a) != past(b) or {a.__dict__.get(DEPLOYMENT, ""), b.__dict__.get(DEPLOYMENT, "")} == {DEPLOYMENT, FIGHT}:
        return False
    told = b if recalled(a) else a
    if recalled(a) == recalled(b) or _background(told, story, lead) or (apart and lead is None and bool(told.date)):
        return True
    return apart and all(unclosed(x.text) for x in told.mentions)  # a headline may tell the recalled event


def compatible(
    a: Event, b: Event, lookup: Callable[[str], object | None], story: str | None = None, lead: Lead | None = None
) -> bool:
    """Could `b` restate `a`: same type and no argument that contradicts (`story`, `lead`: see `kin`)."""
    if a.type != b.type or (a.certainty in _UNREAL) != (b.certainty in _UNREAL) or not kin(a, b, story, lead, True):
        return False  # a planned or possible event is not the one that happened, a participant's past not the news
    if not _dates_fit(a.date, b.date):
        return False
    if a.date and b.date and a.date != b.date:
        # different precision ("bulan Maret" / "7 Maret"): the same event only when the place agrees too
        same_place = bool(a.location and b.location)
        same_toll = a.killed is not None and a.killed == b.killed
        if a.date_precision == b.date_precision or not (same_place or same_toll):
            return False
    if not _place_fits(a.location, b.location, lookup):
        return False
    if not (_names_fit(a.actors, b.actors, lookup) and _names_fit(a.targets, b.targets, lookup)):
        return False
    if a.type in _ADDRESSED and bool(a.targets) != bool(b.targets):
        return False
    if a.type == "ESTIMATE" and not _counts_fit(a.trigger, b.trigger):
        return False
    for num in ("killed", "injured"):
        if getattr(a, num) is not None and getattr(b, num) is not None and a.date and b.date and a.date != b.date:
            return False
    return True


def _bare(ev: Event) -> bool:
    """An event with no argument yet (a headline "Bom Meledak!")."""
    return not (ev.date or ev.location or ev.actors or ev.targets or ev.killed is not None or ev.injured is not None)


def shares(a: Event, b: Event, lookup: Callable[[str], object | None]) -> bool:
    """Do two compatible mentions share something concrete: a date, a place, a party or a toll?"""
    if a.date and b.date and a.date == b.date:
        return True
    if a.location and b.location and _place_fits(a.location, b.location, lookup):
        return True
    if any(x and y and _names_meet(x, y, lookup) for x, y in ((a.actors, b.actors), (a.targets, b.targets))):
        return True
    return any(getattr(a, k) is not None and getattr(a, k) == getattr(b, k) for k in ("killed", "injured"))


def _next_sentence(ev: Event, m: Event) -> bool:
    """Does `m` stand in the sentence right after one of `ev`'s mentions ("... tewas ditembak. Penembakan terjadi
    kemarin")?"""
    return any(0 <= m.start - x.end <= 2 for x in ev.mentions)


def _new_thread(m: Event, ev: Event) -> bool:
    """Does `m` tell another strand of the news than `ev`: its sentence turns to one ("Sementara itu, ...",
    `new_thread_openers`) and names a party `ev` has none of ("Sementara itu, Brigade Al-Qassam mengaku menembakkan
    roket ..." after a strike told by its victims)? Then only a pointer back or something shared joins them."""
    return bool(m.__dict__.get("_new_thread")) and not ev.actors and any(a[:1].isupper() for a in m.actors)


def _headline(ev: Event) -> bool:
    """A headline or dateline line: no closing punctuation."""
    return unclosed(ev.evidence)


def _richness(ev: Event) -> int:
    dated = ev.date is not None or "_spoken" in ev.__dict__  # a lead dated by its speech tag is still the lead
    args = (
        sum(1 for k in ("location", "killed", "injured") if getattr(ev, k) is not None)
        + dated
        + bool(ev.actors)
        + bool(ev.targets)
    )
    return args - 10 * _headline(ev)


def _finer(new: str, old: str, lookup: Callable[[str], object | None]) -> bool:
    """Is `new` a more specific place than `old` (a city in that country, a venue rather than a country)?"""
    en, eo = lookup(new), lookup(old)
    if eo is None or _norm(new) == _norm(old):
        return False
    if en is None:  # not in the gazetteer: finer than a province when its name says so ("Kampung Kimbim", Papua)
        return _looks_country(eo) or _named_finer(new, eo, old)
    return getattr(en, "canonical", None) != getattr(eo, "canonical", None) and _inside(en, eo, lookup)


def absorb(into: Event, other: Event, lookup: Callable[[str], object | None] = lambda _: None) -> None:
    """Fill `into`'s missing arguments from `other`; keep the richest sentence as the main evidence."""
    best = into.__dict__.setdefault("_best", _richness(into))  # what the main sentence itself says
    if _richness(other) > best + 1:  # the earlier sentence (the lead) unless much poorer
        into.evidence, into.start, into.end, into.trigger = other.evidence, other.start, other.end, other.trigger
        into.__dict__["_best"] = _richness(other)
    if into.location and other.location and _finer(other.location, into.location, lookup):
        into.location = other.location
    if into.date and other.date and len(other.date) > len(into.date) and other.date.startswith(into.date):
        # "bulan lalu" ... "pada 13 Juli": the finer date of the same event
        into.date, into.date_precision, into.date_start, into.date_end = (
            other.date, other.date_precision, other.date_start, other.date_end
        )
    if other.__dict__.get(UPDATED_TOLL) and not into.__dict__.get(UPDATED_TOLL) and other.killed is not None:
        into.killed, into.killed_qualifier = other.killed, other.killed_qualifier
        into.__dict__[UPDATED_TOLL] = True
    for k in ("killed", "injured"):
        if getattr(into, f"{k}_qualifier") == EARLIER and getattr(other, f"{k}_qualifier") not in (None, EARLIER):
            setattr(into, k, None)  # the corrected count gives way to the report's current one
    for k in _ARGS:
        if getattr(into, k) is None and getattr(other, k) is not None:
            setattr(into, k, getattr(other, k))
            if k == "date":
                into.date_precision, into.date_start, into.date_end = (
                    other.date_precision, other.date_start, other.date_end
                )
            if k in ("killed", "injured"):
                setattr(into, f"{k}_qualifier", getattr(other, f"{k}_qualifier"))
    into.__dict__.setdefault("_np", []).extend(other.__dict__.get("_np", []))
    if "_spoken" in other.__dict__:
        into.__dict__.setdefault("_spoken", other.__dict__["_spoken"])
    for role in ("actors", "targets"):
        for name in getattr(other, role):
            if _norm(name) not in {_norm(x) for x in getattr(into, role)}:
                getattr(into, role).append(name)
    for m in other.mentions:
        if all(m.start != x.start for x in into.mentions):
            into.mentions.append(m)
    if into.certainty != "asserted" and other.certainty == "asserted":
        into.certainty = "asserted"


class Lead(NamedTuple):
    """What an article's lead tells about time: an undated event there is the report's news."""

    end: int  # where the lead sentence ends
    year_before: str  # the day a year before the report (ISO)
    month: str  # the report's month (YYYY-MM)
    week_before: str = ""  # the day a week before the report (ISO): what ended before it is no fresh news


def merge_mentions(
    mentions: list[Event], lookup: Callable[[str], object | None], anaphoric: frozenset[int] = frozenset(),
    lead: Lead | None = None,
) -> list[Event]:
    """One Event per real-world event: each mention joins the most recent compatible event of its type.

    A dated mention joins only an event with no argument yet (unless dated more than a year before the report), one
    whose mention stands in the sentence before, or one it shares a date, place, party or toll with; an undated one
    or one that points back ("serangan tersebut": ids in `anaphoric`) joins when nothing contradicts; one whose
    sentence turns to another strand of the news ("Sementara itu, ...") and names a party the event has none of only
    when it points back or shares something. `lead`: an undated event of the lead is the news, so a mention dated
    more than a year before the report is history told later ("Tentara Suriah berhasil menguasai pangkalan ...
    pemberontak yang menguasai pangkalan itu, setahun sebelumnya") and never joins it; nor does a mention dated only
    to a month before the report's, unless it points back, join any undated event ("Bulan lalu, sedikitnya 22 orang
    tewas ketika ISIS menyergap ...").
    """
    events: list[Event] = []
    holders: dict[int, Event] = {}  # each mention's id → the event it is in
    story = next((m.date for m in mentions if m.date and not recalled(m) and not past(m)), None)  # the news's first day
    for m in mentions:
        pointed = holders.get(m.__dict__.pop(POINTS_TO, 0))
        if pointed is not None and compatible(pointed, m, lookup, story, lead):
            absorb(pointed, m, lookup)
            holders[id(m)] = pointed
            continue
        fits = [
            ev for ev in reversed(events)
            if compatible(ev, m, lookup, story, lead)
            and (
                id(m) in anaphoric or shares(ev, m, lookup) or not _new_thread(m, ev) and (
                    not m.date or (_bare(ev) and not _years_before(m, lead)) or _next_sentence(ev, m)
                )
            )
            and not _history_of_the_news(ev, m, lead, id(m) in anaphoric)
        ]
        # "Al-Shabaab mengaku bertanggung jawab atas serangan tersebut" after a blast recalled from last month: an
        # undated pointer refers to the lead's event before a background one
        lead_event = [ev for ev in fits if lead is not None and ev.mentions[0].start < lead.end]
        if fits and m.date is None and id(m) in anaphoric and _background(fits[0], story, lead) and lead_event:
            fits = lead_event
        target = next(iter(fits), None)
        if target is None:
            events.append(m)
        else:
            absorb(target, m, lookup)
        holders[id(m)] = target or m
    for ev in events:
        ev.__dict__.pop("_best", None)
        ev.mentions.sort(key=lambda x: x.start)
    return events


def _background(ev: Event, story: str | None, lead: Lead | None = None) -> bool:
    """Is `ev` dated to a period over before the story's first day (`story`), or over a week before the report
    (`lead`: "TGPF diserang KKB ..., Jumat (9/10/2020)" in a report of 26 October)?"""
    if not ev.date:
        return False
    return bool(story and ends_before(ev.date, story)) or bool(lead and lead.week_before and ends_before(
        ev.date, lead.week_before
    ))


def ends_before(date: str, other: str) -> bool:
    """Is the period `date` names ("2024-05", "2024-05-31", "2023") over before `other` begins? Dates compare as
    text: a period's last day as "-99" past what it names, the other's first as "-00". A date without its year
    ("--12-01") compares with none."""
    if not (date[:1].isdigit() and other[:1].isdigit()):
        return False
    last = date[:10] + "-99" * (2 - date[:10].count("-"))
    first = other[:10] + "-00" * (2 - other[:10].count("-"))
    return last < first


def _years_before(m: Event, lead: Lead | None) -> bool:
    """Is `m` dated more than a year before the report ("operasi kilat 2014 lalu" in a 2017 report)? History
    that fills no bare event told as news ("ia sendiri yang memimpin operasi merebut kembali benteng ...")."""
    if lead is None or not m.date or not m.date[:1].isdigit():
        return False
    return m.date < lead.year_before[: len(m.date)]


def _history_of_the_news(ev: Event, m: Event, lead: Lead | None, points_back: bool = False) -> bool:
    """Is `m` history while `ev` is undated news (see `merge_mentions`)? A month before the report's month, told
    without a day and not pointing back, or more than a year before the report against the lead's news."""
    if lead is None or ev.date or not m.date or not m.date[:1].isdigit():
        return False
    if len(m.date) == len(lead.month) and m.date < lead.month and not points_back:
        return True
    return ev.mentions[0].start < lead.end and _years_before(m, lead)


def _places_clash(a: str | None, b: str | None, lookup: Callable[[str], object | None]) -> bool:
    """Two places that cannot hold one event: both known to the gazetteer, neither inside the other, and in two
    countries. A venue the gazetteer lacks ("Bandara Internasional Hamid Karzai") never clashes."""
    if not a or not b or _place_fits(a, b, lookup):
        return False
    ea, eb = lookup(a), lookup(b)
    if ea is None or eb is None:
        return False
    ca, cb = getattr(ea, "country", None), getattr(eb, "country", None)
    return not (ca and cb and ca == cb)


def _restates(
    a: Event, b: Event, lookup: Callable[[str], object | None], story: str | None = None, lead: Lead | None = None
) -> bool:
    """Could `b`, anywhere in the article, tell the event `a` tells? Same type and reality, dates that fit (see
    `compatible`) and places in one country; parties and tolls may differ (an update, a side named differently)."""
    if a.type != b.type or a.type in _ADDRESSED:
        return False
    if not kin(a, b, story, lead, True):
        return False
    if (a.certainty in _UNREAL) != (b.certainty in _UNREAL) and not _denies(a, b) and not _denies(b, a):
        return False
    if not _dates_fit(a.date, b.date):
        return False
    if a.date and b.date and a.date != b.date:
        # "bulan Januari" / "19 Januari": one event only when both are placed and the places fit
        same_place = bool(a.location and b.location) and _place_fits(a.location, b.location, lookup)
        if a.date_precision == b.date_precision or not same_place:
            return False
    if a.type == "ESTIMATE" and not _counts_fit(a.trigger, b.trigger):
        return False
    if _reversed(a, b, lookup) or _reversed(b, a, lookup):
        return False
    return not _places_clash(a.location, b.location, lookup)


def _reversed(a: Event, b: Event, lookup: Callable[[str], object | None]) -> bool:
    """Does `b`'s actor stand as `a`'s target, none of `a`'s actors acting in `b` ("SNA merebut kembali kota itu
    dari tangan Al-Shabaab" / "Al-Shabaab sebelumnya menguasai kota itu")? Then they tell two deeds."""
    return bool(a.targets and b.actors) and _names_meet(a.targets, b.actors, lookup) and not (
        a.actors and _names_meet(a.actors, b.actors, lookup)
    )


def _denies(denial: Event, ev: Event) -> bool:
    """A negated mention with no date of its own ("Nggak ada penyanderaan", "tidak disandera") denies the event the
    article tells as having happened: it is evidence about that event, not an event of its own."""
    return denial.certainty == "negated" and not denial.date and ev.certainty not in _UNREAL


def _refers_to(anaphor: Event, ev: Event) -> bool:
    """Can the anaphor ("serangan itu", "penangkapan tersebut") point back to `ev`: same type and reality, and no
    date of its own."""
    # a date of its own: the sentence tells another event too ("sejak bom ... 2019")
    return not anaphor.date and anaphor.type == ev.type and (anaphor.certainty in _UNREAL) == (ev.certainty in _UNREAL)


def _evidently_one(a: Event, b: Event, lookup: Callable[[str], object | None]) -> bool:
    """Mentions apart in the text are one event when one is the headline (it restates the story), when both give
    the same date, or when they share a place, a party or a toll."""
    if _headline(a) or _headline(b) or (a.date and a.date == b.date):
        return True
    if _known_same_place(a.location, b.location, lookup):
        return True
    if any(x and y and _names_meet(x, y, lookup) for x, y in ((a.actors, b.actors), (a.targets, b.targets))):
        return True
    return any(getattr(a, k) is not None and getattr(a, k) == getattr(b, k) for k in ("killed", "injured"))


def _thin(ev: Event, led: re.Pattern[str] | None) -> bool:
    """A mention that names neither place nor party: nothing in it can tell it from the event it restates. A group
    named only by its leader (`led`: "kelompok pimpinan Undius Kogoya") is no other party: it may be the group named
    there."""
    return not (ev.location or ev.targets or any(led is None or not led.match(a) for a in ev.actors))


def _known_same_place(a: str | None, b: str | None, lookup: Callable[[str], object | None]) -> bool:
    """The same place, or one the gazetteer puts inside the other; an unknown venue only when named alike."""
    if not a or not b:
        return False
    if _norm(a) in _norm(b) or _norm(b) in _norm(a):
        return True
    return lookup(a) is not None and lookup(b) is not None and _place_fits(a, b, lookup)


def corefer(
    events: list[Event],
    lookup: Callable[[str], object | None],
    anaphoric: frozenset[int] = frozenset(),
    names: Callable[[Event], set[str]] = lambda _: set(),
    lead: Lead | None = None,
    led: re.Pattern[str] | None = None,
) -> list[Event]:
    """Document-level event coreference: a news article restates its event in the headline, lead, quotes and
    recap, far apart in the text. Events of one type become one when nothing tells them apart (a date, a place in
    another country) and something says they are one (see `_evidently_one`, or a person, group or venue both
    name: `names`); an event whose first mention points back (ids in `anaphoric`) joins the last one it can refer
    to. Never history into the lead's undated news (`lead`, see `merge_mentions`). `led`: an actor written as the
    phrase naming a group's leader (see `telik.nlp.events.args.led_group`)."""
    out: list[Event] = []
    dated = sorted(
        (ev for ev in events if ev.date and not recalled(ev) and not past(ev)), key=lambda x: x.mentions[0].start
    )
    story = dated[0].date if dated else None
    for ev in events:
        fits = [
            x for x in out
            if _restates(x, ev, lookup, story, lead) and not _history_of_the_news(x, ev, lead, id(ev) in anaphoric)
        ]
        target = next((x for x in fits if _evidently_one(x, ev, lookup) or names(x) & names(ev)), None)
        if target is None and len(fits) == 1 and (_thin(fits[0], led) or _thin(ev, led)) and not (
            _years_before(ev, lead) or _years_before(fits[0], lead) or _new_thread(ev, fits[0])
        ):
            target = fits[0]  # the one event of its kind the article tells, and a mention that names no one
        if target is None and id(ev) in anaphoric:  # "serangan itu" told apart by a place misread: the last one
            target = next((x for x in reversed(out) if _refers_to(ev, x)), None)
        if target is None:
            out.append(ev)
        else:
            absorb(target, ev, lookup)
            target.mentions.sort(key=lambda x: x.start)
    for ev in out:
        ev.__dict__.pop("_best", None)
    return out


def firefights_of_attacks(
    events: list[Event], lookup: Callable[[str], object | None], firefights: tuple[str, ...]
) -> list[Event]:
    """A firefight that names no side ("Kontak tembak terjadi di Kampung Kago, Kamis (30/5/2024) pagi"), told on
    a day and at a place that fit the one attack the story tells that may be it ("pasukan Yonif 500 diserang saat
    ..."), is that attack told by its fighting: its mentions and toll join the attack."""
    out: list[Event] = []
    for ev in events:
        attacks = [
            x for x in events
            if x.type == "ATTACK" and _dates_fit(x.date, ev.date) and not recalled(x) and not past(x)
            and _place_fits(x.location, ev.location, lookup) and x.certainty == ev.certainty
        ] if (
            ev.type == "MILITARY_OPERATION" and not ev.actors and not ev.targets
            and (ev.trigger or "").lower() in firefights and not recalled(ev) and not past(ev)
        ) else []
        if len(attacks) != 1:
            out.append(ev)
            continue
        absorb(attacks[0], ev, lookup)
        attacks[0].mentions.sort(key=lambda x: x.start)
    return out


def headlines_of_operations(
    events: list[Event], lookup: Callable[[str], object | None], untyped: tuple[str, ...]
) -> list[Event]:
    """A headline telling an attack by a noun that names no side ("IDF Akui Serangan di Rafah", "Dunia Kecam
    Pembantaian di Kamp Pengungsi Rafah"), in an article telling no other attack, is the headline of the state's
    operation it places alike (or of the only one, when it names no place): its mentions join that operation (its
    arguments, read as an attack's, do not)."""
    if sum(ev.type == "ATTACK" for ev in events) != 1:
        return events
    operations = [x for x in events if x.type == "MILITARY_OPERATION" and not _headline(x)]
    out: list[Event] = []
    for ev in events:
        told = ev.type == "ATTACK" and _headline(ev) and (ev.trigger or "").lower() in untyped
        operation = next(
            (
                x for x in operations
                if _dates_fit(x.date, ev.date) and (
                    _known_same_place(x.location, ev.location, lookup) or (not ev.location and len(operations) == 1)
                )
            ),
            None,
        ) if told else None
        if operation is None:
            out.append(ev)
            continue
        operation.mentions.extend(m for m in ev.mentions if all(m.start != x.start for x in operation.mentions))
        operation.mentions.sort(key=lambda x: x.start)
    return out

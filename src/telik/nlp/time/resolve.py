"""Turn scanned date expressions into calendar values against the document's effective reference date.

Order: explicit dates first; then the reference (given, else the latest explicit full date), corrected
by weekday evidence ("Senin (17/4)" on a 2023 page means 2017); then month/day dates without a year,
relative expressions (against the reference, or against the sentence's own date for "sebelumnya"),
and clock times.
"""
from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from telik.nlp.time.scan import STATED_FUTURE, Cand
from telik.nlp.time.vocab import get_vocab

PRECISION_RANK = {"year": 0, "month": 1, "day": 2, "time": 3}
WEEKDAY_SEARCH_YEARS = 40
WEEKDAY_AFTER_DAYS = 366  # an article tells of a day at most this long before it was written, for weekday evidence
WEEKDAY_AHEAD_DAYS = 6  # "Sabtu (23/3)" in a Friday 22 March article: a weekday date in the coming week
PLAIN_AHEAD_DAYS = 31  # "digelar 14-16 April" in a 9 April article: a day and month in the coming month
FUTURE_AHEAD_DAYS = 183  # "akan digelar Senin (15/7)": with a word for the future, up to half a year ahead
STATED_AHEAD_DAYS = 366  # "25 Desember mendatang", "Natal mendatang": said to come, the next one within a year
TIME_DATE_GAP = 15  # characters from a clock time to a date after it that it belongs to
NEAR_DAYS = 7  # "Selasa (10/5)" in an 11 May article whose 10 May was a Wednesday: a slip, not a year-old date


@dataclass
class Value:
    """A resolved date: its first day, precision, optional range and clock time."""

    day: date | None
    precision: str
    range_start: date | None = None
    range_end: date | None = None
    hour: int | None = None
    minute: int | None = None
    partial: str | None = None  # "--03-22" / "--03" when no year could be found

    def iso(self) -> str | None:
        if self.partial:
            return self.partial
        if self.day is None:
            return None
        if self.precision == "year":
            return f"{self.day.year:04d}"
        if self.precision == "month":
            return f"{self.day.year:04d}-{self.day.month:02d}"
        if self.precision == "time" and self.hour is not None:
            return f"{self.day.isoformat()}T{self.hour:02d}:{self.minute or 0:02d}"
        return self.day.isoformat()


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not 1 <= y <= 9999:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_value(y: int, period: str | None) -> Value:
    if not 1 <= y <= 9999:
        return Value(None, "year")
    v = Value(date(y, 1, 1), "year")
    if period:
        p = get_vocab().periods[period]
        v.range_start, v.range_end = date(y, p.year_months[0], 1), _month_end(y, p.year_months[1])
    return v


def _month_value(y: int, m: int, period: str | None, full_range: bool = False) -> Value:
    if not 1 <= y <= 9999:
        return Value(None, "month")
    v = Value(date(y, m, 1), "month")
    if period:
        p = get_vocab().periods[period]
        last = calendar.monthrange(y, m)[1]
        v.range_start, v.range_end = date(y, m, min(p.month_days[0], last)), date(y, m, min(p.month_days[1], last))
    elif full_range:
        v.range_start, v.range_end = v.day, _month_end(y, m)
    return v


def _explicit(c: Cand) -> Value | None:
    """The value of an expression that states its own year."""
    if c.year is None or c.unit in ("day", "week", "month", "year") or c.hour is not None and c.month is None:
        return None
    if c.unit == "decade":
        v = Value(date(c.year, 1, 1), "year", date(c.year, 1, 1), date(c.year + 9, 12, 31))
        return v
    if c.month is None and c.year_end:
        return Value(date(c.year, 1, 1), "year", date(c.year, 1, 1), date(c.year_end, 12, 31))
    if c.month is None:
        return _year_value(c.year, c.period)
    if c.day is None:
        return _month_value(c.year, c.month, c.period)
    d = _safe_date(c.year, c.month, c.day)
    if d is None:
        return None
    v = Value(d, "day")
    if c.day_end:
        v.range_start, v.range_end = d, _safe_date(c.year, c.month, c.day_end)
    if c.hour is not None:
        v.precision, v.hour, v.minute = "time", c.hour, c.minute
    return v


def _ahead(c: Cand) -> int:
    """How many days after the reference a day and month without a year may fall."""
    if c.future < 0:
        return 0
    if c.future >= STATED_FUTURE:
        return STATED_AHEAD_DAYS
    if c.future > 0:
        return FUTURE_AHEAD_DAYS
    return WEEKDAY_AHEAD_DAYS if c.weekday is not None else PLAIN_AHEAD_DAYS


def _coming(month: int, day: int, ref: date, ahead: int, weekday: int | None = None) -> date | None:
    """The month/day within `ahead` days after `ref` (on `weekday` when one is given)."""
    for y in (ref.year, ref.year + 1):
        d = _safe_date(y, month, day)
        if d and ref < d <= ref + timedelta(days=ahead) and (weekday is None or d.weekday() == weekday):
            return d
    return None


@lru_cache(maxsize=4096)
def _recent(month: int, day: int, ref: date, ahead: int = 0) -> date | None:
    """The month/day in the `ahead` days after `ref`, else the latest one not after `ref`."""
    coming = _coming(month, day, ref, ahead) if ahead else None
    if coming:
        return coming
    for y in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
        d = _safe_date(y, month, day)
        if d and d <= ref:
            return d
    return None


def _weekday_year(c: Cand, ref: date) -> date | None:
    """The latest date of day/month not after `ref` (or shortly after it) that falls on the stated weekday."""
    assert c.month is not None and c.day is not None and c.weekday is not None
    return _weekday_date(c.month, c.day, c.weekday, ref, _ahead(c))


@lru_cache(maxsize=4096)
def _weekday_date(month: int, day: int, weekday: int, ref: date, ahead: int) -> date | None:
    near = _coming(month, day, ref, ahead, weekday)
    if near:
        return near
    for y in range(ref.year, ref.year - WEEKDAY_SEARCH_YEARS, -1):
        d = _safe_date(y, month, day)
        if d and d <= ref and d.weekday() == weekday:
            return d
    return None


def effective_reference(
    cands: list[Cand], ref: date | None, dateline_end: int | None = None
) -> tuple[date | None, date | None]:
    """(reference, effective reference): given or latest explicit full date, then moved by weekday evidence.

    The page's date (given, or a full date in the first sentence, the dateline) may be years after the events
    ("Senin (17/4)" on a 2023 page means 2017): weekday evidence moves it back. A full date further on is only
    a floor, the latest day the article tells of: it was written then or later, so weekday evidence moves it
    forward ("Jumat (9/10)" after "9 September 2020" is 9 October 2020). A year alone is no floor: the latest
    year an article states is as often history ("tahun 1947" in a 2017 report) as the year before it.
    `dateline_end`: where the first sentence ends (None: the text is one sentence).
    """
    forward = False
    if ref is None:
        fulls = [(v.day, c.start) for c in cands
                 if (v := _explicit(c)) and v.precision in ("day", "time") and v.day]
        ref, at = max(fulls) if fulls else (None, 0)
        forward = dateline_end is not None and at >= dateline_end
    if ref is None:
        fitted = _stated_year_fit(cands)
        return None, fitted
    agree, moved = 0, []
    for c in cands:
        if c.year is None and c.day is not None and c.month is not None and c.weekday is not None:
            plain = _recent(c.month, c.day, ref, _ahead(c))
            if plain and (plain.weekday() == c.weekday or ref - plain <= timedelta(days=NEAR_DAYS)):
                agree += 1
                continue
            if _month_first(c, ref):
                agree += 1
                continue
            fitted = _weekday_after(c.month, c.day, c.weekday, ref) if forward else _weekday_year(c, ref)
            if fitted and fitted > ref and not forward:
                agree += 1
            elif fitted:
                moved.append(fitted)
    if len(moved) > agree:
        return ref, max(moved)
    return ref, ref


def _stated_year_fit(cands: list[Cand]) -> date | None:
    """The day of an undated article that names no full date: its weekdays' day/month in the latest year it states,
    or the year after ("Kamis (22/8)" after "korban tahun ini ... lebih besar dari korban tahun 2018" is 22 August
    2019, a Thursday). Only in a report that speaks of this year or the last one ("tahun ini", "tahun lalu"): its
    years are then of the present, not history ("Abedi lahir tahun 1994"). Every weekday stated must fit, and the
    day may not lie in the future."""
    years = [v.day.year for c in cands if (v := _explicit(c)) and v.day and c.month is None and not c.year_end]
    days = [c for c in cands if c.year is None and c.day is not None and c.month is not None and c.weekday is not None]
    if not years or not days or not any(c.unit == "year" for c in cands):
        return None
    latest = max(years)
    fits = []
    for c in days:
        assert c.month is not None and c.day is not None
        found = [d for y in (latest, latest + 1) if (d := _safe_date(y, c.month, c.day)) and d.weekday() == c.weekday]
        if len(found) != 1:
            return None
        fits.append(found[0])
    best = max(fits)
    return best if best <= date.today() else None


def _month_first(c: Cand, ref: date) -> date | None:
    """"Sabtu (6/3)" in a 3 June article: digits written month first, as in translated wire copy. Only when that
    order, not the Indonesian one, gives the stated weekday within `NEAR_DAYS` of the reference."""
    if not c.numeric or c.weekday is None or c.day is None or c.month is None or c.day > 12 or c.day == c.month:
        return None
    d = _recent(c.day, c.month, ref, _ahead(c))
    if d is None or d.weekday() != c.weekday or abs((ref - d).days) > NEAR_DAYS:
        return None
    return d


@lru_cache(maxsize=4096)
def _weekday_after(month: int, day: int, weekday: int, floor: date) -> date | None:
    """The first day/month within a year after `floor` that falls on the stated weekday."""
    for y in (floor.year, floor.year + 1):
        d = _safe_date(y, month, day)
        if d and floor <= d <= floor + timedelta(days=WEEKDAY_AFTER_DAYS) and d.weekday() == weekday:
            return d
    return None


def _shift(base: date, unit: str | None, n: int) -> date:
    """`base` moved by n days, weeks, months or years (the day clamped to the month's end)."""
    if unit == "day":
        return base + timedelta(days=n)
    if unit == "week":
        return base + timedelta(weeks=n)
    months = n * 12 if unit == "year" else n
    y, m = _add_months(base.year, base.month, months)
    return date(y, m, min(base.day, calendar.monthrange(y, m)[1]))


def _stretch(c: Cand, base: date) -> Value | None:
    """A stretch of time up to `base`: "20 tahun terakhir", "beberapa hari terakhir", "beberapa hari lalu"."""
    try:
        if c.span:
            start, end = _shift(base, c.unit, c.offset), base
        else:
            assert c.vague is not None
            start = _shift(base, c.unit, -c.vague[1] if c.offset < 0 else c.vague[0])
            end = _shift(base, c.unit, -c.vague[0] if c.offset < 0 else c.vague[1])
    except (ValueError, OverflowError):
        return None
    mid = start + (end - start) / 2
    if c.span:
        precision = {"year": "year", "month": "month"}.get(c.unit or "", "day")
        day = {"year": date(start.year, 1, 1), "month": date(start.year, start.month, 1)}.get(precision, start)
    else:  # a vague count: only the coarser unit around its middle is known
        precision = "year" if c.unit in ("month", "year") else "month"
        day = date(mid.year, 1, 1) if precision == "year" else date(mid.year, mid.month, 1)
    return Value(day, precision, start, end)


def _relative(c: Cand, base: date, base_precision: str = "day") -> Value:
    """A relative expression ("bulan lalu", "empat tahun sebelumnya", "kemarin") counted from `base`."""
    unit, n = c.unit, c.offset
    if c.span or c.vague:
        v = _stretch(c, base) or Value(None, "day")
    elif unit == "day":
        v = Value(base + timedelta(days=n), "day")
    elif unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=n)
        first, last = get_vocab().periods[c.period].week_days if c.period else (0, 6)
        thursday = monday + timedelta(days=3)
        start, end = monday + timedelta(days=first), monday + timedelta(days=last)
        if n and not c.anchored:  # "pekan lalu": a week before the report, as news counts it (its days the range)
            v = Value(start if c.period else base + timedelta(weeks=n), "day", start, end)
        else:  # "pekan ini", "sepekan kemudian" after a month told: the month the week mostly falls in
            v = Value(date(thursday.year, thursday.month, 1), "month", start, end)
    elif unit == "month":
        y, m = _add_months(base.year, base.month, n)
        v = _month_value(y, m, c.period, full_range=True)
    else:
        v = _year_value(base.year + n, c.period)
        if not c.period and v.day:
            v.range_start, v.range_end = v.day, date(v.day.year, 12, 31)
    day = v.day
    if PRECISION_RANK[base_precision] < PRECISION_RANK[v.precision] and day:
        if base_precision != "month":
            v = Value(day, base_precision)
        else:
            v = Value(date(day.year, day.month, 1), "month")
        if base_precision == "year":
            v.day = date(day.year, 1, 1)
    return v


def _partial(c: Cand, ref: date | None) -> Value:
    """Month (and day) without a year: the most recent such date not after the reference."""
    assert c.month is not None
    if c.day is not None:
        if ref is None:
            return Value(None, "day", partial=f"--{c.month:02d}-{c.day:02d}")
        plain = _recent(c.month, c.day, ref, _ahead(c))
        if plain is None or plain.weekday() != c.weekday:
            swapped = _month_first(c, ref)
            if swapped:
                return Value(swapped, "day")
        d = _weekday_year(c, ref) if c.weekday is not None else None
        if d and plain and d != plain and timedelta(0) <= ref - plain <= timedelta(days=NEAR_DAYS):
            d = plain  # the weekday is a slip: a date of the last week beats one years back
        d = d or plain
        if d is None:
            return Value(None, "day")
        v = Value(d, "day")
        if c.day_end:
            v.range_start, v.range_end = d, _safe_date(d.year, c.month, c.day_end)
        return v
    if ref is None:
        return Value(None, "month", partial=f"--{c.month:02d}")
    if c.year_offset is not None:
        return _month_value(ref.year + c.year_offset, c.month, c.period)
    y = ref.year
    if c.month_shift == 1:
        y = ref.year if c.month >= ref.month else ref.year + 1
    elif c.month > ref.month or (c.month_shift == -1 and c.month == ref.month and not _part_over(c.period, ref)):
        y = ref.year - 1
    return _month_value(y, c.month, c.period)


def _part_over(period: str | None, ref: date) -> bool:
    """Is the named part of the reference's own month over by the reference ("awal Mei lalu" written on 22 May is
    this May's start; "Mei lalu" or "akhir Mei lalu" then is last year's)?"""
    return period is not None and get_vocab().periods[period].month_days[1] < ref.day


def _weekday_alone(c: Cand, ref: date | None) -> Value:
    """"Sabtu malam": the latest such weekday on or before the reference ("Senin depan": the next one)."""
    assert c.weekday is not None
    if ref is None:
        return Value(None, "day")
    if c.unit == "weekday":  # "Minggu pekan lalu": that weekday in the week before (or after) the reference's
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=c.offset)
        return Value(monday + timedelta(days=c.weekday), "day")
    back = (ref.weekday() - c.weekday) % 7
    if c.month_shift == 1:
        return Value(ref + timedelta(days=(c.weekday - ref.weekday()) % 7 or 7), "day")
    if c.month_shift == -1 and back == 0:
        back = 7
    return Value(ref - timedelta(days=back), "day")


# how many sentences back a date counted from another ("sehari sebelumnya") finds the day it counts from: "...
# Senin (13/5/2024). Penggeledahan berlangsung tiga jam. AS sendiri telah ditangkap sehari sebelumnya"
_ANCHOR_SENTENCES = 3


def _anchor(
    anchors: list[tuple[int, date, str]], starts: list[int], pos: int, back: int = 1
) -> tuple[date, str] | None:
    """The date the sentence at `pos` (or one of the `back` before it) is about: the nearest resolved date before
    `pos`."""
    i = bisect.bisect_right(starts, pos) - 1
    floor = starts[max(0, i - back)] if i >= 1 else 0
    k = bisect.bisect_left(anchors, (pos,)) - 1
    if k >= 0 and anchors[k][0] >= floor:
        return anchors[k][1], anchors[k][2]
    return None


def _same_sentence(days: list[tuple[int, date, str]], starts: list[int], pos: int, end: int) -> tuple[date, str] | None:
    """The day date before `pos` in its sentence, else one right after it ("pukul 10.40 WIB, Rabu (29/3)")."""
    i = bisect.bisect_right(starts, pos) - 1
    lo = starts[i] if i >= 0 else 0
    k = bisect.bisect_left(days, (pos,))
    if k >= 1 and days[k - 1][0] >= lo:
        return days[k - 1][1], days[k - 1][2]
    if k < len(days) and days[k][0] - end <= TIME_DATE_GAP:
        return days[k][1], days[k][2]
    return None


def resolve(
    cands: list[Cand], ref: date | None, sentence_starts: list[int]
) -> tuple[list[Value], date | None, date | None]:
    """Values for `cands` (same order), the reference found, and the effective reference used."""
    dateline_end = sentence_starts[1] if len(sentence_starts) > 1 else None  # one sentence: all dateline
    found_ref, eff = effective_reference(cands, ref, dateline_end)
    values: list[Value | None] = [None] * len(cands)
    for i, c in enumerate(cands):
        values[i] = _explicit(c)
    for i, c in enumerate(cands):
        if values[i] is None and c.month is not None and c.unit is None:
            values[i] = _partial(c, eff)
    for i, c in enumerate(cands):
        if values[i] is None and c.weekday is not None and c.month is None:
            values[i] = _weekday_alone(c, eff)
    starts = sentence_starts or [0]
    dated = [
        (c.start, v.day, v.precision) for c, v in zip(cands, values, strict=True) if v is not None and v.day is not None
    ]
    anchors = [(s, d, p) for s, d, p in dated if p != "time"]
    days = [(s, d, p) for s, d, p in anchors if p == "day"]
    for i, c in enumerate(cands):
        if values[i] is not None:
            continue
        if c.unit in ("day", "week", "month", "year"):
            # a count of days counts from a day ("dua hari sebelumnya" after "pada 2017" is no day)
            near = _anchor(days if c.unit == "day" else anchors, starts, c.start, _ANCHOR_SENTENCES)
            anchor = near if c.anchored else None
            if anchor:
                values[i] = _relative(c, anchor[0], anchor[1])
            elif eff is not None:
                values[i] = _relative(c, eff)
            else:
                values[i] = Value(None, {"day": "day", "year": "year"}.get(c.unit or "", "month"))
        elif c.hour is not None:
            on = _same_sentence(days, starts, c.start, c.end) or _anchor(days, starts, c.start)
            values[i] = Value(on[0] if on else eff, "time", hour=c.hour, minute=c.minute)
    return [v or Value(None, "day") for v in values], found_ref, eff

"""Load and validate the date vocabulary in telik/data/time (month and day names, relative words)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from telik.datafiles import DataFile, load_model

TIME_DIR = Path(__file__).resolve().parents[2] / "data" / "time"


@dataclass(frozen=True)
class Direction:
    sign: int
    anchor: bool
    span: bool = False  # "terakhir": the whole stretch up to the reference


@dataclass(frozen=True)
class Period:
    year_months: tuple[int, int]
    month_days: tuple[int, int]
    week_days: tuple[int, int] = (0, 6)


@dataclass(frozen=True)
class TimeVocab:
    months: dict[str, int]  # every spelling, lower case -> 1..12
    month_full: frozenset[str]  # spellings that are full names
    month_alone: frozenset[str]  # abbreviations that may stand alone
    month_needs_cue: frozenset[str]
    weekdays: dict[str, int]  # spelling -> 0 (Monday) .. 6
    weekday_english: frozenset[str]
    weekday_namers: frozenset[str]  # "salat" in "salat Jumat": a prayer's name, no date
    day_parts: tuple[str, ...]
    days: dict[str, int]  # "kemarin" -> -1
    days_anchored: dict[str, int]  # "dini hari" -> 0, counted from the sentence's date
    vague_counts: dict[str, tuple[int, int]]  # "beberapa" -> (2, 7)
    future_cues: tuple[str, ...]
    past_tails: tuple[str, ...]
    future_tails: tuple[str, ...]
    feast_days: dict[str, tuple[int, int]]  # "natal" -> (12, 25)
    units: dict[str, str]  # "bulan" -> "month"
    directions: dict[str, Direction]
    year_cues: frozenset[str]
    year_followers: frozenset[str]
    year_blockers: frozenset[str]
    verb_prefixes: tuple[str, ...]
    periods: dict[str, Period]
    time_cues: tuple[str, ...]
    time_zones: tuple[str, ...]
    pm_parts: dict[str, tuple[int, int]]  # "malam" -> hours (6, 11) that move 12 hours on
    meridiem: dict[str, int]  # "pm" -> 12


def _ordered(pair: tuple[int, int]) -> tuple[int, int]:
    if pair[0] > pair[1]:
        raise ValueError("must be [from, to] with from <= to")
    return pair


_Month = Annotated[int, Field(ge=1, le=12)]
_Day = Annotated[int, Field(ge=1, le=31)]
_Weekday = Annotated[int, Field(ge=0, le=6)]
_Count = Annotated[int, Field(ge=1, le=99)]
#: [from, to] pairs of whole numbers, in order.
MonthPair = Annotated[tuple[_Month, _Month], AfterValidator(_ordered)]
DayPair = Annotated[tuple[_Day, _Day], AfterValidator(_ordered)]
WeekdayPair = Annotated[tuple[_Weekday, _Weekday], AfterValidator(_ordered)]
CountPair = Annotated[tuple[_Count, _Count], AfterValidator(_ordered)]
HourPair = Annotated[tuple[_Month, _Month], AfterValidator(_ordered)]


class MonthEntry(DataFile):
    names: list[str] = []
    abbreviations: list[str] = []


class MonthsFile(DataFile):
    """months.yaml: every spelling of each month; abbreviations that may stand alone or need a cue."""

    months: dict[_Month, MonthEntry]
    alone: list[str] = []
    needs_cue: list[str] = []

    @model_validator(mode="after")
    def _complete(self) -> MonthsFile:
        named = {n for n, e in self.months.items() if e.names or e.abbreviations}
        if named != set(range(1, 13)):
            raise ValueError("every month 1..12 needs a name")
        spellings = {w.lower() for e in self.months.values() for w in (*e.names, *e.abbreviations)}
        unknown = sorted({w.lower() for w in self.alone} - spellings)
        if unknown:
            raise ValueError(f"`alone` lists unknown spellings {unknown}")
        return self


class WeekdaysFile(DataFile):
    """weekdays.yaml: spellings of each weekday (0 Monday .. 6 Sunday), the English ones, parts of the day."""

    weekdays: dict[_Weekday, list[str]]
    english: list[str] = []
    names_after: list[str] = []
    day_parts: list[str] = []


class DirectionEntry(DataFile):
    sign: Literal[-1, 0, 1]
    anchor: bool = False
    span: bool = False


class RelativeFile(DataFile):
    """relative.yaml: day words, calendar units, directions, vague counts and the cues around years."""

    days: dict[str, int]
    days_anchored: dict[str, int] = {}
    units: dict[str, Literal["day", "week", "month", "year"]]
    directions: dict[str, DirectionEntry]
    vague_counts: dict[str, CountPair] = {}
    future_cues: list[str] = []
    past_tails: list[str] = []
    future_tails: list[str] = []
    feast_days: dict[str, tuple[_Month, _Day]] = {}
    year_cues: list[str] = []
    year_followers: list[str] = []
    year_blockers: list[str] = []
    verb_prefixes: list[str] = []


class PeriodEntry(DataFile):
    year_months: MonthPair
    month_days: DayPair
    week_days: WeekdayPair = (0, 6)


class PeriodsFile(DataFile):
    """periods.yaml: "awal", "pertengahan", "akhir" … as stretches of a year, a month and a week."""

    periods: dict[str, PeriodEntry]


class TimesFile(DataFile):
    """times.yaml: clock-time cues, time zones, day parts that move hours past noon, a.m./p.m. spellings."""

    cues: list[str] = []
    zones: list[str] = []
    pm_parts: dict[str, HourPair] = {}
    meridiem: dict[str, Literal[0, 12]] = {}


def _words(values: list[str]) -> list[str]:
    return [v.lower() for v in values]


@lru_cache(maxsize=1)
def get_vocab() -> TimeVocab:
    """The date vocabulary, loaded and validated once per process."""
    md = load_model(TIME_DIR / "months.yaml", MonthsFile)
    months: dict[str, int] = {}
    full: set[str] = set()
    for num, entry in md.months.items():
        for w in _words(entry.names):
            months[w] = num
            full.add(w)
        for w in _words(entry.abbreviations):
            months[w] = num
    wd = load_model(TIME_DIR / "weekdays.yaml", WeekdaysFile)
    weekdays = {w: num for num, names in wd.weekdays.items() for w in _words(names)}
    rd = load_model(TIME_DIR / "relative.yaml", RelativeFile)
    pd = load_model(TIME_DIR / "periods.yaml", PeriodsFile)
    td = load_model(TIME_DIR / "times.yaml", TimesFile)
    return TimeVocab(
        months=months,
        month_full=frozenset(full),
        month_alone=frozenset(_words(md.alone)),
        month_needs_cue=frozenset(_words(md.needs_cue)),
        weekdays=weekdays,
        weekday_english=frozenset(_words(wd.english)),
        weekday_namers=frozenset(_words(wd.names_after)),
        day_parts=tuple(_words(wd.day_parts)),
        days={k.lower(): v for k, v in rd.days.items()},
        days_anchored={k.lower(): v for k, v in rd.days_anchored.items()},
        vague_counts={k.lower(): v for k, v in rd.vague_counts.items()},
        future_cues=tuple(_words(rd.future_cues)),
        past_tails=tuple(_words(rd.past_tails)),
        future_tails=tuple(_words(rd.future_tails)),
        feast_days={k.lower(): v for k, v in rd.feast_days.items()},
        units={k.lower(): v for k, v in rd.units.items()},
        directions={k.lower(): Direction(d.sign, d.anchor, d.span) for k, d in rd.directions.items()},
        year_cues=frozenset(_words(rd.year_cues)),
        year_followers=frozenset(_words(rd.year_followers)),
        year_blockers=frozenset(_words(rd.year_blockers)),
        verb_prefixes=tuple(_words(rd.verb_prefixes)),
        periods={k.lower(): Period(p.year_months, p.month_days, p.week_days) for k, p in pd.periods.items()},
        time_cues=tuple(_words(td.cues)),
        time_zones=tuple(td.zones),
        pm_parts={k.lower(): v for k, v in td.pm_parts.items()},
        meridiem={k.lower(): v for k, v in td.meridiem.items()},
    )

"""Load and validate the date vocabulary in telik/data/time (month and day names, relative words)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError

TIME_DIR = Path(__file__).resolve().parents[2] / "data" / "time"
UNITS = {"day", "week", "month", "year"}


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
    day_parts: tuple[str, ...]
    days: dict[str, int]  # "kemarin" -> -1
    days_anchored: dict[str, int]  # "dini hari" -> 0, counted from the sentence's date
    vague_counts: dict[str, tuple[int, int]]  # "beberapa" -> (2, 7)
    future_cues: tuple[str, ...]
    past_tails: tuple[str, ...]
    future_tails: tuple[str, ...]
    units: dict[str, str]  # "bulan" -> "month"
    directions: dict[str, Direction]
    year_cues: frozenset[str]
    year_followers: frozenset[str]
    year_blockers: frozenset[str]
    periods: dict[str, Period]
    time_cues: tuple[str, ...]
    time_zones: tuple[str, ...]
    pm_parts: dict[str, tuple[int, int]]  # "malam" -> hours (6, 11) that move 12 hours on
    meridiem: dict[str, int]  # "pm" -> 12


def _load(name: str) -> dict[str, Any]:
    return load_yaml(TIME_DIR / name)


def _check(ok: bool, name: str, reason: str) -> None:
    if not ok:
        raise TelikError(Errors.E013, path=TIME_DIR / name, reason=reason)


def _pair(value: Any, name: str, what: str, low: int, high: int) -> tuple[int, int]:
    """A [from, to] pair of whole numbers within low..high, from..to in order."""
    ok = isinstance(value, list) and len(value) == 2 and all(isinstance(x, int) for x in value)
    _check(ok and low <= value[0] <= value[1] <= high, name, f"{what} must be [from, to] within {low}..{high}")
    return int(value[0]), int(value[1])


def _words(values: Any) -> list[str]:
    return [str(v).lower() for v in values or []]


@lru_cache(maxsize=1)
def get_vocab() -> TimeVocab:
    """The date vocabulary, loaded and validated once per process."""
    md = _load("months.yaml")
    months: dict[str, int] = {}
    full: set[str] = set()
    for num, entry in md["months"].items():
        _check(isinstance(num, int) and 1 <= num <= 12, "months.yaml", f"month {num!r} is not 1..12")
        for w in _words(entry.get("names")):
            months[w] = num
            full.add(w)
        for w in _words(entry.get("abbreviations")):
            months[w] = num
    _check(set(months.values()) == set(range(1, 13)), "months.yaml", "every month 1..12 needs a name")
    alone = set(_words(md.get("alone")))
    _check(alone <= set(months), "months.yaml", f"`alone` lists unknown spellings {sorted(alone - set(months))}")

    wd = _load("weekdays.yaml")
    weekdays: dict[str, int] = {}
    for num, names in wd["weekdays"].items():
        _check(isinstance(num, int) and 0 <= num <= 6, "weekdays.yaml", f"weekday {num!r} is not 0..6")
        for w in _words(names):
            weekdays[w] = num

    rd = _load("relative.yaml")
    units = {str(k).lower(): str(v) for k, v in rd["units"].items()}
    _check(set(units.values()) <= UNITS, "relative.yaml", f"units must be one of {sorted(UNITS)}")
    directions = {
        str(k).lower(): Direction(int(v["sign"]), bool(v.get("anchor", False)), bool(v.get("span", False)))
        for k, v in rd["directions"].items()
    }
    _check(all(d.sign in (-1, 0, 1) for d in directions.values()), "relative.yaml", "sign must be -1, 0 or 1")
    vague_counts = {str(k).lower(): _pair(v, "relative.yaml", f"vague_counts {k}", 1, 99) for k, v in (rd.get("vague_counts") or {}).items()}

    pd = _load("periods.yaml")
    periods = {}
    for name, entry in pd["periods"].items():
        periods[str(name).lower()] = Period(
            _pair(entry["year_months"], "periods.yaml", f"{name}: year_months", 1, 12),
            _pair(entry["month_days"], "periods.yaml", f"{name}: month_days", 1, 31),
            _pair(entry.get("week_days", [0, 6]), "periods.yaml", f"{name}: week_days", 0, 6),
        )

    td = _load("times.yaml")
    pm_parts = {str(k).lower(): _pair(v, "times.yaml", f"pm_parts {k}", 1, 12) for k, v in (td.get("pm_parts") or {}).items()}
    meridiem = {str(k).lower(): int(v) for k, v in (td.get("meridiem") or {}).items()}
    _check(set(meridiem.values()) <= {0, 12}, "times.yaml", "meridiem hours must be 0 or 12")
    return TimeVocab(
        months=months,
        month_full=frozenset(full),
        month_alone=frozenset(alone),
        month_needs_cue=frozenset(_words(md.get("needs_cue"))),
        weekdays=weekdays,
        weekday_english=frozenset(_words(wd.get("english"))),
        day_parts=tuple(_words(wd.get("day_parts"))),
        days={str(k).lower(): int(v) for k, v in rd["days"].items()},
        days_anchored={str(k).lower(): int(v) for k, v in (rd.get("days_anchored") or {}).items()},
        vague_counts=vague_counts,
        future_cues=tuple(_words(rd.get("future_cues"))),
        past_tails=tuple(_words(rd.get("past_tails"))),
        future_tails=tuple(_words(rd.get("future_tails"))),
        units=units,
        directions=directions,
        year_cues=frozenset(_words(rd.get("year_cues"))),
        year_followers=frozenset(_words(rd.get("year_followers"))),
        year_blockers=frozenset(_words(rd.get("year_blockers"))),
        periods=periods,
        time_cues=tuple(_words(td.get("cues"))),
        time_zones=tuple(str(z) for z in td.get("zones") or []),
        pm_parts=pm_parts,
        meridiem=meridiem,
    )

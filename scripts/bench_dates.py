"""Benchmark: Telik's date resolver against dateparser's search_dates on the team's expression table.

Both read the same texts with the same reference dates in one run. A row counts as right when the
expected expression is found with the expected value (for "none" rows: when nothing is found). dateparser
returns no precision, so its datetimes are compared at the expected precision (to its advantage).

    .venv/bin/python scripts/bench_dates.py [--repeat N]
"""
from __future__ import annotations

import argparse
import gc
import time
import warnings
from datetime import datetime
from pathlib import Path

from telik.nlp.time.find import find_dates
from telik.nlp.time.table import Row, date_fields, read_table

TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "time_table.tsv"
FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "time": "%Y-%m-%dT%H:%M"}


def telik_right(row: Row) -> bool:
    """Whether Telik finds the expected mention with the expected value, precision and range."""
    found = find_dates(row.text, row.ref)
    if row.mention is None:
        return not found
    return any(m.text == row.mention and date_fields(m) == row.expected for m in found)


def dateparser_right(row: Row, search_dates) -> bool:  # type: ignore[no-untyped-def]
    """Whether dateparser finds a date with the expected value, compared at the expected precision."""
    settings = {"RELATIVE_BASE": datetime.combine(row.ref, datetime.min.time())} if row.ref else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(row.text, languages=["id"], settings=settings) or []
    if row.mention is None:
        return not found
    value, precision = row.expected.split()[:2]
    if value in ("None",) or value.startswith("--"):
        return False
    return any(dt.strftime(FORMATS[precision]) == value for _, dt in found)


def run(repeat: int) -> dict[str, tuple[int, int, float]]:
    """Accuracy and seconds per engine: {name: (right, total, seconds)}."""
    from dateparser.search import search_dates

    rows = [r for r in read_table(TABLE) if r.type == "date"]
    judges = {"telik": telik_right, "dateparser": lambda r: dateparser_right(r, search_dates)}
    for row in rows:  # one untimed pass: both engines load their language data and compile their patterns
        for judge in judges.values():
            judge(row)
    right = dict.fromkeys(judges, 0)
    secs = dict.fromkeys(judges, 0.0)
    for name, judge in judges.items():  # each engine in its own block, as it runs in real use
        gc.collect()
        gc.disable()  # no collection of the other engine's garbage is charged to this one
        t0 = time.perf_counter()
        for _ in range(repeat):
            right[name] = sum(judge(row) for row in rows)
        secs[name] = (time.perf_counter() - t0) / repeat
        gc.enable()
    return {name: (right[name], len(rows), secs[name]) for name in judges}


def main() -> None:
    """Print the side-by-side table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    res = run(args.repeat)
    print(f"{'engine':<12}{'right':>7}{'rows':>6}{'accuracy':>10}{'ms/row':>9}")
    for name, (right, total, secs) in res.items():
        print(f"{name:<12}{right:>7}{total:>6}{right / total:>10.1%}{secs * 1000 / total:>9.2f}")
    speed = res["dateparser"][2] / res["telik"][2]
    print(f"telik is {speed:.0f}x faster than dateparser on this table")


if __name__ == "__main__":
    main()

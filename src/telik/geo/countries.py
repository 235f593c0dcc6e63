"""Countries as the codebooks name them: ISO codes, English names, ACLED and GTD regions (mappings/countries.tsv)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from telik.datafiles import data_path
from telik.errors import Errors, TelikError

_FILE = "mappings/countries.tsv"
_COLUMNS = {"iso2", "iso3", "isonum", "name", "acled_region", "gtd_region", "gtd_country", "gtd_country_txt"}


@dataclass(frozen=True)
class Country:
    """One country with the codes each export format uses for it."""

    iso2: str
    iso3: str
    isonum: int
    name: str  # English short name
    acled_region: str
    gtd_region: int
    gtd_region_txt: str
    gtd_country: int  # 0 when the GTD codebook has no code for it
    gtd_country_txt: str


@cache
def _countries() -> dict[str, Country]:
    path = data_path(_FILE)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    out: dict[str, Country] = {}
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if set(row) != _COLUMNS or not row["iso2"] or not row["name"]:
            raise TelikError(Errors.E013, path=path, reason=f"row {n} needs the columns {sorted(_COLUMNS)}")
        code, _, region = row["gtd_region"].partition(" ")
        try:
            out[row["iso2"]] = Country(row["iso2"], row["iso3"], int(row["isonum"]), row["name"], row["acled_region"],
                                       int(code), region, int(row["gtd_country"]), row["gtd_country_txt"])
        except ValueError as exc:
            raise TelikError(Errors.E013, path=path, reason=f"row {n} ({row['iso2']}): {exc}") from exc
    return out


def country(iso2: str | None) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 code, or None."""
    return _countries().get(iso2 or "")

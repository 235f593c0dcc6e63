"""Language-knowledge files are read through typed schemas that name the file and the key when one is wrong."""
from __future__ import annotations

from pathlib import Path

import pytest

from telik.corpus.clusters import SitesFile
from telik.corpus.eventdates import ReportTime
from telik.datafiles import DataFile, load_model
from telik.errors import TelikError
from telik.nlp.entities.rules import DerivedWordsFile, OrgHeadsFile, ReportingVerbsFile
from telik.nlp.entities.terrain import TerrainHeadsFile
from telik.nlp.numbers.vocab import CuesFile, QualifiersFile, UnitsFile, WordsFile
from telik.nlp.quotes.lexicon import SpeechFile
from telik.nlp.time.vocab import MonthsFile, PeriodsFile, RelativeFile, TimesFile, WeekdaysFile

BUNDLED = [
    ("time/months.yaml", MonthsFile), ("time/weekdays.yaml", WeekdaysFile), ("time/relative.yaml", RelativeFile),
    ("time/periods.yaml", PeriodsFile), ("time/times.yaml", TimesFile), ("numbers/words.yaml", WordsFile),
    ("numbers/qualifiers.yaml", QualifiersFile), ("numbers/units.yaml", UnitsFile), ("numbers/cues.yaml", CuesFile),
    ("quotes/speech.yaml", SpeechFile), ("entities/org_heads.yaml", OrgHeadsFile),
    ("entities/reporting_verbs.yaml", ReportingVerbsFile), ("entities/derived_words.yaml", DerivedWordsFile),
    ("events/report_time.yaml", ReportTime), ("entities/terrain_heads.yaml", TerrainHeadsFile),
]


@pytest.mark.parametrize("path,schema", BUNDLED)
def test_datafiles_schema_bundled_files_validate(path: str, schema: type[DataFile]) -> None:
    assert isinstance(load_model(path, schema), schema)


@pytest.mark.parametrize(
    "schema,text,key",
    [
        (PeriodsFile, "periods:\n  awal: {year_months: [4, 1], month_days: [1, 10]}\n", "periods.awal.year_months"),
        (PeriodsFile, "periods:\n  awal: {year_month: [1, 4], month_days: [1, 10]}\n", "periods.awal.year_months"),
        (TimesFile, "meridiem: {pm: 13}\n", "meridiem.pm"),
        (UnitsFile, "units:\n  orang: {kind: dead}\n", "units.orang"),
        (CuesFile, "killed: {before: [menewaskan, no]}\n", "killed.before.1"),
        (OrgHeadsFile, "prefix: {Polres: ORG}\nsuffix: {Raya: PLACE}\n", "suffix.Raya"),
        (WordsFile, "units: {satu: 1, dua: -2}\nteens: {}\nsmall_multipliers: {}\nmagnitudes: {}\n", "units.dua"),
        (SitesFile, "site_kinds:\n  commerce: [pasar, toko]\n  energy: [pembangkit, toko]\n", "toko"),
    ],
)
def test_datafiles_schema_errors_name_file_and_key(tmp_path: Path, schema: type[DataFile], text: str,
                                                    key: str) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(TelikError) as err:
        load_model(broken, schema)
    assert err.value.code == "E013"
    assert str(broken) in err.value.message and key in err.value.message


def test_datafiles_schema_months_need_every_month(tmp_path: Path) -> None:
    broken = tmp_path / "months.yaml"
    broken.write_text("months:\n  1: {names: [januari]}\n", encoding="utf-8")
    with pytest.raises(TelikError, match="every month 1..12 needs a name"):
        load_model(broken, MonthsFile)

"""Geocoding: country, administrative levels and coordinates with the precision they really have."""
from __future__ import annotations

import pytest

from telik.geo import country, resolve


@pytest.mark.parametrize(("name", "iso2", "admin1", "admin2", "admin3", "level", "coords_level"), [
    ("Gereja Katedral Makassar", "ID", "Sulawesi Selatan", "Makassar", None, "place", "place"),
    ("Distrik Sugapa", "ID", "Papua Tengah", "Intan Jaya", "Sugapa", "district", "province"),
    ("Kampung Distrik Sugapa", "ID", "Papua Tengah", "Intan Jaya", "Sugapa", "district", "province"),
    ("Distrik Paro Kabupaten Nduga Papua Pegunungan", "ID", "Papua Pegunungan", "Nduga", "Paro", "district",
     "province"),
    ("Mapolresta Surakarta", "ID", "Jawa Tengah", "Surakarta", None, "place", "place"),
    ("Cakung", "ID", "DKI Jakarta", "Jakarta Timur", "Cakung", "district", "place"),
    ("Distrik Gome", "ID", "Papua Tengah", "Puncak", "Gome", "district", "province"),
    ("Ilaga", "ID", "Papua Tengah", "Puncak", "Ilaga", "district", "province"),
    ("Kenyam", "ID", "Papua Pegunungan", "Nduga", "Kenyam", "district", "province"),
    ("Kamp Nuseirat", "PS", None, None, None, "place", "place"),
    ("Khan Younis", "PS", None, None, None, "place", "place"),
    ("Kandahar", "AF", None, None, None, "place", "place"),
    ("Bandara Kabul", "AF", None, None, None, "place", "place"),
    ("Suriah Utara", "SY", None, None, None, "country", None),
])
def test_geo_resolves_admin_levels(name, iso2, admin1, admin2, admin3, level, coords_level):
    place = resolve(name)
    assert (place.iso2, place.admin1, place.admin2, place.admin3) == (iso2, admin1, admin2, admin3)
    assert (place.level, place.coords_level) == (level, coords_level)
    assert (place.lat is None) == (coords_level is None)


@pytest.mark.parametrize("name", ["Macomia", "Irak", "Amerika Serikat", "Jalur Gaza"])
def test_geo_never_puts_a_place_at_its_capital(name):
    place = resolve(name)
    assert place.country is not None and place.lat is None and place.coords_level is None


def test_geo_unknown_place_takes_only_the_context_country():
    assert resolve("Desa Antah Berantah").country is None
    place = resolve("Desa Antah Berantah", "ID")
    assert place.iso2 == "ID" and place.country_from_context and place.lat is None and place.level == "country"
    assert resolve("Makassar", "AF").iso2 == "ID", "a named place wins over the article's country"


def test_geo_countries_have_english_names_and_codes():
    iraq = country("IQ")
    assert iraq is not None and (iraq.name, iraq.iso3, iraq.isonum, iraq.acled_region) == ("Iraq", "IRQ", 368, "Middle East")
    assert (iraq.gtd_country, iraq.gtd_region_txt) == (95, "Middle East & North Africa")
    assert country("SY").name == "Syria" and country("ZZ") is None

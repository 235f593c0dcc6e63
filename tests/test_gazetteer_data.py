"""The gazetteer files the project ships: valid, linked, and the generated ones in step with their sources."""
from __future__ import annotations

import pytest
import yaml

from telik.errors import TelikError
from telik.nlp.entities.gazetteer import GAZ_DIR, ID_RE, LABELS, YAML_FILES, get_gazetteer, load_entries, load_yaml
from telik.nlp.entities.rules import load_rules


def test_gazetteer_entries_are_valid():
    entries = load_entries()
    assert len(entries) > 5000
    for e in entries:
        assert ID_RE.match(e.canonical), e.canonical
        assert e.label in LABELS
        assert e.name
        if e.lat is not None:
            assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180


def test_gazetteer_parents_exist():
    gaz = get_gazetteer()
    for e in gaz.entries.values():
        if e.parent:
            assert gaz.get(e.parent) is not None, f"{e.canonical}: unknown parent {e.parent}"


@pytest.mark.parametrize(
    "alias,canonical,label",
    [
        ("AS", "usa", "GPE"), ("Amerika Serikat", "usa", "GPE"), ("Inggris", "uk", "GPE"),
        ("Uni Soviet", "soviet_union", "GPE"), ("Korea Utara", "north_korea", "GPE"), ("Suriah", "syria", "GPE"),
        ("Moskow", "moscow", "GPE"), ("Teheran", "tehran", "GPE"), ("Raqqa", "ar_raqqah", "GPE"),
        ("Kyiv", "kyiv", "GPE"), ("Dushanbe", "dushanbe", "GPE"), ("Kerman", "kerman", "GPE"),
        ("Jawa Timur", "east_java", "GPE"), ("ISIS-Khorasan", "isis_k", "ORG"), ("Negara Islam", "isis", "ORG"),
        ("Daesh", "isis", "ORG"), ("TPNPB-OPM", "tpnpb_opm", "ORG"), ("KKB", "kkb", "ORG"), ("Jamaah Ansharut Daulah", "jad", "ORG"),
        ("Densus 88", "densus_88", "ORG"), ("Gedung Putih", "white_house", "ORG"), ("PBB", "united_nations", "ORG"),
        ("Russia Today", "rt", "ORG"), ("Sungai Tigris", "tigris", "LOC"), ("Eropa", "europe", "LOC"),
    ],
)
def test_gazetteer_lookup_alias(alias, canonical, label):
    entry = get_gazetteer().lookup(alias)
    assert entry is not None and (entry.canonical, entry.label) == (canonical, label)


@pytest.mark.parametrize("canonical", ["moscow", "russia", "east_java", "isis_k", "crocus_city_hall"])
def test_gazetteer_coordinates_for_map(canonical):
    assert get_gazetteer().coordinates(canonical) is not None


@pytest.mark.parametrize(("names", "canonical"), [
    (["Khan Younis", "Khan Yunis", "Khan Yunus"], "khan_yunis"),
    (["Kandahar", "Qandahar"], "kandahar"),
    (["Nuseirat", "Nusairat"], "an_nusayrat"),
    (["Tulkarem", "Tulkarm"], "tulkarm"),
    (["Jenin"], "janin"),
    (["Rafah"], "rafah"),
    (["Deir al-Balah", "Deir el-Balah"], "dayr_al_balah"),
    (["Avdiivka"], "avdiyivka"),
    (["Chasiv Yar"], "chasiv_yar"),
    (["Kidal"], "kidal"),
    (["Menaka"], "menaka"),
    (["Jowhar"], "jawhar"),
    (["Laukkaing"], "laukkai"),
    (["Baku"], "baku"),  # a town whose name is also a common word stays listed
])
def test_gazetteer_conflict_towns_have_one_id_with_coordinates(names, canonical):
    """A place the news spells several ways is one entry, with the generated city's point (a hand-written entry of
    the same id without a point used to hide the city's)."""
    gaz = get_gazetteer()
    for name in names:
        entry = gaz.lookup(name)
        assert entry is not None and entry.canonical == canonical, name
        assert entry.lat is not None, name


def test_gazetteer_no_hand_written_place_hides_a_generated_point():
    """One place, one id: a hand-written entry without coordinates sharing its id with a generated city of the same
    country hid the city and its point (Kandahar, Khan Younis, Poso); the hand-written file names it `near` instead,
    or adds its spellings to exonyms.yaml."""
    kinds = {"places", "cities", "regions", "provinces_id", "regencies_id", "districts_id"}
    first: dict[str, object] = {}
    for e in load_entries():
        if e.kind not in kinds:
            continue
        won = first.setdefault(e.canonical, e)
        if won is not e and won.lat is None and e.lat is not None:
            assert (won.country or "")[:2] != (e.country or "")[:2], f"{e.canonical}: {won.kind} hides {e.kind}"


@pytest.mark.parametrize(("place", "holder"), [
    ("Papua Tengah", "Papua"), ("Papua Pegunungan", "Papua"), ("Papua Selatan", "Papua"),
    ("Papua Barat Daya", "Papua Barat"), ("Intan Jaya", "Papua"), ("Maybrat", "Papua Barat"),
    ("Hitadipa", "Intan Jaya"), ("Gome", "Puncak"), ("Sugapa", "Papua Tengah"), ("Kenyam", "Papua"),
])
def test_gazetteer_nests_papua_provinces_and_districts(place, holder):
    """News still writes "Intan Jaya, Papua" after the 2022 split: the new provinces keep the old one as parent and a
    district town its regency, so clustering finds them nested."""
    from telik.corpus import relations

    relations.clear_cache()
    assert relations.place_relation(relations.resolve(place), relations.resolve(holder)) == relations.NESTED


@pytest.mark.parametrize(("a", "b", "relation"), [
    ("Kabupaten Jayapura", "Sentani", "same"),  # the regency is seated at Sentani
    ("Kabupaten Jayapura", "Abepura", "distinct"),  # a district of the city of Jayapura, another place
    ("Sentani", "Jayapura", "distinct"),  # 23 km from the city: beyond its reach
    ("Abepura", "Jayapura", "nested"),
])
def test_gazetteer_regency_named_after_a_city_lies_at_its_seat(a, b, relation):
    """"Kabupaten Jayapura" was read as a venue of the city of Jayapura, so a shooting in Sentani (in the regency)
    was apart from it and one in Abepura (in the city) one place with it."""
    from telik.corpus import relations

    relations.clear_cache()
    assert relations.place_relation(relations.resolve(a), relations.resolve(b)) == relation


def test_gazetteer_rejects_bad_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"label": "ORG", "entries": [{"id": "Bad Id", "name": "X"}]}))
    with pytest.raises(TelikError, match="E013"):
        load_yaml(bad, 1)


@pytest.mark.parametrize("name", YAML_FILES)
def test_gazetteer_yaml_has_comment_header(name):
    assert (GAZ_DIR / name).read_text(encoding="utf-8").startswith("#")


def test_gazetteer_generated_files_match_sources():
    """countries.tsv holds every variant of country_variants.yaml; cities.tsv every exonym."""
    variants = yaml.safe_load((GAZ_DIR / "country_variants.yaml").read_text(encoding="utf-8"))
    exonyms = yaml.safe_load((GAZ_DIR / "exonyms.yaml").read_text(encoding="utf-8"))
    gaz = get_gazetteer()
    for code, names in variants["variants"].items():
        for name in names:
            entry = gaz.lookup(name)
            assert entry is not None and entry.country == code, name
    for forms in exonyms.values():
        for form in forms:
            assert gaz.lookup(form) is not None, form


def test_gazetteer_entity_rule_files_load():
    rules = load_rules()
    assert ("letnan", "jenderal") in rules.titles
    assert rules.prefix[("kementerian",)] == "ORG"
    assert "al" in rules.particles


def test_gazetteer_kkb_is_told_of_tpnpb_factions():
    """Police call TPNPB-OPM's factions KKB: two reports naming one or the other can tell one attack."""
    from telik.corpus import relations

    relations.clear_cache()
    kkb, tpnpb = relations.resolve("Kelompok Kriminal Bersenjata"), relations.resolve("TPNPB")
    assert relations.actors_relation([kkb], [tpnpb]) == relations.SAME
    assert relations.actors_relation([kkb], [relations.resolve("Taliban")]) == relations.DISTINCT

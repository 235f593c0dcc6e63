"""The shipped trained components (data/models/id_telik): they load from the package, tag and find names in
text this project wrote, and telik_entities combines their proposals with the gazetteer and the rules."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import telik
from telik.cli import cli
from telik.errors import TelikError
from telik.nlp.entities.component import spells
from telik.nlp.entities.precedence import Precedence
from telik.nlp.trained import MODEL_DIR, load_trained, model_meta

TEXT = ("Polisi menangkap Budi Santoso di rumahnya di Kota Palu, Sulawesi Tengah, pada Selasa malam. "
        "Budi diduga menyimpan bahan peledak untuk kelompok Mujahidin Indonesia Timur.")


def test_trained_model_loads_from_the_package_without_network() -> None:
    trained = load_trained()
    assert trained.pipe_names == ["tok2vec", "morphologizer", "ner"]
    assert set(trained.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert MODEL_DIR.is_relative_to(Path(telik.__file__).parent / "data")  # shipped inside the package
    assert (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8").count("CC BY-SA") >= 2


def test_trained_model_tags_parts_of_speech() -> None:
    doc = load_trained()("Polisi menangkap dua orang di rumah itu kemarin.")
    pos = {t.text: t.pos_ for t in doc}
    assert pos["Polisi"] == "NOUN"
    assert pos["menangkap"] == "VERB"
    assert pos["dua"] == "NUM"
    assert pos["di"] == "ADP"
    assert pos["."] == "PUNCT"
    assert doc[1].morph.get("Voice") == ["Act"]


def test_trained_model_proposes_names() -> None:
    doc = load_trained()(TEXT)
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Budi Santoso", "PER") in found
    assert any(e.label_ == "LOC" and "Palu" in e.text for e in doc.ents)


def test_pipeline_runs_trained_components_before_the_rules(nlp) -> None:
    assert nlp.pipe_names[:4] == ["tok2vec", "morphologizer", "ner", "telik_sentences"]
    doc = nlp(TEXT)
    ents = {e.text: (e.label_, e._.canonical) for e in doc.ents}
    assert ents["Budi Santoso"][0] == "PER"
    assert ents["Budi"] == ("PER", ents["Budi Santoso"][1])  # the bare given name is that person
    assert ents["Sulawesi Tengah"] == ("GPE", "central_sulawesi")  # the gazetteer decides type and id
    assert ents["Mujahidin Indonesia Timur"][0] == "ORG"
    assert {s.text for s in doc.spans["ner"]} >= {"Budi Santoso"}  # the model's own proposals stay visible


def test_acronym_is_not_an_alias_of_a_place_named_inside_its_expansion(nlp) -> None:
    doc = nlp("Kepala Perpustakaan Nasional Republik Indonesia (PNRI) membuka pameran. "
              "Menurut PNRI, koleksi naskah kuno bertambah. Indonesia menyimpan banyak naskah.")
    assert all(e._.canonical != "indonesia" for e in doc.ents if e.text == "PNRI")


@pytest.mark.parametrize(
    "acronym,name,expected",
    [("BNPT", "Badan Nasional Penanggulangan Terorisme", True), ("PBB", "Perserikatan Bangsa-Bangsa", True),
     ("PNRI", "Republik Indonesia", False), ("KBBI", "Indonesia", False), ("KJRI", "Republik Indonesia", False)],
)
def test_acronym_spelling(acronym: str, name: str, expected: bool) -> None:
    assert spells(acronym, name) is expected


def test_precedence_file_is_validated() -> None:
    from pydantic import ValidationError

    from telik.datafiles import load_yaml

    raw = load_yaml("entities/model_precedence.yaml")
    Precedence.model_validate(raw)
    raw["overlap"]["PER"]["rule"] = "sometimes"
    with pytest.raises(ValidationError):
        Precedence.model_validate(raw)


def test_precedence_file_error_names_file_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from telik.nlp.entities import precedence

    monkeypatch.setattr(precedence, "load_yaml", lambda _: {"labels": {"PER": "PER"}, "overlap": {},
                                                            "fallback_needs_model": [], "new_names": ["XYZ"]})
    precedence.get_precedence.cache_clear()
    try:
        with pytest.raises(TelikError, match=r"model_precedence.yaml.*new_names"):
            precedence.get_precedence()
    finally:
        precedence.get_precedence.cache_clear()


def test_info_reports_version_components_and_model() -> None:
    out = CliRunner().invoke(cli, ["info", "--json"])
    assert out.exit_code == 0, out.output
    facts = json.loads(out.output)
    assert facts["components"][:3] == ["tok2vec", "morphologizer", "ner"]
    assert "telik_entities" in facts["components"]
    assert facts["model"]["name"] == "id_telik"
    assert facts["model"]["license"] == "CC BY-SA 4.0"
    assert facts["model"]["scores"]["ud_gsd_test"]["upos_acc"] == model_meta()["telik_scores"]["ud_gsd_test"]["upos_acc"]
    text = CliRunner().invoke(cli, ["info"]).output
    assert "tok2vec -> morphologizer -> ner -> telik_sentences" in text


def test_trained_model_a_unit_before_its_parent_body_stays_a_name(nlp):
    """The model keeps "Polri" of "Satgas Tinombala TNI-Polri"; the task force the rules found is a name too."""
    doc = nlp("Satgas Tinombala TNI-Polri saat ini masih mengejar kelompok itu.")
    assert ("Satgas Tinombala", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert [e.actors for e in doc._.events] == [["Satgas Tinombala"]]

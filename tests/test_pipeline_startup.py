"""What each worker builds at start-up: the shipped model's components without a tokenizer of their own, the
pipeline's tokenizer with spaCy's special cases, the data files read with libyaml; and the rules alone
(TELIK_TRAINED=0), a documented option the benchmark measures."""
from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from spacy.lang.id import Indonesian
from spacy.util import compile_prefix_regex

import telik
from telik.datafiles import parse_yaml
from telik.model import Article
from telik.nlp.pipeline import YOUNG_COLLECTION, settle_collector
from telik.nlp.tokenizer import prefix_regex, top_level_branches
from telik.nlp.trained import load_components, load_trained
from telik.process import Processor
from telik.settings import Settings

SAMPLES = Path(telik.__file__).resolve().parent / "data" / "samples"
DATA = Path(telik.__file__).resolve().parent / "data"
TEXT = "Densus 88 menangkap dua terduga teroris di Bekasi pada Kamis (4/1/2024), kata polisi."


def test_sourced_components_come_without_a_tokenizer_of_their_own(nlp) -> None:
    components = load_components()
    assert components.pipe_names == load_trained().pipe_names
    assert not components.tokenizer.rules  # never run: Telik's own tokenizer makes the Docs
    assert nlp.tokenizer.rules.keys() >= load_trained().tokenizer.rules.keys()  # spaCy's special cases kept
    assert [t.text for t in nlp.make_doc("anak-anak itu")] == ["anak-anak", "itu"]


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_data_files_read_the_same_with_libyaml(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert parse_yaml(text) == yaml.safe_load(text)


def test_malformed_yaml_is_still_a_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError):
        parse_yaml("entries: [unclosed")


def test_rules_alone_skip_the_trained_components(monkeypatch, processor) -> None:
    monkeypatch.setenv("TELIK_TRAINED", "0")
    assert Settings().trained is False
    rules = Processor(settings=replace(processor.settings, trained=False))
    assert rules.trained == [] and rules.nlp.pipe_names[0] == "telik_sentences"
    assert not {"tok2vec", "morphologizer", "ner"} & set(rules.nlp.pipe_names)
    doc = rules.process(Article(id="a", text=TEXT))
    assert ("Densus 88", "ORG") in {(e.text, e.label) for e in doc.entities}  # the gazetteer still names it
    assert any(ev.type == "ARREST" for ev in doc.events)
    assert processor.trained  # the default runs them


@pytest.mark.parametrize(
    "expression,branches",
    [("a", ["a"]), ("a|b", ["a", "b"]), ("(a|b)c|d", ["(a|b)c", "d"]), ("[|]|x", ["[|]", "x"]),
     (r"\||[]|]|[^]|]", [r"\|", "[]|]", "[^]|]"]), ("(?:a|(b|c))", ["(?:a|(b|c))"])],
)
def test_top_level_branches(expression: str, branches: list[str]) -> None:
    assert top_level_branches(expression) == branches


def test_prefix_regex_matches_what_spacys_matches() -> None:
    entries = [e for e in Indonesian.Defaults.prefixes if e.strip()]
    ours, spacys = prefix_regex(entries), compile_prefix_regex(entries)
    words = [*Indonesian.Defaults.tokenizer_exceptions, "x<a href>", "<a x>y", "<b/>z", "((a", "…x", "Rp5", "$5"]
    words += [w for f in sorted(SAMPLES.rglob("*.txt")) for w in f.read_text(encoding="utf-8").split()]
    assert len(words) > 16_000
    for word in words:
        a, b = ours.search(word), spacys.search(word)
        assert (a and a.span()) == (b and b.span()), word


def test_the_process_wide_pipeline_is_out_of_the_collectors_sight(nlp) -> None:
    # gc.get_objects() lists the generations a collection traverses, not the frozen objects
    seen = {id(o) for o in gc.get_objects()}
    assert id(nlp) not in seen and id(nlp.vocab) not in seen
    assert id(nlp.get_pipe("telik_entities")) not in seen
    assert gc.get_threshold()[0] >= YOUNG_COLLECTION


def test_settling_leaves_a_collector_turned_off_off() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(0)
        settle_collector()
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)

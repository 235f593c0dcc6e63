"""The gazetteer aliases' words shipped in data/entities/alias_tokens.json are the tokenizer's own."""
from __future__ import annotations

import json

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from telik.datafiles import data_path
from telik.nlp.entities.alias_tokens import FILE, alias_words, payload, tokenize_aliases
from telik.nlp.entities.gazetteer import get_gazetteer
from telik.nlp.pipeline import TOKENIZER


def _nlp() -> Language:
    return spacy.blank("id", config={"nlp": {"tokenizer": TOKENIZER}})


def test_the_shipped_alias_words_are_in_sync_with_the_gazetteer_and_tokenizer() -> None:
    # out of date after a gazetteer or tokenizer change: run `make alias-tokens`
    aliases = [alias for alias, _ in get_gazetteer().aliases()]
    stored = json.loads(data_path(FILE).read_text(encoding="utf-8"))
    assert stored == payload(aliases, tokenize_aliases(_nlp().tokenizer, aliases))


def test_the_shipped_words_are_used_for_the_packaged_aliases_and_keep_their_full_stops() -> None:
    aliases = [alias for alias, _ in get_gazetteer().aliases()]
    nlp = _nlp()

    def untouched(texts: object) -> object:
        raise AssertionError("the shipped words were not used")

    nlp.tokenizer.pipe = untouched  # type: ignore[method-assign]
    words = alias_words(nlp.tokenizer, aliases)
    assert words == tokenize_aliases(_nlp().tokenizer, aliases)
    assert [t.text for t in nlp.tokenizer("anggota ISIS-K.")] == ["anggota", "ISIS", "-", "K", "."]


def test_other_aliases_are_tokenized() -> None:
    nlp = _nlp()
    assert alias_words(nlp.tokenizer, ["Kodam XVII/Cenderawasih", "Al-Qaeda", "X-K"]) == [
        ["Kodam", "XVII", "/", "Cenderawasih"], ["Al", "-", "Qaeda"], ["X", "-", "K"]]
    assert [t.text for t in nlp.tokenizer("X-K.")] == ["X", "-", "K", "."]


def test_word_hashes_match_what_the_aliases_docs_match() -> None:
    nlp = _nlp()
    text = nlp("Pasukan kodam xvii/cenderawasih dan AL-QAEDA tiba.")
    aliases = ["Kodam XVII/Cenderawasih", "Al-Qaeda"]
    for attr, word in (("ORTH", str), ("LOWER", str.lower)):
        from_docs, from_hashes = PhraseMatcher(nlp.vocab, attr=attr), PhraseMatcher(nlp.vocab, attr=attr)
        from_docs.add("k", [nlp.make_doc(a) for a in aliases])
        hashes = [[nlp.vocab.strings.add(word(w)) for w in ws] for ws in alias_words(nlp.tokenizer, aliases)]
        from_hashes.add("k", hashes)  # type: ignore[arg-type]
        assert from_docs(text) == from_hashes(text)
    assert from_hashes(text) != []

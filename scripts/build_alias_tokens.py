"""Generate src/telik/data/entities/alias_tokens.json: the gazetteer's aliases split into words by the pipeline's
tokenizer (see telik.nlp.entities.alias_tokens). Run after changing the gazetteer, the tokenizer or spaCy
(tests/test_alias_tokens.py fails until then):

    make alias-tokens
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import spacy

from telik.nlp.entities.alias_tokens import payload, tokenize_aliases
from telik.nlp.entities.gazetteer import get_gazetteer
from telik.nlp.pipeline import TOKENIZER

OUT = Path(__file__).resolve().parent.parent / "src" / "telik" / "data" / "entities" / "alias_tokens.json"


def main(path: Path = OUT) -> None:
    aliases = [alias for alias, _ in get_gazetteer().aliases()]
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": TOKENIZER}})
    text = json.dumps(payload(aliases, tokenize_aliases(nlp.tokenizer, aliases)), ensure_ascii=False,
                      separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)

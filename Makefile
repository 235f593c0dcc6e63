# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= telik.db

.PHONY: demo test lint bench eval clean train alias-tokens

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/telik ingest --db sqlite:///$(DB) --samples
	$(BIN)/telik summary --db sqlite:///$(DB)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# Static checks: ruff over the code and tests, mypy (strict) over the package.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests
	$(BIN)/mypy src/telik

# The gazetteer aliases' words as the tokenizer splits them (data/entities/alias_tokens.json): rewrite after
# changing the gazetteer or the tokenizer (tests/test_alias_tokens.py says when).
alias-tokens: $(VENV)/.installed
	$(BIN)/python scripts/build_alias_tokens.py

bench: $(VENV)/.installed-test
	$(BIN)/telik bench

# Quality on the shared dev set (needs ../shared).
eval: $(VENV)/.installed
	$(BIN)/telik extract ../shared/dev/docs -o /tmp/telik-dev-export.json --quiet
	$(PYTHON) ../shared/eval/score.py ../shared/dev/gold ../shared/dev/docs /tmp/telik-dev-export.json

# The trained components shipped in src/telik/data/models/id_telik, remade from ../shared/train (not part of
# `make test` or CI; about half an hour on one core). Stage 1 trains tok2vec, morphologizer and ner on every corpus;
# stage 2 retrains only the morphologizer's output layer on the UD treebanks with CSUI's capitalised
# nouns and GSD-unanimous words harmonised towards GSD, tok2vec and ner frozen (byte-identical to stage 1). Prints the held-out scores
# that go into the model card.
SHARED ?= ../shared
TAGGER_DATA ?= --csui-harmonise names --gsd-words
train: $(VENV)/.installed-test
	$(BIN)/python training/convert.py --shared $(SHARED) --out training/corpus
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m spacy train training/configs/id_telik.cfg \
		--output training/output --paths.train training/corpus/train.spacy --paths.dev training/corpus/dev.spacy
	$(BIN)/python training/convert.py --shared $(SHARED) --ud-only $(TAGGER_DATA) --out training/corpus-tagger
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m spacy train training/configs/id_telik_tagger.cfg \
		--output training/output-tagger --paths.source training/output/model-last \
		--paths.train training/corpus-tagger/train.spacy --paths.dev training/corpus-tagger/dev.spacy
	$(BIN)/python training/evaluate.py training/output-tagger/model-last --corpus training/corpus \
		--json training/output-tagger/scores.json
	$(BIN)/python training/package.py training/output-tagger/model-last training/output-tagger/scores.json

clean:
	rm -rf $(VENV) $(DB) .pytest_cache

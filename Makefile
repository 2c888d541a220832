# One task runner for local work and CI. `make run` and `make test` set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/zhibiao run corpora --out outputs

lint: setup
	$(VENV)/bin/ruff check pipeline tests

test: lint
	$(PY) -m pytest -q

bench: setup
	$(PY) bench/run.py

clean:
	rm -rf outputs .pytest_cache

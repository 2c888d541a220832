# One task runner for local work and CI. `make run` and `make test` set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test lint browser libreoffice bench golden clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The package byte-compiled, as pip does for a package it copies (not for an editable one): where
# PYTHONDONTWRITEBYTECODE is set, every run would otherwise compile its modules again (0.2 s of CPU a run)
setup: $(STAMP)
	$(PY) -m compileall -q pipeline

run: setup
	$(VENV)/bin/zhibiao run corpora --out outputs

lint: setup
	$(VENV)/bin/ruff check pipeline tests bench

# The review page's browser test drives Debian's headless Chromium (and a CJK font for its screenshot).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list :lang=zh | grep -q . || { \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	    chromium chromium-driver fonts-wqy-microhei; }

# Old-format Word and WPS files (.doc, .wps) are read by converting them with headless LibreOffice
# (Debian's no-GUI builds: Writer converts, Calc opens the workbook in its test).
libreoffice:
	@command -v soffice >/dev/null && [ -e /usr/lib/libreoffice/program/libswlo.so ] && [ -e /usr/lib/libreoffice/program/libsclo.so ] || { \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	    libreoffice-writer-nogui libreoffice-calc-nogui; }

test: lint browser libreoffice
	$(PY) -m pytest -q

# Regenerate tests/golden from corpora/ on purpose, after a change meant to alter the outputs, and the
# README's picture of the 对比 sheet (docs/duibi.png, printed by LibreOffice).
golden: setup libreoffice
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_end_to_end.py tests/test_workbook.py::test_the_comparison_prints_one_page_wide

# jionlp is a peer measured by the benchmark, installed in its own environment only.
.venv-bench/.installed-stamp:
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install -q jionlp
	touch $@

bench: setup .venv-bench/.installed-stamp
	$(PY) bench/run.py

clean:
	find outputs -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +  # outputs/README.md is tracked
	rm -rf .pytest_cache

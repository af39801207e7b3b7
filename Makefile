# Two commands on a fresh machine: `make run` and `make test`. Each makes its own .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run test test-fast bench lint format venv browser pdf-libs axe clean-engines

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# setup.py compiles mentions/sentiment.py: a change to it reinstalls (and so recompiles) it.
$(VENV)/.installed-run: pyproject.toml setup.py mentions/sentiment.py | $(PY)
	$(PIP) install --quiet -e '.[embedded]'
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py mentions/sentiment.py | $(PY)
	$(PIP) install --quiet -e '.[test,embedded]'
	touch $@ $(VENV)/.installed-run

venv: $(VENV)/.installed-test

## Run the product: engines, migrations, admin user, web + worker + beat on http://127.0.0.1:8000
run: $(VENV)/.installed-run pdf-libs
	$(PY) -m orm_dashboard.run

## Run the whole test suite, browser tests included.
test: $(VENV)/.installed-test browser pdf-libs axe
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest

## Everything but the browser tests (marker e2e) and those that start processes (process),
## on WORKERS pytest-xdist processes, each with its own embedded Postgres and Redis under
## var/test/gw0/, gw1/… (WORKERS=0: one process). Bytecode is written even where
## PYTHONDONTWRITEBYTECODE is set: recompiling every module costs each process ~4 s.
## --dist worksteal: a worker that runs out takes half of the other's remaining tests (with
## the default, the last tests were handed out ahead and one worker idled 8-12 s at the end).
WORKERS ?= 2
test-fast: $(VENV)/.installed-test pdf-libs
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -m "not e2e and not process" -q -n $(WORKERS) --dist worksteal

## Print the performance figures from DESIGN.md, one `name: value unit` per line.
## SCALE=10m measures workspaces of 10,000,000 mentions (own data in var/bench/10m/);
## BENCH=inbox runs only the benches whose module name contains it.
SCALE ?= 1m
bench: $(VENV)/.installed-test pdf-libs
	BENCH_SCALE=$(SCALE) $(PY) -m tests.bench $(BENCH)

TEMPLATES = $$(find templates -name '*.html' -o -name '*.txt')

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djade --check --target-version 5.2 $(TEMPLATES)

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djade --target-version 5.2 $(TEMPLATES)

## Debian's Chromium for the Playwright tests; installed with apt where missing and possible.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "chromium is missing and cannot be installed here: browser tests will not run"; \
	  fi; }

## Debian's Pango (and a font) for WeasyPrint, which renders the client reports' PDFs.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
pdf-libs:
	@{ ldconfig -p | grep -q 'libpangoft2-1.0.so.0' && ldconfig -p | grep -q 'libharfbuzz-subset.so.0' \
	   && fc-list 2>/dev/null | grep -qi dejavu; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's Pango for the report PDFs..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_PACKAGES) >/dev/null; \
	  else \
	    echo "Pango is missing and cannot be installed here: report PDFs will fail (apt-get install $(PDF_PACKAGES))"; \
	  fi; }

## axe-core from the npm registry (never a CDN) for the browser tests' accessibility checks.
AXE_VERSION := 4.11.4
AXE := var/npm/node_modules/axe-core/axe.min.js
axe: $(AXE)
$(AXE):
	@mkdir -p var/npm
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-save --no-audit --no-fund --prefix var/npm axe-core@$(AXE_VERSION); \
	else \
	  echo "npm is missing: the accessibility checks of the browser tests will not run"; \
	fi

## Stop the embedded Postgres and Redis (data stays under var/).
clean-engines: $(VENV)/.installed-run
	$(PY) -m orm_dashboard.engines stop

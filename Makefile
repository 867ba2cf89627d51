# ShareHub tasks. The README's quick start: `make run` and `make test`.
SHELL := /bin/bash
# Django 6 needs Python 3.12+: the first one found wins (override with PYTHON=...).
PYTHON ?= $(shell for p in python3.13 python3.12 $$HOME/.pyenv/versions/3.13*/bin/python $$HOME/.pyenv/versions/3.12*/bin/python python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/sharehub

.PHONY: audit run test lint fmt migrations-check messages assets install install-dev up down bench load-read load-write faults

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "ShareHub needs Python 3.12 or newer (Django 6). Set PYTHON=/path/to/python3.12"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps make repeated runs skip what is already installed or built.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e . 2>&1 | grep -v -e '^ ' -e '^$$' -e 'pypi-more' || true
	$(BIN)/python -c "import django, django_filters, rest_framework"
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]" 2>&1 | grep -v -e '^ ' -e '^$$' -e 'pypi-more' || true
	$(BIN)/python -c "import pytest, pytest_django, factory, hypothesis"
	touch $@

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

static/build/sharehub.css: node_modules/.package-lock.json $(wildcard static/scss/*.scss)
	npm run --silent build

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
assets: static/build/sharehub.css

# Run the site on SQLite with demo content at http://127.0.0.1:8000
run: install assets
	DEBUG=true $(BIN)/python manage.py migrate --noinput
	DEBUG=true $(BIN)/python manage.py seed_demo --if-empty
	DEBUG=true $(BIN)/python manage.py runserver 127.0.0.1:8000

# The whole suite, against PostgreSQL (DATABASE_URL, or the local server by default)
test: install-dev assets
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/pytest $(PYTEST_ARGS)

# Refresh the Welsh catalogue from the sources; translate the new entries, then compile.
MAKEMESSAGES := makemessages -l cy --no-obsolete --ignore ".venv/*" --ignore "node_modules/*" \
	--ignore "bench/*" --ignore "tests/*" --ignore "scripts/*" --ignore "staticfiles/*"
messages: install
	DEBUG=true $(BIN)/python manage.py $(MAKEMESSAGES)
	msgfmt --check -o sharehub/locale/cy/LC_MESSAGES/django.mo sharehub/locale/cy/LC_MESSAGES/django.po
	for lang in cy en; do msgfmt --check -o sharehub/locale_vendor/$$lang/LC_MESSAGES/django.mo \
		sharehub/locale_vendor/$$lang/LC_MESSAGES/django.po; done

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Known vulnerabilities in what ships (pip-audit / PyPI data, npm audit) and bandit
audit: install-dev
	$(BIN)/python scripts/audit.py

fmt: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install
	DEBUG=true $(BIN)/python manage.py makemigrations --check --dry-run

# bench/README.md: the pages over HTTP at 10k and 100k, and the two load journeys
# (BENCH_ARGS / LOAD_ARGS add options, e.g. LOAD_ARGS="--minutes 1").
bench: install-dev assets
	$(BIN)/python bench/run.py --reuse $(BENCH_ARGS)

load-read: install-dev assets
	$(BIN)/python bench/load.py --journey read --reuse $(LOAD_ARGS)

load-write: install-dev assets
	$(BIN)/python bench/load.py --journey write --reuse $(LOAD_ARGS)

# Faults against real processes (PostgreSQL and Redis stopped, workers killed), with
# their figures: docs/operations.md, "Faults".
faults: install-dev
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} scripts/faults.sh $(PYTEST_ARGS)

up:
	docker compose up --build -d

down:
	docker compose down

# Netzwerkstatt – the two commands of the README and a few helpers.
# Everything runs inside .venv, created from the project's own pyproject.toml.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-postgres test-browser lint messages check-translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Mozilla's ical.js (the parser of Thunderbird) for the calendar tests, pinned in tests/js/.
# Installed only where npm is; the tests fail under CI=true when it is missing.
ICALJS := tests/js/node_modules/.installed

$(ICALJS): tests/js/package.json tests/js/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd tests/js && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	else \
		echo "npm not found: the calendar tests that read feeds with ical.js will not run"; \
	fi

## make demo: install, migrate an SQLite database under var/, load the demo network, serve it
demo: $(STAMP)
	$(BIN)/netzwerkstatt demo

# The suite runs in one pytest-xdist worker per CPU core; tests marked with the same
# xdist_group run on one worker. `make test PYTEST_XDIST= PYTEST_ARGS=tests/offers` runs a
# part in one process, without the workers' start-up.
PYTEST_XDIST ?= -n auto --dist loadgroup

## make test: every test (SQLite unless DATABASE_URL is set; browser tests need Chromium)
test: $(STAMP) $(ICALJS)
	$(BIN)/netzwerkstatt compiletranslations --settings=tests.settings --pythonpath=. -v 0
	$(BIN)/python -m pytest $(PYTEST_XDIST) $(PYTEST_ARGS)

## make test-postgres: the same suite against the PostgreSQL server of DATABASE_URL
test-postgres: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(MAKE) test

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

# Languages with a catalogue: every interface language but English, whose source strings are
# the catalogue's msgids (settings.LANGUAGES; docs/architecture.md, "Languages").
CATALOGUE_LANGUAGES := de ar fa uk ru tr

## make messages: refresh every catalogue from the sources (needs GNU gettext)
messages: $(STAMP)
	cd src/netzwerkstatt && ../../$(BIN)/django-admin makemessages $(foreach language,$(CATALOGUE_LANGUAGES),-l $(language)) --no-obsolete --no-location --settings=tests.settings --pythonpath=../..

## make check-translations: fail if a catalogue is stale, missing or incomplete (needs GNU gettext)
check-translations: messages
	git diff --exit-code -- src/netzwerkstatt/locale
	@test -z "$$(git status --porcelain -- src/netzwerkstatt/locale)" || { git status --porcelain -- src/netzwerkstatt/locale; echo "catalogues not in git"; exit 1; }
	$(BIN)/netzwerkstatt checktranslations --settings=tests.settings --pythonpath=.

clean:
	rm -rf $(VENV) var tests/js/node_modules

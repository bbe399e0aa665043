# GLO.ACT Field. `make run` opens the app on a demo database; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_DATA ?= .data/demo
DEMO_RECORDS ?= 3000
PYTEST_ARGS ?=

.PHONY: age-tool run test soak bench forms screenshots clean venv-check

venv-check:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "GLO.ACT Field needs Python 3.11 or newer; set PYTHON=python3.11")'

$(VENV)/.installed-run: pyproject.toml | venv-check
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | venv-check
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	@test -s $(RUN_DATA)/glo-act.sqlite3 || { \
	  echo "First run: creating a demo database with $(DEMO_RECORDS) records in $(RUN_DATA)"; \
	  $(BIN)/glo-act --data-dir $(RUN_DATA) init --country NP --device-name "Demo laptop" && \
	  $(BIN)/glo-act --data-dir $(RUN_DATA) demo --records $(DEMO_RECORDS) --seed 1; }
	$(BIN)/glo-act --data-dir $(RUN_DATA)

# Debian's `age` tool decrypts a bundle's payload in a test (HQ's recovery path): installed when we
# are root with apt-get; otherwise that one test skips and says why.
age-tool:
	@command -v age >/dev/null 2>&1 || { if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; \
	  then (apt-get update -qq && apt-get install -y -qq age) || echo "could not install age: its test will skip"; \
	  else echo "age not installed (needs root and apt-get): its test will skip"; fi; }

test: $(VENV)/.installed-test age-tool
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q $(PYTEST_ARGS)

# Long fuzz, crash and soak runs, kept out of `make test`.
soak: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen GLO_ACT_SOAK=1 $(BIN)/python -m pytest -q -m slow $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# Regenerate glo_act_desktop/ui/forms_gen/ from forms/*.ui (a test fails when they are stale).
forms: $(VENV)/.installed-run
	$(BIN)/python -m glo_act_desktop.ui.compile_forms

# Render docs/screenshots/ from demo data, offscreen: each page of the main window, the editors,
# the first-run dialog, right to left. Deletes PNGs there that it no longer produces.
screenshots: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m glo_act_desktop.ui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis bench/out

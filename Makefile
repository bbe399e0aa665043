# GLO.ACT Field. `make run` opens the app on a demo database; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_DATA ?= .data/demo
DEMO_RECORDS ?= 3000
PYTEST_ARGS ?=

.PHONY: run test soak bench forms screenshots clean venv-check

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

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q $(PYTEST_ARGS)

# Long fuzz, crash and soak runs, kept out of `make test`.
soak: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen GLO_ACT_SOAK=1 $(BIN)/python -m pytest -q -m slow $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# Regenerate glo_act_desktop/ui/forms_gen/ from forms/*.ui (a test fails when they are stale).
forms: $(VENV)/.installed-run
	$(BIN)/python -m glo_act_desktop.ui.compile_forms

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis bench/out

# GLO.ACT Field. `make run` opens the app on a demo database; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUN_DATA ?= .data/demo
DEMO_RECORDS ?= 3000
PYTEST_ARGS ?=

.PHONY: age-tool run test soak bench forms translations screenshots clean venv-check dist dist-check dist-syslibs

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

# DIST_CHECK=1 make test also builds the installer's one-folder program and checks it (about
# 2 minutes more; build/README.md).
test: $(VENV)/.installed-test age-tool
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q $(PYTEST_ARGS)
	@if [ -n "$(DIST_CHECK)" ] && [ "$(DIST_CHECK)" != 0 ]; then $(MAKE) --no-print-directory dist-check; fi

# Long fuzz, crash and soak runs, kept out of `make test`.
soak: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen GLO_ACT_SOAK=1 $(BIN)/python -m pytest -q -m slow $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# Regenerate glo_act_desktop/ui/forms_gen/ from forms/*.ui (a test fails when they are stale).
forms: $(VENV)/.installed-run
	$(BIN)/python -m glo_act_desktop.ui.compile_forms

# Update resources/translations/window_<lang>.ts from the window's sources (pyside6-lupdate; new
# texts come in unfinished: translate them, e.g. in Qt Linguist, and run it again), then compile
# each with glo_act_<lang>.ts (reports, CLI) into glo_act_<lang>.qm (a test fails when stale).
TRANSLATION_LANGS := ne ar
WINDOW_SOURCES = $(sort $(shell find glo_act_desktop/ui -name '*.py' -not -path '*/forms_gen/*') \
                        glo_act_desktop/domain/validation.py $(shell find forms -name '*.ui'))
translations: $(VENV)/.installed-run
	for lang in $(TRANSLATION_LANGS); do \
	  $(BIN)/pyside6-lupdate -silent -no-obsolete -locations relative \
	    $(WINDOW_SOURCES) -ts resources/translations/window_$$lang.ts && \
	  $(BIN)/pyside6-lrelease -silent resources/translations/glo_act_$$lang.ts \
	    resources/translations/window_$$lang.ts -qm resources/translations/glo_act_$$lang.qm \
	  || exit 1; done

# Render docs/screenshots/ from demo data, offscreen: each page of the main window, the editors,
# the first-run dialog, right to left. Deletes PNGs there that it no longer produces.
screenshots: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m glo_act_desktop.ui.screenshots docs/screenshots

# The installer's program (build/README.md): a one-folder PyInstaller build in
# build/dist/glo-act-field/, made from a venv of its own holding only the runtime dependencies
# (pyproject's, with PySide6-Essentials) and PyInstaller, so nothing of the test tools ships.
DIST_VENV ?= .venv-dist
DIST_BIN := $(DIST_VENV)/bin
PYINSTALLER ?= pyinstaller>=6.10,<7

$(DIST_VENV)/.installed-dist: pyproject.toml | venv-check
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_BIN)/python -m pip install --quiet --upgrade pip
	mkdir -p build/work
	$(DIST_BIN)/python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' > build/work/requirements-run.txt
	$(DIST_BIN)/python -m pip install --quiet -r build/work/requirements-run.txt '$(PYINSTALLER)'
	touch $@

# Linux: X11 libraries Qt's xcb platform plugin links to, so that the build carries them (a
# desktop without them could not open the window). Installed when we are root with apt-get.
XCB_LIBS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
dist-syslibs:
	@if [ "$$(uname -s)" = Linux ] && ! { ldconfig -p | grep -q 'libxcb-icccm.so.4' && ldconfig -p | grep -q 'libxcb-keysyms.so.1'; }; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; \
	  then (apt-get update -qq && apt-get install -y -qq $(XCB_LIBS)) || echo "could not install $(XCB_LIBS): the build will need them on the desktop"; \
	  else echo "note: $(XCB_LIBS) are not installed (needs root and apt-get): the build will need them on the desktop"; fi; fi

dist: $(DIST_VENV)/.installed-dist dist-syslibs
	$(DIST_BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work build/glo_act_desktop.spec
	@du -s --apparent-size -B1 build/dist/glo-act-field 2>/dev/null | awk '{printf "build/dist/glo-act-field: %.1f MiB\n", $$1 / 1048576}' || true

# Runs the frozen program headless: CLI commands, sync between an HQ and a laptop, the window.
dist-check: dist
	QT_QPA_PLATFORM=offscreen $(DIST_BIN)/python build/dist_check.py build/dist/glo-act-field

clean:
	rm -rf $(VENV) $(DIST_VENV) .pytest_cache .hypothesis bench/out build/work build/dist

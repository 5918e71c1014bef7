# Two commands on a fresh machine: `make run` and `make test`. Both set everything up first.
# `make package` builds the desktop package for this platform (packaging/README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint typecheck format bench setup system-deps clean package smoke

run: setup
	$(BIN)/ropa gui

# pytest runs only once lint, the format check and the type check have passed. The storage tests
# run on SQLite and on a throwaway PostgreSQL cluster that pytest starts on a free port of 127.0.0.1
# and stops (tests/pg_cluster.py); without PostgreSQL they are skipped with the reason, unless
# ROPA_REQUIRE_POSTGRES=1 (CI). ROPA_TEST_POSTGRES=postgresql://... uses an existing server.
# tests/packaging/test_bundle.py builds the desktop package in a temp dir and smoke-tests it
# (about 70 s); ROPA_SKIP_BUNDLE=1 leaves it out.
test: setup lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: setup
	$(BIN)/ruff check ropa tests benchmarks packaging
	$(BIN)/ruff format --check ropa tests benchmarks packaging

typecheck: setup
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format ropa tests benchmarks packaging
	$(BIN)/ruff check --fix ropa tests benchmarks packaging

bench: setup
	$(BIN)/python benchmarks/bench_workspace.py --engine both
	$(BIN)/python benchmarks/bench_excel.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_window.py
	$(BIN)/python benchmarks/bench_pdf.py
	$(BIN)/python benchmarks/bench_checks.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_editor.py

# PyInstaller one-folder bundle in dist/ropa and, on Linux, dist/ropa-<version>-linux-<arch>.tar.gz
package: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build.py

# the smoke test of what `make package` built, unpacked and installed in a temp dir
smoke: package
	$(BIN)/python packaging/smoke.py dist/ropa-$$($(BIN)/python -c 'import ropa; print(ropa.__version__)')-linux-$$(uname -m).tar.gz

setup: system-deps $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,package]'
	rm -f $(VENV)/.installed-*
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist

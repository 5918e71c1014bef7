# Two commands on a fresh machine: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint typecheck format bench setup system-deps clean

run: setup
	$(BIN)/ropa gui

# pytest runs only once lint, the format check and the type check have passed. The storage tests
# run on SQLite and on a throwaway PostgreSQL cluster that pytest starts on a free port of 127.0.0.1
# and stops (tests/pg_cluster.py); without PostgreSQL they are skipped with the reason, unless
# ROPA_REQUIRE_POSTGRES=1 (CI). ROPA_TEST_POSTGRES=postgresql://... uses an existing server.
test: setup lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: setup
	$(BIN)/ruff check ropa tests benchmarks
	$(BIN)/ruff format --check ropa tests benchmarks

typecheck: setup
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format ropa tests benchmarks
	$(BIN)/ruff check --fix ropa tests benchmarks

bench: setup
	$(BIN)/python benchmarks/bench_workspace.py --engine both
	$(BIN)/python benchmarks/bench_excel.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_window.py
	$(BIN)/python benchmarks/bench_pdf.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_editor.py

setup: system-deps $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache

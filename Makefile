# The README's two commands: `make demo` and `make test`. Each creates the environment it needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --python $(BIN)/python --quiet -e ".[dev]"
	touch $(STAMP)

# Runs the example DAG end to end on an embedded Airflow (SQLite under .airflow-demo/, no servers).
demo: venv
	AIRFLOW_HOME=$(CURDIR)/.airflow-demo $(BIN)/python -m quantum_provider.demo dags/example_quantum_maxcut.py

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: venv lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) .airflow-demo .pytest_cache

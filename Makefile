# The README's two commands: `make demo` and `make test`. Each creates the environment it needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The `deploy` extra (Celery, PostgreSQL drivers) on top: the system test and the benchmarks' W5 need it.
DEPLOY_STAMP := $(VENV)/.deploy-installed

CHROMIUM := /usr/bin/chromium
# apt needs root; elsewhere sudo does it.
AS_ROOT := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: venv browser demo test lint clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --python $(BIN)/python --quiet -e ".[dev]"
	touch $(STAMP)

# Runs the example DAG end to end on an embedded Airflow (SQLite under .airflow-demo/, no servers).
demo: venv
	AIRFLOW_HOME=$(CURDIR)/.airflow-demo $(BIN)/python -m devtools.demo dags/example_quantum_maxcut.py

# Debian's Chromium, which the UI test drives headless through Playwright (no browser download).
browser: $(CHROMIUM)

$(CHROMIUM):
	$(AS_ROOT) apt-get update -qq
	$(AS_ROOT) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Python's bytecode cache on (the environment may turn it off): every process a test starts (api-server, Ray
# workers, racing submitters) would otherwise compile Airflow and PennyLane again, seconds of CPU each.
test: venv lint browser
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -p no:cacheprovider --durations=30 --ignore=tests/system

clean:
	rm -rf $(VENV) .airflow-demo .pytest_cache

# Benchmarks (BENCHMARKS.md): every workload through every peer, reported as ratios. The full run takes about
# 14 min on 2 cores plus about 19 min for W6 (store scaling), 4 for W7 (memory), 4 for W8 (cold task) and 15 for W5
# (a night on the system test's Celery deployment), and rewrites BENCHMARKS.md's results; the quick one is the CI
# smoke test (about 5 min).
.PHONY: bench bench-quick
# Bytecode cache on, as in a deployment: without .pyc files every fresh interpreter compiles PennyLane again (a cold
# task's `import pennylane` took 6.0 s that way against 2.4 s with them, W8). W5 starts the system test's
# deployment (PostgreSQL, Redis, the Celery provider): the same prerequisites as system-test, and the same sweep
# after it for whatever a killed run left behind.
bench: venv system-packages $(DEPLOY_STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m benchmarks; status=$$?; \
		$(BIN)/python -m tests.system.deployment sweep; exit $$status

bench-quick: venv system-packages $(DEPLOY_STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m benchmarks --quick; status=$$?; \
		$(BIN)/python -m tests.system.deployment sweep; exit $$status

# The deployment system test (tests/system, about 25 min): PostgreSQL and Redis from Debian's packages, the Celery
# provider and the PostgreSQL drivers from PyPI (the `deploy` extra). The harness starts PostgreSQL, Redis, the
# scheduler, dag-processor, triggerer, api-server, two Celery workers and a Ray head on loopback, and stops them
# all at the end; the sweep after it catches anything a killed run left behind.
.PHONY: system-test system-packages

system-packages:
	@if [ ! -x /usr/bin/redis-server ] || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		$(AS_ROOT) apt-get update -qq && \
		$(AS_ROOT) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql redis-server; \
	fi

$(DEPLOY_STAMP): $(STAMP)
	$(BIN)/uv pip install --python $(BIN)/python --quiet -e ".[dev,deploy]"
	touch $(DEPLOY_STAMP)

system-test: system-packages $(DEPLOY_STAMP)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -p no:cacheprovider --durations=10 tests/system; status=$$?; \
		$(BIN)/python -m tests.system.deployment sweep; exit $$status

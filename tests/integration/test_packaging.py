"""The provider as Airflow sees it: registration, DAG-file import cost, and the demo command."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.paths import REPO

pytestmark = pytest.mark.integration

HEAVY = ("pennylane", "pandas", "great_expectations", "pyarrow", "scipy")


def airflow_cli(*args: str) -> str:
    airflow = os.path.join(os.path.dirname(sys.executable), "airflow")
    done = subprocess.run([airflow, *args], capture_output=True, text=True, check=True, timeout=300)
    return done.stdout


def test_airflow_lists_the_provider_and_its_connection_type(airflow_db):
    providers = json.loads(airflow_cli("providers", "list", "--output", "json"))
    assert any(p["package_name"] == "airflow-provider-quantum" for p in providers)
    hooks = json.loads(airflow_cli("providers", "hooks", "--output", "json"))
    lightning = [h for h in hooks if h["connection_type"] == "quantum_lightning"]
    assert lightning
    assert lightning[0]["class"] == "quantum_provider.hooks.lightning.LightningHook"


def test_importing_a_dag_file_does_not_import_heavy_libraries():
    # One interpreter imports the files one after the other and reports what each left in sys.modules: a heavy
    # import shows against the first file that made it (one interpreter start instead of one per file).
    files = sorted(str(path) for path in (REPO / "dags").glob("*.py"))
    probe = (
        "import json, runpy, sys\n"
        "for path in sys.argv[1:]:\n"
        "    runpy.run_path(path)\n"
        f"    print(json.dumps([path, [m for m in {HEAVY!r} if m in sys.modules]]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *files], capture_output=True, text=True, check=True, timeout=300
    ).stdout
    loaded = dict(json.loads(line) for line in out.splitlines() if line.startswith('["'))
    assert loaded == {path: [] for path in files}


def test_make_demo_runs_the_example_dag_and_prints_a_table(tmp_path):
    env = {**os.environ, "AIRFLOW_HOME": str(tmp_path / "home")}
    env.pop("AIRFLOW__CORE__DAGS_FOLDER", None)
    done = subprocess.run(
        [sys.executable, "-m", "devtools.demo", str(REPO / "dags" / "example_quantum_maxcut.py")],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout[done.stdout.index("DAG example_quantum_maxcut") :].splitlines()
    assert "success" in table[0]
    assert table[1].split()[:3] == ["task", "problem", "reused"]
    rows = [line for line in table[3:] if line.startswith("solve_maxcut[")]
    assert {row.split()[1] for row in rows} == {"petersen-10", "weighted-8", "ring-6"}


def test_the_batch_fork_server_preload_never_loads_lightning():
    # OpenMP reads the thread count when lightning loads; the preload must leave that to each worker.
    probe = (
        "import importlib, sys; from quantum_provider.engine.worker_pool import PRELOAD; "
        "[importlib.import_module(m) for m in PRELOAD]; print([m for m in sys.modules if 'lightning' in m])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=300).stdout
    assert out.strip().splitlines()[-1] == "[]"

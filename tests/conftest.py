"""Test session setup: a private AIRFLOW_HOME with a migrated SQLite database, created before Airflow loads."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests.paths import REPO

_HOME = Path(tempfile.mkdtemp(prefix="quantum-airflow-home-"))
os.environ["AIRFLOW_HOME"] = str(_HOME)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
# One OpenMP thread, as the hooks' default gives every worker: numbers are then comparable to the last bit.
os.environ["OMP_NUM_THREADS"] = "1"
# dag.test() only runs DAGs of a bundle: the tests write theirs here, beside links to the example DAGs.
DAGS_FOLDER = _HOME / "dags"
DAGS_FOLDER.mkdir()
for example in (REPO / "dags").glob("*.py"):
    (DAGS_FOLDER / example.name).symlink_to(example)
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS_FOLDER)
os.environ.pop("AIRFLOW__QUANTUM__RESULT_STORE", None)


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """Migrate the session's SQLite metadata database once."""
    from quantum_provider.demo import prepare_airflow

    prepare_airflow(str(_HOME))
    return _HOME


@pytest.fixture
def dags_folder(airflow_db: Path) -> Path:
    return DAGS_FOLDER


@pytest.fixture
def store_uri(tmp_path: Path) -> str:
    return f"file://{tmp_path}/store"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _listening(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="session")
def ray_cluster(tmp_path_factory: pytest.TempPathFactory):
    """A real local Ray head (2 CPUs, Jobs API on loopback), started for the session and stopped after it.

    Yields the Jobs API address. Workers run the venv's interpreter, so they import this checkout.
    """
    import subprocess
    import sys
    import time

    import httpx

    ray = str(Path(sys.executable).with_name("ray"))
    dashboard, agent = _free_port(), _free_port()
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    base_port = 40000 + (os.getpid() % 2000) * 10
    subprocess.run(
        [ray, "start", "--head", "--num-cpus=2", "--num-gpus=0", f"--port={_free_port()}",
         "--include-dashboard=true", "--dashboard-host=127.0.0.1", f"--dashboard-port={dashboard}",
         f"--ray-client-server-port={_free_port()}", f"--min-worker-port={base_port}",
         f"--max-worker-port={base_port + 9}", "--disable-usage-stats", "--node-ip-address=127.0.0.1",
         # Every port of its own: a second cluster on the machine (another checkout's tests) must not collide.
         f"--dashboard-agent-listen-port={agent}", f"--dashboard-agent-grpc-port={_free_port()}",
         f"--runtime-env-agent-port={_free_port()}", f"--metrics-export-port={_free_port()}",
         f"--node-manager-port={_free_port()}", f"--object-manager-port={_free_port()}",
         f"--temp-dir={tmp_path_factory.mktemp('ray')}"],
        check=True, env=env, capture_output=True, timeout=180,
    )  # fmt: skip
    address = f"http://127.0.0.1:{dashboard}"
    try:
        deadline = time.monotonic() + 120
        while True:
            # The Jobs API answers before the node's job agent listens; a submission needs both.
            try:
                if httpx.get(f"{address}/api/version", timeout=2).status_code == 200 and _listening(agent):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"Ray's Jobs API did not come up at {address}")
            time.sleep(0.5)
        yield address
    finally:
        subprocess.run([ray, "stop", "--force"], env=env, capture_output=True, timeout=120)


@pytest.fixture
def ray_conn(ray_cluster: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A quantum_ray connection to the session's cluster; every job needs both CPUs, so jobs queue."""
    import json
    import sys

    extra = {"address": ray_cluster, "num_cpus": 2, "python": sys.executable}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_RAY_TEST", json.dumps({"conn_type": "quantum_ray", "extra": extra}))
    return "quantum_ray_test"

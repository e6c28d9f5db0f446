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
# The session's own program cache (every process it starts inherits it): the suite starts with none, as CI does,
# and never writes under the user's home.
os.environ["AIRFLOW__QUANTUM__PROGRAM_CACHE"] = str(_HOME / "program-cache")


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """Migrate the session's SQLite metadata database once."""
    from devtools.demo import prepare_airflow

    prepare_airflow(str(_HOME))
    return _HOME


@pytest.fixture
def dags_folder(airflow_db: Path) -> Path:
    return DAGS_FOLDER


@pytest.fixture
def store_uri(tmp_path: Path) -> str:
    return f"file://{tmp_path}/store"


@pytest.fixture(scope="session")
def s3_server():
    """A moto S3 server on loopback for the session, its connection in the environment of every process."""
    from tests.s3_server import start_s3_server

    server = start_s3_server()
    os.environ.update(server.env)
    try:
        yield server
    finally:
        for name in server.env:
            os.environ.pop(name, None)
        server.stop()


@pytest.fixture(params=["file", "s3"])
def shared_store_uri(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store on local disk, then on S3: storage tests take this to run on both."""
    if request.param == "file":
        return f"file://{tmp_path}/store"
    import uuid

    return request.getfixturevalue("s3_server").uri(f"{uuid.uuid4().hex}/store")


@pytest.fixture(scope="session")
def ray_cluster(tmp_path_factory: pytest.TempPathFactory):
    """A real local Ray head (2 CPUs, Jobs API on loopback), started for the session and stopped after it.

    Yields the Jobs API address. Workers run the venv's interpreter, so they import this checkout.
    """
    from tests.ray_head import start_ray_head, stop_ray

    address = start_ray_head(tmp_path_factory.mktemp("ray"))
    try:
        yield address
    finally:
        stop_ray()


@pytest.fixture
def ray_conn(ray_cluster: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A quantum_ray connection to the session's cluster; every job needs both CPUs, so jobs queue."""
    import json
    import sys

    extra = {"address": ray_cluster, "num_cpus": 2, "python": sys.executable}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_RAY_TEST", json.dumps({"conn_type": "quantum_ray", "extra": extra}))
    return "quantum_ray_test"

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

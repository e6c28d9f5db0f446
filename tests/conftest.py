"""Test session setup: a private AIRFLOW_HOME with a migrated SQLite database, created before Airflow loads."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="quantum-airflow-home-"))
os.environ["AIRFLOW_HOME"] = str(_HOME)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(Path(__file__).resolve().parent.parent / "dags")
os.environ.pop("AIRFLOW__QUANTUM__RESULT_STORE", None)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def airflow_db() -> Path:
    """Migrate the session's SQLite metadata database once."""
    from quantum_provider.demo import prepare_airflow

    prepare_airflow(str(_HOME))
    return _HOME


@pytest.fixture
def store_uri(tmp_path: Path) -> str:
    return f"file://{tmp_path}/store"

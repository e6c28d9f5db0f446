"""The system test's deployment: started once for the session, torn down after it, also when a test fails or the
run is interrupted (SIGTERM and SIGINT end the session through pytest's teardown)."""

from __future__ import annotations

import json
import signal
import tempfile
from pathlib import Path

import pytest

from tests.system.deployment import PASSWORD, ROOT_PREFIX, USER, Deployment
from tests.system.rest import AirflowApi

REPORT = Path(__file__).resolve().parents[2] / "system-test-report.json"
SCENARIO_ROWS: list[dict] = []


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


@pytest.fixture(scope="session")
def deployment():
    signal.signal(signal.SIGTERM, _interrupt)
    root = Path(tempfile.mkdtemp(prefix=ROOT_PREFIX))
    system = Deployment(root)
    try:
        system.up()
        yield system
    finally:
        system.down()


@pytest.fixture(scope="session")
def api(deployment: Deployment) -> AirflowApi:
    client = AirflowApi(deployment.base_url, USER, PASSWORD)
    client.wait_for_dags(["nightly_maxcut_batch", "system_ray_deferred", "system_worker_kill"])
    return client


@pytest.fixture(scope="session")
def report():
    """Scenario rows (name, outcome, numbers) for the closing table: printed at the end and kept as JSON."""
    yield SCENARIO_ROWS.append
    REPORT.write_text(json.dumps(SCENARIO_ROWS, indent=2) + "\n")


def pytest_terminal_summary(terminalreporter) -> None:
    if SCENARIO_ROWS:
        terminalreporter.section("system test scenarios")
        for row in SCENARIO_ROWS:
            terminalreporter.write_line(json.dumps(row))

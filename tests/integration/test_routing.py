"""Failure classification, fallback backends and the circuit breaker, in real DAG runs."""

from __future__ import annotations

import json

import pytest

from devtools.demo import load_dag, run_dag, task_states
from quantum_provider.governance.breaker import CircuitBreaker
from quantum_provider.storage import ResultStore
from tests.integration.dagfiles import write_dag_file
from tests.paths import stored_objects

pytestmark = pytest.mark.integration

TRIANGLE = {"name": "triangle", "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 0]]},
            "optimizer": {"maxiter": 10}}  # fmt: skip


@pytest.fixture
def unreachable_ray(monkeypatch) -> str:
    """A Ray connection to a loopback port where nothing listens: the backend is down."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    extra = {"address": f"http://127.0.0.1:{port}"}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_RAY_DOWN", json.dumps({"conn_type": "quantum_ray", "extra": extra}))
    return "quantum_ray_down"


def test_unreachable_backend_is_retried_by_class_then_falls_back(dags_folder, store_uri, unreachable_ray):
    path = write_dag_file(
        dags_folder, "fallback", [TRIANGLE], store_uri, mapped=False, retries=2,
        conn_id=unreachable_ray, fallback_conn_ids=["quantum_lightning_default"], breaker_threshold=5,
    )  # fmt: skip
    dagrun, values = run_dag(load_dag(path))
    assert str(dagrun.state) == "success"
    state, tries = task_states(dagrun)[("solve", -1)]
    assert (state, tries) == ("success", 3)  # two retries on Ray, then the fallback on the last try
    summary = values[("solve", -1)]
    assert summary["backend"] == "quantum_lightning_default"
    routing = ResultStore(store_uri).load_result(summary["key"]).provenance["context"]["routing"]
    assert [r["conn_id"] for r in routing] == [unreachable_ray, "quantum_lightning_default"]
    assert routing[0]["outcome"].startswith("unavailable: Ray at http://127.0.0.1:")
    assert routing[1]["outcome"] == "chosen"
    breaker = CircuitBreaker(ResultStore(store_uri), unreachable_ray, threshold=5)
    assert breaker.state()["failures"] == 3


def test_open_circuit_breaker_routes_to_the_fallback_at_once(dags_folder, store_uri, unreachable_ray):
    path = write_dag_file(
        dags_folder, "breaker", [TRIANGLE], store_uri, mapped=False, retries=3,
        conn_id=unreachable_ray, fallback_conn_ids=["quantum_lightning_default"], breaker_threshold=2,
    )  # fmt: skip
    dagrun, values = run_dag(load_dag(path))
    # Try 1 fails (1 failure), try 2 fails and opens the breaker (2 failures): that try falls back at once.
    assert task_states(dagrun)[("solve", -1)] == ("success", 2)
    store = ResultStore(store_uri)
    assert CircuitBreaker(store, unreachable_ray, threshold=2).is_open()

    second = write_dag_file(
        dags_folder, "breaker_open", [{**TRIANGLE, "execution": {"seed": 5}}], store_uri, mapped=False,
        retries=3, conn_id=unreachable_ray, fallback_conn_ids=["quantum_lightning_default"], breaker_threshold=2,
    )  # fmt: skip
    dagrun, values = run_dag(load_dag(second))
    assert task_states(dagrun)[("solve", -1)] == ("success", 1)  # no retry spent on a backend known to be down
    routing = store.load_result(values[("solve", -1)]["key"]).provenance["context"]["routing"]
    assert routing[0] == {"conn_id": unreachable_ray, "outcome": "skipped: circuit breaker open"}


def test_spec_error_on_ray_connection_is_not_retried_and_does_not_fall_back(dags_folder, store_uri, unreachable_ray):
    bad = {"problem": {"kind": "maxcut", "edges": [[0, 0]]}}
    path = write_dag_file(
        dags_folder, "ray_spec_error", [bad], store_uri, mapped=False, retries=3,
        conn_id=unreachable_ray, fallback_conn_ids=["quantum_lightning_default"],
    )  # fmt: skip
    dagrun, _ = run_dag(load_dag(path))
    assert task_states(dagrun)[("solve", -1)] == ("failed", 1)
    assert stored_objects(store_uri) == []
